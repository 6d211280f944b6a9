"""A label that wraps to at most a few lines and ends with “…” when the text is longer."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPaintEvent, QResizeEvent, QTextLayout
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ElidedLabel(QWidget):
    def __init__(self, text: str = "", max_lines: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = text
        self.setAccessibleName(text)
        self.max_lines = max_lines
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        self._text = text
        self.setAccessibleName(text)  # a screen reader reads the whole text, not what fits
        self.update()

    def sizeHint(self) -> QSize:
        metrics = QFontMetricsF(self.font())
        width = metrics.horizontalAdvance(self._text) + 4 if self.max_lines == 1 else 100
        return QSize(int(width), int(metrics.lineSpacing() * self.max_lines + 2))

    def minimumSizeHint(self) -> QSize:
        return QSize(20, self.sizeHint().height())

    def lines(self, width: float) -> list[str]:
        """The text as it is drawn at ``width``: at most ``max_lines`` lines, the last elided."""
        metrics = QFontMetricsF(self.font())
        layout = QTextLayout(self._text, self.font())
        layout.beginLayout()
        lines: list[str] = []
        while len(lines) < self.max_lines:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            start, length = line.textStart(), line.textLength()
            if len(lines) == self.max_lines - 1:
                rest = self._text[start:]
                lines.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
            else:
                lines.append(self._text[start : start + length].rstrip())
        layout.endLayout()
        return lines

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().windowText().color())
        painter.setFont(self.font())
        line_height = QFontMetricsF(self.font()).lineSpacing()
        lines = self.lines(self.width())
        top = max(0.0, (self.height() - line_height * len(lines)) / 2) if self.max_lines == 1 else 0.0
        for i, line in enumerate(lines):
            painter.drawText(
                QRectF(0, top + i * line_height, self.width(), line_height), Qt.AlignmentFlag.AlignLeft, line
            )
        painter.end()


class FittingLabel(QLabel):
    """A one-line QLabel (styled by its object name like any label) that ends with “…” when its
    text is wider than the room it has; the whole text stays its tooltip and accessible name."""

    def __init__(self, text: str = "", parent: QWidget | None = None, **kwargs: object) -> None:
        super().__init__(text, parent, **kwargs)
        self._full = text
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(text)

    def setText(self, text: str) -> None:  # type: ignore[override]
        self._full = text
        self.setAccessibleName(text)
        self._fit()

    def full_text(self) -> str:
        return self._full

    def sizeHint(self) -> QSize:
        metrics = QFontMetricsF(self.font())
        margins = self.contentsMargins().left() + self.contentsMargins().right()
        return QSize(int(metrics.horizontalAdvance(self._full)) + margins + 2, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        """Room for the whole text up to about fifteen letters; a longer word may be cut."""
        metrics = QFontMetricsF(self.font())
        whole = (
            metrics.horizontalAdvance(self._full)
            + self.contentsMargins().left()
            + self.contentsMargins().right()
        )
        return QSize(int(min(whole, metrics.averageCharWidth() * 15)) + 2, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        metrics = QFontMetricsF(self.font())
        room = self.contentsRect().width()
        shown = metrics.elidedText(self._full, Qt.TextElideMode.ElideRight, room) if room > 0 else self._full
        QLabel.setText(self, shown)
        self.setToolTip(self._full if shown != self._full else "")
