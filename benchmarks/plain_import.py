"""The baseline of the import benchmark: the same rows inserted by a plain sqlite3 script.

    python benchmarks/plain_import.py FILE.json DATABASE.sqlite3

Reads a normlab JSON file and inserts its teams, settings, norms, reasons, revisions, meetings and
decisions into an empty normlab database (schema already made) with ``executemany`` in one
transaction: no checks, no ORM, ids handed out by the script. This is about as fast as Python can put
those rows into SQLite, and it is what ``normlab import`` is compared with.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from typing import Any


def _agreed(r: dict[str, Any]) -> tuple[Any, Any]:
    return r.get("agreed_on"), r.get("agreed_order") if r.get("agreed_on") else None


def plain_import(document: dict[str, Any], con: sqlite3.Connection) -> None:
    norm_id = rationale_id = revision_id = session_id = setting_id = 0
    with con:
        for team_id, team in enumerate(document["teams"], start=1):
            con.execute(
                "INSERT INTO teams (id, name, description, created) VALUES (?, ?, ?, ?)",
                (team_id, team["name"], team.get("description", ""), team.get("created")),
            )
            settings: dict[str, int] = {}
            for s in team.get("settings", []):
                setting_id += 1
                settings[s["name"]] = setting_id
            for n in team["norms"]:
                if n.get("setting") and n["setting"] not in settings:
                    setting_id += 1
                    settings[n["setting"]] = setting_id
            con.executemany(
                "INSERT INTO settings (id, team_id, name, description) VALUES (?, ?, ?, '')",
                [(i, team_id, name) for name, i in settings.items()],
            )
            sessions = []
            first_session = session_id + 1
            for s in team.get("sessions", []):
                session_id += 1
                sessions.append(
                    (
                        session_id,
                        team_id,
                        s["held_on"],
                        s.get("attendance"),
                        s.get("roles", ""),
                        s.get("notes", ""),
                        s.get("next_review"),
                        s.get("open", False),
                        s.get("time_box"),
                    )
                )
            con.executemany(
                "INSERT INTO sessions (id, team_id, held_on, attendance, roles, notes, next_review, "
                "is_open, time_box) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                sessions,
            )
            norms, rationales, revisions = [], [], []
            first_norm = norm_id + 1
            for position, n in enumerate(team["norms"]):
                norm_id += 1
                norms.append(
                    (
                        norm_id,
                        team_id,
                        n["text"],
                        settings.get(n.get("setting") or ""),
                        n.get("regulates", ""),
                        n.get("status", "current"),
                        position,
                        n.get("created"),
                        n.get("updated"),
                        None if n.get("baseline") is None else json.dumps(n["baseline"]),
                        n.get("review_by"),
                    )
                )
                for i, r in enumerate(n.get("rationales", [])):
                    rationale_id += 1
                    rationales.append(
                        (
                            rationale_id,
                            norm_id,
                            r["text"],
                            r["dimension"],
                            r.get("stance", "held"),
                            r.get("voice", ""),
                            i,
                            *_agreed(r),
                        )
                    )
                for v in n.get("revisions", []):
                    revision_id += 1
                    index = v.get("session_index")
                    revisions.append(
                        (
                            revision_id,
                            norm_id,
                            v.get("at"),
                            v.get("note", ""),
                            v["text_before"],
                            v["text_after"],
                            json.dumps(v["rationales_before"]),
                            json.dumps(v["rationales_after"]),
                            None if index is None else first_session + index,
                            v.get("review_by_before"),
                            v.get("review_by_after"),
                        )
                    )
            con.executemany(
                "INSERT INTO norms (id, team_id, text, setting_id, regulates, status, position, created, "
                "updated, baseline, review_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                norms,
            )
            con.executemany(
                "INSERT INTO rationales (id, norm_id, text, dimension, stance, voice, position, agreed_on, "
                "agreed_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rationales,
            )
            con.executemany(
                "INSERT INTO revisions (id, norm_id, at, note, text_before, text_after, rationales_before, "
                "rationales_after, session_id, review_by_before, review_by_after) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                revisions,
            )
            decisions = []
            for k, s in enumerate(team.get("sessions", [])):
                for position, d in enumerate(s.get("decisions", [])):
                    index = d.get("norm_index")
                    decisions.append(
                        (
                            first_session + k,
                            d["norm"],
                            d["outcome"],
                            d.get("note", ""),
                            position,
                            None if index is None else first_norm + index,
                            None if d.get("consensus") is None else json.dumps(d["consensus"]),
                        )
                    )
            con.executemany(
                "INSERT INTO decisions (session_id, norm_text, outcome, note, position, norm_id, consensus) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                decisions,
            )


def main(argv: list[str]) -> int:
    with open(argv[0], encoding="utf-8") as stream:
        document = json.load(stream)
    con = sqlite3.connect(argv[1])
    con.execute("PRAGMA journal_mode = WAL")
    plain_import(document, con)
    con.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
