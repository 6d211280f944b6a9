"""The things a team records: norms, the rationales behind them and how they changed.

Plain, immutable values. The store turns database rows into these and the services hand them to
the user interface and the printers, so neither ever sees a database object.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


class Dimension(StrEnum):
    """What a rationale justifies a norm by (Hofmann & Ruthven 2018)."""

    OPERATIONAL = "operational"
    INTERPERSONAL = "interpersonal"
    DISCUSSIONAL = "discussional"
    IDEATIONAL = "ideational"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class Stance(StrEnum):
    """Held: what people believe today. Proposed: what the team wants the norm to rest on."""

    HELD = "held"
    PROPOSED = "proposed"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class Status(StrEnum):
    CURRENT = "current"
    PROPOSED = "proposed"
    RETIRED = "retired"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class Outcome(StrEnum):
    """What a meeting decided about a norm."""

    KEEP = "keep"
    REVISE = "revise"
    RETIRE = "retire"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class ConsensusKind(StrEnum):
    """How a meeting tested a proposal: fingers shown (0 to 5), or for / against / abstain."""

    FIST_TO_FIVE = "fist-to-five"
    VOTE = "for-against-abstain"

    @property
    def size(self) -> int:
        """How many counts a check of this kind holds."""
        return 6 if self is ConsensusKind.FIST_TO_FIVE else 3


MAX_AGREED = 2
"""A norm rests on at most this many agreed reasons."""


@dataclass(frozen=True, slots=True)
class RationaleDraft:
    """A rationale's content without identity: used for new rationales and in revisions."""

    text: str
    dimension: Dimension
    stance: Stance = Stance.HELD
    voice: str = ""
    agreed_on: date | None = None
    """The day the team agreed the norm rests on this reason; None while it is not agreed."""
    agreed_order: int | None = None
    """1 or 2 among the norm's agreed reasons (the order the team chose); None while not agreed."""

    @property
    def agreed(self) -> bool:
        return self.agreed_on is not None


@dataclass(frozen=True, slots=True)
class Rationale:
    id: int
    norm_id: int
    text: str
    dimension: Dimension
    stance: Stance
    voice: str
    position: int
    agreed_on: date | None = None
    agreed_order: int | None = None

    @property
    def agreed(self) -> bool:
        return self.agreed_on is not None

    @property
    def draft(self) -> RationaleDraft:
        return RationaleDraft(
            self.text, self.dimension, self.stance, self.voice, self.agreed_on, self.agreed_order
        )


@dataclass(frozen=True, slots=True)
class Revision:
    """A recorded change to a norm: its wording and its rationales, before and after."""

    id: int
    norm_id: int
    at: datetime
    note: str
    text_before: str
    text_after: str
    rationales_before: tuple[RationaleDraft, ...]
    rationales_after: tuple[RationaleDraft, ...]
    session_id: int | None = None
    """The meeting in which the change was made, if it was made in one."""
    review_by_before: date | None = None
    review_by_after: date | None = None

    @property
    def reworded(self) -> bool:
        return self.text_before != self.text_after

    @property
    def agreement_changed(self) -> bool:
        """Which reasons are agreed, or their order or date, differs before and after."""
        return agreed_of(self.rationales_before) != agreed_of(self.rationales_after)

    @property
    def review_by_changed(self) -> bool:
        return self.review_by_before != self.review_by_after


def agreed_of(rationales: Iterable[RationaleDraft]) -> tuple[RationaleDraft, ...]:
    """The agreed reasons among ``rationales``, in the order the team chose."""
    agreed = [(r.agreed_order or MAX_AGREED + 1, i, r) for i, r in enumerate(rationales) if r.agreed]
    return tuple(r for _, _, r in sorted(agreed, key=lambda item: item[:2]))


@dataclass(frozen=True, slots=True)
class Norm:
    id: int
    team_id: int
    text: str
    setting: str
    regulates: str
    status: Status
    position: int
    created: datetime
    updated: datetime
    rationales: tuple[Rationale, ...] = ()
    revisions: tuple[Revision, ...] = ()
    baseline: tuple[RationaleDraft, ...] | None = None
    """The rationales as they stood before they were first changed since the last revision.

    The next rewording is compared against this, so moving a reason and then rewording the norm
    counts as one change of both. None while the rationales are unchanged."""
    review_by: date | None = None
    """The day by which the team means to look at the norm again."""

    def held(self) -> tuple[Rationale, ...]:
        return tuple(r for r in self.rationales if r.stance is Stance.HELD)

    def agreed(self) -> tuple[Rationale, ...]:
        """The reasons the team agreed the norm rests on, in the order it chose (at most two)."""
        agreed = [r for r in self.rationales if r.agreed]
        return tuple(sorted(agreed, key=lambda r: (r.agreed_order or MAX_AGREED + 1, r.position)))

    def rationale(self, rationale_id: int) -> Rationale | None:
        return next((r for r in self.rationales if r.id == rationale_id), None)

    def proposed(self) -> tuple[Rationale, ...]:
        return tuple(r for r in self.rationales if r.stance is Stance.PROPOSED)

    def in_dimension(self, dimension: Dimension) -> tuple[Rationale, ...]:
        return tuple(r for r in self.rationales if r.dimension is dimension)


