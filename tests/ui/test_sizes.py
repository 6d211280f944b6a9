"""At every size people have, nothing that matters is cut: the table's headers and chips, the
warning chips, the lanes' headers, the team profile and the tabs get at least the room they ask for
(sizeHint), for the starter set and for a team nobody designed for (``tests/data/held_out_team.json``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QFontMetricsF, QImage
from PySide6.QtWidgets import QApplication, QComboBox, QStyle, QStyleOptionComboBox

from normlab.domain.model import Dimension
from normlab.services.interchange import import_file
from normlab.services.library import copy_starter_set
from normlab.services.workspace import Workspace
from normlab.ui.editor.editor import Editor
from normlab.ui.editor.norm_model import Column
from normlab.ui.editor.norm_table import short_labels
from normlab.ui.shell.main_window import MainWindow
from normlab.ui.shell.settings import UiSettings
from normlab.ui.shell.startup import StartupOptions, watch_startup
from normlab.ui.widgets.paint import chip_font, chip_size
from tests.ui.conftest import ARTIFACTS, WindowFactory

HELD_OUT = Path(__file__).resolve().parents[1] / "data" / "held_out_team.json"
"""A team the window was not designed for: long names, long and unbroken words, German, a URL."""

SIZES = [
    (1024, 600),  # a school laptop on a projector
    (1280, 800),
    (1920, 1080),
    (1280, 720),  # 1920x1080 at 150 % scaling
    (1536, 864),  # 1920x1080 at 125 % scaling
    (960, 540),  # 1920x1080 at 200 % scaling
    (2560, 1440),
    (3840, 2160),
]

LONG_NORM = ("We listen to the end before we answer, " * 13).strip()[:500]


@pytest.fixture
def team_window(open_window: WindowFactory, db_url: str) -> MainWindow:
    ws = Workspace.open(db_url)
    team_id = copy_starter_set(ws, "classroom-dialogic-talk", "Year 5")
    ws.add_norm(team_id, LONG_NORM)
    ws.close()
    window = open_window(db_url)
    window.sidebar.select_team(team_id)
    return window


def settle(window: MainWindow, size: tuple[int, int], qtbot: Any) -> None:
    window.resize(*size)
    for _ in range(3):
        QApplication.processEvents()
    qtbot.waitUntil(lambda: window.size().toTuple() == size, timeout=2000)
    QApplication.processEvents()


def choice_room(combo: QComboBox) -> tuple[int, int]:
    """The room the style gives a drop-down's text, and what its widest short choice needs
    (a setting longer than 14 letters may end in "…")."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    metrics = combo.fontMetrics()
    icon = combo.iconSize().width() + 4 if not combo.itemIcon(combo.count() - 1).isNull() else 0
    texts = [combo.itemText(i) for i in range(combo.count()) if len(combo.itemText(i)) <= 14]
    return field.width(), icon + max(metrics.horizontalAdvance(t) for t in texts)


