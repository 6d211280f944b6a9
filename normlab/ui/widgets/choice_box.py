"""A drop-down list as wide as its longest choice, measured in the type it is drawn in."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QWidget

_PROBE_WIDTH = 400


class ChoiceBox(QComboBox):
    """Qt sizes a list by counting wide letters ("x") and, under a stylesheet, keeps room for the
    arrow twice; in a row of filters that costs a line at 1024 px. This one measures its choices'
    own text (up to ``most`` average letters: a longer choice ends in "…") and the room the style
    draws around it."""

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
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        return _PROBE_WIDTH - field.width() + 4

    def sizeHint(self) -> QSize:
        height = super().sizeHint().height()
        return QSize(self._contents_width() + self._frame_width(height), height)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()
