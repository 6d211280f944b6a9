"""A first look at a SQLite database with the standard library alone, for the window's first paint.

Importing SQLAlchemy and its ORM takes about a third of a second, longer than Qt needs to show a
window. A file that is already at the current schema and can be written needs nothing from them to
be read: this opens it read-only with ``sqlite3`` and answers the reads the first paint makes
(``store/reads.py``) while the rest of normlab loads. Anything else (a new file, an upgrade, a
read-only file, PostgreSQL) gets no first look and is opened the full way at once.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import TypeVar

from normlab.domain.errors import NormlabError
from normlab.domain.model import Norm, Session, Team, TeamSummary
from normlab.domain.summary import NormSummary, TeamOverview
from normlab.store.location import sqlite_path
from normlab.store.reads import Reads
from normlab.store.revision import HEAD_REVISION, read_sqlite_revision
from normlab.store.sqlite_file import can_write, disk_full, read_only_uri

T = TypeVar("T")


class FirstLook:
    """Read-only reads on a ``sqlite3`` connection, each in its own transaction."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection
        self._reads = Reads.on_dbapi(connection)

    @contextmanager
    def _transaction(self) -> Iterator[Reads]:
        self._connection.execute("BEGIN")
        try:
            yield self._reads
        finally:
            self._connection.execute("COMMIT")

    def _read(self, read: Callable[[Reads], T]) -> T:
        with self._transaction() as reads:
            return read(reads)

    def teams(self, today: date | None = None) -> list[TeamSummary]:
        return self._read(lambda reads: reads.teams(today))

    def team_overview(self, team_id: int) -> TeamOverview:
        return self._read(lambda reads: reads.team_overview(team_id))

    def norm_summary(self, norm_id: int) -> NormSummary:
        return self._read(lambda reads: reads.norm_summary(norm_id))

    def norm(self, norm_id: int) -> Norm:
        return self._read(lambda reads: reads.norm(norm_id))

    def team(self, team_id: int) -> Team:
        return self._read(lambda reads: reads.team(team_id))

    def sessions(self, team_id: int) -> tuple[Session, ...]:
        return self._read(lambda reads: reads.team_sessions(team_id))

    def session_norms(self, session: Session) -> tuple[Norm, ...]:
        return self._read(lambda reads: reads.session_norms(session.id, session.agenda))

    def close(self) -> None:
        self._connection.close()


def first_look(url: str) -> FirstLook | None:
    """A first look at the SQLite file ``url`` names, or None when it must be opened the full way."""
    path = sqlite_path(url)
    if path is None or not path.is_file():
        return None
    try:
        if read_sqlite_revision(path) != HEAD_REVISION or not can_write(path) or disk_full(path):
            return None
        connection = sqlite3.connect(
            read_only_uri(path), uri=True, isolation_level=None, check_same_thread=False
        )
    except (NormlabError, OSError, sqlite3.Error):
        return None
    return FirstLook(connection)
