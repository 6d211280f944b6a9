"""The one set of text rules, and stored text made safe for a terminal."""

from __future__ import annotations

import pytest

from normlab.domain import ValidationError
from normlab.domain.text import NORM_TEXT, REASON, TEAM_NAME, VOICE, clean, for_terminal, normalise


def test_text_is_nfc_trimmed_and_line_ends_are_newlines():
    assert clean("  Cafe\u0301 ", TEAM_NAME) == "Café"
    assert clean("one\r\ntwo\rthree\tfour", REASON) == "one\ntwo\nthree\tfour"
    assert normalise(" Cafe\u0301\r\n") == "Café"


@pytest.mark.parametrize(
    ("value", "rule", "message"),
    [
        ("bad \ud800 name", TEAM_NAME, "lone surrogate"),
        ("\u200b", TEAM_NAME, "visible character"),
        ("   ", NORM_TEXT, "cannot be empty"),
        ("two\nlines", TEAM_NAME, "one line"),
        ("nul\x00byte", NORM_TEXT, r"U\+0000"),
        ("esc\x1b[2J", REASON, r"U\+001B"),
        ("x" * 501, NORM_TEXT, "at most 500"),
        ("x" * 1001, REASON, "at most 1,000"),
        ("x" * 201, VOICE, "at most 200"),
        (42, NORM_TEXT, "must be text"),
    ],
)
def test_what_is_refused_says_where_and_which_rule(value: object, rule, message: str):
    with pytest.raises(ValidationError, match=message) as refused:
        clean(value, rule, "teams[0].norms[3].text")
    assert str(refused.value).startswith("teams[0].norms[3].text: ")
    with pytest.raises(ValidationError) as unnamed:
        clean(value, rule)
    assert str(unnamed.value).startswith(rule.what)


def test_optional_text_may_be_empty_but_not_hostile():
    assert clean("", VOICE) == ""
    with pytest.raises(ValidationError):
        clean("\x07", VOICE)


def test_for_terminal_escapes_what_a_terminal_would_obey():
    assert for_terminal("Year 5") == "Year 5"
    assert for_terminal("\x1b]0;pwned\x07\x1b[2J") == "\\x1b]0;pwned\\x07\\x1b[2J"
    assert for_terminal("a\u202eb\ud800") == "a\\u202eb\\ud800"
    assert for_terminal("line\n\ttab\x9b", keep_lines=True) == "line\n\ttab\\x9b"
    assert "\x1b" not in for_terminal("".join(chr(c) for c in range(0x20)))
