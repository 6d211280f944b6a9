"""Every screen of the window opened on a team with norms, reasons, history and a meeting: what the
translation and accessibility tests walk."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

from PySide6.QtWidgets import QApplication, QWidget

from normlab.services import meetings
from normlab.services.library import copy_starter_set, starter_sets
from normlab.services.workspace import Workspace
from normlab.ui.meeting.start_dialog import StartMeetingDialog
from normlab.ui.printing.print_centre import PrintCentre
from normlab.ui.shell.main_window import MainWindow
from normlab.ui.shell.preferences import PreferencesDialog
from normlab.ui.teams.starter_dialog import StarterSetDialog
from normlab.ui.widgets.codebook_dialog import CodebookDialog
from normlab.ui.widgets.review_dialog import ReviewDateDialog
from tests.ui.conftest import WindowFactory, add_exam_story

TEAM = "ICU teaching, St Elsewhere"


def prepare(db_url: str) -> tuple[int, list[str]]:
    """A team made from a starter set plus the worked example, and a meeting held today; returns
    the team and every text of the data (which the window shows as it is, untranslated)."""
    ws = Workspace.open(db_url)
    try:
        team_id = copy_starter_set(ws, starter_sets()[0].id, TEAM)
        add_exam_story(ws, team_id)
        norms = ws.team(team_id).norms
        meetings.start_session(
            ws,
            team_id,
            date.today(),
            attendance=5,
            roles="consultant, nurses",
            agenda=[n.id for n in norms[:2]],
        )
        data = [TEAM, "consultant, nurses", ws.location, "normlab"]
        for norm in ws.team(team_id).norms:
            data += [norm.text, norm.setting or "", norm.regulates or ""]
            for rationale in norm.rationales:
                data += [rationale.text, rationale.voice or ""]
            for revision in norm.revisions:
                data += [revision.text_before, revision.text_after, revision.note or ""]
        for starter in starter_sets():
            data += [starter.title]
        return team_id, [d for d in data if d]
    finally:
        ws.close()


def open_screens(
    open_window: WindowFactory, db_url: str, team_id: int, qtbot: Any
) -> Iterator[tuple[str, QWidget]]:
    """Each screen of the team ``prepare`` made, shown, in turn (each dialog closes before the next)."""
    window: MainWindow = open_window(db_url)
    window.load_team(team_id)
    window.norm_pane.table.selectRow(0)
    qtbot.wait(50)
    yield "main window", window
    window.main_tabs.setCurrentIndex(1)
    qtbot.wait(50)
    yield "main window, sessions", window
    window.main_tabs.setCurrentIndex(0)
    window.detail.tabs.setCurrentIndex(1)
    yield "main window, history", window
    window.detail.tabs.setCurrentIndex(0)

    ws = window.editor.ws
    team = ws.team(team_id)
    session = meetings.open_session(ws, team_id)
    for name, make in [
        ("codebook", lambda: CodebookDialog(window)),
        (
            "starter sets",
            lambda: StarterSetDialog(starter_sets(), lambda title: title, window, current_team=TEAM),
        ),
        ("review by", lambda: ReviewDateDialog(team.norms[0].text, None, date.today(), window)),
        ("start meeting", lambda: StartMeetingDialog(team, date.today(), session, window)),
        ("preferences", lambda: PreferencesDialog(window.settings, window)),
    ]:
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        yield name, dialog
        dialog.close()

    centre = PrintCentre(ws, team_id)
    qtbot.addWidget(centre)
    centre.resize(1280, 800)
    centre.show()
    qtbot.waitUntil(centre.preview_is_current, timeout=5000)
    yield "print centre, ground rules", centre
    centre.show_tokens()
    qtbot.waitUntil(centre.preview_is_current, timeout=5000)
    yield "print centre, tokens", centre
    centre.close()

    assert session is not None
    meeting = window.meetings.show(session.id)
    qtbot.waitExposed(meeting)
    yield "meeting", meeting
    QApplication.processEvents()
