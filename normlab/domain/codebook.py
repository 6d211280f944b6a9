"""The codebook of the four rationale dimensions: one place for definitions, examples and colours.

Every screen and printable that names a dimension takes its words and colour from here, so the
app, the posters and the tokens always agree.
"""

from __future__ import annotations

from dataclasses import dataclass

from normlab.domain.model import Dimension


@dataclass(frozen=True, slots=True)
class CodebookEntry:
    dimension: Dimension
    short: str
    definition: str
    classroom_example: str
    clinical_example: str
    colour: str
    """Strong colour for chips and badges; the four differ in lightness, so they survive greyscale."""
    tint: str
    """Pale background of the same hue for lanes and cards."""

    @property
    def label(self) -> str:
        return self.dimension.label


CODEBOOK: dict[Dimension, CodebookEntry] = {
    Dimension.OPERATIONAL: CodebookEntry(
        dimension=Dimension.OPERATIONAL,
        short="the rule itself",
        definition=(
            "The norm is justified by the rule itself: good behaviour, what is normal, what is "
            "'wrong'. A frozen behavioural obligation that nobody needs to explain."
        ),
        classroom_example="Listen to others: “Be quiet when someone is speaking, it's good behaviour.”",
        clinical_example=(
            "Scan only when clinically led: “That's how we do it here; an echo without need is a waste.”"
        ),
        colour="#76808C",
        tint="#ECEEF1",
    ),
    Dimension.INTERPERSONAL: CodebookEntry(
        dimension=Dimension.INTERPERSONAL,
        short="how we treat each other",
        definition=(
            "The norm is justified by how we treat each other: fairness, respect, not disturbing "
            "or undermining others."
        ),
        classroom_example="Listen to others: “They listened to you, so you listen to them.”",
        clinical_example=(
            "Scan only when clinically led: “Don't undermine the nurse's workload; agree a time first.”"
        ),
        colour="#D9952B",
        tint="#FBF0DE",
    ),
    Dimension.DISCUSSIONAL: CodebookEntry(
        dimension=Dimension.DISCUSSIONAL,
        short="what makes discussion work",
        definition=(
            "The norm is justified by what makes a discussion work: hearing several ideas, "
            "building on them and challenging them."
        ),
        classroom_example="Listen to others: “So we can discuss many ideas and viewpoints.”",
        clinical_example=(
            "Scan only when clinically led: “So the team can compare readings and discuss the findings.”"
        ),
        colour="#1E7F74",
        tint="#DDF1EE",
    ),
    Dimension.IDEATIONAL: CodebookEntry(
        dimension=Dimension.IDEATIONAL,
        short="learning from ideas",
        definition=(
            "The norm is justified by taking ideas seriously: learning from other people's "
            "thinking, reasoning together, building knowledge."
        ),
        classroom_example="Listen to others: “So we can learn from other people's perspectives.”",
        clinical_example=(
            "Scan only when clinically led: “So trainees build the skill and the unit learns what "
            "scanning shows.”"
        ),
        colour="#4B3A8F",
        tint="#E9E5F6",
    ),
}


def entry(dimension: Dimension | str) -> CodebookEntry:
    return CODEBOOK[Dimension(dimension)]


CHECK_SENTENCES: dict[str, str] = {
    "unexamined": "Nobody has said yet why this norm matters: ask for the reasons people give.",
    "operational-only": (
        "Everything this norm rests on is “it's the rule”; a norm like that tends to stay as it is."
    ),
    "surface-only change": (
        "A new wording that still rests on the old reason is usually absorbed into the old practice."
    ),
    "gap": "The team wants this norm to rest on reasons nobody holds yet: this is where the work is.",
}
"""One plain sentence per check (keyed by ``WarningKind`` value), for the meeting screen and the codebook."""
