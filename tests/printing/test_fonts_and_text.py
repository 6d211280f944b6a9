"""Fonts by script, characters no font has, and line breaking in logical then visual order."""

from __future__ import annotations

import unicodedata

import pytest
from bidi.algorithm import get_display
from reportlab.pdfbase.ttfonts import ShapedStr

from normlab.printing.errors import UnprintableTextError
from normlab.printing.fonts import (
    Script,
    choose_family,
    choose_script,
    font_runs,
    is_ignorable,
    missing_characters,
    text_width,
)
from normlab.printing.text import Text, clean, is_rtl
from normlab.printing.validation import require_printable, unprintable_characters
from tests.printing.conftest import need_fonts_for


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


def test_characters_no_font_has_are_reported_character_by_character(without_fallback_fonts):
    assert missing_characters("Listen 倾听 倾 to others 我") == ("倾", "听", "我")
    assert unprintable_characters("ok", "互相倾听") == ("互", "相", "倾", "听")


def test_require_printable_names_the_field_the_characters_and_how_to_get_a_font(without_fallback_fonts):
    with pytest.raises(UnprintableTextError) as caught:
        require_printable(("rule 1", "Listen"), ("rule 2", "互相倾听"))
    message = str(caught.value)
    assert message.startswith("rule 2 has characters no font on this computer can print: 互 (U+4E92)")
    assert "pip install 'normlab[cjk]'" in message and "fonts-symbola" in message and "\n" not in message
    assert caught.value.characters == ("互", "相", "倾", "听")


def test_chinese_japanese_korean_and_emoji_find_a_system_font():
    text = "我们互相倾听 お互いの話 서로의 말 🙂👍"
    need_fonts_for(text)
    assert missing_characters(text) == ()
    family = choose_family("我")
    assert family.path and family.covers("们")
    assert choose_family("🙂").covers("👍")
    assert missing_characters("\U0010fffd") == ("\U0010fffd",)  # a private character no font has


def test_emoji_presentation_selectors_are_not_drawn():
    assert is_ignorable("\ufe0f") and is_ignorable("\ufe0e")
    assert missing_characters("ok \u263a\ufe0f") == () or choose_family("\u263a") is None


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
    sentence = "נקשיב אחד לשני כדי שנלמד מנקודות המבט של אחרים בכיתה"
    text = Text(sentence)
    lines = text.lines(6.0)
    assert len(lines) >= 2
    # The first printed line holds the start of the sentence (logical order), not its end.
    assert lines[0].text.startswith("נקשיב")
    for line in lines:
        assert _visual(text, line) == get_display(line.text, base_dir="R")


def test_arabic_is_shaped_by_harfbuzz_and_keeps_its_vowel_marks():
    text = Text("لِكَيْ نَتَعَلَّمَ")
    runs = text.runs(text.lines(1e9)[0])
    assert all(isinstance(run.text, ShapedStr) for run in runs)
    drawn = "".join(runs[0].text)
    for mark in "\u0650\u064e\u0652\u0651":  # kasra, fatha, sukun, shadda (some as ligatures)
        assert mark in unicodedata.normalize("NFKC", drawn)
    assert any(0xFE70 <= ord(c) <= 0xFEFF for c in drawn), "letters were not joined"


def test_brackets_are_mirrored_in_right_to_left_text():
    text = Text("אנחנו [זה לזה] מקשיבים")
    assert _visual(text, text.lines(1e9)[0]) == "םיבישקמ [הזל הז] ונחנא"


def test_a_latin_date_inside_arabic_keeps_its_order():
    text = Text("نلتقي مرة أخرى يوم 22 November 2026 في الصف")
    visual = _visual(text, text.lines(1e9)[0])
    assert "22 November 2026" in visual
    assert "\u202a" not in visual and "\u202c" not in visual
    assert "November 2026 22" not in Text("نلتقي 22 November 2026").source  # the source is untouched


def test_chinese_breaks_between_characters_but_not_before_closing_punctuation():
    need_fonts_for("我们互相倾听")
    text = Text("我们互相倾听，每个人都有机会发言。")
    lines = text.lines(text.natural_width / 2.5)
    assert len(lines) >= 3
    assert "".join(line.text for line in lines) == text.source
    assert not any(line.text.startswith(("，", "。")) for line in lines)


def test_text_within_a_shape_keeps_words_whole():
    text = Text("I disagree because…", bold=True)
    assert text.lines_within([3.0]) is None
    lines = text.lines_within([6.0, 6.0, 6.0])
    assert lines is not None and " ".join(line.text for line in lines) == text.source


def _visual(text: Text, line) -> str:
    return "".join(str(run.text) for run in text.runs(line))


def test_zero_width_non_joiner_steers_persian_shaping_and_is_not_drawn():
    with_zwnj, without = Text("می\u200cخواهم"), Text("میخواهم")
    drawn = _visual(with_zwnj, with_zwnj.lines(1e9)[0])
    assert "\u200c" not in drawn
    assert drawn != _visual(without, without.lines(1e9)[0])  # yeh takes its final form before the ZWNJ
