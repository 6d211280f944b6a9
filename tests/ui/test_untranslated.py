"""No visible English text slips past the translations.

Two nets: the code is read for literal texts handed to Qt's text setters and to the prompts (they
must go through ``tr``); and every screen is opened under a translator that brackets each text it
is asked for, so any word on screen outside the brackets that is not the team's own data (names,
norms, reasons) is a text that never asked to be translated.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    Qt,
    QTranslator,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from normlab.printing.ground_rules import DEFAULT_TITLE
from normlab.printing.prebrief import DEFAULT_STATEMENT
from normlab.ui.printing.option_widgets import LANGUAGE_NAMES as PRINT_LANGUAGES
from normlab.ui.shell.language import LANGUAGE_NAMES
from tests.ui.conftest import WindowFactory
from tests.ui.screens import open_screens, prepare

UI = Path(__file__).resolve().parents[2] / "normlab" / "ui"

SETTERS = {
    "setText",
    "setToolTip",
    "setWindowTitle",
    "setPlaceholderText",
    "setAccessibleName",
    "setAccessibleDescription",
    "setStatusTip",
    "setWhatsThis",
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QToolButton",
    "QAction",
    "addMenu",
    "setTitle",
    "show_status",
    "setSpecialValueText",
    "setSuffix",
    "setPrefix",
    "addTab",
    "setTabText",
    "setTabToolTip",
    "setHeaderLabels",
    "addItem",
    "addItems",
    "addAction",
    "showMessage",
    "addRow",
    "show_error",
    "show_info",
    "show_warning",
    "ask",
    "confirm",
    "EmptyState",
    "set_message",
    "show_message",
}
KEYWORDS = {"placeholderText", "toolTip", "accessibleName", "accessibleDescription", "windowTitle", "text"}
WORD = re.compile(r"[^\W\d_]{2,}")
BRACKETED = re.compile(r"⟦[^⟦⟧]*⟧")
TAG = re.compile(r"<[^>]*>")


def _words(text: str) -> bool:
    """Words a reader would see: not markup, not the name normlab, not a key or a colour."""
    shown = TAG.sub(" ", text).replace("normlab", " ")
    return bool(WORD.search(shown)) and not text.startswith(("#", "Ctrl+", "Alt+"))


def _wordy(node: ast.AST) -> bool:
    """A literal text with words in it, or an f-string with words of its own (neither can be
    looked up in a catalogue)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return _words(node.value)
    if isinstance(node, ast.JoinedStr):
        return _words("".join(str(v.value) if isinstance(v, ast.Constant) else " " for v in node.values))
    return False


def test_the_code_hands_no_literal_text_to_the_screen() -> None:
    found = []
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = (
                func.id
                if isinstance(func, ast.Name)
                else func.attr
                if isinstance(func, ast.Attribute)
                else ""
            )
            texts = [a for a in node.args if _wordy(a)] if name in SETTERS else []
            texts += [k.value for k in node.keywords if k.arg in KEYWORDS and _wordy(k.value)]
            found += [
                f"{path.relative_to(UI.parent.parent)}:{node.lineno}: {ast.unparse(t)[:70]}" for t in texts
            ]
    assert not found, "texts shown without tr():\n" + "\n".join(found)


class Brackets(QTranslator):
    """Says every text back between ⟦ ⟧, so a text that never asked for a translation stands out."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return f"⟦{source}⟧"

    def isEmpty(self) -> bool:
        return False


def _columns(model: QAbstractItemModel) -> int:
    """A list model's column count is private in Qt: it has one."""
    return 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())


def _texts(widget: QWidget) -> list[tuple[str, str]]:
    """(where, text) for what the widget shows or says to a screen reader."""
    kind = type(widget).__name__
    said = [
        ("tooltip", widget.toolTip()),
        ("accessible name", widget.accessibleName()),
        ("accessible description", widget.accessibleDescription()),
        ("status tip", widget.statusTip()),
    ]
    if widget.isWindow():
        said.append(("window title", widget.windowTitle()))
    if isinstance(widget, QLabel):
        said.append(("label", widget.text()))
    if isinstance(widget, QAbstractButton):
        said.append(("button", widget.text()))
    if isinstance(widget, QGroupBox):
        said.append(("group", widget.title()))
    if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
        said.append(("placeholder", widget.placeholderText()))
    if isinstance(widget, QTextEdit) and widget.isReadOnly():
        said.append(("text", widget.toPlainText()))
    if isinstance(widget, QComboBox):
        said += [("choice", widget.itemText(i)) for i in range(widget.count())]
    if isinstance(widget, QTabBar):
        for i in range(widget.count()):
            said += [("tab", widget.tabText(i)), ("tab tooltip", widget.tabToolTip(i))]
    if isinstance(widget, QTabWidget):
        said += [("tab", widget.tabText(i)) for i in range(widget.count())]
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        for orientation in (Qt.Orientation.Horizontal,):
            for section in range(_columns(model)):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    said.append(("heading", str(model.headerData(section, orientation, role) or "")))
        for row in range(min(model.rowCount(QModelIndex()), 30)):
            for column in range(_columns(model)):
                index = model.index(row, column)
                for role in (
                    Qt.ItemDataRole.DisplayRole,
                    Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.AccessibleTextRole,
                ):
                    value = model.data(index, role)
                    if isinstance(value, str):
                        said.append(("item", value))
    for action in widget.actions():
        said += [("action", action.text()), ("action tip", action.toolTip())]
        if action.menu() is not None:
            said.append(("menu", action.menu().title()))
    if isinstance(widget, QMenu):
        said.append(("menu", widget.title()))
    return [(f"{kind} {where}", text) for where, text in said if text]


def _loose_words(text: str, data: list[str]) -> list[str]:
    plain = TAG.sub(" ", text).replace("&amp;", "&").replace("&nbsp;", " ").replace("&", "")
    while BRACKETED.search(plain):
        plain = BRACKETED.sub(" ", plain)
    for piece in data:
        plain = plain.replace(piece, " ")
    corpus = "\n".join(data)
    return [w for w in WORD.findall(plain) if w not in corpus]


def test_every_text_on_every_screen_asks_for_its_translation(
    open_window: WindowFactory, db_url: str, qtbot: Any
) -> None:
    team_id, data = prepare(db_url)
    # Shown as they are on purpose: languages named in themselves, and the printed furniture in the
    # language chosen for the print (it comes from the printing catalogue, "Printed").
    data += [*LANGUAGE_NAMES.values(), *PRINT_LANGUAGES.values(), DEFAULT_TITLE, DEFAULT_STATEMENT, "because"]
    data = sorted(set(data), key=len, reverse=True)
    brackets = Brackets()
    app = QCoreApplication.instance()
    app.installTranslator(brackets)
    try:
        problems: set[str] = set()
        for screen, top in open_screens(open_window, db_url, team_id, qtbot):
            widgets = [top, *top.findChildren(QWidget)]
            for widget in widgets:
                for where, text in _texts(widget):
                    loose = _loose_words(text, data)
                    if loose:
                        problems.add(f"{screen}: {where}: {text[:90]!r} ({' '.join(loose[:4])})")
        assert not problems, f"{len(problems)} texts not translated:\n" + "\n".join(sorted(problems))
    finally:
        app.removeTranslator(brackets)
