"""normlab's own hook for PySide6.QtGui: PyInstaller's, less the Qt plugins a desktop window does not need.

Filtering here, before PyInstaller follows each plugin's library dependencies, keeps out what those
plugins would drag in too (GTK, Pango and Cairo for the GTK theme; EGL device and KMS support).
"""

from pathlib import Path

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

KEEP_PLUGIN_TYPES = {
    "platforms",  # how to reach the screen: xcb, wayland, windows, cocoa, offscreen
    "platformthemes",  # native file dialogs through the desktop portal
    "platforminputcontexts",  # compose keys and input methods (accents, CJK)
    "xcbglintegrations",
    "wayland-decoration-client",
    "wayland-graphics-integration-client",
    "wayland-shell-integration",
    "iconengines",  # SVG icons
    "imageformats",
}
DROP_PLUGINS = (
    # screen back-ends for kiosks and embedded boards
    "qeglfs", "qlinuxfb", "qvnc", "qminimalegl", "qvkkhrdisplay",
    # the GTK theme would bring its own GTK stack; the portal theme gives native dialogs without it
    "qgtk3",
    # on-screen keyboard for touch kiosks (needs Qt Quick)
    "qtvirtualkeyboard",
    # image formats normlab never reads
    "qtga", "qtiff", "qwbmp", "qwebp", "qicns", "qpdf",
)  # fmt: skip


def _wanted(source: str, destination: str) -> bool:
    parts = Path(destination).parts
    if "plugins" not in parts:
        return True
    kind = parts[parts.index("plugins") + 1] if parts.index("plugins") + 1 < len(parts) else ""
    name = Path(source).name
    return kind in KEEP_PLUGIN_TYPES and not any(drop in name for drop in DROP_PLUGINS)


hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [(source, destination) for source, destination in binaries if _wanted(source, destination)]
