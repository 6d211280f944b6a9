"""What every benchmark shares: timing a process, medians and ratios, the environment to run Qt in."""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent


@dataclass
class Figure:
    """One measured thing against its baseline: every sample kept, medians compared."""

    what: str
    baseline_name: str
    samples: list[float] = field(default_factory=list)
    baseline: list[float] = field(default_factory=list)
    unit: str = "s"
    limit: float | None = None
    """The most the ratio may be (the issue's acceptance), when there is one."""

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def baseline_median(self) -> float:
        return statistics.median(self.baseline)

    @property
    def ratio(self) -> float:
        return self.median / self.baseline_median

    def line(self) -> str:
        scale, unit = (1000.0, "ms") if self.unit == "s" and self.median < 1 else (1.0, self.unit)
        verdict = ""
        if self.limit is not None:
            verdict = f"  (limit {self.limit:g}×: {'ok' if self.ratio <= self.limit else 'OVER'})"
        return (
            f"{self.what:<46} {self.median * scale:9.1f} {unit}   "
            f"{self.baseline_name:<34} {self.baseline_median * scale:9.1f} {unit}   {self.ratio:5.2f}×{verdict}"
        )


def qt_environment(scratch: Path) -> dict[str, str]:
    """The environment a window runs in: a scratch settings folder; offscreen when there is no screen."""
    env = dict(os.environ, XDG_CONFIG_HOME=str(scratch / "config"), PYTHONDONTWRITEBYTECODE="1")
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY") and sys.platform.startswith("linux"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def compile_normlab() -> None:
    """Write normlab's bytecode, as installing it does: an editable install has none, and where
    PYTHONDONTWRITEBYTECODE is set (this build machine sets it) every start would compile normlab's
    modules again (about 0.14 s), which no installed normlab does."""
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(HERE.parent / "normlab")], check=True, timeout=300
    )


def run(command: Sequence[str], env: dict[str, str] | None = None, timeout: float = 300) -> str:
    """Run a process to its end; its standard output, or SystemExit with what it said."""
    done = subprocess.run(
        list(command), env=env, capture_output=True, text=True, timeout=timeout, check=False
    )
    if done.returncode != 0:
        raise SystemExit(
            f"{' '.join(str(c) for c in command[:4])}… exited {done.returncode}\n{done.stdout}\n{done.stderr}"
        )
    return done.stdout


def time_process(command: Sequence[str], env: dict[str, str] | None = None) -> float:
    start = time.perf_counter()
    run(command, env)
    return time.perf_counter() - start


def time_call(call: Callable[[], object]) -> float:
    start = time.perf_counter()
    call()
    return time.perf_counter() - start


def load_note() -> str:
    """The machine's load when the figures were taken: they mean more on a quiet machine."""
    try:
        one, five, _ = os.getloadavg()
    except OSError:
        return ""
    return f"load average {one:.1f} (1 min), {five:.1f} (5 min) on {os.cpu_count()} cores"


def fresh_copy(template: Path, target: Path) -> Path:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(template, target)
    return target


def print_figures(title: str, figures: Sequence[Figure], runs: int) -> None:
    print(f"\n{title} (median of {runs} runs each, alternating; {load_note()})")
    for figure in figures:
        print("  " + figure.line())
