"""The team report's headings and furniture in the team's language (all ten catalogue languages)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from normlab.cli import main
from normlab.domain import Outcome, Team
from normlab.printing.catalogue import catalogue
from normlab.printing.flowables import Para
from normlab.printing.furniture import CONTEXT, furniture
from normlab.printing.report import FURNITURE, ReportOptions, _story, render_report
from normlab.services import agreements, meetings
from normlab.services.library import copy_starter_set
from normlab.services.workspace import Workspace
from tests.printing.conftest import need_fonts_for
from tests.printing.pdfread import pypdf_text, words

LANGUAGES = ("de", "fr", "es", "fi", "el", "ru", "ar", "he", "zh")
HEADINGS = ("Team profile", "Norms", "Voices", "Sessions and decisions")
SAME_IN_SOME_LANGUAGES = {"%1: %2", "“%1”", "Interpersonal"}
"""Furniture a language may rightly write as English does (Spanish says “Interpersonal” too)."""


def test_every_report_word_is_translated_in_every_catalogue():
    for language in LANGUAGES:
        messages = catalogue(language).messages
        for source in FURNITURE:
            translated = messages.get((CONTEXT, source))
            assert translated, (language, source)
            assert translated.count("%") == source.count("%"), (language, source)
            for n in range(1, source.count("%") + 1):
                assert f"%{n}" in translated, (language, source)
            assert translated != source or source in SAME_IN_SOME_LANGUAGES, (language, source)


@pytest.fixture(scope="module")
def team(tmp_path_factory: pytest.TempPathFactory) -> Team:
    """A classroom team after a meeting: a reworded norm, an agreed reason, review dates, voices."""
    ws = Workspace.open(f"sqlite:///{tmp_path_factory.mktemp('report') / 'db.sqlite3'}")
    try:
        team_id = copy_starter_set(ws, "classroom-dialogic-talk", "Year 5")
        first = ws.team(team_id).norms[0]
        ws.reword_norm(first.id, first.text + " and each other")
        agreements.agree(ws, first.rationales[-1].id, on=date(2026, 3, 2))
        agreements.set_review_by(ws, first.id, date(2026, 9, 1))
        ws.add_norm(team_id, "Hands up to speak")
        session = meetings.start_session(ws, team_id, date(2026, 3, 2), attendance=9, roles="teachers")
        meetings.decide(ws, session, first.id, Outcome.REVISE, note="for a term")
        meetings.end_session(ws, session)
        return ws.team(team_id)
    finally:
        ws.close()


def story_text(team: Team, language: str) -> str:
    story = _story(team, ReportOptions(language=language, date=date(2026, 3, 14)), None)
    return "\n".join(p.text.source for p in story if isinstance(p, Para))


def spaced(text: str) -> str:
    """As printed: no-break spaces (French before a colon, Russian dates) set as spaces."""
    return " ".join(text.split())


@pytest.mark.parametrize("language", ("en", *LANGUAGES))
def test_the_report_speaks_the_language_it_is_printed_in(team: Team, language: str):
    """Checked on the laid-out paragraphs, so right-to-left and CJK text need no text extraction."""

    def words_of(source: str, *values: object) -> str:
        return spaced(furniture(language)(source, *values))

    day = furniture(language).date
    text = story_text(team, language)
    assert words_of("Team report: %1", "Year 5") in text
    for heading in HEADINGS:
        assert f"\n{words_of(heading)}\n" in text, heading
        if language != "en":
            assert f"\n{heading}\n" not in text, heading
    assert words_of("Review by %1", day(date(2026, 9, 1))) in text
    assert words_of("Next review %1", day(date(2026, 3, 2))) not in text  # none was set
    assert words_of(Outcome.REVISE.label) in text and words_of("%1 present", 9) in text
    assert words_of("To (agreed): %1", "").rstrip() in text
    for english in ("From (held)", "Earlier wordings", "Checks:", "Not examined yet", "(no role given)"):
        if language != "en":
            assert english not in text, english


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("de", ("teambericht: year 5", "teamprofil", "normen", "stimmen", "sitzungen und beschlüsse")),
        ("fr", ("rapport d’équipe : year 5", "profil de l’équipe", "voix", "réunions et décisions")),
        ("ru", ("отчёт команды: year 5", "профиль команды", "голоса", "встречи и решения")),
        ("el", ("αναφορά ομάδας: year 5", "προφίλ ομάδας", "φωνές", "συναντήσεις και αποφάσεις")),
        ("fi", ("tiimin raportti: year 5", "tiimin profiili", "kokoukset ja päätökset")),
        ("es", ("informe del equipo: year 5", "perfil del equipo", "voces", "sesiones y decisiones")),
    ],
)
def test_the_printed_report_reads_in_the_language(team: Team, language: str, expected: tuple[str, ...]):
    text = words(pypdf_text(render_report(team, ReportOptions(language=language, date=date(2026, 3, 14)))))
    for phrase in expected:
        assert phrase in text.replace("\u00a0", " "), phrase
    assert "team profile" not in text and "voices" not in text


def test_a_chinese_report_prints_its_headings():
    need_fonts_for("团队报告概况规范各方声音会议与决定")
    ws_team = Team(1, "五年级", "", datetime(2026, 1, 1))
    text = pypdf_text(render_report(ws_team, ReportOptions(language="zh", date=date(2026, 3, 14))))
    assert "团队报告：五年级" in text and "团队概况" in text and "2026年3月14日" in text


def test_print_report_takes_the_language_from_the_command_line(tmp_path: Path):
    db = str(tmp_path / "w.sqlite3")
    assert main(["--database", db, "library", "copy", "classroom-dialogic-talk", "--team", "5B"]) == 0
    out = tmp_path / "bericht.pdf"
    assert main(["--database", db, "print", "report", "5B", "-o", str(out), "--language", "de"]) == 0
    text = words(pypdf_text(out.read_bytes()))
    assert "teambericht: 5b" in text and "teamprofil" in text and "seite 1 von" in text
