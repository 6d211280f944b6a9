"""The team profile: how many norms rest on each dimension, held against proposed, drawn with QPainter."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from normlab.domain.checks import TeamProfile
from normlab.domain.codebook import CODEBOOK
from normlab.domain.model import Dimension
from normlab.ui.widgets import style

BAR = 10.0
BAR_GAP = 3.0
ROW_GAP = 10.0
LEGEND = 22.0
"""Sizes at the normal type size; they grow with the type (View > Zoom)."""


def profile_text(profile: TeamProfile) -> str:
    rows = [f"{d.label}: {profile.held[d]} held, {profile.proposed[d]} proposed" for d in Dimension]
    return f"Of {profile.norms} norms — " + "; ".join(rows)


class ProfileChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.profile: TeamProfile | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName("Team profile")

    def set_profile(self, profile: TeamProfile | None) -> None:
        self.profile = profile
        text = profile_text(profile) if profile is not None else "No team selected"
        self.setToolTip(
            "<qt>How many norms rest on each dimension. A norm counts once in a dimension when at least "
            "one of its held (filled bar) or proposed (outlined bar) rationales lies there. "
            f"Retired norms are left out.<br><br>{text}</qt>"
        )
        self.setAccessibleDescription(text)
        self.update()

    def _fonts(self) -> tuple[QFont, QFont]:
        label = QFont(self.font())
        label.setPointSizeF(max(8.5, self.font().pointSizeF() - 1))
        small = QFont(label)
        small.setPointSizeF(max(8.0, label.pointSizeF() - 1))
        return label, small

    def _scale(self) -> float:
        """1 at the normal type size: bars, gaps and the legend grow with the type."""
        return max(1.0, QFontMetricsF(self._fonts()[1]).height() / 14.0)

    def sizeHint(self) -> QSize:
        k = self._scale()
        row = 2 * BAR * k + BAR_GAP * k
        return QSize(220, int(4 * row + 3 * ROW_GAP * k + LEGEND * k + 8))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.updateGeometry()

    def minimumSizeHint(self) -> QSize:
        return QSize(160, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        label_font, small_font = self._fonts()
        label_metrics = QFontMetricsF(label_font)
        label_width = max(label_metrics.horizontalAdvance(d.label) for d in Dimension) + 10
        number_width = QFontMetricsF(small_font).horizontalAdvance("000") + 6
        width = self.width()
        bar_left = label_width
        bar_span = max(20.0, width - bar_left - number_width)
        profile = self.profile
        scale = max(1, profile.norms) if profile is not None else 1
        k = self._scale()
        bar, bar_gap, row_gap = BAR * k, BAR_GAP * k, ROW_GAP * k
        row_height = 2 * bar + bar_gap
        y = 2.0
        for dimension in Dimension:
            entry = CODEBOOK[dimension]
            colour = QColor(entry.colour)
            painter.setFont(label_font)
            painter.setPen(colour.darker(110))
            painter.drawText(
                QRectF(0, y, label_width, row_height), Qt.AlignmentFlag.AlignVCenter, dimension.label
            )
            held = profile.held[dimension] if profile is not None else 0
            proposed = profile.proposed[dimension] if profile is not None else 0
            track = QColor("#E3E7EC")
            for offset, count, outlined in ((0.0, held, False), (bar + bar_gap, proposed, True)):
                top = y + offset
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(track)
                painter.drawRoundedRect(QRectF(bar_left, top, bar_span, bar), 3, 3)
                length = bar_span * count / scale
                if count:
                    rect = QRectF(bar_left, top, max(length, 4.0), bar)
                    if outlined:
                        painter.setPen(QPen(colour, 1.2, Qt.PenStyle.DashLine))
                        painter.setBrush(QColor(entry.tint))
                        painter.drawRoundedRect(rect.adjusted(0.6, 0.6, -0.6, -0.6), 3, 3)
                    else:
                        painter.setBrush(colour)
                        painter.drawRoundedRect(rect, 3, 3)
                painter.setFont(small_font)
                painter.setPen(QColor(style.TEXT if count else style.MUTED))
                painter.drawText(
                    QRectF(bar_left + bar_span + 4, top - 3, number_width, bar + 6),
                    Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                    str(count),
                )
            y += row_height + row_gap
        self._legend(painter, y, 0.0, small_font, bar)  # from the left edge: it fits a narrow side bar
        painter.end()

    def _legend(self, painter: QPainter, y: float, left: float, font: QFont, bar: float) -> None:
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        x = left
        colour = QColor(style.MUTED)
        for caption, outlined in (("held", False), ("proposed", True)):
            swatch = QRectF(x, y + 4, 16, bar)
            if outlined:
                painter.setPen(QPen(colour, 1.2, Qt.PenStyle.DashLine))
                painter.setBrush(QColor("#F3F4F6"))
            else:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
            painter.drawRoundedRect(swatch, 3, 3)
            painter.setPen(colour)
            painter.drawText(QRectF(x + 20, y, 200, bar + 8), Qt.AlignmentFlag.AlignVCenter, caption)
            x += 20 + metrics.horizontalAdvance(caption) + 14
