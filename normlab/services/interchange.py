"""Import and export: the versioned JSON interchange format and a spreadsheet-safe CSV.

JSON (``"format": "normlab", "version": 1``) carries teams whole, history included, and an export
imported into an empty database exports again to the same document. Import is all-or-nothing:
the whole file is checked first, and an error names the place (``teams[0].norms[3].dimension``).
"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar

from normlab.domain.errors import NormlabError, ValidationError
from normlab.domain.model import (
    MAX_AGREED,
    Dimension,
    Norm,
    Rationale,
    RationaleDraft,
    Revision,
    Setting,
    Stance,
    Status,
    Team,
)
from normlab.domain.review import parse_day
from normlab.services.changes import Change
from normlab.services.meeting_json import FileIndex, day_json, parse_session, session_json
from normlab.services.workspace import MAX_NAME, Workspace, utcnow
from normlab.store.repository import Repository, insert_team

FORMAT = "normlab"
VERSION = 1
CSV_COLUMNS = (
    "team",
    "position",
    "norm",
    "setting",
    "regulates",
    "status",
    "dimension",
    "stance",
    "rationale",
    "voice",
    "agreed_on",
    "review_by",
)
CSV_OPTIONAL_COLUMNS = ("agreed_on", "review_by")
"""Columns added after the first CSV layout: a CSV import takes files with or without them."""
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

E = TypeVar("E")


# -- export ------------------------------------------------------------------------------------


def _rationale_json(draft: RationaleDraft) -> dict[str, Any]:
    return {
        "text": draft.text,
        "dimension": draft.dimension.value,
        "stance": draft.stance.value,
        "voice": draft.voice,
        "agreed_on": day_json(draft.agreed_on),
        "agreed_order": draft.agreed_order if draft.agreed_on is not None else None,
    }


def _revision_json(revision: Revision, index: FileIndex) -> dict[str, Any]:
    return {
        "at": revision.at.isoformat(),
        "note": revision.note,
        "text_before": revision.text_before,
        "text_after": revision.text_after,
        "rationales_before": [_rationale_json(d) for d in revision.rationales_before],
        "rationales_after": [_rationale_json(d) for d in revision.rationales_after],
        "review_by_before": day_json(revision.review_by_before),
        "review_by_after": day_json(revision.review_by_after),
        "session_index": index.session_of(revision.session_id),
    }


def _norm_json(norm: Norm, index: FileIndex) -> dict[str, Any]:
    return {
        "text": norm.text,
        "setting": norm.setting,
        "regulates": norm.regulates,
        "status": norm.status.value,
        "created": norm.created.isoformat(),
        "updated": norm.updated.isoformat(),
        "review_by": day_json(norm.review_by),
        "rationales": [_rationale_json(r.draft) for r in norm.rationales],
        "revisions": [_revision_json(v, index) for v in norm.revisions],
        "baseline": None if norm.baseline is None else [_rationale_json(d) for d in norm.baseline],
    }


def team_to_json(team: Team) -> dict[str, Any]:
    index = FileIndex(team)
    return {
        "name": team.name,
        "description": team.description,
        "created": team.created.isoformat(),
        "settings": [{"name": s.name, "description": s.description} for s in team.settings],
        "norms": [_norm_json(n, index) for n in team.norms],
        "sessions": [session_json(s, index) for s in team.sessions],
    }


def export_json(ws: Workspace, team_ids: Iterable[int] | None = None) -> dict[str, Any]:
    """The interchange document for the given teams (all teams when None)."""
    ids = [t.id for t in ws.teams()] if team_ids is None else list(team_ids)
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported": utcnow().isoformat(timespec="seconds"),
        "teams": [team_to_json(ws.team(team_id)) for team_id in ids],
    }


def dumps(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def neutralise(cell: str) -> str:
    """Keep a spreadsheet from reading a cell as a formula: prefix risky starts with an apostrophe."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def export_csv(ws: Workspace, team_id: int) -> str:
    """Norms with their rationales, one row per rationale (a norm without any gets one row)."""
    team = ws.team(team_id)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for norm in team.norms:
        base = [team.name, str(norm.position + 1), norm.text, norm.setting, norm.regulates, norm.status.value]
        review_by = day_json(norm.review_by) or ""
        rows = [
            [r.dimension.value, r.stance.value, r.text, r.voice, day_json(r.agreed_on) or ""]
            for r in norm.rationales
        ] or [["", "", "", "", ""]]
        for rest in rows:
            writer.writerow([neutralise(cell) for cell in [*base, *rest, review_by]])
    return out.getvalue()


