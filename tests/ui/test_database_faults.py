"""The window when the database cannot be written or reached: a calm banner, nothing typed lost."""

from __future__ import annotations

from pathlib import Path

import pytest

from normlab.services.workspace import Workspace
from normlab.ui.editor.norm_commands import AddNorm, RewordNorm
from tests.postgres import Server


def test_a_read_only_database_opens_with_a_banner(open_window, db_url: str, monkeypatch, dialogs):
    ws = Workspace.open(db_url)
    ws.add_norm(ws.create_team("Ward 5"), "Ask when unsure")
    ws.close()
    monkeypatch.setattr("normlab.store.database.can_write", lambda _path: False)
    window = open_window(db_url)
    assert window.editor.ws.read_only
    assert window.banner.message().startswith("Read only: this database cannot be written here")
    assert window.norm_model.rowCount() == 1
    norm = window.editor.ws.team_by_name("Ward 5").norms[0]
    assert not window.editor.push(RewordNorm(window.editor.ws, norm, "Ask"))
    assert "read-only" in dialogs.errors()[-1][2]
    assert not window.menu_actions.backups.isEnabled()


def test_an_edit_made_while_the_server_is_away_is_saved_when_it_returns(
    open_window, postgres: Server, pg_url: str, qtbot
):
    if not postgres.can_restart:
        pytest.skip("the test server cannot be stopped and started")
    ws = Workspace.open(pg_url)
    norm_id = ws.add_norm(ws.create_team("ICU"), "Seniors review every scan")
    ws.close()
    window = open_window(pg_url)
    editor = window.editor
    editor.RETRY_MS = 200
    editor._retry.setInterval(200)
    norm = editor.ws.norm(norm_id)
    postgres.stop()
    try:
        assert editor.push(RewordNorm(editor.ws, norm, "A senior reviews every scan"))
        assert editor.push(AddNorm(editor.ws, norm.team_id, "Scan only when clinically led"))
        assert editor.waiting == 2
        assert window.banner.message().startswith("Not saved: the database cannot be reached; retrying")
        qtbot.wait(600)  # a few retries while the server is still away
        assert editor.waiting == 2
    finally:
        postgres.start()
    qtbot.waitUntil(lambda: editor.waiting == 0, timeout=30_000)
    assert window.banner.message() == ""
    check = Workspace.open(pg_url)
    assert [n.text for n in check.team_by_name("ICU").norms] == [
        "A senior reviews every scan",
        "Scan only when clinically led",
    ]
    check.close()
    assert editor.stack.count() == 2  # both can be undone like any edit


def test_file_backups_lists_and_restores(open_window, db_url: str, monkeypatch, dialogs, qtbot):
    from normlab.services.backups import backup_now
    from normlab.ui.shell.backups_dialog import BackupsDialog

    ws = Workspace.open(db_url)
    team = ws.create_team("Ward 5")
    ws.add_norm(team, "Ask when unsure")
    ws.close()
    backup_now(db_url)
    window = open_window(db_url)
    window.editor.ws.delete_team(team)
    dialog = BackupsDialog(window.editor, window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert [dialog.table.item(0, c).text() for c in (1, 2, 3)] == ["made by hand", "1", "1"]
    dialogs.answer = dialogs.answer.Yes
    monkeypatch.setattr("normlab.ui.widgets.prompts.confirm", lambda *_args: True)
    assert dialog.restore_selected()
    assert [t.name for t in window.editor.ws.teams()] == ["Ward 5"]
    assert dialog.table.rowCount() == 2  # the state before the restore is kept too
    assert Path(window.editor.ws.location).exists()


def test_closing_with_edits_waiting_for_the_server_asks_first(
    open_window, postgres: Server, pg_url: str, dialogs
):
    if not postgres.can_restart:
        pytest.skip("the test server cannot be stopped and started")
    ws = Workspace.open(pg_url)
    norm_id = ws.add_norm(ws.create_team("ICU"), "Seniors review every scan")
    ws.close()
    window = open_window(pg_url)
    editor = window.editor
    norm = editor.ws.norm(norm_id)
    postgres.stop()
    try:
        assert editor.push(RewordNorm(editor.ws, norm, "A senior reviews every scan"))
        assert not window.close()  # Cancel (the fixture's answer): the window stays, the edit waits
        question = [d for d in dialogs.shown if d[0] == "question"][-1]
        assert question[1] == "Quit without saving?"
        assert question[2].startswith("1 change has not been saved")
        assert editor.waiting == 1
    finally:
        postgres.start()
    assert window.close()  # the server is back: the edit is saved on the way out, nothing asked
    assert len([d for d in dialogs.shown if d[0] == "question"]) == 1
    check = Workspace.open(pg_url)
    assert check.norm(norm_id).text == "A senior reviews every scan"
    check.close()
