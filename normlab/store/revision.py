"""Which schema a database holds, read without SQLAlchemy or Alembic.

``KNOWN_REVISIONS`` names every schema this normlab opens; a SQLite file's revision is read with the
standard library alone, so the window can look at a database before SQLAlchemy is even imported.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from normlab.domain.errors import NormlabError
from normlab.store.faults import sqlite_code, translate

KNOWN_REVISIONS = ("0001_initial", "0002_sessions", "0003_agreed", "0004_prebrief")
"""Every schema revision this normlab can open, oldest first; the last is the head."""
HEAD_REVISION = KNOWN_REVISIONS[-1]

_NOT_A_DATABASE = (11, 26)  # SQLITE_CORRUPT, SQLITE_NOTADB


@dataclass(frozen=True, slots=True)
class SchemaReport:
    created: bool = False
    upgraded_from: str | None = None
    backup: Path | None = None


def read_sqlite_revision(path: Path) -> str | None:
    if not path.exists() or path.stat().st_size == 0:
        return None
    # Without a write-ahead log next to it, everything is in the main file: read it as immutable so
    # that not even a -wal or -shm file appears beside a database we may have to refuse.
    wal = path.with_name(path.name + "-wal")
    has_wal = wal.exists() and wal.stat().st_size > 0
    try:
        con = sqlite3.connect(path.resolve().as_uri() + ("?mode=ro" if has_wal else "?immutable=1"), uri=True)
    except sqlite3.Error as exc:
        raise translate(exc, str(path)) from None
    try:
        tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "alembic_version" not in tables:
            if tables:
                raise NormlabError(f"{path} is not a normlab database (it holds other tables)")
            return None
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except sqlite3.Error as exc:
        if sqlite_code(exc) in _NOT_A_DATABASE:
            raise NormlabError(f"{path} is not a normlab database ({exc})") from None
        raise translate(exc, str(path)) from None
    finally:
        con.close()
