"""The Print centre's pre-brief card and team report pages, and the team's pre-brief statement:
kept where the card is previewed, undone in the main window, never overwriting someone else's.

Every test touches the PDF preview, so each has a timeout (see test_print_centre)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize
from PySide6.QtWidgets import QApplication, QFileDialog, QTabBar

from normlab.domain import Prebrief
from normlab.printing.paper import MM, Paper
from normlab.services.library import copy_starter_set
from normlab.services.prebrief import set_prebrief
from normlab.services.workspace import Workspace
from normlab.ui.printing.print_centre import PrintCentre
from normlab.ui.shell.main_window import MainWindow
from tests.printing.pdfread import page_sizes, pypdf_text, words
from tests.ui.conftest import Dialogs, WindowFactory

pytestmark = pytest.mark.timeout(90)

TEAM = "ICU teaching, St Elsewhere"
BASIC_ASSUMPTION = (
    "We believe that everyone participating in activities at the Center for Medical Simulation is "
    "intelligent, capable, cares about doing their best, and wants to improve."
)
SOURCE = "Center for Medical Simulation, Boston, Massachusetts"


@pytest.fixture
def url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'db.sqlite3'}"


@pytest.fixture
def workspace(url: str) -> Iterator[Workspace]:
    ws = Workspace.open(url)
    yield ws
    ws.close()


@pytest.fixture
def team_id(workspace: Workspace) -> int:
    return copy_starter_set(workspace, "icu-teaching-session", TEAM)


def open_centre(qtbot: Any, workspace: Workspace, team_id: int, page: str, size=(1280, 800)) -> PrintCentre:
    dialog = PrintCentre(workspace, team_id)
    qtbot.addWidget(dialog)
    dialog.resize(*size)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.show_page(page)
    settle(qtbot, dialog)
    return dialog


@pytest.fixture
def card(qtbot: Any, styled: QApplication, workspace: Workspace, team_id: int) -> PrintCentre:
    return open_centre(qtbot, workspace, team_id, "pre-brief")


def settle(qtbot: Any, dialog: PrintCentre) -> None:
    qtbot.waitUntil(dialog.preview_is_current, timeout=8000)


def text_of(dialog: PrintCentre) -> str:
    pdf = dialog.pdf()
    assert pdf is not None, dialog.banner.message()
    return words(pypdf_text(pdf))


def leave(qtbot: Any, dialog: PrintCentre) -> None:
    """Click away from the statement field, as a person does when done typing."""
    dialog.activateWindow()
    dialog.prebrief_panel.statement.text.setFocus()
    qtbot.waitUntil(dialog.prebrief_panel.statement.text.hasFocus, timeout=2000)
    dialog.prebrief_panel.pause_word.setFocus(Qt.FocusReason.TabFocusReason)


# --- the pre-brief card page ------------------------------------------------------------------------


def test_the_card_lists_the_session_rules_with_normlabs_wording(card: PrintCentre, workspace: Workspace):
    panel = card.prebrief_panel
    assert panel.setting.currentData() == "teaching session"
    text = text_of(card)
    for norm in workspace.team(card.team_id).norms:
        assert (words(norm.text) in text) == (norm.setting == "teaching session"), norm.text
    assert "everyone here is capable and wants to learn" in text and "before we start" in text
    assert card.info.text() == "1 page · A5 card (148 × 210 mm) · 4 rules"
    ((width, height),) = page_sizes(card.pdf() or b"")
    assert (width, height) == pytest.approx((148 * MM, 210 * MM), abs=0.5)
    assert card.default_file_name() == f"Pre-brief – {TEAM}.pdf"
    assert card.checks.isHidden()


def test_card_options_reach_the_pdf(card: PrintCentre, qtbot: Any):
    panel = card.prebrief_panel
    panel.objectives.setPlainText("Recognise a failing airway\n\nCall for help early")
    panel.pause_word.setText("Time out")
    panel.card.setCurrentIndex(panel.card.findData("A6"))
    settle(qtbot, card)
    text = text_of(card)
    assert "recognise a failing airway" in text and "call for help early" in text and "time out" in text
    ((width, height),) = page_sizes(card.pdf() or b"")
    assert (width, height) == pytest.approx((105 * MM, 148 * MM), abs=0.5)
    printer = card.printer_for_preview()
    assert printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.A6

    panel.setting.setCurrentIndex(panel.setting.count() - 1)  # every current rule
    panel.card.setCurrentIndex(panel.card.findData("slide"))
    settle(qtbot, card)
    ((width, height),) = page_sizes(card.pdf() or b"")
    assert width / height == pytest.approx(16 / 9, abs=0.01)
    assert "16:9 slide" in card.info.text() and "8 rules" in card.info.text()
    assert card.default_file_name() == f"Pre-brief slide – {TEAM}.pdf"
    printer = card.printer_for_preview()
    assert printer.pageLayout().orientation() == QPageLayout.Orientation.Landscape

    panel.language.setCurrentIndex(panel.language.findData("de"))
    settle(qtbot, card)
    assert "bevor wir beginnen" in text_of(card) and "alle hier sind fähig" in text_of(card)
    assert panel.statement.text.placeholderText().startswith("Alle hier sind fähig")


def test_save_pdf_writes_the_card(card: PrintCentre, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    asked: list[str] = []

    def save_as(_parent: Any, _title: str, start: str, _filter: str) -> tuple[str, str]:
        asked.append(start)
        return str(tmp_path / "card"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    saved = card.save()
    assert saved == tmp_path / "card.pdf" and Path(asked[0]).name == f"Pre-brief – {TEAM}.pdf"
    assert saved.read_bytes() == card.pdf()


def test_a_statement_too_long_is_named_and_not_printed(card: PrintCentre, qtbot: Any):
    card.prebrief_panel.statement.text.setPlainText("x " * 600)
    settle(qtbot, card)
    assert "at most 1,000" in card.banner.message() and not card.save_button.isEnabled()
    assert not card.prebrief_panel.statement.keep.isEnabled()


# --- the team's statement -------------------------------------------------------------------------


def test_a_pasted_statement_prints_and_is_kept_for_the_team(
    card: PrintCentre, qtbot: Any, workspace: Workspace
):
    box = card.prebrief_panel.statement
    assert "normlab's own wording" in box.state.text() and not box.use_default.isEnabled()
    box.text.setPlainText(BASIC_ASSUMPTION)
    box.attribution.setText(SOURCE)
    settle(qtbot, card)
    text = text_of(card)
    assert words(BASIC_ASSUMPTION) in text and words(SOURCE) in text
    assert "everyone here is capable" not in text
    assert box.keep.isEnabled() and "Prints as typed" in box.state.text()
    assert workspace.team(card.team_id).prebrief == Prebrief()  # not kept before leaving the field

    leave(qtbot, card)
    assert workspace.team(card.team_id).prebrief == Prebrief(BASIC_ASSUMPTION, SOURCE)
    assert "Kept for this team" in box.state.text() and not box.keep.isEnabled()
    assert "Kept the pre-brief statement" in card.status.text()

    box.use_default.click()
    assert workspace.team(card.team_id).prebrief == Prebrief()
    settle(qtbot, card)
    assert "everyone here is capable" in text_of(card)


def test_closing_keeps_what_was_typed(qtbot: Any, styled: QApplication, workspace: Workspace, team_id: int):
    dialog = open_centre(qtbot, workspace, team_id, "pre-brief")
    dialog.prebrief_panel.statement.text.setPlainText("Everyone here wants the patient to do well.")
    dialog.reject()
    assert workspace.team(team_id).prebrief.statement == "Everyone here wants the patient to do well."
    again = open_centre(qtbot, workspace, team_id, "pre-brief")
    assert again.prebrief_panel.statement.text.toPlainText() == "Everyone here wants the patient to do well."
    assert "everyone here wants the patient to do well" in text_of(again)


def test_someone_elses_statement_is_not_overwritten(
    card: PrintCentre, qtbot: Any, workspace: Workspace, url: str, dialogs: Dialogs
):
    other = Workspace.open(url)
    try:
        set_prebrief(other, card.team_id, Prebrief("Theirs"))
    finally:
        other.close()
    box = card.prebrief_panel.statement
    box.text.setPlainText("Mine")
    box.keep.click()
    assert workspace.team(card.team_id).prebrief == Prebrief("Theirs")
    ((_kind, _title, message),) = dialogs.errors()
    assert "The pre-brief statement was not kept" in message and "Someone else changed" in message
    assert box.text.toPlainText() == "Mine" and "Not kept" in box.state.text()
    settle(qtbot, card)
    assert "mine" in text_of(card)  # the typed words still print
    card.reject()  # closing does not overwrite theirs behind the person's back
    assert workspace.team(card.team_id).prebrief == Prebrief("Theirs")

    again = open_centre(qtbot, workspace, card.team_id, "pre-brief")
    again.prebrief_panel.statement.text.setPlainText("Mine after all")
    again.prebrief_panel.statement.keep.click()  # knowing theirs: Keep replaces it
    assert workspace.team(card.team_id).prebrief == Prebrief("Mine after all")


def test_refused_then_keep_replaces_theirs_knowingly(
    card: PrintCentre, workspace: Workspace, url: str, dialogs: Dialogs
):
    other = Workspace.open(url)
    try:
        set_prebrief(other, card.team_id, Prebrief("Theirs"))
    finally:
        other.close()
    box = card.prebrief_panel.statement
    box.text.setPlainText("Mine")
    box.keep.click()
    assert workspace.team(card.team_id).prebrief == Prebrief("Theirs") and box.stored == Prebrief("Theirs")
    box.keep.click()  # the second press, after the message, replaces theirs
    assert workspace.team(card.team_id).prebrief == Prebrief("Mine")
    assert len(dialogs.errors()) == 1


# --- undo in the main window ----------------------------------------------------------------------


def test_the_team_menu_opens_the_card_and_edit_undo_takes_the_statement_back(
    open_window: WindowFactory, url: str, team_id: int, qtbot: Any
):
    window: MainWindow = open_window(url)
    team = next(t for t in window.editor.ws.teams() if t.id == team_id)
    window.sidebar.select_team(team.id)
    window.menu_actions.pre_brief.trigger()
    dialog = window.findChild(PrintCentre)
    assert dialog is not None and dialog.isVisible() and dialog.current_panel() is dialog.prebrief_panel
    settle(qtbot, dialog)
    dialog.prebrief_panel.statement.text.setPlainText(BASIC_ASSUMPTION)
    dialog.prebrief_panel.statement.attribution.setText(SOURCE)
    dialog.close()
    ws = window.editor.ws
    assert ws.team(team_id).prebrief == Prebrief(BASIC_ASSUMPTION, SOURCE)
    assert window.editor.stack.undoText() == f"Edit the pre-brief statement of “{TEAM}”"
    window.menu_actions.undo.trigger()
    assert ws.team(team_id).prebrief == Prebrief()
    window.menu_actions.redo.trigger()
    assert ws.team(team_id).prebrief == Prebrief(BASIC_ASSUMPTION, SOURCE)

    window.menu_actions.team_report.trigger()
    report = window.findChildren(PrintCentre)[-1]
    assert report.current_panel() is report.report_panel
    report.close()


# --- the team report page -------------------------------------------------------------------------


def test_the_report_page_prints_every_norm_in_the_chosen_language_and_paper(
    qtbot: Any, styled: QApplication, workspace: Workspace, team_id: int
):
    dialog = open_centre(qtbot, workspace, team_id, "report")
    text = text_of(dialog)
    for norm in workspace.team(team_id).norms:
        assert words(norm.text) in text
    assert "team profile" in text and "voices" in text and "checks:" in text
    assert dialog.info.text().startswith("2 pages · A4 portrait · 8 norms, 0 meetings")
    assert dialog.default_file_name() == f"Team report – {TEAM}.pdf"

    panel = dialog.report_panel
    panel.paper.setCurrentIndex(panel.paper.findData(Paper.LETTER))
    panel.language.setCurrentIndex(panel.language.findData("fr"))
    panel.show_date.setChecked(False)
    settle(qtbot, dialog)
    text = text_of(dialog)
    assert "profil de l’équipe" in text and "voix" in text and "team profile" not in text
    width, height = page_sizes(dialog.pdf() or b"")[0]
    assert (width, height) == pytest.approx((612, 792), abs=0.5)
    assert dialog.printer_for_preview().pageLayout().pageSize().id() == QPageSize.PageSizeId.Letter


def test_the_report_follows_an_edit_made_while_it_is_open(
    qtbot: Any, styled: QApplication, workspace: Workspace, team_id: int
):
    dialog = open_centre(qtbot, workspace, team_id, "report")
    workspace.add_norm(team_id, "Phones face down during the debrief")

    def shows_it() -> bool:
        pdf = dialog.pdf()
        return pdf is not None and "phones face down during the debrief" in words(pypdf_text(pdf))

    qtbot.waitUntil(shows_it, timeout=8000)


# --- how the pages look ---------------------------------------------------------------------------


@pytest.mark.parametrize("size", [(1024, 600), (1280, 800)])
def test_all_four_pages_show_their_tabs_whole(
    qtbot: Any, styled: QApplication, workspace: Workspace, team_id: int, size: tuple[int, int]
):
    dialog = open_centre(qtbot, workspace, team_id, "pre-brief", size)
    bar = dialog.kind.findChild(QTabBar)
    assert bar.count() == 4
    assert bar.sizeHint().width() <= bar.width(), "the tabs would scroll"
    panel = dialog.prebrief_panel
    for widget in (panel.card, panel.setting, panel.statement.keep, panel.statement.use_default):
        assert widget.width() >= widget.minimumSizeHint().width(), widget


def test_the_preview_never_shows_a_page_of_the_previous_pdf(
    qtbot: Any, styled: QApplication, workspace: Workspace, team_id: int
):
    """A page of the old PDF still being drawn (after a resize) must not stand in for the new one."""
    dialog = open_centre(qtbot, workspace, team_id, "report")
    dialog.resize(1024, 600)
    dialog.show_page("pre-brief")
    settle(qtbot, dialog)
    qtbot.wait(700)
    shown = dialog.preview.view.grab().toImage()
    view = dialog.preview.view
    view.setPageMode(view.PageMode.SinglePage)
    view.setPageMode(view.PageMode.MultiPage)
    qtbot.wait(700)
    fresh = view.grab().toImage()
    assert shown.convertToFormat(QImage.Format.Format_RGB32) == fresh.convertToFormat(
        QImage.Format.Format_RGB32
    )
