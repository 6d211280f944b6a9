"""The look: Fusion, a larger base font and one stylesheet made from the theme's colours, readable
on a projector.

The theme follows the system: light or dark (Qt's colour scheme, else the lightness of the system
palette), or the system's own colours in high-contrast mode. Edit > Preferences can choose light or
dark instead, and NORMLAB_APPEARANCE=light|dark|high-contrast forces one (for pictures and tests).
The colour names below (TEXT, MUTED…) always hold the colours of the theme in use: painters read them
when they paint.
"""

from __future__ import annotations

import gc
import os
import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from normlab.domain.model import Dimension
from normlab.ui.widgets.chevron import chevron_file
from normlab.ui.widgets.theme import DARK, LIGHT, DimensionColours, Theme, from_palette, luminance

BASE_POINT_SIZE = 11.0
APPEARANCES = ("system", "light", "dark")

_theme: Theme = LIGHT
BACKGROUND = LIGHT.background
SURFACE = LIGHT.surface
BORDER = LIGHT.border
TEXT = LIGHT.text
MUTED = LIGHT.muted
ACCENT = LIGHT.accent
SELECTION = LIGHT.selection
WARNING = LIGHT.warning_text
WARNING_TINT = LIGHT.warning_tint
DUE = LIGHT.due
"""Due for review: always shown with the word "due", the colour only adds to it."""


def theme() -> Theme:
    return _theme


def dimension(value: Dimension) -> DimensionColours:
    """A dimension's colours in the theme in use."""
    return _theme.dimension(value)


def _dimension_rules(t: Theme) -> str:
    rules = []
    for d in Dimension:
        c = t.dimension(d)
        rules.append(
            f"#Lane_{d.value} {{ background: {c.tint}; border-radius: 10px; border-top: 4px solid {c.strong}; }}\n"
            f'QLabel#LaneTitle[dimension="{d.value}"] {{ color: {c.text}; }}\n'
            f"#Codebook_{d.value} {{ background: {c.tint}; border-radius: 10px; border-left: 5px solid {c.strong}; }}"
        )
    return "\n".join(rules)


def _arrow_rules(t: Theme, arrows: tuple[Path, Path] | None) -> str:
    """Fields with arrows (lists, numbers, dates): once the stylesheet draws their frame, Fusion no
    longer draws their arrows, so the stylesheet draws those too."""
    if arrows is None:
        return ""
    down, up = (f'image: url("{arrow.as_posix()}");' for arrow in arrows)
    return f"""
QComboBox::down-arrow, QDateTimeEdit::down-arrow {{ {down} width: 0.75em; height: 0.5em; }}
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{
    subcontrol-origin: border; width: 1.6em; border: none; background: transparent;
}}
QAbstractSpinBox::up-button {{ subcontrol-position: top right; }}
QAbstractSpinBox::down-button {{ subcontrol-position: bottom right; }}
QAbstractSpinBox::up-button:hover, QAbstractSpinBox::down-button:hover {{ background: {t.hover}; }}
QAbstractSpinBox::up-arrow {{ {up} width: 0.65em; height: 0.45em; }}
QAbstractSpinBox::down-arrow {{ {down} width: 0.65em; height: 0.45em; }}
QAbstractSpinBox::up-arrow:disabled, QAbstractSpinBox::down-arrow:disabled {{ image: none; }}
QDateTimeEdit::drop-down {{ border: none; width: 22px; }}
"""


def _arrow_files(t: Theme) -> tuple[Path, Path] | None:
    down, up = chevron_file(t.muted), chevron_file(t.muted, pointing="up")
    return None if down is None or up is None else (down, up)


