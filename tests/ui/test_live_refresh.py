"""Working together on one database: another writer's edits appear by themselves, F5 refreshes, and a
refused conflicting edit shows what is stored now and keeps what was typed."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QGuiApplication

from normlab.domain.model import Dimension, RationaleDraft, Stance
from normlab.services.watch import ChangeWatch
from normlab.services.workspace import Workspace
from normlab.ui.shell.main_window import MainWindow
from tests.ui.conftest import Dialogs, WindowFactory


@pytest.fixture
def two(open_window: WindowFactory, db_url: str) -> tuple[MainWindow, Workspace, int, int]:
    """A window on the file, a second workspace on the same file (another laptop), a norm shown."""
    other = Workspace.open(db_url)
    team_id = other.create_team("ICU teaching")
    norm_id = other.add_norm(team_id, "Seniors review every scan")
    other.add_rationale(norm_id, RationaleDraft("It's how we do it here", Dimension.OPERATIONAL, Stance.HELD))
    window = open_window(db_url)
    window.sidebar.select_team(team_id)
    window.norm_pane.select_norm(norm_id)
    yield window, other, team_id, norm_id
    other.close()


def lane_texts(window: MainWindow, dimension: Dimension) -> list[str]:
    model = window.detail.lanes.lane(dimension).model
    return [model.rationale_at(row).text for row in range(model.rowCount())]


def test_the_second_window_picks_up_the_first_ones_edit(two: Any, qtbot: Any) -> None:
    window, other, team_id, norm_id = two
    other.add_rationale(norm_id, RationaleDraft("So trainees learn", Dimension.IDEATIONAL, Stance.PROPOSED))
    other.add_norm(team_id, "Scan only when clinically led")
    qtbot.waitUntil(lambda: lane_texts(window, Dimension.IDEATIONAL) == ["So trainees learn"], timeout=2000)
    assert window.norm_pane.current_norm_id() == norm_id  # the selection is kept
    assert window.norm_model.rowCount() == 2
    assert [t.norm_count for t in window.team_model._teams] == [2]


def test_own_edits_do_not_count_as_someone_elses(two: Any) -> None:
    window = two[0]
    watch = ChangeWatch(window.editor.ws)
    try:
        assert not watch.poll()
        window.norm_ops.add_rationale(Dimension.DISCUSSIONAL, "So we compare readings")
        assert not watch.poll()
    finally:
        watch.close()


def test_f5_refreshes_at_once(two: Any) -> None:
    window, other, _team_id, norm_id = two
    window.live.timer.stop()
    other.add_rationale(norm_id, RationaleDraft("Fair to the nurses", Dimension.INTERPERSONAL, Stance.HELD))
    assert lane_texts(window, Dimension.INTERPERSONAL) == []
    assert window.menu_actions.refresh.shortcut().toString() == "F5"
    window.menu_actions.refresh.trigger()
    assert lane_texts(window, Dimension.INTERPERSONAL) == ["Fair to the nurses"]
    assert window.norm_pane.current_norm_id() == norm_id


def test_a_refused_conflicting_edit_refreshes_and_keeps_the_typed_text(two: Any, dialogs: Dialogs) -> None:
    window, other, _team_id, norm_id = two
    window.live.timer.stop()  # the window still shows the old words when the person edits
    (rationale,) = other.norm(norm_id).rationales
    other.edit_rationale(rationale.id, text="Because the consultant says so", expected=(rationale.text, ""))

    window.norm_ops.edit_rationale(rationale.id, "So the team can compare readings", "")

    assert lane_texts(window, Dimension.OPERATIONAL) == ["Because the consultant says so"]  # refreshed
    assert [r.text for r in other.norm(norm_id).rationales] == ["Because the consultant says so"]
    ((_kind, _title, text),) = dialogs.errors()
    assert "someone else changed it first" in text and "someone else changed this reason" in text.lower()
    assert "not applied" in text and "So the team can compare readings" in text
    assert QGuiApplication.clipboard().text() == "So the team can compare readings"
    assert window.editor.stack.count() == 0  # nothing to undo: nothing was done
