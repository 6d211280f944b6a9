"""A one-line field for capturing new items that lets Ctrl+Z reach the window's undo when empty."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit


class CaptureField(QLineEdit):
    """After "type, Enter", the field is empty and has no history of its own, so Ctrl+Z and
    Ctrl+Shift+Z undo and redo the edit just made instead of doing nothing here."""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if event.matches(QKeySequence.StandardKey.Undo) and not self.isUndoAvailable():
                event.ignore()
                return False
            if event.matches(QKeySequence.StandardKey.Redo) and not self.isRedoAvailable():
                event.ignore()
                return False
        return super().event(event)

    def reset(self) -> None:
        """Empty the field and forget its own undo history (``setText`` does both)."""
        self.setText("")
