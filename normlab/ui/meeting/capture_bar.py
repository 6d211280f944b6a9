"""The capture line: type what someone said and press Enter; it lands in the dimension shown beside it.

While the line is being typed in, every printable key is text: only Enter (add), Esc or Tab (stop
typing) and Alt combinations (Alt+1…4 dimension, Alt+H held/proposed, Alt+P who said it) act.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from normlab.domain.model import Dimension, Stance
from normlab.ui.meeting.scale import Scale
from normlab.ui.widgets import style
from normlab.ui.widgets.capture_field import CaptureField
from normlab.ui.widgets.i18n import translator
from normlab.ui.widgets.words import dimension_label, stance_label

tr = translator("Meeting")

DIMENSIONS = tuple(Dimension)
NUMBER_KEYS = {Qt.Key.Key_1: 0, Qt.Key.Key_2: 1, Qt.Key.Key_3: 2, Qt.Key.Key_4: 3}


class MeetingLine(CaptureField):
    """The line itself: Esc and Tab hand the keyboard back to the meeting's single-letter keys."""

    leave = Signal()
    altKey = Signal(int)
    """An Alt+key the meeting acts on while the line keeps its text (the key's code)."""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Escape):
                self.leave.emit()
                return True
            if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier == Qt.KeyboardModifier.AltModifier:
                self.altKey.emit(event.key())
                return True
        return super().event(event)


class CaptureBar(QFrame):
    """What the next reason will be (dimension, held or proposed, who said it) and the line to type it."""

    submitted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CaptureBar")
        self.dimension = Dimension.OPERATIONAL
        self.stance = Stance.HELD
        self.voice = ""
        self.chips = QLabel()
        self.chips.setTextFormat(Qt.TextFormat.RichText)
        self.line = MeetingLine()
        self.line.setAccessibleName(tr("Capture a reason"))
        self.line.setPlaceholderText(tr("Type a reason someone gives, then Enter"))
        self.line.returnPressed.connect(self._submit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.chips)
        layout.addWidget(self.line, 1)
        self._scale = Scale(800)

    def _submit(self) -> None:
        text = " ".join(self.line.text().split())
        if text:
            self.submitted.emit(text)

    def clear_line(self) -> None:
        self.line.reset()

    def set_dimension(self, dimension: Dimension) -> None:
        self.dimension = dimension
        self._show()

    def toggle_stance(self) -> None:
        self.stance = Stance.PROPOSED if self.stance is Stance.HELD else Stance.HELD
        self._show()

    def set_voice(self, voice: str) -> None:
        self.voice = voice
        self._show()

    def apply_scale(self, scale: Scale) -> None:
        self._scale = scale
        self.line.setStyleSheet(
            f"font-size: {scale.reason}px; padding: {scale.gap}px {scale.gap * 2}px;"
            f" border: 2px solid {style.theme().field_border}; border-radius: {scale.gap}px;"
            f" background: {style.SURFACE}; color: {style.TEXT};"
        )
        self._show()

    def _show(self) -> None:
        scale = self._scale
        number = DIMENSIONS.index(self.dimension) + 1
        chip = f"font-size:{scale.small}px; font-weight:700;"
        who = escape(self.voice or tr("anyone", "who said a reason: nobody in particular"))
        stance = escape(stance_label(self.stance).lower())
        colour = style.dimension(self.dimension).text
        self.chips.setText(
            f"<span style='{chip} color:{colour}'>{number} {escape(dimension_label(self.dimension))}</span>"
            f"<span style='{chip} color:{style.MUTED}'> · {stance} · {who}</span>"
        )
        self.chips.setToolTip(tr("Alt+1…4 dimension · Alt+H held or proposed · Alt+P who said it"))
