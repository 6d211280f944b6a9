"""The bundled application: `sh packaging/build.sh` makes a folder that starts and prints on its own.

Slow: the build takes about a minute on the 2-core CI machine and the checks a few seconds more. The
bundled program runs with PATH=/usr/bin:/bin and nothing else from this environment (no PYTHONPATH,
no VIRTUAL_ENV), and the dynamic loader's own log shows that no library, libpython included, comes
from this test run's Python or virtual environment.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from normlab.store.migrate import HEAD_REVISION

ROOT = Path(__file__).resolve().parent.parent
MAX_BUNDLE_BYTES = 200 * 1024 * 1024

pytestmark = [
    pytest.mark.slow,
    pytest.mark.timeout(900),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle is built and run here"),
]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Run the build script once for the module; return the folder holding normlab/ and the tarball."""
    dist = tmp_path_factory.mktemp("dist")
    work = tmp_path_factory.mktemp("build")
    env = {**os.environ, "NORMLAB_DIST_DIR": str(dist), "NORMLAB_BUILD_DIR": str(work)}
    done = subprocess.run(
        ["sh", str(ROOT / "packaging" / "build.sh")], env=env, capture_output=True, text=True, timeout=840
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert 'Hidden import "normlab' not in done.stderr, done.stderr
    return dist


@pytest.fixture(scope="module")
def bundle(built: Path) -> Path:
    return built / "normlab"


def bare_env(home: Path, **extra: str) -> dict[str, str]:
    """What a user's session would give: no Python of ours on PATH, no PYTHONPATH, no VIRTUAL_ENV."""
    home.mkdir(parents=True, exist_ok=True)
    return {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8", **extra}


def run(args: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, env=env, cwd=cwd, capture_output=True, text=True, timeout=120)


def loaded_libraries(loader_log: str) -> set[str]:
    """Paths of the shared objects the dynamic loader initialised (from LD_DEBUG=files)."""
    return {line.rsplit(" ", 1)[-1] for line in loader_log.splitlines() if "calling init:" in line}


def assert_nothing_from_this_python(libraries: set[str], bundle: Path) -> None:
    ours = {str(Path(p).resolve()) for p in (sys.prefix, sys.base_prefix, sys.exec_prefix, ROOT / ".venv")}
    strays = [lib for lib in libraries if any(str(Path(lib).resolve()).startswith(prefix) for prefix in ours)]
    assert not strays, f"the bundle loaded libraries from this test run's Python: {strays}"
    libpython = [lib for lib in libraries if "libpython" in lib]
    assert libpython, "libpython was not loaded at all"
    assert all(Path(lib).resolve().is_relative_to(bundle.resolve()) for lib in libpython), libpython


def revision_of(db: Path) -> str:
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        con.close()


def test_the_bundle_is_at_most_200_mb_and_leaves_unused_qt_out(bundle: Path):
    size = sum(f.stat().st_size for f in bundle.rglob("*") if f.is_file() and not f.is_symlink())
    assert size <= MAX_BUNDLE_BYTES, f"{size / 2**20:.0f} MB"
    qt = bundle / "_internal" / "PySide6" / "Qt"
    assert not (qt / "qml").exists()
    names = {f.name for f in bundle.rglob("*")}
    unused = {
        "libQt6Qml.so.6",
        "libQt6Quick.so.6",
        "libQt6Designer.so.6",
        "QtNetwork.abi3.so",
        "libqeglfs.so",
    }
    assert not unused & names
    assert {f.name.split("_")[0] for f in (qt / "translations").iterdir()} == {"qtbase"}
    needed = {
        "libqxcb.so",
        "libqwayland.so",
        "libqoffscreen.so",
        "libqsvgicon.so",
        "libcupsprintersupport.so",
    }
    assert needed <= names, needed - names


def test_the_bundle_carries_migrations_resources_and_alembic_templates(bundle: Path):
    internal = bundle / "_internal"
    for folder in ("migrations", "resources"):
        for source in (ROOT / folder).rglob("*"):
            if not source.is_file() or "__pycache__" in source.parts:
                continue
            shipped = internal / "normlab" / folder / source.relative_to(ROOT / folder)
            if source.suffix == ".ts":  # a translation source ships compiled, and as it is for printing
                assert shipped.with_suffix(".qm").is_file(), source
            assert shipped.is_file(), source
    assert list((internal / "alembic" / "templates").glob("*/script.py.mako"))


def test_the_bundled_window_starts_without_this_python(bundle: Path, tmp_path: Path):
    from PySide6.QtGui import QImage

    db = tmp_path / "window.sqlite3"
    shot = tmp_path / "window.png"
    env = bare_env(tmp_path / "home", QT_QPA_PLATFORM="offscreen", LD_DEBUG="files")
    args = ["--window-size", "1280x800", "--screenshot", str(shot), "--exit-after-startup"]
    done = run([str(bundle / "normlab"), "--database", str(db), *args], env, tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]
    # the bundled Alembic built the schema from the bundled migrations
    assert revision_of(db) == HEAD_REVISION
    assert_nothing_from_this_python(loaded_libraries(done.stderr), bundle)

    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1280, 800)
    colours = {image.pixel(x, y) for x in range(0, 1280, 16) for y in range(0, 800, 16)}
    assert len(colours) > 8, "the bundled window drew next to nothing"


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="xvfb not installed")
def test_the_bundled_window_starts_on_a_real_x_server(bundle: Path, tmp_path: Path):
    """Offscreen hides missing libraries; Qt's X11 plugin and its XCB helpers must load from the bundle."""
    db = tmp_path / "x11.sqlite3"
    home = tmp_path / "home"
    home.mkdir()
    inner = (
        'exec env -i PATH=/usr/bin:/bin HOME="$0" LANG=C.UTF-8 DISPLAY="$DISPLAY" XAUTHORITY="$XAUTHORITY" '
        'QT_QPA_PLATFORM=xcb "$1" --database "$2" --exit-after-startup'
    )
    done = subprocess.run(
        ["xvfb-run", "-a", "sh", "-c", inner, str(home), str(bundle / "normlab"), str(db)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert revision_of(db) == HEAD_REVISION


def test_the_bundled_command_line_prints_ground_rules(bundle: Path, tmp_path: Path):
    from pypdf import PdfReader

    db = tmp_path / "cli.sqlite3"
    env = bare_env(tmp_path / "home")
    program = [str(bundle / "normlab"), "--database", str(db)]
    copied = run(
        [*program, "library", "copy", "classroom-dialogic-talk", "--team", "Year 5, Hillside"], env, tmp_path
    )
    assert copied.returncode == 0, copied.stderr
    pdf = tmp_path / "ground rules.pdf"
    printed = run(
        [*program, "print", "ground-rules", "Year 5, Hillside", "-o", str(pdf)],
        {**env, "LD_DEBUG": "files"},
        tmp_path,
    )
    assert printed.returncode == 0, printed.stderr[-3000:]
    assert_nothing_from_this_python(loaded_libraries(printed.stderr), bundle)

    reader = PdfReader(pdf)
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    starter = json.loads((ROOT / "resources" / "library" / "classroom-dialogic-talk.json").read_text())
    assert starter["teams"][0]["norms"][0]["text"] in text
    assert "Year 5, Hillside" in text
    fonts = {
        font["/BaseFont"]
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
        if "/FontFile2" in font.get_object().get("/FontDescriptor", {})
        or "/DescendantFonts" in font.get_object()
    }
    assert any("Noto" in str(name) for name in fonts), fonts  # the bundled fonts were found and embedded

    german = tmp_path / "Grundregeln.pdf"
    argv = ["print", "ground-rules", "Year 5, Hillside", "-o", str(german), "--language", "de"]
    printed = run([*program, *argv, "--date", "2025-03-14"], env, tmp_path)
    assert printed.returncode == 0, printed.stderr[-3000:]
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(german).pages).split())
    assert "Unsere Grundregeln" in text and "14. März 2025" in text  # the catalogue and Babel's data


