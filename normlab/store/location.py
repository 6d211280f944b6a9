"""Where the database lives: a command-line option, an environment variable, or the user's data folder.

A database *address* is either a URL (``postgresql+psycopg://host/db``, ``sqlite:///path``) or the
path of a SQLite file. A path stays a path all the way to the driver: it is never pasted into a URL
string, so a file called ``q?x.sqlite`` or ``my%20data.sqlite`` is exactly that file.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from normlab.domain.errors import NormlabError

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

ENV_VAR = "NORMLAB_DATABASE_URL"
FILE_NAME = "normlab.sqlite3"
SUPPORTED = "a SQLite file path, sqlite:///PATH or postgresql://USER@HOST/DATABASE"
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*://")


def default_database_path() -> Path:
    from platformdirs import user_data_path

    return user_data_path("normlab", appauthor=False) / FILE_NAME


def is_url(address: str) -> bool:
    return bool(_URL.match(address))


def to_url(path_or_url: str) -> str:
    """The database's address: a URL as it was given, or a file path made absolute."""
    if is_url(path_or_url):
        return path_or_url
    return str(Path(path_or_url).expanduser().resolve())


def resolve_database_url(option: str | None, environ: Mapping[str, str] | None = None) -> str:
    environ = os.environ if environ is None else environ
    if option:
        return to_url(option)
    if environ.get(ENV_VAR):
        return to_url(environ[ENV_VAR])
    return to_url(str(default_database_path()))


def engine_url(address: str) -> URL:
    """The SQLAlchemy URL for an address; an unsupported kind of database is a one-line error."""
    from sqlalchemy.engine import URL, make_url
    from sqlalchemy.exc import ArgumentError

    if not is_url(address):
        return URL.create("sqlite", database=address)
    scheme = address.split("://", 1)[0]
    try:
        url = make_url(address)
    except ArgumentError:
        raise NormlabError(
            f"“{describe(address)}” is not a database URL; normlab opens {SUPPORTED}"
        ) from None
    backend, _, driver = url.drivername.partition("+")
    if backend == "postgres":  # the name many hosting services hand out
        backend = "postgresql"
    if backend not in ("sqlite", "postgresql"):
        raise NormlabError(f"normlab cannot open {scheme}:// databases; it opens {SUPPORTED}")
    if backend == "postgresql" and not driver:
        driver = "psycopg"
    return url.set(drivername=f"{backend}+{driver}" if driver else backend)


def sqlite_path(address: str) -> Path | None:
    """The file behind a SQLite address, or None for an in-memory or non-SQLite database."""
    if not is_url(address):
        return Path(address)
    if not address.lower().startswith("sqlite"):
        return None
    database = engine_url(address).database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database)


def describe(address: str) -> str:
    """The address to show a person: the file's path, or the URL without its password."""
    if not is_url(address):
        return address
    path = sqlite_path(address) if address.lower().startswith("sqlite") else None
    if path is not None:
        return str(path)
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        return make_url(address).render_as_string(hide_password=True)
    except ArgumentError:
        return re.sub(r"(://[^:/@]*):[^@/]*@", r"\1:***@", address)