def write_text(path: str | Path, text: str, *, encoding: str = "utf-8") -> None:
    """Write a whole file or nothing: a temporary file next to it, then an atomic rename."""
    target = Path(path)
    try:
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
        with os.fdopen(handle, "w", encoding=encoding, newline="") as stream:
            stream.write(text)
        os.replace(temporary, target)
    except OSError as exc:
        if "temporary" in locals() and os.path.exists(temporary):
            os.unlink(temporary)
        raise NormlabError(f"cannot write {target}: {exc.strerror or exc}") from None


# -- import ------------------------------------------------------------------------------------


def read_document(path: str | Path) -> dict[str, Any]:
    target = Path(path)
    try:
        text = target.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise NormlabError(f"{target}: no such file") from None
    except UnicodeDecodeError:
        raise ValidationError(f"{target}: not a UTF-8 text file") from None
    except OSError as exc:
        raise NormlabError(f"cannot read {target}: {exc.strerror or exc}") from None
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationError(f"{target}: not valid JSON (line {exc.lineno}, column {exc.colno})") from None
    if not isinstance(document, dict):
        raise ValidationError(f"{target}: not a normlab file (expected a JSON object)")
    return document


class _Reader:
    """Checks one JSON value at a time, naming where it is when something is wrong."""

    def __init__(self, data: Any, where: str) -> None:
        self.data = data
        self.where = where

    def fail(self, message: str, key: str | None = None) -> ValidationError:
        place = f"{self.where}.{key}" if key else self.where
        return ValidationError(f"{place}: {message}")

    def obj(self) -> dict[str, Any]:
        if not isinstance(self.data, dict):
            raise self.fail("expected an object")
        return self.data

    def text(self, key: str, *, required: bool = False, limit: int | None = None) -> str:
        value = self.obj().get(key)
        if value is None:
            if required:
                raise self.fail("is missing", key)
            return ""
        if not isinstance(value, str):
            raise self.fail("must be text", key)
        if required and not value.strip():
            raise self.fail("cannot be empty", key)
        if limit is not None and len(value) > limit:
            raise self.fail(f"is longer than {limit} characters", key)
        return value

    def choice(self, key: str, kind: Callable[[str], E], default: str) -> E:
        value = self.obj().get(key, default)
        try:
            return kind(value)
        except (ValueError, TypeError):
            options = ", ".join(m.value for m in kind)  # type: ignore[attr-defined]
            raise self.fail(f"“{value}” is not one of {options}", key) from None

    def moment(self, key: str, default: datetime) -> datetime:
        value = self.obj().get(key)
        if value is None:
            return default
        try:
            return datetime.fromisoformat(value).replace(tzinfo=None)
        except (TypeError, ValueError):
            raise self.fail(f"“{value}” is not a date and time (YYYY-MM-DDTHH:MM:SS)", key) from None

    def day(self, key: str, *, required: bool = False) -> date | None:
        value = self.obj().get(key)
        if value is None:
            if required:
                raise self.fail("is missing", key)
            return None
        try:
            return parse_day(value)
        except ValueError as exc:
            raise self.fail(str(exc), key) from None

    def count(self, key: str, *, low: int = 0, high: int | None = None) -> int | None:
        value = self.obj().get(key)
        if value is None:
            return None
        if not isinstance(value, int) or isinstance(value, bool) or value < low:
            raise self.fail(f"must be a whole number, {low} or more", key)
        if high is not None and value > high:
            raise self.fail(f"must be a whole number from {low} to {high}", key)
        return value

    def flag(self, key: str) -> bool:
        value = self.obj().get(key, False)
        if not isinstance(value, bool):
            raise self.fail("must be true or false", key)
        return value

    def index(self, key: str, size: int, what: str) -> int | None:
        """A 0-based place in a list of ``size`` things (None when absent)."""
        value = self.obj().get(key)
        if value is None:
            return None
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < size:
            raise self.fail(f"{value!r} is not the index of one of the team's {size} {what}", key)
        return value

    def indexes(self, key: str, size: int, what: str) -> list[int]:
        """A list of 0-based places, each checked like ``index``."""
        return [
            _Reader({"": value}, f"{self.where}.{key}[{i}]").index("", size, what) or 0
            for i, value in enumerate(self.sequence(key))
        ]

    def child(self, key: str) -> _Reader | None:
        """The object under ``key``, or None when it is absent or null."""
        value = self.obj().get(key)
        return None if value is None else _Reader(value, f"{self.where}.{key}")

    def sequence(self, key: str) -> list[Any]:
        value = self.obj().get(key, [])
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.fail("must be a list", key)
        return value

    def items(self, key: str) -> list[_Reader]:
        return [_Reader(item, f"{self.where}.{key}[{i}]") for i, item in enumerate(self.sequence(key))]


