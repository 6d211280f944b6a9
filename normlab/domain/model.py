"""The things a team records: norms, the rationales behind them and how they changed.

Plain, immutable values. The store turns database rows into these and the services hand them to
the user interface and the printers, so neither ever sees a database object.
"""

from __future__ import annotations

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


@dataclass(frozen=True, slots=True)
class RationaleDraft:
    """A rationale's content without identity: used for new rationales and in revisions."""

    text: str
    dimension: Dimension
    stance: Stance = Stance.HELD
    voice: str = ""


@dataclass(frozen=True, slots=True)
class Rationale:
    id: int
    norm_id: int
    text: str
    dimension: Dimension
    stance: Stance
    voice: str
    position: int

    @property
    def draft(self) -> RationaleDraft:
        return RationaleDraft(self.text, self.dimension, self.stance, self.voice)


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

    @property
    def reworded(self) -> bool:
        return self.text_before != self.text_after


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

    def held(self) -> tuple[Rationale, ...]:
        return tuple(r for r in self.rationales if r.stance is Stance.HELD)

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
class Decision:
    norm_text: str
    outcome: Outcome
    note: str = ""


@dataclass(frozen=True, slots=True)
class Session:
    """A dated meeting in which the team examined its norms."""

    id: int
    team_id: int
    held_on: date
    attendance: int | None = None
    roles: str = ""
    notes: str = ""
    next_review: date | None = None
    decisions: tuple[Decision, ...] = ()


@dataclass(frozen=True, slots=True)
class TeamSummary:
    id: int
    name: str
    norm_count: int


@dataclass(frozen=True, slots=True)
class Team:
    id: int
    name: str
    description: str
    created: datetime
    settings: tuple[Setting, ...] = ()
    norms: tuple[Norm, ...] = ()
    sessions: tuple[Session, ...] = field(default=())

    def norm(self, norm_id: int) -> Norm | None:
        return next((n for n in self.norms if n.id == norm_id), None)
