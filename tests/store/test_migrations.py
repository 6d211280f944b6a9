from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from normlab.domain.errors import NormlabError
from normlab.store import migrate
from normlab.store.migrate import (
    HEAD_REVISION,
    KNOWN_REVISIONS,
    DatabaseTooNewError,
    MigrationError,
    ensure_schema,
    read_revision,
    upgrade,
)


def url_of(path: Path) -> str:
    return f"sqlite:///{path}"


def counts(path: Path, tables: list[str]) -> dict[str, int]:
    con = sqlite3.connect(path)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    finally:
        con.close()


def populate_first_revision(path: Path, norms: int = 40) -> None:
    """Fill a database at the first schema revision with teams, norms, rationales and revisions."""
    upgrade(url_of(path), "0001_initial")
    con = sqlite3.connect(path)
    with con:
        con.execute("PRAGMA foreign_keys = ON")
        for team in (1, 2):
            con.execute(
                "INSERT INTO teams (id, name, description, created) VALUES (?, ?, '', '2025-01-01 09:00:00')",
                (team, f"Team {team}"),
            )
            con.execute(
                "INSERT INTO settings (id, team_id, name, description) VALUES (?, ?, 'tests', '')",
                (team, team),
            )
        for n in range(1, norms + 1):
            team = 1 + n % 2
            con.execute(
                "INSERT INTO norms (id, team_id, text, setting_id, regulates, status, position, created, updated)"
                " VALUES (?, ?, ?, ?, 'pupils', 'current', ?, '2025-01-01 09:00:00', '2025-01-01 09:00:00')",
                (n, team, f"Norm {n} – Ελληνικά", team, n),
            )
            for r in range(3):
                con.execute(
                    "INSERT INTO rationales (norm_id, text, dimension, stance, voice, position)"
                    " VALUES (?, ?, 'operational', 'held', 'teacher', ?)",
                    (n, f"reason {r}", r),
                )
            con.execute(
                "INSERT INTO revisions (norm_id, at, note, text_before, text_after, rationales_before,"
                " rationales_after) VALUES (?, '2025-02-01 09:00:00', '', 'old', ?, '[]', '[]')",
                (n, f"Norm {n}"),
            )
    con.close()


TABLES = ["teams", "settings", "norms", "rationales", "revisions"]


def test_empty_database_migrates_to_head(tmp_path: Path):
    path = tmp_path / "new" / "normlab.sqlite3"
    report = ensure_schema(url_of(path))
    assert report.created
    assert read_revision(url_of(path)) == HEAD_REVISION
    con = sqlite3.connect(path)
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"teams", "norms", "rationales", "revisions", "sessions", "decisions"} <= tables
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    con.close()
    assert ensure_schema(url_of(path)) == migrate.SchemaReport()


def test_known_revisions_match_the_migration_scripts():
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(migrate.alembic_config())
    ordered = [s.revision for s in reversed(list(scripts.walk_revisions()))]
    assert tuple(ordered) == KNOWN_REVISIONS
    assert scripts.get_current_head() == HEAD_REVISION


def test_migrations_build_exactly_the_orm_schema(tmp_path: Path):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlalchemy import create_engine

    from normlab.store.schema import Base

    path = tmp_path / "db.sqlite3"
    ensure_schema(url_of(path))
    engine = create_engine(url_of(path))
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert diff == []


def test_upgrading_a_populated_database_keeps_every_row_and_leaves_a_checked_backup(tmp_path: Path):
    path = tmp_path / "normlab.sqlite3"
    populate_first_revision(path)
    before = counts(path, TABLES)
    assert before["rationales"] == 120

    report = ensure_schema(url_of(path))

    assert report.upgraded_from == "0001_initial"
    assert counts(path, TABLES) == before
    assert report.backup is not None and report.backup.exists()
    assert report.backup.parent == path.parent
    assert counts(report.backup, TABLES) == before
    assert read_revision(url_of(report.backup)) == "0001_initial"
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    con.close()
    assert read_revision(url_of(path)) == HEAD_REVISION


def test_a_failed_upgrade_leaves_the_original_as_it_was(tmp_path: Path, monkeypatch):
    path = tmp_path / "normlab.sqlite3"
    populate_first_revision(path, norms=6)
    before = counts(path, TABLES)

    from alembic import command

    real_upgrade = command.upgrade

    def upgrade_then_fail(config, target):
        real_upgrade(config, target)  # the real DDL runs, inside the transaction
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(command, "upgrade", upgrade_then_fail)
    with pytest.raises(MigrationError) as failure:
        ensure_schema(url_of(path))
    assert "disk on fire" in str(failure.value)
    assert "backup" in str(failure.value)
    assert read_revision(url_of(path)) == "0001_initial"
    assert counts(path, TABLES) == before
    con = sqlite3.connect(path)
    columns = {row[1] for row in con.execute("PRAGMA table_info(norms)")}
    con.close()
    assert "baseline" not in columns


