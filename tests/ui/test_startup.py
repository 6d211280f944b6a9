"""The window from the command line: --window-size, --screenshot, --team, --exit-after-startup."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage

from normlab.services.library import copy_starter_set
from normlab.services.workspace import Workspace
from normlab.ui.shell.main_window import MainWindow
from normlab.ui.shell.startup import StartupOptions, grab_exactly, parse_window_size, watch_startup


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "normlab.sqlite3"
    ws = Workspace.open(f"sqlite:///{path}")
    copy_starter_set(ws, "classroom-dialogic-talk", "Year 5")
    copy_starter_set(ws, "icu-teaching-session", "ICU teaching")
    ws.close()
    return path


def normlab(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"))
    environment.update(env)
    return subprocess.run(
        [sys.executable, "-m", "normlab", *args],
        env=environment,
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )


def colours(image: QImage) -> int:
    """How many different colours a coarse sample of the picture holds (a blank one has 1 or 2)."""
    seen = {
        image.pixel(x, y)
        for x in range(0, image.width(), max(1, image.width() // 64))
        for y in range(0, image.height(), max(1, image.height() // 64))
    }
    return len(seen)


@pytest.mark.parametrize("size", [(1024, 600), (1280, 800), (1920, 1080)])
def test_screenshot_is_exactly_the_size_asked(tmp_path: Path, database: Path, size: tuple[int, int]) -> None:
    shot = tmp_path / "window.png"
    done = normlab(
        tmp_path,
        "--database",
        str(database),
        "--team",
        "Year 5",
        "--window-size",
        f"{size[0]}x{size[1]}",
        "--screenshot",
        str(shot),
        "--exit-after-startup",
    )
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")
    image = QImage(str(shot))
    assert (image.width(), image.height()) == size
    assert colours(image) > 20
    assert oct(shot.stat().st_mode & 0o777) == "0o644"
    assert not (tmp_path / "config").exists()  # the user's remembered layout is neither read nor written


def test_team_chooses_what_the_picture_shows(tmp_path: Path, database: Path) -> None:
    pictures = {}
    for team in ("Year 5", "icu teaching"):  # a name matches exactly, else ignoring case
        shot = tmp_path / f"{team}.png"
        args = [
            "--database",
            str(database),
            "--team",
            team,
            "--screenshot",
            str(shot),
            "--exit-after-startup",
        ]
        done = normlab(tmp_path, *args, "--window-size", "1280x800")
        assert done.returncode == 0, done.stderr
        pictures[team] = QImage(str(shot))
    assert pictures["Year 5"] != pictures["icu teaching"]


def test_screenshot_at_double_scaling_keeps_the_pixel_size(tmp_path: Path, database: Path) -> None:
    shot = tmp_path / "scaled.png"
    done = normlab(
        tmp_path,
        *("--database", str(database), "--window-size", "1920x1080", "--screenshot", str(shot)),
        "--exit-after-startup",
        QT_SCALE_FACTOR="2",
    )
    assert done.returncode == 0, done.stderr
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1920, 1080)


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["--team", "Nobody"], 1, "normlab: --team: there is no team called “Nobody”"),
        (["--window-size", "big"], 2, "expected WIDTHxHEIGHT such as 1280x800"),
        (["--window-size", "20x20"], 2, "each side must be 200 to 16384 pixels"),
        (["--screenshot", "/no/such/folder/shot.png"], 2, "the folder /no/such/folder does not exist"),
    ],
)
def test_bad_options_say_what_and_open_nothing(
    tmp_path: Path, database: Path, args: list[str], code: int, message: str
) -> None:
    before = database.read_bytes()
    done = normlab(tmp_path, "--database", str(database), *args, "--exit-after-startup")
    assert done.returncode == code
    assert message in done.stderr and len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert done.stdout == ""
    assert database.read_bytes() == before
    assert not list(tmp_path.glob("*.png"))


def test_parse_window_size() -> None:
    assert parse_window_size("1280x800") == (1280, 800)
    assert parse_window_size(" 1024X600 ") == (1024, 600)
    with pytest.raises(ValueError, match="WIDTHxHEIGHT"):
        parse_window_size("1280")


def test_watch_startup_works_for_any_top_level_widget(window: MainWindow, qtbot: Any, tmp_path: Path) -> None:
    """Another screen opened from the command line (say, a meeting) reuses the same mechanism."""
    shot = tmp_path / "any.png"
    ended: list[int] = []
    options = StartupOptions(window_size=(1100, 700), screenshot=shot, exit_after_startup=True)
    watch_startup(window, window.norm_pane.painted_widget(), options, ended.append)
    window.show()
    qtbot.waitUntil(lambda: ended == [0], timeout=5000)
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1100, 700)
    assert grab_exactly(window, (1100, 700)).size() == image.size()