def stylesheet_for(t: Theme, arrows: tuple[Path, Path] | None = None) -> str:
    """The stylesheet of theme ``t``; ``arrows`` are the image files of the down and up arrows."""
    selected_text = t.selection_text or t.text
    return f"""
QWidget {{ color: {t.text}; }}
QMainWindow, QDialog, #MainArea {{ background: {t.background}; }}
QToolTip {{
    background: {t.surface}; color: {t.text}; border: 1px solid {t.border};
    padding: 6px 8px; border-radius: 4px;
}}

#Sidebar {{ background: {t.sidebar}; border-right: 1px solid {t.border}; }}
#SidebarHeading {{ color: {t.muted}; font-weight: 600; letter-spacing: 1px; }}
#TeamList {{ background: transparent; border: none; outline: none; }}
#TeamList:focus {{ border: 2px solid {t.accent}; border-radius: 8px; }}

#Card {{ background: {t.surface}; border: 1px solid {t.border}; border-radius: 10px; }}
#TeamTitle {{ font-size: 18pt; font-weight: 600; }}
#NormTitle {{ font-size: 15pt; font-weight: 600; }}
#NormTitleLong {{ font-size: 12pt; font-weight: 600; }}
#LaneTitle {{ font-size: 12.5pt; font-weight: 700; background: transparent; }}
#LaneTitle[tight="true"] {{ font-size: 9.5pt; }}
#Muted, #Hint {{ color: {t.muted}; }}
#EmptyTitle {{ font-size: 15pt; font-weight: 600; color: {t.text}; }}
#EmptyText {{ color: {t.muted}; }}
#WarningBanner {{
    background: {t.warning_tint}; border: 1px solid {t.warning_border}; border-radius: 8px;
    color: {t.warning_text};
}}
#WarningBanner QLabel {{ color: {t.warning_text}; background: transparent; }}

QLineEdit, QComboBox, QPlainTextEdit, QSpinBox, QDoubleSpinBox, QDateEdit {{
    background: {t.surface}; border: 1px solid {t.field_border}; border-radius: 6px; padding: 4px 8px;
    selection-background-color: {t.primary}; selection-color: {t.on_primary};
}}
QLineEdit, QComboBox {{ min-height: 24px; }}
QLineEdit:focus, QComboBox:focus, QPlainTextEdit:focus, QSpinBox:focus, QDoubleSpinBox:focus,
QDateEdit:focus {{ border: 2px solid {t.accent}; padding: 3px 7px; }}
QComboBox::drop-down {{ border: none; width: 22px; }}
{_arrow_rules(t, arrows)}
QComboBox QAbstractItemView {{
    background: {t.surface}; border: 1px solid {t.border}; selection-background-color: {t.selection};
    selection-color: {selected_text}; outline: none;
}}

QPushButton, QToolButton {{
    background: {t.surface}; border: 1px solid {t.field_border}; border-radius: 6px; padding: 5px 14px;
    min-height: 22px;
}}
QToolButton {{ padding: 4px 8px; }}
QPushButton:hover, QToolButton:hover {{ background: {t.hover}; border-color: {t.accent}; }}
QPushButton:pressed {{ background: {t.selection}; }}
QPushButton:focus, QToolButton:focus {{ border: 2px solid {t.accent}; padding: 4px 13px; }}
QToolButton:focus {{ padding: 3px 7px; }}
QPushButton:checked {{ background: {t.warning_tint}; border-color: {t.warning_border}; color: {t.warning_text}; }}
QPushButton:disabled, QToolButton:disabled {{ color: {t.disabled}; border-color: {t.border}; }}
QPushButton#Primary {{ background: {t.primary}; color: {t.on_primary}; border: 1px solid {t.primary}; font-weight: 600; }}
QPushButton#Primary:hover {{ background: {t.accent if t.dark else t.primary}; }}
QPushButton#Primary:focus {{ border: 2px solid {t.text}; }}
QPushButton#Primary:disabled {{ background: {t.track}; color: {t.disabled}; border-color: {t.track}; }}
QToolButton#HelpButton {{
    border: 1px solid {t.field_border}; background: {t.surface}; padding: 0;
    font-weight: 600; min-width: 1em; min-height: 1em; max-width: 1em; max-height: 1em;
}}
QToolButton#HelpButton:focus {{ border: 2px solid {t.accent}; }}
QCheckBox, QRadioButton {{ spacing: 6px; }}
QGroupBox {{ border: 1px solid {t.border}; border-radius: 8px; margin-top: 14px; padding-top: 6px; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 10px; padding: 0 4px; color: {t.text}; }}

QListView, QTreeView {{ background: {t.surface}; }}
QListView::item:selected, QTreeView::item:selected {{ background: {t.selection}; color: {selected_text}; }}
#StarterList {{
    background: {t.surface}; border: 1px solid {t.border}; border-radius: 8px; padding: 4px; outline: none;
}}
#StarterList::item {{ padding: 8px 10px; border-radius: 6px; }}
#StarterList::item:hover {{ background: {t.hover}; }}
#StarterList::item:selected {{ background: {t.selection}; color: {selected_text}; }}
QTableView {{
    background: {t.surface}; border: none; gridline-color: transparent; outline: none;
    selection-background-color: {t.selection}; selection-color: {selected_text};
    alternate-background-color: {t.alternate};
}}
QTableView::item {{ padding: 0 6px; border-bottom: 1px solid {t.alternate}; }}
QTableView::item:selected {{ background: {t.selection}; color: {selected_text}; }}
QHeaderView::section {{
    background: {t.surface}; border: none; border-bottom: 1px solid {t.border};
    padding: 6px 8px; font-weight: 600; color: {t.muted};
}}

QTabWidget::pane {{ border: none; }}
QTabBar::tab {{
    background: transparent; color: {t.muted}; padding: 6px 16px; margin-right: 4px;
    border-bottom: 3px solid transparent; font-weight: 600;
}}
QTabBar::tab:selected {{ color: {t.text}; border-bottom: 3px solid {t.accent}; }}
QTabBar::tab:hover {{ color: {t.text}; }}
QTabBar::tab:focus {{ background: {t.selection}; color: {selected_text}; border-radius: 4px; }}

QSplitter::handle {{ background: transparent; }}
QSplitter::handle:hover {{ background: {t.selection}; }}
QScrollArea {{ background: transparent; border: none; }}
QScrollArea > QWidget > QWidget {{ background: transparent; }}

QMenuBar {{ background: {t.surface}; border-bottom: 1px solid {t.border}; padding: 2px 4px; }}
QMenuBar::item {{ padding: 4px 10px; border-radius: 4px; }}
QMenuBar::item:selected {{ background: {t.selection}; color: {selected_text}; }}
QMenu {{ background: {t.surface}; border: 1px solid {t.border}; padding: 4px; }}
QMenu::item {{ padding: 5px 28px 5px 22px; border-radius: 4px; }}
QMenu::item:selected {{ background: {t.selection}; color: {selected_text}; }}
QMenu::item:disabled {{ color: {t.disabled}; }}
QMenu::separator {{ height: 1px; background: {t.border}; margin: 4px 8px; }}
QScrollBar:vertical {{ background: transparent; width: 10px; margin: 2px 1px; }}
QScrollBar:horizontal {{ background: transparent; height: 10px; margin: 1px 2px; }}
QScrollBar::handle {{ background: {t.field_border}; border-radius: 4px; }}
QScrollBar::handle:vertical {{ min-height: 28px; }}
QScrollBar::handle:horizontal {{ min-width: 28px; }}
QScrollBar::handle:hover {{ background: {t.muted}; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
QStatusBar {{ background: {t.surface}; border-top: 1px solid {t.border}; color: {t.muted}; }}
QStatusBar QLabel {{ color: {t.muted}; }}
{_dimension_rules(t)}
"""


