"""Which reason a printed ground rule gives after its "because", and what to say before printing it.

One rule for every printout (the command line, the Print centre, the meeting summary): the reasons
the team agreed (at most two, in the order it chose); for a norm with none, its first proposed
reason outside the operational dimension (a proposal that is only "it's the rule" is not worth a
poster); otherwise no because-line.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from normlab.domain.checks import WarningKind, is_operational_only, is_unexamined, unresolved_surface_change
from normlab.domain.model import MAX_AGREED, Dimension, Norm, Rationale, Stance


class BecauseChoice(StrEnum):
    """What the because-lines print: the agreed reasons (falling back to a proposal), the first
    non-operational proposal, or nothing."""

    AGREED = "agreed"
    PROPOSED = "proposed"
    NONE = "none"


def first_proposal(norm: Norm) -> Rationale | None:
    """The norm's first proposed reason outside the operational dimension, by position."""
    ordered = sorted(norm.rationales, key=lambda r: r.position)
    return next(
        (r for r in ordered if r.stance is Stance.PROPOSED and r.dimension is not Dimension.OPERATIONAL), None
    )


def reasons_to_print(norm: Norm, choice: BecauseChoice = BecauseChoice.AGREED) -> tuple[Rationale, ...]:
    """The reasons a printout gives for a norm, in order (none, one or two)."""
    choice = BecauseChoice(choice)
    if choice is BecauseChoice.NONE:
        return ()
    if choice is BecauseChoice.AGREED:
        agreed = norm.agreed()[:MAX_AGREED]
        if agreed:
            return agreed
    proposal = first_proposal(norm)
    return (proposal,) if proposal else ()


class PrintCheck(StrEnum):
    """What printing warns about, per rule."""

    UNEXAMINED = WarningKind.UNEXAMINED.value
    OPERATIONAL_ONLY = WarningKind.OPERATIONAL_ONLY.value
    SURFACE_ONLY = WarningKind.SURFACE_ONLY_CHANGE.value
    NOT_AGREED = "no agreed reason"


PRINT_CHECK_WORDS = {
    PrintCheck.UNEXAMINED: "not examined yet: nobody has given a reason for it",
    PrintCheck.OPERATIONAL_ONLY: "rests only on the rule itself (“it's the rule”)",
    PrintCheck.SURFACE_ONLY: "reworded, but it still rests on the same kind of reason as before",
    PrintCheck.NOT_AGREED: "prints without a reason the team agreed",
}


@dataclass(frozen=True, slots=True)
class PrintWarning:
    number: int
    """The rule's number on the printout (1 = first printed)."""
    norm: Norm
    check: PrintCheck

    @property
    def words(self) -> str:
        return PRINT_CHECK_WORDS[self.check]

    def line(self) -> str:
        """'rule 2 “Hands up”: not examined yet: nobody has given a reason for it'."""
        return f"rule {self.number} “{self.norm.text}”: {self.words}"


def print_warnings(
    norms: Sequence[Norm],
    choice: BecauseChoice = BecauseChoice.AGREED,
    numbers: Sequence[int] | None = None,
) -> list[PrintWarning]:
    """Every check that fires on the rules about to be printed, rule by rule, in print order;
    numbers are the rules' numbers in the team (1, 2… in print order when not given)."""
    found: list[PrintWarning] = []
    for number, norm in zip(numbers or range(1, len(norms) + 1), norms, strict=True):
        checks = []
        if is_unexamined(norm):
            checks.append(PrintCheck.UNEXAMINED)
        elif is_operational_only(norm):
            checks.append(PrintCheck.OPERATIONAL_ONLY)
        if unresolved_surface_change(norm) is not None:
            checks.append(PrintCheck.SURFACE_ONLY)
        if choice is not BecauseChoice.NONE and not norm.agreed():
            checks.append(PrintCheck.NOT_AGREED)
        found += [PrintWarning(number, norm, check) for check in checks]
    return found