def test_the_bundled_command_line_speaks_postgresql(bundle: Path, pg_url: str, tmp_path: Path):
    program = [str(bundle / "normlab"), "--database", pg_url]
    env = bare_env(tmp_path / "home")
    copied = run([*program, "library", "copy", "icu-teaching-session", "--team", "ICU"], env, tmp_path)
    assert copied.returncode == 0, copied.stderr
    teams = run([*program, "teams"], env, tmp_path)
    assert teams.returncode == 0, teams.stderr
    assert "ICU" in teams.stdout


def test_the_linux_tarball_installs_for_one_user_without_admin_rights(built: Path, tmp_path: Path):
    (tarball,) = built.glob("normlab-*-linux-*.tar.gz")
    with tarfile.open(tarball) as archive:
        archive.extractall(tmp_path / "unpacked", filter="tar")
    (folder,) = (tmp_path / "unpacked").iterdir()
    assert (folder / "normlab" / "normlab").is_file()
    home = tmp_path / "a home"
    env = bare_env(home)
    installed = run(["sh", str(folder / "install.sh")], env, tmp_path)
    assert installed.returncode == 0, installed.stderr
    entry = home / ".local" / "share" / "applications" / "org.normlab.Normlab.desktop"
    assert f'Exec="{home}/.local/lib/normlab/normlab"' in entry.read_text()
    icons = home / ".local" / "share" / "icons" / "hicolor"
    assert (icons / "scalable" / "apps" / "org.normlab.Normlab.svg").is_file()
    if shutil.which("desktop-file-validate"):
        checked = run(["desktop-file-validate", str(entry)], env, tmp_path)
        assert checked.returncode == 0, checked.stdout + checked.stderr
    version = run([str(home / ".local" / "bin" / "normlab"), "--version"], env, tmp_path)
    assert version.returncode == 0 and version.stdout.startswith("normlab "), version.stderr

    data = home / ".local" / "share" / "normlab"
    data.mkdir(parents=True)
    (data / "normlab.sqlite3").write_bytes(b"kept")
    removed = run(["sh", str(folder / "install.sh"), "--uninstall"], env, tmp_path)
    assert removed.returncode == 0, removed.stderr
    assert not (home / ".local" / "lib" / "normlab").exists() and not entry.exists()
    assert (data / "normlab.sqlite3").read_bytes() == b"kept"
