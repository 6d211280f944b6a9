"""Messages a person reads say "reason", the word the window uses, never the schema's "rationale"."""

from __future__ import annotations

import pytest

from normlab.domain.errors import ConflictError, NormlabError, NotFoundError
from normlab.domain.model import Dimension, RationaleDraft, Stance
from normlab.services.workspace import Workspace


@pytest.fixture
def reason(ws: Workspace) -> tuple[int, int]:
    team_id = ws.create_team("Maths department")
    norm_id = ws.add_norm(
        team_id,
        "Listen to others",
        rationales=[RationaleDraft("It's good behaviour", Dimension.OPERATIONAL, Stance.HELD)],
    )
    return norm_id, ws.norm(norm_id).rationales[0].id


def _message(error: pytest.ExceptionInfo[NormlabError]) -> str:
    return str(error.value)


def test_a_stale_edit_of_a_reason_names_a_reason(ws: Workspace, reason: tuple[int, int]) -> None:
    _norm_id, rationale_id = reason
    ws.edit_rationale(rationale_id, text="So we can hear every idea")
    stale = [
        lambda: ws.edit_rationale(rationale_id, text="Because", expected=("It's good behaviour", "")),
        lambda: ws.set_stance(rationale_id, Stance.PROPOSED, expected=Stance.PROPOSED),
        lambda: ws.move_rationale(rationale_id, Dimension.IDEATIONAL, expected=Dimension.DISCUSSIONAL),
    ]
    for edit in stale:
        with pytest.raises(ConflictError) as refused:
            edit()
        message = _message(refused)
        assert "reason" in message and "rationale" not in message.lower(), message


def test_a_reason_deleted_meanwhile_is_named_a_reason(ws: Workspace, reason: tuple[int, int]) -> None:
    _norm_id, rationale_id = reason
    ws.delete_rationale(rationale_id)
    with pytest.raises(NotFoundError) as missing:
        ws.edit_rationale(rationale_id, text="So we can hear every idea")
    assert _message(missing) == "that reason no longer exists"
