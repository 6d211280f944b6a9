"""The window in the system's language or the one chosen in Preferences; light or dark."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from normlab.services.library import copy_starter_set
from normlab.services.workspace import Workspace
from normlab.ui.shell import language
from normlab.ui.shell.preferences import PreferencesDialog
from normlab.ui.shell.settings import UiSettings
from normlab.ui.widgets import style
from normlab.ui.widgets.theme import DARK, LIGHT
from tests.ui.conftest import WindowFactory

MENUS = {
    "en": ["&File", "&Edit", "&Team", "&Norm", "&Meeting", "&View", "&Help"],
    "de": ["&Datei", "&Bearbeiten", "&Team", "&Norm", "Bes&prechung", "&Ansicht", "&Hilfe"],
    "fi": ["&Tiedosto", "&Muokkaa", "&Tiimi", "&Normi", "&Kokous", "&Näytä", "&Ohje"],
    "fr": ["&Fichier", "É&dition", "É&quipe", "&Norme", "&Réunion", "&Affichage", "Ai&de"],
    "es": ["&Archivo", "&Editar", "E&quipo", "&Norma", "&Reunión", "&Ver", "Ay&uda"],
}


@pytest.fixture
def speaking() -> Iterator[Any]:
    """Switch the interface language for one test; English again afterwards."""
    yield language.install
    language.install("en")


@pytest.mark.parametrize("code", ["de", "fi", "fr", "es"])
def test_the_window_speaks_the_language_installed(
    code: str, speaking: Any, open_window: WindowFactory, db_url: str
) -> None:
    assert speaking(code) == code
    window = open_window(db_url)
    assert [a.text() for a in window.menuBar().actions()] == MENUS[code]
    assert window.main_tabs.tabText(0) != "&Norms" or code == "en"
    assert window.menu_actions.preferences.text() not in ("", "&Preferences…")


def test_the_language_follows_the_system_unless_preferences_chose_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    class System:
        def uiLanguages(self) -> list[str]:
            return ["fi-FI", "en-GB"]

    monkeypatch.setattr(language.QLocale, "system", staticmethod(lambda: System()))
    settings = UiSettings()
    assert settings.language == language.SYSTEM
    assert language.resolve(settings.language) == "fi"
    settings.language = "es"
    assert language.resolve(UiSettings().language) == "es"


def test_preferences_save_the_language_and_the_look(qtbot: Any, styled: QApplication) -> None:
    settings = UiSettings()
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == language.SYSTEM and dialog.appearance.currentData() == "system"
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    assert dialog.note.isVisibleTo(dialog), "says the language changes at the next start"
    dialog.appearance.setCurrentIndex(dialog.appearance.findData("dark"))
    dialog.accept()
    again = UiSettings()
    assert (again.language, again.appearance) == ("de", "dark")


def test_preferences_cancelled_change_nothing(qtbot: Any, styled: QApplication) -> None:
    settings = UiSettings()
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.reject()
    assert UiSettings().language == language.SYSTEM


def test_the_theme_follows_the_system_scheme(monkeypatch: pytest.MonkeyPatch, styled: QApplication) -> None:
    monkeypatch.delenv("NORMLAB_APPEARANCE", raising=False)
    hints = styled.styleHints()
    monkeypatch.setattr(type(hints), "colorScheme", lambda _self: Qt.ColorScheme.Dark)
    assert style.choose_theme("system") is DARK
    assert style.choose_theme("light") is LIGHT
    monkeypatch.setattr(type(hints), "colorScheme", lambda _self: Qt.ColorScheme.Light)
    assert style.choose_theme("system") is LIGHT
    assert style.choose_theme("dark") is DARK
    try:
        style.apply(styled, appearance="dark")
        assert styled.palette().window().color().name().upper() == DARK.background
        assert DARK.text == style.TEXT
    finally:
        style.apply(styled, appearance="light")


def _menu_bar(path: Path) -> QImage:
    image = QImage(str(path))
    assert (image.width(), image.height()) == (1280, 800)
    return image.copy(0, 0, 700, 28)


@pytest.mark.slow
def test_lang_on_the_command_line_starts_the_window_in_that_language(
    tmp_path: Path, qapp: QApplication
) -> None:
    """`LANG=de_DE.UTF-8 normlab --window-size 1280x800 --screenshot de.png --exit-after-startup`:
    the menu bar of each language's picture differs from the English one (about 2 s a language)."""
    database = tmp_path / "normlab.sqlite3"
    ws = Workspace.open(f"sqlite:///{database}")
    copy_starter_set(ws, "classroom-dialogic-talk", "Year 5")
    ws.close()
    bars = {}
    for code, lang in [
        ("en", "en_GB.UTF-8"),
        ("de", "de_DE.UTF-8"),
        ("fi", "fi_FI.UTF-8"),
        ("fr", "fr_FR.UTF-8"),
        ("es", "es_ES.UTF-8"),
    ]:
        env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
        env.update(
            LANG=lang,
            QT_QPA_PLATFORM="offscreen",
            XDG_CONFIG_HOME=str(tmp_path / "config"),
            XDG_CACHE_HOME=str(tmp_path / "cache"),
        )
        shot = tmp_path / f"{code}.png"
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "normlab",
                "--database",
                str(database),
                "--window-size",
                "1280x800",
                "--screenshot",
                str(shot),
                "--exit-after-startup",
            ],
            env=env,
            capture_output=True,
            text=True,
            timeout=90,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        bars[code] = _menu_bar(shot)
    for code in ("de", "fi", "fr", "es"):
        assert bars[code] != bars["en"], f"the {code} window's menus look English"
    assert len({bytes(b.constBits()) for b in bars.values()}) == 5
