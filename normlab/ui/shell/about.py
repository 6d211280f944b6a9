"""Help ▸ About: version and where the data lives."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QMessageBox, QWidget

from normlab import __version__


def about_text(location: str) -> str:
    return (
        f"<h3>normlab {escape(__version__)}</h3>"
        "<p>Record the norms of your practice, the reasons people give for them, and how those "
        "reasons move; then print the ground rules you agreed.</p>"
        f"<p><b>Your data</b> is saved, after every change, in:<br><code>{escape(location)}</code></p>"
        "<p>Licensed under the GNU GPL, version 3 or later.</p>"
    )


def show_about(parent: QWidget | None, location: str) -> None:
    QMessageBox.about(parent, "About normlab", about_text(location))
