"""One open database: an engine and short transactions, each committed as soon as it ends."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import sessionmaker

from normlab.domain.errors import ConflictError, NormlabError
from normlab.store.engine import make_engine
from normlab.store.location import sqlite_path
from normlab.store.migrate import SchemaReport, ensure_schema


class Database:
    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @classmethod
    def open(cls, url: str) -> tuple[Database, SchemaReport]:
        """Bring the schema up to date (backing up first when needed), then open it."""
        report = ensure_schema(url)
        return cls(url), report

    @property
    def location(self) -> str:
        path = sqlite_path(self.url)
        return str(path) if path is not None else self.url.split("@")[-1]

    @contextmanager
    def transaction(self) -> Iterator[OrmSession]:
        """A session whose work is committed when the block ends, or rolled back on any error."""
        try:
            with self._sessions.begin() as session:
                yield session
        except IntegrityError:
            # Two writers inserting the same unique thing at one moment: the later one loses.
            raise ConflictError(
                "someone else made the same change at the same moment; nothing was saved"
            ) from None
        except OperationalError as exc:
            raise NormlabError(f"the database {self.location} could not be written: {exc.orig}") from exc

    def close(self) -> None:
        self.engine.dispose()
