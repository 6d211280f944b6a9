"""The Print centre's token options: how many talk and response tokens, their size, labels and
colours."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from normlab.domain.errors import NormlabError
from normlab.printing.class_list import read_class_list
from normlab.printing.ground_rules import GroundRule
from normlab.printing.paper import Paper
from normlab.printing.tokens import (
    DEFAULT_RESPONSES,
    DEFAULT_TALK,
    MAX_DIAMETER_MM,
    MIN_DIAMETER_MM,
    PUNCH_SIZES_MM,
    BackContent,
    DuplexEdge,
    TokenKind,
    TokenLayout,
    TokenOptions,
    localised,
    person_set,
    plan,
)
from normlab.ui.printing.option_widgets import (
    Fields,
    feed_picture,
    language_combo,
    narrow_combo,
    paper_combo,
    short,
    swatch,
)
from normlab.ui.widgets.file_dialogs import FolderMemory, ask_open_path
from normlab.ui.widgets.i18n import fill, join_words, translator
from normlab.ui.widgets.prompts import show_error

tr = translator("Printing")


class ColourButton(QToolButton):
    """A swatch that opens the colour picker; ``colour`` is a hex string like #2F6DB5."""

    colour_changed = Signal(str)

    def __init__(self, colour: str, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.what = what
        self.colour = ""
        self.setIconSize(QSize(26, 18))
        self.setToolTip(fill(tr("Choose the colour of %1"), what))
        self.setAccessibleName(fill(tr("Colour of %1"), what))
        self.clicked.connect(self.choose)
        self.set_colour(colour)

    def set_colour(self, colour: str) -> None:
        colour = QColor(colour).name().upper()
        if colour != self.colour:
            self.colour = colour
            self.setIcon(swatch(colour, QSize(26, 18)))
            self.colour_changed.emit(colour)

    def choose(self) -> None:
        chosen = QColorDialog.getColor(QColor(self.colour), self, fill(tr("Colour of %1"), self.what))
        if chosen.isValid():
            self.set_colour(chosen.name())


class KindRow:
    """One kind of token: whether it is printed (response kinds only), its colour and its label."""

    def __init__(self, kind: TokenKind, optional: bool) -> None:
        self.back = kind.back
        self.icon = kind.icon
        self.include = QCheckBox() if optional else None
        if self.include is not None:
            self.include.setChecked(True)
            self.include.setToolTip(tr("Print this kind of response token"))
            self.include.setAccessibleName(fill(tr("Print “%1” tokens"), kind.label))
        self.colour = ColourButton(kind.colour, fill(tr("the “%1” tokens"), kind.label))
        self.label = QLineEdit(kind.label)
        self.label.setAccessibleName(tr("Token label"))

    def kind(self) -> TokenKind:
        return TokenKind(self.label.text().strip(), self.colour.colour, self.back, self.icon)

    def included(self) -> bool:
        return self.include is None or self.include.isChecked()

    def reset(self, kind: TokenKind) -> None:
        self.back = kind.back
        self.label.setText(kind.label)
        self.colour.set_colour(kind.colour)
        if self.include is not None:
            self.include.setChecked(True)


class TokensPanel(QWidget):
    """A set per person (optionally named from a class list), the tokens' size, layout and sides,
    each kind's label and colour; and what that takes in pages and sheets of card."""

    changed = Signal()
    folders: FolderMemory | None = None
    """Where the class list dialog starts (the Print centre hands on the window's memory)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names: tuple[str, ...] = ()
        self.rules: tuple[GroundRule, ...] = ()
        self.people = self._spin(1, 1000, 30)
        self.class_list = QPushButton(tr("Class l&ist…"))
        self.class_list.setToolTip(
            tr("A text file with one name per line: a set per name, named on every token")
        )
        self.class_list.clicked.connect(self.choose_class_list)
        self.clear_names = QToolButton()
        self.clear_names.setText(tr("Clear"))
        self.clear_names.setAccessibleName(tr("Forget the class list"))
        self.clear_names.clicked.connect(lambda: self.set_names((), ""))
        self.clear_names.setVisible(False)
        self.names_note = QLabel(objectName="Muted")
        self.talk = self._spin(0, 20, 3)
        self.respond = self._spin(0, 20, 1)
        self.diameter = QDoubleSpinBox()
        self.diameter.setRange(MIN_DIAMETER_MM, MAX_DIAMETER_MM)
        self.diameter.setDecimals(0)
        self.diameter.setSingleStep(1)
        self.diameter.setValue(38)
        self.diameter.setSuffix(tr(" mm"))
        self.punches = []
        for size in PUNCH_SIZES_MM:
            button = QToolButton()
            button.setText(f"{size:g}")
            button.setToolTip(fill(tr("%1 mm: a common circle punch size"), f"{size:g}"))
            button.setAccessibleName(fill(tr("%1 millimetre punch"), f"{size:g}"))
            button.clicked.connect(lambda _=False, s=size: self.diameter.setValue(s))
            self.punches.append(button)
        self.layout_choice = narrow_combo()
        self.layout_choice.addItem(tr("Grid: rows with cut lines (guillotine, punch)"), TokenLayout.GRID)
        self.layout_choice.addItem(tr("Hex: the most per page (scissors)"), TokenLayout.HEX)
        self.paper = paper_combo()
        self.landscape = QCheckBox(tr("&Landscape"))
        self.duplex = QCheckBox(tr("Double-sided: print ba&cks"))
        self.duplex.setToolTip(
            tr("Each front page is followed by its back, placed so each back lands behind its front")
        )
        self.edge = QComboBox()
        self.edge.addItem(tr("Printer turns the sheet on its long edge"), DuplexEdge.LONG)
        self.edge.addItem(tr("Printer turns the sheet on its short edge"), DuplexEdge.SHORT)
        self.edge.setAccessibleName(tr("Duplex edge"))
        self.feed = QLabel()
        self.feed.setAccessibleName(tr("How the sheet turns over"))
        self.back = QComboBox()
        self.back.addItem(tr("Backs: the kind of token"), BackContent.KIND)
        self.back.addItem(tr("Backs: our ground rules, in turn"), BackContent.RULE)
        self.back.setAccessibleName(tr("What the backs carry"))
        self.team_on_backs = QCheckBox(tr("Team &name on the backs"))
        self.team_on_backs.setChecked(True)
        self.language = language_combo()
        self.summary = QLabel(objectName="Muted")
        self.summary.setWordWrap(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        people_row = QHBoxLayout()
        people_row.addWidget(self.people)
        people_row.addWidget(self.class_list)
        people_row.addWidget(self.clear_names)
        people_row.addStretch(1)
        form.addRow(self._label(tr("P&eople:"), self.people), people_row)
        form.addRow("", self.names_note)
        form.setRowVisible(self.names_note, False)
        self._form = form
        form.addRow(self._label(tr("Tal&k tokens each:"), self.talk), self.talk)
        form.addRow(self._label(tr("Eac&h response kind:"), self.respond), self.respond)
        form.addRow(self._label(tr("&Diameter:"), self.diameter), self.diameter)
        punch_row = QHBoxLayout()  # a line of its own: beside the diameter it widened the panel
        punch_row.addWidget(QLabel(tr("punch:"), objectName="Muted"))
        for button in self.punches:
            punch_row.addWidget(button)
        punch_row.addStretch(1)
        form.addRow("", punch_row)
        form.addRow(self._label(tr("La&yout:"), self.layout_choice), self.layout_choice)
        paper_row = QHBoxLayout()
        paper_row.addWidget(self.paper, 1)
        paper_row.addWidget(self.landscape)
        form.addRow(self._label(tr("P&aper:"), self.paper), paper_row)
        form.addRow(self._label(tr("Lang&uage:"), self.language), self.language)
        form.addRow("", self.duplex)
        duplex_box = QWidget()  # the picture of the turn under the choices, not beside them: narrower
        duplex_layout = QGridLayout(duplex_box)
        duplex_layout.setContentsMargins(0, 0, 0, 0)
        duplex_layout.addWidget(self.edge, 0, 0, 1, 2)
        duplex_layout.addWidget(self.back, 1, 0, 1, 2)
        duplex_layout.addWidget(self.team_on_backs, 2, 0)
        duplex_layout.addWidget(self.feed, 2, 1, Qt.AlignmentFlag.AlignRight)
        duplex_layout.setColumnStretch(0, 1)
        form.addRow("", duplex_box)
        form.setRowVisible(duplex_box, False)
        self.duplex.toggled.connect(lambda on: form.setRowVisible(duplex_box, on))

        self.kinds = [KindRow(DEFAULT_TALK, optional=False)] + [
            KindRow(k, optional=True) for k in DEFAULT_RESPONSES
        ]
        kinds_box = QGroupBox(tr("Labels and c&olours"))
        grid = QGridLayout(kinds_box)
        grid.setHorizontalSpacing(8)
        grid.setColumnStretch(2, 1)
        grid.addWidget(QLabel(tr("Talk"), objectName="Muted"), 0, 0, 1, 3)
        self._add_kind(grid, 1, self.kinds[0])
        grid.addWidget(QLabel(tr("Responses (each person gets each kind)"), objectName="Muted"), 2, 0, 1, 3)
        for row, kind in enumerate(self.kinds[1:], start=3):
            self._add_kind(grid, row, kind)
        self.reset_kinds = QPushButton(tr("Reset to de&faults"))
        self.reset_kinds.clicked.connect(self._reset_kinds)
        grid.addWidget(self.reset_kinds, len(self.kinds) + 2, 0, 1, 3, Qt.AlignmentFlag.AlignLeft)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(kinds_box)
        layout.addStretch(1)

        for signal in (
            self.people.valueChanged,
            self.talk.valueChanged,
            self.respond.valueChanged,
            self.diameter.valueChanged,
            self.layout_choice.currentIndexChanged,
            self.paper.currentIndexChanged,
            self.landscape.toggled,
            self.duplex.toggled,
            self.edge.currentIndexChanged,
            self.back.currentIndexChanged,
            self.team_on_backs.toggled,
            self.language.currentIndexChanged,
        ):
            signal.connect(self._changed)
        for kind in self.kinds:
            kind.label.textChanged.connect(self._changed)
            kind.colour.colour_changed.connect(self._changed)
            if kind.include is not None:
                kind.include.toggled.connect(self._changed)
        self._update_summary()

    @staticmethod
    def _spin(low: int, high: int, value: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setValue(value)
        return spin

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    @staticmethod
    def _add_kind(grid: QGridLayout, row: int, kind: KindRow) -> None:
        if kind.include is not None:
            grid.addWidget(kind.include, row, 0)
        grid.addWidget(kind.colour, row, 1)
        grid.addWidget(kind.label, row, 2)

    def _reset_kinds(self) -> None:
        for row, kind in zip(self.kinds, (DEFAULT_TALK, *DEFAULT_RESPONSES), strict=True):
            row.reset(localised(kind, self.chosen_language))

    @property
    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def choose_class_list(self) -> None:
        path = ask_open_path(
            self, tr("Class list"), tr("Text files (*.txt *.csv);;All files (*)"), self.folders
        )
        if path:
            self.load_class_list(Path(path))

    def load_class_list(self, path: Path) -> None:
        try:
            names = read_class_list(path)
        except NormlabError as exc:
            show_error(
                self,
                tr("The class list was not read"),
                str(exc),
                tr("Choose a UTF-8 text file, one name a line."),
            )
            return
        self.set_names(names, path.name)

    def set_names(self, names: tuple[str, ...], source: str) -> None:
        self.names = names
        self.people.setEnabled(not names)
        self.clear_names.setVisible(bool(names))
        self.names_note.setText(
            fill(tr("%n name(s) from %1, one set each", n=len(names)), source) if names else ""
        )
        self._form.setRowVisible(self.names_note, bool(names))
        if names:
            self.people.setValue(min(len(names), self.people.maximum()))
        self._changed()

    def set_rules(self, rules: tuple[GroundRule, ...]) -> None:
        """The team's ground rules, for printing on the backs."""
        if rules != self.rules:
            self.rules = rules
            if self.back.currentData() == BackContent.RULE:
                self._changed()

    def _changed(self) -> None:
        self._update_summary()
        self.changed.emit()

    def options(self, team_name: str) -> TokenOptions:
        return TokenOptions(
            people=self.people.value(),
            talk_per_person=self.talk.value(),
            each_response=self.respond.value(),
            diameter_mm=self.diameter.value(),
            paper=Paper(self.paper.currentData()),
            landscape=self.landscape.isChecked(),
            layout=TokenLayout(self.layout_choice.currentData()),
            duplex=self.duplex.isChecked(),
            duplex_edge=DuplexEdge(self.edge.currentData()),
            talk=self.kinds[0].kind(),
            responses=tuple(row.kind() for row in self.kinds[1:] if row.included()),
            team=team_name if self.duplex.isChecked() and self.team_on_backs.isChecked() else "",
            names=self.names,
            back=BackContent(self.back.currentData()) if self.duplex.isChecked() else BackContent.KIND,
            rules=self.rules,
            language=self.chosen_language,
        )

    def printable_fields(self, team_name: str) -> Fields:
        options = self.options(team_name)
        kinds = ([options.talk_kind] if options.talk_per_person else []) + (
            list(options.response_kinds) if options.each_response else []
        )
        fields: Fields = [(fill(tr("the token label “%1”"), short(k.label)), k.label) for k in kinds]
        if options.duplex:
            fields += [(tr("the back of a token"), k.back) for k in kinds]
        fields.append((tr("the team name"), options.team))
        fields += [(fill(tr("the name “%1”"), short(name)), name) for name in options.names]
        return fields

    def _update_summary(self) -> None:
        options = self.options("")
        self.feed.setPixmap(feed_picture(options.duplex_edge, options.landscape))
        try:
            sizes = plan(options)
        except NormlabError:
            self.summary.setText(tr("No tokens chosen.") if not len(person_set(options)) else "")
            return
        kinds = len(options.response_kinds) if options.each_response else 0
        parts = (
            [fill(tr("%1 talk", "talk tokens per person"), options.talk_per_person)]
            if options.talk_per_person
            else []
        )
        if kinds:
            parts.append(fill(tr("%1 of each of %2 response kinds"), options.each_response, kinds))
        sides = tr("double-sided") if options.duplex else tr("one-sided")
        self.summary.setText(
            fill(
                tr("%1 tokens: %2 sets of %3 (%4)."),
                sizes.tokens,
                sizes.sets,
                sizes.set_size,
                join_words(parts),
            )
            + " "
            + fill(
                tr(
                    "%1 fit on a page (%2 on the first, beside the printing notes): %n sheet(s) of card, %3.",
                    n=sizes.sheets,
                ),
                sizes.per_page,
                sizes.first_page,
                sides,
            )
        )
