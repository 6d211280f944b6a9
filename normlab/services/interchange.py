"""Import and export: the versioned JSON interchange format and a spreadsheet-safe CSV.

JSON (``"format": "normlab", "version": 1``) carries teams whole, history included, and an export
imported into an empty database exports again to the same document. Import is all-or-nothing:
the whole file is checked first, and an error names the place (``teams[0].norms[3].dimension``).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TypeVar

from normlab.domain.errors import ValidationError
from normlab.domain.model import (
    MAX_AGREED,
    Dimension,
    Norm,
    Prebrief,
    Rationale,
    RationaleDraft,
    Revision,
    Setting,
    Stance,
    Status,
    Team,
)
from normlab.domain.review import parse_day
from normlab.domain.text import (
    ATTRIBUTION,
    DESCRIPTION,
    NORM_TEXT,
    NOTE,
    PREBRIEF_STATEMENT,
    REASON,
    REGULATES,
    SETTING,
    SETTING_NAME,
    TEAM_NAME,
    VOICE,
    TextRule,
    clean,
    for_terminal,
)
from normlab.files import write_atomically
from normlab.services.importing import OnClash, store_teams
from normlab.services.meeting_json import FileIndex, day_json, parse_session, session_json
from normlab.services.reading import loads_document, read_text_file
from normlab.services.workspace import Workspace, utcnow
from normlab.store.bulk import paused_gc

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
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")
"""Cell starts a spreadsheet may read as a formula, the fullwidth forms included."""

MAX_COUNT = 1_000_000
"""The largest whole number a file may give (an attendance, say): fits every database's integers."""

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
    document: dict[str, Any] = {
        "name": team.name,
        "description": team.description,
        "created": team.created.isoformat(),
        "settings": [{"name": s.name, "description": s.description} for s in team.settings],
        "norms": [_norm_json(n, index) for n in team.norms],
        "sessions": [session_json(s, index) for s in team.sessions],
    }
    if team.prebrief:  # left out while the team prints normlab's own wording
        document["prebrief"] = {
            "statement": team.prebrief.statement,
            "attribution": team.prebrief.attribution,
        }
    return document


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
    """Write a whole file or nothing (a temporary file, then a rename), with the umask's permissions."""
    write_atomically(path, text.encode(encoding), what="the file")


# -- import ------------------------------------------------------------------------------------


def read_document(path: str | Path) -> dict[str, Any]:
    text = read_text_file(path, "JSON")
    with paused_gc():
        return loads_document(text, str(path))