def palette_for(t: Theme) -> QPalette:
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: t.background,
        QPalette.ColorRole.WindowText: t.text,
        QPalette.ColorRole.Base: t.surface,
        QPalette.ColorRole.AlternateBase: t.alternate,
        QPalette.ColorRole.Text: t.text,
        QPalette.ColorRole.Button: t.surface,
        QPalette.ColorRole.ButtonText: t.text,
        QPalette.ColorRole.Highlight: t.primary,
        QPalette.ColorRole.HighlightedText: t.on_primary,
        QPalette.ColorRole.ToolTipBase: t.surface,
        QPalette.ColorRole.ToolTipText: t.text,
        QPalette.ColorRole.PlaceholderText: t.placeholder,
        QPalette.ColorRole.Link: t.accent,
        QPalette.ColorRole.Mid: t.border,
        QPalette.ColorRole.Dark: t.field_border,
        QPalette.ColorRole.Light: t.surface,
    }
    for role, colour in roles.items():
        p.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(t.disabled))
    return p


def palette() -> QPalette:
    return palette_for(_theme)


def base_font(current: QFont) -> QFont:
    font = QFont(current)
    if font.pointSizeF() < BASE_POINT_SIZE:
        font.setPointSizeF(BASE_POINT_SIZE)
    return font


