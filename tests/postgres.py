"""A throw-away PostgreSQL server for the tests, when PostgreSQL's server programs are installed.

Set NORMLAB_TEST_POSTGRESQL_URL to use an existing server instead (it cannot then be stopped and
started again by the tests that need that).
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

_numbers = itertools.count()
_QUIET = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}


def _bin(name: str) -> str | None:
    found = shutil.which(name) or next(iter(sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))), None)
    return found


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """A running server: its admin URL, fresh databases on it, and stop/start for fault tests."""

    def __init__(self, url: str, control: list[str] | None = None) -> None:
        self.url = url
        self._control = control

    @property
    def can_restart(self) -> bool:
        return self._control is not None

    def new_database(self) -> str:
        """The URL of a new, empty database on this server."""
        from sqlalchemy import create_engine, text

        name = f"normlab_test_{os.getpid()}_{next(_numbers)}"
        admin = create_engine(self.url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS {name}"))
            conn.execute(text(f"CREATE DATABASE {name}"))
        admin.dispose()
        return self.url.replace("/postgres?", f"/{name}?")

    def stop(self) -> None:
        assert self._control is not None
        subprocess.run([*self._control, "-m", "fast", "-w", "stop"], check=True, **_QUIET)

    def start(self) -> None:
        assert self._control is not None
        subprocess.run([*self._control, "-w", "start"], check=True, **_QUIET)


@contextmanager
def temporary_server() -> Iterator[Server | None]:
    """Yield a fresh server (None when PostgreSQL is not available)."""
    if os.environ.get("NORMLAB_TEST_POSTGRESQL_URL"):
        yield Server(os.environ["NORMLAB_TEST_POSTGRESQL_URL"])
        return
    initdb, pg_ctl = _bin("initdb"), _bin("pg_ctl")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        initdb = None
    if not initdb or not pg_ctl:
        yield None
        return
    as_user: list[str] = []
    if os.geteuid() == 0:  # the server refuses to run as root
        as_user = ["runuser", "-u", "postgres", "--"]
    folder = Path(tempfile.mkdtemp(prefix="normlab-pg-"))
    if as_user:
        shutil.chown(folder, "postgres")
    data, port = folder / "data", _free_port()
    options = f"-k {folder} -p {port} -c listen_addresses='' -c fsync=off"
    control = [*as_user, pg_ctl, "-D", str(data), "-o", options]
    try:
        subprocess.run(
            [*as_user, initdb, "-D", str(data), "-U", "postgres", "-A", "trust"], check=True, **_QUIET
        )
        subprocess.run([*control, "-w", "start"], check=True, **_QUIET)
    except (subprocess.CalledProcessError, OSError):
        shutil.rmtree(folder, ignore_errors=True)
        yield None
        return
    try:
        yield Server(f"postgresql+psycopg://postgres@/postgres?host={folder}&port={port}", control)
    finally:
        subprocess.run([*as_user, pg_ctl, "-D", str(data), "-m", "immediate", "stop"], **_QUIET)
        shutil.rmtree(folder, ignore_errors=True)
