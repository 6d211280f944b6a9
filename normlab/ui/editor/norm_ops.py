"""Norm and rationale actions: each turns what the person did into one undoable command."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QWidget

from normlab.domain.model import MAX_AGREED, Dimension, Norm, Rationale, RationaleDraft, Stance
from normlab.ui.editor.agreement_commands import PutAgreedFirst, SetReviewBy, ToggleAgreed
from normlab.ui.editor.editor import Editor
from normlab.ui.editor.norm_commands import AddNorm, DeleteNorm, MoveNorm, RewordNorm, SetNormField
from normlab.ui.editor.norm_detail import NormDetail
from normlab.ui.editor.norm_model import NormTableModel
from normlab.ui.editor.norm_pane import NormPane
from normlab.ui.editor.rationale_commands import (
    AddRationale,
    DeleteRationale,
    EditRationale,
    MoveRationale,
    SetStance,
)
from normlab.ui.widgets.i18n import translator

tr = translator("NormOps")


class NormOps:
    def __init__(
        self,
        parent: QWidget,
        editor: Editor,
        model: NormTableModel,
        pane: NormPane,
        detail: NormDetail,
        status: Callable[[str], None],
    ) -> None:
        self._parent = parent
        self._editor = editor
        self._model = model
        self._pane = pane
        self._detail = detail
        self._status = status

    def current(self) -> Norm | None:
        norm_id = self._pane.current_norm_id()
        return self._model.full_norm(norm_id) if norm_id is not None else None

    # -- norms ---------------------------------------------------------------------------------

    def add_norm(self, text: str) -> None:
        team_id = self._model.team_id
        if team_id is None:
            return
        if self._editor.push(AddNorm(self._editor.ws, team_id, text)):
            self._pane.added()

    def reword(self) -> None:
        norm = self.current()
        if norm is None:
            return
        from normlab.ui.widgets.dialogs import RewordDialog

        answer = RewordDialog.ask(self._parent, norm.text)
        if answer is not None and answer[0] and answer[0] != norm.text:
            self._editor.push(RewordNorm(self._editor.ws, norm, *answer))

    def delete(self) -> None:
        norm = self.current()
        if norm is not None and self._editor.push(DeleteNorm(self._editor.ws, norm)):
            self._status(tr("Norm deleted. Press Ctrl+Z to bring it back."))

    def move_by(self, step: int) -> None:
        norm = self.current()
        if norm is None:
            return
        target = self._pane.neighbour_index(norm.id, step)
        if target is not None:
            self._editor.push(MoveNorm(self._editor.ws, norm, target))

    def move_to(self, norm_id: int, index: int) -> None:
        norm = self._model.full_norm(norm_id)
        if norm is not None and self._model.row_of(norm_id) != index:
            self._editor.push(MoveNorm(self._editor.ws, norm, index))

    def set_review_by(self) -> None:
        """Ask when the team will look at the selected norm again (Norm ▸ Review by…)."""
        norm = self.current()
        if norm is None:
            return
        from normlab.ui.widgets.review_dialog import KEEP, ReviewDateDialog

        chosen = ReviewDateDialog.ask(self._parent, norm.text, norm.review_by, date.today())
        if chosen is not KEEP and chosen != norm.review_by:
            self._editor.push(SetReviewBy(self._editor.ws, norm, chosen))  # type: ignore[arg-type]

    def set_field(self, field: str, value: str) -> None:
        norm = self._detail.norm
        if norm is not None and str(getattr(norm, field)) != value:
            self._editor.push(SetNormField(self._editor.ws, norm, field, value))

    # -- rationales ----------------------------------------------------------------------------

    def _rationale(self, rationale_id: int) -> tuple[Norm, Rationale] | None:
        norm = self._detail.norm
        if norm is None:
            return None
        found = next((r for r in norm.rationales if r.id == rationale_id), None)
        return (norm, found) if found is not None else None

    def add_rationale(self, dimension: Dimension, text: str) -> None:
        norm = self._detail.norm
        if norm is None:
            return
        draft = RationaleDraft(text, dimension, Stance.HELD)
        if self._editor.push(AddRationale(self._editor.ws, norm, draft)):
            self._detail.lanes.lane(dimension).added()

    def edit_rationale(self, rationale_id: int, text: str, voice: str) -> None:
        found = self._rationale(rationale_id)
        if found is None:
            return
        norm, rationale = found
        if (text, voice) != (rationale.text, rationale.voice):
            self._editor.push(EditRationale(self._editor.ws, norm.team_id, rationale, text, voice))

    def move_rationale(self, rationale_id: int, dimension: Dimension) -> None:
        found = self._rationale(rationale_id)
        if found is not None and found[1].dimension is not dimension:
            norm, rationale = found
            self._editor.push(MoveRationale(self._editor.ws, norm.team_id, rationale, dimension))

    def toggle_stance(self, rationale_id: int) -> None:
        found = self._rationale(rationale_id)
        if found is not None:
            norm, rationale = found
            stance = Stance.PROPOSED if rationale.stance is Stance.HELD else Stance.HELD
            self._editor.push(SetStance(self._editor.ws, norm.team_id, rationale, stance))

    def toggle_agreed(self, rationale_id: int) -> None:
        found = self._rationale(rationale_id)
        if found is None:
            return
        norm, rationale = found
        if not rationale.agreed and len(norm.agreed()) >= MAX_AGREED:
            self._status(
                tr(
                    "A norm rests on at most %n agreed reason(s): press A on one of them to take it back.",
                    n=MAX_AGREED,
                )
            )
            return
        self._editor.push(ToggleAgreed(self._editor.ws, norm, rationale))

    def put_agreed_first(self, rationale_id: int) -> None:
        found = self._rationale(rationale_id)
        if found is not None and found[1].agreed:
            self._editor.push(PutAgreedFirst(self._editor.ws, *found))

    def delete_rationale(self, rationale_id: int) -> None:
        found = self._rationale(rationale_id)
        if found is not None:
            norm, rationale = found
            self._editor.push(DeleteRationale(self._editor.ws, norm.team_id, rationale))
