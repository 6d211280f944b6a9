"""Teams, settings, norms, rationales and revisions.

Revision ID: 0001_initial
Revises:
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "teams",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("created", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_teams")),
        sa.UniqueConstraint("name", name=op.f("uq_teams_name")),
    )
    op.create_table(
        "settings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["team_id"], ["teams.id"], name=op.f("fk_settings_team_id_teams"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_settings")),
        sa.UniqueConstraint("team_id", "name", name=op.f("uq_settings_team_id")),
    )
    op.create_index(op.f("ix_settings_team_id"), "settings", ["team_id"])
    op.create_table(
        "norms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("setting_id", sa.Integer(), nullable=True),
        sa.Column("regulates", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created", sa.DateTime(), nullable=False),
        sa.Column("updated", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["team_id"], ["teams.id"], name=op.f("fk_norms_team_id_teams"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["setting_id"], ["settings.id"], name=op.f("fk_norms_setting_id_settings"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_norms")),
    )
    op.create_index(op.f("ix_norms_setting_id"), "norms", ["setting_id"])
    op.create_table(
        "rationales",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("norm_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("dimension", sa.String(length=20), nullable=False),
        sa.Column("stance", sa.String(length=20), nullable=False),
        sa.Column("voice", sa.String(length=200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["norm_id"], ["norms.id"], name=op.f("fk_rationales_norm_id_norms"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rationales")),
    )
    op.create_index(op.f("ix_rationales_norm_id"), "rationales", ["norm_id"])
    op.create_table(
        "revisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("norm_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("text_before", sa.Text(), nullable=False),
        sa.Column("text_after", sa.Text(), nullable=False),
        sa.Column("rationales_before", sa.JSON(), nullable=False),
        sa.Column("rationales_after", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["norm_id"], ["norms.id"], name=op.f("fk_revisions_norm_id_norms"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_revisions")),
    )
    op.create_index(op.f("ix_revisions_norm_id"), "revisions", ["norm_id"])


def downgrade() -> None:
    op.drop_table("revisions")
    op.drop_table("rationales")
    op.drop_table("norms")
    op.drop_table("settings")
    op.drop_table("teams")
