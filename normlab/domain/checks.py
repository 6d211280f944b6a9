"""The paradox-of-norms checks.

Changing the wording of a norm changes little if the reason underneath stays the same (Hofmann 2024,
section 3.3). These functions look at a norm's rationales and revisions and say where a team should
look again. They are pure: the same norm always gives the same warnings.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from normlab.domain.model import Dimension, Norm, RationaleDraft, Revision, Stance, Status


class WarningKind(StrEnum):
    UNEXAMINED = "unexamined"
    OPERATIONAL_ONLY = "operational-only"
    SURFACE_ONLY_CHANGE = "surface-only change"
    GAP = "gap"


WARNING_TITLES = {
    WarningKind.UNEXAMINED: "Not examined yet",
    WarningKind.OPERATIONAL_ONLY: "Rests only on the rule itself",
    WarningKind.SURFACE_ONLY_CHANGE: "Reworded, but the reasons stayed the same",
    WarningKind.GAP: "Proposed reasons not yet held",
}
"""Each check's title in plain words (printed in the team's language by the report)."""


@dataclass(frozen=True, slots=True)
class NormWarning:
    kind: WarningKind
    title: str
    explanation: str
    details: tuple[str, ...] = ()
    """What the explanation quotes, for saying it in another language: the wording before and after
    (surface-only change), the dimensions proposed but not held (gap)."""


def held_dimensions(rationales: Iterable[RationaleDraft]) -> frozenset[Dimension]:
    return frozenset(r.dimension for r in rationales if r.stance is Stance.HELD)


def resting_dimensions(rationales: Iterable[RationaleDraft]) -> frozenset[Dimension]:
    """What the norm rests on: the dimensions of its agreed reasons if it has any, else of the held ones.

    Once a team has agreed what a norm rests on, that agreement is what counts, whatever else is
    still believed; before that, what people hold is all there is.
    """
    drafts = list(rationales)
    agreed = frozenset(r.dimension for r in drafts if r.agreed)
    return agreed or held_dimensions(drafts)


def proposed_dimensions(rationales: Iterable[RationaleDraft]) -> frozenset[Dimension]:
    return frozenset(r.dimension for r in rationales if r.stance is Stance.PROPOSED)


@dataclass(frozen=True, slots=True)
class Rewording:
    """A norm's latest change of wording, as the checks see it: the words and what it rested on."""

    text_before: str
    text_after: str
    resting_before: frozenset[Dimension]
    resting_after: frozenset[Dimension]

    @property
    def surface_only(self) -> bool:
        """The wording changed but the dimensions the norm rests on did not (see ``is_surface_only_change``)."""
        return self.text_before != self.text_after and self.resting_before == self.resting_after


@dataclass(frozen=True, slots=True)
class NormFacts:
    """All the checks need to know of a norm, without its reasons' words or its whole history.

    Worked out from a whole ``Norm`` (``facts_of``) or counted by the database for a table of
    thousands of norms; the rules below read only these, so both give the same warnings.
    """

    reasons: int
    held: frozenset[Dimension] = frozenset()
    proposed: frozenset[Dimension] = frozenset()
    agreed: frozenset[Dimension] = frozenset()
    rewording: Rewording | None = None
    """The latest revision that changed the wording, if there is one."""

    @property
    def resting(self) -> frozenset[Dimension]:
        """What the norm rests on: its agreed reasons' dimensions if any, else its held ones."""
        return self.agreed or self.held


def facts_of(norm: Norm) -> NormFacts:
    drafts = [r.draft for r in norm.rationales]
    return NormFacts(
        reasons=len(drafts),
        held=held_dimensions(drafts),
        proposed=proposed_dimensions(drafts),
        agreed=frozenset(r.dimension for r in drafts if r.agreed),
        rewording=latest_rewording(norm.revisions),
    )


def latest_rewording(revisions: Iterable[Revision]) -> Rewording | None:
    latest = next((r for r in reversed(tuple(revisions)) if r.reworded), None)
    if latest is None:
        return None
    return Rewording(
        latest.text_before,
        latest.text_after,
        resting_dimensions(latest.rationales_before),
        resting_dimensions(latest.rationales_after),
    )


def is_unexamined(norm: Norm | NormFacts) -> bool:
    """No rationale has been recorded for the norm yet."""
    return _facts(norm).reasons == 0


def is_operational_only(norm: Norm | NormFacts) -> bool:
    """Everything the norm rests on is operational: its agreed reasons, or (none agreed) its held ones."""
    return _facts(norm).resting == {Dimension.OPERATIONAL}


def is_surface_only_change(revision: Revision) -> bool:
    """The wording changed but the dimensions the norm rests on did not.

    The seed's appropriation risk: "Listen to others" that still rests on "be quiet, it's good
    behaviour" is the old norm in new words. Agreeing a reason in a new dimension along with the
    rewording moves what the norm rests on, so that is a real change.
    """
    if not revision.reworded:
        return False
    return resting_dimensions(revision.rationales_before) == resting_dimensions(revision.rationales_after)


