"""Errors that reach the user as one plain line."""


class NormlabError(Exception):
    """Base class for every error normlab reports to a person instead of a traceback."""


class NotFoundError(NormlabError):
    """A team, norm or rationale that was asked for does not exist (any more)."""


class ConflictError(NormlabError):
    """Someone else changed the same thing since it was read; nothing was overwritten."""


class ValidationError(NormlabError):
    """Input that normlab cannot accept; the message says what and where."""


class DatabaseFault(NormlabError):
    """The database could not be used: nothing was changed, and the message says why in one line."""

    transient = False
    """True when trying again later may work (a server that is down or restarting, a lock)."""


class UnreachableError(DatabaseFault):
    """The database server cannot be reached, or the file is locked by another program."""

    transient = True


class ReadOnlyError(DatabaseFault):
    """The database can be read but not written (a read-only file, folder or file system)."""


class DiskFullError(DatabaseFault):
    """The disk holding the database is full."""
