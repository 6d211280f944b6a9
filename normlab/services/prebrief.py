"""A team's pre-brief statement: what it says at the start of a simulation or teaching session.

Setting it is one committed transaction and, like every edit that overwrites a value, takes what
the person saw (``expected``) and refuses with a ConflictError when someone else changed it
meanwhile. It returns what was stored before, so an undo puts exactly that back.
"""

from __future__ import annotations

from normlab.domain.model import Prebrief
from normlab.domain.text import ATTRIBUTION, PREBRIEF_STATEMENT, clean
from normlab.services.changes import Change
from normlab.services.workspace import Workspace, check_expected
from normlab.store.repository import Repository


def clean_prebrief(prebrief: Prebrief) -> Prebrief:
    """The statement and its attribution as they are stored (the text rules of the domain)."""
    return Prebrief(clean(prebrief.statement, PREBRIEF_STATEMENT), clean(prebrief.attribution, ATTRIBUTION))


def set_prebrief(
    ws: Workspace, team_id: int, prebrief: Prebrief, *, expected: Prebrief | None = None
) -> Prebrief:
    """Store the team's pre-brief statement (empty for normlab's wording); returns the old one."""
    new = clean_prebrief(prebrief)
    with ws.db.transaction() as s:
        row = Repository(s).team(team_id, lock=True)
        old = Prebrief(row.prebrief_statement, row.prebrief_attribution)
        seen = None if expected is None else (expected.statement, expected.attribution)
        check_expected((old.statement, old.attribution), seen, "this team's pre-brief statement")
        if new == old:
            return old
        row.prebrief_statement, row.prebrief_attribution = new.statement, new.attribution
    ws.changes.publish(Change(team_id=team_id))
    return old
