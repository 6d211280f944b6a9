"""What a service call changed, so views refresh only what they show."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Change:
    """A notice sent after a committed edit.

    ``teams``: the list of teams changed (created, renamed, deleted).
    ``team_id``: the team whose norms changed; ``norm_ids``: the norms whose content changed.
    ``order``: the team's norm order or membership changed (added, removed, moved).
    ``session_id``: the meeting whose record changed (started, a decision, ended).
    ``due``: a review-by date changed, so how many of the team's norms are due may have too.
    """

    teams: bool = False
    team_id: int | None = None
    norm_ids: frozenset[int] = field(default_factory=frozenset)
    order: bool = False
    session_id: int | None = None
    due: bool = False


Listener = Callable[[Change], None]


class ChangeHub:
    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def publish(self, change: Change) -> None:
        for listener in list(self._listeners):
            listener(change)
