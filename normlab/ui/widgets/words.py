"""The domain's words in the interface language: dimensions, stances, statuses, decisions, the checks'
warnings, the codebook and the starter sets.

The domain stays plain Python and English (the command line and the printouts use it as it is); the
window passes its words through the catalogues here: the codebook's texts under the context
"Codebook", the starter sets' titles and descriptions under "Library".
"""

from __future__ import annotations

from normlab.domain.because import PrintCheck
from normlab.domain.checks import NormWarning, WarningKind
from normlab.domain.codebook import CHECK_SENTENCES, CODEBOOK
from normlab.domain.model import Consensus, ConsensusKind, Dimension, Outcome, Stance, Status
from normlab.ui.widgets.i18n import fill, join_words, translate, translator

tr = translator("Words")

_DIMENSIONS = {
    Dimension.OPERATIONAL: tr.noop("Operational"),
    Dimension.INTERPERSONAL: tr.noop("Interpersonal"),
    Dimension.DISCUSSIONAL: tr.noop("Discussional"),
    Dimension.IDEATIONAL: tr.noop("Ideational"),
}
_DIMENSIONS_SHORT = {
    Dimension.OPERATIONAL: tr.noop("Oper.", "short for Operational, on a small chip"),
    Dimension.INTERPERSONAL: tr.noop("Inter.", "short for Interpersonal, on a small chip"),
    Dimension.DISCUSSIONAL: tr.noop("Disc.", "short for Discussional, on a small chip"),
    Dimension.IDEATIONAL: tr.noop("Idea.", "short for Ideational, on a small chip"),
}
_DIMENSIONS_LOWER = {
    Dimension.OPERATIONAL: tr.noop("operational", "in a list of dimensions: 'interpersonal and ideational'"),
    Dimension.INTERPERSONAL: tr.noop(
        "interpersonal", "in a list of dimensions: 'interpersonal and ideational'"
    ),
    Dimension.DISCUSSIONAL: tr.noop(
        "discussional", "in a list of dimensions: 'interpersonal and ideational'"
    ),
    Dimension.IDEATIONAL: tr.noop("ideational", "in a list of dimensions: 'interpersonal and ideational'"),
}
_STANCES = {
    Stance.HELD: tr.noop("Held", "a reason people hold today"),
    Stance.PROPOSED: tr.noop("Proposed", "a reason the team proposes"),
}
_STATUSES = {
    Status.CURRENT: tr.noop("Current", "status of a norm"),
    Status.PROPOSED: tr.noop("Proposed", "status of a norm"),
    Status.RETIRED: tr.noop("Retired", "status of a norm"),
}
_OUTCOMES = {
    Outcome.KEEP: tr.noop("Keep", "a meeting's decision on a norm"),
    Outcome.REVISE: tr.noop("Revise", "a meeting's decision on a norm"),
    Outcome.RETIRE: tr.noop("Retire", "a meeting's decision on a norm"),
}
_WARNING_TITLES = {
    WarningKind.UNEXAMINED: tr.noop("Not examined yet"),
    WarningKind.OPERATIONAL_ONLY: tr.noop("Rests only on the rule itself"),
    WarningKind.SURFACE_ONLY_CHANGE: tr.noop("Reworded, but the reasons stayed the same"),
    WarningKind.GAP: tr.noop("Proposed reasons not yet held"),
}


def dimension_label(dimension: Dimension) -> str:
    return tr(_DIMENSIONS[dimension])


def dimension_short(dimension: Dimension) -> str:
    return tr(_DIMENSIONS_SHORT[dimension])


def dimension_word(dimension: Dimension) -> str:
    """The dimension in lower case, in a list of dimensions inside a sentence."""
    return tr(_DIMENSIONS_LOWER[dimension])


def dimension_names(dimensions: object) -> str:
    """ "interpersonal and ideational", in the codebook's order."""
    chosen = set(dimensions)  # type: ignore[call-overload]
    return join_words([dimension_word(d) for d in Dimension if d in chosen])


def stance_label(stance: Stance) -> str:
    return tr(_STANCES[stance])


def status_label(status: Status) -> str:
    return tr(_STATUSES[status])


def outcome_label(outcome: Outcome) -> str:
    return tr(_OUTCOMES[outcome])


def warning_title(warning: NormWarning | WarningKind) -> str:
    kind = warning.kind if isinstance(warning, NormWarning) else warning
    return tr(_WARNING_TITLES[kind])


def warning_text(warning: NormWarning) -> str:
    """The warning's explanation in plain words, with the norm's own words where it quotes them."""
    kind, details = warning.kind, warning.details
    if kind is WarningKind.UNEXAMINED:
        return tr("Nobody has said why this norm matters. Ask the team for the reasons they give for it.")
    if kind is WarningKind.OPERATIONAL_ONLY:
        return tr(
            "Every reason this norm rests on is operational ('it's the rule', 'it's good behaviour'). Such a "
            "norm tends to stay as it is; look for reasons about people, discussion or ideas."
        )
    if kind is WarningKind.SURFACE_ONLY_CHANGE and len(details) == 2:
        return fill(
            tr(
                "The wording changed from “%1” to “%2”, but the reasons it rests on are of the same kind as "
                "before. A new wording resting on the old reason is usually absorbed into the old practice; "
                "name and move the reason too."
            ),
            *details,
        )
    if kind is WarningKind.GAP and details:
        return fill(
            tr(
                "The team wants this norm to rest on reasons nobody holds yet (%1). This is where the work is."
            ),
            dimension_names(Dimension(d) for d in details),
        )
    return warning.explanation


def check_sentence(kind: WarningKind) -> str:
    """The codebook's one plain sentence for a check (the meeting screen shows it)."""
    return codebook(CHECK_SENTENCES[kind.value])


def codebook(text: str) -> str:
    """One of the codebook's texts (a definition, an example, a short description)."""
    return translate("Codebook", text)


def dimension_summary(dimension: Dimension) -> str:
    """The codebook's few words for a dimension: "how we treat each other"."""
    return codebook(CODEBOOK[dimension].short)


def library_text(text: str) -> str:
    """A starter set's title or description."""
    return translate("Library", text)


def consensus_text(consensus: Consensus) -> str:
    """ "5 for, 1 against, 0 abstaining", "fist to five: 3×5, 2×4"."""
    if consensus.kind is ConsensusKind.VOTE:
        yes, no, abstain = consensus.counts
        return fill(tr("%1 for, %2 against, %3 abstaining"), yes, no, abstain)
    shown = ", ".join(f"{n}×{fingers}" for fingers, n in enumerate(consensus.counts) if n)
    return fill(tr("fist to five: %1"), shown or tr("nobody", "fist to five: nobody showed a hand"))


_PRINT_CHECKS = {
    PrintCheck.UNEXAMINED: tr.noop("not examined yet: nobody has given a reason for it"),
    PrintCheck.OPERATIONAL_ONLY: tr.noop("rests only on the rule itself (“it's the rule”)"),
    PrintCheck.SURFACE_ONLY: tr.noop("reworded, but it still rests on the same kind of reason as before"),
    PrintCheck.NOT_AGREED: tr.noop("prints without a reason the team agreed"),
}


def print_check_text(check: PrintCheck) -> str:
    """What a check before printing says about a rule."""
    return tr(_PRINT_CHECKS[check])
