"""The Print centre's token options: how many talk and response tokens, their size, labels and
colours."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
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

from normlab.printing.paper import Paper
from normlab.printing.tokens import (
    DEFAULT_RESPONSES,
    DEFAULT_TALK,
    MAX_DIAMETER_MM,
    MIN_DIAMETER_MM,
    TokenKind,
    TokenOptions,
    token_sequence,
)
from normlab.ui.printing.option_widgets import Fields, paper_combo, short, swatch


class ColourButton(QToolButton):
    """A swatch that opens the colour picker; ``colour`` is a hex string like #2F6DB5."""

    colour_changed = Signal(str)

    def __init__(self, colour: str, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.what = what
        self.colour = ""
        self.setIconSize(QSize(26, 18))
        self.setToolTip(f"Choose the colour of {what}")
        self.setAccessibleName(f"Colour of {what}")
        self.clicked.connect(self.choose)
        self.set_colour(colour)

    def set_colour(self, colour: str) -> None:
        colour = QColor(colour).name().upper()
        if colour != self.colour:
            self.colour = colour
            self.setIcon(swatch(colour, QSize(26, 18)))
            self.colour_changed.emit(colour)

    def choose(self) -> None:
        chosen = QColorDialog.getColor(QColor(self.colour), self, f"Colour of {self.what}")
        if chosen.isValid():
            self.set_colour(chosen.name())


class KindRow:
    """One kind of token: whether it is printed (response kinds only), its colour and its label."""

    def __init__(self, kind: TokenKind, optional: bool) -> None:
        self.back = kind.back
        self.include = QCheckBox() if optional else None
        if self.include is not None:
            self.include.setChecked(True)
            self.include.setToolTip("Print this kind of response token")
            self.include.setAccessibleName(f"Print “{kind.label}” tokens")
        self.colour = ColourButton(kind.colour, f"the “{kind.label}” tokens")
        self.label = QLineEdit(kind.label)
        self.label.setAccessibleName("Token label")

    def kind(self) -> TokenKind:
        return TokenKind(self.label.text().strip(), self.colour.colour, self.back)

    def included(self) -> bool:
        return self.include is None or self.include.isChecked()

    def reset(self, kind: TokenKind) -> None:
        self.label.setText(kind.label)
        self.colour.set_colour(kind.colour)
        if self.include is not None:
            self.include.setChecked(True)


class TokensPanel(QWidget):
    """How many talk and response tokens, how big, and each kind's label and colour."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.people = self._spin(1, 1000, 30)
        self.talk = self._spin(0, 20, 3)
        self.respond = self._spin(0, 20, 2)
        self.diameter = QDoubleSpinBox()
        self.diameter.setRange(MIN_DIAMETER_MM, MAX_DIAMETER_MM)
        self.diameter.setDecimals(0)
        self.diameter.setSingleStep(1)
        self.diameter.setValue(40)
        self.diameter.setSuffix(" mm")
        self.paper = paper_combo()
        self.landscape = QCheckBox("&Landscape")
        self.duplex = QCheckBox("Double-sided: print &backs")
        self.duplex.setToolTip(
            "Each front page is followed by its back, mirrored so each back lands behind its front"
        )
        self.team_on_backs = QCheckBox("Tea&m name on the backs")
        self.team_on_backs.setChecked(True)
        self.summary = QLabel(objectName="Muted")
        self.summary.setWordWrap(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self._label("P&eople:", self.people), self.people)
        form.addRow(self._label("Tal&k tokens each:", self.talk), self.talk)
        form.addRow(self._label("&Response tokens each:", self.respond), self.respond)
        form.addRow(self._label("&Diameter:", self.diameter), self.diameter)
        paper_row = QHBoxLayout()
        paper_row.addWidget(self.paper, 1)
        paper_row.addWidget(self.landscape)
        form.addRow(self._label("P&aper:", self.paper), paper_row)
        form.addRow("", self.duplex)
        form.addRow("", self.team_on_backs)
        form.setRowVisible(self.team_on_backs, False)
        self.duplex.toggled.connect(lambda on: form.setRowVisible(self.team_on_backs, on))

        self.kinds = [KindRow(DEFAULT_TALK, optional=False)] + [
            KindRow(k, optional=True) for k in DEFAULT_RESPONSES
        ]
        kinds_box = QGroupBox("Labels and c&olours")
        grid = QGridLayout(kinds_box)
        grid.setHorizontalSpacing(8)
        grid.setColumnStretch(2, 1)
        talk_heading = QLabel("Talk", objectName="Muted")
        grid.addWidget(talk_heading, 0, 0, 1, 3)
        self._add_kind(grid, 1, self.kinds[0])
        grid.addWidget(QLabel("Responses (shared out evenly)", objectName="Muted"), 2, 0, 1, 3)
        for row, kind in enumerate(self.kinds[1:], start=3):
            self._add_kind(grid, row, kind)
        self.reset_kinds = QPushButton("Reset to de&faults")
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
            self.paper.currentIndexChanged,
            self.landscape.toggled,
            self.duplex.toggled,
            self.team_on_backs.toggled,
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
            row.reset(kind)

    def _changed(self) -> None:
        self._update_summary()
        self.changed.emit()

    def options(self, team_name: str) -> TokenOptions:
        return TokenOptions(
            people=self.people.value(),
            talk_per_person=self.talk.value(),
            respond_per_person=self.respond.value(),
            diameter_mm=self.diameter.value(),
            paper=Paper(self.paper.currentData()),
            landscape=self.landscape.isChecked(),
            duplex=self.duplex.isChecked(),
            talk=self.kinds[0].kind(),
            responses=tuple(row.kind() for row in self.kinds[1:] if row.included()),
            team=team_name if self.duplex.isChecked() and self.team_on_backs.isChecked() else "",
        )

    def printable_fields(self, team_name: str) -> Fields:
        options = self.options(team_name)
        kinds = ([options.talk] if options.talk_per_person else []) + (
            list(options.responses) if options.respond_per_person else []
        )
        fields: Fields = [(f"the token label “{short(k.label)}”", k.label) for k in kinds]
        if options.duplex:
            fields += [("the back of a token", k.back) for k in kinds]
        fields.append(("the team name", options.team))
        return fields

    def _update_summary(self) -> None:
        options = self.options("")
        counts = Counter(kind.label for kind in token_sequence(options))
        total = sum(counts.values())
        talk = counts.get(options.talk.label, 0) if options.talk_per_person else 0
        parts = [f"{talk} talk"] if talk else []
        responses = [counts[k.label] for k in options.responses if options.respond_per_person]
        if responses:
            low, high = min(responses), max(responses)
            each = f"{low}" if low == high else f"{low}–{high}"
            parts.append(f"{each} of each of {len(responses)} response kinds")
        self.summary.setText(f"{total} tokens: " + " and ".join(parts) if parts else "No tokens chosen.")
