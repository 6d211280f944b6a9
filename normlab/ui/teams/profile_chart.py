"""The team profile: how many norms rest on each dimension, held against proposed, drawn with QPainter."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from normlab.domain.checks import TeamProfile
from normlab.domain.model import Dimension
from normlab.ui.widgets import style
from normlab.ui.widgets.i18n import fill, number_text, translator
from normlab.ui.widgets.theme import readable_on
from normlab.ui.widgets.words import dimension_label

tr = translator("Teams")

BAR = 10.0
BAR_GAP = 3.0
ROW_GAP = 10.0
LEGEND = 22.0
"""Sizes at the normal type size; they grow with the type (View > Zoom)."""


def profile_text(profile: TeamProfile) -> str:
    rows = [
        fill(tr("%1: %2 held, %3 proposed"), dimension_label(d), profile.held[d], profile.proposed[d])
        for d in Dimension
    ]
    return fill(tr("Of %Ln norm(s): %1", n=profile.norms), "; ".join(rows))


class ProfileChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.profile: TeamProfile | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(tr("Team profile"))

    def set_profile(self, profile: TeamProfile | None) -> None:
        self.profile = profile
        text = profile_text(profile) if profile is not None else tr("No team selected")
        explained = tr(
            "How many norms rest on each dimension. A norm counts once in a dimension when at least one "
            "of its held (filled bar) or proposed (outlined bar) reasons lies there. Retired norms are "
            "left out."
        )
        self.setToolTip(f"<qt>{escape(explained)}<br><br>{escape(text)}</qt>")
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

    def _label_width(self) -> float:
        metrics = QFontMetricsF(self._fonts()[0])
        return max(metrics.horizontalAdvance(dimension_label(d)) for d in Dimension) + 10

    def _stacked(self, width: int) -> bool:
        """Long names (Finnish, German) go above their bars, so the bars keep their length."""
        return self._label_width() > width * 0.42

    def _row_height(self, width: int) -> float:
        k = self._scale()
        bars = 2 * BAR * k + BAR_GAP * k
        return bars + (QFontMetricsF(self._fonts()[0]).height() + 2 if self._stacked(width) else 0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        k = self._scale()
        return int(4 * self._row_height(width) + 3 * ROW_GAP * k + LEGEND * k + 8)

    def sizeHint(self) -> QSize:
        return QSize(220, self.heightForWidth(max(self.width(), 160)))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.heightForWidth(event.size().width()) != event.size().height():
            self.updateGeometry()  # names go above the bars at this width, or back beside them

    def minimumSizeHint(self) -> QSize:
        return QSize(160, self.heightForWidth(max(self.width(), 160)))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        label_font, small_font = self._fonts()
        number_width = QFontMetricsF(small_font).horizontalAdvance("000") + 6
        width = self.width()
        stacked = self._stacked(width)
        label_height = QFontMetricsF(label_font).height() + 2
        bar_left = 0.0 if stacked else self._label_width()
        bar_span = max(20.0, width - bar_left - number_width)
        profile = self.profile
        scale = max(1, profile.norms) if profile is not None else 1
        k = self._scale()
        bar, bar_gap, row_gap = BAR * k, BAR_GAP * k, ROW_GAP * k
        bars_height = 2 * bar + bar_gap
        on = style.theme().sidebar
        y = 2.0
        for dimension in Dimension:
            colours = style.dimension(dimension)
            colour = QColor(colours.strong)
            painter.setFont(label_font)
            painter.setPen(QColor(readable_on(on, colours.strong)))
            label_rect = QRectF(0, y, width, label_height) if stacked else QRectF(0, y, bar_left, bars_height)
            painter.drawText(label_rect, Qt.AlignmentFlag.AlignVCenter, dimension_label(dimension))
            if stacked:
                y += label_height
            held = profile.held[dimension] if profile is not None else 0
            proposed = profile.proposed[dimension] if profile is not None else 0
            track = QColor(style.theme().track)
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
                        painter.setBrush(QColor(colours.tint))
                        painter.drawRoundedRect(rect.adjusted(0.6, 0.6, -0.6, -0.6), 3, 3)
                    else:
                        painter.setBrush(colour)
                        painter.drawRoundedRect(rect, 3, 3)
                painter.setFont(small_font)
                painter.setPen(QColor(style.TEXT if count else style.MUTED))
                painter.drawText(
                    QRectF(bar_left + bar_span + 4, top - 3, number_width, bar + 6),
                    Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                    number_text(count),
                )
            y += bars_height + row_gap
        self._legend(painter, y, 0.0, small_font, bar)  # from the left edge: it fits a narrow side bar
        painter.end()

    def _legend(self, painter: QPainter, y: float, left: float, font: QFont, bar: float) -> None:
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        x = left
        colour = QColor(style.MUTED)
        legend = (
            (tr("held", "legend of the profile chart"), False),
            (tr("proposed", "legend of the profile chart"), True),
        )
        for caption, outlined in legend:
            swatch = QRectF(x, y + 4, 16, bar)
            if outlined:
                painter.setPen(QPen(colour, 1.2, Qt.PenStyle.DashLine))
                painter.setBrush(QColor(style.BACKGROUND))
            else:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
            painter.drawRoundedRect(swatch, 3, 3)
            painter.setPen(colour)
            painter.drawText(QRectF(x + 20, y, 200, bar + 8), Qt.AlignmentFlag.AlignVCenter, caption)
            x += 20 + metrics.horizontalAdvance(caption) + 14
