"""Checks run before any PDF is made, so the user hears about a problem instead of seeing boxes."""

from __future__ import annotations

from normlab.printing.errors import UnprintableTextError
from normlab.printing.font_sources import GET_A_FONT
from normlab.printing.fonts import describe_characters, missing_characters


def require_printable(*fields: tuple[str, str]) -> None:
    """Raise UnprintableTextError naming the first field (label, text) with undrawable characters."""
    for label, text in fields:
        missing = missing_characters(text)
        if missing:
            raise UnprintableTextError(
                f"{label} has characters no font on this computer can print: "
                f"{describe_characters(missing)}; {GET_A_FONT}, or remove them",
                missing,
            )


def unprintable_characters(*texts: str) -> tuple[str, ...]:
    """Every distinct undrawable character in texts, for a warning shown while the user types."""
    return missing_characters("".join(texts))
