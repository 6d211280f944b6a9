"""What start-up spends on importing modules, from ``python -X importtime``, against the bare window.

    .venv/bin/python benchmarks/import_time.py [--runs 5] [--norms 1000]

Runs ``python -X importtime -m normlab --database DB --exit-after-startup`` on a team from
``corpus.py`` and the bare baseline window (PySide6 and ``sqlalchemy.orm``), several times each,
and prints per top-level package the median cumulative import time, so the figures can be kept and
compared: what the window loads before its first paint, and what it leaves for later.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import compile_normlab, load_note, qt_environment
from startup import BARE, build

WATCHED = (
    "PySide6",
    "shiboken6",
    "normlab",
    "sqlalchemy",
    "alembic",
    "reportlab",
    "sqlite3",
    "json",
    "typing",
)


def import_times(command: list[str], env: dict[str, str]) -> dict[str, float]:
    """Import milliseconds per top-level package in one run of ``command``: each module's own time,
    added to the package it belongs to, wherever it was imported from."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", *command], env=env, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command[:4])}… failed\n{done.stdout}\n{done.stderr[-2000:]}")
    totals: dict[str, float] = defaultdict(float)
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "|" not in line:
            continue
        own, _, name = line.removeprefix("import time:").split("|", 2)
        if own.strip().isdigit():  # not the header
            totals[name.strip().split(".")[0]] += int(own) / 1000
    return totals


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--norms", type=int, default=1_000)
    args = parser.parse_args(argv)

    compile_normlab()
    with tempfile.TemporaryDirectory(prefix="normlab-bench-") as folder:
        scratch = Path(folder)
        env = qt_environment(scratch)
        database = scratch / "team.sqlite3"
        build(database, args.norms)
        commands = {
            "normlab": ["-m", "normlab", "--database", str(database), "--exit-after-startup"],
            "bare": ["-c", BARE],
        }
        runs: dict[str, list[dict[str, float]]] = {key: [] for key in commands}
        for _ in range(args.runs):
            for key, command in commands.items():
                runs[key].append(import_times(command, env))

    def median(key: str, module: str) -> float:
        return statistics.median(run.get(module, 0.0) for run in runs[key])

    def total(key: str) -> float:
        return statistics.median(sum(run.values()) for run in runs[key])

    print(
        f"\nImports until the first paint of a {args.norms:,}-norm team, python -X importtime "
        f"(median of {args.runs} runs; {load_note()}); milliseconds per package"
    )
    print(f"  {'':14} {'normlab':>9} {'bare window + sqlalchemy.orm':>30}")
    for module in WATCHED:
        normlab, bare = median("normlab", module), median("bare", module)
        loaded = "" if normlab else "   (not loaded before the first paint)"
        print(f"  {module:14} {normlab:9.0f} {bare:30.0f}{loaded}")
    print(f"  {'all imports':14} {total('normlab'):9.0f} {total('bare'):30.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
