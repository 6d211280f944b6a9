"""Shared test set-up. Qt must run offscreen: with no display a Qt start aborts the whole run."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Printed furniture follows the session's language when the rules do not tell: keep it English.
os.environ["LANGUAGE"] = "en"

from collections.abc import Iterator
from pathlib import Path

import pytest

from normlab.services.workspace import Workspace
from tests.postgres import Server, temporary_server


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'normlab.sqlite3'}"


@pytest.fixture
def ws(db_url: str) -> Iterator[Workspace]:
    workspace = Workspace.open(db_url)
    yield workspace
    workspace.close()


@pytest.fixture(scope="session")
def postgres() -> Iterator[Server]:
    """One throw-away PostgreSQL server for the whole run (skips when none can be started)."""
    with temporary_server() as server:
        if server is None:
            pytest.skip("PostgreSQL server programs or the psycopg driver are not installed")
        yield server


@pytest.fixture
def pg_url(postgres: Server) -> str:
    """A new, empty database on the throw-away server."""
    return postgres.new_database()


@pytest.fixture
def without_fallback_fonts(monkeypatch: pytest.MonkeyPatch) -> None:
    """As on a computer with no font beyond the ones normlab bundles."""
    from normlab.printing import font_sources, fonts

    monkeypatch.setattr(fonts, "_fallbacks", [])
    monkeypatch.setattr(fonts, "_searched", set())
    monkeypatch.setattr(font_sources, "candidates", lambda chars: iter(()))
