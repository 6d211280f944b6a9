"""The Print centre's ground-rules options: layout, paper, title, dates and the rules to print."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from normlab.domain.model import Norm
from normlab.printing.furniture import furniture
from normlab.printing.ground_rules import (
    DEFAULT_TITLE,
    MAX_RULES,
    MAX_SHEET_RULES,
    GroundRulesOptions,
    Layout,
)
from normlab.printing.paper import Paper
from normlab.ui.printing.option_widgets import (
    Fields,
    language_combo,
    narrow_combo,
    paper_combo,
    short,
    to_date,
)
from normlab.ui.printing.rule_list import RuleList
from normlab.ui.widgets.i18n import day_format, fill, translator

tr = translator("Printing")


class GroundRulesPanel(QWidget):
    """Layout, paper, title and the rules for a ground-rules sheet or poster."""

    changed = Signal()

    def __init__(self, norms: Sequence[Norm], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_choice = narrow_combo()
        self.layout_choice.addItem(tr("Sheet: up to 20 rules, to hand out"), Layout.SHEET)
        self.layout_choice.addItem(tr("Poster: read across the room, over more pages"), Layout.POSTER)
        self.layout_choice.addItem(tr("One rule per page: a washing line"), Layout.ONE_PER_PAGE)
        self.layout_choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.layout_choice.setMinimumContentsLength(12)
        self.paper = paper_combo()
        self.landscape = QCheckBox(tr("&Landscape"))
        self.language = language_combo()
        self.title = QLineEdit()
        self.show_team = QCheckBox(tr("Show the team &name"))
        self.show_team.setChecked(True)
        self.show_date = QCheckBox(tr("Show the &date"))
        self.show_date.setChecked(True)
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(day_format())
        self.date.setAccessibleName(tr("Date to print"))
        self.badges = QCheckBox(tr("Di&mension badges"))
        self.badges.setChecked(True)
        self.signatures = QCheckBox(tr("Strip &for the team's signatures"))
        self.signatures.setToolTip(tr("Lines at the end where the team signs the agreement"))
        self.badges.setToolTip(tr("A small label on each rule naming the dimension of its because-line"))
        self.because_word = QLineEdit()
        self.because_word.setToolTip(
            tr("Printed in bold before each because-line; empty for the printed language's own word")
        )
        self._show_language_defaults()
        self.rules = RuleList()
        self.rules.set_norms(norms)
        self.rules.setObjectName("RuleList")

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.addRow(self._label(tr("La&yout:"), self.layout_choice), self.layout_choice)
        paper_row = QHBoxLayout()
        paper_row.addWidget(self.paper, 1)
        paper_row.addWidget(self.landscape)
        form.addRow(self._label(tr("P&aper:"), self.paper), paper_row)
        form.addRow(self._label(tr("Languag&e:"), self.language), self.language)
        form.addRow(self._label(tr("T&itle:"), self.title), self.title)
        date_row = QHBoxLayout()
        date_row.addWidget(self.show_date)
        date_row.addWidget(self.date, 1)
        form.addRow("", self.show_team)
        form.addRow("", date_row)
        form.addRow("", self.badges)
        form.addRow("", self.signatures)
        form.addRow(self._label(tr("Because-&word:"), self.because_word), self.because_word)
        rules_label = QLabel(tr("&Choose the rules to print (tick, and drag or move to reorder)"))
        rules_label.setBuddy(self.rules.list)
        rules_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addLayout(form)
        layout.addWidget(rules_label)
        layout.addWidget(self.rules, 1)

        for signal in (
            self.paper.currentIndexChanged,
            self.landscape.toggled,
            self.layout_choice.currentIndexChanged,
        ):
            signal.connect(self._format_changed)
        for signal in (
            self.title.textChanged,
            self.show_team.toggled,
            self.show_date.toggled,
            self.date.dateChanged,
            self.badges.toggled,
            self.signatures.toggled,
            self.because_word.textChanged,
            self.rules.changed,
            self.language.currentIndexChanged,
        ):
            signal.connect(self.changed)
        self.language.currentIndexChanged.connect(self._show_language_defaults)
        self.show_date.toggled.connect(self.date.setEnabled)
        self.choose_default_rules()

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _show_language_defaults(self) -> None:
        words = furniture(str(self.language.currentData()))
        self.title.setPlaceholderText(words(DEFAULT_TITLE))
        self.because_word.setPlaceholderText(words("because"))

    @property
    def chosen_layout(self) -> Layout:
        return Layout(self.layout_choice.currentData())  # Qt hands back a plain str

    def set_layout(self, layout: Layout) -> None:
        self.layout_choice.setCurrentIndex(self.layout_choice.findData(layout))

    def choose_default_rules(self) -> None:
        """Until the person picks rules: every current rule (a sheet up to 20; a poster or a washing
        line continues on more pages)."""
        if self.rules.customised:
            return
        self.rules.check_first(MAX_SHEET_RULES if self.chosen_layout is Layout.SHEET else MAX_RULES)

    def update_norms(self, norms: Sequence[Norm]) -> None:
        self.rules.update_norms(norms)
        self.choose_default_rules()
        self.changed.emit()

    def _format_changed(self) -> None:
        self.choose_default_rules()
        self.changed.emit()

    def options(self, team_name: str) -> GroundRulesOptions:
        return GroundRulesOptions(
            rules=self.rules.rules(),
            paper=Paper(self.paper.currentData()),
            landscape=self.landscape.isChecked(),
            layout=self.chosen_layout,
            title=self.title.text().strip(),
            team=team_name if self.show_team.isChecked() else "",
            date=to_date(self.date.date()) if self.show_date.isChecked() else None,
            badges=self.badges.isChecked(),
            signatures=self.signatures.isChecked(),
            because_word=self.because_word.text().strip() or None,
            language=str(self.language.currentData()),
        )

    def printable_fields(self, team_name: str) -> Fields:
        options = self.options(team_name)
        fields: Fields = [(tr("the title"), options.title), (tr("the team name"), options.team)]
        for rule in options.rules:
            fields.append((fill(tr("the rule “%1”"), short(rule.text)), rule.text))
            fields.append((fill(tr("the because-line of “%1”"), short(rule.text)), rule.because))
        fields.append((tr("the because-word"), options.because_word or ""))
        return fields
