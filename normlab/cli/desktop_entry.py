"""``normlab --install-desktop-entry``: put normlab in the desktop's application menu, for this user.

Follows the freedesktop.org specifications: the entry goes to ``$XDG_DATA_HOME/applications`` and
the icon to ``$XDG_DATA_HOME/icons/hicolor`` (``~/.local/share`` when XDG_DATA_HOME is unset).
"""

from __future__ import annotations

import contextlib
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from normlab import APP_ID
from normlab.domain.errors import NormlabError
from normlab.paths import resource

ENTRY = """[Desktop Entry]
Type=Application
Name=normlab
GenericName=Norms and ground rules
Comment=Record the norms of your practice and the reasons behind them; print the ground rules you agreed
Exec={exec}
Icon={icon}
Terminal=false
Categories=Education;
Keywords=norms;ground rules;talk tokens;dialogic teaching;team meeting;
StartupNotify=true
StartupWMClass=normlab
"""


def data_home() -> Path:
    from platformdirs import user_data_path

    return user_data_path()


def launch_command() -> list[str]:
    """How to start this very normlab: the ``normlab`` script it was started from, else ``python -m``."""
    script = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if script is not None and script.name == "normlab" and script.is_file():
        return [str(script.resolve())]
    return [str(Path(sys.executable).resolve()), "-m", "normlab"]


def exec_line(command: list[str]) -> str:
    """The Exec value: arguments with spaces or reserved characters quoted as the spec asks."""
    quoted = []
    for arg in command:
        if arg and not any(c in arg for c in " \t\n\"'\\><~|&;$*?#()`"):
            quoted.append(arg)
        else:
            escaped = arg.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`").replace("$", "\\$")
            quoted.append(f'"{escaped}"')
    return " ".join(quoted).replace("%", "%%")


def entry_text(command: list[str]) -> str:
    return ENTRY.format(exec=exec_line(command), icon=APP_ID)


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.chmod(temp_name, 0o644)
        os.replace(temp_name, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise


def install(home: Path | None = None, command: list[str] | None = None) -> list[Path]:
    """Write the desktop entry and the icons; returns what was written."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        raise NormlabError(
            "--install-desktop-entry is for Linux and BSD desktops; on this system start normlab itself"
        )
    home = home or data_home()
    written = {
        home / "applications" / f"{APP_ID}.desktop": entry_text(command or launch_command()).encode("utf-8"),
        home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg": resource(
            "icons", "normlab.svg"
        ).read_bytes(),
        home / "icons" / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png": resource(
            "icons", "normlab.png"
        ).read_bytes(),
    }
    for path, data in written.items():
        try:
            _write(path, data)
        except OSError as exc:
            raise NormlabError(f"cannot write {path}: {exc.strerror or exc}") from None
    tool = shutil.which("update-desktop-database")
    if tool is not None:  # menus pick the entry up at once; without it they do at the next login
        subprocess.run([tool, "-q", str(home / "applications")], check=False, capture_output=True)
    return list(written)


def run() -> int:
    try:
        paths = install()
    except NormlabError as exc:
        print(f"normlab: {exc}", file=sys.stderr)
        return 1
    entry = paths[0]
    print(f"Installed normlab in your applications menu: {entry}")
    print(f"It starts {shlex.join(launch_command())}; icons: {paths[1].parent.parent.parent}")
    return 0
