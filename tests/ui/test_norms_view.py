"""The table of norms: filtering, warning markers and their tooltips, reordering, the team profile."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QByteArray, QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent, QHelpEvent
from PySide6.QtWidgets import QToolTip

from normlab.domain.checks import team_profile, warnings_for
from normlab.domain.model import Dimension, RationaleDraft, Stance, Status
from normlab.services.workspace import Workspace
from normlab.ui.editor.lane_model import RATIONALE_MIME
from normlab.ui.editor.norm_model import ENTRY_ROLE, NORM_MIME, Column
from normlab.ui.shell.main_window import MainWindow
from tests.ui.conftest import CLASSROOM, Dialogs, WindowFactory, make_classroom, show_team


@pytest.fixture
def classroom(open_window: WindowFactory, db_url: str) -> MainWindow:
    ws = Workspace.open(db_url)
    make_classroom(ws)
    ws.close()
    window = open_window(db_url)
    show_team(window, CLASSROOM)
    return window


def shown_texts(window: MainWindow) -> list[str]:
    proxy = window.norm_pane.proxy
    return [proxy.index(row, Column.TEXT).data() for row in range(proxy.rowCount())]


def team_texts(window: MainWindow) -> list[str]:
    team_id = window.norm_model.team_id
    assert team_id is not None
    return [n.text for n in window.editor.ws.team(team_id).norms]


def test_filter_as_you_type_and_by_dimension_status_setting(classroom: MainWindow, qtbot: Any) -> None:
    window = classroom
    filters = window.norm_pane.filters
    everything = shown_texts(window)
    assert len(everything) == 10

    qtbot.keyClicks(filters.search, "learn")  # in the words of the rationales, not the norms
    learn = shown_texts(window)
    ws = window.editor.ws
    expected = [
        n.text
        for n in ws.team(window.norm_model.team_id).norms  # type: ignore[arg-type]
        if "learn" in (n.text + " ".join(r.text for r in n.rationales)).casefold()
    ]
    assert learn == expected and 0 < len(learn) < 10
    qtbot.waitUntil(lambda: "shown" in window.norm_pane.summary.text())

    filters.search.clear()
    filters.dimension.setCurrentIndex(filters.dimension.findData(Dimension.OPERATIONAL))
    operational = shown_texts(window)
    assert "Hands up to answer a question" not in operational  # no rationale at all
    assert "Listen to others" in operational

    filters.dimension.setCurrentIndex(0)
    filters.setting.setCurrentIndex(filters.setting.findData("group work"))
    assert shown_texts(window) == ["Build on each other's ideas", "Try to agree as a group"]

    filters.setting.setCurrentIndex(0)
    ws.set_norm_field(ws.team(window.norm_model.team_id).norms[0].id, "status", "retired")  # type: ignore[arg-type]
    filters.status.setCurrentIndex(filters.status.findData(Status.RETIRED))
    assert shown_texts(window) == ["Everyone is invited to contribute"]

    filters.status.setCurrentIndex(0)
    qtbot.keyClicks(filters.search, "xylophone")
    assert window.norm_pane.stack.currentWidget() is window.norm_pane.no_match
    window.menu_actions.clear_filter.trigger()
    assert shown_texts(window) == everything


def test_warning_markers_and_their_tooltips(classroom: MainWindow, qtbot: Any) -> None:
    window = classroom
    proxy = window.norm_pane.proxy

    def tooltip(text: str) -> str:
        row = shown_texts(window).index(text)
        return proxy.index(row, Column.WARNING).data(Qt.ItemDataRole.ToolTipRole) or ""

    assert "Not examined yet" in tooltip("Hands up to answer a question")
    assert "Nobody has said why this norm matters" in tooltip("Hands up to answer a question")
    # Its first rewording was on the surface only, but the second one moved the reason.
    assert "Reworded" not in tooltip("No music in tests")
    assert "Proposed reasons not yet held" in tooltip("Listen to others")

    ws = window.editor.ws
    team_id = window.norm_model.team_id
    assert team_id is not None
    quiet = ws.add_norm(
        team_id,
        "Be quiet when others speak",
        rationales=[RationaleDraft("It's good behaviour.", Dimension.OPERATIONAL)],
    )
    ws.reword_norm(quiet, "Listen to each other")
    assert "Reworded, but the reasons stayed the same" in tooltip("Listen to each other")
    ws.add_norm(
        team_id, "Put your hand up", rationales=[RationaleDraft("It's the rule.", Dimension.OPERATIONAL)]
    )
    assert "Rests only on the rule itself" in tooltip("Put your hand up")

    # Every warned norm has a marker; hovering the marker shows the explanation.
    row = shown_texts(window).index("Hands up to answer a question")
    index = proxy.index(row, Column.WARNING)
    assert index.data(ENTRY_ROLE).warnings
    table = window.norm_pane.table
    table.scrollTo(index)
    rect = table.visualRect(index)
    event = QHelpEvent(QHelpEvent.Type.ToolTip, rect.center(), table.viewport().mapToGlobal(rect.center()))
    table.viewportEvent(event)
    assert "Not examined yet" in QToolTip.text()

    # The detail pane names the same warnings.
    window.norm_pane.select_proxy_row(row)
    assert [w.title for w in window.detail.warnings.warnings] == ["Not examined yet"]

    window.norm_pane.filters.attention.setChecked(True)
    assert "Hands up to answer a question" in shown_texts(window)


def test_reorder_norms_with_the_keyboard_and_by_drag_and_drop(classroom: MainWindow, qtbot: Any) -> None:
    window = classroom
    table = window.norm_pane.table
    before = team_texts(window)
    window.norm_pane.select_proxy_row(0)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert team_texts(window) == before[1:3] + before[:1] + before[3:]
    assert shown_texts(window) == team_texts(window)
    assert window.norm_pane.current_norm_id() == window.norm_model.norms()[2].id  # the selection follows
    assert window.editor.stack.count() == 1  # two steps of the same norm: one undo
    window.menu_actions.undo.trigger()
    assert team_texts(window) == before

    # Drop the first norm onto the fourth row.
    first = window.norm_model.norms()[0]
    data = QMimeData()
    data.setData(NORM_MIME, QByteArray(str(first.id).encode()))
    target = table.visualRect(window.norm_pane.proxy.index(3, 1)).center()
    drop = QDropEvent(
        QPointF(target),
        Qt.DropAction.MoveAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    drop.source = lambda: table  # type: ignore[method-assign]  # as if dragged from this table
    table.dropEvent(drop)
    assert drop.isAccepted()
    assert team_texts(window)[3] == first.text
    assert shown_texts(window) == team_texts(window)


def test_drag_a_rationale_into_another_lane(classroom: MainWindow, qtbot: Any) -> None:
    window = classroom
    row = shown_texts(window).index("Listen to others")
    window.norm_pane.select_proxy_row(row)
    operational = window.detail.norm.in_dimension(Dimension.OPERATIONAL)[0]  # type: ignore[union-attr]
    data = QMimeData()
    data.setData(RATIONALE_MIME, QByteArray(str(operational.id).encode()))
    view = window.detail.lanes.lane(Dimension.DISCUSSIONAL).view
    drop = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.MoveAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    view.dropEvent(drop)
    assert drop.isAccepted()
    assert window.editor.ws.norm(operational.norm_id).rationales[0].dimension is Dimension.DISCUSSIONAL
    assert window.menu_actions.undo.text() == "Undo Move reason to Discussional"


def test_team_profile_numbers(classroom: MainWindow, qtbot: Any) -> None:
    window = classroom
    ws = window.editor.ws
    team_id = window.norm_model.team_id
    assert team_id is not None

    def expected(stance: Stance) -> dict[Dimension, int]:
        norms = [n for n in ws.team(team_id).norms if n.status is not Status.RETIRED]
        return {
            d: sum(any(r.dimension is d and r.stance is stance for r in n.rationales) for n in norms)
            for d in Dimension
        }

    qtbot.waitUntil(lambda: window.sidebar.chart.profile is not None)
    profile = window.sidebar.chart.profile
    assert profile is not None
    assert profile.norms == 10 and profile.unexamined == 1 and profile.surface_only == 0
    assert profile.held == expected(Stance.HELD)
    assert profile.proposed == expected(Stance.PROPOSED)
    assert "1 not examined yet" in window.sidebar.profile_summary.text()

    # An edit changes the numbers at once.
    norm = next(n for n in window.norm_model.norms() if n.text == "Hands up to answer a question")
    window.norm_pane.select_norm(norm.id)
    window.norm_ops.add_rationale(Dimension.IDEATIONAL, "So everyone has time to think first")
    qtbot.waitUntil(lambda: window.sidebar.chart.profile.unexamined == 0)  # type: ignore[union-attr]
    profile = window.sidebar.chart.profile
    assert profile is not None
    assert profile.unexamined == 0
    assert profile.held == expected(Stance.HELD)
    assert profile.held[Dimension.IDEATIONAL] == 1
    window.norm_ops.set_field("status", "retired")
    qtbot.waitUntil(lambda: window.sidebar.chart.profile.norms == 9)  # type: ignore[union-attr]
    assert window.sidebar.chart.profile == team_profile(ws.team(team_id).norms)
    window.norm_pane.select_proxy_row(0)
    window.norm_ops.delete()  # an active norm
    qtbot.waitUntil(lambda: window.sidebar.chart.profile.norms == 8)  # type: ignore[union-attr]
    assert window.sidebar.chart.profile == team_profile(ws.team(team_id).norms)
    assert window.norm_model.attention_count() == sum(
        bool(warnings_for(n.facts)) for n in window.norm_model.norms()
    )


def test_chips_and_rows_come_from_the_norms(classroom: MainWindow, dialogs: Dialogs) -> None:
    window = classroom
    entry = window.norm_model.entry_at(window.norm_model.row_of(window.norm_model.norms()[1].id) or 0)
    assert entry.norm.text == "Listen to others"
    assert entry.held == (Dimension.OPERATIONAL, Dimension.INTERPERSONAL)
    assert entry.proposed_only == (Dimension.DISCUSSIONAL, Dimension.IDEATIONAL)
    index = window.norm_model.index(1, Column.DIMENSIONS)
    assert index.data() == "Operational, Interpersonal; proposed: Discussional, Ideational"


def test_text_that_looks_like_markup_is_shown_as_typed(classroom: MainWindow) -> None:
    window = classroom
    ws = window.editor.ws
    team_id = window.norm_model.team_id
    assert team_id is not None
    typed = "<b>Speak up</b> & <i>be heard</i>"
    norm_id = ws.add_norm(
        team_id, typed, rationales=[RationaleDraft("<script>x</script>", Dimension.IDEATIONAL)]
    )
    row = shown_texts(window).index(typed)
    proxy = window.norm_pane.proxy
    assert proxy.index(row, Column.TEXT).data(Qt.ItemDataRole.ToolTipRole) == (
        "<qt>&lt;b&gt;Speak up&lt;/b&gt; &amp; &lt;i&gt;be heard&lt;/i&gt;</qt>"
    )
    window.norm_pane.select_norm(norm_id)
    assert window.detail.title.text() == typed
    assert window.detail.title.textFormat() is Qt.TextFormat.PlainText
