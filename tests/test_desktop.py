"""normlab on a real desktop: the quick start installs what Qt's X11 window needs, the window opens on
the real xcb platform (under Xvfb), and --install-desktop-entry puts normlab in the menu."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from normlab.cli import desktop_entry
from normlab.services.library import copy_starter_set
from normlab.services.workspace import Workspace
from normlab.ui.shell.platform_check import XCB_LIBRARIES, missing_packages, platform_problem

ROOT = Path(__file__).resolve().parent.parent
XCB_PACKAGES = [
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-keysyms1",
    "libxcb-image0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-xinerama0",
    "libxcb-randr0",
    "libxcb-xkb1",
    "libxkbcommon-x11-0",
]


def normlab_command() -> list[str]:
    script = Path(sys.executable).with_name("normlab")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "normlab"]


def real_display_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    return env


def xvfb_run() -> str:
    path = shutil.which("xvfb-run")
    if path is None:
        pytest.fail(
            "xvfb-run is missing: `sh packaging/quickstart.sh test` installs it (Debian package xvfb)"
        )
    return path


def test_the_window_opens_on_the_real_xcb_platform_under_xvfb(tmp_path: Path) -> None:
    database = tmp_path / "normlab.sqlite3"
    ws = Workspace.open(f"sqlite:///{database}")
    copy_starter_set(ws, "classroom-dialogic-talk", "Year 5")
    ws.close()
    shot = tmp_path / "xcb.png"
    done = subprocess.run(
        [
            xvfb_run(),
            "-a",
            "-s",
            "-screen 0 1920x1080x24",
            *normlab_command(),
            "--database",
            str(database),
            "--window-size",
            "1280x800",
            "--screenshot",
            str(shot),
            "--exit-after-startup",
        ],
        env=real_display_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, f"normlab did not start on xcb: {done.stdout}{done.stderr}"
    from PySide6.QtGui import QImage

    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1280, 800)
    assert len({image.pixel(x, y) for x in range(0, 1280, 20) for y in range(0, 800, 20)}) > 20


def test_without_a_display_normlab_says_so_in_one_line(tmp_path: Path) -> None:
    done = subprocess.run(
        [*normlab_command(), "--database", str(tmp_path / "db.sqlite3"), "--exit-after-startup"],
        env=real_display_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1
    assert done.stderr.startswith("normlab: there is no display to show the window on (DISPLAY is not set)")
    assert len(done.stderr.splitlines()) == 1


def test_missing_libraries_are_named_with_their_packages() -> None:
    assert missing_packages({"libnormlab-not-there.so.7": "libnormlab-not-there7"}) == [
        "libnormlab-not-there7"
    ]
    assert set(XCB_LIBRARIES.values()) <= set(XCB_PACKAGES)
    if sys.platform.startswith("linux"):
        assert platform_problem({"QT_QPA_PLATFORM": "offscreen"}) is None
        assert "DISPLAY is not set" in (platform_problem({}) or "")


# --- the quick start -------------------------------------------------------------------------------


def fake_machine(tmp_path: Path) -> tuple[Path, dict[str, str], Path]:
    """A copy of the quick start with stand-ins: a machine that has none of the system libraries, an
    apt-get that records what it was asked for, and a venv whose pip and normlab only say they ran."""
    tree = tmp_path / "checkout"
    (tree / "packaging").mkdir(parents=True)
    for script in ("quickstart.sh", "debian.sh"):
        shutil.copy(ROOT / "packaging" / script, tree / "packaging")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in ("sh", "awk", "grep", "cat", "mktemp", "rm", "dirname", "uname", "env", "id", "printf"):
        found = shutil.which(tool)
        assert found is not None, tool
        (bin_dir / tool).symlink_to(found)
    log = tmp_path / "apt.log"
    scripts = {
        bin_dir / "ldconfig": "#!/bin/sh\nexit 0\n",
        bin_dir / "apt-get": (
            f'#!/bin/sh\necho "$@" >> {log}\n'
            'case "$*" in *install*) echo "0 upgraded, 3 newly installed, 0 to remove";'
            ' echo "Setting up libxcb-cursor0:amd64 (0.1.4-1) ..."; echo "Setting up xvfb (2:21.1) ...";;'
            " esac\n"
        ),
        tree / ".venv" / "bin" / "python": f'#!/bin/sh\necho "pip $*" >> {tmp_path / "venv.log"}\n',
        tree / ".venv" / "bin" / "normlab": f'#!/bin/sh\necho "normlab $*" >> {tmp_path / "venv.log"}\n',
    }
    for path, text in scripts.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
        path.chmod(path.stat().st_mode | stat.S_IEXEC)
    env = {"PATH": str(bin_dir), "PYTHON": sys.executable, "HOME": str(tmp_path)}
    return tree, env, log


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the quick start is for Debian and Ubuntu")
def test_quickstart_installs_the_xcb_libraries_with_progress_then_starts_normlab(tmp_path: Path) -> None:
    tree, env, log = fake_machine(tmp_path)
    done = subprocess.run(
        ["sh", "packaging/quickstart.sh", "--team", "Year 5"],
        cwd=tree,
        env={**env, "DISPLAY": ":7"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    installed = log.read_text().splitlines()[-1].split()
    assert installed[:3] == ["install", "-y", "-q"]
    assert set(XCB_PACKAGES) <= set(installed[3:])
    assert "xvfb" not in installed  # Xvfb only for the tests
    assert "Installing system packages with apt-get" in done.stdout
    assert "set up 1 of 3: libxcb-cursor0:amd64" in done.stdout
    assert (tmp_path / "venv.log").read_text().splitlines()[-1] == "normlab --team Year 5"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the quick start is for Debian and Ubuntu")
def test_quickstart_test_mode_installs_xvfb_too(tmp_path: Path) -> None:
    tree, env, log = fake_machine(tmp_path)
    done = subprocess.run(
        ["sh", "packaging/quickstart.sh", "test", "-k", "nothing"],
        cwd=tree,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    installed = log.read_text().splitlines()[-1].split()
    assert {"xvfb", "xauth", *XCB_PACKAGES} <= set(installed)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the quick start is for Debian and Ubuntu")
def test_quickstart_without_a_display_installs_and_says_how_to_start(tmp_path: Path) -> None:
    tree, env, _log = fake_machine(tmp_path)
    done = subprocess.run(
        ["sh", "packaging/quickstart.sh"], cwd=tree, env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert "start it with .venv/bin/normlab" in done.stdout
    started = [
        line for line in (tmp_path / "venv.log").read_text().splitlines() if line.startswith("normlab")
    ]
    assert started == []  # installed, not started into a certain crash


# --- the applications menu -------------------------------------------------------------------------


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="freedesktop.org menus")
def test_install_desktop_entry_puts_normlab_in_the_menu(tmp_path: Path) -> None:
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "share")}
    done = subprocess.run(
        [*normlab_command(), "--install-desktop-entry"], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    entry = tmp_path / "share" / "applications" / "org.normlab.Normlab.desktop"
    assert str(entry) in done.stdout
    text = entry.read_text()
    exec_line = next(line for line in text.splitlines() if line.startswith("Exec="))
    assert exec_line == "Exec=" + desktop_entry.exec_line(normlab_command())
    icons = tmp_path / "share" / "icons" / "hicolor"
    assert (icons / "scalable" / "apps" / "org.normlab.Normlab.svg").read_text().lstrip().startswith("<svg")
    assert (icons / "256x256" / "apps" / "org.normlab.Normlab.png").read_bytes()[:4] == b"\x89PNG"
    assert oct(entry.stat().st_mode & 0o777) == "0o644"
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
        assert check.returncode == 0, check.stdout


def test_the_installed_entry_matches_the_packaged_one_but_for_exec() -> None:
    packaged = (ROOT / "packaging" / "linux" / "org.normlab.Normlab.desktop").read_text().splitlines()
    made = desktop_entry.entry_text(["/opt/normlab/bin/normlab"]).splitlines()
    assert [line for line in made if not line.startswith("Exec=")] == [
        line for line in packaged if not line.startswith("Exec=")
    ]


def test_exec_quotes_paths_with_spaces() -> None:
    assert desktop_entry.exec_line(["/home/a b/.venv/bin/normlab"]) == '"/home/a b/.venv/bin/normlab"'
    assert desktop_entry.exec_line(["/usr/bin/python3", "-m", "normlab"]) == "/usr/bin/python3 -m normlab"
