"""The command line checks its arguments without building anything from them, and free text on it
obeys the limits of stored text."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from normlab.cli import main

MEASURED = """
import os, resource, sys
from normlab.cli import main
try:
    code = main(sys.argv[1:])
finally:
    with open(os.environ["PEAK_FILE"], "w") as peak:
        peak.write(str(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss))
sys.exit(code)
"""


def test_a_huge_rule_range_fails_fast_and_small(tmp_path: Path, capsys):
    db = str(tmp_path / "db.sqlite3")
    assert main(["--database", db, "library", "copy", "classroom-dialogic-talk", "--team", "T"]) == 0
    capsys.readouterr()
    started = time.monotonic()
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            MEASURED,
            "--database",
            db,
            "print",
            "ground-rules",
            "T",
            "-o",
            str(tmp_path / "x.pdf"),
            "--rules",
            "1-999999999",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PEAK_FILE": str(tmp_path / "peak")},
    )
    assert time.monotonic() - started < 10
    assert done.returncode == 1 and done.stderr.count("\n") == 1, done.stderr
    assert "there is no rule 999999999" in done.stderr and not (tmp_path / "x.pdf").exists()
    assert int((tmp_path / "peak").read_text()) < 500 * 1024  # kilobytes


def test_rule_numbers_too_long_to_be_numbers_are_refused(tmp_path: Path, capsys):
    db = str(tmp_path / "db.sqlite3")
    for value in ("9" * 5000, "1-" + "9" * 12, "3-1", "0", "a"):
        try:
            main(["--database", db, "print", "ground-rules", "T", "-o", "x.pdf", "--rules", value])
        except SystemExit as exit_:
            assert exit_.code == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "is not a list of rule numbers" in err and len(err) < 300


def test_a_4000_character_title_is_one_line(tmp_path: Path, capsys):
    db = str(tmp_path / "db.sqlite3")
    assert main(["--database", db, "library", "copy", "classroom-dialogic-talk", "--team", "T"]) == 0
    capsys.readouterr()
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "normlab",
            "--database",
            db,
            "print",
            "ground-rules",
            "T",
            "-o",
            str(tmp_path / "x.pdf"),
            "--title",
            "x" * 4000,
        ],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 2 and done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert "a title can be at most 100" in done.stderr
    # the longest title allowed, unbroken, on a poster: broken between letters, printed, no traceback
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "normlab",
            "--database",
            db,
            "print",
            "ground-rules",
            "T",
            "-o",
            str(tmp_path / "x.pdf"),
            "--layout",
            "poster",
            "--rules",
            "1",
            "--title",
            "W" * 100,
        ],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    assert (tmp_path / "x.pdf").exists()
