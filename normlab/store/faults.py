"""Driver errors in plain words: a server that cannot be reached, a locked, read-only or damaged file,
a full disk. Each becomes one line naming the database (never its password) and what to do."""

from __future__ import annotations

import sqlite3

from normlab.domain.errors import (
    DatabaseFault,
    DiskFullError,
    NormlabError,
    ReadOnlyError,
    UnreachableError,
)

# SQLite's primary result codes (https://sqlite.org/rescode.html)
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = 5, 6, 8, 10, 11, 13, 14, 26
_PG_DISK_FULL, _PG_OUT_OF_MEMORY, _PG_READ_ONLY = "53100", "53200", "25006"


def first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0].strip() if text else type(exc).__name__


def translate(exc: BaseException, where: str) -> NormlabError:
    """A one-line error for a driver error (``exc`` may be SQLAlchemy's wrapper or the driver's own)."""
    orig = getattr(exc, "orig", None) or exc
    if isinstance(orig, NormlabError):
        return orig
    if isinstance(orig, sqlite3.Error):
        return _sqlite(orig, where)
    sqlstate = getattr(orig, "sqlstate", None)
    reason = first_line(orig)
    if sqlstate == _PG_DISK_FULL:
        return DiskFullError(f"the disk of the database server {where} is full; nothing was saved")
    if sqlstate == _PG_READ_ONLY:
        return ReadOnlyError(f"the database {where} is read-only; nothing was changed")
    if _is_connection_problem(exc, orig):
        return UnreachableError(f"cannot reach the database {where} ({reason}); nothing was changed")
    return DatabaseFault(f"the database {where} reported a problem ({reason}); nothing was changed")


def _is_connection_problem(exc: BaseException, orig: BaseException) -> bool:
    if getattr(exc, "connection_invalidated", False):
        return True
    try:
        import psycopg
    except ImportError:
        return False
    return isinstance(orig, psycopg.OperationalError | psycopg.InterfaceError)


def sqlite_code(exc: BaseException) -> int | None:
    code = getattr(getattr(exc, "orig", None) or exc, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


def _sqlite(exc: sqlite3.Error, where: str) -> NormlabError:
    code = sqlite_code(exc)
    reason = first_line(exc)
    if code == _FULL:
        return DiskFullError(
            f"the disk holding {where} is full; nothing was saved (free some space and try again)"
        )
    if code in (_BUSY, _LOCKED):
        return UnreachableError(f"{where} is locked by another program; nothing was changed (try again)")
    if code == _READONLY:
        return ReadOnlyError(f"{where} is read-only; nothing was changed")
    if code in (_CORRUPT, _NOTADB):
        return DatabaseFault(f"{where} is damaged or not a normlab database ({reason})")
    if code == _CANTOPEN:
        return DatabaseFault(f"cannot open the database {where} ({reason})")
    if code == _IOERR:
        return DatabaseFault(
            f"the disk holding {where} could not be read or written ({reason}); nothing was changed"
        )
    return DatabaseFault(f"the database {where} could not be used ({reason}); nothing was changed")