def test_a_database_from_a_newer_normlab_is_refused_and_left_byte_for_byte(tmp_path: Path):
    path = tmp_path / "normlab.sqlite3"
    ensure_schema(url_of(path))
    con = sqlite3.connect(path)
    with con:
        con.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    original = path.read_bytes()
    siblings = sorted(p.name for p in tmp_path.iterdir())

    with pytest.raises(DatabaseTooNewError) as refused:
        ensure_schema(url_of(path))

    message = str(refused.value)
    assert "\n" not in message and "newer normlab" in message and "unchanged" in message
    assert path.read_bytes() == original
    assert sorted(p.name for p in tmp_path.iterdir()) == siblings


def test_a_file_that_is_not_a_normlab_database_is_refused(tmp_path: Path):
    other = tmp_path / "other.sqlite3"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE recipes (id INTEGER)")
    con.close()
    with pytest.raises(NormlabError, match="not a normlab database"):
        ensure_schema(url_of(other))
    text_file = tmp_path / "notes.txt"
    text_file.write_text("hello " * 1000)
    with pytest.raises(NormlabError, match="not a normlab database"):
        ensure_schema(url_of(text_file))
    assert text_file.read_text() == "hello " * 1000


def test_opening_a_current_database_does_not_import_alembic(tmp_path: Path):
    path = tmp_path / "normlab.sqlite3"
    ensure_schema(url_of(path))
    code = (
        "import sys\n"
        "from normlab.services.workspace import Workspace\n"
        f"ws = Workspace.open({url_of(path)!r})\n"
        "ws.teams()\n"
        "print('alembic' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_migrations_run_from_any_working_directory(tmp_path: Path):
    path = tmp_path / "elsewhere.sqlite3"
    code = f"from normlab.store.migrate import ensure_schema; print(ensure_schema({url_of(path)!r}).created)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd="/", check=True)
    assert out.stdout.strip() == "True"


REBUILD = """
import sqlalchemy as sa
from alembic import op

revision = "0099_rebuild_norms"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("norms", recreate="always") as batch:
        batch.alter_column("regulates", existing_type=sa.String(200), type_=sa.String(300))


def downgrade():
    pass
"""


def test_a_batch_rebuild_of_a_parent_table_keeps_its_children(tmp_path: Path, monkeypatch):
    """SQLite rebuilds a table to alter a column; with foreign keys on, ON DELETE CASCADE would
    empty rationales and revisions. The migration runner keeps them off and checks afterwards."""
    import shutil

    import normlab.migrations

    scripts = tmp_path / "migrations"
    shutil.copytree(Path(normlab.migrations.__file__).parent, scripts)
    (scripts / "versions" / "0099_rebuild_norms.py").write_text(REBUILD.replace("{head}", HEAD_REVISION))
    real_config = migrate.alembic_config

    def config_with_rebuild():
        config = real_config()
        config.set_main_option("script_location", str(scripts))
        return config

    path = tmp_path / "normlab.sqlite3"
    populate_first_revision(path, norms=10)
    ensure_schema(url_of(path))
    before = counts(path, TABLES)
    monkeypatch.setattr(migrate, "alembic_config", config_with_rebuild)
    upgrade(url_of(path))
    assert read_revision(url_of(path)) == "0099_rebuild_norms"
    assert counts(path, TABLES) == before
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    assert "VARCHAR(300)" in con.execute("SELECT sql FROM sqlite_master WHERE name = 'norms'").fetchone()[0]
    con.close()


def populate_sessions_revision(path: Path) -> None:
    """A database at 0002 with norms, reasons, a revision, a meeting and its decisions."""
    populate_first_revision(path, norms=6)
    upgrade(url_of(path), "0002_sessions")
    con = sqlite3.connect(path)
    with con:
        con.execute("PRAGMA foreign_keys = ON")
        con.execute(
            "INSERT INTO sessions (id, team_id, held_on, attendance, roles, notes, next_review)"
            " VALUES (1, 1, '2026-02-01', 8, 'teachers', 'first look', '2026-06-01')"
        )
        for position, (text, outcome) in enumerate(
            [("Norm 2 – Ελληνικά", "keep"), ("Norm 3 – Ελληνικά", "retire"), ("a norm long gone", "revise")]
        ):
            con.execute(
                "INSERT INTO decisions (session_id, norm_text, outcome, note, position) VALUES (1, ?, ?, '', ?)",
                (text, outcome, position),
            )
    con.close()


def test_upgrading_from_0002_keeps_the_meetings_and_links_their_decisions(tmp_path: Path):
    path = tmp_path / "normlab.sqlite3"
    populate_sessions_revision(path)
    tables = [*TABLES, "sessions", "decisions"]
    before = counts(path, tables)

    report = ensure_schema(url_of(path))

    assert report.upgraded_from == "0002_sessions" and report.backup is not None
    assert counts(path, tables) == before
    assert read_revision(url_of(path)) == HEAD_REVISION
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        decisions = con.execute("SELECT norm_text, norm_id FROM decisions ORDER BY position").fetchall()
        # a decision is linked to the norm of its team with that wording: norm 3 is team 2's
        assert decisions == [
            ("Norm 2 – Ελληνικά", 2),
            ("Norm 3 – Ελληνικά", None),
            ("a norm long gone", None),
        ]
        assert con.execute("SELECT is_open, agenda, time_box, next_review FROM sessions").fetchall() == [
            (0, None, None, "2026-06-01")
        ]
        assert con.execute("SELECT count(*) FROM norms WHERE review_by IS NOT NULL").fetchone()[0] == 0
        assert con.execute("SELECT count(*) FROM rationales WHERE agreed_on IS NOT NULL").fetchone()[0] == 0
        assert con.execute("SELECT count(*) FROM revisions WHERE session_id IS NOT NULL").fetchone()[0] == 0
        # the new rules hold at once: at most two agreed reasons, places 1 and 2
        rationale = con.execute("SELECT id FROM rationales LIMIT 1").fetchone()[0]
        with pytest.raises(sqlite3.IntegrityError):
            con.execute(
                "UPDATE rationales SET agreed_on = '2026-03-01', agreed_order = 3 WHERE id = ?", (rationale,)
            )
    finally:
        con.close()


def test_upgrading_from_0003_gives_every_team_normlabs_wording_and_keeps_everything(tmp_path: Path):
    path = tmp_path / "normlab.sqlite3"
    populate_sessions_revision(path)
    upgrade(url_of(path), "0003_agreed")
    con = sqlite3.connect(path)
    with con:
        con.execute("UPDATE rationales SET agreed_on = '2026-03-01', agreed_order = 1 WHERE id = 1")
        con.execute("UPDATE norms SET review_by = '2026-09-01' WHERE id = 1")
    con.close()
    tables = [*TABLES, "sessions", "decisions"]
    before = counts(path, tables)

    report = ensure_schema(url_of(path))

    assert report.upgraded_from == "0003_agreed" and report.backup is not None
    assert read_revision(url_of(report.backup)) == "0003_agreed"
    assert counts(path, tables) == before
    assert read_revision(url_of(path)) == HEAD_REVISION
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        assert con.execute(
            "SELECT name, prebrief_statement, prebrief_attribution FROM teams ORDER BY id"
        ).fetchall() == [
            ("Team 1", "", ""),
            ("Team 2", "", ""),
        ]
        assert con.execute("SELECT agreed_on FROM rationales WHERE id = 1").fetchone() == ("2026-03-01",)
    finally:
        con.close()

    from normlab.domain import Prebrief
    from normlab.services.prebrief import set_prebrief
    from normlab.services.workspace import Workspace

    ws = Workspace.open(url_of(path))
    try:
        assert ws.team(1).prebrief == Prebrief()
        assert ws.norm(1).review_by is not None and ws.norm(1).rationales[0].agreed
        set_prebrief(ws, 1, Prebrief("Everyone here wants to learn.", "Our unit"))
        assert ws.team(1).prebrief == Prebrief("Everyone here wants to learn.", "Our unit")
    finally:
        ws.close()

    # and back down: the statement goes, nothing else does
    from alembic import command
    from sqlalchemy import create_engine

    engine = create_engine(url_of(path))
    with engine.begin() as conn:
        config = migrate.alembic_config()
        config.attributes["connection"] = conn
        command.downgrade(config, "0003_agreed")
    engine.dispose()
    assert read_revision(url_of(path)) == "0003_agreed"
    con = sqlite3.connect(path)
    try:
        columns = {row[1] for row in con.execute("PRAGMA table_info(teams)")}
        assert "prebrief_statement" not in columns and counts(path, tables) == before
    finally:
        con.close()
