"""Ground-rules sheets and posters: content, paper, fonts, scripts, fitting and its limits."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest
from reportlab.lib.pagesizes import A3, A4, LETTER

from normlab.domain.errors import ValidationError
from normlab.domain.model import Dimension
from normlab.printing.errors import UnprintableTextError
from normlab.printing.ground_rules import (
    POSTER_RULE_PT,
    GroundRule,
    GroundRulesOptions,
    Layout,
    render_ground_rules,
    rules_from_team,
)
from normlab.printing.lead_word import because_line
from normlab.printing.paper import Paper
from tests.printing.conftest import CLASSROOM, ICU, need_fonts_for
from tests.printing.pdfread import (
    MM,
    char_sizes,
    fonts,
    logical_rtl,
    page_sizes,
    pypdf_text,
    visual_lines,
    words,
)


def because_words(because: str) -> str:
    """What the because-line prints after the lead word "because"."""
    text = words(because)
    return text.removeprefix("because ").strip()


def test_default_rules_follow_the_team_and_print_the_first_non_operational_proposal(team):
    rules = rules_from_team(team)
    assert [r.text for r in rules] == [
        "Everyone is invited to contribute",
        "Listen to others",
        "Give reasons",
    ]
    assert rules[0] == GroundRule("Everyone is invited to contribute")  # only held reasons: no because-line
    assert rules[1] == GroundRule("Listen to others", "So we can discuss many ideas", Dimension.DISCUSSIONAL)
    assert rules[2] == GroundRule("Give reasons")  # no rationale yet: no because-line, no badge


@pytest.mark.parametrize("layout", [Layout.SHEET, Layout.POSTER])
def test_every_rule_and_because_line_is_printed(layout):
    options = GroundRulesOptions(
        rules=CLASSROOM, layout=layout, team="Year 5, Hillside School", date=date(2025, 3, 14)
    )
    text = words(pypdf_text(render_ground_rules(options)))
    assert "our ground rules" in text and "year 5, hillside school" in text and "14 march 2025" in text
    for rule in CLASSROOM:
        assert words(rule.text) in text
        assert words(because_line(rule.because, "because").text) in text
    assert "because because" not in text
    assert "so we can discuss" in text and "how we treat each other" in text  # badges in plain words


def test_the_icu_sheet_fits_one_page_and_prints_everything():
    pdf = render_ground_rules(GroundRulesOptions(rules=ICU, title="Session ground rules", badges=False))
    assert len(page_sizes(pdf)) == 1
    text = words(pypdf_text(pdf))
    assert text.startswith("session ground rules")
    for rule in ICU:
        assert words(rule.text) in text
        assert because_words(rule.because) in text
    assert "it's the rule" not in text  # no badges asked for


@pytest.mark.parametrize(
    ("paper", "landscape", "size"),
    [
        (Paper.A4, False, A4),
        (Paper.A4, True, (A4[1], A4[0])),
        (Paper.A3, False, A3),
        (Paper.A3, True, (A3[1], A3[0])),
        (Paper.LETTER, False, LETTER),
        (Paper.LETTER, True, (LETTER[1], LETTER[0])),
    ],
)
@pytest.mark.parametrize("layout", [Layout.SHEET, Layout.POSTER])
def test_paper_size_and_orientation(paper, landscape, size, layout):
    rules = CLASSROOM[:3] if layout is Layout.POSTER else ICU
    pdf = render_ground_rules(
        GroundRulesOptions(rules=rules, paper=paper, landscape=landscape, layout=layout)
    )
    for width, height in page_sizes(pdf):
        assert width == pytest.approx(size[0], abs=0.01)
        assert height == pytest.approx(size[1], abs=0.01)
        assert (width > height) is landscape


def test_every_font_is_embedded_and_only_bundled_fonts_are_used():
    rules = (*CLASSROOM, GroundRule("نستمع إلى بعضنا", "لكي نتعلم"), GroundRule("נקשיב", "כדי ללמוד"))
    found = fonts(render_ground_rules(GroundRulesOptions(rules=rules)))
    assert found and all(f.embedded for f in found)
    families = {re.sub(r"^[A-Z]{6}\+", "", f.name.lstrip("/")) for f in found}
    assert families == {
        "NotoSans-Bold",
        "NotoSans-Regular",
        "NotoSansArabic-Bold",
        "NotoSansArabic-Regular",
        "NotoSansHebrew-Bold",
        "NotoSansHebrew-Regular",
    }


TEAMS_BY_SCRIPT = {
    "el": (GroundRule("Ακούμε ο ένας τον άλλον", "Για να μαθαίνουμε από τις ιδέες των άλλων"),),
    "ru": (GroundRule("Слушаем друг друга", "Чтобы обсуждать много идей"),),
    "ar": (GroundRule("نستمع إلى بعضنا (دائماً)", "لِكَيْ نَتَعَلَّمَ مِنْ أَفْكَارِ الآخَرِينَ"),),
    "he": (GroundRule("אנחנו מקשיבים [זה לזה]", "כדי שנוכל ללמוד"),),
    "fi": (GroundRule("Kuuntelemme toisiamme 🙂", "jotta opimme toisiltamme"),),
    "zh": (GroundRule("我们互相倾听", "这样我们可以互相学习"), GroundRule("每个人都有机会发言。", "")),
}


@pytest.mark.parametrize("language", sorted(TEAMS_BY_SCRIPT))
def test_each_script_prints_with_every_font_embedded(language):
    rules = TEAMS_BY_SCRIPT[language]
    need_fonts_for("".join(r.text + r.because for r in rules))
    pdf = render_ground_rules(GroundRulesOptions(rules=rules, team="Team"))
    found = fonts(pdf)
    assert found and all(f.embedded for f in found)


def test_chinese_and_emoji_extract_back_from_the_pdf():
    rules = (GroundRule("我们互相倾听", "这样我们可以互相学习"), GroundRule("Kuuntelemme toisiamme 🙂"))
    need_fonts_for("".join(r.text + r.because for r in rules))
    text = pypdf_text(render_ground_rules(GroundRulesOptions(rules=rules)))
    assert "我们互相倾听" in text and "这样我们可以互相学习" in text
    assert "Kuuntelemme toisiamme 🙂" in text


def test_greek_and_cyrillic_round_trip():
    rules = (
        GroundRule("Ακούμε ο ένας τον άλλον", "Για να μαθαίνουμε από τις ιδέες των άλλων"),
        GroundRule("Слушаем друг друга", "Чтобы обсуждать много идей"),
    )
    text = words(pypdf_text(render_ground_rules(GroundRulesOptions(rules=rules, title="Κανόνες · Правила"))))
    assert "κανόνες · правила" in text
    for rule in rules:
        assert words(rule.text) in text and because_words(rule.because) in text


def test_arabic_comes_back_in_logical_order_with_joined_letters():
    rule, because = "نستمع إلى بعضنا البعض", "لكي نتعلم من الآخرين"
    pdf = render_ground_rules(GroundRulesOptions(rules=(GroundRule(rule, because),), because_word=""))
    lines = visual_lines(pdf)
    logical = [logical_rtl(line) for line in lines]
    assert rule in logical and because in logical
    drawn = "".join(lines)
    assert any(0xFE70 <= ord(c) <= 0xFEFF for c in drawn), "letters were not shaped (joined)"
    assert "ﻻ" in drawn or "ﻼ" in drawn or "ﻵ" in drawn or "ﻶ" in drawn  # lam-alef ligature of الآخرين


def test_hebrew_comes_back_in_logical_order():
    rule, because = "נקשיב אחד לשני", "כדי שנלמד מנקודות המבט של אחרים"
    pdf = render_ground_rules(GroundRulesOptions(rules=(GroundRule(rule, because),), because_word=""))
    logical = [logical_rtl(line) for line in visual_lines(pdf)]
    assert "1 " + rule in logical  # the numbered disc stands at the right of a right-to-left page
    assert because in logical


def test_a_long_arabic_rule_wraps_with_its_start_on_the_first_line():
    rule = "الجميع مدعوون للمشاركة في النقاش داخل الصف مهما كانت أفكارهم بسيطة أو معقدة أو جديدة علينا"
    pdf = render_ground_rules(
        GroundRulesOptions(rules=(GroundRule(rule),), layout=Layout.POSTER, title="قواعدنا")
    )
    logical = [
        logical_rtl(line) for line in visual_lines(pdf) if any("\u0600" <= c <= "\ufeff" for c in line)
    ]
    body = [line for line in logical if line != "قواعدنا"]
    assert len(body) >= 2
    assert " ".join(body) == rule
    assert body[0].startswith("الجميع")


def test_a_two_thousand_character_rule_continues_over_poster_pages():
    long_rule = GroundRule(("We listen carefully to every idea in the room " * 50)[:2000])
    pdf = render_ground_rules(GroundRulesOptions(rules=(long_rule,), layout=Layout.POSTER))
    assert len(page_sizes(pdf)) > 2
    text = words(pypdf_text(pdf))
    assert text.count("we listen carefully to") == long_rule.text.count("We listen carefully to")
    assert min(size for _, size, *_ in char_sizes(pdf) if size > 30) >= POSTER_RULE_PT[Paper.A4] - 0.01


def test_a_two_thousand_character_rule_on_a_sheet_is_wrapped_and_legible():
    long_text = ("We listen carefully to every idea in the room " * 50)[:2000].strip()
    pdf = render_ground_rules(GroundRulesOptions(rules=(GroundRule(long_text, "So nobody is left out"),)))
    text = words(pypdf_text(pdf))
    assert text.count("we listen carefully to") == long_text.count("We listen carefully to")
    sizes = [size for _, size, *_ in char_sizes(pdf)]
    body = [s for s in sizes if s > 9]  # the badge is the only small text
    assert min(body) >= 11.5 * 0.8 - 0.01  # because-lines are 0.8 of a rule


def test_a_full_sheet_shrinks_evenly_then_continues_on_more_pages_without_overflow():
    rules = tuple(
        GroundRule(
            f"Rule {n}: we take turns, listen to the whole idea, and ask before we disagree with it",
            "So every voice in the room is heard and built on, not just the loudest or the quickest one",
            Dimension.DISCUSSIONAL,
        )
        for n in range(1, 21)
    )
    pdf = render_ground_rules(GroundRulesOptions(rules=rules, team="Maths"))
    pages = page_sizes(pdf)
    assert len(pages) >= 2
    text = words(pypdf_text(pdf))
    for n in range(1, 21):
        assert f"rule {n}: we take turns" in text
    assert f"page 2 of {len(pages)}" in text
    width, height = pages[0]
    margin = 20 * MM
    rule_sizes = set()
    for char, size, x0, x1, top, bottom in char_sizes(pdf):
        assert x0 >= margin - 0.5 and x1 <= width - margin + 0.5, char
        assert top >= 0 and bottom <= height
        if char == "R":
            rule_sizes.add(round(size, 2))
    assert len(rule_sizes) == 1  # one size for every rule on every page
    assert rule_sizes.pop() >= 11.5


def test_landscape_sheet_uses_two_columns_inside_the_margins():
    pdf = render_ground_rules(GroundRulesOptions(rules=ICU, landscape=True))
    ((width, height),) = page_sizes(pdf)
    margin = 20 * MM
    chars = char_sizes(pdf)
    assert all(margin - 0.5 <= x0 and x1 <= width - margin + 0.5 for _, _, x0, x1, _, _ in chars)
    assert all(margin - 0.5 <= top and bottom <= height - margin + 0.5 for *_, top, bottom in chars)
    rule_sizes = {size for _, size, *_ in chars if size > 12}
    lefts = [x0 for _, size, x0, *_ in chars if size == min(rule_sizes)]
    assert min(lefts) < width / 2 < max(lefts)  # rules in both columns


def test_poster_type_is_large_and_a_function_of_the_paper():
    pdf = render_ground_rules(GroundRulesOptions(rules=CLASSROOM, layout=Layout.POSTER))
    largest = max(size for _, size, *_ in char_sizes(pdf))
    assert largest > POSTER_RULE_PT[Paper.A4] >= 36
    a3 = render_ground_rules(GroundRulesOptions(rules=CLASSROOM, layout=Layout.POSTER, paper=Paper.A3))
    assert max(size for _, size, *_ in char_sizes(a3)) > largest * 1.3
    one = render_ground_rules(GroundRulesOptions(rules=CLASSROOM[:1], layout=Layout.POSTER))
    assert max(size for _, size, *_ in char_sizes(one)) == largest  # not bigger for fewer rules


def test_unprintable_characters_are_reported_before_anything_is_made(without_fallback_fonts):
    options = GroundRulesOptions(rules=(*CLASSROOM, GroundRule("互相倾听", "因为我们可以学习")))
    with pytest.raises(UnprintableTextError) as caught:
        render_ground_rules(options)
    assert str(caught.value).startswith(
        "rule 6 has characters no font on this computer can print: 互 (U+4E92)"
    )
    with pytest.raises(UnprintableTextError, match="the title"):
        render_ground_rules(replace(options, rules=CLASSROOM, title="我们的规则"))


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (GroundRulesOptions(), "there are no rules to print"),
        (GroundRulesOptions(rules=(GroundRule("  "),)), "rule 1 has no wording"),
        (GroundRulesOptions(rules=(GroundRule("x"),) * 21), "a sheet holds at most 20 rules; you chose 21"),
    ],
)
def test_bad_options_are_one_line_validation_errors(options, message):
    with pytest.raises(ValidationError, match=message):
        render_ground_rules(options)


def test_same_options_give_the_same_bytes():
    options = GroundRulesOptions(rules=CLASSROOM, date=date(2025, 1, 2))
    assert render_ground_rules(options) == render_ground_rules(options)
