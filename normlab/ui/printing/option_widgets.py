"""Pieces the Print centre's option panels share: paper choice, colour swatches, short labels."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QRect, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QComboBox

from normlab.printing.fonts import describe_characters
from normlab.printing.paper import Paper
from normlab.printing.validation import unprintable_characters

Fields = list[tuple[str, str]]
"""(what the text is, the text) pairs, for naming the field with unprintable characters."""


def short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def paper_combo() -> QComboBox:
    combo = QComboBox()
    for paper in Paper:
        combo.addItem(paper.value, paper)
    return combo


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
    """A one-line message naming the first field with characters no bundled font can draw."""
    for label, text in fields:
        missing = unprintable_characters(text)
        if missing:
            return (
                f"{label} has characters the bundled fonts cannot print: {describe_characters(missing)}; "
                "remove or replace them"
            )
    return None
