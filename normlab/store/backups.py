"""Backups of a SQLite database, taken with SQLite's online backup API (never a file copy).

A backup is written to a temporary name, checked with ``PRAGMA integrity_check`` and only then
renamed, so a backup interrupted by a crash or a kill never looks like a real one; the leftovers of
such an attempt are removed by the next backup into the same folder.

The rolling set lives beside the database, in ``<name>-backups/``: the last ``KEEP_LAST`` backups
plus the newest of each of the last ``KEEP_DAYS`` days.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import sys
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from normlab.domain.errors import NormlabError

KEEP_LAST = 10
KEEP_DAYS = 7
_TEMPORARY = re.compile(r"^\..+\.(\d+)\.backup-part(-wal|-shm|-journal)?$")
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"-(\d{8}-\d{6})(?:-\d+)?-(auto|manual|before-restore)\.sqlite3$")


class BackupError(NormlabError):
    pass


def write_backup(source: Path, target: Path) -> Path:
    """Copy the database ``source`` to ``target``: whole and checked, or not at all."""
    from normlab.store.engine import read_only_uri

    clean_stale_temporaries(target.parent)
    temporary = target.with_name(f".{target.name}.{os.getpid()}.backup-part")
    try:
        origin = sqlite3.connect(read_only_uri(source), uri=True)
        try:
            copy = sqlite3.connect(temporary)
            try:
                origin.backup(copy)
                verdict = copy.execute("PRAGMA integrity_check").fetchone()[0]
                copy.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
            finally:
                copy.close()
        finally:
            origin.close()
        if verdict != "ok":
            raise BackupError(f"the backup {target} failed its integrity check ({verdict})")
        with open(temporary, "rb") as stream:
            os.fsync(stream.fileno())
        os.replace(temporary, target)
        _sync_folder(target.parent)
    except sqlite3.Error as exc:
        from normlab.store.faults import translate

        raise BackupError(f"could not back up {source}: {translate(exc, str(source))}") from None
    except OSError as exc:
        raise BackupError(f"could not write the backup {target}: {exc.strerror or exc}") from None
    finally:
        _remove_temporary(temporary)
    return target


def clean_stale_temporaries(folder: Path) -> list[Path]:
    """Remove what interrupted backups left in ``folder`` (never a running backup's file)."""
    removed = []
    with contextlib.suppress(OSError):
        for entry in folder.iterdir():
            match = _TEMPORARY.match(entry.name)
            if match and not _running(int(match.group(1)), entry):
                with contextlib.suppress(OSError):
                    entry.unlink()
                    removed.append(entry)
    return removed


def _running(pid: int, entry: Path) -> bool:
    if pid == os.getpid():
        return False
    if sys.platform == "win32":  # no cheap liveness check: trust the age instead
        return time.time() - entry.stat().st_mtime < 3600
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _remove_temporary(temporary: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            temporary.with_name(temporary.name + suffix).unlink()


def _sync_folder(folder: Path) -> None:
    if sys.platform == "win32":
        return
    with contextlib.suppress(OSError):
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)


# -- the rolling set -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Backup:
    path: Path
    taken: datetime
    kind: str
    """auto (start-up and while editing), manual (``normlab backup``) or before-restore."""


def backup_folder(database: Path) -> Path:
    return database.with_name(f"{database.stem}-backups")


def take_backup(database: Path, kind: str = "auto", *, now: datetime | None = None) -> Backup:
    """A new backup of ``database`` in its rolling set; older ones beyond the set are removed."""
    now = now or datetime.now()
    folder = backup_folder(database)
    try:
        folder.mkdir(exist_ok=True)
    except OSError as exc:
        raise BackupError(f"cannot create the backup folder {folder}: {exc.strerror or exc}") from None
    stamp = now.strftime(_STAMP)
    target = folder / f"{database.stem}-{stamp}-{kind}.sqlite3"
    counter = 1
    while target.exists():
        target = folder / f"{database.stem}-{stamp}-{counter}-{kind}.sqlite3"
        counter += 1
    write_backup(database, target)
    prune(database, now=now)
    return Backup(target, now.replace(microsecond=0), kind)


def backups_of(database: Path) -> list[Backup]:
    """The rolling set, newest first."""
    found = []
    with contextlib.suppress(OSError):
        for entry in backup_folder(database).iterdir():
            match = _NAME.search(entry.name)
            if match and entry.name.startswith(database.stem):
                found.append(Backup(entry, datetime.strptime(match.group(1), _STAMP), match.group(2)))
    return sorted(found, key=lambda b: (b.taken, b.path.name), reverse=True)


def prune(database: Path, *, now: datetime | None = None) -> list[Path]:
    """Keep the last KEEP_LAST backups and the newest of each of the last KEEP_DAYS days."""
    now = now or datetime.now()
    backups = backups_of(database)
    keep = {b.path for b in backups[:KEEP_LAST]}
    days: set[object] = set()
    for backup in backups:
        day = backup.taken.date()
        if now - backup.taken <= timedelta(days=KEEP_DAYS) and day not in days:
            days.add(day)
            keep.add(backup.path)
    removed = []
    for backup in backups:
        if backup.path not in keep:
            with contextlib.suppress(OSError):
                backup.path.unlink()
                removed.append(backup.path)
    return removed