class _Reader:
    """Checks one JSON value at a time, naming where it is when something is wrong.

    The place (``teams[0].norms[3]``) is spelled out only when a message needs it: a file of
    10,000 norms is read without formatting 50,000 paths that are never shown.
    """

    __slots__ = ("_parent", "_place", "data")

    def __init__(self, data: Any, where: str | tuple[str, int], parent: _Reader | None = None) -> None:
        self.data = data
        self._place = where
        self._parent = parent

    @property
    def where(self) -> str:
        place = self._place if isinstance(self._place, str) else f"{self._place[0]}[{self._place[1]}]"
        return place if self._parent is None else f"{self._parent.where}.{place}"

    def fail(self, message: str, key: str | None = None) -> ValidationError:
        place = f"{self.where}.{key}" if key else self.where
        return ValidationError(f"{place}: {message}")

    def obj(self) -> dict[str, Any]:
        if not isinstance(self.data, dict):
            raise self.fail("expected an object")
        return self.data

    def text(self, key: str, rule: TextRule) -> str:
        """Text by the one set of rules (``normlab.domain.text``); absent or null is empty."""
        value = self.obj().get(key)
        if value is None:
            if rule.required:
                raise self.fail("is missing", key)
            return ""
        return clean(value, rule, lambda: f"{self.where}.{key}")

    def choice(self, key: str, kind: Callable[[str], E], default: str) -> E:
        value = self.obj().get(key, default)
        members = _MEMBERS.get(kind)
        if members is None:
            members = _MEMBERS[kind] = {m.value: m for m in kind}  # type: ignore[attr-defined]
        try:
            return members[value]
        except (KeyError, TypeError):
            options = ", ".join(m.value for m in kind)  # type: ignore[attr-defined]
            raise self.fail(f"“{value}” is not one of {options}", key) from None

    def moment(self, key: str, default: datetime) -> datetime:
        """A date and time; one with an offset is converted to UTC, the way times are stored."""
        value = self.obj().get(key)
        if value is None:
            return default
        try:
            moment = datetime.fromisoformat(value)
        except (TypeError, ValueError):
            shown = for_terminal(str(value))[:40]
            raise self.fail(f"“{shown}” is not a date and time (YYYY-MM-DDTHH:MM:SS)", key) from None
        if moment.tzinfo is not None:
            moment = moment.astimezone(UTC).replace(tzinfo=None)
        return moment

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

    def count(self, key: str, *, low: int = 0, high: int = MAX_COUNT) -> int | None:
        value = self.obj().get(key)
        if value is None:
            return None
        if not isinstance(value, int) or isinstance(value, bool) or value < low:
            raise self.fail(f"must be a whole number, {low} or more", key)
        if value > high:
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
        return [_Reader(item, (key, i), self) for i, item in enumerate(self.sequence(key))]


_MEMBERS: dict[Any, dict[Any, Any]] = {}
"""Per enum, text -> member: looked up without the enum machinery for each of thousands of values."""


def _parse_draft(reader: _Reader) -> RationaleDraft:
    agreed_on = reader.day("agreed_on")
    agreed_order = reader.count("agreed_order", low=1, high=MAX_AGREED)
    if agreed_order is not None and agreed_on is None:
        raise reader.fail(
            "only an agreed reason (one with “agreed_on”) has a place among them", "agreed_order"
        )
    return RationaleDraft(
        text=reader.text("text", REASON),
        dimension=reader.choice("dimension", Dimension, ""),
        stance=reader.choice("stance", Stance, "held"),
        voice=reader.text("voice", VOICE),
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
        text=reader.text("text", NORM_TEXT),
        setting=reader.text("setting", SETTING),
        regulates=reader.text("regulates", REGULATES),
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
        note=reader.text("note", NOTE),
        text_before=reader.text("text_before", NORM_TEXT),
        text_after=reader.text("text_after", NORM_TEXT),
        rationales_before=_parse_drafts(reader, "rationales_before"),
        rationales_after=_parse_drafts(reader, "rationales_after"),
        session_id=None if session is None else session + 1,
        review_by_before=reader.day("review_by_before"),
        review_by_after=reader.day("review_by_after"),
    )


def _parse_team(reader: _Reader, now: datetime) -> Team:
    settings = [
        Setting(0, 0, s.text("name", SETTING_NAME), s.text("description", DESCRIPTION))
        for s in reader.items("settings")
    ]
    _refuse_repeats([s.name for s in settings], f"{reader.where}.settings", "name")
    meetings = reader.items("sessions")
    norms = tuple(_parse_norm(n, i, now, len(meetings)) for i, n in enumerate(reader.items("norms")))
    return Team(
        id=0,
        name=reader.text("name", TEAM_NAME),
        description=reader.text("description", DESCRIPTION),
        created=reader.moment("created", now),
        settings=tuple(settings),
        norms=norms,
        sessions=tuple(parse_session(s, i, norms) for i, s in enumerate(meetings)),
        prebrief=_parse_prebrief(reader.child("prebrief")),
    )


def _parse_prebrief(reader: _Reader | None) -> Prebrief:
    if reader is None:
        return Prebrief()
    reader.obj()
    return Prebrief(reader.text("statement", PREBRIEF_STATEMENT), reader.text("attribution", ATTRIBUTION))


