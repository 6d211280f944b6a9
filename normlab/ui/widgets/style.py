"""The look: a light palette, a larger base font and one stylesheet, readable on a projector."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

BASE_POINT_SIZE = 11.0

BACKGROUND = "#F3F4F6"
SURFACE = "#FFFFFF"
BORDER = "#D9DEE4"
TEXT = "#1F2933"
MUTED = "#5B6470"
ACCENT = "#2458C6"
SELECTION = "#DCE7FC"
WARNING = "#B45309"
WARNING_TINT = "#FEF3C7"
DUE = "#9A3412"
"""Due for review: always shown with the word "due", the colour only adds to it."""

STYLESHEET = f"""
QWidget {{ color: {TEXT}; }}
QMainWindow, QDialog, #MainArea {{ background: {BACKGROUND}; }}
QToolTip {{
    background: {SURFACE}; color: {TEXT}; border: 1px solid {BORDER};
    padding: 6px 8px; border-radius: 4px;
}}

#Sidebar {{ background: #E8EBEF; border-right: 1px solid {BORDER}; }}
#SidebarHeading {{ color: {MUTED}; font-weight: 600; letter-spacing: 1px; }}
#TeamList {{ background: transparent; border: none; outline: none; }}
#TeamList:focus {{ background: rgba(36, 88, 198, 0.05); border-radius: 8px; }}

#Card {{ background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 10px; }}
#TeamTitle {{ font-size: 18pt; font-weight: 600; }}
#NormTitle {{ font-size: 15pt; font-weight: 600; }}
#NormTitleLong {{ font-size: 12pt; font-weight: 600; }}
#LaneTitle {{ font-size: 12.5pt; font-weight: 700; background: transparent; }}
#Muted, #Hint {{ color: {MUTED}; }}
#EmptyTitle {{ font-size: 15pt; font-weight: 600; color: #374151; }}
#EmptyText {{ color: {MUTED}; }}
#WarningBanner {{
    background: {WARNING_TINT}; border: 1px solid #F3D37A; border-radius: 8px; color: #7A3E06;
}}

QLineEdit, QComboBox, QPlainTextEdit {{
    background: {SURFACE}; border: 1px solid #C5CCD4; border-radius: 6px; padding: 4px 8px;
    selection-background-color: {ACCENT}; selection-color: white;
}}
QLineEdit, QComboBox {{ min-height: 24px; }}
QLineEdit:focus, QComboBox:focus, QPlainTextEdit:focus {{ border: 2px solid {ACCENT}; padding: 3px 7px; }}
QComboBox::drop-down {{ border: none; width: 22px; }}
QComboBox QAbstractItemView {{
    background: {SURFACE}; border: 1px solid {BORDER}; selection-background-color: {SELECTION};
    selection-color: {TEXT}; outline: none;
}}

