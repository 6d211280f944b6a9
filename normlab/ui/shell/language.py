"""The interface language: the system's (or the one chosen in Preferences), its catalogue compiled
and installed before the first window is built.

A built package carries each catalogue compiled (normlab_de.qm beside normlab_de.ts: the package build
step runs pyside6-lrelease). A source checkout or an editable install has only the .ts files: the
first start in a language compiles its catalogue into the user's cache folder, named by a digest of
the .ts, so an edited catalogue is compiled again and an unchanged one never is.
"""

from __future__ import annotations

import hashlib
import logging
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from normlab.paths import resource
from normlab.ui.widgets.i18n import set_language

log = logging.getLogger("normlab.ui")

INTERFACE_LANGUAGES = ("en", "de", "fi", "fr", "es")
"""Languages the whole window is translated into, English (the source) first."""
LANGUAGE_NAMES = {"en": "English", "de": "Deutsch", "fi": "Suomi", "fr": "Français", "es": "Español"}
"""Each language named in itself, as a language menu shows it."""
SYSTEM = "system"
"""The setting's value for "follow the system"."""

STALE_AFTER = 60.0
"""Seconds a .ts may be newer than the .qm beside it before the .qm counts as out of date (installers
unpack the two in either order)."""

_installed: list[QTranslator] = []


def system_language() -> str:
    """The first of the system's preferred languages that normlab's window speaks, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in INTERFACE_LANGUAGES:
            return code
    return "en"


def resolve(setting: str) -> str:
    """The language a setting asks for: itself when the window speaks it, else the system's."""
    return setting if setting in INTERFACE_LANGUAGES else system_language()


def _lrelease() -> Path | None:
    import PySide6

    folder = Path(PySide6.__file__).parent
    suffix = ".exe" if sys.platform == "win32" else ""
    for candidate in (folder / f"lrelease{suffix}", folder / "Qt" / "bin" / f"lrelease{suffix}"):
        if candidate.is_file():
            return candidate
    return None


def cache_folder() -> Path:
    from platformdirs import user_cache_path

    return user_cache_path("normlab", appauthor=False) / "translations"


def compiled_catalogue(language: str) -> Path | None:
    """The .qm of ``language``: packaged and up to date, else compiled into the cache; None if there
    is no catalogue or it cannot be compiled (the window then speaks English)."""
    ts = resource("translations", f"normlab_{language}.ts")
    packaged = ts.with_suffix(".qm")
    if packaged.is_file() and (
        getattr(sys, "frozen", False)
        or not ts.is_file()
        or packaged.stat().st_mtime + STALE_AFTER >= ts.stat().st_mtime
    ):
        return packaged
    if not ts.is_file():
        return None
    digest = hashlib.sha256(ts.read_bytes()).hexdigest()[:16]
    cached = cache_folder() / f"normlab_{language}-{digest}.qm"
    if cached.is_file():
        return cached
    lrelease = _lrelease()
    if lrelease is None:
        log.warning("cannot compile %s: PySide6's lrelease is missing; the window speaks English", ts.name)
        return None
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{cached.name}.", suffix=".part", dir=cached.parent)
        os.close(handle)
        done = subprocess.run(
            [str(lrelease), "-silent", str(ts), "-qm", temporary], capture_output=True, text=True, timeout=60
        )
        if done.returncode != 0:
            Path(temporary).unlink(missing_ok=True)
            log.warning("lrelease could not compile %s: %s", ts.name, done.stderr.strip())
            return None
        os.replace(temporary, cached)
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("cannot compile %s into %s: %s", ts.name, cached.parent, exc)
        return None
    return cached


def install(language: str) -> str:
    """Make ``language`` the interface language of the running application; returns it (English when
    its catalogue cannot be loaded). Replaces the translators a previous call installed."""
    app = QCoreApplication.instance()
    for old in _installed:
        if app is not None:
            app.removeTranslator(old)
    _installed.clear()
    catalogue = compiled_catalogue(language)  # English has one too: its plural forms
    normlab = QTranslator()
    if catalogue is not None and normlab.load(str(catalogue)):
        _installed.append(normlab)
    elif language != "en":
        return install("en")
    qt = QTranslator()  # Qt's own words: OK, Cancel, Close, the file dialog, a field's context menu
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if language != "en" and qt.load(f"qtbase_{language}", qt_folder):
        _installed.append(qt)
    if app is not None:
        for translator in _installed:
            app.installTranslator(translator)
    locale = (
        QLocale.system() if QLocale.system().language() == QLocale(language).language() else QLocale(language)
    )
    QLocale.setDefault(locale)
    set_language(language)
    return language
