"""Live refresh benchmark: one poll of the change counter against a bare ``SELECT 1`` on the same
connection, on SQLite and (when a server can be started) PostgreSQL.

    .venv/bin/python benchmarks/live_refresh.py

An open window polls once a second, so the cost per second of an idle window is one poll.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from normlab.services.watch import ChangeWatch
from normlab.services.workspace import Workspace

RUNS = 2000


def median_us(action: object) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        action()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1e6


def measure(label: str, url: str) -> None:
    ws = Workspace.open(url)
    watch = ChangeWatch(ws)
    raw = ws.db.engine.raw_connection()

    def select_one() -> None:
        cursor = raw.cursor()
        cursor.execute("SELECT 1")
        cursor.fetchone()
        cursor.close()
        if ws.db.engine.dialect.name != "sqlite":
            raw.rollback()

    poll, bare = median_us(watch.poll), median_us(select_one)
    print(f"{label}: poll {poll:.0f} µs, SELECT 1 {bare:.0f} µs, ratio {poll / bare:.2f} (medians of {RUNS})")
    raw.close()
    watch.close()
    ws.close()


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        measure("SQLite", f"sqlite:///{Path(folder) / 'bench.sqlite3'}")
    try:
        from tests.postgres import temporary_server
    except ImportError:
        return
    with temporary_server() as server:
        if server is None:
            print("PostgreSQL: no server could be started; skipped")
            return
        measure("PostgreSQL", server.new_database())


if __name__ == "__main__":
    main()
