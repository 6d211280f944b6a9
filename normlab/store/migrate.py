"""Bring a database to the schema this normlab expects, safely, before anything else touches it.

* A new or empty database is built from the migrations.
* A database at the current schema is opened without importing Alembic at all.
* A database behind is first copied next to itself (SQLite's online backup), the copy is checked,
  and only then upgraded, in one transaction with foreign keys off (so rebuilding a parent table
  cannot cascade away its children) and a foreign-key check before commit.
* A database from a newer normlab is refused and left byte-for-byte unchanged.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import create_engine, inspect, text

from normlab.domain.errors import NormlabError
from normlab.store.location import sqlite_path

if TYPE_CHECKING:
    from alembic.config import Config

KNOWN_REVISIONS = ("0001_initial", "0002_sessions", "0003_agreed")
"""Every schema revision this normlab can open, oldest first; the last is the head."""
HEAD_REVISION = KNOWN_REVISIONS[-1]


class DatabaseTooNewError(NormlabError):
    pass


class MigrationError(NormlabError):
    pass


@dataclass(frozen=True, slots=True)
class SchemaReport:
    created: bool = False
    upgraded_from: str | None = None
    backup: Path | None = None


def _describe(url: str) -> str:
    path = sqlite_path(url)
    return str(path) if path is not None else url.split("@")[-1]


def read_revision(url: str) -> str | None:
    """The schema revision stored in the database, or None for a new, empty one. Changes nothing."""
    path = sqlite_path(url)
    if path is not None:
        return _read_sqlite_revision(path)
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            if "alembic_version" not in tables:
                if tables:
                    raise NormlabError(f"{_describe(url)} holds tables but is not a normlab database")
                return None
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    finally:
        engine.dispose()


def _read_sqlite_revision(path: Path) -> str | None:
    if not path.exists() or path.stat().st_size == 0:
        return None
    # Without a write-ahead log next to it, everything is in the main file: read it as immutable so
    # that not even a -wal or -shm file appears beside a database we may have to refuse.
    has_wal = path.with_name(path.name + "-wal").exists()
    try:
        con = sqlite3.connect(path.resolve().as_uri() + ("?mode=ro" if has_wal else "?immutable=1"), uri=True)
    except sqlite3.Error as exc:
        raise NormlabError(f"cannot open database {path}: {exc}") from None
    try:
        tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "alembic_version" not in tables:
            if tables:
                raise NormlabError(f"{path} is not a normlab database (it holds other tables)")
            return None
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except sqlite3.DatabaseError as exc:
        raise NormlabError(f"{path} is not a normlab database ({exc})") from None
    finally:
        con.close()


def ensure_schema(url: str) -> SchemaReport:
    """Create, upgrade or accept the database at ``url``; raise a one-line error otherwise."""
    revision = read_revision(url)
    if revision == HEAD_REVISION:
        return SchemaReport()
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise DatabaseTooNewError(
            f"{_describe(url)} was made by a newer normlab (schema {revision}); "
            "it was left unchanged: update normlab to open it"
        )
    path = sqlite_path(url)
    if revision is None:
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        upgrade(url)
        return SchemaReport(created=True)
    backup = backup_sqlite(path) if path is not None else None
    try:
        upgrade(url)
    except Exception as exc:
        where = f"; a copy from before the upgrade is at {backup}" if backup else ""
        raise MigrationError(
            f"could not upgrade {_describe(url)} from schema {revision}: {exc}. "
            f"The database was left as it was{where}"
        ) from exc
    return SchemaReport(upgraded_from=revision, backup=backup)


def backup_sqlite(path: Path) -> Path:
    """Copy a SQLite database next to itself with the online backup API and check the copy."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.backup-{stamp}{path.suffix}")
    counter = 1
    while target.exists():
        target = path.with_name(f"{path.stem}.backup-{stamp}-{counter}{path.suffix}")
        counter += 1
    source = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    copy = sqlite3.connect(target)
    try:
        source.backup(copy)
        verdict = copy.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        copy.close()
        source.close()
    if verdict != "ok":
        raise MigrationError(
            f"the backup {target} failed its integrity check ({verdict}); nothing was upgraded"
        )
    return target


def alembic_config() -> Config:
    from alembic.config import Config

    import normlab.migrations

    config = Config()
    config.set_main_option("script_location", str(Path(normlab.migrations.__file__).parent))
    return config


def upgrade(url: str, target: str = "head") -> None:
    """Run the migrations in one transaction with foreign keys off, checking them before commit."""
    from alembic import command

    from normlab.store.engine import make_engine

    engine = make_engine(url, foreign_keys=False)
    try:
        with engine.connect() as conn:
            transaction = conn.begin()
            try:
                config = alembic_config()
                config.attributes["connection"] = conn
                command.upgrade(config, target)
                if conn.dialect.name == "sqlite":
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise MigrationError(f"{len(broken)} rows lost their parent during the upgrade")
                transaction.commit()
            except BaseException:
                transaction.rollback()
                raise
    finally:
        engine.dispose()
