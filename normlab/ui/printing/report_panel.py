"""The Print centre's team report: the document a team brings to its next meeting."""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from normlab.domain.model import Team
from normlab.printing.furniture import guess_language
from normlab.printing.ground_rules import printable_norms
from normlab.printing.paper import Paper
from normlab.printing.report import ReportOptions
from normlab.ui.printing.option_widgets import Fields, language_combo, paper_name, short, to_date
from normlab.ui.printing.print_jobs import ReportJob
from normlab.ui.widgets.i18n import day_format, day_text, fill, translator

tr = translator("Printing")

WHAT_IT_HOLDS = tr.noop(
    "The team's profile (reasons held now against those proposed or agreed, per dimension); each "
    "norm with its earlier wordings, its reasons from what was held to what is agreed or proposed, "
    "the checks that fire and the review-by date; whose reasons fall in which dimension; the "
    "meetings and their decisions. Page numbers, and a contents page past three pages."
)


class ReportPanel(QWidget):
    """Paper, language and date of the team report."""

    changed = Signal()

    def __init__(self, team: Team, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.team = team
        self.version = 0
        """How many times the team was read again: the preview compares this, not the whole team."""
        self.paper = QComboBox()
        for paper in (Paper.A4, Paper.LETTER):
            self.paper.addItem(paper_name(paper), paper)
        self.language = language_combo()
        guessed = guess_language([n.text for n in printable_norms(team)])
        self.language.setCurrentIndex(max(0, self.language.findData(guessed)))
        self.language.setToolTip(tr("The language of the report's headings, dates and page numbers"))
        self.show_date = QCheckBox(tr("Show the &date"))
        self.show_date.setChecked(True)
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(day_format())
        self.date.setAccessibleName(tr("Date of the report"))
        about = QLabel(tr(WHAT_IT_HOLDS), objectName="Muted")
        about.setWordWrap(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.addRow(self._label(tr("P&aper:"), self.paper), self.paper)
        form.addRow(self._label(tr("&Language:"), self.language), self.language)
        date_row = QHBoxLayout()
        date_row.addWidget(self.show_date)
        date_row.addWidget(self.date, 1)
        form.addRow("", date_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addLayout(form)
        layout.addWidget(about)
        layout.addStretch(1)

        for signal in (
            self.paper.currentIndexChanged,
            self.language.currentIndexChanged,
            self.show_date.toggled,
            self.date.dateChanged,
        ):
            signal.connect(self.changed)
        self.show_date.toggled.connect(self.date.setEnabled)

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def show_team(self, team: Team) -> None:
        self.team = team
        self.version += 1
        self.changed.emit()

    def options(self, team_name: str) -> ReportJob:
        options = ReportOptions(
            paper=Paper(self.paper.currentData()),
            language=str(self.language.currentData()),
            date=to_date(self.date.date()) if self.show_date.isChecked() else None,
        )
        return ReportJob(options, self.team, self.version)

    def printable_fields(self, team_name: str) -> Fields:
        fields: Fields = [(tr("the team name"), self.team.name)]
        for norm in printable_norms(self.team):
            where = short(norm.text)
            fields.append((fill(tr("the norm “%1”"), where), norm.text))
            fields += [(fill(tr("an earlier wording of “%1”"), where), r.text_before) for r in norm.revisions]
            for reason in norm.rationales:
                fields += [
                    (fill(tr("a reason of “%1”"), where), reason.text),
                    (fill(tr("a voice of “%1”"), where), reason.voice),
                ]
        for session in self.team.sessions:
            fields += [
                (fill(tr("a decision of %1"), day_text(session.held_on)), d.note) for d in session.decisions
            ]
        return fields
