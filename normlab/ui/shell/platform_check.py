"""Before Qt starts on Linux: is there a display, and are the libraries Qt's X11 support needs there?

Without them Qt aborts with a message about platform plugins; normlab says instead, in one line,
what is missing and which Debian/Ubuntu packages bring it.
"""

from __future__ import annotations

import ctypes
import os
import sys

XCB_LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}
"""The shared libraries of Qt's xcb platform plugin that desktops often lack, and their packages."""


def _will_use_xcb(environ: os._Environ[str] | dict[str, str]) -> bool:
    platform = environ.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.split(":")[0].split(";")[0] == "xcb"
    return not environ.get("WAYLAND_DISPLAY")


def missing_packages(libraries: dict[str, str] = XCB_LIBRARIES) -> list[str]:
    missing = []
    for soname, package in libraries.items():
        try:
            ctypes.CDLL(soname)
        except OSError:
            missing.append(package)
    return missing


def platform_problem(environ: os._Environ[str] | dict[str, str] | None = None) -> str | None:
    """Why the window cannot open here, in one line, or None."""
    environ = os.environ if environ is None else environ
    if not sys.platform.startswith("linux") or not _will_use_xcb(environ):
        return None
    if not environ.get("DISPLAY"):
        return (
            "there is no display to show the window on (DISPLAY is not set): start normlab from a "
            "desktop session, or under xvfb-run to check it without a screen"
        )
    missing = missing_packages()
    if missing:
        return (
            "the window needs system libraries that are missing; on Debian or Ubuntu install them with: "
            f"sudo apt-get install {' '.join(missing)}"
        )
    return None
