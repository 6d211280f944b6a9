"""Printed agreement: the reason that prints, the lead word, posters for distance, one rule per
page, the check before printing, the pre-brief card and the team report."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pdfplumber
import pytest

from normlab.cli import main
from normlab.domain.because import BecauseChoice, PrintCheck, print_warnings, reasons_to_print
from normlab.domain.model import Dimension, Norm, Stance
from normlab.printing.ground_rules import (
    GroundRule,
    GroundRulesOptions,
    Layout,
    lay_out,
    render_ground_rules,
    rule_for,
    rules_from_team,
)
from normlab.printing.lead_word import because_line
from normlab.printing.paper import Paper
from normlab.printing.prebrief import PreBriefOptions, render_pre_brief
from normlab.printing.report import render_report
from normlab.printing.rule_layout import TextItem
from normlab.services.agreements import agree, set_review_by
from normlab.services.library import copy_starter_set
from normlab.services.workspace import Workspace
from tests.printing.conftest import NOW
from tests.printing.pdfread import MM, page_sizes, pypdf_text, words

STARTERS = ("classroom-dialogic-talk", "icu-teaching-session", "coaching-working-agreements")


def norm_with(*reasons: tuple[str, Dimension, Stance, date | None, int | None]) -> Norm:
    from normlab.domain.model import Rationale, Status

    rationales = tuple(
        Rationale(i + 1, 1, text, dimension, stance, "", i, agreed_on, order)
        for i, (text, dimension, stance, agreed_on, order) in enumerate(reasons)
    )
    return Norm(1, 1, "Listen to others", "", "", Status.CURRENT, 0, NOW, NOW, rationales)


H, P = Stance.HELD, Stance.PROPOSED
OP, IP, DI, ID = Dimension.OPERATIONAL, Dimension.INTERPERSONAL, Dimension.DISCUSSIONAL, Dimension.IDEATIONAL


# --- which reason prints ------------------------------------------------------------------------------


def test_the_agreed_reasons_print_in_their_order_not_the_first_proposal():
    norm = norm_with(
        ("It's good behaviour", OP, H, None, None),
        ("So we can discuss", DI, P, None, None),
        ("They listened to you", IP, H, date(2025, 3, 14), 2),
        ("So we learn from others", ID, P, date(2025, 3, 14), 1),
    )
    assert [r.text for r in reasons_to_print(norm)] == ["So we learn from others", "They listened to you"]
    assert [r.text for r in reasons_to_print(norm, BecauseChoice.PROPOSED)] == ["So we can discuss"]
    assert reasons_to_print(norm, BecauseChoice.NONE) == ()
    rule = rule_for(norm)
    assert (rule.because, rule.also, rule.agreed_on) == (
        "So we learn from others",
        "They listened to you",
        date(2025, 3, 14),
    )


def test_without_agreement_the_first_non_operational_proposal_prints_else_nothing():
    assert [
        r.text
        for r in reasons_to_print(
            norm_with(("It's the rule", OP, P, None, None), ("Fair", IP, P, None, None))
        )
    ] == ["Fair"]
    assert (
        reasons_to_print(norm_with(("It's the rule", OP, P, None, None), ("Quiet", OP, H, None, None))) == ()
    )


def test_print_warnings_name_each_check_in_plain_words():
    unexamined = norm_with()
    operational = norm_with(("It's the rule", OP, H, None, None))
    agreed = norm_with(("So we learn", ID, P, date(2025, 1, 1), 1))
    found = print_warnings([unexamined, operational, agreed], numbers=[1, 4, 5])
    assert [(w.number, w.check) for w in found] == [
        (1, PrintCheck.UNEXAMINED),
        (1, PrintCheck.NOT_AGREED),
        (4, PrintCheck.OPERATIONAL_ONLY),
        (4, PrintCheck.NOT_AGREED),
    ]
    assert found[0].line() == "rule 1 “Listen to others”: not examined yet: nobody has given a reason for it"


# --- the lead word ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("reason", "word", "language", "printed"),
    [
        ("So we can learn", "because", "en", "so we can learn"),
        ("Because disagreeing helps", "because", "en", "because disagreeing helps"),
        ("To build the skill", "because", "en", "to build the skill"),
        ("In order to learn", "because", "en", "in order to learn"),
        ("It helps us think", "because", "en", "because it helps us think"),
        ("ICU teams learn", "because", "en", "because ICU teams learn"),
        ("Fehler gehören zum Lernen", "weil", "de", "weil Fehler gehören zum Lernen"),
        ("Wir lernen voneinander", "weil", "de", "weil wir lernen voneinander"),
        ("Damit wir lernen", "weil", "de", "damit wir lernen"),
        ("on apprend ensemble", "parce que", "fr", "parce qu’on apprend ensemble"),
        ("我们可以学习", "因为", "zh", "因为我们可以学习"),
        ("为了互相学习", "因为", "zh", "为了互相学习"),
    ],
)
def test_because_is_joined_grammatically(reason, word, language, printed):
    assert because_line(reason, word, language).text == printed


@pytest.mark.parametrize("starter", STARTERS)
def test_no_starter_set_prints_a_doubled_or_garbled_because(ws: Workspace, starter: str):
    copy_starter_set(ws, starter, "T")
    team = ws.team_by_name("T")
    for choice in (BecauseChoice.AGREED, BecauseChoice.PROPOSED):
        rules = rules_from_team(team, choice)
        text = words(pypdf_text(render_ground_rules(GroundRulesOptions(rules=rules[:20]))))
        for garbled in ("because so", "because because", "because to ", "because in order"):
            assert garbled not in text


# --- posters for distance ----------------------------------------------------------------------------


def sizes_of(options: GroundRulesOptions, kind: str = "rule") -> list[float]:
    """The type size of every rule line, read from the layout (no rendering)."""
    laid = lay_out(options)
    rule_texts = {" ".join(r.text.split()) for r in options.rules}
    return [
        item.size
        for page in laid.pages
        for item in page.items
        if isinstance(item, TextItem) and item.text.source in rule_texts
    ]


@pytest.mark.parametrize("starter", STARTERS)
def test_an_a4_poster_of_each_starter_set_prints_every_rule_at_36_pt_or_more(ws: Workspace, starter: str):
    copy_starter_set(ws, starter, "T")
    rules = rules_from_team(ws.team_by_name("T"))
    options = GroundRulesOptions(rules=rules, layout=Layout.POSTER)
    pdf = render_ground_rules(options)
    text = words(pypdf_text(pdf))
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        chars = [c for page in doc.pages for c in page.chars]
    for rule in rules:
        assert words(rule.text) in text
    rule_letters = {c for r in rules for c in r.text if c.isalpha()}
    biggest = max(c["size"] for c in chars)
    assert all(c["size"] >= 36 for c in chars if c["size"] >= 30 and c["text"] in rule_letters)
    assert min(sizes_of(options)) >= 36 and biggest > 36  # the title is larger than any rule
    assert len(page_sizes(pdf)) > 1 or len(rules) <= 3
    assert f"page 1 of {len(page_sizes(pdf))}" in text or len(page_sizes(pdf)) == 1


def test_an_a3_landscape_poster_of_six_rules_is_48_pt_in_two_columns(ws: Workspace):
    copy_starter_set(ws, "classroom-dialogic-talk", "T")
    rules = rules_from_team(ws.team_by_name("T"))[:6]
    options = GroundRulesOptions(rules=rules, layout=Layout.POSTER, paper=Paper.A3, landscape=True)
    assert min(sizes_of(options)) >= 48
    laid = lay_out(options)
    width = page_sizes(render_ground_rules(options))[0][0]
    lefts = {
        round(item.x)
        for page in laid.pages
        for item in page.items
        if isinstance(item, TextItem) and item.size >= 48
    }
    assert min(lefts) < width / 2 < max(lefts)  # rules in both columns


def test_poster_because_lines_badges_and_title_are_sized_for_distance():
    rules = (GroundRule("Listen to each other", "So we learn from others", Dimension.IDEATIONAL),)
    laid = lay_out(GroundRulesOptions(rules=rules, layout=Layout.POSTER))
    items = [i for i in laid.pages[0].items if isinstance(i, TextItem)]
    rule_size = max(i.size for i in items if i.line.text == "Listen to each other")
    because_size = max(i.size for i in items if "learn" in i.line.text)
    title_size = max(i.size for i in items if "ground rules" in i.line.text.lower())
    assert because_size >= rule_size * 0.6 and title_size > rule_size
    from normlab.printing.rule_layout import BadgeItem

    badges = [i for i in laid.pages[0].items if isinstance(i, BadgeItem)]
    assert badges and all(b.size >= 14 for b in badges)
    assert badges[0].text.source == "so we learn from ideas"  # the codebook in plain words


def test_one_per_page_makes_a_page_per_rule_at_72_pt_or_more():
    rules = tuple(
        GroundRule(f"Rule number {n} for us all", "So we can learn", Dimension.IDEATIONAL) for n in range(5)
    )
    options = GroundRulesOptions(rules=rules, layout=Layout.ONE_PER_PAGE, landscape=True)
    pdf = render_ground_rules(options)
    assert len(page_sizes(pdf)) == 5
    assert min(sizes_of(options)) >= 72
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        for number, page in enumerate(doc.pages):
            assert f"rule number {number} for us all" in words(page.extract_text())


def test_agreed_on_and_review_by_print_with_their_dates():
    rules = (
        GroundRule(
            "Listen",
            "So we learn",
            Dimension.IDEATIONAL,
            agreed_on=date(2025, 3, 14),
            review_by=date(2025, 9, 30),
        ),
    )
    for layout in (Layout.SHEET, Layout.POSTER):
        text = words(pypdf_text(render_ground_rules(GroundRulesOptions(rules=rules, layout=layout))))
        assert "agreed on 14 march 2025" in text and "review by 30 september 2025" in text


def test_signatures_strip():
    rules = (GroundRule("Listen", "So we learn", Dimension.IDEATIONAL),)
    text = words(pypdf_text(render_ground_rules(GroundRulesOptions(rules=rules, signatures=True))))
    assert "signatures" in text


def test_every_item_of_a_layout_is_inside_the_page():
    rules = tuple(
        GroundRule(
            f"Rule {n}: we take turns and listen to the whole idea",
            "So every voice is heard",
            Dimension.DISCUSSIONAL,
        )
        for n in range(20)
    )
    for layout, landscape in (
        (Layout.SHEET, False),
        (Layout.SHEET, True),
        (Layout.POSTER, False),
        (Layout.POSTER, True),
    ):
        options = GroundRulesOptions(rules=rules, layout=layout, landscape=landscape)
        laid = lay_out(options)
        width, height = page_sizes(render_ground_rules(options))[0]
        for page in laid.pages:
            for item in page.items:
                if isinstance(item, TextItem):
                    assert item.x >= 0 and item.x + item.size * 0.1 <= width
                    assert 0 <= item.baseline <= height


# --- the command line: check before print, --strict, --setting, pre-brief, report ------------------


@pytest.fixture
def classroom(tmp_path: Path) -> str:
    db = str(tmp_path / "w.sqlite3")
    assert main(["--database", db, "library", "copy", "classroom-dialogic-talk", "--team", "5B"]) == 0
    return db


def test_check_before_print_names_rules_on_stderr_and_strict_refuses(classroom: str, tmp_path: Path, capsys):
    ws = Workspace.open(f"sqlite:///{classroom}")
    try:
        team = ws.team_by_name("5B")
        ws.add_norm(team.id, "Hands up to speak")  # unexamined
        norms = sorted(ws.team_by_name("5B").norms, key=lambda n: n.position)
        first = norms[0]
        held_only = next(n for n in norms if all(r.dimension is OP for r in n.rationales if r.stance is H))
    finally:
        ws.close()
    out = tmp_path / "rules.pdf"
    argv = ["--database", classroom, "print", "ground-rules", "5B", "-o", str(out)]
    assert main(argv) == 0
    err = capsys.readouterr().err
    assert "“Hands up to speak”: not examined yet" in err
    assert "prints without a reason the team agreed" in err
    assert out.exists()
    out.unlink()
    assert main([*argv, "--strict"]) == 3
    assert "nothing was written" in capsys.readouterr().err
    assert not out.exists()
    del first, held_only


def test_the_agreed_reason_prints_from_the_database(classroom: str, tmp_path: Path, capsys):
    ws = Workspace.open(f"sqlite:///{classroom}")
    try:
        norm = sorted(ws.team_by_name("5B").norms, key=lambda n: n.position)[0]
        chosen = sorted(norm.rationales, key=lambda r: r.position)[-1]
        agree(ws, chosen.id, on=date(2025, 3, 14))
        set_review_by(ws, norm.id, date(2025, 9, 30))
    finally:
        ws.close()
    out = tmp_path / "rules.pdf"
    assert main(["--database", classroom, "print", "ground-rules", "5B", "-o", str(out), "--rules", "1"]) == 0
    text = words(pypdf_text(out.read_bytes()))
    assert words(chosen.text.split(" ", 1)[1]) in text
    assert "agreed on 14 march 2025" in text and "review by 30 september 2025" in text


def test_setting_one_per_page_and_the_page_count(tmp_path: Path, capsys):
    db = str(tmp_path / "w.sqlite3")
    assert main(["--database", db, "library", "copy", "icu-teaching-session", "--team", "ICU"]) == 0
    out = tmp_path / "line.pdf"
    argv = ["--database", db, "print", "ground-rules", "ICU", "-o", str(out), "--setting", "teaching session"]
    assert main([*argv, "--layout", "one-per-page", "--landscape"]) == 0
    said = capsys.readouterr().out
    pages = len(page_sizes(out.read_bytes()))
    assert f"on {pages} pages" in said and pages >= 2
    assert main([*argv[:-1], "no such setting"]) == 1
    assert "has no rules in the setting" in capsys.readouterr().err


def test_pre_brief_on_an_icu_team_is_an_a5_card_with_its_teaching_session_rules(tmp_path: Path):
    db = str(tmp_path / "w.sqlite3")
    assert main(["--database", db, "library", "copy", "icu-teaching-session", "--team", "ICU"]) == 0
    out = tmp_path / "card.pdf"
    assert (
        main(["--database", db, "print", "pre-brief", "ICU", "-o", str(out), "--pause-word", "Time out"]) == 0
    )
    pdf = out.read_bytes()
    ((width, height),) = page_sizes(pdf)
    assert (width, height) == pytest.approx((148 * MM, 210 * MM), abs=0.5)
    ws = Workspace.open(f"sqlite:///{db}")
    try:
        norms = ws.team_by_name("ICU").norms
    finally:
        ws.close()
    text = words(pypdf_text(pdf))
    assert "before we start" in text and "objectives" in text and "time out" in text
    for norm in norms:
        assert (words(norm.text) in text) == (norm.setting == "teaching session")
    slide = render_pre_brief(PreBriefOptions(slide=True, rules=(GroundRule("Ask when unsure"),)))
    ((w, h),) = page_sizes(slide)
    assert w / h == pytest.approx(16 / 9, abs=0.01)


def test_the_report_has_every_norm_the_voices_and_the_checks(tmp_path: Path):
    db = str(tmp_path / "w.sqlite3")
    assert main(["--database", db, "library", "copy", "classroom-dialogic-talk", "--team", "5B"]) == 0
    out = tmp_path / "report.pdf"
    assert main(["--database", db, "print", "report", "5B", "-o", str(out)]) == 0
    ws = Workspace.open(f"sqlite:///{db}")
    try:
        team = ws.team_by_name("5B")
    finally:
        ws.close()
    text = words(pypdf_text(out.read_bytes()))
    for norm in team.norms:
        assert words(norm.text) in text
    assert "voices" in text and "checks:" in text and "team profile" in text
    voices = {r.voice for n in team.norms for r in n.rationales if r.voice}
    assert all(words(v) in text for v in voices)
    assert render_report(team)  # straight from the domain, no command line
