"""The rules of a ground-rules print: the team's norms, ticked and ordered, each with the reason
its because-line prints."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from normlab.domain.because import reasons_to_print
from normlab.domain.model import Norm, Rationale, Status
from normlab.printing.ground_rules import GroundRule, rule_for
from normlab.ui.printing.option_widgets import swatch
from normlab.ui.widgets import style
from normlab.ui.widgets.i18n import fill, translator
from normlab.ui.widgets.words import dimension_label, stance_label

tr = translator("Printing")


NORM_ID = Qt.ItemDataRole.UserRole
RATIONALE_ID = Qt.ItemDataRole.UserRole + 1
BECAUSE = Qt.ItemDataRole.UserRole + 2
RETIRED = Qt.ItemDataRole.UserRole + 3
NO_BECAUSE = -1
"""RATIONALE_ID of a rule printed without a because-line."""
AS_AGREED = -2
"""RATIONALE_ID of a rule printed with what the team's agreement gives (see domain/because): its
agreed reasons, else its first proposal that is not operational, else nothing."""


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
        second = fill(tr("because-line: %1"), because) if because else tr("no because-line")
        if retired:
            second = fill(tr("retired · %1"), second)

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
        self.list.setAccessibleName(tr("Rules to print"))
        self.list.setItemDelegate(RuleDelegate(self.list))
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setMinimumHeight(220)
        self.list.setToolTip(tr("Space ticks or unticks a rule; Alt+Up and Alt+Down move it"))
        self.list.itemChanged.connect(self._item_changed)
        self.list.model().rowsMoved.connect(self._moved)
        self.list.currentItemChanged.connect(self._show_choices)

        self.up = QPushButton(tr("Move &up"))
        self.down = QPushButton(tr("Move d&own"))
        self.up.clicked.connect(lambda: self.move_current(-1))
        self.down.clicked.connect(lambda: self.move_current(+1))
        for keys, delta in (("Alt+Up", -1), ("Alt+Down", +1)):
            shortcut = QShortcut(QKeySequence(keys), self.list)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda delta=delta: self.move_current(delta))
        self.count_label = QLabel(objectName="Muted")

        self.because = QComboBox()
        self.because.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.because.setMinimumContentsLength(12)
        self.because.activated.connect(self._because_chosen)
        because_label = QLabel(tr("Because-line for t&his rule:"))
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
                self.list.addItem(self._new_item(norm, AS_AGREED))
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
                    item = self._new_item(norm, AS_AGREED)
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
        if chosen is None or (chosen >= 0 and self._rationale(norm, chosen) is None):
            chosen = AS_AGREED
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
        if rationale_id == AS_AGREED:
            because = " · ".join(r.text for r in reasons_to_print(norm))
        else:
            rationale = next((r for r in norm.rationales if r.id == rationale_id), None)
            rationale_id = rationale.id if rationale else NO_BECAUSE
            because = rationale.text if rationale else ""
        item.setText(norm.text)
        item.setToolTip(norm.text + ("\n" + fill(tr("because-line: %1"), because) if because else ""))
        item.setData(NORM_ID, norm.id)
        item.setData(RATIONALE_ID, rationale_id)
        item.setData(BECAUSE, because)
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
        if item.data(RATIONALE_ID) == AS_AGREED:
            return rule_for(norm)
        rationale = self._rationale(norm, item.data(RATIONALE_ID))
        if rationale is None:
            return GroundRule(norm.text)
        return GroundRule(norm.text, rationale.text, rationale.dimension, review_by=norm.review_by)

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
        default = reasons_to_print(norm)
        shown = " · ".join(r.text for r in default) if default else tr("no because-line")
        what = tr("As agreed: %1") if norm.agreed() else tr("Default: %1")
        self.because.addItem(fill(what, shown), AS_AGREED)
        self.because.addItem(tr("No because-line"), NO_BECAUSE)
        for rationale in sorted(norm.rationales, key=lambda r: r.position):
            stance = tr("Agreed", "a reason") if rationale.agreed else stance_label(rationale.stance)
            label = fill(tr("%1 · %2: %3"), stance, dimension_label(rationale.dimension), rationale.text)
            self.because.addItem(swatch(style.dimension(rationale.dimension).strong), label, rationale.id)
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
        self.count_label.setText(fill(tr("%1 of %2 ticked"), ticked, self.list.count()))
