"""Copy a starter set: pick a set, see its norms and their reasons, choose which norms, and copy them
into the team you are in or into a new team."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from normlab.domain.model import Team
from normlab.ui.widgets.i18n import fill, translator
from normlab.ui.widgets.sizing import size_dialog
from normlab.ui.widgets.words import dimension_label, library_text, stance_label

tr = translator("StarterSets")

NORM_ID = Qt.ItemDataRole.UserRole


@dataclass(frozen=True, slots=True)
class StarterChoice:
    set_id: str
    new_team: str | None
    """The new team's name, or None to add the norms to the current team."""
    norm_ids: tuple[int, ...]
    """Which of the set's norms (their ids in the set) to copy."""


class StarterSetDialog(QDialog):
    """Pick a starter set, see what it holds, tick the norms to copy and say where they go."""

    def __init__(
        self,
        sets: Sequence[StarterSetLike],
        suggest_name: Callable[[str], str],
        parent: QWidget | None = None,
        *,
        current_team: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Copy a starter set"))
        self._suggest = suggest_name
        self._sets = list(sets)
        intro = QLabel(
            tr(
                "Ready-made norms with the reasons people commonly give for them. Tick the norms you want; "
                "each comes with its reasons."
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget(objectName="StarterList")
        self.list.setWordWrap(True)
        self.list.setSpacing(4)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setAccessibleName(tr("Starter sets"))
        self.list.setAccessibleDescription(tr("Choose a set to see its norms beside the list"))
        for item_set in self._sets:
            count = tr("%Ln norm(s)", n=item_set.norm_count)
            title = fill(
                tr("%1  ·  %2", "a starter set's title  ·  its number of norms"),
                library_text(item_set.title),
                count,
            )
            item = QListWidgetItem(f"{title}\n{library_text(item_set.description)}")
            item.setData(Qt.ItemDataRole.UserRole, item_set.id)
            self.list.addItem(item)
        self.preview = QTreeWidget()
        self.preview.setHeaderLabel(tr("Its norms and reasons"))
        self.preview.setAccessibleName(tr("Norms of the starter set"))
        self.preview.setAccessibleDescription(tr("Space ticks or unticks a norm; ticked norms are copied"))
        self.preview.setWordWrap(True)
        self.preview.setUniformRowHeights(False)

        self.into_current = QRadioButton(
            fill(tr("&Add them to this team, “%1”"), current_team)
            if current_team
            else tr("&Add them to this team")
        )
        self.into_current.setEnabled(current_team is not None)
        self.into_current.setToolTip(tr("The norms are added after the norms the team has"))
        self.into_new = QRadioButton(tr("Into a &new team called:"))
        self.into_new.setToolTip(tr("A new team is made with the chosen norms"))
        self.name = QLineEdit(accessibleName=tr("New team's name"))
        self.name.setAccessibleDescription(tr("The name of the team the norms are copied into"))
        self.where = QButtonGroup(self)
        self.where.addButton(self.into_current)
        self.where.addButton(self.into_new)
        (self.into_current if current_team is not None else self.into_new).setChecked(True)
        new_row = QHBoxLayout()
        new_row.addWidget(self.into_new)
        new_row.addWidget(self.name, 1)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.list)
        splitter.addWidget(self.preview)
        splitter.setSizes([300, 420])
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.into_current)
        layout.addLayout(new_row)
        layout.addWidget(self.buttons)
        size_dialog(self, 41, 30, min_width=41, min_height=30)

        self.list.currentRowChanged.connect(self._picked)
        self.name.textChanged.connect(self._check)
        self.name.textEdited.connect(lambda _text: self.into_new.setChecked(True))
        self.where.buttonToggled.connect(lambda *_: self._check())
        self.preview.itemChanged.connect(lambda *_: self._check())
        if self._sets:
            self.list.setCurrentRow(0)
        self._check()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.preview.doItemsLayout()  # rows sized for the width the tree really has

    def _picked(self, row: int) -> None:
        self.preview.clear()
        if not 0 <= row < len(self._sets):
            return
        chosen = self._sets[row]
        self.name.setText(self._suggest(chosen.title))
        with_blocked(self.preview, lambda: fill_preview(self.preview, chosen.team))
        self._check()

    def chosen_ids(self) -> tuple[int, ...]:
        items = (self.preview.topLevelItem(i) for i in range(self.preview.topLevelItemCount()))
        return tuple(item.data(0, NORM_ID) for item in items if item.checkState(0) == Qt.CheckState.Checked)

    def _check(self) -> None:
        count = len(self.chosen_ids())
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        where_ok = self.into_current.isChecked() or bool(self.name.text().strip())
        ok.setEnabled(self.list.currentRow() >= 0 and count > 0 and where_ok)
        if self.into_current.isChecked():
            ok.setText(tr("Copy %n norm(s) into this team", n=count))
        else:
            ok.setText(tr("Copy %n norm(s) into a new team", n=count))

    def values(self) -> StarterChoice:
        new_team = None if self.into_current.isChecked() else self.name.text().strip()
        return StarterChoice(self._sets[self.list.currentRow()].id, new_team, self.chosen_ids())

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        sets: Sequence[StarterSetLike],
        suggest_name: Callable[[str], str],
        current_team: str | None = None,
    ) -> StarterChoice | None:
        dialog = cls(sets, suggest_name, parent, current_team=current_team)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.values()


class StarterSetLike(Protocol):
    """What the dialog reads of a starter set (``normlab.services.library.StarterSet``)."""

    @property
    def id(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def description(self) -> str: ...
    @property
    def team(self) -> Team: ...
    @property
    def norm_count(self) -> int: ...


def fill_preview(tree: QTreeWidget, team: Team) -> None:
    """Each norm, ticked, with its reasons below it: dimension, held or proposed, the words."""
    for norm in team.norms:
        item = QTreeWidgetItem([norm.text])
        item.setData(0, NORM_ID, norm.id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(0, Qt.CheckState.Checked)
        item.setToolTip(0, f"<qt>{escape(norm.text)}</qt>")
        for rationale in norm.rationales:
            child = QTreeWidgetItem(
                [
                    fill(
                        tr("%1 · %2: %3", "a reason: its dimension · held or proposed: its words"),
                        dimension_label(rationale.dimension),
                        stance_label(rationale.stance).lower(),
                        rationale.text,
                    )
                ]
            )
            child.setFlags(Qt.ItemFlag.ItemIsEnabled)
            child.setToolTip(0, f"<qt>{escape(rationale.text)}</qt>")
            item.addChild(child)
        tree.addTopLevelItem(item)
    tree.expandAll()


def with_blocked(widget: QWidget, action: Callable[[], None]) -> None:
    blocked = widget.blockSignals(True)
    try:
        action()
    finally:
        widget.blockSignals(blocked)