def unresolved_rewording(facts: NormFacts) -> Rewording | None:
    """The latest rewording, if it was surface-only and the reasons have not moved since.

    A later revision that moved the reasons, or a reason moved after the rewording, settles it.
    """
    latest = facts.rewording
    if latest is None or not latest.surface_only or facts.resting != latest.resting_after:
        return None
    return latest


def unresolved_surface_change(norm: Norm) -> Revision | None:
    """The norm's latest rewording (the revision), if it was surface-only and is still unresolved."""
    if unresolved_rewording(facts_of(norm)) is None:
        return None
    return next(r for r in reversed(norm.revisions) if r.reworded)


def gap_dimensions(norm: Norm | NormFacts) -> frozenset[Dimension]:
    """Dimensions the team proposes for the norm where nothing is held or agreed yet: the work to do."""
    facts = _facts(norm)
    return facts.proposed - (facts.held | facts.agreed)


def _facts(norm: Norm | NormFacts) -> NormFacts:
    return norm if isinstance(norm, NormFacts) else facts_of(norm)


def _names(dimensions: Iterable[Dimension]) -> str:
    ordered = [d.label.lower() for d in Dimension if d in set(dimensions)]
    if len(ordered) <= 1:
        return "".join(ordered)
    return ", ".join(ordered[:-1]) + " and " + ordered[-1]


def warnings_for(norm: Norm | NormFacts) -> tuple[NormWarning, ...]:
    """Every warning that applies to the norm, most basic first."""
    return _warnings(_facts(norm))


@lru_cache(maxsize=8192)
def _warnings(facts: NormFacts) -> tuple[NormWarning, ...]:
    # Pure, and most norms of a team share their facts with many others: each is worked out once.
    found: list[NormWarning] = []
    if is_unexamined(facts):
        found.append(
            NormWarning(
                WarningKind.UNEXAMINED,
                WARNING_TITLES[WarningKind.UNEXAMINED],
                "Nobody has said why this norm matters. Ask the team for the reasons they give for it.",
            )
        )
    if is_operational_only(facts):
        found.append(
            NormWarning(
                WarningKind.OPERATIONAL_ONLY,
                WARNING_TITLES[WarningKind.OPERATIONAL_ONLY],
                "Every reason this norm rests on is operational ('it's the rule', 'it's good "
                "behaviour'). Such a norm tends to stay as it is; look for reasons about people, "
                "discussion or ideas.",
            )
        )
    latest = unresolved_rewording(facts)
    if latest is not None:
        found.append(
            NormWarning(
                WarningKind.SURFACE_ONLY_CHANGE,
                WARNING_TITLES[WarningKind.SURFACE_ONLY_CHANGE],
                f"The wording changed from “{latest.text_before}” to “{latest.text_after}”, but the "
                "reasons it rests on are of the same kind as before. A new wording resting on the old "
                "reason is usually absorbed into the old practice; name and move the reason too.",
                (latest.text_before, latest.text_after),
            )
        )
    gap = gap_dimensions(facts)
    if gap:
        found.append(
            NormWarning(
                WarningKind.GAP,
                WARNING_TITLES[WarningKind.GAP],
                f"The team wants this norm to rest on {_names(gap)} reasons, but nobody holds such a "
                "reason yet. This is where the work is.",
                tuple(d.value for d in Dimension if d in gap),
            )
        )
    return tuple(found)


@dataclass(frozen=True, slots=True)
class TeamProfile:
    """How a team's norms spread over the four dimensions.

    A norm counts once in a dimension's held (or proposed) figure when at least one of its held
    (or proposed) rationales lies there; one norm may count in several dimensions.
    Retired norms are left out.
    """

    norms: int
    unexamined: int
    held: dict[Dimension, int]
    proposed: dict[Dimension, int]
    operational_only: int
    surface_only: int
    with_gap: int


def team_profile(norms: Iterable[Norm]) -> TeamProfile:
    return profile_of((n.status, facts_of(n)) for n in norms)


def profile_of(norms: Iterable[tuple[Status, NormFacts]]) -> TeamProfile:
    """The profile of norms given by their status and facts (so a table of summaries can count it)."""
    # Norms with the same facts count the same: each kind is looked at once, times how many there are.
    kinds = Counter(facts for status, facts in norms if status is not Status.RETIRED)
    held = {d: 0 for d in Dimension}
    proposed = {d: 0 for d in Dimension}
    for facts, count in kinds.items():
        for d in facts.held:
            held[d] += count
        for d in facts.proposed:
            proposed[d] += count
    return TeamProfile(
        norms=sum(kinds.values()),
        unexamined=sum(n for f, n in kinds.items() if is_unexamined(f)),
        held=held,
        proposed=proposed,
        operational_only=sum(n for f, n in kinds.items() if is_operational_only(f)),
        surface_only=sum(n for f, n in kinds.items() if unresolved_rewording(f) is not None),
        with_gap=sum(n for f, n in kinds.items() if gap_dimensions(f)),
    )
