"""Pieces the Print centre's option panels share: paper choice, colour swatches, short labels."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QComboBox, QWidget

from normlab.printing.font_sources import GET_A_FONT
from normlab.printing.fonts import describe_characters
from normlab.printing.furniture import interface_language, supported_languages
from normlab.printing.paper import Paper
from normlab.printing.token_layout import DuplexEdge
from normlab.printing.validation import unprintable_characters
from normlab.ui.widgets.choice_box import ElidingComboBox
from normlab.ui.widgets.i18n import fill, translator
from normlab.ui.widgets.i18n import language as window_language
from normlab.ui.widgets.vertical_scroll import VerticalScroll

tr = translator("Printing")


DISABLED_BUTTONS = """
QPushButton:disabled { color: #A0A7B0; background: #EEF0F3; border-color: #DDE1E6; }
QPushButton#Primary:disabled { color: #F4F6FB; background: #A8B9DD; border-color: #A8B9DD; }
QTabBar::tab { padding: 6px 9px; }
"""
"""The Print centre's own style: disabled buttons look disabled; four tabs fit the options' width."""
Fields = list[tuple[str, str]]
"""(what the text is, the text) pairs, for naming the field with unprintable characters."""


def short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def scrolling(panel: QWidget) -> VerticalScroll:
    """An option panel in a scroll area that scrolls only up and down, and asks for the panel's
    whole width (the preview beside it gives way), so no field is cut at the side."""
    panel.setContentsMargins(2, 10, 10, 4)
    return VerticalScroll(panel)


def narrow_combo(letters: int = 16) -> QComboBox:
    """A drop-down that asks for room for ``letters`` letters, not for its longest choice: the
    option panels stay narrow enough to leave the preview its room. A longer choice ends in "…"
    where the panel is narrow; the open list and the tooltip show it whole."""
    combo = ElidingComboBox()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(letters)
    return combo


def paper_combo() -> QComboBox:
    combo = QComboBox()
    for paper in Paper:
        combo.addItem(paper_name(paper), paper)
    return combo


def paper_name(paper: Paper) -> str:
    return tr("Letter", "the US paper size") if paper is Paper.LETTER else paper.value


def swatch(colour: str, size: QSize | None = None) -> QIcon:
    size = size or QSize(22, 16)
    pixmap = QPixmap(size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor(0, 0, 0, 60))
    painter.setBrush(QColor(colour))
    painter.drawRoundedRect(QRect(0, 0, size.width() - 1, size.height() - 1), 4, 4)
    painter.end()
    return QIcon(pixmap)


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def unprintable_problem(fields: Fields) -> str | None:
    """A one-line message naming the first field with characters no available font can draw."""
    for label, text in fields:
        missing = unprintable_characters(text)
        if missing:
            return fill(
                tr("%1 has characters no font on this computer can print: %2; %3, or remove them"),
                label,
                describe_characters(missing),
                GET_A_FONT,
            )
    return None


LANGUAGE_NAMES = {
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
    "fi": "Suomi",
    "el": "Ελληνικά",
    "ru": "Русский",
    "ar": "العربية",
    "he": "עברית",
    "zh": "中文",
}


def language_combo() -> QComboBox:
    """The languages printed furniture comes in, each named in itself; starts on the interface's."""
    combo = QComboBox()
    for code in supported_languages():
        combo.addItem(LANGUAGE_NAMES.get(code, code), code)
    shown = window_language()  # the window's language, chosen in Preferences or by the system
    combo.setCurrentIndex(
        max(0, combo.findData(shown if shown in supported_languages() else interface_language()))
    )
    combo.setToolTip(tr("The language of the title, “because”, dates, page numbers and token kinds"))
    return combo


def feed_picture(edge: DuplexEdge, landscape: bool, size: int = 64) -> QPixmap:
    """A sheet with a curved arrow showing which edge the printer turns it over on."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    w, h = (size * 0.62, size * 0.44) if landscape else (size * 0.44, size * 0.62)
    sheet = QRectF((size - w) / 2, (size - h) / 2, w, h)
    painter.setPen(QPen(QColor("#46505C"), 1.5))
    painter.setBrush(QColor("#FFFFFF"))
    painter.drawRect(sheet)
    turns_about_vertical = (h >= w) == (edge is DuplexEdge.LONG)
    pen = QPen(QColor("#2F6DB5"), 3)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    path = QPainterPath()
    if turns_about_vertical:  # the hinge is the right edge: the sheet swings over it sideways
        painter.drawLine(QPointF(sheet.right(), sheet.top()), QPointF(sheet.right(), sheet.bottom()))
        path.moveTo(sheet.center().x() - w * 0.25, sheet.center().y())
        path.quadTo(sheet.right(), sheet.top() - 4, sheet.right() + 6, sheet.center().y())
    else:  # the hinge is the bottom edge: the sheet turns over towards the reader
        painter.drawLine(QPointF(sheet.left(), sheet.bottom()), QPointF(sheet.right(), sheet.bottom()))
        path.moveTo(sheet.center().x(), sheet.center().y() - h * 0.25)
        path.quadTo(sheet.right() + 4, sheet.bottom(), sheet.center().x(), sheet.bottom() + 6)
    painter.drawPath(path)
    end = path.currentPosition()
    painter.setBrush(QColor("#2F6DB5"))
    painter.drawEllipse(end, 3, 3)
    painter.end()
    return pixmap
