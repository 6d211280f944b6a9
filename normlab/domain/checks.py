"""The paradox-of-norms checks.

Changing the wording of a norm changes little if the reason underneath stays the same (Hofmann 2024,
section 3.3). These functions look at a norm's rationales and revisions and say where a team should
look again. They are pure: the same norm always gives the same warnings.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from normlab.domain.model import Dimension, Norm, RationaleDraft, Revision, Stance, Status


class WarningKind(StrEnum):
    UNEXAMINED = "unexamined"
    OPERATIONAL_ONLY = "operational-only"
    SURFACE_ONLY_CHANGE = "surface-only change"
    GAP = "gap"


@dataclass(frozen=True, slots=True)
class NormWarning:
    kind: WarningKind
    title: str
    explanation: str


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


def is_unexamined(norm: Norm) -> bool:
    """No rationale has been recorded for the norm yet."""
    return not norm.rationales


def is_operational_only(norm: Norm) -> bool:
    """Everything the norm rests on is operational: its agreed reasons, or (none agreed) its held ones."""
    return resting_dimensions(r.draft for r in norm.rationales) == {Dimension.OPERATIONAL}


def is_surface_only_change(revision: Revision) -> bool:
    """The wording changed but the dimensions the norm rests on did not.

    The seed's appropriation risk: "Listen to others" that still rests on "be quiet, it's good
    behaviour" is the old norm in new words. Agreeing a reason in a new dimension along with the
    rewording moves what the norm rests on, so that is a real change.
    """
    if not revision.reworded:
        return False
    return resting_dimensions(revision.rationales_before) == resting_dimensions(revision.rationales_after)


def unresolved_surface_change(norm: Norm) -> Revision | None:
    """The norm's latest rewording, if it was surface-only and the reasons have not moved since.

    A later revision that moved the reasons, or a reason moved after the rewording, settles it.
    """
    latest = next((r for r in reversed(norm.revisions) if r.reworded), None)
    if latest is None or not is_surface_only_change(latest):
        return None
    if resting_dimensions(r.draft for r in norm.rationales) != resting_dimensions(latest.rationales_after):
        return None
    return latest


def gap_dimensions(norm: Norm) -> frozenset[Dimension]:
    """Dimensions the team proposes for the norm where nothing is held or agreed yet: the work to do."""
    drafts = [r.draft for r in norm.rationales]
    settled = held_dimensions(drafts) | {r.dimension for r in drafts if r.agreed}
    return proposed_dimensions(drafts) - settled


def _names(dimensions: Iterable[Dimension]) -> str:
    ordered = [d.label.lower() for d in Dimension if d in set(dimensions)]
    if len(ordered) <= 1:
        return "".join(ordered)
    return ", ".join(ordered[:-1]) + " and " + ordered[-1]


def warnings_for(norm: Norm) -> tuple[NormWarning, ...]:
    """Every warning that applies to the norm, most basic first."""
    found: list[NormWarning] = []
    if is_unexamined(norm):
        found.append(
            NormWarning(
                WarningKind.UNEXAMINED,
                "Not examined yet",
                "Nobody has said why this norm matters. Ask the team for the reasons they give for it.",
            )
        )
    if is_operational_only(norm):
        found.append(
            NormWarning(
                WarningKind.OPERATIONAL_ONLY,
                "Rests only on the rule itself",
                "Every reason this norm rests on is operational ('it's the rule', 'it's good "
                "behaviour'). Such a norm tends to stay as it is; look for reasons about people, "
                "discussion or ideas.",
            )
        )
    latest = unresolved_surface_change(norm)
    if latest is not None:
        found.append(
            NormWarning(
                WarningKind.SURFACE_ONLY_CHANGE,
                "Reworded, but the reasons stayed the same",
                f"The wording changed from “{latest.text_before}” to “{latest.text_after}”, but the "
                "reasons it rests on are of the same kind as before. A new wording resting on the old "
                "reason is usually absorbed into the old practice; name and move the reason too.",
            )
        )
    gap = gap_dimensions(norm)
    if gap:
        found.append(
            NormWarning(
                WarningKind.GAP,
                "Proposed reasons not yet held",
                f"The team wants this norm to rest on {_names(gap)} reasons, but nobody holds such a "
                "reason yet. This is where the work is.",
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
    active = [n for n in norms if n.status is not Status.RETIRED]
    held = {d: 0 for d in Dimension}
    proposed = {d: 0 for d in Dimension}
    for norm in active:
        drafts = [r.draft for r in norm.rationales]
        for d in held_dimensions(drafts):
            held[d] += 1
        for d in proposed_dimensions(drafts):
            proposed[d] += 1
    return TeamProfile(
        norms=len(active),
        unexamined=sum(is_unexamined(n) for n in active),
        held=held,
        proposed=proposed,
        operational_only=sum(is_operational_only(n) for n in active),
        surface_only=sum(unresolved_surface_change(n) is not None for n in active),
        with_gap=sum(bool(gap_dimensions(n)) for n in active),
    )
