"""The quick look of the text rules says exactly what the close look says, for any text."""

from __future__ import annotations

import random

from normlab.domain.errors import ValidationError
from normlab.domain.text import NORM_TEXT, REGULATES, SETTING_NAME, TEAM_NAME, VOICE, _clean_closely, clean

ALPHABET = (
    "abbbbbbbbbb Zé\u0301e\u00e9 \t\n\r\x00\x07\x1b\x7f\x85\u2028\u2029\u200b\ud800\udfff😀.,-" + "\u00a0"
)


def outcome(check, value, rule):
    try:
        return check(value, rule, "here")
    except ValidationError as exc:
        return f"refused: {exc}"


def test_every_text_gets_the_same_answer_from_the_quick_and_the_close_look():
    rng = random.Random(7)
    for _ in range(20_000):
        size = rng.randint(0, 12) if rng.random() < 0.9 else rng.randint(195, 505)
        value = "".join(rng.choices(ALPHABET, k=size))
        for rule in (NORM_TEXT, TEAM_NAME, REGULATES, SETTING_NAME, VOICE):
            assert outcome(clean, value, rule) == outcome(_clean_closely, value, rule), repr(value)


def test_the_place_of_a_refused_text_is_spelled_out_only_when_needed():
    asked = []

    def where() -> str:
        asked.append(True)
        return "teams[0].norms[3].text"

    assert clean("  Listen to others ", NORM_TEXT, where) == "Listen to others"
    assert not asked
    try:
        clean("bad\x00", NORM_TEXT, where)
    except ValidationError as exc:
        assert str(exc).startswith("teams[0].norms[3].text: holds a control character (U+0000)")
    assert asked == [True]
    assert outcome(clean, "x" * 501, NORM_TEXT).endswith("a norm's wording can be at most 500")
