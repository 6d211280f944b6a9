"""Usable without a mouse and without sight of colour: every control named for a screen reader and
reachable with Tab, text colours readable (WCAG 4.5:1) in the light, dark and high-contrast themes,
the dimensions told apart by words as well as colour, and a reason movable by keyboard."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

from normlab.domain.model import Dimension
from normlab.ui.widgets import style
from normlab.ui.widgets.theme import DARK, LIGHT, MIN_CONTRAST, Theme, contrast, from_palette
from normlab.ui.widgets.words import dimension_short
from tests.ui.conftest import WindowFactory
from tests.ui.screens import open_screens, prepare

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractItemView,
    QAbstractSpinBox,
    QPlainTextEdit,
    QTextEdit,
    QAbstractSlider,
    QTabBar,
)


def _interactive(widget: QWidget) -> bool:
    if not isinstance(widget, INTERACTIVE) or not widget.isVisible() or not widget.isEnabled():
        return False
    if (
        isinstance(widget, QTextEdit)
        and widget.isReadOnly()
        and widget.focusPolicy() == Qt.FocusPolicy.NoFocus
    ):
        return False
    if isinstance(widget, (QScrollBar, QHeaderView)):
        return False  # parts of a scrolling view or table: the view itself is named and focused
    parent = widget.parentWidget()
    # the parts Qt makes inside a control (a combo box's list, a spin box's field, scroll arrows)
    return (
        not isinstance(parent, (QComboBox, QAbstractSpinBox))
        and widget.objectName() != "qt_scrollarea_viewport"
    )


def _name(widget: QWidget) -> str:
    face = QAccessible.queryAccessibleInterface(widget)
    said = face.text(QAccessible.Text.Name) if face is not None else ""
    return (said or widget.accessibleName()).strip("& ")


def _describe(widget: QWidget) -> str:
    return f"{type(widget).__name__} {widget.objectName()!r} ({widget.toolTip()[:40]!r})"


def _focus_chain(top: QWidget) -> set[int]:
    seen: set[int] = set()
    widget = top.nextInFocusChain()
    while widget is not None and widget is not top and id(widget) not in seen:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            seen.add(id(widget))
        widget = widget.nextInFocusChain()
    return seen


def test_every_control_has_a_name_and_is_reached_by_tab(
    open_window: WindowFactory, db_url: str, qtbot: Any
) -> None:
    team_id, _ = prepare(db_url)
    unnamed: list[str] = []
    unreachable: list[str] = []
    for screen, top in open_screens(open_window, db_url, team_id, qtbot):
        chain = _focus_chain(top)
        for widget in top.findChildren(QWidget):
            if not _interactive(widget):
                continue
            if not _name(widget):
                unnamed.append(f"{screen}: {_describe(widget)}")
            if isinstance(widget, QTabBar):
                continue  # Ctrl+Tab and the menu's shortcuts switch tabs
            if widget.property("keyboardWay"):
                continue  # kept out of the Tab order on purpose; says which key does the same
            if id(widget) not in chain:
                unreachable.append(f"{screen}: {_describe(widget)}")
    assert not unnamed, "controls without an accessible name:\n" + "\n".join(unnamed)
    assert not unreachable, "controls Tab never reaches:\n" + "\n".join(unreachable)


def _pairs(theme: Theme) -> list[tuple[str, str, str]]:
    """(what, words, background) for every kind of text the window writes."""
    t = theme
    pairs = [
        ("text on window", t.text, t.background),
        ("text on card", t.text, t.surface),
        ("text on sidebar", t.text, t.sidebar),
        ("text on striped row", t.text, t.alternate),
        ("muted on window", t.muted, t.background),
        ("muted on card", t.muted, t.surface),
        ("muted on sidebar", t.muted, t.sidebar),
        ("placeholder in a field", t.placeholder, t.surface),
        ("link on card", t.accent, t.surface),
        ("button words", t.on_primary, t.primary),
        ("selected row", t.selection_text or t.text, t.selection),
        ("warning", t.warning_text, t.warning_tint),
        ("due for review", t.due, t.surface),
        ("due on a striped row", t.due, t.alternate),
        ("text on hover", t.text, t.hover),
    ]
    for d in Dimension:
        c = t.dimension(d)
        pairs += [
            (f"{d.value} chip", c.on_strong, c.strong),
            (f"{d.value} lane title", c.text, c.tint),
            (f"{d.value} card text", t.text, c.tint),
        ]
    return pairs


def _high_contrast(dark: bool) -> Theme:
    palette = QPalette()
    back, fore = (QColor("#000000"), QColor("#FFFFFF")) if dark else (QColor("#FFFFFF"), QColor("#000000"))
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        palette.setColor(role, back)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
        palette.setColor(role, fore)
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#1AEBFF") if dark else QColor("#37006E"))
    palette.setColor(QPalette.ColorRole.HighlightedText, back)
    return from_palette(palette)


@pytest.mark.parametrize(
    "theme",
    [LIGHT, DARK, _high_contrast(True), _high_contrast(False)],
    ids=lambda t: t.name + ("-dark" if t.dark else ""),
)
def test_every_text_colour_reads_at_four_and_a_half_to_one(theme: Theme, qapp: QApplication) -> None:
    weak = [
        f"{what}: {words} on {background} is {contrast(words, background):.2f}:1"
        for what, words, background in _pairs(theme)
        if contrast(words, background) < MIN_CONTRAST
    ]
    assert not weak, "\n".join(weak)


def test_the_stylesheet_paints_only_the_theme_colours(qapp: QApplication) -> None:
    """A colour written into the stylesheet by hand would not follow dark mode."""
    import re

    for theme in (LIGHT, DARK):
        allowed = (
            {str(v).upper() for v in vars(theme).values() if isinstance(v, str) and v.startswith("#")}
            if hasattr(theme, "__dict__")
            else set()
        )
        allowed |= {
            getattr(theme, f).upper()
            for f in theme.__dataclass_fields__
            if isinstance(getattr(theme, f), str) and getattr(theme, f).startswith("#")
        }
        for d in Dimension:
            c = theme.dimension(d)
            allowed |= {c.strong.upper(), c.on_strong.upper(), c.tint.upper(), c.text.upper()}
        used = {c.upper() for c in re.findall(r"#[0-9A-Fa-f]{6}\b", style.stylesheet_for(theme))}
        assert used <= allowed, f"{theme.name}: colours outside the theme: {sorted(used - allowed)}"


def test_dimensions_differ_in_words_not_only_in_colour() -> None:
    shorts = [dimension_short(d) for d in Dimension]
    assert len(set(shorts)) == 4 and all(shorts)
