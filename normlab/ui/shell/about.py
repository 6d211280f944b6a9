"""Help ▸ About: version and where the data lives."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QMessageBox, QWidget

from normlab import __version__
from normlab.ui.widgets.i18n import fill, translator

tr = translator("About")


def about_text(location: str) -> str:
    purpose = tr(
        "Record the norms of your practice, the reasons people give for them, and how those "
        "reasons move; then print the ground rules you agreed."
    )
    data = fill(
        tr("<b>Your data</b> is saved, after every change, in:<br>%1"), f"<code>{escape(location)}</code>"
    )
    return (
        f"<h3>normlab {escape(__version__)}</h3>"
        f"<p>{escape(purpose)}</p>"
        f"<p>{data}</p>"
        f"<p>{escape(tr('Licensed under the GNU GPL, version 3 or later.'))}</p>"
    )


def show_about(parent: QWidget | None, location: str) -> None:
    QMessageBox.about(parent, tr("About normlab"), about_text(location))
