"""Backups a person can go back to: after deleting the wrong team and closing the window, say.

A SQLite database is backed up with SQLite's online backup API (``normlab.store.backups``) into a
rolling set beside it: when the window starts, then every ``AutoBackup.every`` of editing, and
whenever ``normlab backup`` is run. Restoring first backs up the current state, so a restore can
itself be undone. A PostgreSQL database is backed up by its server's tools (pg_dump).
"""

from __future__ import annotations

import sqlite3
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from normlab.domain.errors import NormlabError
from normlab.services.changes import Change
from normlab.services.workspace import Workspace
from normlab.store.backups import Backup, BackupError, backups_of, take_backup, write_backup
from normlab.store.engine import read_only_uri
from normlab.store.location import sqlite_path
from normlab.store.migrate import KNOWN_REVISIONS

PG_DUMP_HINT = "back up a PostgreSQL database with pg_dump (see “Your data is safe” in the README)"


@dataclass(frozen=True, slots=True)
class BackupSummary:
    backup: Backup
    teams: int | None
    norms: int | None

    @property
    def path(self) -> Path:
        return self.backup.path

    @property
    def taken(self) -> datetime:
        return self.backup.taken


def database_file(address: str) -> Path:
    path = sqlite_path(address)
    if path is None:
        raise NormlabError(f"normlab backs up SQLite files itself; {PG_DUMP_HINT}")
    return path


def backup_now(address: str, kind: str = "manual") -> Backup:
    path = database_file(address)
    if not path.exists():
        raise NormlabError(f"there is no database at {path} to back up")
    return take_backup(path, kind)


def counts(path: Path) -> tuple[int | None, int | None]:
    """How many teams and norms a database file holds (None where it cannot be read)."""
    try:
        con = sqlite3.connect(read_only_uri(path, immutable=True), uri=True)
    except sqlite3.Error:
        return None, None
    try:
        teams = con.execute("SELECT count(*) FROM teams").fetchone()[0]
        norms = con.execute("SELECT count(*) FROM norms").fetchone()[0]
        return teams, norms
    except sqlite3.Error:
        return None, None
    finally:
        con.close()


def list_backups(address: str) -> list[BackupSummary]:
    """The rolling set of the database at ``address``, newest first, with what each holds."""
    return [BackupSummary(b, *counts(b.path)) for b in backups_of(database_file(address))]


def check_backup(path: Path) -> None:
    """A file fit to restore: a whole SQLite database that this normlab can open."""
    try:
        con = sqlite3.connect(read_only_uri(path, immutable=True), uri=True)
    except sqlite3.Error as exc:
        raise NormlabError(f"{path} cannot be opened: {exc}") from None
    try:
        verdict = con.execute("PRAGMA integrity_check").fetchone()[0]
        revision = con.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        raise NormlabError(f"{path} is not a normlab database") from None
    finally:
        con.close()
    if verdict != "ok":
        raise NormlabError(f"{path} is damaged ({verdict}); it was not restored")
    if revision is None or revision[0] not in KNOWN_REVISIONS:
        raise NormlabError(f"{path} was made by a newer normlab; update normlab to restore it")


def restore_backup(address: str, source: str | Path) -> Backup | None:
    """Put the database at ``address`` back to the state in ``source``; returns the backup of the
    state before (None when there was no database yet). An older schema is upgraded on next open."""
    path = database_file(address)
    source = Path(source).expanduser()
    if not source.is_file():
        raise NormlabError(f"{source}: no such file")
    check_backup(source)
    if not path.exists():
        write_backup(source, path)
        return None
    before = take_backup(path, "before-restore")
    try:
        origin = sqlite3.connect(read_only_uri(source, immutable=True), uri=True)
        target = sqlite3.connect(path, timeout=10)
        try:
            origin.backup(target)
        finally:
            target.close()
            origin.close()
    except sqlite3.Error as exc:
        from normlab.store.faults import translate

        raise translate(exc, str(path)) from None
    return before


class AutoBackup:
    """Backs the workspace's SQLite file up when started and then after every ``every`` of editing.

    Backups run on a worker thread with their own connections, so neither the window's start nor
    an edit waits for one; a failed automatic backup is remembered (``last_error``), never raised.
    """

    def __init__(self, ws: Workspace, every: timedelta = timedelta(minutes=10)) -> None:
        self.ws = ws
        self.every = every
        self.last_error: str | None = None
        self._path = sqlite_path(ws.db.url)
        self._last = 0.0
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    @property
    def enabled(self) -> bool:
        return self._path is not None and not self.ws.read_only

    def start(self) -> None:
        if self.enabled:
            self.ws.changes.subscribe(self._changed)
            self._run()

    def stop(self) -> None:
        self.ws.changes.unsubscribe(self._changed)
        if self._thread is not None:
            self._thread.join(timeout=30)

    def _changed(self, _change: Change) -> None:
        if time.monotonic() - self._last >= self.every.total_seconds():
            self._run()

    def _run(self) -> None:
        if not self._lock.acquire(blocking=False):
            return  # one is running; the next edit after it will start another when due
        self._last = time.monotonic()
        self._thread = threading.Thread(target=self._backup, name="normlab backup", daemon=True)
        self._thread.start()

    def _backup(self) -> None:
        try:
            assert self._path is not None
            take_backup(self._path, "auto")
            self.last_error = None
        except (BackupError, NormlabError, OSError) as exc:
            self.last_error = str(exc)
        finally:
            self._lock.release()
