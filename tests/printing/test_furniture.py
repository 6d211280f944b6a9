"""Printed furniture by language: the .ts catalogues, Babel dates, the guess from the rules' script."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from normlab.domain.errors import ValidationError
from normlab.domain.model import Dimension
from normlab.printing.catalogue import available_languages, catalogue, fill, read_catalogue
from normlab.printing.furniture import CONTEXT, furniture, guess_language, parse_language
from normlab.printing.ground_rules import GroundRule, GroundRulesOptions, render_ground_rules
from tests.printing.conftest import need_fonts_for
from tests.printing.pdfread import pypdf_text, words

LANGUAGES = ("en", "de", "fr", "es", "fi", "el", "ru", "ar", "he", "zh")
FURNITURE = ("Our ground rules", "because", "Agreed on %1", "Review by %1", "page %1 of %2", "Talk", "Ask")


def test_every_required_language_has_a_complete_catalogue():
    assert set(LANGUAGES) <= set(available_languages())
    english = None
    for language in LANGUAGES[1:]:
        messages = catalogue(language).messages
        sources = {source for context, source in messages if context == CONTEXT}
        english = english or sources
        assert sources == english, language  # every catalogue translates the same texts
        for source in FURNITURE:
            assert (CONTEXT, source) in messages, (language, source)
            translated = messages[(CONTEXT, source)]
            assert translated != source or language == "en"
            assert translated.count("%") == source.count("%"), (language, source)


def test_the_reader_follows_qt_linguist_rules(tmp_path: Path):
    path = tmp_path / "normlab_xx.ts"
    path.write_text(
        """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="xx_YY">
<context><name>Printed</name>
  <message><source>because</source><translation>weil</translation></message>
  <message><source>Talk</source><translation type="unfinished">Rede</translation></message>
  <message><source>Ask</source><translation type="obsolete">Frag</translation></message>
  <message numerus="yes"><source>%n tokens</source>
    <translation><numerusform>%n Chip</numerusform><numerusform>%n Chips</numerusform></translation></message>
</context>
<context><name>Window</name>
  <message><source>because</source><translation>da</translation></message>
</context>
</TS>""",
        encoding="utf-8",
    )
    found = read_catalogue(path)
    assert found.language == "xx"
    assert found.translate("Printed", "because") == "weil"
    assert found.translate("Window", "because") == "da"
    assert found.translate("Printed", "Talk") == "Talk"  # unfinished: the source text prints
    assert found.translate("Printed", "Ask") == "Ask"
    assert found.translate("Printed", "%n tokens") == "%n Chip"
    assert fill("page %1 of %2", 2, 3) == "page 2 of 3"


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "14 March 2025"),
        ("en-US", "March 14, 2025"),
        ("de", "14. März 2025"),
        ("fr", "14 mars 2025"),
        ("es", "14 de marzo de 2025"),
        ("fi", "14. maaliskuuta 2025"),
        ("el", "14 Μαρτίου 2025"),
        ("ru", "14 марта 2025 г."),
        ("he", "14 במרץ 2025"),
        ("zh", "2025年3月14日"),
    ],
)
def test_dates_are_written_by_the_locale_library(language, expected):
    assert " ".join(furniture(language).date(date(2025, 3, 14)).split()) == expected


def test_an_unknown_language_is_a_clear_error():
    with pytest.raises(
        ValidationError, match="no printed furniture in the language 'xx': choose one of en, "
    ):
        parse_language("xx")
    assert parse_language("de-AT") == ("de", "de_AT")


def test_the_language_is_guessed_from_the_script_else_the_interface():
    assert guess_language(["نستمع إلى بعضنا"]) == "ar"
    assert guess_language(["נקשיב אחד לשני", "Listen"]) == "he"
    assert guess_language(["Ακούμε ο ένας τον άλλον"]) == "el"
    assert guess_language(["Слушаем друг друга"]) == "ru"
    assert guess_language(["我们互相倾听"]) == "zh"
    assert guess_language(["Wir hören einander zu"], interface="de") == "de"
    assert guess_language(["Listen to others"], interface="xx") == "en"  # LANGUAGE=en in the tests


@pytest.mark.parametrize(
    ("language", "title", "because", "date_text"),
    [
        ("de", "Unsere Grundregeln", "weil", "14. März 2025"),
        ("fr", "Nos règles communes", "parce que", "14 mars 2025"),
        ("fi", "Yhteiset sääntömme", "koska", "14. maaliskuuta 2025"),
        ("ru", "Наши правила", "потому что", "14 марта 2025 г."),
        ("el", "Οι κανόνες μας", "επειδή", "14 Μαρτίου 2025"),
    ],
)
def test_the_sheet_prints_its_furniture_in_the_language(language, title, because, date_text):
    rules = (
        GroundRule("Rule one", "nous aidons" if language == "fr" else "it helps", Dimension.DISCUSSIONAL),
    )
    pdf = render_ground_rules(GroundRulesOptions(rules=rules, language=language, date=date(2025, 3, 14)))
    text = words(pypdf_text(pdf))
    joined = "parce qu’nous aidons" if language == "fr" else f"{words(because)} it helps"
    assert words(title) in text and joined.replace("qu’n", "que n") in text and words(date_text) in text


def test_chinese_furniture():
    need_fonts_for("我们的规则因为")
    rules = (GroundRule("我们互相倾听", "这样我们可以互相学习"),)
    pdf = render_ground_rules(GroundRulesOptions(rules=rules, language="zh", date=date(2025, 3, 14)))
    text = pypdf_text(pdf)
    assert "我们的规则" in text and "2025年3月14日" in text and "因为" in text
