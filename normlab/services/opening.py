"""Opening a workspace in two steps, so the window shows its team before the slow part of opening.

``open_workspace`` gives, for a SQLite file that is ready to use, an ``OpeningWorkspace``: it answers
the reads the window's first paint makes (teams, the current team's table, the selected norm) from
``store.first_look`` with the standard library alone, and opens the real ``Workspace`` (importing
SQLAlchemy and its ORM, a third of a second) when ``finish`` is called after that paint, or as soon as
anything else is asked of it. From then on it hands every call to the real one, so the window never
needs to know. Every other database is opened the full way at once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from normlab.domain.model import Norm, Session, Team, TeamSummary
from normlab.domain.summary import NormSummary, TeamOverview
from normlab.services.changes import ChangeHub
from normlab.store.first_look import FirstLook, first_look
from normlab.store.location import describe
from normlab.store.revision import SchemaReport

if TYPE_CHECKING:
    from normlab.services.workspace import Workspace

log = logging.getLogger("normlab.services")


def open_workspace(url: str) -> Workspace:
    """The workspace on ``url``: opening in two steps where that is possible, else fully opened."""
    look = first_look(url)
    if look is not None:
        return OpeningWorkspace(url, look)  # type: ignore[return-value]
    from normlab.services.workspace import Workspace

    return Workspace.open(url)


def when_open(ws: Workspace, call: Callable[[], None]) -> None:
    """Call ``call`` once ``ws`` is fully open: now, or when an ``OpeningWorkspace`` finishes."""
    if isinstance(ws, OpeningWorkspace) and ws.opening:
        ws.on_open(call)
    else:
        call()


class OpeningWorkspace:
    """A workspace whose first reads come from a quick look; see the module's docstring."""

    def __init__(self, url: str, look: FirstLook) -> None:
        self.url = url
        self.changes = ChangeHub()
        self.report = SchemaReport()
        self._look: FirstLook | None = look
        self._real: Workspace | None = None
        self._waiting: list[Callable[[], None]] = []

    @property
    def opening(self) -> bool:
        """Still answering from the first look: the real workspace is not open yet."""
        return self._real is None

    @property
    def location(self) -> str:
        return describe(self.url)

    @property
    def read_only(self) -> bool:
        # The first look is only taken of a file that can be written (and its disk is not full).
        return False if self._real is None else self._real.read_only

    @property
    def disk_full(self) -> bool:
        return False if self._real is None else self._real.disk_full

    @property
    def backs_up_itself(self) -> bool:
        # The first look is only taken of a SQLite file, which normlab backs up itself.
        return True if self._real is None else self._real.backs_up_itself

    def on_open(self, call: Callable[[], None]) -> None:
        self._waiting.append(call)

    def finish(self) -> Workspace:
        """Open the real workspace (if that has not happened yet) and hand everything to it."""
        if self._real is None:
            from normlab.services.workspace import Workspace

            real = Workspace.open(self.url)
            real.changes = self.changes  # who listens to this workspace keeps listening
            self._real = real
            if self._look is not None:
                self._look.close()
                self._look = None
            waiting, self._waiting = self._waiting, []
            for call in waiting:
                call()
        return self._real

    # -- the reads of the first paint --------------------------------------------------------------

    def teams(self, *, today: date | None = None) -> list[TeamSummary]:
        if self._look is None:
            return self.finish().teams(today=today)
        return self._look.teams(today)

    def team_overview(self, team_id: int) -> TeamOverview:
        return (
            self.finish().team_overview(team_id) if self._look is None else self._look.team_overview(team_id)
        )

    def norm_summary(self, norm_id: int) -> NormSummary:
        return self.finish().norm_summary(norm_id) if self._look is None else self._look.norm_summary(norm_id)

    def norm(self, norm_id: int) -> Norm:
        return self.finish().norm(norm_id) if self._look is None else self._look.norm(norm_id)

    def team(self, team_id: int) -> Team:
        return self.finish().team(team_id) if self._look is None else self._look.team(team_id)

    def sessions(self, team_id: int) -> tuple[Session, ...]:
        return self.finish().sessions(team_id) if self._look is None else self._look.sessions(team_id)

    def session_norms(self, session: Session) -> tuple[Norm, ...]:
        return (
            self.finish().session_norms(session) if self._look is None else self._look.session_norms(session)
        )

    def close(self) -> None:
        if self._look is not None:
            self._look.close()
            self._look = None
        if self._real is not None:
            self._real.close()

    def __getattr__(self, name: str) -> Any:
        # Anything else (an edit, the database itself) needs the real workspace.
        if name.startswith("__"):
            raise AttributeError(name)
        if self._real is None:
            log.debug("opening the workspace for %s", name)
        return getattr(self.finish(), name)
