"""Bring a database to the schema this normlab expects, safely, before anything else touches it.

* A new or empty database is built from the migrations.
* A database at the current schema is opened without importing Alembic at all.
* A database behind is first copied next to itself (SQLite's online backup into a temporary file,
  checked, then renamed: an interrupted copy never looks like a backup), and only then upgraded, in one transaction with foreign keys off (so rebuilding a parent table
  cannot cascade away its children) and a foreign-key check before commit.
* A database from a newer normlab is refused and left byte-for-byte unchanged.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text
from sqlalchemy.exc import DBAPIError

from normlab.domain.errors import DatabaseFault, NormlabError, ReadOnlyError
from normlab.store.backups import BackupError, write_backup
from normlab.store.faults import translate
from normlab.store.location import describe, sqlite_path
from normlab.store.revision import HEAD_REVISION, KNOWN_REVISIONS, SchemaReport, read_sqlite_revision

if TYPE_CHECKING:
    from alembic.config import Config


class DatabaseTooNewError(NormlabError):
    pass


class MigrationError(NormlabError):
    pass


def read_revision(url: str) -> str | None:
    """The schema revision stored in the database, or None for a new, empty one. Changes nothing."""
    from normlab.store.engine import make_engine

    path = sqlite_path(url)
    if path is not None:
        return read_sqlite_revision(path)
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            if "alembic_version" not in tables:
                if tables:
                    raise NormlabError(f"{describe(url)} holds tables but is not a normlab database")
                return None
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except DBAPIError as exc:
        raise translate(exc, describe(url)) from None
    finally:
        engine.dispose()


def check_schema(url: str) -> SchemaReport:
    """Accept a database that cannot be written only when it needs nothing done to it."""
    revision = read_revision(url)
    if revision == HEAD_REVISION:
        return SchemaReport()
    if revision is None:
        raise ReadOnlyError(f"cannot create a normlab database at {describe(url)}: it cannot be written")
    if revision not in KNOWN_REVISIONS:
        raise DatabaseTooNewError(
            f"{describe(url)} was made by a newer normlab (schema {revision}); update normlab to open it"
        )
    raise ReadOnlyError(
        f"{describe(url)} needs an upgrade to schema {HEAD_REVISION}, but it cannot be written; "
        "open it once where it can be written"
    )


def ensure_schema(url: str) -> SchemaReport:
    """Create, upgrade or accept the database at ``url``; raise a one-line error otherwise."""
    revision = read_revision(url)
    if revision == HEAD_REVISION:
        return SchemaReport()
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise DatabaseTooNewError(
            f"{describe(url)} was made by a newer normlab (schema {revision}); "
            "it was left unchanged: update normlab to open it"
        )
    path = sqlite_path(url)
    if revision is None:
        if path is not None:
            _make_room_for(path)
        try:
            upgrade(url)
        except DBAPIError as exc:
            raise translate(exc, describe(url)) from None
        return SchemaReport(created=True)
    backup = backup_sqlite(path) if path is not None else None
    try:
        upgrade(url)
    except Exception as exc:
        where = f"; a copy from before the upgrade is at {backup}" if backup else ""
        raise MigrationError(
            f"could not upgrade {describe(url)} from schema {revision}: {exc}. "
            f"The database was left as it was{where}"
        ) from exc
    return SchemaReport(upgraded_from=revision, backup=backup)


def _make_room_for(path: Path) -> None:
    """The folder of a new database file, created when missing; a one-line error where it cannot be."""
    from normlab.store.engine import can_write

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseFault(f"cannot create the database {path}: {exc.strerror or exc}") from None
    if not can_write(path):
        raise ReadOnlyError(f"cannot create the database {path}: the folder {path.parent} cannot be written")


def backup_sqlite(path: Path) -> Path:
    """Copy a SQLite database next to itself with the online backup API, checked, before an upgrade."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.backup-{stamp}{path.suffix}")
    counter = 1
    while target.exists():
        target = path.with_name(f"{path.stem}.backup-{stamp}-{counter}{path.suffix}")
        counter += 1
    try:
        return write_backup(path, target)
    except BackupError as exc:
        raise MigrationError(f"{exc}; nothing was upgraded") from None


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