QPushButton {{
    background: {SURFACE}; border: 1px solid #C5CCD4; border-radius: 6px; padding: 5px 14px;
    min-height: 22px;
}}
QPushButton:hover {{ background: #EEF3FC; border-color: #9DB3DE; }}
QPushButton:pressed {{ background: {SELECTION}; }}
QPushButton:focus {{ border: 2px solid {ACCENT}; padding: 4px 13px; }}
QPushButton:checked {{ background: {WARNING_TINT}; border-color: #E0B548; }}
QPushButton#Primary {{ background: {ACCENT}; color: white; border: 1px solid {ACCENT}; font-weight: 600; }}
QPushButton#Primary:hover {{ background: #1D4BAE; }}
QPushButton#Primary:focus {{ border: 2px solid #0F2F75; }}
QToolButton#HelpButton {{
    border: 1px solid rgba(0,0,0,0.18); border-radius: 10px; background: rgba(255,255,255,0.7);
    font-weight: 600; min-width: 18px; min-height: 18px; max-width: 18px; max-height: 18px;
}}
QToolButton#HelpButton:focus {{ border: 2px solid {ACCENT}; }}

QListView::item:selected {{ background: {SELECTION}; color: {TEXT}; }}
#StarterList {{
    background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 8px; padding: 4px; outline: none;
}}
#StarterList::item {{ padding: 8px 10px; border-radius: 6px; }}
#StarterList::item:hover {{ background: #F0F4FB; }}
#StarterList::item:selected {{ background: {SELECTION}; color: {TEXT}; }}
QTableView {{
    background: {SURFACE}; border: none; gridline-color: transparent; outline: none;
    selection-background-color: {SELECTION}; selection-color: {TEXT};
    alternate-background-color: #F8F9FB;
}}
QTableView::item {{ padding: 0 6px; border-bottom: 1px solid #EEF0F3; }}
QTableView::item:selected {{ background: {SELECTION}; color: {TEXT}; }}
QHeaderView::section {{
    background: {SURFACE}; border: none; border-bottom: 1px solid {BORDER};
    padding: 6px 8px; font-weight: 600; color: #4B5563;
}}

QTabWidget::pane {{ border: none; }}
QTabBar::tab {{
    background: transparent; color: {MUTED}; padding: 6px 16px; margin-right: 4px;
    border-bottom: 3px solid transparent; font-weight: 600;
}}
QTabBar::tab:selected {{ color: {TEXT}; border-bottom: 3px solid {ACCENT}; }}
QTabBar::tab:hover {{ color: {TEXT}; }}
QTabBar::tab:focus {{ background: {SELECTION}; border-radius: 4px; }}

QSplitter::handle {{ background: transparent; }}
QSplitter::handle:hover {{ background: #C9D6EE; }}
QScrollArea {{ background: transparent; border: none; }}
QScrollArea > QWidget > QWidget {{ background: transparent; }}

QMenuBar {{ background: {SURFACE}; border-bottom: 1px solid {BORDER}; padding: 2px 4px; }}
QMenuBar::item {{ padding: 4px 10px; border-radius: 4px; }}
QMenuBar::item:selected {{ background: {SELECTION}; }}
QMenu {{ background: {SURFACE}; border: 1px solid {BORDER}; padding: 4px; }}
QMenu::item {{ padding: 5px 28px 5px 22px; border-radius: 4px; }}
QMenu::item:selected {{ background: {SELECTION}; color: {TEXT}; }}
QMenu::item:disabled {{ color: #A0A7B0; }}
QMenu::separator {{ height: 1px; background: {BORDER}; margin: 4px 8px; }}
QScrollBar:vertical {{ background: transparent; width: 10px; margin: 2px 1px; }}
QScrollBar:horizontal {{ background: transparent; height: 10px; margin: 1px 2px; }}
QScrollBar::handle {{ background: #C3CAD3; border-radius: 4px; }}
QScrollBar::handle:vertical {{ min-height: 28px; }}
QScrollBar::handle:horizontal {{ min-width: 28px; }}
QScrollBar::handle:hover {{ background: #9AA4B0; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
QStatusBar {{ background: {SURFACE}; border-top: 1px solid {BORDER}; color: {MUTED}; }}
"""


def palette() -> QPalette:
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: BACKGROUND,
        QPalette.ColorRole.WindowText: TEXT,
        QPalette.ColorRole.Base: SURFACE,
        QPalette.ColorRole.AlternateBase: "#F8F9FB",
        QPalette.ColorRole.Text: TEXT,
        QPalette.ColorRole.Button: SURFACE,
        QPalette.ColorRole.ButtonText: TEXT,
        QPalette.ColorRole.Highlight: ACCENT,
        QPalette.ColorRole.HighlightedText: "#FFFFFF",
        QPalette.ColorRole.ToolTipBase: SURFACE,
        QPalette.ColorRole.ToolTipText: TEXT,
        QPalette.ColorRole.PlaceholderText: "#7B8591",
        QPalette.ColorRole.Link: ACCENT,
    }
    for role, colour in roles.items():
        p.setColor(role, QColor(colour))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#A0A7B0"))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#A0A7B0"))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#A0A7B0"))
    return p


def base_font(current: QFont) -> QFont:
    font = QFont(current)
    if font.pointSizeF() < BASE_POINT_SIZE:
        font.setPointSizeF(BASE_POINT_SIZE)
    return font


_unzoomed_point_size: float | None = None
"""The application's type size before any zoom, taken the first time the style is applied."""


def stylesheet(zoom: float = 1.0) -> str:
    """The stylesheet with every type size (in points) scaled by ``zoom``."""
    if zoom == 1.0:
        return STYLESHEET
    return re.sub(r"(\d+(?:\.\d+)?)pt\b", lambda m: f"{float(m.group(1)) * zoom:.1f}pt", STYLESHEET)


def apply(app: QApplication, zoom: float = 1.0) -> None:
    """Fusion with a light palette, so the app looks the same (and calm) on every platform; ``zoom``
    scales all type (View > Zoom, for projecting)."""
    fusion = QStyleFactory.create("Fusion")
    if fusion is not None and app.style().name().lower() != "fusion":
        app.setStyle(fusion)
    app.setPalette(palette())
    global _unzoomed_point_size
    font = base_font(app.font())
    if _unzoomed_point_size is None:
        _unzoomed_point_size = font.pointSizeF()
    font.setPointSizeF(_unzoomed_point_size * zoom)
    app.setFont(font)
    app.setStyleSheet(stylesheet(zoom))
