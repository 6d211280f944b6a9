"""The Print centre's pre-brief card: card or slide, the session's rules, the team's statement,
objectives and the pause word."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from normlab.domain.because import BecauseChoice
from normlab.domain.model import Norm, Team
from normlab.printing.furniture import guess_language
from normlab.printing.ground_rules import printable_norms, rule_for
from normlab.printing.prebrief import PreBriefOptions, same_setting, session_setting
from normlab.ui.printing.option_widgets import Fields, language_combo, short
from normlab.ui.printing.statement_box import StatementBox
from normlab.ui.widgets.i18n import fill, translator

tr = translator("Printing")

CARDS = (
    (tr.noop("A5 card"), "A5"),
    (tr.noop("A6 card, for a pocket"), "A6"),
    (tr.noop("A4 page"), "A4"),
    (tr.noop("16:9 slide, to project"), "slide"),
)

ALL_RULES = ""
"""The setting combo's entry for every current rule of the team."""


def rule_count(count: int) -> str:
    return tr("%n rule(s)", n=count)


class PreBriefPanel(QWidget):
    """Options of a pre-brief card for the start of a simulation or teaching session."""

    changed = Signal()

    def __init__(self, team: Team, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.team = team
        self.card = QComboBox()
        for label, value in CARDS:
            self.card.addItem(tr(label), value)
        self.language = language_combo()
        norms = printable_norms(team)
        guessed = guess_language([n.text for n in norms])
        self.language.setCurrentIndex(max(0, self.language.findData(guessed)))
        self.setting = QComboBox()
        self.setting.setToolTip(tr("Whose rules the card lists: one setting's, or every current rule"))
        self.rules_note = QLabel(objectName="Muted")
        self.rules_note.setWordWrap(True)
        self.statement = StatementBox()
        self.statement.set_language(self.chosen_language)
        self.objectives = QPlainTextEdit()
        self.objectives.setTabChangesFocus(True)
        self.objectives.setPlaceholderText(tr("One objective a line; empty for lines to write on"))
        self.objectives.setFixedHeight(self.objectives.fontMetrics().lineSpacing() * 3 + 14)
        self.pause_word = QLineEdit()
        self.pause_word.setMaxLength(40)
        self.pause_word.setPlaceholderText(tr("Empty for a line to write it on"))
        self.pause_word.setToolTip(tr("The word anyone can say to stop the scenario, at any moment"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.addRow(self._label(tr("Car&d:"), self.card), self.card)
        form.addRow(self._label(tr("&Language:"), self.language), self.language)
        form.addRow(self._label(tr("Setti&ng:"), self.setting), self.setting)
        form.addRow("", self.rules_note)
        lower = QFormLayout()
        lower.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        lower.addRow(self._label(tr("&Objectives:"), self.objectives), self.objectives)
        lower.addRow(self._label(tr("Pause &word:"), self.pause_word), self.pause_word)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addLayout(form)
        layout.addWidget(self.statement)
        layout.addLayout(lower)
        layout.addStretch(1)

        self._fill_settings(norms, session_setting(norms))
        for signal in (
            self.card.currentIndexChanged,
            self.language.currentIndexChanged,
            self.objectives.textChanged,
            self.pause_word.textChanged,
            self.statement.changed,
        ):
            signal.connect(self.changed)
        self.setting.currentIndexChanged.connect(self._setting_changed)
        self.language.currentIndexChanged.connect(lambda: self.statement.set_language(self.chosen_language))
        self.statement.show_stored(team.prebrief)

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    @property
    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def _fill_settings(self, norms: tuple[Norm, ...], chosen: str | None) -> None:
        """One entry per setting with its number of rules, and every rule; keeps ``chosen``."""
        settings: dict[str, int] = {}
        for norm in norms:
            if norm.setting.strip():
                key = next((s for s in settings if same_setting(s, norm.setting)), norm.setting)
                settings[key] = settings.get(key, 0) + 1
        self.setting.blockSignals(True)
        self.setting.clear()
        for name, count in settings.items():
            self.setting.addItem(
                fill(tr("%1 (%2)", "a setting and its number of rules"), name, rule_count(count)), name
            )
        self.setting.addItem(fill(tr("Every current rule (%1)"), rule_count(len(norms))), ALL_RULES)
        index = next(
            (
                i
                for i in range(self.setting.count() - 1)
                if chosen and same_setting(self.setting.itemData(i), chosen)
            ),
            self.setting.count() - 1,
        )
        self.setting.setCurrentIndex(index)
        self.setting.blockSignals(False)
        self._update_rules_note()

    def _setting_changed(self) -> None:
        self._update_rules_note()
        self.changed.emit()

    def norms(self) -> list[Norm]:
        """The rules the card lists, in the team's order."""
        setting = str(self.setting.currentData() or ALL_RULES)
        return [n for n in printable_norms(self.team) if not setting or same_setting(n.setting, setting)]

    def _update_rules_note(self) -> None:
        norms = self.norms()
        if not norms:
            self.rules_note.setText(tr("No rules: the card keeps room for the session's objectives."))
            return
        shown = "; ".join(short(n.text, 32) for n in norms[:3]) + ("; …" if len(norms) > 3 else "")
        self.rules_note.setText(fill(tr("%1 with their agreed reasons: %2"), rule_count(len(norms)), shown))

    def show_team(self, team: Team) -> None:
        """The team as stored now: its settings and rules, and its statement (unless typed over)."""
        self.team = team
        self._fill_settings(printable_norms(team), str(self.setting.currentData() or "") or None)
        self.statement.show_stored(team.prebrief)
        self.changed.emit()

    def options(self, team_name: str) -> PreBriefOptions:
        card = str(self.card.currentData())
        typed = self.statement.typed()
        objectives = tuple(o.strip() for o in self.objectives.toPlainText().splitlines() if o.strip())
        return PreBriefOptions(
            rules=tuple(rule_for(n, BecauseChoice.AGREED) for n in self.norms()),
            paper="A5" if card == "slide" else card,
            slide=card == "slide",
            team=team_name,
            statement=typed.statement,
            attribution=typed.attribution,
            objectives=objectives,
            pause_word=self.pause_word.text().strip(),
            language=self.chosen_language,
        )

    def printable_fields(self, team_name: str) -> Fields:
        options = self.options(team_name)
        fields: Fields = [
            (tr("the statement"), options.statement),
            (tr("the attribution"), options.attribution),
            (tr("the pause word"), options.pause_word),
            (tr("the team name"), options.team),
        ]
        fields += [(fill(tr("the objective “%1”"), short(o)), o) for o in options.objectives]
        for rule in options.rules:
            fields.append((fill(tr("the rule “%1”"), short(rule.text)), rule.text))
            fields.append((fill(tr("the because-line of “%1”"), short(rule.text)), rule.because))
        return fields

    def problem(self) -> str | None:
        return self.statement.problem()