@dataclass(frozen=True, slots=True)
class Setting:
    """Where or when norms apply: "whole-class discussion", "ward round"."""

    id: int
    team_id: int
    name: str
    description: str = ""


@dataclass(frozen=True, slots=True)
class Consensus:
    """A quick consensus check: how many showed each number of fingers (0..5), or for/against/abstain."""

    kind: ConsensusKind
    counts: tuple[int, ...]

    def __post_init__(self) -> None:
        if len(self.counts) != ConsensusKind(self.kind).size or any(c < 0 for c in self.counts):
            raise ValueError(f"a {self.kind} check has {ConsensusKind(self.kind).size} counts, none negative")

    @property
    def total(self) -> int:
        return sum(self.counts)

    def describe(self) -> str:
        if self.kind is ConsensusKind.VOTE:
            yes, no, abstain = self.counts
            return f"{yes} for, {no} against, {abstain} abstaining"
        shown = ", ".join(f"{n}×{fingers}" for fingers, n in enumerate(self.counts) if n)
        return f"fist-to-five: {shown or 'nobody'}"


@dataclass(frozen=True, slots=True)
class Decision:
    norm_text: str
    """The norm's wording when the decision was taken (a decision is tied to the words it was given on)."""
    outcome: Outcome
    note: str = ""
    norm_id: int | None = None
    """The norm decided on; None when that norm was deleted or an imported file did not say."""
    consensus: Consensus | None = None


@dataclass(frozen=True, slots=True)
class Session:
    """A dated meeting in which the team examined its norms.

    A meeting is open while it runs (and can be continued after a crash or a closed lid);
    ``agenda`` holds the ids of the norms it meant to take, in order.
    """

    id: int
    team_id: int
    held_on: date
    attendance: int | None = None
    roles: str = ""
    notes: str = ""
    next_review: date | None = None
    decisions: tuple[Decision, ...] = ()
    agenda: tuple[int, ...] = ()
    is_open: bool = False
    time_box: int | None = None
    """Minutes per norm, when the meeting keeps time."""

    def decision_for(self, norm_id: int) -> Decision | None:
        return next((d for d in self.decisions if d.norm_id == norm_id), None)

    @property
    def role_list(self) -> tuple[str, ...]:
        return split_roles(self.roles)


def split_roles(roles: str) -> tuple[str, ...]:
    """ "teachers, pupils; TA" -> ("teachers", "pupils", "TA"), without blanks or repeats."""
    seen: dict[str, str] = {}
    for part in roles.replace(";", ",").split(","):
        part = part.strip()
        if part and part.casefold() not in seen:
            seen[part.casefold()] = part
    return tuple(seen.values())


@dataclass(frozen=True, slots=True)
class TeamSummary:
    id: int
    name: str
    norm_count: int
    due_count: int = 0
    """Norms whose review-by day has come (counted for the day the summary was asked for)."""


@dataclass(frozen=True, slots=True)
class Prebrief:
    """What a team says at the start of a simulation or teaching session, printed on its pre-brief card.

    Empty for normlab's own wording. ``attribution`` names the source of a standard text the team
    pasted (a centre's Basic Assumption, say), so the card prints it with its source."""

    statement: str = ""
    attribution: str = ""

    def __bool__(self) -> bool:
        return bool(self.statement or self.attribution)


@dataclass(frozen=True, slots=True)
class Team:
    id: int
    name: str
    description: str
    created: datetime
    settings: tuple[Setting, ...] = ()
    norms: tuple[Norm, ...] = ()
    sessions: tuple[Session, ...] = field(default=())
    prebrief: Prebrief = Prebrief()

    def norm(self, norm_id: int) -> Norm | None:
        return next((n for n in self.norms if n.id == norm_id), None)

    def session(self, session_id: int) -> Session | None:
        return next((s for s in self.sessions if s.id == session_id), None)
