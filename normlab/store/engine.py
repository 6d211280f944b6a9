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

import sqlite3
from typing import Any

from sqlalchemy import Engine, create_engine, event

from normlab.store.location import engine_url, sqlite_path
from normlab.store.sqlite_file import can_write, disk_full, read_only_uri

__all__ = ["READ", "can_write", "disk_full", "make_engine", "read_only_uri"]

BUSY_TIMEOUT_MS = 10_000
CONNECT_TIMEOUT_S = 10
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
