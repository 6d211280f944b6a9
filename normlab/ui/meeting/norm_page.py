"""One norm on the projector: its wording, what was decided, the check that fires, its reasons in four
columns, the capture line (or a question asked in its place) and the legend of keys."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from normlab.domain.checks import warnings_for
from normlab.domain.codebook import CHECK_SENTENCES
from normlab.domain.model import Decision, Norm, Session
from normlab.domain.review import is_due
from normlab.ui.meeting.capture_bar import CaptureBar
from normlab.ui.meeting.legend import Legend
from normlab.ui.meeting.prompts import ConsensusPrompt, ReviewPrompt, short_day
from normlab.ui.meeting.reason_board import ReasonBoard
from normlab.ui.meeting.scale import Scale
from normlab.ui.widgets import style
from normlab.ui.widgets.i18n import fill, translator
from normlab.ui.widgets.words import check_sentence, consensus_text, warning_text, warning_title

tr = translator("Meeting")

OUTCOME_WORDS = {
    "keep": tr.noop("KEEP", "a decision, in capitals"),
    "revise": tr.noop("REVISE", "a decision, in capitals"),
    "retire": tr.noop("RETIRE", "a decision, in capitals"),
}


def decision_html(decision: Decision | None, norm: Norm, today: date, scale: Scale) -> str:
    parts = []
    if decision is None:
        parts.append(f"<span style='color:{style.MUTED}'>{escape(tr('No decision yet'))}</span>")
    else:
        consensus = f" ({escape(consensus_text(decision.consensus))})" if decision.consensus else ""
        decided = fill(tr("Decided: %1"), tr(OUTCOME_WORDS[decision.outcome.value]))
        parts.append(f"<b>{escape(decided)}</b>{consensus}")
    if norm.review_by is not None:
        due = escape(tr(" · due now")) if is_due(norm, today) else ""
        parts.append(f"<b>{escape(fill(tr('Review by %1'), short_day(norm.review_by)))}</b>{due}")
    else:
        parts.append(f"<span style='color:{style.MUTED}'>{escape(tr('no review date'))}</span>")
    return f"<span style='font-size:{scale.heading}px'>" + "  ·  ".join(parts) + "</span>"


def checks_html(norm: Norm, scale: Scale) -> str:
    """The checks that fire for the norm, each as its title and the codebook's one plain sentence."""
    warnings = warnings_for(norm)
    if not warnings:
        return ""
    lines = [
        f"⚠ <b>{escape(warning_title(w))}.</b> "
        + escape(check_sentence(w.kind) if w.kind.value in CHECK_SENTENCES else warning_text(w))
        for w in warnings[:2]
    ]
    return f"<span style='font-size:{scale.small}px'>" + "<br>".join(lines) + "</span>"


class WordingEditor(QLineEdit):
    """R: the norm's wording becomes editable where it stands; Enter keeps it, Esc or Tab does not."""

    done = Signal(bool)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.done.emit(True)
                return True
            if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                self.done.emit(False)
                return True
        return super().event(event)


class NormPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.where = QLabel()
        self.where.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.timer = QLabel()
        self.progress = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.where, 1)
        top.addWidget(self.timer)
        top.addSpacing(16)
        top.addWidget(self.progress)

        self.wording = QLabel()
        self.wording.setWordWrap(True)
        self.wording.setTextFormat(Qt.TextFormat.PlainText)
        self.wording.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        self.wording.setAccessibleName(tr("The norm"))
        self.reword = WordingEditor()
        self.reword.setAccessibleName(tr("New wording of the norm"))
        self.reword.hide()
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.checks = QLabel()
        self.checks.setWordWrap(True)
        self.checks.setObjectName("WarningBanner")
        self.board = ReasonBoard()
        self.capture = CaptureBar()
        self.review_prompt = ReviewPrompt()
        self.consensus_prompt = ConsensusPrompt()
        self.bottom = QStackedWidget()
        for widget in (self.capture, self.review_prompt, self.consensus_prompt):
            self.bottom.addWidget(widget)
        self.bottom.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.legend = Legend()

        self._layout = QVBoxLayout(self)
        self._layout.addLayout(top)
        self._layout.addWidget(self.wording)
        self._layout.addWidget(self.reword)
        self._layout.addWidget(self.state)
        self._layout.addWidget(self.checks)
        self._layout.addWidget(self.board, 1)
        self._layout.addWidget(self.bottom)
        self._layout.addWidget(self.message)
        self._layout.addWidget(self.legend)
        for field in (self.reword, self.capture.line):
            field.installEventFilter(self)
        self.scale = Scale(800)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self.legend.show_keys(self.typing(), self.scale)
        return False

    def typing(self) -> bool:
        """Is a line being typed in (the capture line, a new wording or a question)?"""
        focus = self.focusWidget()
        return focus is not None and focus.hasFocus() and focus is not self

    def apply_scale(self, scale: Scale) -> None:
        self.scale = scale
        gap = scale.gap
        self._layout.setContentsMargins(gap * 4, gap * 2, gap * 4, gap * 2)
        self._layout.setSpacing(gap * 2)
        big = f"font-size: {scale.wording}px; font-weight: 700;"
        self.wording.setStyleSheet(big)
        self.reword.setStyleSheet(big + f" padding: {gap}px; border: 3px solid {style.ACCENT};")
        for label in (self.where, self.timer, self.progress):
            label.setStyleSheet(f"font-size: {scale.heading}px; color: {style.MUTED};")
        self.progress.setStyleSheet(f"font-size: {scale.heading}px; font-weight: 800;")
        self.checks.setContentsMargins(gap * 2, gap, gap * 2, gap)
        self.message.setStyleSheet(f"font-size: {scale.small}px; color: {style.DUE}; font-weight: 600;")
        self.capture.apply_scale(scale)
        self.legend.show_keys(self.typing(), scale)

    def show_norm(
        self,
        *,
        team: str,
        session: Session,
        norm: Norm,
        number: int,
        total: int,
        selected: int | None,
    ) -> None:
        scale = self.scale
        present = fill(tr(" · %1 present"), session.attendance) if session.attendance is not None else ""
        self.where.setText(fill(tr("%1 · meeting of %2"), team, short_day(session.held_on)) + present)
        self.progress.setText(fill(tr("%1 of %2", "norm 3 of 8"), number, total))
        self.progress.setAccessibleName(fill(tr("Norm %1 of %2"), number, total))
        self.wording.setText(norm.text)
        decision = session.decision_for(norm.id)
        self.state.setText(decision_html(decision, norm, date.today(), scale))
        checks = checks_html(norm, scale)
        self.checks.setText(checks)
        self.checks.setVisible(bool(checks))
        self.board.show_norm(norm, scale, selected)

    def say(self, text: str) -> None:
        self.message.setText(text)

    def start_reword(self, text: str) -> None:
        self.reword.setText(text)
        self.wording.hide()
        self.reword.show()
        self.reword.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.reword.selectAll()

    def end_reword(self) -> None:
        self.reword.hide()
        self.wording.show()
