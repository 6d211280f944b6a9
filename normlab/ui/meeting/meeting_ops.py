"""What each key of the meeting screen does: one undoable command of the editor (or the meeting's own),
pushed on the editor's stack, so Ctrl+Z works the same here and in the main window."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QMenu, QWidget

from normlab.domain.errors import NormlabError
from normlab.domain.meeting import earlier_roles
from normlab.domain.model import (
    MAX_AGREED,
    Consensus,
    Dimension,
    Norm,
    Outcome,
    Rationale,
    RationaleDraft,
    Stance,
)
from normlab.ui.editor.agreement_commands import SetReviewBy, ToggleAgreed
from normlab.ui.editor.commands import WorkspaceCommand
from normlab.ui.editor.norm_commands import RewordNorm
from normlab.ui.editor.rationale_commands import (
    AddRationale,
    DeleteRationale,
    EditRationale,
    MoveRationale,
    SetStance,
)
from normlab.ui.meeting.meeting_commands import Decide
from normlab.ui.widgets.i18n import fill, translator
from normlab.ui.widgets.words import consensus_text

tr = translator("Meeting")

if TYPE_CHECKING:
    from normlab.ui.editor.editor import Editor
    from normlab.ui.meeting.meeting_window import MeetingWindow


class MeetingOps:
    def __init__(self, window: MeetingWindow, editor: Editor, say: Callable[[str], None]) -> None:
        self._window = window
        self._editor = editor
        self._say = say
        self.pending_consensus: dict[int, Consensus] = {}
        """A consensus check entered before the decision it belongs to, per norm."""

    @property
    def ws(self):
        return self._editor.ws

    def _push(self, command: WorkspaceCommand) -> bool:
        def report(what: str, exc: NormlabError) -> None:
            self._say(f"{what}: {exc}")

        ok = self._editor.push(command, on_error=report)
        if ok:
            self._say("")
        return ok

    def _context(self) -> tuple[Norm, int] | None:
        norm = self._window.current_norm()
        return (norm, self._window.session_id) if norm is not None else None

    def _selected(self) -> tuple[Norm, Rationale] | None:
        norm = self._window.current_norm()
        rationale = self._window.selected_rationale()
        if norm is None or rationale is None:
            self._say(tr("Pick a reason first: ↑ and ↓ walk through them."))
            return None
        return norm, rationale

    # -- reasons ---------------------------------------------------------------------------------

    def add_reason(self, text: str) -> None:
        context = self._context()
        if context is None:
            return
        bar = self._window.page.capture
        command = AddRationale(
            self.ws, context[0], RationaleDraft(text, bar.dimension, bar.stance, bar.voice)
        )
        if self._push(command):
            bar.clear_line()
            self._window.select(command.rationale_id)

    def set_dimension(self, dimension: Dimension) -> None:
        found = self._window.current_norm(), self._window.selected_rationale()
        norm, rationale = found
        if norm is None:
            return
        if rationale is None:
            self._window.page.capture.set_dimension(dimension)
            return
        if rationale.dimension is not dimension:
            self._push(MoveRationale(self.ws, norm.team_id, rationale, dimension))

    def toggle_stance(self) -> None:
        found = self._selected()
        if found is not None:
            norm, rationale = found
            stance = Stance.PROPOSED if rationale.stance is Stance.HELD else Stance.HELD
            self._push(SetStance(self.ws, norm.team_id, rationale, stance))

    def roles(self) -> list[str]:
        session = self._window.session
        team = self._window.team
        named = list(session.role_list)
        return named + [r for r in earlier_roles(team) if r.casefold() not in {n.casefold() for n in named}]

    def pick_role(self, anchor: QWidget, apply: Callable[[str], None]) -> None:
        """A menu of the roles named so far (1…9 pick one); the choice goes to ``apply``."""
        menu = QMenu(anchor)
        menu.addAction(tr("&0  nobody in particular"), lambda: apply(""))
        for number, role in enumerate(self.roles()[:9], start=1):
            menu.addAction(f"&{number}  {role}", lambda r=role: apply(r))  # a role as the team named it
        if len(menu.actions()) == 1:
            self._say(tr("No roles named yet: give them when you start the meeting (who is present)."))
        menu.exec(anchor.mapToGlobal(QPoint(0, anchor.height())))

    def set_role(self, voice: str) -> None:
        found = self._selected()
        if found is not None and found[1].voice != voice:
            norm, rationale = found
            self._push(EditRationale(self.ws, norm.team_id, rationale, rationale.text, voice))

    def agree(self) -> None:
        found = self._selected()
        if found is None:
            return
        norm, rationale = found
        if not rationale.agreed and len(norm.agreed()) >= MAX_AGREED:
            self._say(
                fill(
                    tr("A norm rests on at most %1 agreed reasons: press A on one to take it back."),
                    MAX_AGREED,
                )
            )
            return
        session = self._window.session
        self._push(ToggleAgreed(self.ws, norm, rationale, on=session.held_on, session_id=session.id))

    def delete(self) -> None:
        found = self._selected()
        if found is not None:
            norm, rationale = found
            if self._push(DeleteRationale(self.ws, norm.team_id, rationale)):
                self._window.select(None)

    # -- the norm ----------------------------------------------------------------------------------

    def reword(self, text: str) -> bool:
        context = self._context()
        if context is None:
            return True
        norm, session_id = context
        text = " ".join(text.split())
        if not text or text == norm.text:
            return True
        return self._push(RewordNorm(self.ws, norm, text, "reworded in the meeting", session_id=session_id))

    def decide(self, outcome: Outcome) -> None:
        context = self._context()
        if context is None:
            return
        norm, session_id = context
        current = self._window.session.decision_for(norm.id)
        consensus = self.pending_consensus.get(norm.id, current.consensus if current else None)
        if current is not None and (current.outcome, current.consensus) == (outcome, consensus):
            return
        command = Decide(self.ws, session_id, norm, outcome, consensus=consensus, seen=current)
        if self._push(command):
            self.pending_consensus.pop(norm.id, None)

    def record_consensus(self, consensus: Consensus) -> None:
        context = self._context()
        if context is None:
            return
        norm, session_id = context
        current = self._window.session.decision_for(norm.id)
        if current is None:
            self.pending_consensus[norm.id] = consensus
            self._say(
                fill(
                    tr("Consensus noted (%1): it is kept with the decision, K, V or X."),
                    consensus_text(consensus),
                )
            )
            return
        self._push(Decide(self.ws, session_id, norm, current.outcome, consensus=consensus, seen=current))

    def review(self, day: date | None) -> None:
        context = self._context()
        if context is not None and context[0].review_by != day:
            self._push(SetReviewBy(self.ws, context[0], day, session_id=context[1]))
