"""Meetings in the JSON interchange format: what a meeting recorded, with decisions naming their norm.

A meeting names norms by their index in the team's ``norms`` list (``norm_index``, ``agenda``),
and a revision names the meeting it was made in by its index in ``sessions`` (``session_index``).
A decision without a ``norm_index`` key (files from before it existed) is linked to the norm that
has, or had, the wording it names; ``"norm_index": null`` names no norm.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from normlab.domain.model import Consensus, ConsensusKind, Decision, Norm, Outcome, Session, Team
from normlab.domain.text import MEETING_NOTES, NORM_TEXT, NOTE, ROLES

if TYPE_CHECKING:
    from normlab.services.interchange import _Reader

MAX_TIME_BOX = 240


def day_json(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


class FileIndex:
    """Where a team's norms and meetings sit in the file, so meetings and revisions can name them."""

    def __init__(self, team: Team) -> None:
        self.norms = {n.id: i for i, n in enumerate(team.norms)}
        self.sessions = {s.id: i for i, s in enumerate(team.sessions)}

    def session_of(self, session_id: int | None) -> int | None:
        return None if session_id is None else self.sessions.get(session_id)


def consensus_json(consensus: Consensus | None) -> dict[str, Any] | None:
    return None if consensus is None else {"kind": consensus.kind.value, "counts": list(consensus.counts)}


def session_json(session: Session, index: FileIndex) -> dict[str, Any]:
    return {
        "held_on": session.held_on.isoformat(),
        "attendance": session.attendance,
        "roles": session.roles,
        "notes": session.notes,
        "next_review": day_json(session.next_review),
        "open": session.is_open,
        "time_box": session.time_box,
        "agenda": [index.norms[n] for n in session.agenda if n in index.norms],
        "decisions": [
            {
                "norm": d.norm_text,
                "norm_index": index.norms.get(d.norm_id) if d.norm_id is not None else None,
                "outcome": d.outcome.value,
                "note": d.note,
                "consensus": consensus_json(d.consensus),
            }
            for d in session.decisions
        ],
    }


def _parse_consensus(reader: _Reader) -> Consensus | None:
    check = reader.child("consensus")
    if check is None:
        return None
    kind = check.choice("kind", ConsensusKind, "")
    counts = check.obj().get("counts")
    if (
        not isinstance(counts, list)
        or len(counts) != kind.size
        or not all(isinstance(c, int) and not isinstance(c, bool) and c >= 0 for c in counts)
    ):
        raise check.fail(f"a {kind.value} check holds {kind.size} whole numbers, 0 or more", "counts")
    return Consensus(kind, tuple(counts))


def _decided_norm(reader: _Reader, text: str, norms: Sequence[Norm]) -> int | None:
    """The norm a decision names by its place in the file (``null``: none); in a file from before
    ``norm_index`` existed, the norm that has or had the decision's wording."""
    if "norm_index" in reader.obj():
        index = reader.index("norm_index", len(norms), "norms")
        return None if index is None else norms[index].id
    for norm in norms:
        if norm.text == text:
            return norm.id
    for norm in norms:
        if any(text in (r.text_before, r.text_after) for r in norm.revisions):
            return norm.id
    raise reader.fail(
        f"“{text}” is not a norm of this team (nor an earlier wording of one); "
        "for a norm since deleted, give “norm_index”: null",
        "norm",
    )


def _parse_decision(reader: _Reader, norms: Sequence[Norm]) -> Decision:
    text = reader.text("norm", NORM_TEXT)
    return Decision(
        norm_text=text,
        outcome=reader.choice("outcome", Outcome, ""),
        note=reader.text("note", NOTE),
        norm_id=_decided_norm(reader, text, norms),
        consensus=_parse_consensus(reader),
    )


def parse_session(reader: _Reader, position: int, norms: Sequence[Norm]) -> Session:
    """A meeting of the file; its id is its place + 1 (as revisions name it), norms by their parsed ids."""
    return Session(
        id=position + 1,
        team_id=0,
        held_on=reader.day("held_on", required=True),  # type: ignore[arg-type]
        attendance=reader.count("attendance"),
        roles=reader.text("roles", ROLES),
        notes=reader.text("notes", MEETING_NOTES),
        next_review=reader.day("next_review"),
        decisions=tuple(_parse_decision(d, norms) for d in reader.items("decisions")),
        agenda=tuple(norms[i].id for i in reader.indexes("agenda", len(norms), "norms")),
        is_open=reader.flag("open"),
        time_box=reader.count("time_box", low=1, high=MAX_TIME_BOX),
    )
