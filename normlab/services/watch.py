"""Whether someone else has changed the database since we last looked: polled by an open window.

Our own edits are announced through the workspace's change notices; after each one the counter is
read again, so only other writers' commits count. (An outside commit landing in the same instant as
one of ours is folded into ours and shows with the next outside change or a refresh.)
"""

from __future__ import annotations

import logging

from normlab.services.changes import Change
from normlab.services.workspace import Workspace
from normlab.store.change_counter import ChangeCounter

log = logging.getLogger("normlab.services")


class ChangeWatch:
    def __init__(self, ws: Workspace) -> None:
        self._ws = ws
        self._counter = ChangeCounter(ws.db.engine)
        self._seen = self._counter.read()
        ws.changes.subscribe(self._own_change)

    def _own_change(self, _change: Change) -> None:
        try:
            self._seen = self._counter.read()
        except Exception:  # the database is away: the next poll says so
            log.debug("reading the change counter failed", exc_info=True)

    def poll(self) -> bool:
        """True once after another writer has committed (and the database can be read)."""
        try:
            now = self._counter.read()
        except Exception:
            log.debug("reading the change counter failed", exc_info=True)
            return False
        changed, self._seen = now != self._seen, now
        return changed

    def close(self) -> None:
        self._ws.changes.unsubscribe(self._own_change)
        self._counter.close()
