"""Startup benchmark: normlab's window on 1,000 norms against an empty PySide6 window.

    python benchmarks/startup.py [--runs 9] [--database PATH]

Builds (once, through the Workspace API) a database with one team of 1,000 norms × 3 rationales,
then times, alternating and in the same run:

* ``python -m normlab --database DB --exit-after-startup``: quits as soon as the window has
  painted the team's norms;
* a bare PySide6 script that shows an empty QMainWindow and quits after its first paint.

Prints the medians and their ratio. Without a display it runs Qt offscreen.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

NORMS = 1_000
RATIONALES = 3

BARE = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, app.quit)
        return False

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)
probe = FirstPaint()
window.installEventFilter(probe)
window.show()
sys.exit(app.exec())
"""


def build_database(path: Path) -> None:
    from normlab.domain.model import Dimension, RationaleDraft, Stance
    from normlab.services.workspace import Workspace, database_url

    dimensions = list(Dimension)
    ws = Workspace.open(database_url(str(path)))
    try:
        team_id = ws.create_team("Benchmark team")
        for i in range(NORMS):
            drafts = [
                RationaleDraft(
                    f"Reason {j + 1} people give for norm {i + 1}, in their own words.",
                    dimensions[(i + j) % len(dimensions)],
                    Stance.HELD if j < 2 else Stance.PROPOSED,
                    "teacher" if j % 2 else "pupil",
                )
                for j in range(RATIONALES)
            ]
            ws.add_norm(
                team_id,
                f"Norm {i + 1}: listen to others",
                setting="whole-class discussion",
                rationales=drafts,
            )
    finally:
        ws.close()


def time_once(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode != 0 or done.stdout or done.stderr:
        raise SystemExit(
            f"{' '.join(command[:3])}… exited {done.returncode}\nstdout: {done.stdout}\nstderr: {done.stderr}"
        )
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="timed runs of each command (default 9)")
    parser.add_argument("--database", type=Path, help="reuse or build the benchmark database here")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="normlab-bench-") as scratch:
        database = args.database or Path(scratch) / "bench.sqlite3"
        if not database.exists():
            print(f"Building {NORMS:,} norms × {RATIONALES} rationales in {database} …", flush=True)
            started = time.perf_counter()
            build_database(database)
            print(f"  built in {time.perf_counter() - started:.1f} s")

        env = dict(os.environ, XDG_CONFIG_HOME=str(Path(scratch) / "config"))
        if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY") and sys.platform.startswith("linux"):
            env.setdefault("QT_QPA_PLATFORM", "offscreen")
        normlab = [sys.executable, "-m", "normlab", "--database", str(database), "--exit-after-startup"]
        label = "normlab --exit-after-startup"
        bare = [sys.executable, "-c", BARE]

        for command in (normlab, bare):  # warm the disk cache and the bytecode
            time_once(command, env)
        timings: dict[str, list[float]] = {"normlab": [], "bare": []}
        for _ in range(args.runs):
            timings["normlab"].append(time_once(normlab, env))
            timings["bare"].append(time_once(bare, env))

    app = statistics.median(timings["normlab"])
    empty = statistics.median(timings["bare"])
    platform = env.get("QT_QPA_PLATFORM", "default platform")
    print(f"Qt platform: {platform}; {args.runs} runs each, alternating")
    print(f"  {label:<36} median {app:.3f} s  (min {min(timings['normlab']):.3f})")
    print(f"  {'bare PySide6 QMainWindow':<36} median {empty:.3f} s  (min {min(timings['bare']):.3f})")
    print(f"  ratio {app / empty:.2f}×")
    return 0


if __name__ == "__main__":
    sys.exit(main())