def nothing_cut(window: MainWindow, *, lane_names_may_shorten: bool = False) -> list[str]:
    """What is cut in the window as it stands: empty when everything has its room.

    With ``lane_names_may_shorten`` a lane's name too long even in smaller type (Finnish
    "Vuorovaikutuksellinen" at 1024 px) may end in "…", as long as its tooltip says it whole."""
    problems: list[str] = []
    table = window.norm_pane.table
    header = table.horizontalHeader()
    bold = header.font()
    bold.setBold(True)
    metrics = QFontMetricsF(bold)
    model = table.model()
    for column in range(header.count()):
        if table.isColumnHidden(column):
            continue
        text = str(model.headerData(column, header.orientation()) or "")
        needed = metrics.horizontalAdvance(text) + 16
        if header.sectionSize(column) < needed:
            problems.append(f"table header “{text}”: {header.sectionSize(column)} < {needed:.0f}")
    filters = window.norm_pane.filters
    if filters.height() < filters.heightForWidth(filters.width()):
        problems.append(f"filters: {filters.height()} high for {filters.heightForWidth(filters.width())}")
    for combo in (filters.dimension, filters.status, filters.setting):
        if combo.width() < combo.minimumSizeHint().width():
            problems.append(
                f"filter “{combo.currentText()}”: {combo.width()} < {combo.minimumSizeHint().width()}"
            )
        room, needed = choice_room(combo)
        if room < needed:
            problems.append(f"filter “{combo.currentText()}”: its widest choice needs {needed}, has {room}")
    for button in (filters.attention, filters.due, window.norm_pane.add_button):
        if button.isVisible() and button.width() < button.sizeHint().width():
            problems.append(
                f"button “{button.text().strip()}”: {button.width()} < {button.sizeHint().width()}"
            )
    chips = QFontMetricsF(chip_font(table.font()))
    chip = max(chip_size(chips, label)[0] for label in short_labels().values())
    if header.sectionSize(Column.DIMENSIONS) < 4 * (chip + 5) + 10:
        problems.append("table chips: the four dimension chips do not fit")

    detail = window.detail
    if detail.isVisible():
        chips_widget = detail.warnings
        problems += [f"warning chip “{t}”" for t in chips_widget.cut_chips()]
        if chips_widget.warnings and chips_widget.height() < chips_widget.heightForWidth(
            chips_widget.width()
        ):
            problems.append("warning chips: not tall enough for their lines")
        for button in (detail.review, detail.reword_button, detail.delete_button):
            if button.width() < button.sizeHint().width():
                problems.append(f"button “{button.text()}”: {button.width()} < {button.sizeHint().width()}")
        content, viewport = detail.scroll.widget(), detail.scroll.viewport()
        if content.width() > viewport.width():
            problems.append(f"the norm's details: {content.width()} wide in {viewport.width()}")
        bar = detail.tabs.tabBar()
        if bar.width() < bar.sizeHint().width():
            problems.append(f"tabs: {bar.width()} < {bar.sizeHint().width()}")
        for dimension in Dimension:
            lane = detail.lanes.lane(dimension)
            shortened = lane.title.text() != lane.title.full_text()
            if shortened and lane_names_may_shorten:
                tight = lane.title.property("tight") is True
                shortened = not (tight and lane.title.full_text() in lane.title.toolTip())
            if shortened:
                problems.append(f"lane header {dimension.label}: cut to “{lane.title.text()}”")
            for part in (lane.title, lane.help_button, lane.add_field):
                asks = min(part.sizeHint().height(), part.maximumHeight())  # the "?" is a small circle
                if part.height() < max(asks, part.fontMetrics().height()):
                    problems.append(f"lane {dimension.label}: {type(part).__name__} {part.height()} < {asks}")
            if lane.view.height() < lane.view.minimumSizeHint().height():
                problems.append(f"lane {dimension.label}: no room for a reason")
            if not lane.help_button.isVisible():
                problems.append(f"lane header {dimension.label}: no help button")
            summary = lane.summary
            if summary.isVisible() and summary.lines(summary.width())[-1].endswith("…"):
                problems.append(f"lane description {dimension.label}: cut")
        if header.height() < header.sizeHint().height():
            problems.append("table header: lower than it asks")
        title = detail.title  # in a scroll area: all of it is there to read, in as many lines as it needs
        if title.heightForWidth(title.width()) > title.height() or title.width() > detail.title_area.width():
            problems.append("norm wording: not all of it shows")
    chart = window.sidebar.chart
    if chart.isVisible() and chart.height() < chart.heightForWidth(chart.width()):
        problems.append(f"team profile: {chart.height()} < {chart.heightForWidth(chart.width())}")
    return problems


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_nothing_that_matters_is_cut(team_window: MainWindow, qtbot: Any, size: tuple[int, int]) -> None:
    settle(team_window, size, qtbot)
    team_window.norm_pane.select_norm(team_window.norm_model.norms()[0].id)
    QApplication.processEvents()
    assert team_window.detail.warnings.warnings  # the first starter norm has a warning to show
    assert nothing_cut(team_window) == []