def _parse_draft(reader: _Reader) -> RationaleDraft:
    agreed_on = reader.day("agreed_on")
    agreed_order = reader.count("agreed_order", low=1, high=MAX_AGREED)
    if agreed_order is not None and agreed_on is None:
        raise reader.fail(
            "only an agreed reason (one with “agreed_on”) has a place among them", "agreed_order"
        )
    return RationaleDraft(
        text=reader.text("text", required=True).strip(),
        dimension=reader.choice("dimension", Dimension, ""),
        stance=reader.choice("stance", Stance, "held"),
        voice=reader.text("voice", limit=MAX_NAME).strip(),
        agreed_on=agreed_on,
        agreed_order=agreed_order,
    )


def _parse_drafts(reader: _Reader, key: str) -> tuple[RationaleDraft, ...]:
    """A list of rationales, at most two of them agreed, each agreed one with its place (1 or 2)."""
    items = reader.items(key)
    drafts = [_parse_draft(r) for r in items]
    agreed = [i for i, d in enumerate(drafts) if d.agreed]
    if len(agreed) > MAX_AGREED:
        raise items[agreed[MAX_AGREED]].fail(
            f"a norm rests on at most {MAX_AGREED} agreed reasons; this is agreed reason number "
            f"{MAX_AGREED + 1}",
            "agreed_on",
        )
    taken: set[int] = set()
    for i in agreed:
        order = drafts[i].agreed_order
        if order is not None and order in taken:
            raise items[i].fail(
                f"another agreed reason of this norm is already number {order}", "agreed_order"
            )
        taken.add(order or 0)
    free = iter(n for n in range(1, MAX_AGREED + 1) if n not in taken)
    return tuple(
        replace(d, agreed_order=next(free)) if d.agreed and d.agreed_order is None else d for d in drafts
    )


def _parse_norm(reader: _Reader, position: int, now: datetime, sessions: int) -> Norm:
    created = reader.moment("created", now)
    baseline = reader.obj().get("baseline")
    return Norm(
        id=position + 1,
        team_id=0,
        text=reader.text("text", required=True).strip(),
        setting=reader.text("setting", limit=MAX_NAME).strip(),
        regulates=reader.text("regulates", limit=MAX_NAME).strip(),
        status=reader.choice("status", Status, "current"),
        position=position,
        created=created,
        updated=reader.moment("updated", created),
        rationales=tuple(
            Rationale(0, 0, d.text, d.dimension, d.stance, d.voice, i, d.agreed_on, d.agreed_order)
            for i, d in enumerate(_parse_drafts(reader, "rationales"))
        ),
        revisions=tuple(_parse_revision(r, now, sessions) for r in reader.items("revisions")),
        baseline=None if baseline is None else _parse_drafts(reader, "baseline"),
        review_by=reader.day("review_by"),
    )


