"""Every key of the meeting screen, shown on it in a small legend; the keys that act now stand out."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from normlab.ui.meeting.scale import Scale
from normlab.ui.widgets import style

TYPING_KEYS = (
    ("Enter", "add the reason"),
    ("Alt+1–4", "its dimension"),
    ("Alt+H", "held / proposed"),
    ("Alt+P", "who said it"),
    ("Esc or Tab", "stop typing"),
)
COMMAND_KEYS = (
    ("Enter or Tab", "type a reason"),
    ("↑ ↓", "pick a reason"),
    ("1–4 or O I S", "its dimension (I twice: ideational)"),
    ("H", "held / proposed"),
    ("P", "who said it"),
    ("A", "agree (at most two)"),
    ("Del", "delete"),
    ("R", "reword the norm"),
    ("K V X", "keep · revise · retire"),
    ("C", "consensus check"),
    ("D", "review by"),
    ("T", "restart the time box"),
    ("← → PgUp PgDn", "other norm"),
    ("E", "summary and end"),
)
ALWAYS_KEYS = (
    ("Ctrl+Z", "undo"),
    ("Ctrl+Shift+Z", "redo"),
    ("Ctrl+W", "leave (the meeting stays open)"),
    ("Ctrl++ Ctrl+- Ctrl+0", "zoom"),
)


def legend_html(typing: bool, scale: Scale) -> str:
    def group(keys: tuple[tuple[str, str], ...], active: bool) -> str:
        colour = style.TEXT if active else "#9AA3AD"
        return " · ".join(f"<span style='color:{colour}'><b>{key}</b> {what}</span>" for key, what in keys)

    title_on = f"<span style='color:{style.ACCENT}'><b>{'TYPING' if typing else 'KEYS'}</b></span>"
    parts = [
        f"{title_on} " + group(TYPING_KEYS if typing else COMMAND_KEYS, True),
        group(COMMAND_KEYS if typing else TYPING_KEYS, False),
        group(ALWAYS_KEYS, True),
    ]
    return f"<div style='font-size:{scale.small}px'>" + "<br>".join(parts) + "</div>"


class Legend(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        self.setAccessibleName("Keys of the meeting screen")

    def show_keys(self, typing: bool, scale: Scale) -> None:
        self.setText(legend_html(typing, scale))
