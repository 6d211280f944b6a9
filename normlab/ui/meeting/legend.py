"""Every key of the meeting screen, shown on it in a small legend; the keys that act now stand out."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from normlab.ui.meeting.scale import Scale
from normlab.ui.widgets import style
from normlab.ui.widgets.i18n import translator

tr = translator("Meeting")

TYPING_KEYS = (
    (tr.noop("Enter", "keys on the keyboard"), tr.noop("add the reason")),
    (tr.noop("Alt+1–4", "keys on the keyboard"), tr.noop("its dimension")),
    (tr.noop("Alt+H", "keys on the keyboard"), tr.noop("held / proposed")),
    (tr.noop("Alt+P", "keys on the keyboard"), tr.noop("who said it")),
    (tr.noop("Esc or Tab", "keys on the keyboard"), tr.noop("stop typing")),
)
COMMAND_KEYS = (
    (tr.noop("Enter or Tab", "keys on the keyboard"), tr.noop("type a reason")),
    (tr.noop("↑ ↓", "keys on the keyboard"), tr.noop("pick a reason")),
    (tr.noop("1–4 or O I S", "keys on the keyboard"), tr.noop("its dimension (I twice: ideational)")),
    (tr.noop("H", "keys on the keyboard"), tr.noop("held / proposed")),
    (tr.noop("P", "keys on the keyboard"), tr.noop("who said it")),
    (tr.noop("A", "keys on the keyboard"), tr.noop("agree (at most two)")),
    (tr.noop("Del", "keys on the keyboard"), tr.noop("delete")),
    (tr.noop("R", "keys on the keyboard"), tr.noop("reword the norm")),
    (tr.noop("K V X", "keys on the keyboard"), tr.noop("keep · revise · retire")),
    (tr.noop("C", "keys on the keyboard"), tr.noop("consensus check")),
    (tr.noop("D", "keys on the keyboard"), tr.noop("review by")),
    (tr.noop("T", "keys on the keyboard"), tr.noop("restart the time box")),
    (tr.noop("← → PgUp PgDn", "keys on the keyboard"), tr.noop("other norm")),
    (tr.noop("E", "keys on the keyboard"), tr.noop("summary and end")),
)
ALWAYS_KEYS = (
    (tr.noop("Ctrl+Z", "keys on the keyboard"), tr.noop("undo")),
    (tr.noop("Ctrl+Shift+Z", "keys on the keyboard"), tr.noop("redo")),
    (tr.noop("Ctrl+W", "keys on the keyboard"), tr.noop("leave (the meeting stays open)")),
    (tr.noop("Ctrl++ Ctrl+- Ctrl+0", "keys on the keyboard"), tr.noop("zoom")),
)


def legend_html(typing: bool, scale: Scale) -> str:
    def group(keys: tuple[tuple[str, str], ...], active: bool) -> str:
        colour = style.TEXT if active else style.MUTED
        return " · ".join(
            f"<span style='color:{colour}'><b>{escape(tr(key))}</b> {escape(tr(what))}</span>"
            for key, what in keys
        )

    title = tr("TYPING", "a heading in capitals") if typing else tr("KEYS", "a heading in capitals")
    title_on = f"<span style='color:{style.ACCENT}'><b>{escape(title)}</b></span>"
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
        self.setAccessibleName(tr("Keys of the meeting screen"))

    def show_keys(self, typing: bool, scale: Scale) -> None:
        self.setText(legend_html(typing, scale))
