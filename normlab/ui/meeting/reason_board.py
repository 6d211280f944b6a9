"""The reasons of the norm on screen, in four columns by dimension, as cards a room can tell apart.

Held: a tinted card with a solid border and the word HELD. Proposed: a white card with a dashed
border, the words in italics and the word PROPOSED. Agreed: a heavy dark frame and "✓ AGREED".
The difference is in the border, the fill and the words, never in the colour alone.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from normlab.domain.model import Dimension, Norm, Rationale, Stance
from normlab.ui.meeting.scale import Scale
from normlab.ui.widgets import style
from normlab.ui.widgets.i18n import fill, translator
from normlab.ui.widgets.words import dimension_label, dimension_summary, stance_label

tr = translator("Meeting")

DIMENSIONS = tuple(Dimension)


def card_label(rationale: Rationale, agreed_count: int) -> str:
    """The words under a reason: "✓ AGREED 1 · HELD · teacher"."""
    parts = []
    if rationale.agreed:
        parts.append(
            tr("✓ AGREED")
            if agreed_count < 2
            else fill(tr("✓ AGREED %1", "the first or second agreed reason"), rationale.agreed_order)
        )
    parts.append(stance_label(rationale.stance).upper())
    if rationale.voice:
        parts.append(rationale.voice)
    return " · ".join(parts)


class ReasonCard(QFrame):
    def __init__(
        self, rationale: Rationale, agreed_count: int, scale: Scale, selected: bool, size: int
    ) -> None:
        super().__init__()
        self.rationale = rationale
        self.setObjectName("ReasonCard")
        colours = style.dimension(rationale.dimension)
        held = rationale.stance is Stance.HELD
        border = f"{max(2, scale.gap // 2)}px {'solid' if held else 'dashed'} {colours.strong}"
        if rationale.agreed:
            border = f"{max(4, scale.gap)}px solid {style.TEXT}"
        if selected:
            border = f"{max(4, scale.gap)}px solid {style.ACCENT}"
        self.setStyleSheet(
            f"#ReasonCard {{ background: {colours.tint if held else style.SURFACE}; border: {border};"
            f" border-radius: {scale.gap * 2}px; }}"
        )
        text = QLabel(rationale.text)
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setStyleSheet(
            f"font-size: {size}px; {'' if held else 'font-style: italic;'} background: transparent;"
        )
        footer = QLabel(card_label(rationale, agreed_count))
        footer.setTextFormat(Qt.TextFormat.PlainText)
        footer.setWordWrap(True)
        weight = 800 if rationale.agreed else 600
        footer.setStyleSheet(
            f"font-size: {max(scale.small, round(size * 0.6))}px; font-weight: {weight}; letter-spacing: 1px;"
            f" color: {style.TEXT if rationale.agreed else style.MUTED}; background: transparent;"
        )
        layout = QVBoxLayout(self)
        pad = scale.gap + 2
        layout.setContentsMargins(pad + 2, pad, pad + 2, pad)
        layout.setSpacing(max(2, scale.gap // 2))
        layout.addWidget(text)
        layout.addWidget(footer)
        described = fill(
            tr("%1, %2", "a reason and its marks"), rationale.text, card_label(rationale, agreed_count)
        )
        self.setAccessibleName(fill(tr("selected, %1"), described) if selected else described)


class ReasonColumn(QFrame):
    """One dimension: a heading with its key, and its reasons (scrolling when there are many)."""

    def __init__(self, dimension: Dimension, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dimension = dimension
        self.setObjectName(f"Column_{dimension.value}")
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.cards: list[ReasonCard] = []
        self._list = QWidget()
        self._list.setStyleSheet("background: transparent;")
        self._list_layout = QVBoxLayout(self._list)
        self._list_layout.setContentsMargins(0, 0, 0, 0)
        self._list_layout.addStretch(1)
        self.empty = QLabel(tr("nothing yet"))
        self._list_layout.insertWidget(0, self.empty)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self._list)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.setStyleSheet("background: transparent;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.scroll, 1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def show_reasons(
        self, reasons: list[Rationale], agreed_count: int, scale: Scale, selected: int | None, size: int
    ) -> None:
        colours = style.dimension(self.dimension)
        number = DIMENSIONS.index(self.dimension) + 1
        self.setStyleSheet(
            f"#Column_{self.dimension.value} {{ background: {colours.tint}; border-radius: {scale.gap * 2}px;"
            f" border-top: {max(4, scale.gap)}px solid {colours.strong}; }}"
        )
        self.heading.setText(
            f"<span style='font-size:{scale.heading}px; font-weight:800; color:{colours.text}'>"
            f"{number} · {escape(dimension_label(self.dimension))}</span>"
            f" <span style='font-size:{scale.small}px; color:{style.MUTED}'>"
            f"{escape(dimension_summary(self.dimension))}</span>"
        )
        self.heading.setStyleSheet("background: transparent;")
        self.empty.setStyleSheet(
            f"font-size: {scale.small}px; color: {style.MUTED}; background: transparent;"
        )
        self.empty.setVisible(not reasons)
        for card in self.cards:
            self._list_layout.removeWidget(card)
            card.hide()
            card.deleteLater()
        self.cards = []
        self._list_layout.setSpacing(scale.gap)
        self.layout().setContentsMargins(scale.gap + 2, scale.gap, scale.gap + 2, scale.gap)
        for reason in reasons:
            card = ReasonCard(reason, agreed_count, scale, reason.id == selected, size)
            self._list_layout.insertWidget(self._list_layout.count() - 1, card)
            self.cards.append(card)

    def reveal(self, rationale_id: int) -> None:
        for card in self.cards:
            if card.rationale.id == rationale_id:
                self.scroll.ensureWidgetVisible(card)


class ReasonBoard(QWidget):
    """Four columns side by side, one per dimension, in the codebook's order."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = {d: ReasonColumn(d) for d in DIMENSIONS}
        self.reason_px = 0
        """The type size of the reasons now shown, in pixels."""
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        for column in self.columns.values():
            self._layout.addWidget(column, 1)

    def show_norm(self, norm: Norm | None, scale: Scale, selected: int | None) -> None:
        self._layout.setSpacing(scale.gap * 2)
        agreed = len(norm.agreed()) if norm is not None else 0
        shown = {d: list(norm.in_dimension(d)) if norm is not None else [] for d in DIMENSIONS}
        size = scale.reason_for(max(len(r) for r in shown.values()))
        self.reason_px = size
        for dimension, column in self.columns.items():
            column.show_reasons(shown[dimension], agreed, scale, selected, size)
        if selected is not None:
            for column in self.columns.values():
                column.reveal(selected)


def reading_order(norm: Norm) -> list[Rationale]:
    """The reasons as the keyboard walks them: column by column, top to bottom."""
    return [r for d in DIMENSIONS for r in norm.in_dimension(d)]
