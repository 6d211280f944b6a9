"""A scroll area that scrolls up and down only, and asks the layout above for its content's width."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QVBoxLayout, QWidget

from normlab.ui.widgets.vertical_scroll import VerticalScroll


def content_with_a_row_to_show() -> tuple[QWidget, QWidget]:
    content = QWidget()
    column = QVBoxLayout(content)
    column.addWidget(QCheckBox("Double-sided"))
    wide = QLabel("Printer turns the sheet on its short edge, and the backs land behind their fronts")
    wide.setVisible(False)
    column.addWidget(wide)
    return content, wide


def test_a_row_shown_in_the_content_widens_the_area(styled: QApplication, qtbot: Any) -> None:
    content, wide = content_with_a_row_to_show()
    area = VerticalScroll(content)
    qtbot.addWidget(area)
    area.show()
    qtbot.waitExposed(area)
    before = area.minimumSizeHint().width()
    wide.setVisible(True)
    qtbot.waitUntil(lambda: area.minimumSizeHint().width() > before, timeout=2000)
    assert area.minimumSizeHint().width() >= wide.sizeHint().width()
