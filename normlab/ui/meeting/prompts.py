"""Questions the meeting screen asks in place, never in a window on top: the review-by date and a
consensus check. Both are typed into (digits are numbers here); Enter answers, Esc leaves."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QSpinBox, QWidget

from normlab.domain.model import Consensus, ConsensusKind
from normlab.domain.review import REVIEW_STEPS, months_later, parse_day
from normlab.ui.meeting.scale import Scale
from normlab.ui.widgets import style
from normlab.ui.widgets.i18n import day_text, fill, translator

tr = translator("Meeting")

STEP_KEYS = {Qt.Key.Key_1: 1, Qt.Key.Key_3: 3, Qt.Key.Key_6: 6}


def short_day(day: date) -> str:
    return day_text(day)


class ReviewPrompt(QFrame):
    """D: 1, 3 or 6 for that many months from the meeting's day, a day typed YYYY-MM-DD, Del for none."""

    chosen = Signal(object)
    """A date, or None for "no review date"."""
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.start = date.today()
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.field = QLineEdit(placeholderText=tr("YYYY-MM-DD"))
        self.field.setAccessibleName(tr("Review-by date"))
        self.field.installEventFilter(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.field)

    def open(self, start: date, scale: Scale) -> None:
        self.start = start
        steps = "  ·  ".join(
            f"<b>{m}</b> " + escape(fill(tr("in %n month(s) (%1)", n=m), short_day(months_later(start, m))))
            for m in REVIEW_STEPS
        )
        rest = escape(tr("or type a day"))
        self.label.setText(
            f"<span style='font-size:{scale.small}px'><b>{escape(tr('Review by:'))}</b> {steps}  ·  {rest}"
            f"  ·  <b>{escape(tr('Del', 'the key'))}</b> {escape(tr('none', 'no review date'))}"
            f"  ·  <b>{escape(tr('Esc', 'the key'))}</b> {escape(tr('back'))}</span>"
        )
        self.field.setStyleSheet(f"font-size: {scale.reason}px; padding: {scale.gap}px;")
        self.field.setFixedWidth(int(scale.reason * 7))
        self.field.clear()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            empty = not self.field.text()
            if key == Qt.Key.Key_Escape or key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                self.cancelled.emit()
                return True
            if empty and key in STEP_KEYS:
                self.chosen.emit(months_later(self.start, STEP_KEYS[key]))
                return True
            if empty and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.chosen.emit(None)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                try:
                    self.chosen.emit(parse_day(self.field.text()))
                except ValueError as exc:
                    self.field.setToolTip(str(exc))
                    self.field.selectAll()
                    self.field.setStyleSheet(self.field.styleSheet() + f" border: 3px solid {style.DUE};")
                return True
        return False


class ConsensusPrompt(QFrame):
    """C: how many showed 0…5 fingers, or for / against / abstain; Alt+K switches the kind."""

    chosen = Signal(object)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = ConsensusKind.FIST_TO_FIVE
        self.label = QLabel()
        self.boxes: list[QSpinBox] = []
        self.captions: list[QLabel] = []
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.label)
        for _ in range(ConsensusKind.FIST_TO_FIVE.size):
            caption = QLabel()
            box = QSpinBox(maximum=999)
            box.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
            box.installEventFilter(self)
            self._layout.addWidget(caption)
            self._layout.addWidget(box)
            self.captions.append(caption)
            self.boxes.append(box)
        self._layout.addStretch(1)
        self._scale = Scale(800)

    def open(self, current: Consensus | None, scale: Scale) -> None:
        self._scale = scale
        self.kind = current.kind if current is not None else self.kind
        for box, count in zip(self.boxes, current.counts if current else (), strict=False):
            box.setValue(count)
        if current is None:
            for box in self.boxes:
                box.setValue(0)
        self._show()
        self.boxes[0].setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.boxes[0].selectAll()

    def _show(self) -> None:
        scale = self._scale
        fist = self.kind is ConsensusKind.FIST_TO_FIVE
        names = (
            [f"{n}✋" if n else "✊0" for n in range(6)]
            if fist
            else [tr("for", "a vote"), tr("against", "a vote"), tr("abstain", "a vote")]
        )
        kind = tr("Fist to five") if fist else tr("For · against · abstain")
        keys = tr("Tab next · Enter save · Alt+K other kind · Esc back")
        self.label.setText(
            f"<span style='font-size:{scale.small}px'><b>{escape(kind)}:</b> {escape(keys)}</span>"
        )
        for i, (caption, box) in enumerate(zip(self.captions, self.boxes, strict=True)):
            shown = i < len(names)
            caption.setVisible(shown)
            box.setVisible(shown)
            if shown:
                caption.setText(names[i])
                caption.setStyleSheet(f"font-size: {scale.small}px; font-weight: 700;")
                box.setStyleSheet(f"font-size: {scale.reason}px;")
                box.setFixedWidth(int(scale.reason * 2.6))

    def value(self) -> Consensus:
        return Consensus(self.kind, tuple(box.value() for box in self.boxes[: self.kind.size]))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or watched not in self.boxes:
            return False
        assert isinstance(event, QKeyEvent)
        key = event.key()
        shown = self.boxes[: self.kind.size]
        index = shown.index(watched) if watched in shown else 0  # type: ignore[arg-type]
        if key == Qt.Key.Key_Escape:
            self.cancelled.emit()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.chosen.emit(self.value())
        elif key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            step = -1 if key == Qt.Key.Key_Backtab else 1
            target = shown[(index + step) % len(shown)]
            target.setFocus(Qt.FocusReason.TabFocusReason)
            target.selectAll()
        elif key == Qt.Key.Key_K and event.modifiers() & Qt.KeyboardModifier.AltModifier:
            fist = self.kind is ConsensusKind.FIST_TO_FIVE
            self.kind = ConsensusKind.VOTE if fist else ConsensusKind.FIST_TO_FIVE
            self._show()
            self.boxes[0].setFocus()
            self.boxes[0].selectAll()
        else:
            return False
        return True
