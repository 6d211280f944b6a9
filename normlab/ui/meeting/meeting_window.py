"""The meeting screen: one norm at a time, full screen, driven by the keyboard while people talk.

The meeting itself is a service use case (``services.meetings``): this window only shows the stored
meeting and turns keys into the same undoable commands the editor uses. Single-letter keys act only
while no line is being typed in; Esc or Tab leave a line, Enter or Tab go back into the capture line.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from normlab.domain.errors import NormlabError, NotFoundError
from normlab.domain.model import Dimension, Norm, Outcome, Rationale, Session, Status, Team
from normlab.services import meetings
from normlab.services.changes import Change
from normlab.ui.editor.editor import Editor
from normlab.ui.meeting.meeting_commands import EndMeeting
from normlab.ui.meeting.meeting_ops import MeetingOps
from normlab.ui.meeting.norm_page import NormPage
from normlab.ui.meeting.reason_board import reading_order
from normlab.ui.meeting.scale import Scale
from normlab.ui.meeting.summary_page import SummaryPage
from normlab.ui.meeting.time_box import TimeBox
from normlab.ui.widgets import style
from normlab.ui.widgets.i18n import fill, translator

tr = translator("Meeting")

DIMENSIONS = tuple(Dimension)
DIGITS = {Qt.Key.Key_1: 0, Qt.Key.Key_2: 1, Qt.Key.Key_3: 2, Qt.Key.Key_4: 3}
LETTERS = {Qt.Key.Key_O: Dimension.OPERATIONAL, Qt.Key.Key_S: Dimension.DISCUSSIONAL}
DECISIONS = {Qt.Key.Key_K: Outcome.KEEP, Qt.Key.Key_V: Outcome.REVISE, Qt.Key.Key_X: Outcome.RETIRE}


def meeting_norms(team: Team, session: Session) -> list[int]:
    """The norms the meeting takes: its agenda (those still there), else every norm not retired."""
    ids = {n.id for n in team.norms}
    agenda = [i for i in session.agenda if i in ids]
    return agenda or [n.id for n in team.norms if n.status is not Status.RETIRED]


class MeetingWindow(QWidget):
    left = Signal()
    """The window closed (Ctrl+W, or the meeting ended): the main window takes over again."""
    printRequested = Signal(int)
    """Print the agreed ground rules of this team."""

    def __init__(self, editor: Editor, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.editor = editor
        self.session_id = session_id
        self.session = meetings.get_session(editor.ws, session_id)
        self.team = editor.ws.team(self.session.team_id)
        self.norm_ids = meeting_norms(self.team, self.session)
        self.index = self._first_open()
        self._selected: int | None = None
        self.scale = Scale(max(600, self.height()))
        self.setObjectName("Meeting")
        self.setWindowTitle(fill(tr("Meeting — %1 — normlab"), self.team.name))
        self.setStyleSheet(f"#Meeting {{ background: {style.SURFACE}; }}")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(640, 400)

        self.page = NormPage()
        self.summary = SummaryPage()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.page)
        self.stack.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.ops = MeetingOps(self, editor, self.page.say)
        self.time_box = TimeBox(self.session.time_box, self.page.timer, self)
        self._wire()
        self.page.apply_scale(self.scale)
        self.render()
        QTimer.singleShot(0, self.focus_capture)

    # -- wiring ----------------------------------------------------------------------------------

    def _wire(self) -> None:
        page = self.page
        page.capture.submitted.connect(self.ops.add_reason)
        page.capture.line.leave.connect(self.focus_commands)
        page.capture.line.altKey.connect(self._alt_key)
        page.reword.done.connect(self._reword_done)
        page.review_prompt.chosen.connect(self._review_chosen)
        page.review_prompt.cancelled.connect(self._close_prompt)
        page.consensus_prompt.chosen.connect(self._consensus_chosen)
        page.consensus_prompt.cancelled.connect(self._close_prompt)
        self.summary.backRequested.connect(lambda: self.go(len(self.norm_ids) - 1))
        self.summary.printRequested.connect(lambda: self.printRequested.emit(self.team.id))
        self.summary.endRequested.connect(self.end_meeting)
        self.editor.changes.changed.connect(self._changed)
        for keys, slot in (
            (QKeySequence.StandardKey.Undo, self.editor.stack.undo),
            ("Ctrl+Shift+Z", self.editor.stack.redo),
            (QKeySequence.StandardKey.Redo, self.editor.stack.redo),
            ("Ctrl+W", self.close),
            (QKeySequence.StandardKey.ZoomIn, lambda: self.zoom(1)),
            ("Ctrl+=", lambda: self.zoom(1)),
            (QKeySequence.StandardKey.ZoomOut, lambda: self.zoom(-1)),
            ("Ctrl+0", lambda: self.zoom(0)),
        ):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

    # -- what is shown -----------------------------------------------------------------------------

    def _first_open(self) -> int:
        decided = {d.norm_id for d in self.session.decisions}
        return next((i for i, n in enumerate(self.norm_ids) if n not in decided), 0)

    def current_norm(self) -> Norm | None:
        if not 0 <= self.index < len(self.norm_ids):
            return None
        return self.team.norm(self.norm_ids[self.index])

    def selected_rationale(self) -> Rationale | None:
        norm = self.current_norm()
        return norm.rationale(self._selected) if norm is not None and self._selected is not None else None

    def select(self, rationale_id: int | None) -> None:
        self._selected = rationale_id
        self.render()

    def on_summary(self) -> bool:
        return self.stack.currentWidget() is self.summary

    def render(self) -> None:
        norm = self.current_norm()
        if norm is None:
            self.stack.setCurrentWidget(self.summary)
            self.summary.show_summary(self.team, self.session, self.scale)
            self.time_box.stop()
            return
        self.stack.setCurrentWidget(self.page)
        if self.selected_rationale() is None:
            self._selected = None
        self.page.show_norm(
            team=self.team.name,
            session=self.session,
            norm=norm,
            number=self.index + 1,
            total=len(self.norm_ids),
            selected=self._selected,
        )
        self.time_box.show_norm(norm.id)

    def reload(self) -> None:
        try:
            self.session = meetings.get_session(self.editor.ws, self.session_id)
            self.team = self.editor.ws.team(self.session.team_id)
        except NotFoundError:
            self.close()
            return
        ids = {n.id for n in self.team.norms}
        current = self.norm_ids[self.index] if 0 <= self.index < len(self.norm_ids) else None
        self.norm_ids = [i for i in self.norm_ids if i in ids] or meeting_norms(self.team, self.session)
        if current in self.norm_ids:
            self.index = self.norm_ids.index(current)
        self.render()

    def _changed(self, change: Change) -> None:
        if change.team_id == self.team.id or change.session_id == self.session_id:
            self.reload()

    def go(self, index: int) -> None:
        """Show the norm at ``index`` of the agenda; one past the last is the summary."""
        self.index = max(0, min(index, len(self.norm_ids)))
        self._selected = None
        self.page.say("")
        self.render()
        self.focus_commands()

    def zoom(self, step: int) -> None:
        self.scale = self.scale.zoomed(step)
        self.page.apply_scale(self.scale)
        self.render()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.scale.height != event.size().height():
            self.scale = self.scale.at_height(event.size().height())
            self.page.apply_scale(self.scale)
            self.render()

    def painted_widget(self) -> QWidget:
        """What shows the meeting now: the norm's reasons, or the summary."""
        return self.page.board if not self.on_summary() else self.summary

    # -- typing and keys -----------------------------------------------------------------------------

    def focus_capture(self) -> None:
        if not self.on_summary():
            self.page.bottom.setCurrentWidget(self.page.capture)
            self.page.capture.line.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.page.legend.show_keys(True, self.scale)

    def focus_commands(self) -> None:
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.page.legend.show_keys(False, self.scale)

    def _close_prompt(self) -> None:
        self.page.bottom.setCurrentWidget(self.page.capture)
        self.focus_commands()

    def _alt_key(self, key: int) -> None:
        if key in DIGITS:
            self.page.capture.set_dimension(DIMENSIONS[DIGITS[key]])  # type: ignore[index]
        elif key == Qt.Key.Key_H:
            self.page.capture.toggle_stance()
        elif key == Qt.Key.Key_P:
            self.ops.pick_role(self.page.capture.chips, self.page.capture.set_voice)
            self.page.capture.line.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.on_summary():
            self._summary_key(event)
            return
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            super().keyPressEvent(event)
            return
        if not self._command_key(Qt.Key(event.key())):
            super().keyPressEvent(event)

    def _command_key(self, key: Qt.Key) -> bool:
        ops = self.ops
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab):
            self.focus_capture()
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown):
            self.go(self.index + 1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp):
            self.go(self.index - 1)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._walk(-1 if key == Qt.Key.Key_Up else 1)
        elif key == Qt.Key.Key_Escape:
            self.select(None)
        elif key in DIGITS:
            ops.set_dimension(DIMENSIONS[DIGITS[key]])
        elif key in LETTERS:
            ops.set_dimension(LETTERS[key])
        elif key == Qt.Key.Key_I:
            rationale = self.selected_rationale()
            current = rationale.dimension if rationale is not None else self.page.capture.dimension
            twice = current is Dimension.INTERPERSONAL
            ops.set_dimension(Dimension.IDEATIONAL if twice else Dimension.INTERPERSONAL)
        elif key == Qt.Key.Key_H:
            ops.toggle_stance()
        elif key == Qt.Key.Key_P:
            if self.selected_rationale() is None:
                self.page.say(tr("Pick a reason first: ↑ and ↓ walk through them."))
            else:
                ops.pick_role(self.page.board, ops.set_role)
        elif key == Qt.Key.Key_A:
            ops.agree()
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            ops.delete()
        elif key == Qt.Key.Key_R:
            norm = self.current_norm()
            if norm is not None:
                self.page.start_reword(norm.text)
                self.page.legend.show_keys(True, self.scale)
        elif key in DECISIONS:
            ops.decide(DECISIONS[key])
        elif key == Qt.Key.Key_C:
            self._open_consensus()
        elif key == Qt.Key.Key_D:
            self.page.bottom.setCurrentWidget(self.page.review_prompt)
            self.page.review_prompt.open(self.session.held_on, self.scale)
            self.page.legend.show_keys(True, self.scale)
        elif key == Qt.Key.Key_T:
            norm = self.current_norm()
            if norm is not None:
                self.time_box.restart(norm.id)
        elif key == Qt.Key.Key_E:
            self.go(len(self.norm_ids))
        else:
            return False
        return True

    def _summary_key(self, event: QKeyEvent) -> None:
        """On the summary: ← back to the norms, P print the agreed ground rules, Enter end the meeting."""
        key = event.key()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp):
            self.go(len(self.norm_ids) - 1)
        elif key == Qt.Key.Key_P:
            self.printRequested.emit(self.team.id)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.end_meeting()
        else:
            super().keyPressEvent(event)

    def _walk(self, step: int) -> None:
        norm = self.current_norm()
        if norm is None:
            return
        order = [r.id for r in reading_order(norm)]
        if not order:
            self.page.say(tr("No reasons yet: Enter, type what someone says, Enter."))
            return
        if self._selected not in order:
            self.select(order[0] if step > 0 else order[-1])
        else:
            self.select(order[(order.index(self._selected) + step) % len(order)])

    # -- answers to the questions asked in place ------------------------------------------------

    def _reword_done(self, keep: bool) -> None:
        text = self.page.reword.text()
        self.page.end_reword()
        if keep:
            self.ops.reword(text)
        self.focus_commands()

    def _review_chosen(self, day: object) -> None:
        self._close_prompt()
        self.ops.review(day)  # type: ignore[arg-type]

    def _open_consensus(self) -> None:
        norm = self.current_norm()
        if norm is None:
            return
        decision = self.session.decision_for(norm.id)
        current = self.ops.pending_consensus.get(norm.id) or (decision.consensus if decision else None)
        self.page.bottom.setCurrentWidget(self.page.consensus_prompt)
        self.page.consensus_prompt.open(current, self.scale)
        self.page.legend.show_keys(True, self.scale)

    def _consensus_chosen(self, consensus: object) -> None:
        self._close_prompt()
        self.ops.record_consensus(consensus)  # type: ignore[arg-type]

    # -- ending ------------------------------------------------------------------------------------

    def end_meeting(self) -> None:
        if self.editor.push(
            EndMeeting(self.editor.ws, self.session_id, self.session.held_on), on_error=self._failed
        ):
            self.close()

    def _failed(self, what: str, exc: NormlabError) -> None:
        self.page.say(f"{what}: {exc}")

    def closeEvent(self, event: QCloseEvent) -> None:
        self.time_box.stop()
        self.editor.changes.changed.disconnect(self._changed)
        super().closeEvent(event)
        self.left.emit()
