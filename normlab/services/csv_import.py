"""Reading a team back from the CSV layout normlab exports: one row per reason, the norm's columns
repeated on each of its rows (a norm without reasons has one row with empty reason cells).

The header names the columns, in any order; ``norm`` is the only one required, and the columns
added later (``agreed_on``, ``review_by``) may be missing. Every cell goes through the same text
rules as everything else (``normlab.domain.text``), and an error names the row and the column. A
cell that export prefixed with an apostrophe (so a spreadsheet would not run it as a formula) is
read back without it.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TypeVar

from normlab.domain.errors import ValidationError
from normlab.domain.model import MAX_AGREED, Dimension, Norm, Rationale, Stance, Status, Team
from normlab.domain.review import parse_day
from normlab.domain.text import NORM_TEXT, REASON, REGULATES, SETTING, TEAM_NAME, VOICE, TextRule, clean

COLUMNS = (
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
MAX_POSITION = 1_000_000
E = TypeVar("E")


def unneutralise(cell: str, starts: tuple[str, ...]) -> str:
    """Undo the apostrophe that export puts before a formula-like cell."""
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(starts) else cell


@dataclass
class _Norm:
    first_row: int
    text: str
    position: str
    setting: str
    regulates: str
    status: Status
    review_by: date | None
    rationales: list[Rationale] = field(default_factory=list)


class _Row:
    def __init__(self, where: str, number: int, cells: dict[str, str], starts: tuple[str, ...]) -> None:
        self.where = f"{where}, row {number}"
        self.number = number
        self._cells = cells
        self._starts = starts

    def raw(self, column: str) -> str:
        return unneutralise(self._cells.get(column, ""), self._starts)

    def fail(self, column: str, problem: str) -> ValidationError:
        return ValidationError(f"{self.where}, {column}: {problem}")

    def text(self, column: str, rule: TextRule) -> str:
        return clean(self.raw(column), rule, f"{self.where}, {column}")

    def choice(self, column: str, kind: Callable[[str], E], default: str) -> E:
        value = self.raw(column).strip() or default
        try:
            return kind(value)
        except ValueError:
            options = ", ".join(m.value for m in kind)  # type: ignore[attr-defined]
            raise self.fail(column, f"“{value[:40]}” is not one of {options}") from None

    def day(self, column: str) -> date | None:
        value = self.raw(column).strip()
        if not value:
            return None
        try:
            return parse_day(value[:40])
        except ValueError as exc:
            raise self.fail(column, str(exc)) from None


def parse_csv(text: str, where: str, *, team_name: str | None = None, now: datetime) -> Team:
    """The team a CSV file holds (named ``team_name``, or as its ``team`` column says)."""
    from normlab.services.interchange import FORMULA_STARTS

    try:
        rows = list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as exc:
        raise ValidationError(f"{where}: not a CSV file normlab reads ({exc})") from None
    if not rows or not any(cell.strip() for cell in rows[0]):
        raise ValidationError(f"{where}: the file is empty; the first row must name the columns")
    header = [cell.strip().lower().lstrip("\ufeff") for cell in rows[0]]
    for column in header:
        if column not in COLUMNS:
            raise ValidationError(
                f"{where}, row 1: “{column[:40]}” is not a column normlab reads ({', '.join(COLUMNS)})"
            )
    if len(set(header)) != len(header):
        raise ValidationError(f"{where}, row 1: a column is named twice")
    if "norm" not in header:
        raise ValidationError(f"{where}, row 1: there is no “norm” column")

    name = None if team_name is None else clean(team_name, TEAM_NAME, "--team")
    norms: list[_Norm] = []
    for number, cells in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) != len(header):
            raise ValidationError(
                f"{where}, row {number}: has {len(cells)} cells; the header has {len(header)}"
            )
        row = _Row(where, number, dict(zip(header, cells, strict=True)), FORMULA_STARTS)
        if team_name is None:
            team = row.text("team", TEAM_NAME) if "team" in header else None
            if team is None:
                raise ValidationError(f"{where}: there is no “team” column; say which team with --team")
            if name is None:
                name = team
            elif team != name:
                raise row.fail("team", f"“{team}” is another team than “{name}” (one team per file)")
        _add_row(norms, row)
    if name is None:
        raise ValidationError(f"{where}: there are no norms in the file")
    return Team(
        id=0,
        name=name,
        description="",
        created=now,
        norms=tuple(
            Norm(
                id=i + 1,
                team_id=0,
                text=n.text,
                setting=n.setting,
                regulates=n.regulates,
                status=n.status,
                position=i,
                created=now,
                updated=now,
                rationales=tuple(n.rationales),
                review_by=n.review_by,
            )
            for i, n in enumerate(norms)
        ),
    )


def _add_row(norms: list[_Norm], row: _Row) -> None:
    text = row.text("norm", NORM_TEXT)
    position = row.raw("position").strip()
    if position and not (position.isdigit() and 1 <= int(position[:8]) <= MAX_POSITION):
        raise row.fail("position", f"“{position[:40]}” is not a number from 1 to {MAX_POSITION:,}")
    here = _Norm(
        first_row=row.number,
        text=text,
        position=position,
        setting=row.text("setting", SETTING),
        regulates=row.text("regulates", REGULATES),
        status=row.choice("status", Status, "current"),
        review_by=row.day("review_by"),
    )
    last = norms[-1] if norms else None
    if last is None or (last.text, last.position) != (text, position):
        last = here
        norms.append(last)
    else:  # another reason of the same norm: the norm's own cells must say the same again
        for column, attribute in (
            ("setting", "setting"),
            ("regulates", "regulates"),
            ("status", "status"),
            ("review_by", "review_by"),
        ):
            if getattr(here, attribute) != getattr(last, attribute):
                raise row.fail(column, f"differs from row {last.first_row}, the same norm's first row")
    reason = row.text("rationale", TextRule(REASON.what, REASON.limit, required=False))
    if not reason:
        if row.raw("dimension").strip() or row.raw("voice").strip():
            raise row.fail("rationale", "is empty, but the row gives the reason's dimension or voice")
        return
    agreed_on = row.day("agreed_on")
    agreed = [r for r in last.rationales if r.agreed_on is not None]
    if agreed_on is not None and len(agreed) >= MAX_AGREED:
        raise row.fail("agreed_on", f"a norm rests on at most {MAX_AGREED} agreed reasons")
    last.rationales.append(
        Rationale(
            id=0,
            norm_id=0,
            text=clean(reason, REASON, f"{row.where}, rationale"),
            dimension=row.choice("dimension", Dimension, ""),
            stance=row.choice("stance", Stance, "held"),
            voice=row.text("voice", VOICE),
            position=len(last.rationales),
            agreed_on=agreed_on,
            agreed_order=None if agreed_on is None else len(agreed) + 1,
        )
    )
