"""Where the database lives: a command-line option, an environment variable, or the user's data folder."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

ENV_VAR = "NORMLAB_DATABASE_URL"
FILE_NAME = "normlab.sqlite3"


def default_database_path() -> Path:
    from platformdirs import user_data_path

    return user_data_path("normlab", appauthor=False) / FILE_NAME


def to_url(path_or_url: str) -> str:
    """A database URL for a URL (kept as it is) or a file path (made absolute, as SQLite)."""
    if "://" in path_or_url:
        return path_or_url
    return "sqlite:///" + str(Path(path_or_url).expanduser().resolve())


def resolve_database_url(option: str | None, environ: Mapping[str, str] | None = None) -> str:
    environ = os.environ if environ is None else environ
    if option:
        return to_url(option)
    if environ.get(ENV_VAR):
        return to_url(environ[ENV_VAR])
    return to_url(str(default_database_path()))


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for an in-memory or non-SQLite database."""
    if not url.startswith("sqlite"):
        return None
    _, _, rest = url.partition(":///")
    if not rest or rest == ":memory:" or rest.startswith("file::memory:"):
        return None
    return Path(rest.split("?", 1)[0])