@pytest.mark.parametrize("size", [(1024, 600), (1920, 1080)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_a_500_character_norm_wraps_in_full(
    team_window: MainWindow, qtbot: Any, size: tuple[int, int]
) -> None:
    settle(team_window, size, qtbot)
    norm = next(n for n in team_window.norm_model.norms() if n.text == LONG_NORM)
    team_window.norm_pane.select_norm(norm.id)
    QApplication.processEvents()
    assert team_window.detail.title.text() == LONG_NORM
    assert nothing_cut(team_window) == []


def test_zoom_scales_the_type_and_is_remembered(team_window: MainWindow, qtbot: Any) -> None:
    settle(team_window, (1920, 1080), qtbot)
    before = QApplication.font().pointSizeF()
    actions = team_window.menu_actions
    assert "Ctrl++" in [k.toString() for k in actions.zoom_in.shortcuts()]
    assert actions.zoom_out.shortcut().toString() == "Ctrl+-"
    assert actions.zoom_reset.shortcut().toString() == "Ctrl+0"
    actions.zoom_in.trigger()
    actions.zoom_in.trigger()
    actions.zoom_in.trigger()
    assert team_window.zoom.level == 1.5
    assert QApplication.font().pointSizeF() == pytest.approx(before * 1.5)
    assert UiSettings().zoom == 1.5
    QApplication.processEvents()
    assert nothing_cut(team_window) == []
    row = team_window.norm_pane.table.verticalHeader().defaultSectionSize()
    assert row >= QFontMetricsF(team_window.norm_pane.table.font()).height() * 2
    actions.zoom_out.trigger()
    assert team_window.zoom.level == 1.25
    actions.zoom_reset.trigger()
    assert team_window.zoom.level == 1.0
    assert QApplication.font().pointSizeF() == pytest.approx(before)
    assert UiSettings().zoom == 1.0


def test_zoom_is_applied_at_the_next_start(
    open_window: WindowFactory, db_url: str, ui_settings: Path
) -> None:
    UiSettings().zoom = 2.0
    before = QApplication.font().pointSizeF()
    window = open_window(db_url)
    try:
        assert window.zoom.level == 2.0
        assert QApplication.font().pointSizeF() == pytest.approx(before * 2)
    finally:
        window.zoom.reset()


@pytest.mark.parametrize("size", [(1024, 600), (1280, 800), (1920, 1080)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_a_team_nobody_designed_for_is_not_cut(
    open_window: WindowFactory, db_url: str, qtbot: Any, size: tuple[int, int]
) -> None:
    """As ``normlab --window-size WxH --screenshot F.png`` takes it, then every norm in turn."""
    ws = Workspace.open(db_url)
    _teams, (team_id,) = import_file(ws, HELD_OUT)
    ws.close()
    window = open_window(db_url)
    window.sidebar.select_team(team_id)
    shot = ARTIFACTS / f"held-out-{size[0]}x{size[1]}.png"
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shot.unlink(missing_ok=True)
    ended: list[int] = []
    options = StartupOptions(window_size=size, screenshot=shot)
    watch = watch_startup(window, window.norm_pane.painted_widget(), options, ended.append)
    window.norm_pane.painted_widget().update()
    qtbot.waitUntil(lambda: shot.exists(), timeout=5000)
    assert watch is not None and ended == []
    assert QImage(str(shot)).size().toTuple() == size
    norms = window.norm_model.norms()
    assert len(norms) == 8
    problems = []
    for norm in norms:
        assert window.norm_pane.select_norm(norm.id)
        QApplication.processEvents()
        problems += [f"{norm.text[:30]}: {p}" for p in nothing_cut(window)]
    assert problems == [], "\n".join(problems)


def test_at_1024x600_the_filters_keep_to_one_line(styled: QApplication, db_url: str, qtbot: Any) -> None:
    """A school laptop, first start: the search field and every filter share a line, so the table
    keeps two whole rows in view; each choice shows its whole text and the drop-downs draw their
    arrow."""
    ws = Workspace.open(db_url)
    _teams, (team_id,) = import_file(ws, HELD_OUT)
    ws.close()
    editor = Editor(Workspace.open(db_url))
    window = MainWindow(editor, UiSettings())
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    qtbot.waitExposed(window)
    window.sidebar.select_team(team_id)
    settle(window, (1024, 600), qtbot)
    filters = window.norm_pane.filters
    line = filters.search.geometry().center().y()
    for choice in (filters.dimension, filters.status, filters.setting, filters.attention):
        assert choice.geometry().top() <= line <= choice.geometry().bottom(), choice.accessibleName()
    assert filters.search.width() >= filters.search.minimumWidth()
    table = window.norm_pane.table
    tops = [table.rowViewportPosition(row) for row in range(table.model().rowCount())]
    whole_rows = sum(1 for top in tops if top >= 0 and top + table.rowHeight(0) <= table.viewport().height())
    assert whole_rows >= 2
    assert "QComboBox::down-arrow" in styled.styleSheet()
    editor.close()


def test_combo_popups_show_every_choice(team_window: MainWindow, qtbot: Any) -> None:
    """Each drop-down of the window opens with all its choices in view, none behind a scroll bar."""
    settle(team_window, (1280, 800), qtbot)
    team_window.norm_pane.select_norm(team_window.norm_model.norms()[0].id)
    combos = [c for c in team_window.findChildren(QComboBox) if c.isVisible()]
    assert len(combos) >= 5
    for combo in combos:
        combo.showPopup()
        view = combo.view()
        qtbot.waitUntil(view.isVisible, timeout=2000)
        rows = sum(view.sizeHintForRow(r) for r in range(combo.count()))
        assert combo.count() <= combo.maxVisibleItems()
        assert view.verticalScrollBar().maximum() == 0, combo.accessibleName()
        assert view.viewport().height() >= rows, combo.accessibleName()
        combo.hidePopup()


@pytest.mark.parametrize("zoom", [1.0, 1.25])
def test_dialogs_fit_their_content_and_the_screen(
    open_window: WindowFactory, db_url: str, qtbot: Any, zoom: float
) -> None:
    """Dialogs are sized in lines of type: zoomed, they grow with their text, and stay on the screen."""
    from PySide6.QtWidgets import QAbstractButton, QDialog, QLabel, QWidget

    from normlab.ui.widgets import style
    from tests.ui.screens import open_screens, prepare

    team_id, _data = prepare(db_url)
    UiSettings().zoom = zoom
    problems: list[str] = []
    seen = []
    try:
        for name, screen in open_screens(open_window, db_url, team_id, qtbot):
            if not isinstance(screen, QDialog) or name.startswith("print centre"):
                continue
            seen.append(name)
            QApplication.processEvents()
            room = QWidget.screen(screen).availableGeometry()
            if screen.width() > room.width() or screen.height() > room.height():
                problems.append(f"{name}: {screen.size().toTuple()} is larger than the screen")
            needs = screen.minimumSizeHint()
            if screen.width() < needs.width() or screen.height() < needs.height():
                problems.append(f"{name}: {screen.size().toTuple()} < {needs.toTuple()}")
            for label in screen.findChildren(QLabel):  # a wrapped text gets all its lines
                wrapped = label.isVisible() and label.wordWrap() and bool(label.text())
                if wrapped and label.height() < label.heightForWidth(label.width()):
                    problems.append(f"{name}: “{label.text()[:30]}” lacks lines")
            for button in screen.findChildren(QAbstractButton):
                if button.isVisible() and button.width() < button.minimumSizeHint().width():
                    problems.append(f"{name}: button “{button.text()}” cut")
            ARTIFACTS.mkdir(parents=True, exist_ok=True)
            screen.grab().save(str(ARTIFACTS / f"dialog-{name.replace(' ', '-')}-zoom-{zoom}.png"))
    finally:
        style.apply(QApplication.instance(), 1.0)  # type: ignore[arg-type]
    assert len(seen) == 5
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("code", ["de", "fi", "fr", "es"])
@pytest.mark.parametrize("size", [(1024, 600), (1280, 800)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_held_out_team_in_other_languages(
    open_window: WindowFactory, db_url: str, qtbot: Any, size: tuple[int, int], code: str
) -> None:
    """Longer words than English (German "Zwischenmenschlich", Finnish filters) are not cut either."""
    from normlab.ui.shell import language

    ws = Workspace.open(db_url)
    _teams, (team_id,) = import_file(ws, HELD_OUT)
    ws.close()
    assert language.install(code) == code
    try:
        window = open_window(db_url)
        window.sidebar.select_team(team_id)
        settle(window, size, qtbot)
        problems = []
        for norm in window.norm_model.norms()[:4]:
            assert window.norm_pane.select_norm(norm.id)
            QApplication.processEvents()
            problems += [f"{norm.text[:20]}: {p}" for p in nothing_cut(window, lane_names_may_shorten=True)]
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(ARTIFACTS / f"held-out-{code}-{size[0]}x{size[1]}.png"))
        assert problems == [], "\n".join(problems)
    finally:
        language.install("en")
