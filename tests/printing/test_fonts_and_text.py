"""Fonts by script, characters no font has, and line breaking in logical then visual order."""

from __future__ import annotations

import pytest
from bidi import get_display

from normlab.printing.errors import UnprintableTextError
from normlab.printing.fonts import Script, choose_script, font_runs, missing_characters, text_width
from normlab.printing.text import Text, clean, is_rtl
from normlab.printing.validation import require_printable, unprintable_characters


def test_each_script_gets_its_family():
    assert choose_script("a") is Script.LATIN
    assert choose_script("λ") is Script.LATIN  # Noto Sans has Greek
    assert choose_script("ж") is Script.LATIN  # and Cyrillic
    assert choose_script("ب") is Script.ARABIC
    assert choose_script("ש") is Script.HEBREW


def test_neutral_characters_stay_in_the_run_around_them():
    runs = list(font_runs("say שלום עולם. ok"))
    assert runs == [
        ("say ", "NotoSans-Regular"),
        ("שלום עולם", "NotoSansHebrew-Regular"),
        (". ok", "NotoSans-Regular"),  # the Hebrew font has no full stop
    ]
    assert [font for _, font in font_runs("x", bold=True)] == ["NotoSans-Bold"]


@pytest.mark.parametrize("text", ["Listen to others", "Ακούμε", "Слушаем", "نستمع", "נקשיב", "“…” – é ß ø"])
def test_bundled_fonts_cover_the_supported_scripts(text):
    assert missing_characters(text) == ()


def test_chinese_is_reported_character_by_character():
    assert missing_characters("Listen 倾听 倾 to others 我") == ("倾", "听", "我")
    assert unprintable_characters("ok", "互相倾听") == ("互", "相", "倾", "听")


def test_require_printable_names_the_field_and_the_characters():
    with pytest.raises(UnprintableTextError) as caught:
        require_printable(("rule 1", "Listen"), ("rule 2", "互相倾听"))
    message = str(caught.value)
    assert message.startswith("rule 2 has characters the bundled fonts cannot print")
    assert "互 (U+4E92)" in message and "\n" not in message
    assert caught.value.characters == ("互", "相", "倾", "听")


def test_whitespace_and_formatting_characters_are_not_missing_and_not_drawn():
    assert missing_characters("a\tb\nc\u200fd\u200de") == ()
    assert clean("  Listen\n\tto \u200fothers  ") == "Listen to others"


def test_direction_comes_from_the_first_strong_character():
    assert not is_rtl("Listen: نستمع")
    assert is_rtl("123 نستمع to others")
    assert not is_rtl("2025")


def test_lines_never_exceed_the_width_and_keep_every_word():
    text = Text("Everyone is invited to contribute to the discussion, whatever their idea", bold=True)
    lines = text.lines(10.0)
    assert len(lines) > 1
    assert all(line.width <= 10.0 + 1e-9 for line in lines)
    assert all(abs(text_width(line.text, bold=True) - line.width) < 1e-6 for line in lines)
    assert " ".join(line.text for line in lines) == text.source


def test_a_word_longer_than_a_line_is_split_between_characters():
    word = "Donaudampfschifffahrtsgesellschaftskapitän"
    lines = Text(word).lines(5.0)
    assert len(lines) > 2
    assert "".join(line.text for line in lines) == word
    assert all(line.width <= 5.0 + 1e-9 for line in lines)


def test_first_line_is_shortened_by_the_indent():
    text = Text("so we can hear many ideas from many people")
    plain, indented = text.lines(8.0), text.lines(8.0, first_indent=4.0)
    assert indented[0].width <= 4.0 + 1e-9
    assert len(indented[0].text) < len(plain[0].text)


def test_right_to_left_lines_are_broken_in_reading_order_then_reordered():
    sentence = "نستمع إلى بعضنا البعض لكي نتعلم من أفكار الآخرين"
    text = Text(sentence)
    lines = text.lines(6.0)
    assert len(lines) >= 2
    # The first printed line holds the start of the sentence (logical order), not its end.
    first_words = sentence.split(" ")[:2]
    assert [w for w in first_words if w in _plain(lines[0].text)] == first_words
    for line in lines:
        visual = "".join(run.text for run in text.runs(line))
        assert visual == get_display(line.text, base_dir="R")
        assert _plain(visual[::-1]) == _plain(line.text)


def test_text_within_a_shape_keeps_words_whole():
    text = Text("I disagree because…", bold=True)
    assert text.lines_within([3.0]) is None
    lines = text.lines_within([6.0, 6.0, 6.0])
    assert lines is not None and " ".join(line.text for line in lines) == text.source


def _plain(text: str) -> str:
    import unicodedata

    return unicodedata.normalize("NFKC", text)


def test_zero_width_non_joiner_steers_persian_shaping_and_is_not_drawn():
    with_zwnj, without = Text("می\u200cخواهم"), Text("میخواهم")
    assert "\u200c" not in with_zwnj.words[0]
    assert with_zwnj.words[0][1] != without.words[0][1]  # yeh takes its final form before the ZWNJ
