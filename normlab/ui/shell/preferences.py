"""Edit > Preferences: the interface language and light or dark."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from normlab.ui.shell.language import INTERFACE_LANGUAGES, LANGUAGE_NAMES, SYSTEM, system_language
from normlab.ui.shell.settings import UiSettings
from normlab.ui.widgets.i18n import fill, language, translator
from normlab.ui.widgets.sizing import size_dialog

tr = translator("Preferences")


class PreferencesDialog(QDialog):
    """Choices are saved when the dialog is accepted; the look changes at once, the language at the
    next start (every text of the window is made in the language it starts in)."""

    def __init__(self, settings: UiSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(tr("Preferences"))

        self.language = QComboBox()
        system = LANGUAGE_NAMES[system_language()]
        self.language.addItem(fill(tr("As the system (%1)"), system), SYSTEM)
        for code in INTERFACE_LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.language.setAccessibleName(tr("Language of the window"))
        self.language.setToolTip(tr("The language of menus, buttons and messages"))

        self.appearance = QComboBox()
        for value, text in (("system", tr("As the system")), ("light", tr("Light")), ("dark", tr("Dark"))):
            self.appearance.addItem(text, value)
        self.appearance.setCurrentIndex(max(0, self.appearance.findData(settings.appearance)))
        self.appearance.setAccessibleName(tr("Appearance"))
        self.appearance.setToolTip(
            tr("Light or dark colours; the system's high-contrast mode is always followed")
        )

        self.note = QLabel(objectName="Hint", wordWrap=True)
        self.language.currentIndexChanged.connect(self._note_language)
        self._note_language()

        form = QFormLayout()
        form.addRow(tr("&Language:"), self.language)
        form.addRow(tr("&Appearance:"), self.appearance)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addStretch(1)
        layout.addWidget(buttons)
        size_dialog(self, 26, min_width=26)

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def chosen_appearance(self) -> str:
        return str(self.appearance.currentData())

    def _note_language(self) -> None:
        choice = self.chosen_language()
        wanted = system_language() if choice == SYSTEM else choice
        changes = wanted != language()
        self.note.setText(
            tr("The window speaks the new language when normlab starts again.") if changes else ""
        )
        self.note.setVisible(changes)

    def accept(self) -> None:
        self.settings.language = self.chosen_language()
        self.settings.appearance = self.chosen_appearance()
        super().accept()
