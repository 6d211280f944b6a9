"""A throw-away PostgreSQL server for the tests, when PostgreSQL's server programs are installed.

Set NORMLAB_TEST_POSTGRESQL_URL to use an existing server instead.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def _bin(name: str) -> str | None:
    found = shutil.which(name) or next(iter(sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))), None)
    return found


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def temporary_server() -> Iterator[str | None]:
    """Yield a SQLAlchemy URL of a fresh server (None when PostgreSQL is not available)."""
    if os.environ.get("NORMLAB_TEST_POSTGRESQL_URL"):
        yield os.environ["NORMLAB_TEST_POSTGRESQL_URL"]
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
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    try:
        subprocess.run(
            [*as_user, initdb, "-D", str(data), "-U", "postgres", "-A", "trust"], check=True, **quiet
        )
        options = f"-k {folder} -p {port} -c listen_addresses='' -c fsync=off"
        subprocess.run([*as_user, pg_ctl, "-D", str(data), "-o", options, "-w", "start"], check=True, **quiet)
    except (subprocess.CalledProcessError, OSError):
        shutil.rmtree(folder, ignore_errors=True)
        yield None
        return
    try:
        yield f"postgresql+psycopg://postgres@/postgres?host={folder}&port={port}"
    finally:
        subprocess.run([*as_user, pg_ctl, "-D", str(data), "-m", "immediate", "stop"], **quiet)
        shutil.rmtree(folder, ignore_errors=True)
