"""One open database: an engine and short transactions, each committed as soon as it ends."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import sessionmaker

from normlab.domain.errors import ConflictError, DatabaseFault, DiskFullError, ReadOnlyError
from normlab.store.engine import READ, can_write, disk_full, make_engine
from normlab.store.faults import translate
from normlab.store.location import describe, sqlite_path
from normlab.store.migrate import SchemaReport, check_schema, ensure_schema
from normlab.store.reads import Reads


class Database:
    def __init__(self, url: str, *, read_only: bool = False, disk_full: bool = False) -> None:
        self.url = url
        self.read_only = read_only or disk_full
        self.disk_full = disk_full
        self.engine = make_engine(url, read_only=read_only, snapshot=disk_full)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._readers = sessionmaker(self.engine.execution_options(**READ), expire_on_commit=False)

    @classmethod
    def open(cls, url: str) -> tuple[Database, SchemaReport]:
        """Bring the schema up to date (backing up first when needed), then open it.

        A SQLite file that cannot be written is opened read-only, as long as its schema is current.
        """
        path = sqlite_path(url)
        read_only = path is not None and path.exists() and not can_write(path)
        try:
            return cls._open(url, read_only=read_only)
        except DatabaseFault:
            if path is None or read_only or not path.exists() or not disk_full(path):
                raise
        # SQLite cannot even make the small shared-memory file it needs for reading: read the file
        # as it is, and name the full disk when something is to be written.
        return cls._open(url, read_only=True, disk_full=True)

    @classmethod
    def _open(cls, url: str, *, read_only: bool, disk_full: bool = False) -> tuple[Database, SchemaReport]:
        try:
            report = check_schema(url) if read_only else ensure_schema(url)
            database = cls(url, read_only=read_only, disk_full=disk_full)
            with database.reading() as session:
                session.connection()  # a server that cannot be reached says so now, in one line
        except DBAPIError as exc:
            raise translate(exc, describe(url)) from None
        return database, report

    @property
    def location(self) -> str:
        return describe(self.url)

    @contextmanager
    def transaction(self) -> Iterator[OrmSession]:
        """A writing session, committed when the block ends or rolled back on any error."""
        if self.disk_full:
            raise DiskFullError(f"the disk holding {self.location} is full; nothing was saved")
        if self.read_only:
            raise ReadOnlyError(f"{self.location} is read-only; nothing was changed")
        with self._session(self._sessions) as session:
            yield session

    @contextmanager
    def reading(self) -> Iterator[OrmSession]:
        """A session that only reads: it never waits for a writer and works on a read-only file."""
        with self._session(self._readers) as session:
            yield session

    @contextmanager
    def reads(self) -> Iterator[Reads]:
        """The plain-SQL reads (``store/reads.py``) inside one reading transaction."""
        with self.reading() as session:
            yield reads_in(session)

    @contextmanager
    def _session(self, factory: sessionmaker[OrmSession]) -> Iterator[OrmSession]:
        try:
            with factory.begin() as session:
                yield session
        except IntegrityError:
            # Two writers inserting the same unique thing at one moment: the later one loses.
            raise ConflictError(
                "someone else made the same change at the same moment; nothing was saved"
            ) from None
        except DBAPIError as exc:
            raise translate(exc, self.location) from None

    def close(self) -> None:
        self.engine.dispose()


def reads_in(session: OrmSession) -> Reads:
    """The plain-SQL reads on the driver connection of ``session``, inside its transaction."""
    connection = session.connection()

    def execute(sql: str, params: tuple[Any, ...]) -> Sequence[Any]:
        return connection.exec_driver_sql(sql, params).all()

    return Reads(execute, sqlite=connection.dialect.name == "sqlite")
