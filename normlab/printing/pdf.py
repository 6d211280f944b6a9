"""What every renderer shares: a canvas that writes into memory with normlab's metadata."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

from reportlab.pdfgen.canvas import Canvas

from normlab.printing.fonts import Script, ensure_registered

Decorate = Callable[[Canvas, int, int], None]
"""Draws page furniture that needs the page count: (canvas, page number, page count)."""


def new_canvas(buffer: io.BytesIO, pagesize: tuple[float, float], title: str) -> Canvas:
    """A canvas with metadata set and fonts registered; invariant so equal input gives equal bytes.
    Its initial font is ours, not reportlab's Helvetica, which would be listed without being embedded."""
    ensure_registered()
    canvas = Canvas(
        buffer, pagesize=pagesize, invariant=True, pageCompression=1, initialFontName=Script.LATIN.font()
    )
    describe(canvas, title)
    return canvas


def describe(canvas: Canvas, title: str) -> None:
    canvas.setTitle(title)
    canvas.setAuthor("normlab")
    canvas.setCreator("normlab")


class CountingCanvas(Canvas):
    """Holds pages back until the end so each can be told the total ("page 2 of 3")."""

    def __init__(self, *args: Any, decorate: Decorate, title: str, **kwargs: Any) -> None:
        kwargs["invariant"] = True
        kwargs["initialFontName"] = Script.LATIN.font()
        super().__init__(*args, **kwargs)
        describe(self, title)
        self._decorate = decorate
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        count = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._decorate(self, number, count)
            super().showPage()
        super().save()
