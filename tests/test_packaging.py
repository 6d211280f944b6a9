"""The package ships what it needs, and the Linux desktop files are valid."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed")
def test_desktop_entry_is_valid():
    done = subprocess.run(
        ["desktop-file-validate", str(LINUX / "org.normlab.Normlab.desktop")], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "error" not in done.stdout.lower()


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream not installed")
def test_appstream_metainfo_is_valid():
    done = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(LINUX / "org.normlab.Normlab.metainfo.xml")],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_icons_exist_as_svg_and_png():
    svg = ROOT / "resources" / "icons" / "normlab.svg"
    png = ROOT / "resources" / "icons" / "normlab.png"
    assert svg.read_text().lstrip().startswith("<svg")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_the_wheel_ships_migrations_and_resources_that_work_from_anywhere(tmp_path: Path):
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("normlab-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in (
        "normlab/migrations/env.py",
        "normlab/migrations/script.py.mako",
        "normlab/migrations/versions/0001_initial.py",
        "normlab/migrations/versions/0002_sessions.py",
        "normlab/migrations/versions/0003_agreed.py",
        "normlab/migrations/versions/0004_prebrief.py",
        "normlab/resources/library/classroom-dialogic-talk.json",
        "normlab/resources/icons/normlab.svg",
        "normlab/resources/fonts/NotoSans-Regular.ttf",
        "normlab/resources/fonts/NotoSansArabic-Regular.ttf",
        "normlab/resources/fonts/NotoSansHebrew-Regular.ttf",
        "normlab/resources/fonts/OFL.txt",
        "normlab/resources/translations/normlab_de.ts",
    ):
        assert needed in names
    for code in ("en", "de", "fi", "fr", "es"):
        assert f"normlab/resources/translations/normlab_{code}.qm" in names, "catalogues compiled at build"
    assert not [n for n in names if "screenshots" in n or n.startswith("docs/")], (
        "the README's pictures stay out"
    )
    sources = {p.relative_to(ROOT).as_posix() for p in (ROOT / "normlab").rglob("*.py")}
    assert sources - names == set(), "modules missing from the wheel (a package not listed in pyproject?)"

    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target), str(wheel)],
        check=True,
        capture_output=True,
    )
    code = (
        "import normlab, sys\n"
        f"assert normlab.__file__.startswith({str(target)!r}), normlab.__file__\n"
        "from normlab.store.migrate import ensure_schema, read_revision, HEAD_REVISION\n"
        f"url = 'sqlite:///{tmp_path / 'from-wheel.sqlite3'}'\n"
        "ensure_schema(url)\n"
        "assert read_revision(url) == HEAD_REVISION\n"
        "from normlab.services.library import starter_sets\n"
        "print(len(starter_sets()))\n"
    )
    env = {"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "3"
