"""Everything the window remembers between runs, behind one small class.

Nothing else in normlab calls ``QSettings()``: tests point it at a temporary folder with
``QSettings.setPath`` and the rest of the UI asks this class by name.
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = "normlab"
APPLICATION = "normlab"


def _key_for(location: str) -> str:
    """A stable, filename-safe key for a database location."""
    return hashlib.sha1(location.encode("utf-8")).hexdigest()[:16]


class UiSettings:
    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store or QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
        )

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._store.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @property
    def window_geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._store.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._store.setValue("window/state", value)

    @property
    def zoom(self) -> float:
        """View > Zoom: 1.0 is normal size."""
        try:
            value = float(self._store.value("view/zoom", 1.0))
        except (TypeError, ValueError):
            return 1.0
        return value if 0.5 <= value <= 3.0 else 1.0

    @zoom.setter
    def zoom(self, value: float) -> None:
        self._store.setValue("view/zoom", value)

    @property
    def language(self) -> str:
        """Edit > Preferences: "system" (the default) or a language code such as "de"."""
        value = self._store.value("interface/language", "system")
        return value if isinstance(value, str) and value else "system"

    @language.setter
    def language(self, value: str) -> None:
        self._store.setValue("interface/language", value)

    @property
    def appearance(self) -> str:
        """Edit > Preferences: "system" (the default), "light" or "dark"."""
        value = self._store.value("interface/appearance", "system")
        return value if value in ("system", "light", "dark") else "system"

    @appearance.setter
    def appearance(self, value: str) -> None:
        self._store.setValue("interface/appearance", value)

    @property
    def last_folder(self) -> str | None:
        """The folder a file was last saved to or opened from (Save and Export dialogs start there)."""
        value = self._store.value("files/last-folder")
        return value if isinstance(value, str) and value else None

    @last_folder.setter
    def last_folder(self, value: str | None) -> None:
        if value:
            self._store.setValue("files/last-folder", value)
        else:
            self._store.remove("files/last-folder")

    def splitter_state(self, name: str) -> QByteArray | None:
        return self._bytes(f"splitters/{name}")

    def set_splitter_state(self, name: str, value: QByteArray) -> None:
        self._store.setValue(f"splitters/{name}", value)

    def last_team(self, location: str) -> int | None:
        """The team last shown for the database at ``location`` (each database remembers its own)."""
        value = self._store.value(f"last-team/{_key_for(location)}")
        try:
            return int(value) if value is not None else None
        except (TypeError, ValueError):
            return None

    def set_last_team(self, location: str, team_id: int | None) -> None:
        key = f"last-team/{_key_for(location)}"
        if team_id is None:
            self._store.remove(key)
        else:
            self._store.setValue(key, team_id)

    def sync(self) -> None:
        self._store.sync()