def _parse_revision(reader: _Reader, now: datetime, sessions: int) -> Revision:
    session = reader.index("session_index", sessions, "meetings")
    return Revision(
        id=0,
        norm_id=0,
        at=reader.moment("at", now),
        note=reader.text("note"),
        text_before=reader.text("text_before", required=True),
        text_after=reader.text("text_after", required=True),
        rationales_before=_parse_drafts(reader, "rationales_before"),
        rationales_after=_parse_drafts(reader, "rationales_after"),
        session_id=None if session is None else session + 1,
        review_by_before=reader.day("review_by_before"),
        review_by_after=reader.day("review_by_after"),
    )


def _parse_team(reader: _Reader, now: datetime) -> Team:
    settings = [
        Setting(0, 0, s.text("name", required=True, limit=MAX_NAME).strip(), s.text("description"))
        for s in reader.items("settings")
    ]
    meetings = reader.items("sessions")
    norms = tuple(_parse_norm(n, i, now, len(meetings)) for i, n in enumerate(reader.items("norms")))
    return Team(
        id=0,
        name=reader.text("name", required=True, limit=MAX_NAME).strip(),
        description=reader.text("description"),
        created=reader.moment("created", now),
        settings=tuple(settings),
        norms=norms,
        sessions=tuple(parse_session(s, i, norms) for i, s in enumerate(meetings)),
    )


def parse_document(document: Any) -> list[Team]:
    """Check a whole interchange document and return its teams (ids not yet assigned)."""
    root = _Reader(document, "file")
    data = root.obj()
    if data.get("format") != FORMAT:
        raise ValidationError("not a normlab file (its “format” is not “normlab”)")
    version = data.get("version")
    if version != VERSION:
        raise ValidationError(
            f"this file is format version {version!r}; this normlab reads version {VERSION}"
        )
    now = utcnow()
    teams = [_parse_team(_Reader(t.data, f"teams[{i}]"), now) for i, t in enumerate(root.items("teams"))]
    names = [t.name for t in teams]
    for i, name in enumerate(names):
        if name in names[:i]:
            raise ValidationError(f"teams[{i}].name: “{name}” appears twice in the file")
    return teams


def import_teams(ws: Workspace, teams: Sequence[Team], *, rename_on_clash: bool = False) -> list[int]:
    """Add teams in one transaction. A name already taken is an error, or gets “(2)” with rename_on_clash."""
    created: list[int] = []
    with ws.db.transaction() as s:
        repo = Repository(s)
        for index, team in enumerate(teams):
            name = team.name
            if repo.team_id_by_name(name) is not None:
                if not rename_on_clash:
                    raise ValidationError(f"teams[{index}].name: a team called “{name}” already exists")
                counter = 2
                while repo.team_id_by_name(f"{team.name} ({counter})") is not None:
                    counter += 1
                name = f"{team.name} ({counter})"
            row = insert_team(s, _renamed(team, name), keep_ids=False)
            created.append(row.id)
    for team_id in created:
        ws.changes.publish(Change(teams=True, team_id=team_id, order=True))
    return created


def import_json(ws: Workspace, document: Any, *, rename_on_clash: bool = False) -> list[int]:
    return import_teams(ws, parse_document(document), rename_on_clash=rename_on_clash)


def _renamed(team: Team, name: str) -> Team:
    if name == team.name:
        return team
    return Team(team.id, name, team.description, team.created, team.settings, team.norms, team.sessions)
