"""Opening a team, selecting a norm and making one edit cost as many SQL statements for 600 norms as for 30.

Counted with an engine event on SQLite and on the throw-away PostgreSQL server: a loop that reads
or writes one row per norm shows up as a difference between the two teams.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import event

from benchmarks.corpus import build_document
from normlab.domain import Dimension
from normlab.services.interchange import import_json
from normlab.services.workspace import Workspace
from normlab.ui.shell.main_window import MainWindow


@pytest.fixture(params=["sqlite", "postgresql"])
def any_url(request: pytest.FixtureRequest, db_url: str) -> str:
    return db_url if request.param == "sqlite" else request.getfixturevalue("pg_url")


class Statements:
    def __init__(self, ws: Workspace) -> None:
        self.seen: list[str] = []
        event.listen(ws.db.engine, "before_cursor_execute", self._seen)

    def _seen(self, _conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        self.seen.append(" ".join(statement.split())[:100])

    def count(self, action: Callable[[], object]) -> list[str]:
        self.seen = []
        action()
        return self.seen


def costs(window: MainWindow, statements: Statements, team_id: int) -> dict[str, list[str]]:
    found = {"open the team": statements.count(lambda: window.sidebar.select_team(team_id))}
    found["select a norm"] = statements.count(lambda: window.norm_pane.select_proxy_row(3))
    found["add a reason"] = statements.count(
        lambda: window.norm_ops.add_rationale(Dimension.IDEATIONAL, "So we learn from each other")
    )
    found["undo it"] = statements.count(window.editor.stack.undo)
    found["retire the norm"] = statements.count(lambda: window.norm_ops.set_field("status", "retired"))
    found["move it up"] = statements.count(lambda: window.norm_ops.move_by(-1))
    return found


def test_statements_do_not_grow_with_the_number_of_norms(any_url: str, open_window: Any) -> None:
    ws = Workspace.open(any_url)
    (small,) = import_json(ws, build_document(30, name="Small team"))
    (big,) = import_json(ws, build_document(600, name="Big team"))
    ws.close()
    window = open_window(any_url)
    statements = Statements(window.editor.ws)
    for_small, for_big = costs(window, statements, small), costs(window, statements, big)
    assert window.norm_model.team_id == big and window.norm_model.rowCount() == 600
    for action, seen in for_small.items():
        assert len(for_big[action]) == len(seen), (action, seen, for_big[action])
        assert 0 < len(seen) <= 25, (action, seen)
