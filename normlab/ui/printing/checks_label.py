"""The checks above the Print centre's preview: each rule that prints without what the team agreed,
as a link to that norm."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from normlab.ui.widgets.i18n import fill, translator

tr = translator("Printing")


SHOWN = 8
"""Lines listed before "… and N more"."""


class ChecksLabel(QLabel):
    norm_requested = Signal(int)
    """A line was clicked: the id of its norm."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="PrintChecks")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setOpenExternalLinks(False)
        self.linkActivated.connect(self._clicked)
        self.setAccessibleName(tr("Checks on the rules to print"))
        self.hide()

    def show_lines(self, lines: list[tuple[int, str]]) -> None:
        """(norm id, "Rule 3 “…”: not examined yet") for each check that fires; none hides the list."""
        self.setVisible(bool(lines))
        if not lines:
            self.clear()
            return
        shown = "<br>".join(
            f'<a href="norm:{norm_id}">{html.escape(text.split(":", 1)[0])}</a>:{html.escape(text.split(":", 1)[1])}'
            for norm_id, text in lines[:SHOWN]
        )
        more = (
            "<br>" + html.escape(fill(tr("… and %1 more"), len(lines) - SHOWN)) if len(lines) > SHOWN else ""
        )
        heading = fill(
            html.escape(tr("%1 (printing still works):")), f"<b>{html.escape(tr('Before you print'))}</b>"
        )
        self.setText(f"{heading}<br>{shown}{more}")

    def _clicked(self, link: str) -> None:
        if link.startswith("norm:"):
            self.norm_requested.emit(int(link.removeprefix("norm:")))
