"""Help ▸ Dimension codebook: the four dimensions with their definitions and examples."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from normlab.domain.codebook import CODEBOOK
from normlab.domain.model import Dimension
from normlab.ui.widgets import style
from normlab.ui.widgets.i18n import translator
from normlab.ui.widgets.sizing import size_dialog
from normlab.ui.widgets.words import codebook, dimension_label

tr = translator("Codebook")


def entry_html(dimension: Dimension) -> str:
    entry = CODEBOOK[dimension]
    colours = style.dimension(dimension)
    return (
        f"<p style='margin:0'><span style='color:{colours.text}; font-size:x-large; font-weight:700'>"
        f"{escape(dimension_label(dimension))}</span> &nbsp;"
        f"<span style='color:{style.MUTED}'>{escape(codebook(entry.short))}</span></p>"
        f"<p>{escape(codebook(entry.definition))}</p>"
        f"<p style='margin-bottom:0'><i>{escape(tr('In a classroom'))}</i> — "
        f"{escape(codebook(entry.classroom_example))}<br>"
        f"<i>{escape(tr('On a ward'))}</i> — {escape(codebook(entry.clinical_example))}</p>"
    )


class CodebookDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, focus: Dimension | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("The four dimensions of reasons"))
        size_dialog(self, 39, 37)
        intro = QLabel(
            tr(
                "One surface norm can rest on several reasons at once. Sort each reason people give into the "
                "dimension it justifies the norm by (Hofmann & Ruthven, 2018)."
            )
        )
        intro.setWordWrap(True)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setSpacing(10)
        self.cards: dict[Dimension, QFrame] = {}
        for dimension in Dimension:
            card = QFrame()
            card.setObjectName(f"Codebook_{dimension.value}")  # coloured by the stylesheet (style.py)
            label = QLabel(entry_html(dimension))
            label.setAccessibleName(dimension_label(dimension))
            label.setAccessibleDescription(codebook(CODEBOOK[dimension].definition))
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            inner = QVBoxLayout(card)
            inner.setContentsMargins(14, 10, 14, 10)
            inner.addWidget(label)
            body_layout.addWidget(card)
            self.cards[dimension] = card
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        scroll.setAccessibleName(tr("The four dimensions"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        if focus is not None:
            scroll.ensureWidgetVisible(self.cards[focus])


def show_codebook(parent: QWidget | None, focus: Dimension | None = None) -> CodebookDialog:
    """Open the codebook beside the window (not blocking it) and return it."""
    dialog = CodebookDialog(parent, focus)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
