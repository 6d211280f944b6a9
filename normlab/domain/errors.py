"""Errors that reach the user as one plain line."""


class NormlabError(Exception):
    """Base class for every error normlab reports to a person instead of a traceback."""


class NotFoundError(NormlabError):
    """A team, norm or rationale that was asked for does not exist (any more)."""


class ConflictError(NormlabError):
    """Someone else changed the same thing since it was read; nothing was overwritten."""


class ValidationError(NormlabError):
    """Input that normlab cannot accept; the message says what and where."""
