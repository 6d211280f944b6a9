"""The Print centre's ground-rules options: layout, paper, title, dates and the rules to print."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

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

from normlab.domain.errors import NormlabError
from normlab.domain.model import Norm
from normlab.printing.errors import DoesNotFitError
from normlab.printing.furniture import furniture
from normlab.printing.ground_rules import (
    DEFAULT_TITLE,
    MAX_SHEET_RULES,
    GroundRule,
    GroundRulesOptions,
    Layout,
    render_ground_rules,
)
from normlab.printing.paper import Paper
from normlab.ui.printing.option_widgets import Fields, language_combo, paper_combo, short, to_date
from normlab.ui.printing.rule_list import RuleList

MAX_POSTER_RULES = 8
"""A poster is a few rules in very large type; more than this is never tried by default."""


def poster_rules_that_fit(options: GroundRulesOptions, candidates: Sequence[GroundRule]) -> int:
    """How many of candidates, from the first, fit on one poster; at least 1 (the banner says if not).

    Renders are cheap here: an attempt that does not fit fails in about a millisecond.
    """
    for count in range(min(len(candidates), MAX_POSTER_RULES), 0, -1):
        try:
            render_ground_rules(replace(options, layout=Layout.POSTER, rules=tuple(candidates[:count])))
        except DoesNotFitError:
            continue
        except NormlabError:
            return min(count, 5)  # another problem (e.g. the title); the banner will say which
        return count
    return 1


class GroundRulesPanel(QWidget):
    """Layout, paper, title and the rules for a ground-rules sheet or poster."""

    changed = Signal()

    def __init__(self, norms: Sequence[Norm], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_choice = QComboBox()
        self.layout_choice.addItem("Sheet: up to 20 rules", Layout.SHEET)
        self.layout_choice.addItem("Poster: a few rules, very large", Layout.POSTER)
        self.layout_choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.layout_choice.setMinimumContentsLength(12)
        self.paper = paper_combo()
        self.landscape = QCheckBox("&Landscape")
        self.language = language_combo()
        self.title = QLineEdit()
        self.show_team = QCheckBox("Show the team &name")
        self.show_team.setChecked(True)
        self.show_date = QCheckBox("Show the &date")
        self.show_date.setChecked(True)
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("d MMM yyyy")
        self.date.setAccessibleName("Date to print")
        self.badges = QCheckBox("Dimension &badges")
        self.badges.setChecked(True)
        self.badges.setToolTip("A small label on each rule naming the dimension of its because-line")
        self.because_word = QLineEdit()
        self.because_word.setToolTip(
            "Printed in bold before each because-line; empty for the printed language's own word"
        )
        self._show_language_defaults()
        self.rules = RuleList()
        self.rules.set_norms(norms)
        self.rules.setObjectName("RuleList")

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.addRow(self._label("La&yout:", self.layout_choice), self.layout_choice)
        paper_row = QHBoxLayout()
        paper_row.addWidget(self.paper, 1)
        paper_row.addWidget(self.landscape)
        form.addRow(self._label("P&aper:", self.paper), paper_row)
        form.addRow(self._label("Languag&e:", self.language), self.language)
        form.addRow(self._label("T&itle:", self.title), self.title)
        date_row = QHBoxLayout()
        date_row.addWidget(self.show_date)
        date_row.addWidget(self.date, 1)
        form.addRow("", self.show_team)
        form.addRow("", date_row)
        form.addRow("", self.badges)
        form.addRow(self._label("Because-&word:", self.because_word), self.because_word)
        rules_label = QLabel("&Rules to print (tick, and drag or move to reorder)")
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
        """Until the person picks rules: a sheet gets every current rule (up to 20), a poster the
        first ones that fit on it."""
        if self.rules.customised:
            return
        if self.chosen_layout is Layout.POSTER:
            candidates = self.rules.default_candidates()
            self.rules.check_first(poster_rules_that_fit(self.options(""), candidates) if candidates else 0)
        else:
            self.rules.check_first(MAX_SHEET_RULES)

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
            because_word=self.because_word.text().strip() or None,
            language=str(self.language.currentData()),
        )

    def printable_fields(self, team_name: str) -> Fields:
        options = self.options(team_name)
        fields: Fields = [("the title", options.title), ("the team name", options.team)]
        for rule in options.rules:
            fields.append((f"the rule “{short(rule.text)}”", rule.text))
            fields.append((f"the because-line of “{short(rule.text)}”", rule.because))
        fields.append(("the because-word", options.because_word or ""))
        return fields
