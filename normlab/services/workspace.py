"""The use cases: every edit a person can make, each one committed transaction.

A ``Workspace`` is an open database plus a hub that announces what each committed edit changed.

Compare-and-set. Every edit that overwrites a value can carry the value the person saw
(``expected``); if someone else changed it meanwhile, nothing is overwritten and a ConflictError
says so. The check is real on every backend because each such edit

1. reads the row it changes through a locking getter of the repository
   (``repo.norm(id, lock=True)``, ``repo.rationale(id, lock=True)``, ``repo.team(id, lock=True)``):
   on PostgreSQL a ``SELECT ... FOR NO KEY UPDATE`` that waits for any other writer of that row to
   commit and then returns the committed value; on SQLite every writing transaction begins with
   BEGIN IMMEDIATE, so writers already run one at a time;
2. compares the current value with ``expected`` (``check_expected``) and raises ConflictError;
3. writes, and commits when the ``with self.db.transaction()`` block ends.

Locks are taken in one order, team before norm before rationale; a rationale's getter locks its
norm, so all edits of one norm and its reasons run one after the other. Inserts and moves that take
a position lock the parent row first (the team for norms, the norm for rationales), so concurrent
writers never hand out the same position. A new edit follows the same three steps.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session as OrmSession

from normlab.domain.errors import (
    ConflictError,
    NormlabError,
    NotFoundError,
    UnreachableError,
    ValidationError,
)
from normlab.domain.model import (
    Decision,
    Dimension,
    Norm,
    Rationale,
    RationaleDraft,
    Session,
    Stance,
    Status,
    Team,
    TeamSummary,
)
from normlab.domain.summary import NormSummary, TeamOverview
from normlab.domain.text import (
    DESCRIPTION,
    MEETING_NOTES,
    NORM_TEXT,
    NOTE,
    REASON,
    REGULATES,
    ROLES,
    SETTING,
    TEAM_NAME,
    VOICE,
    TextRule,
    clean,
    normalise,
)
from normlab.services.changes import Change, ChangeHub
from normlab.store.bulk import insert_team, paused_gc
from normlab.store.database import Database, reads_in
from normlab.store.location import sqlite_path
from normlab.store.location import to_url as database_url
from normlab.store.migrate import SchemaReport
from normlab.store.repository import (
    Repository,
    decision_rows,
    insert_norm,
    norm_from_row,
    rationale_from_row,
    snapshot,
)
from normlab.store.schema import NormRow, RationaleRow, RevisionRow, SessionRow, TeamRow

__all__ = ["Workspace", "database_url"]

MAX_NAME = 200
NORM_FIELDS = ("setting", "regulates", "status")
_REASON_PARTS = {"dimension": "this reason's dimension", "stance": "whether this reason is held or proposed"}
"""How a refused edit of a reason names what changed (the person reads "reason", not "rationale")."""


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def check_expected(current: object, expected: object | None, what: str) -> None:
    """The compare of compare-and-set: ``current`` was read through a locking getter.

    Expected text is compared in its stored form (``normalise``), as the value it was read as."""
    if isinstance(expected, str):
        expected = normalise(expected)
    elif isinstance(expected, tuple):
        expected = tuple(normalise(e) if isinstance(e, str) else e for e in expected)
    if expected is not None and current != expected:
        raise ConflictError(f"someone else changed {what} meanwhile; it was not overwritten")


def clean_text(value: str, what: str, limit: int | None = None) -> str:
    """A required text by the rules of ``normlab.domain.text`` (prefer ``clean`` with a rule)."""
    return clean(value, TextRule(what, limit or NORM_TEXT.limit))


class Workspace:
    def __init__(self, database: Database, report: SchemaReport | None = None) -> None:
        self.db = database
        self.report = report or SchemaReport()
        self.changes = ChangeHub()

    @classmethod
    def open(cls, url: str) -> Workspace:
        database, report = Database.open(url)
        return cls(database, report)

    @property
    def location(self) -> str:
        return self.db.location

    def reachable(self) -> bool:
        """False while the database cannot be reached (a server that is down): worth trying later."""
        try:
            with self.db.reading() as s:
                s.connection()
        except UnreachableError:
            return False
        except NormlabError:
            return True  # another fault: the edit itself will say what it is
        return True

    @property
    def disk_full(self) -> bool:
        """The disk is full: the database was opened for reading only."""
        return self.db.disk_full

    @property
    def backs_up_itself(self) -> bool:
        """A SQLite file, which normlab backs up (a server's database is backed up by its server)."""
        return sqlite_path(self.db.url) is not None

    @property
    def read_only(self) -> bool:
        """The database can be read but not written: every edit raises ReadOnlyError."""
        return self.db.read_only

    def close(self) -> None:
        self.db.close()

    def _publish(self, change: Change) -> None:
        self.changes.publish(change)

    # -- reading ---------------------------------------------------------------------------------

    def teams(self, *, today: date | None = None) -> list[TeamSummary]:
        """Every team with its norm count, and (given ``today``) how many of its norms are due for review."""
        with self.db.reads() as reads:
            return reads.teams(today)

    def team(self, team_id: int) -> Team:
        with paused_gc(), self.db.reads() as reads:
            return reads.team(team_id)

    def team_by_name(self, name: str) -> Team:
        return self.team(self.team_id(name))

    def team_id(self, name: str) -> int:
        """The id of the team called ``name``; NotFoundError when there is none."""
        with self.db.reads() as reads:
            team_id = reads.team_id(name)
        if team_id is None:
            raise NotFoundError(f"there is no team called “{name}”")
        return team_id

    def norm(self, norm_id: int) -> Norm:
        with self.db.reads() as reads:
            return reads.norm(norm_id)

    def sessions(self, team_id: int) -> tuple[Session, ...]:
        """The team's meetings with their decisions, oldest first."""
        with self.db.reads() as reads:
            return reads.team_sessions(team_id)

    def session_norms(self, session: Session) -> tuple[Norm, ...]:
        """The whole norms a meeting decided on, changed, or had on its agenda."""
        with self.db.reads() as reads:
            return reads.session_norms(session.id, session.agenda)

    def team_overview(self, team_id: int) -> TeamOverview:
        """The team with a summary of each norm (what its table shows), read in a few statements."""
        with paused_gc(), self.db.reads() as reads:
            return reads.team_overview(team_id)

    def norm_summary(self, norm_id: int) -> NormSummary:
        with self.db.reads() as reads:
            return reads.norm_summary(norm_id)

    # -- teams -----------------------------------------------------------------------------------

    def create_team(self, name: str, description: str = "") -> int:
        name = clean(name, TEAM_NAME)
        description = clean(description, DESCRIPTION)
        with self.db.transaction() as s:
            if Repository(s).team_id_by_name(name) is not None:
                raise ValidationError(f"a team called “{name}” already exists")
            row = TeamRow(name=name, description=description, created=utcnow())
            s.add(row)
            s.flush()
            team_id = row.id
        self._publish(Change(teams=True, team_id=team_id, order=True))
        return team_id

    def unique_team_name(self, wanted: str) -> str:
        """``wanted`` if no team has that name yet, else ``wanted (2)``, ``wanted (3)``, …"""
        with self.db.reading() as s:
            repo = Repository(s)
            name, counter = wanted, 2
            while repo.team_id_by_name(name) is not None:
                name = f"{wanted} ({counter})"
                counter += 1
            return name

    def rename_team(self, team_id: int, name: str, *, expected: str | None = None) -> str:
        """Rename a team; returns the old name (for undo)."""
        name = clean(name, TEAM_NAME)
        with self.db.transaction() as s:
            repo = Repository(s)
            row = repo.team(team_id, lock=True)
            check_expected(row.name, expected, "this team's name")
            other = repo.team_id_by_name(name)
            if other is not None and other != team_id:
                raise ValidationError(f"a team called “{name}” already exists")
            old, row.name = row.name, name
        self._publish(Change(teams=True, team_id=team_id))
        return old

    def delete_team(self, team_id: int) -> Team:
        """Delete a team with everything it holds; returns it whole so it can be restored."""
        with self.db.transaction() as s:
            team = take_out_team(s, team_id)
        self._publish(Change(teams=True, team_id=team_id, order=True))
        return team

    def restore_team(self, team: Team) -> None:
        """Put back a deleted team with its original ids (the undo of ``delete_team``)."""
        with self.db.transaction() as s:
            put_back_team(s, team)
        self._publish(Change(teams=True, team_id=team.id, order=True))

    def swap_teams(self, remove: Sequence[int], put_back: Sequence[Team]) -> list[Team]:
        """In one transaction, delete the teams ``remove`` and put back the teams ``put_back`` whole
        (with their ids); returns the deleted teams. The undo and redo of an import that replaced
        teams: all of it happens, or none of it."""
        with self.db.transaction() as s:
            taken = [take_out_team(s, team_id) for team_id in remove]
            for team in put_back:
                put_back_team(s, team)
        for team_id in [*remove, *(t.id for t in put_back)]:
            self._publish(Change(teams=True, team_id=team_id, order=True))
        return taken

    # -- norms -----------------------------------------------------------------------------------

    def add_norm(
        self,
        team_id: int,
        text: str,
        *,
        setting: str = "",
        regulates: str = "",
        status: Status = Status.CURRENT,
        position: int | None = None,
        rationales: Sequence[RationaleDraft] = (),
    ) -> int:
        """Add a norm at ``position`` (default: last) with optional first rationales."""
        text = clean(text, NORM_TEXT)
        setting, regulates = clean(setting, SETTING), clean(regulates, REGULATES)
        with self.db.transaction() as s:
            repo = Repository(s)
            repo.team(team_id, lock=True)
            count = repo.norm_count(team_id)
            index = count if position is None else max(0, min(position, count))
            repo.shift_norms(team_id, index, None, 1)
            now = utcnow()
            row = NormRow(
                team_id=team_id,
                text=text,
                setting=repo.setting_named(team_id, setting),
                regulates=regulates,
                status=Status(status).value,
                position=index,
                created=now,
                updated=now,
            )
            row.rationales = [_rationale_row(d, i) for i, d in enumerate(rationales)]
            s.add(row)
            s.flush()
            norm_id = row.id
        self._publish(Change(team_id=team_id, norm_ids=frozenset({norm_id}), order=True))
        return norm_id

    def set_norm_field(self, norm_id: int, field: str, value: str, *, expected: str | None = None) -> str:
        """Set a norm's setting, who it regulates, or status; returns the old value (for undo)."""
        if field not in NORM_FIELDS:
            raise ValidationError(f"a norm has no field “{field}”")
        with self.db.transaction() as s:
            repo = Repository(s)
            row = repo.norm(norm_id, lock=True)
            old = norm_from_row(row)
            current = str(getattr(old, field))
            check_expected(current, expected, "this norm")
            if field == "setting":
                row.setting = repo.setting_named(row.team_id, clean(value, SETTING))
            elif field == "status":
                try:
                    row.status = Status(value).value
                except ValueError:
                    raise ValidationError(f"“{value}” is not a status (current, proposed, retired)") from None
            else:
                row.regulates = clean(value, REGULATES)
            row.updated = utcnow()
            team_id = row.team_id
        self._publish(Change(team_id=team_id, norm_ids=frozenset({norm_id})))
        return current

    def reword_norm(
        self,
        norm_id: int,
        text: str,
        *,
        note: str = "",
        expected: str | None = None,
        session_id: int | None = None,
    ) -> int:
        """Give a norm new wording and record the revision; returns the revision's id.

        The revision's "before" rationales are those the norm had at its last revision, if they
        were changed since, so that moving a reason and then rewording counts as one change.
        ``session_id`` names the meeting the rewording was made in.
        """
        text, note = clean(text, NORM_TEXT), clean(note, NOTE)
        with self.db.transaction() as s:
            row = Repository(s).norm(norm_id, lock=True)
            check_expected(row.text, expected, "this norm's wording")
            if row.text == text:
                raise ValidationError("the new wording is the same as the old one")
            revision = _record_revision(row, text, note)
            revision.session_id = session_id
            s.add(revision)
            s.flush()
            revision_id, team_id = revision.id, row.team_id
        self._publish(Change(team_id=team_id, norm_ids=frozenset({norm_id}), session_id=session_id))
        return revision_id

    def revise_norm(
        self,
        norm_id: int,
        *,
        text: str | None = None,
        rationales: Sequence[RationaleDraft] | None = None,
        note: str = "",
    ) -> int:
        """Change a norm's wording and/or replace its rationales in one recorded revision."""
        with self.db.transaction() as s:
            row = Repository(s).norm(norm_id, lock=True)
            new_text = row.text if text is None else clean(text, NORM_TEXT)
            note = clean(note, NOTE)
            if rationales is not None:
                _set_baseline(row)
                row.rationales = [_rationale_row(d, i) for i, d in enumerate(rationales)]
                s.flush()
            revision = _record_revision(row, new_text, note)
            s.add(revision)
            s.flush()
            revision_id, team_id = revision.id, row.team_id
        self._publish(Change(team_id=team_id, norm_ids=frozenset({norm_id})))
        return revision_id

    def revert_revision(self, revision_id: int) -> None:
        """Undo a rewording: the old wording comes back and the revision is removed."""
        with self.db.transaction() as s:
            repo = Repository(s)
            revision = repo.revision(revision_id, lock=True)
            row = revision.norm
            if row.text != revision.text_after:
                raise ConflictError("this norm was reworded again since; undo that first")
            row.text = revision.text_before
            row.updated = utcnow()
            current = snapshot(row.rationales)
            row.baseline = None if revision.rationales_before == current else revision.rationales_before
            s.delete(revision)
            norm_id, team_id = row.id, row.team_id
        self._publish(Change(team_id=team_id, norm_ids=frozenset({norm_id})))

    def move_norm(self, norm_id: int, index: int, *, expected: int | None = None) -> int:
        """Move a norm to ``index`` in its team's order; returns its old index (for undo).

        ``expected`` is the index the person saw it at."""
        with self.db.transaction() as s:
            repo = Repository(s)
            repo.team(repo.team_id_of_norm(norm_id), lock=True)
            row = repo.norm(norm_id)
            old = row.position
            check_expected(old, expected, "the order of these norms")
            index = max(0, min(index, repo.norm_count(row.team_id) - 1))
            if index > old:
                repo.shift_norms(row.team_id, old + 1, index + 1, -1)
            elif index < old:
                repo.shift_norms(row.team_id, index, old, 1)
            row.position = index
            team_id = row.team_id
        self._publish(Change(team_id=team_id, norm_ids=frozenset({norm_id}), order=True))
        return old

    def delete_norm(self, norm_id: int) -> Norm:
        """Delete a norm with its rationales and history; returns it whole for ``restore_norm``."""
        with self.db.transaction() as s:
            repo = Repository(s)
            repo.team(repo.team_id_of_norm(norm_id), lock=True)
            row = repo.norm(norm_id)
            norm = reads_in(s).norm(norm_id)
            team_id = row.team_id
            s.delete(row)
            s.flush()
            repo.shift_norms(team_id, norm.position + 1, None, -1)
        self._publish(Change(team_id=team_id, norm_ids=frozenset({norm_id}), order=True))
        return norm

    def restore_norm(self, norm: Norm) -> None:
        """Put a deleted norm back where it was, with its original ids."""
        with self.db.transaction() as s:
            repo = Repository(s)
            repo.team(norm.team_id, lock=True)
            setting = repo.setting_named(norm.team_id, norm.setting)
            index = min(norm.position, repo.norm_count(norm.team_id))
            repo.shift_norms(norm.team_id, index, None, 1)
            try:
                insert_norm(s, replace(norm, position=index), norm.team_id, setting, keep_ids=True)
            except IntegrityError:
                raise ConflictError("that norm exists again; it was not restored") from None
        self._publish(Change(team_id=norm.team_id, norm_ids=frozenset({norm.id}), order=True))

    # -- rationales ------------------------------------------------------------------------------

    def add_rationale(self, norm_id: int, draft: RationaleDraft, *, position: int | None = None) -> int:
        draft = _clean_draft(draft)
        with self.db.transaction() as s:
            row = Repository(s).norm(norm_id, lock=True)
            rationales = list(row.rationales)
            new = _rationale_row(draft, 0)
            index = len(rationales) if position is None else max(0, min(position, len(rationales)))
            rationales.insert(index, new)
            row.rationales = rationales
            _renumber(rationales)
            row.updated = utcnow()
            s.flush()
            rationale_id, team_id = new.id, row.team_id
        self._publish(Change(team_id=team_id, norm_ids=frozenset({norm_id})))
        return rationale_id

    def edit_rationale(
        self,
        rationale_id: int,
        *,
        text: str | None = None,
        voice: str | None = None,
        expected: tuple[str, str] | None = None,
    ) -> tuple[str, str]:
        """Change a rationale's words or voice; returns the old (text, voice) for undo."""
        with self.db.transaction() as s:
            row = Repository(s).rationale(rationale_id, lock=True)
            old = (row.text, row.voice)
            check_expected(old, expected, "this reason")
            _set_baseline(row.norm)
            if text is not None:
                row.text = clean(text, REASON)
            if voice is not None:
                row.voice = clean(voice, VOICE)
            row.norm.updated = utcnow()
            norm_id, team_id = row.norm_id, row.norm.team_id
        self._publish(Change(team_id=team_id, norm_ids=frozenset({norm_id})))
        return old

    def move_rationale(
        self, rationale_id: int, dimension: Dimension, *, expected: Dimension | None = None
    ) -> Dimension:
        """Move a rationale to another dimension's lane; returns the old dimension (for undo)."""
        return self._set_rationale(rationale_id, "dimension", Dimension(dimension), expected)

    def set_stance(self, rationale_id: int, stance: Stance, *, expected: Stance | None = None) -> Stance:
        """Mark a rationale held or proposed; returns the old stance (for undo)."""
        return self._set_rationale(rationale_id, "stance", Stance(stance), expected)

    def _set_rationale(self, rationale_id: int, attribute: str, value: Any, expected: Any) -> Any:
        kind = type(value)
        with self.db.transaction() as s:
            row = Repository(s).rationale(rationale_id, lock=True)
            old = getattr(row, attribute)
            check_expected(old, None if expected is None else kind(expected).value, _REASON_PARTS[attribute])
            value = value.value
            if old != value:
                _set_baseline(row.norm)
                setattr(row, attribute, value)
                row.norm.updated = utcnow()
            norm_id, team_id = row.norm_id, row.norm.team_id
        self._publish(Change(team_id=team_id, norm_ids=frozenset({norm_id})))
        return kind(old)

    def delete_rationale(self, rationale_id: int) -> Rationale:
        with self.db.transaction() as s:
            row = Repository(s).rationale(rationale_id, lock=True)
            rationale = rationale_from_row(row)
            norm = row.norm
            _set_baseline(norm)
            norm.rationales.remove(row)
            _renumber(norm.rationales)
            norm.updated = utcnow()
            team_id = norm.team_id
        self._publish(Change(team_id=team_id, norm_ids=frozenset({rationale.norm_id})))
        return rationale

    def restore_rationale(self, rationale: Rationale) -> None:
        with self.db.transaction() as s:
            norm = Repository(s).norm(rationale.norm_id, lock=True)
            row = _rationale_row(rationale.draft, 0)
            row.id = rationale.id
            rationales = list(norm.rationales)
            rationales.insert(min(rationale.position, len(rationales)), row)
            norm.rationales = rationales
            _renumber(rationales)
            team_id = norm.team_id
        self._publish(Change(team_id=team_id, norm_ids=frozenset({rationale.norm_id})))

    # -- sessions --------------------------------------------------------------------------------

    def record_session(
        self,
        team_id: int,
        held_on: date,
        *,
        attendance: int | None = None,
        roles: str = "",
        notes: str = "",
        decisions: Sequence[Decision] = (),
        next_review: date | None = None,
    ) -> int:
        with self.db.transaction() as s:
            Repository(s).team(team_id)
            row = SessionRow(
                team_id=team_id,
                held_on=held_on,
                attendance=attendance,
                roles=clean(roles, ROLES),
                notes=clean(notes, MEETING_NOTES),
                next_review=next_review,
            )
            row.decisions = decision_rows(decisions)
            s.add(row)
            s.flush()
            session_id = row.id
        self._publish(Change(team_id=team_id))
        return session_id


def take_out_team(s: OrmSession, team_id: int) -> Team:
    """Delete a team inside the transaction ``s``; returns it whole, so it can be put back."""
    repo = Repository(s)
    repo.team(team_id, lock=True)
    team = reads_in(s).team(team_id)
    s.delete(repo.team(team_id))
    s.flush()
    return team


def put_back_team(s: OrmSession, team: Team) -> None:
    """Insert a team taken out before, with its original ids, inside the transaction ``s``."""
    if Repository(s).team_id_by_name(team.name) is not None:
        raise ConflictError(f"a team called “{team.name}” exists again; it was not restored")
    insert_team(s, team, keep_ids=True)


def _renumber(rows: Sequence[NormRow] | Sequence[RationaleRow]) -> None:
    for index, row in enumerate(rows):
        if row.position != index:
            row.position = index


def _clean_draft(draft: RationaleDraft) -> RationaleDraft:
    return RationaleDraft(
        text=clean(draft.text, REASON),
        dimension=Dimension(draft.dimension),
        stance=Stance(draft.stance),
        voice=clean(draft.voice, VOICE),
    )


def _rationale_row(draft: RationaleDraft, position: int) -> RationaleRow:
    draft = _clean_draft(draft)
    return RationaleRow(
        text=draft.text,
        dimension=draft.dimension.value,
        stance=draft.stance.value,
        voice=draft.voice,
        position=position,
    )


def _set_baseline(row: NormRow) -> None:
    """Remember the rationales as they are now, unless they were already changed since the last revision."""
    if row.baseline is None:
        row.baseline = snapshot(row.rationales)


def _record_revision(row: NormRow, new_text: str, note: str) -> RevisionRow:
    before = row.baseline if row.baseline is not None else snapshot(row.rationales)
    revision = RevisionRow(
        norm_id=row.id,
        at=utcnow(),
        note=clean(note, NOTE),
        text_before=row.text,
        text_after=new_text,
        rationales_before=before,
        rationales_after=snapshot(row.rationales),
        review_by_before=row.review_by,
        review_by_after=row.review_by,
    )
    row.text = new_text
    row.baseline = None
    row.updated = revision.at
    return revision
