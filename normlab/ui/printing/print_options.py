"""The Print centre's options: ground rules (with the rules to print) and talk/response tokens.

Each panel turns its widgets into the printing package's options dataclass and says which texts
must be printable, so the dialog can warn about characters before any PDF is made.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QKeySequence, QPainter, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from normlab.domain.codebook import CODEBOOK
from normlab.domain.errors import NormlabError
from normlab.domain.model import Norm, Rationale, Status
from normlab.printing.errors import DoesNotFitError
from normlab.printing.ground_rules import (
    DEFAULT_TITLE,
    MAX_SHEET_RULES,
    GroundRule,
    GroundRulesOptions,
    Layout,
    chosen_rationale,
    render_ground_rules,
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
from normlab.ui.widgets import style

Fields = list[tuple[str, str]]
"""(what the text is, the text) pairs, for naming the field with unprintable characters."""

NORM_ID = Qt.ItemDataRole.UserRole
RATIONALE_ID = Qt.ItemDataRole.UserRole + 1
BECAUSE = Qt.ItemDataRole.UserRole + 2
RETIRED = Qt.ItemDataRole.UserRole + 3
NO_BECAUSE = -1
"""RATIONALE_ID of a rule printed without a because-line."""

MAX_POSTER_RULES = 8
"""A poster is a few rules in very large type; more than this is never tried by default."""


def short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


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


def paper_combo() -> QComboBox:
    combo = QComboBox()
    for paper in Paper:
        combo.addItem(paper.value, paper)
    return combo


def swatch(colour: str, size: QSize | None = None) -> QIcon:
    size = size or QSize(22, 16)
    pixmap = QPixmap(size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor(0, 0, 0, 60))
    painter.setBrush(QColor(colour))
    painter.drawRoundedRect(QRect(0, 0, size.width() - 1, size.height() - 1), 4, 4)
    painter.end()
    return QIcon(pixmap)


# --- the rules of a ground-rules print ------------------------------------------------------------


class RuleDelegate(QStyledItemDelegate):
    """A rule on one line and its because-line, smaller and muted, below; unchecked rules muted."""

    PADDING = 6

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        rule = opt.text
        opt.text = ""
        widget = opt.widget
        qstyle = widget.style() if widget is not None else QApplication.style()
        qstyle.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = qstyle.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        rect = rect.adjusted(4, self.PADDING, -self.PADDING, -self.PADDING)
        included = Qt.CheckState(index.data(Qt.ItemDataRole.CheckStateRole)) == Qt.CheckState.Checked
        retired = bool(index.data(RETIRED))
        because = index.data(BECAUSE) or ""
        second = f"because-line: {because}" if because else "no because-line"
        if retired:
            second = "retired · " + second

        painter.save()
        bold = QFont(opt.font)
        bold.setWeight(QFont.Weight.DemiBold)
        small = QFont(opt.font)
        small.setPointSizeF(max(7.0, opt.font.pointSizeF() * 0.86))
        top = QRect(rect.left(), rect.top(), rect.width(), rect.height() // 2)
        bottom = QRect(
            rect.left(), rect.top() + rect.height() // 2, rect.width(), rect.height() - rect.height() // 2
        )
        painter.setFont(bold)
        painter.setPen(QColor(style.TEXT if included else style.MUTED))
        elided = painter.fontMetrics().elidedText(rule, Qt.TextElideMode.ElideRight, top.width())
        painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided)
        painter.setFont(small)
        painter.setPen(QColor(style.MUTED))
        elided = painter.fontMetrics().elidedText(second, Qt.TextElideMode.ElideRight, bottom.width())
        painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        line = option.fontMetrics.height()
        return QSize(size.width(), 2 * line + 2 * self.PADDING + 4)


class RuleList(QWidget):
    """The team's norms, checkable and in print order, each with the rationale for its because-line."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.customised = False
        """Set once the person checks, unchecks or moves a rule; until then the layout picks them."""
        self._norms: dict[int, Norm] = {}
        self._quiet = False

        self.list = QListWidget()
        self.list.setAccessibleName("Rules to print")
        self.list.setItemDelegate(RuleDelegate(self.list))
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setMinimumHeight(220)
        self.list.setToolTip("Space ticks or unticks a rule; Alt+Up and Alt+Down move it")
        self.list.itemChanged.connect(self._item_changed)
        self.list.model().rowsMoved.connect(self._moved)
        self.list.currentItemChanged.connect(self._show_choices)

        self.up = QPushButton("Move &up")
        self.down = QPushButton("Move d&own")
        self.up.clicked.connect(lambda: self.move_current(-1))
        self.down.clicked.connect(lambda: self.move_current(+1))
        for keys, delta in (("Alt+Up", -1), ("Alt+Down", +1)):
            shortcut = QShortcut(QKeySequence(keys), self.list)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda delta=delta: self.move_current(delta))
        self.count_label = QLabel(objectName="Muted")

        self.because = QComboBox()
        self.because.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.because.setMinimumContentsLength(18)
        self.because.activated.connect(self._because_chosen)
        because_label = QLabel("Be&cause-line:")
        because_label.setBuddy(self.because)

        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        buttons.addWidget(self.up)
        buttons.addWidget(self.down)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        because_row = QHBoxLayout()
        because_row.addWidget(because_label)
        because_row.addWidget(self.because, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addLayout(because_row)
        self._update_controls()

    @contextmanager
    def _quietly(self) -> Iterator[None]:
        self._quiet = True
        try:
            yield
        finally:
            self._quiet = False

    # -- content ---------------------------------------------------------------------------------

    def set_norms(self, norms: Sequence[Norm]) -> None:
        """Show norms in team order, with their default because-lines, none ticked yet."""
        ordered = sorted(norms, key=lambda n: n.position)
        self._norms = {n.id: n for n in ordered}
        with self._quietly():
            self.list.clear()
            for norm in ordered:
                rationale = chosen_rationale(norm)
                self.list.addItem(self._new_item(norm, rationale.id if rationale else NO_BECAUSE))
        if self.list.count():
            self.list.setCurrentRow(0)
        self._update_controls()

    def update_norms(self, norms: Sequence[Norm]) -> None:
        """The team changed while the dialog was open. Untouched, the list starts again (the panel
        then ticks its defaults); otherwise the person's order, ticks and choices stay for the norms
        still there, deleted ones go and new ones are added, ticked, at the end."""
        choices = {item.data(NORM_ID): item.data(RATIONALE_ID) for item in self._items()}
        if not self.customised:
            current = self.list.currentRow()
            self.set_norms(norms)
            with self._quietly():
                for item in self._items():
                    self._keep_choice(item, self._norms[item.data(NORM_ID)], choices)
            self.list.setCurrentRow(min(max(current, 0), self.list.count() - 1))
            self._show_choices(self.list.currentItem())
            return
        fresh = {n.id: n for n in sorted(norms, key=lambda n: n.position)}
        with self._quietly():
            for row in reversed(range(self.list.count())):
                item = self.list.item(row)
                norm = fresh.get(item.data(NORM_ID))
                if norm is None:
                    self.list.takeItem(row)
                else:
                    self._keep_choice(item, norm, choices)
            shown = {self.list.item(row).data(NORM_ID) for row in range(self.list.count())}
            for norm in fresh.values():
                if norm.id not in shown:
                    rationale = chosen_rationale(norm)
                    item = self._new_item(norm, rationale.id if rationale else NO_BECAUSE)
                    item.setCheckState(
                        Qt.CheckState.Unchecked if norm.status is Status.RETIRED else Qt.CheckState.Checked
                    )
                    self.list.addItem(item)
        self._norms = fresh
        self._show_choices(self.list.currentItem())
        self._update_controls()

    def _keep_choice(self, item: QListWidgetItem, norm: Norm, choices: dict[int, int]) -> None:
        """Refill item from norm, keeping the because-line chosen before if that rationale is still there."""
        chosen = choices.get(norm.id)
        if chosen is None or (chosen != NO_BECAUSE and self._rationale(norm, chosen) is None):
            rationale = chosen_rationale(norm)
            chosen = rationale.id if rationale else NO_BECAUSE
        self._fill(item, norm, chosen)

    def _new_item(self, norm: Norm, rationale_id: int) -> QListWidgetItem:
        item = QListWidgetItem()
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemIsDragEnabled
        )
        item.setCheckState(Qt.CheckState.Unchecked)
        self._fill(item, norm, rationale_id)
        return item

    def _fill(self, item: QListWidgetItem, norm: Norm, rationale_id: int) -> None:
        rationale = next((r for r in norm.rationales if r.id == rationale_id), None)
        item.setText(norm.text)
        item.setToolTip(norm.text + (f"\nbecause-line: {rationale.text}" if rationale else ""))
        item.setData(NORM_ID, norm.id)
        item.setData(RATIONALE_ID, rationale.id if rationale else NO_BECAUSE)
        item.setData(BECAUSE, rationale.text if rationale else "")
        item.setData(RETIRED, norm.status is Status.RETIRED)

    def default_ids(self, limit: int) -> list[int]:
        """The first `limit` norms that are not retired, in team order."""
        norms = sorted(self._norms.values(), key=lambda n: n.position)
        return [n.id for n in norms if n.status is not Status.RETIRED][:limit]

    def check_first(self, count: int) -> None:
        """Tick the first `count` norms that are not retired (in team order), untick the rest."""
        wanted = set(self.default_ids(count))
        with self._quietly():
            for item in self._items():
                checked = item.data(NORM_ID) in wanted
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self._update_controls()

    def default_candidates(self) -> list[GroundRule]:
        """The rules a layout picks from by default: non-retired norms in team order."""
        items = {item.data(NORM_ID): item for item in self._items()}
        return [self._rule(items[i]) for i in self.default_ids(len(items)) if i in items]

    def rules(self) -> tuple[GroundRule, ...]:
        """The ticked rules in list order, each with its chosen because-line."""
        return tuple(self._rule(item) for item in self._items() if item.checkState() == Qt.CheckState.Checked)

    def checked_ids(self) -> list[int]:
        return [item.data(NORM_ID) for item in self._items() if item.checkState() == Qt.CheckState.Checked]

    def _rule(self, item: QListWidgetItem) -> GroundRule:
        norm = self._norms[item.data(NORM_ID)]
        rationale = self._rationale(norm, item.data(RATIONALE_ID))
        if rationale is None:
            return GroundRule(norm.text)
        return GroundRule(norm.text, rationale.text, rationale.dimension)

    @staticmethod
    def _rationale(norm: Norm, rationale_id: int) -> Rationale | None:
        return next((r for r in norm.rationales if r.id == rationale_id), None)

    def _items(self) -> Iterator[QListWidgetItem]:
        return (self.list.item(row) for row in range(self.list.count()))

    # -- editing ---------------------------------------------------------------------------------

    def move_current(self, delta: int) -> None:
        row = self.list.currentRow()
        target = row + delta
        if row < 0 or not 0 <= target < self.list.count():
            return
        with self._quietly():
            item = self.list.takeItem(row)
            self.list.insertItem(target, item)
            self.list.setCurrentRow(target)
        self._touched()

    def set_because(self, row: int, rationale_id: int) -> None:
        item = self.list.item(row)
        norm = self._norms[item.data(NORM_ID)]
        with self._quietly():
            self._fill(item, norm, rationale_id)
        if item is self.list.currentItem():
            self._show_choices(item)
        self.changed.emit()

    def _item_changed(self, _item: QListWidgetItem) -> None:
        if not self._quiet:
            self._touched()

    def _moved(self, *_: object) -> None:
        if not self._quiet:
            self._touched()

    def _touched(self) -> None:
        self.customised = True
        self._update_controls()
        self.changed.emit()

    def _show_choices(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None = None) -> None:
        self.because.clear()
        if item is None:
            self._update_controls()
            return
        norm = self._norms[item.data(NORM_ID)]
        self.because.addItem("No because-line", NO_BECAUSE)
        for rationale in sorted(norm.rationales, key=lambda r: r.position):
            entry = CODEBOOK[rationale.dimension]
            label = f"{rationale.stance.label} · {entry.label}: {rationale.text}"
            self.because.addItem(swatch(entry.colour), label, rationale.id)
            self.because.setItemData(self.because.count() - 1, rationale.text, Qt.ItemDataRole.ToolTipRole)
        self.because.setCurrentIndex(max(0, self.because.findData(item.data(RATIONALE_ID))))
        self._update_controls()

    def _because_chosen(self, index: int) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.set_because(row, self.because.itemData(index))

    def _update_controls(self) -> None:
        row = self.list.currentRow()
        self.up.setEnabled(row > 0)
        self.down.setEnabled(0 <= row < self.list.count() - 1)
        self.because.setEnabled(row >= 0)
        ticked = len(self.checked_ids())
        self.count_label.setText(f"{ticked} of {self.list.count()} ticked")


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
        self.title = QLineEdit(DEFAULT_TITLE)
        self.title.setPlaceholderText(DEFAULT_TITLE)
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
        self.because_word = QLineEdit("because")
        self.because_word.setToolTip(
            "Printed in bold before each because-line; use your language's word, or leave it empty"
        )
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
        ):
            signal.connect(self.changed)
        self.show_date.toggled.connect(self.date.setEnabled)
        self.choose_default_rules()

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

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
            title=self.title.text().strip() or DEFAULT_TITLE,
            team=team_name if self.show_team.isChecked() else "",
            date=_to_date(self.date.date()) if self.show_date.isChecked() else None,
            badges=self.badges.isChecked(),
            because_word=self.because_word.text().strip(),
        )

    def printable_fields(self, team_name: str) -> Fields:
        options = self.options(team_name)
        fields: Fields = [("the title", options.title), ("the team name", options.team)]
        for rule in options.rules:
            fields.append((f"the rule “{short(rule.text)}”", rule.text))
            fields.append((f"the because-line of “{short(rule.text)}”", rule.because))
        fields.append(("the because-word", options.because_word))
        return fields


def _to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


# --- tokens ---------------------------------------------------------------------------------------


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
