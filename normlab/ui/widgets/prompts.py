"""Small modal questions and calm error messages. Tests replace the Qt dialogs they call."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from normlab.ui.widgets.i18n import translator

tr = translator("Prompts")


def sentence(message: str) -> str:
    """The core's one-line messages start in lower case and have no full stop; make them a sentence."""
    message = message.strip()
    if not message:
        return ""
    message = message[0].upper() + message[1:]
    return message if message.endswith((".", "!", "?")) else message + "."


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
    value = value.strip() if ok else ""
    return value or None


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def choose(
    parent: QWidget | None, title: str, text: str, choices: Sequence[tuple[str, str]], info: str = ""
) -> str | None:
    """Ask which of ``choices`` ((key, button text), the first is the default) to take, or Cancel
    (None). For a question with more answers than yes and no."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, parent)
    box.setInformativeText(info)
    buttons = {box.addButton(label, QMessageBox.ButtonRole.AcceptRole): key for key, label in choices}
    box.setDefaultButton(next(iter(buttons)))
    box.exec()
    return buttons.get(box.clickedButton())  # type: ignore[call-overload]


def show_error(parent: QWidget | None, what: str, message: str, advice: str = "") -> None:
    """Say what happened and what to do, in plain words; never a traceback."""
    advice = advice or tr("Nothing was changed. You can try again, or press Ctrl+Z to step back.")
    body = f"<p><b>{escape(what)}.</b></p><p>{escape(sentence(message))}</p><p>{escape(advice)}</p>"
    QMessageBox.warning(parent, "normlab", body)


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)
