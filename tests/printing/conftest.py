"""Teams and rule sets shared by the printing tests."""

from __future__ import annotations

from datetime import datetime

import pytest

from normlab.domain.model import Dimension, Norm, Rationale, Stance, Status, Team
from normlab.printing.ground_rules import GroundRule

NOW = datetime(2025, 3, 14, 9, 0)

CLASSROOM = (
    GroundRule("Everyone is invited to contribute", "So we can hear many ideas", Dimension.DISCUSSIONAL),
    GroundRule(
        "Listen to each other", "So we can learn from other people's perspectives", Dimension.IDEATIONAL
    ),
    GroundRule("Give reasons for what you think", "So others can build on our ideas", Dimension.DISCUSSIONAL),
    GroundRule("Challenge ideas, not people", "Because disagreeing helps us think", Dimension.IDEATIONAL),
    GroundRule("Take turns to speak", "So everyone feels safe to share", Dimension.INTERPERSONAL),
)

ICU = tuple(
    GroundRule(text, because, dimension)
    for text, because, dimension in [
        ("Mistakes are expected here", "So trainees can practise without fear", Dimension.IDEATIONAL),
        (
            "What is said here stays here",
            "People speak openly when it won't be repeated",
            Dimension.INTERPERSONAL,
        ),
        ("Ask when unsure", "A question lets the team compare readings", Dimension.DISCUSSIONAL),
        (
            "Respect every role's view",
            "Each role sees a different part of the patient",
            Dimension.DISCUSSIONAL,
        ),
        ("Scan when it helps learning", "So trainees build the skill", Dimension.IDEATIONAL),
        ("Seniors review every scan", "It's how we do it here", Dimension.OPERATIONAL),
        (
            "Everyone speaks before the consultant sums up",
            "Juniors' views come out first",
            Dimension.DISCUSSIONAL,
        ),
        ("Keep to time", "Colleagues are covering our patients", Dimension.INTERPERSONAL),
        ("Phones on silent unless on call", "", None),
        ("Debrief after every simulation", "So the unit learns what scanning shows", Dimension.IDEATIONAL),
    ]
)


def rationale(norm_id: int, position: int, text: str, dimension: Dimension, stance: Stance) -> Rationale:
    return Rationale(position * 10 + norm_id, norm_id, text, dimension, stance, "", position)


def norm(norm_id: int, position: int, text: str, *rationales: Rationale, status=Status.CURRENT) -> Norm:
    return Norm(norm_id, 1, text, "whole-class discussion", "pupils", status, position, NOW, NOW, rationales)


@pytest.fixture
def team() -> Team:
    """Norms stored out of order, one retired, one without rationales, one with only held ones."""
    return Team(
        1,
        "Year 5, Hillside",
        "",
        NOW,
        norms=(
            norm(
                2,
                1,
                "Listen to others",
                rationale(2, 0, "Be quiet, it's good behaviour", Dimension.OPERATIONAL, Stance.HELD),
                rationale(2, 1, "So we can discuss many ideas", Dimension.DISCUSSIONAL, Stance.PROPOSED),
                rationale(2, 2, "So we learn from others", Dimension.IDEATIONAL, Stance.PROPOSED),
            ),
            norm(
                1,
                0,
                "Everyone is invited to contribute",
                rationale(1, 0, "It's only fair", Dimension.INTERPERSONAL, Stance.HELD),
                rationale(1, 1, "It's the rule", Dimension.OPERATIONAL, Stance.HELD),
            ),
            norm(3, 2, "Hands up to speak", status=Status.RETIRED),
            norm(4, 3, "Give reasons"),
        ),
    )


def need_fonts_for(text: str) -> None:
    """Skip unless this computer has fonts for text (the quick start installs them for the tests:
    fonts-wqy-microhei for Chinese, Japanese and Korean, fonts-symbola for emoji)."""
    from normlab.printing.fonts import describe_characters, missing_characters

    missing = missing_characters(text)
    if missing:
        pytest.skip(f"no font here draws {describe_characters(missing)}")