def parse_document(document: Any) -> list[Team]:
    """Check a whole interchange document and return its teams (ids not yet assigned)."""
    root = _Reader(document, "file")
    data = root.obj()
    if data.get("format") != FORMAT:
        raise ValidationError("not a normlab file (its “format” is not “normlab”)")
    version = data.get("version")
    if type(version) is not int:
        raise ValidationError(f"file.version: must be a whole number (this normlab reads version {VERSION})")
    if version != VERSION:
        raise ValidationError(f"this file is format version {version}; this normlab reads version {VERSION}")
    now = utcnow()
    with paused_gc():
        teams = [_parse_team(_Reader(t.data, ("teams", i)), now) for i, t in enumerate(root.items("teams"))]
    _refuse_repeats([t.name for t in teams], "teams", "name")
    return teams


def _refuse_repeats(names: Sequence[str], where: str, key: str) -> None:
    seen: set[str] = set()
    for i, name in enumerate(names):
        if name in seen:
            raise ValidationError(f"{where}[{i}].{key}: “{name}” appears twice in the file")
        seen.add(name)


def repeated_norms(teams: Sequence[Team]) -> list[str]:
    """Warnings for norms whose wording repeats an earlier norm of the same team.

    They are imported (a team may have written the same norm twice, and an export must import
    again), and the person importing is told which ones they are."""
    warnings = []
    for t, team in enumerate(teams):
        first: dict[str, int] = {}
        for n, norm in enumerate(team.norms):
            key = norm.text.casefold()
            if key in first:
                warnings.append(
                    f"teams[{t}].norms[{n}].text: the same wording as norms[{first[key]}] of “{team.name}”"
                )
            else:
                first[key] = n
    return warnings


def import_teams(
    ws: Workspace, teams: Sequence[Team], *, rename_on_clash: bool = False, replace_on_clash: bool = False
) -> list[int]:
    """Add teams in one transaction. A name already taken is an error, or gets “(2)” with
    ``rename_on_clash``, or the team of that name is replaced with ``replace_on_clash``."""
    on_clash = OnClash.RENAME if rename_on_clash else OnClash.REPLACE if replace_on_clash else OnClash.REFUSE
    return store_teams(ws, teams, on_clash).team_ids


def import_json(ws: Workspace, document: Any, *, rename_on_clash: bool = False) -> list[int]:
    return import_teams(ws, parse_document(document), rename_on_clash=rename_on_clash)


def read_teams(path: str | Path, kind: str = "json", *, team_name: str | None = None) -> list[Team]:
    """The teams a JSON file, or the team a CSV file, holds; checked whole, nothing stored yet.

    ``team_name`` names the CSV file's team, or renames the one team of a JSON file."""
    text = read_text_file(path, kind.upper())
    if kind == "csv":
        from normlab.services.csv_import import parse_csv

        return [parse_csv(text, str(path), team_name=team_name, now=utcnow())]
    with paused_gc():
        teams = parse_document(loads_document(text, str(path)))
    if team_name is None:
        return teams
    if len(teams) != 1:
        raise ValidationError(f"{path}: holds {len(teams)} teams; --team names the team of a one-team file")
    return [_renamed(teams[0], clean(team_name, TEAM_NAME, "--team"))]


def import_file(
    ws: Workspace,
    path: str | Path,
    kind: str = "json",
    *,
    team_name: str | None = None,
    rename_on_clash: bool = False,
    replace_on_clash: bool = False,
) -> tuple[list[Team], list[int]]:
    """Import a JSON or CSV file all or nothing: the teams read, and the ids they were stored with."""
    teams = read_teams(path, kind, team_name=team_name)
    return teams, import_teams(ws, teams, rename_on_clash=rename_on_clash, replace_on_clash=replace_on_clash)


def _renamed(team: Team, name: str) -> Team:
    if name == team.name:
        return team
    return replace(team, name=name)
