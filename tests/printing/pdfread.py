"""Reading our PDFs back: text, fonts, page boxes and drawn circles, as plain values to assert on."""

from __future__ import annotations

import io
import unicodedata
from dataclasses import dataclass

import pdfplumber
import pypdf

MM = 72.0 / 25.4


def words(text: str) -> str:
    """Whitespace collapsed, lower case: how a person reads the printed words."""
    return " ".join(text.split()).lower()


def pypdf_text(pdf: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() for page in reader.pages)


def visual_lines(pdf: bytes) -> list[str]:
    """Lines as drawn, left to right (pdfplumber sorts characters by position)."""
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return [line for page in doc.pages for line in (page.extract_text() or "").splitlines()]


def logical_rtl(visual: str) -> str:
    """Undo the drawing of a purely right-to-left line: reverse it, then map Arabic presentation
    forms (what arabic-reshaper drew) back to ordinary letters."""
    return unicodedata.normalize("NFKC", visual[::-1])


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return [(float(p.mediabox.width), float(p.mediabox.height)) for p in reader.pages]


@dataclass(frozen=True)
class FontInfo:
    name: str
    embedded: bool


def fonts(pdf: bytes) -> list[FontInfo]:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    found: dict[str, FontInfo] = {}
    for page in reader.pages:
        for ref in page["/Resources"].get("/Font", {}).values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            descendants = font.get("/DescendantFonts")
            if descriptor is None and descendants:
                descriptor = descendants[0].get_object().get("/FontDescriptor")
            embedded = descriptor is not None and any(
                key in descriptor.get_object() for key in ("/FontFile", "/FontFile2", "/FontFile3")
            )
            name = str(font["/BaseFont"])
            found[name] = FontInfo(name, embedded)
    return list(found.values())


@dataclass(frozen=True)
class Circle:
    """A circle drawn on a page, in PDF points with y upwards from the bottom edge."""

    x: float
    y: float
    diameter: float
    stroked: bool
    filled: bool
    fill: tuple[float, ...] | None


def circles(pdf: bytes) -> list[list[Circle]]:
    """Every closed curve per page, as its centre and width."""
    pages = []
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        for page in doc.pages:
            found = []
            for curve in page.curves:
                width = curve["x1"] - curve["x0"]
                height = curve["bottom"] - curve["top"]
                if abs(width - height) > 0.01:
                    continue
                fill = curve["non_stroking_color"] if curve["fill"] else None
                found.append(
                    Circle(
                        x=(curve["x0"] + curve["x1"]) / 2,
                        y=float(page.height) - (curve["top"] + curve["bottom"]) / 2,
                        diameter=width,
                        stroked=bool(curve["stroke"]),
                        filled=bool(curve["fill"]),
                        fill=tuple(fill) if isinstance(fill, (list, tuple)) else None,
                    )
                )
            pages.append(found)
    return pages


def char_sizes(pdf: bytes) -> list[tuple[str, float, float, float, float, float]]:
    """(text, size, x0, x1, top, bottom) of every drawn character, page coordinates from the top."""
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return [
            (c["text"], c["size"], c["x0"], c["x1"], c["top"], c["bottom"])
            for page in doc.pages
            for c in page.chars
        ]
