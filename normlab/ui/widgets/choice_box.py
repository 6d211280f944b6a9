"""Drop-down lists that may be narrower than their longest choice and say so with "…"."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QHelpEvent, QPaintEvent
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter, QToolTip, QWidget

_PROBE_WIDTH = 400


class ElidingComboBox(QComboBox):
    """A QComboBox cuts a choice too long for it mid-letter; this one ends it in "…" (the open list
    and the tooltip show it whole)."""

    def _field(self, option: QStyleOptionComboBox) -> QRect:
        """Where the style draws the choice (inside padding, border and the arrow's room)."""
        return self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )

    def _text_room(self, option: QStyleOptionComboBox) -> int:
        icon = self.iconSize().width() + 4 if not option.currentIcon.isNull() else 0
        return self._field(option).width() - icon - 2

    def shown_text(self, option: QStyleOptionComboBox | None = None) -> str:
        """The current choice as it is drawn: whole, or shortened to end in "…"."""
        if option is None:
            option = QStyleOptionComboBox()
            self.initStyleOption(option)
        return self.fontMetrics().elidedText(
            option.currentText, Qt.TextElideMode.ElideRight, self._text_room(option)
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.isEditable():
            super().paintEvent(event)
            return
        painter = QStylePainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.shown_text(option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            option = QStyleOptionComboBox()
            self.initStyleOption(option)
            if self.shown_text(option) != option.currentText:  # shortened: the tooltip has it whole
                QToolTip.showText(
                    event.globalPos(), "\n".join(filter(None, (option.currentText, self.toolTip()))), self
                )
                return True
        return super().event(event)


class ChoiceBox(ElidingComboBox):
    """Qt sizes a list by counting wide letters ("x") and, under a stylesheet, keeps room for the
    arrow twice; in a row of filters that costs a line at 1024 px. This one measures its choices'
    own text (up to ``most`` average letters: a longer choice ends in "…") and the room the style
    draws around it."""

    _most = 14
    """(A class default too: see ``VerticalScroll._least``.)"""

    def __init__(self, most: int = 14, parent: QWidget | None = None, **kwargs: object) -> None:
        super().__init__(parent, **kwargs)
        self._most = most
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # asks again as choices change

    def _contents_width(self) -> int:
        metrics = self.fontMetrics()
        texts = [metrics.horizontalAdvance(self.itemText(i)) for i in range(self.count())]
        text = min(max(texts, default=0), metrics.averageCharWidth() * self._most)
        icons = any(not self.itemIcon(i).isNull() for i in range(self.count()))
        return text + (self.iconSize().width() + 4 if icons else 0)

    def _frame_width(self, height: int) -> int:
        """What the style draws around the text: padding, border and the arrow's room."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        option.rect = QRect(0, 0, _PROBE_WIDTH, height)
        return _PROBE_WIDTH - self._field(option).width() + 4

    def sizeHint(self) -> QSize:
        height = super().sizeHint().height()
        return QSize(self._contents_width() + self._frame_width(height), height)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()
