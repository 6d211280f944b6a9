"""Start-up: normlab's window on a team of 1,000 and of 10,000 norms against a bare window, same run.

    .venv/bin/python benchmarks/startup.py [--runs 9]

Builds (once per run, by importing ``corpus.py`` documents) one database with a team of 1,000
norms and one with a team of 10,000 norms (three reasons each), then times, alternating:

* ``python -m normlab --database DB --exit-after-startup`` on each: the process ends once the
  window has painted the team's norms;
* the baseline: a bare PySide6 script that also imports ``sqlalchemy.orm`` and shows an empty
  ``QMainWindow`` of the same size, ending after its first paint.

Each process's wall time and peak memory (its maximum resident set) are kept; the medians and
their ratios are printed, and for the 1,000-norm team also the worst ratio of any single round.
Without a display Qt runs offscreen.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import Figure, compile_normlab, load_note, qt_environment
from corpus import build_document

BARE = """
import sys
import sqlalchemy.orm  # what normlab's window needs beyond Qt, in the baseline too
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


READY = """
import sys
from PySide6.QtCore import QTimer, qInstallMessageHandler
from PySide6.QtWidgets import QApplication
import normlab.ui.shell.app as shell
from normlab.store.location import resolve_database_url

def finish_then_quit(widget, ws):
    def finish():
        finish_opening = getattr(ws, "finish", None)
        if finish_opening is not None:
            finish_opening()
        QTimer.singleShot(0, QApplication.instance().quit)
    shell._AfterFirstPaint(widget, finish)

qInstallMessageHandler(lambda *_: None)
shell.finish_opening_after_paint = finish_then_quit
sys.exit(shell.run_gui(resolve_database_url(sys.argv[1])))
"""
"""The window as a user gets it, ending once the workspace has finished opening after the first paint
(SQLAlchemy loaded, edits possible): how long the lazy start leaves for after the team is shown."""


def build(path: Path, norms: int) -> None:
    from normlab.services.interchange import import_json
    from normlab.services.workspace import Workspace, database_url

    ws = Workspace.open(database_url(str(path)))
    try:
        import_json(ws, build_document(norms, name=f"A team of {norms:,} norms"))
    finally:
        ws.close()


RUN = """
import os, subprocess, sys, time
start = time.perf_counter()
child = subprocess.Popen(sys.argv[1:], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
_, status, usage = os.wait4(child.pid, 0)
elapsed = time.perf_counter() - start
out, err = child.communicate()
if os.waitstatus_to_exitcode(status) != 0 or out or err:
    sys.exit(f"failed: {out.decode()} {err.decode()}")
print(elapsed, usage.ru_maxrss / 1024)
"""
"""Runs a command from a small process: a child's peak memory counts what it had before ``exec``,
so it must not be forked from this (large) benchmark process itself."""


def measure(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds, peak resident megabytes) of one run of ``command``."""
    done = subprocess.run(
        [sys.executable, "-c", RUN, *command], env=env, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command[:4])}… failed\n{done.stdout}\n{done.stderr}")
    elapsed, peak = done.stdout.split()
    return float(elapsed), float(peak)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="timed runs of each command (default 9)")
    args = parser.parse_args(argv)

    compile_normlab()
    with tempfile.TemporaryDirectory(prefix="normlab-bench-") as folder:
        scratch = Path(folder)
        env = qt_environment(scratch)
        databases = {n: scratch / f"team-{n}.sqlite3" for n in (1_000, 10_000)}
        for norms, path in databases.items():
            build(path, norms)
        commands: dict[object, list[str]] = {
            "bare": [sys.executable, "-c", BARE],
            **{
                n: [sys.executable, "-m", "normlab", "--database", str(p), "--exit-after-startup"]
                for n, p in databases.items()
            },
            "ready": [sys.executable, "-c", READY, str(databases[10_000])],
        }
        for command in commands.values():  # warm the disk cache and the bytecode
            measure(command, env)
        times: dict[object, list[float]] = {key: [] for key in commands}
        peaks: dict[object, list[float]] = {key: [] for key in commands}
        for _ in range(args.runs):
            for key, command in commands.items():
                elapsed, peak = measure(command, env)
                times[key].append(elapsed)
                peaks[key].append(peak)

    platform = env.get("QT_QPA_PLATFORM", "the default platform")
    print(
        f"\nStart-up until the team's norms are painted ({platform}; median of {args.runs} runs, {load_note()})"
    )
    baseline = "bare window + sqlalchemy.orm"
    for norms, limit, memory_limit in ((1_000, 1.25, None), (10_000, 1.5, 1.6)):
        figure = Figure(
            f"normlab, a team of {norms:,} norms", baseline, times[norms], times["bare"], limit=limit
        )
        print("  " + figure.line())
        memory = Figure(
            f"  peak memory, {norms:,} norms",
            baseline,
            peaks[norms],
            peaks["bare"],
            unit="MB",
            limit=memory_limit,
        )
        print("  " + memory.line())
    ready = Figure("  until ready to edit, 10,000 norms", baseline, times["ready"], times["bare"], limit=None)
    print("  " + ready.line())
    rounds = [n / b for n, b in zip(times[1_000], times["bare"], strict=True)]
    print(
        f"  1,000 norms, ratio in each round: {', '.join(f'{r:.2f}' for r in rounds)} (worst {max(rounds):.2f}×)"
    )
    print(f"  bare window alone: median {statistics.median(times['bare']) * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
