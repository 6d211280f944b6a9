"""A team as its table of norms shows it: one small summary per norm, the whole norm only when asked.

Opening a team of 10,000 norms should not read 30,000 reasons and every revision. A ``NormSummary``
holds a norm's own fields, the ``NormFacts`` the checks read (so the warnings and the team profile
come out exactly as for the whole norm) and the words of its reasons for the filter.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from normlab.domain.checks import NormFacts, facts_of
from normlab.domain.model import Norm, Setting, Status


@dataclass(frozen=True, slots=True)
class NormSummary:
    id: int
    team_id: int
    text: str
    setting: str
    regulates: str
    status: Status
    position: int
    review_by: date | None
    facts: NormFacts
    reason_words: str = ""
    """The words of the norm's reasons and who gave them, in no particular order: one string to filter by."""


@dataclass(frozen=True, slots=True)
class TeamOverview:
    """A team with its settings and the summaries of its norms in the team's order."""

    id: int
    name: str
    description: str
    created: datetime
    settings: tuple[Setting, ...] = ()
    norms: tuple[NormSummary, ...] = ()

    def norm(self, norm_id: int) -> NormSummary | None:
        return next((n for n in self.norms if n.id == norm_id), None)


def summarise(norm: Norm) -> NormSummary:
    """The summary of a whole norm: what the database's summary of it holds too."""
    return NormSummary(
        id=norm.id,
        team_id=norm.team_id,
        text=norm.text,
        setting=norm.setting,
        regulates=norm.regulates,
        status=norm.status,
        position=norm.position,
        review_by=norm.review_by,
        facts=facts_of(norm),
        reason_words=" ".join(f"{r.text} {r.voice}" for r in norm.rationales),
    )
