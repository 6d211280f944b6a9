"""A number that changes whenever another connection commits to the database, read in microseconds.

SQLite: ``PRAGMA data_version`` on a connection kept for the purpose (it changes when any other
connection, in this process or another, commits). PostgreSQL: the next transaction id of the
server's current snapshot, which moves only when some transaction writes (reading never moves it).
Neither needs a table or a trigger, so every normlab, old or new, is seen.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine

POSTGRESQL = "SELECT txid_snapshot_xmax(txid_current_snapshot())"


class ChangeCounter:
    def __init__(self, engine: Engine) -> None:
        self._sqlite = engine.dialect.name == "sqlite"
        self._raw: Any = engine.raw_connection()

    def read(self) -> int:
        cursor = self._raw.cursor()
        try:
            cursor.execute("PRAGMA data_version" if self._sqlite else POSTGRESQL)
            (value,) = cursor.fetchone()
        finally:
            cursor.close()
        if not self._sqlite:
            self._raw.rollback()  # end the read-only transaction the query began
        return int(value)

    def close(self) -> None:
        self._raw.close()
