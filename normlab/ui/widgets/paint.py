"""Small painted pieces shared by the views: dimension chips, the warning marker, stance pills."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QMimeData, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QDrag, QFont, QFontMetricsF, QIcon, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QWidget

from normlab.domain.codebook import CODEBOOK
from normlab.domain.model import Dimension
from normlab.ui.widgets import style

WARNING_FILL = QColor("#E59A12")
WARNING_TEXT = QColor("#FFFFFF")


def chip_font(base: QFont) -> QFont:
    font = QFont(base)
    font.setPointSizeF(max(8.5, base.pointSizeF() - 2))
    font.setWeight(QFont.Weight.DemiBold)
    return font


def chip_size(metrics: QFontMetricsF, label: str) -> tuple[float, float]:
    return metrics.horizontalAdvance(label) + 16, metrics.height() + 6


def draw_chip(
    painter: QPainter,
    left: float,
    centre_y: float,
    dimension: Dimension,
    label: str,
    *,
    outlined: bool = False,
    width: float | None = None,
) -> float:
    """Draw one dimension chip starting at ``left``; returns its width.

    Filled in the dimension's strong colour for a held rationale; a tinted, dashed outline for a
    proposed one, so the two stay apart on a greyscale projector too.
    """
    colours = style.dimension(dimension)
    metrics = QFontMetricsF(painter.font())
    natural, height = chip_size(metrics, label)
    width = natural if width is None else width
    rect = QRectF(left, centre_y - height / 2, width, height)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if outlined:
        pen = QPen(QColor(colours.strong), 1.4, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(QColor(colours.tint))
        painter.drawRoundedRect(rect.adjusted(0.7, 0.7, -0.7, -0.7), height / 2, height / 2)
        painter.setPen(QColor(colours.text))
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colours.strong))
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(QColor(colours.on_strong))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
    painter.restore()
    return width


def draw_warning_marker(painter: QPainter, centre: QPointF, size: float) -> None:
    """An amber triangle with an exclamation mark."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    half = size / 2
    path = QPainterPath()
    path.moveTo(centre.x(), centre.y() - half)
    path.lineTo(centre.x() + half * 1.1, centre.y() + half * 0.85)
    path.lineTo(centre.x() - half * 1.1, centre.y() + half * 0.85)
    path.closeSubpath()
    painter.setPen(
        QPen(WARNING_FILL, 1.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    )
    painter.setBrush(WARNING_FILL)
    painter.drawPath(path)
    pen = QPen(WARNING_TEXT, max(1.6, size / 9), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.drawLine(
        QPointF(centre.x(), centre.y() - half * 0.35), QPointF(centre.x(), centre.y() + half * 0.3)
    )
    painter.drawPoint(QPointF(centre.x(), centre.y() + half * 0.6))
    painter.restore()


def drag_with_pixmap(source: QWidget, data: QMimeData, pixmap: QPixmap) -> None:
    """Run a move drag showing a faded picture of what is dragged; the drop decides what happens."""
    faded = QPixmap(pixmap.size())
    faded.setDevicePixelRatio(pixmap.devicePixelRatio())
    faded.fill(Qt.GlobalColor.transparent)
    painter = QPainter(faded)
    painter.setOpacity(0.8)
    painter.drawPixmap(0, 0, pixmap)
    painter.end()
    drag = QDrag(source)
    drag.setMimeData(data)
    drag.setPixmap(faded)
    drag.setHotSpot(QPoint(12, faded.height() // 2))
    drag.exec(Qt.DropAction.MoveAction)


@cache
def warning_icon(size: int = 18) -> QIcon:
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.setDevicePixelRatio(2)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    draw_warning_marker(painter, QPointF(size / 2, size / 2 + 1), size - 4)
    painter.end()
    return QIcon(pixmap)


@cache
def app_icon() -> QIcon:
    """The window icon: the packaged one, or four bars in the dimension colours drawn here."""
    from normlab.paths import resource

    packaged = resource("icons", "normlab.png")
    if packaged.is_file():
        return QIcon(str(packaged))
    icon = QIcon()
    for size in (16, 32, 64, 128, 256):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#FFFFFF"))
        painter.drawRoundedRect(QRectF(0, 0, size, size), size * 0.2, size * 0.2)
        bar_width = size * 0.14
        gap = (size - 4 * bar_width) / 5
        heights = (0.62, 0.46, 0.54, 0.7)
        for i, dimension in enumerate(Dimension):
            height = size * heights[i]
            x = gap + i * (bar_width + gap)
            painter.setBrush(QColor(CODEBOOK[dimension].colour))
            painter.drawRoundedRect(
                QRectF(x, size * 0.85 - height, bar_width, height), bar_width / 3, bar_width / 3
            )
        painter.end()
        icon.addPixmap(pixmap)
    return icon
