"""Every benchmark of a big team, one after the other, each against its baseline in the same run.

    .venv/bin/python benchmarks/run.py [--quick]

Import and export of 10,000 norms (against a plain sqlite3 script and json.dump), start-up on
1,000 and 10,000 norms (against a bare Qt + SQLAlchemy ORM window, time and peak memory), the
imports of start-up (``-X importtime``), then filtering, selecting, editing and scrolling in the
window on 10,000 norms. ``--quick`` takes fewer samples (a first look, not figures to quote).
About 10 minutes in full on a quiet 2-core machine.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

FULL = (
    ("import_export.py", "--runs", "5"),
    ("startup.py", "--runs", "11"),
    ("import_time.py", "--runs", "5"),
    ("interaction.py", "--rounds", "3"),
)
QUICK = (
    ("import_export.py", "--runs", "2"),
    ("startup.py", "--runs", "3"),
    ("import_time.py", "--runs", "1"),
    ("interaction.py", "--rounds", "1"),
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer samples: a first look")
    args = parser.parse_args(argv)
    failed = 0
    for script, *options in QUICK if args.quick else FULL:
        print(f"\n== {script} {' '.join(options)}", flush=True)
        failed |= subprocess.run([sys.executable, str(HERE / script), *options], check=False).returncode
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
