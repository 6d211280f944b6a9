"""A drop-down narrower than its choice ends it in "…", and its tooltip then says it whole."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication

from normlab.ui.widgets import choice_box
from normlab.ui.widgets.choice_box import ChoiceBox, ElidingComboBox

LONG = "Printer turns the sheet on its short edge"


def ask_tooltip(combo: ElidingComboBox, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(choice_box.QToolTip, "showText", lambda _pos, text, *_a: shown.append(text))
    event = QHelpEvent(QEvent.Type.ToolTip, QPoint(5, 5), combo.mapToGlobal(QPoint(5, 5)))
    QApplication.sendEvent(combo, event)
    return shown


def test_a_long_choice_is_shortened_and_the_tooltip_has_it_whole(
    styled: QApplication, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    combo = ElidingComboBox()
    qtbot.addWidget(combo)
    combo.addItem(LONG)
    combo.setToolTip("How the printer turns the sheet")
    combo.resize(160, 34)
    combo.show()
    qtbot.waitExposed(combo)
    assert combo.shown_text().endswith("…") and len(combo.shown_text()) < len(LONG)
    assert ask_tooltip(combo, monkeypatch) == [f"{LONG}\nHow the printer turns the sheet"]

    combo.resize(combo.sizeHint().width() + 40, 34)
    assert combo.shown_text() == LONG
    assert ask_tooltip(combo, monkeypatch) == []  # the combo's own tooltip, shown by Qt as usual


def test_a_filter_choice_box_is_as_wide_as_its_choices_need(styled: QApplication, qtbot: Any) -> None:
    box = ChoiceBox(14)
    qtbot.addWidget(box)
    for text in ("Any status", "Current", "Retired"):
        box.addItem(text)
    box.resize(box.sizeHint())
    box.show()
    qtbot.waitExposed(box)
    for index in range(box.count()):
        box.setCurrentIndex(index)
        assert box.shown_text() == box.itemText(index)
    box.addItem("interprofessional case conference (Thursdays)")
    box.setCurrentIndex(box.count() - 1)
    box.resize(box.sizeHint())
    assert box.shown_text().endswith("…")  # longer than 14 letters: shortened, not cut mid-letter
