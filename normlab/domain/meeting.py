"""What a meeting works from and what it leaves behind, as pure functions of the team's values."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date

from normlab.domain.checks import warnings_for
from normlab.domain.model import Norm, Outcome, Session, Status, Team, split_roles
from normlab.domain.review import is_due

STATUS_AFTER: dict[Outcome, Status | None] = {
    Outcome.KEEP: Status.CURRENT,
    Outcome.REVISE: None,
    Outcome.RETIRE: Status.RETIRED,
}
"""What a decision does to the norm's status: kept is current, retired is retired, revise leaves it."""


def belongs_on_agenda(norm: Norm, today: date) -> bool:
    """Due for review, flagged by a check, or still proposed (a retired norm only when it is due)."""
    if is_due(norm, today):
        return True
    if norm.status is Status.RETIRED:
        return False
    return norm.status is Status.PROPOSED or bool(warnings_for(norm))


def default_agenda(norms: Iterable[Norm], today: date) -> tuple[int, ...]:
    """The ids of the norms a meeting takes by default, in the team's order."""
    ordered = sorted(norms, key=lambda n: (n.position, n.id))
    return tuple(n.id for n in ordered if belongs_on_agenda(n, today))


def earlier_roles(team: Team) -> tuple[str, ...]:
    """Roles the team has named before (at meetings and as who gave a reason), most used first."""
    counted: Counter[str] = Counter()
    spelling: dict[str, str] = {}
    names = [role for s in team.sessions for role in s.role_list]
    names += [r.voice.strip() for n in team.norms for r in n.rationales if r.voice.strip()]
    for name in names:
        key = name.casefold()
        spelling.setdefault(key, name)
        counted[key] += 1
    return tuple(spelling[key] for key, _ in sorted(counted.items(), key=lambda item: (-item[1], item[0])))


def sessions_touching(norm: Norm, sessions: Iterable[Session]) -> tuple[Session, ...]:
    """The meetings that decided on the norm or changed it, in the order given (a team's: oldest first)."""
    changed_in = {r.session_id for r in norm.revisions}
    return tuple(s for s in sessions if s.id in changed_in or any(d.norm_id == norm.id for d in s.decisions))


def still_open(session: Session) -> tuple[int, ...]:
    """The agenda's norms the meeting has not decided on yet, in agenda order."""
    decided = {d.norm_id for d in session.decisions}
    return tuple(n for n in session.agenda if n not in decided)


def describe_roles(session: Session) -> str:
    """ "9: teachers, pupils" — how many came and in which roles, for lists of meetings."""
    roles = ", ".join(split_roles(session.roles))
    if session.attendance is None:
        return roles
    return f"{session.attendance}: {roles}" if roles else str(session.attendance)
