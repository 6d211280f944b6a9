"""The small arrows that tell a drop-down list from a text field, and step a number up or down.

A stylesheet can only draw an image from a file, so the arrow is written once per colour into the
cache folder as a tiny SVG. Where it cannot be written, they go without (a list still opens on a
click, Space or Alt+Down; a number still steps with the arrow keys).
"""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="12" height="8" viewBox="0 0 12 8">'
    '<path d="{path}" fill="none" stroke="{colour}" stroke-width="1.8"'
    ' stroke-linecap="round" stroke-linejoin="round"/></svg>\n'
)
_PATHS = {"down": "M1.5 1.5 L6 6 L10.5 1.5", "up": "M1.5 6.5 L6 2 L10.5 6.5"}


def cache_folder() -> Path:
    from platformdirs import user_cache_path

    return user_cache_path("normlab", appauthor=False) / "style"


def chevron_file(colour: str, folder: Path | None = None, *, pointing: str = "down") -> Path | None:
    """A chevron pointing ``down`` or ``up`` in ``colour`` (``#RRGGBB``), as a file a stylesheet can name."""
    folder = folder or cache_folder()
    path = folder / f"chevron-{pointing}-{colour.lstrip('#').lower()}.svg"
    if path.is_file():
        return path
    temporary: str | None = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(_SVG.format(path=_PATHS[pointing], colour=colour))
        os.replace(temporary, path)
    except OSError as exc:
        log.warning(
            "drop-down lists and number fields go without their arrows: cannot write %s (%s)", path, exc
        )
        if temporary is not None:
            Path(temporary).unlink(missing_ok=True)
        return None
    return path
