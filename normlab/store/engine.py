"""Engines with the connection settings normlab relies on.

SQLite: foreign keys on, write-ahead log, a busy timeout, and writing transactions that really
begin with BEGIN IMMEDIATE (pysqlite's own handling would leave DDL outside the transaction and can
deadlock two writers instead of letting one wait). Reading transactions (the ``normlab_read``
execution option) begin with a plain BEGIN, so reading never waits for a writer and works on a
file that cannot be written. A read-only database is opened through SQLite's read-only URI.

PostgreSQL: connections are checked before use (pre-ping), so a restarted server is reconnected
to without anyone noticing, and a server that cannot be reached is reported after 10 s.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

from normlab.store.location import engine_url, sqlite_path

BUSY_TIMEOUT_MS = 10_000
CONNECT_TIMEOUT_S = 10
FULL_BELOW_BYTES = 256 * 1024
READ = {"normlab_read": True}
"""Execution options of a reading transaction."""


def make_engine(
    address: str, *, foreign_keys: bool = True, read_only: bool = False, snapshot: bool = False
) -> Engine:
    """``read_only``: never write; ``snapshot``: read the file as it is, without even the shared
    memory file SQLite's write-ahead log needs (for a full disk, where that cannot be made)."""
    url = engine_url(address)
    if url.get_backend_name() == "sqlite":
        path = sqlite_path(address)
        options: dict[str, Any] = {"connect_args": {"timeout": BUSY_TIMEOUT_MS / 1000}}
        read_only = read_only or snapshot
        if read_only and path is not None:
            uri = read_only_uri(path, immutable=snapshot)
            options["creator"] = lambda: sqlite3.connect(
                uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
            )
        engine = create_engine(url, **options)
        _configure_sqlite(engine, foreign_keys=foreign_keys, read_only=read_only)
        return engine
    connect_args = {"connect_timeout": CONNECT_TIMEOUT_S} if url.get_driver_name() == "psycopg" else {}
    return create_engine(url, pool_pre_ping=True, connect_args=connect_args)


def read_only_uri(path: Path, *, immutable: bool = False) -> str:
    """A URI that opens ``path`` for reading only, even where not even a lock file can be made."""
    wal = path.with_name(path.name + "-wal")
    has_wal = wal.exists() and wal.stat().st_size > 0
    immutable = not has_wal and (immutable or not os.access(path.parent, os.W_OK))
    return path.absolute().as_uri() + ("?immutable=1" if immutable else "?mode=ro")


def disk_full(path: Path) -> bool:
    """Whether the disk holding ``path`` has (next to) no room left."""
    try:
        return shutil.disk_usage(path.parent).free < FULL_BELOW_BYTES
    except OSError:
        return False


def can_write(path: Path) -> bool:
    """Whether a SQLite file (existing or to be created) and its folder can be written."""
    target = path if path.exists() else path.parent
    while not target.exists() and target != target.parent:
        target = target.parent
    if hasattr(os, "statvfs") and os.statvfs(target).f_flag & os.ST_RDONLY:
        return False
    if path.exists() and not os.access(path, os.W_OK):
        return False
    return os.access(path.parent if path.parent.exists() else target, os.W_OK)


def _configure_sqlite(engine: Engine, *, foreign_keys: bool, read_only: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
        if not read_only:
            cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        reading = read_only or connection.get_execution_options().get("normlab_read", False)
        connection.exec_driver_sql("BEGIN" if reading else "BEGIN IMMEDIATE")
