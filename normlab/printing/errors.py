"""Errors a printable can raise; each reaches the user as one plain line."""

from __future__ import annotations

from normlab.domain.errors import ValidationError


class DoesNotFitError(ValidationError):
    """The content cannot be laid out legibly in the chosen format (a poster that is too full)."""


class UnprintableTextError(ValidationError):
    """Some characters have no glyph in any available font; they would print as empty boxes."""

    def __init__(self, message: str, characters: tuple[str, ...]) -> None:
        super().__init__(message)
        self.characters = characters