_unzoomed_point_size: float | None = None
"""The application's type size before any zoom, taken the first time the style is applied."""
_system_palette: QPalette | None = None
"""The platform's own palette, taken before normlab sets its own."""


def stylesheet(zoom: float = 1.0) -> str:
    """The stylesheet of the theme in use with every type size (in points) scaled by ``zoom``."""
    sheet = stylesheet_for(_theme, _arrow_files(_theme))
    if zoom == 1.0:
        return sheet
    return re.sub(r"(\d+(?:\.\d+)?)pt\b", lambda m: f"{float(m.group(1)) * zoom:.1f}pt", sheet)


def _high_contrast_wanted() -> bool:
    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None)  # Qt 6.10 and later
    if accessibility is None:
        return False
    wanted = getattr(Qt.ContrastPreference, "HighContrast", None)
    return wanted is not None and accessibility().contrastPreference() == wanted


def choose_theme(appearance: str = "system") -> Theme:
    """The theme for Preferences' choice (``system``, ``light``, ``dark``); NORMLAB_APPEARANCE wins."""
    forced = os.environ.get("NORMLAB_APPEARANCE", "").strip().lower()
    choice = forced if forced in ("light", "dark", "high-contrast") else appearance
    system = _system_palette or QGuiApplication.palette()
    if choice == "high-contrast" or (choice == "system" and _high_contrast_wanted()):
        return from_palette(system)
    if choice in ("light", "dark"):
        return DARK if choice == "dark" else LIGHT
    scheme = QGuiApplication.styleHints().colorScheme()
    if scheme != Qt.ColorScheme.Unknown:
        return DARK if scheme == Qt.ColorScheme.Dark else LIGHT
    return DARK if luminance(system.color(QPalette.ColorRole.Window)) < 0.18 else LIGHT


def set_theme(t: Theme) -> None:
    global _theme, BACKGROUND, SURFACE, BORDER, TEXT, MUTED, ACCENT, SELECTION, WARNING, WARNING_TINT, DUE
    _theme = t
    BACKGROUND, SURFACE, BORDER, TEXT, MUTED = t.background, t.surface, t.border, t.text, t.muted
    ACCENT, SELECTION, WARNING, WARNING_TINT, DUE = (
        t.accent,
        t.selection,
        t.warning_text,
        t.warning_tint,
        t.due,
    )


def apply(app: QApplication, zoom: float = 1.0, appearance: str | None = None) -> None:
    """Fusion with the theme's palette, so the app looks the same (and calm) on every platform;
    ``zoom`` scales all type (View > Zoom, for projecting); ``appearance`` chooses the theme again."""
    global _unzoomed_point_size, _system_palette
    if _system_palette is None:
        _system_palette = QPalette(app.palette())
    fusion = QStyleFactory.create("Fusion")
    if fusion is not None and app.style().name().lower() != "fusion":
        app.setStyle(fusion)
    if appearance is not None:
        set_theme(choose_theme(appearance))
    app.setPalette(palette())
    font = base_font(app.font())
    if _unzoomed_point_size is None:
        _unzoomed_point_size = font.pointSizeF()
    font.setPointSizeF(_unzoomed_point_size * zoom)
    app.setFont(font)
    app.setStyleSheet(stylesheet(zoom))
    repaint_all(app)


def repaint_all(app: QApplication) -> None:
    """Every widget paints again, in the colours of the theme in use.

    The cyclic garbage collector is held off meanwhile: Qt hands over its list of widgets first, and
    a collection while that list becomes Python objects could free a closed window whose widgets
    are further down the list (a crash)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        for widget in app.allWidgets():
            widget.update()
    finally:
        if collecting:
            gc.enable()
