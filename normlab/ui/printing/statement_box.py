"""The team's pre-brief statement, edited where its card is previewed.

What is typed prints at once. It is kept for the team (one undoable step in the main window) when
the person leaves the field, presses Keep, or closes the Print centre. If someone else changed the
team's statement meanwhile, nothing is overwritten: the typed words stay and print, and only an
explicit Keep replaces the other statement.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from normlab.domain.model import Prebrief
from normlab.domain.text import ATTRIBUTION, PREBRIEF_STATEMENT, normalise
from normlab.printing.furniture import furniture
from normlab.printing.prebrief import DEFAULT_STATEMENT
from normlab.ui.widgets.i18n import fill, number_text, translator

tr = translator("Printing")


_STAYING = (Qt.FocusReason.PopupFocusReason, Qt.FocusReason.ActiveWindowFocusReason)
"""Focus that leaves for a menu or another window comes back: nothing to keep yet."""


class StatementEdit(QPlainTextEdit):
    """A plain text field that says when the person has left it."""

    left = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() not in _STAYING:
            self.left.emit()


class StatementBox(QGroupBox):
    changed = Signal()
    """The typed statement changed (the preview follows)."""
    keep_requested = Signal(object)
    """A ``Prebrief`` to keep for the team; answer with ``kept(ok)``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("The team's pre-brief statement"), parent)
        self.stored = Prebrief()
        self.refused = False
        self.text = StatementEdit()
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(tr("Pre-brief statement"))
        self.text.setToolTip(
            tr("What everyone hears before the session starts. Empty: normlab's own wording (shown in grey).")
        )
        self.attribution = QLineEdit()
        self.attribution.setMaxLength(ATTRIBUTION.limit)
        self.attribution.setPlaceholderText(tr("Where a pasted text comes from (optional)"))
        self.attribution.setToolTip(
            tr(
                "Printed under the statement, for a standard text such as a simulation centre's Basic Assumption"
            )
        )
        self.keep = QPushButton(tr("&Keep for this team"))
        self.keep.setToolTip(
            tr("Keep these words for the team's next cards (Edit ▸ Undo in the main window)")
        )
        self.use_default = QPushButton(tr("&Use normlab's wording"))
        self.state = QLabel(objectName="Muted")
        self.state.setWordWrap(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self._label(tr("Stat&ement:"), self.text), self.text)
        form.addRow(self._label(tr("Attr&ibution:"), self.attribution), self.attribution)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep)
        buttons.addWidget(self.use_default)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.state)

        self.text.textChanged.connect(self._typed)
        self.attribution.textChanged.connect(self._typed)
        self.text.left.connect(self._left)
        self.attribution.editingFinished.connect(self._left)
        self.keep.clicked.connect(self._keep)
        self.use_default.clicked.connect(self._use_default)
        self.set_language("en")
        self._fit_height()
        self._update_state()

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _fit_height(self) -> None:
        lines = 4
        self.text.setFixedHeight(
            self.text.fontMetrics().lineSpacing() * lines + int(self.text.document().documentMargin() * 2) + 6
        )

    def set_language(self, language: str) -> None:
        """normlab's wording in the printed language, as the placeholder of an empty statement."""
        self.text.setPlaceholderText(furniture(language)(DEFAULT_STATEMENT))

    # -- what is typed and what is kept ----------------------------------------------------------

    def typed(self) -> Prebrief:
        return Prebrief(normalise(self.text.toPlainText()), normalise(self.attribution.text()))

    def dirty(self) -> bool:
        return self.typed() != self.stored

    def problem(self) -> str | None:
        """Why the typed statement cannot be printed or kept, in one line."""
        statement = self.typed().statement
        if len(statement) > PREBRIEF_STATEMENT.limit:
            return fill(
                tr("the pre-brief statement is %1 characters long; it can be at most %2"),
                number_text(len(statement)),
                number_text(PREBRIEF_STATEMENT.limit),
            )
        return None

    def show_stored(self, prebrief: Prebrief) -> None:
        """The team's statement as stored now; what the person typed and did not keep stays."""
        if not self.dirty():
            self._fill(prebrief)
        self.stored = prebrief
        self._update_state()

    def _fill(self, prebrief: Prebrief) -> None:
        if self.text.toPlainText() != prebrief.statement:
            self.text.setPlainText(prebrief.statement)
        if self.attribution.text() != prebrief.attribution:
            self.attribution.setText(prebrief.attribution)
            self.attribution.setCursorPosition(0)

    def kept(self, ok: bool) -> None:
        """The answer to ``keep_requested``: stored, or refused (someone else changed it first)."""
        self.refused = not ok
        if ok:
            self.stored = self.typed()
        self._update_state()

    def keep_if_typed(self) -> None:
        """Closing: keep what was typed, unless keeping was refused and not asked for again."""
        if self.dirty() and not self.refused and self.problem() is None:
            self.keep_requested.emit(self.typed())

    def _typed(self) -> None:
        self._update_state()
        self.changed.emit()

    def _left(self) -> None:
        self.keep_if_typed()

    def _keep(self) -> None:
        if self.dirty() and self.problem() is None:
            self.refused = False
            self.keep_requested.emit(self.typed())

    def _use_default(self) -> None:
        self._fill(Prebrief())
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.stored:
            self.refused = False
            self.keep_requested.emit(Prebrief())

    def _update_state(self) -> None:
        dirty = self.dirty()
        self.keep.setEnabled(dirty and self.problem() is None)
        self.use_default.setEnabled(bool(self.typed()) or bool(self.stored))
        if self.refused and dirty:
            text = tr(
                "Not kept: someone else changed this team's statement meanwhile. Yours still prints "
                "here; Keep for this team replaces theirs."
            )
        elif dirty:
            text = tr("Prints as typed; kept for the team when you leave the field, or with Keep.")
        elif self.stored:
            text = tr("Kept for this team: its next cards start with it.")
        else:
            text = tr("normlab's own wording prints (in grey). Type or paste your team's own to keep it.")
        self.state.setText(text)
