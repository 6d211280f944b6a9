"""Agreed reasons, review-by dates, and meetings that record what they changed.

A rationale can be agreed (a date and its place, 1 or 2, among the norm's agreed reasons); a norm
gets a review-by date; a revision names the meeting it was made in and the review-by date before
and after; a meeting can be open, keeps its agenda and time box; a decision names its norm and can
carry a consensus check. Decisions already stored are linked to the norm of the same wording.

Revision ID: 0003_agreed
Revises: 0002_sessions
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_agreed"
down_revision = "0002_sessions"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("norms") as batch:
        batch.add_column(sa.Column("review_by", sa.Date(), nullable=True))
        batch.create_index(batch.f("ix_norms_review_by"), ["review_by"])
    with op.batch_alter_table("rationales") as batch:
        batch.add_column(sa.Column("agreed_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("agreed_order", sa.Integer(), nullable=True))
        batch.create_unique_constraint(batch.f("uq_rationales_norm_id"), ["norm_id", "agreed_order"])
        batch.create_check_constraint(
            batch.f("ck_rationales_agreed_order"), sa.text("agreed_order IN (1, 2)")
        )
        batch.create_check_constraint(
            batch.f("ck_rationales_agreed_pair"), sa.text("(agreed_on IS NULL) = (agreed_order IS NULL)")
        )
    with op.batch_alter_table("sessions") as batch:
        batch.add_column(sa.Column("is_open", sa.Boolean(), server_default=sa.false(), nullable=False))
        batch.add_column(sa.Column("agenda", sa.JSON(), nullable=True))
        batch.add_column(sa.Column("time_box", sa.Integer(), nullable=True))
    with op.batch_alter_table("revisions") as batch:
        batch.add_column(sa.Column("session_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("review_by_before", sa.Date(), nullable=True))
        batch.add_column(sa.Column("review_by_after", sa.Date(), nullable=True))
        batch.create_foreign_key(
            batch.f("fk_revisions_session_id_sessions"),
            "sessions",
            ["session_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch.create_index(batch.f("ix_revisions_session_id"), ["session_id"])
    with op.batch_alter_table("decisions") as batch:
        batch.add_column(sa.Column("norm_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("consensus", sa.JSON(), nullable=True))
        batch.create_foreign_key(
            batch.f("fk_decisions_norm_id_norms"), "norms", ["norm_id"], ["id"], ondelete="SET NULL"
        )
        batch.create_index(batch.f("ix_decisions_norm_id"), ["norm_id"])
    op.execute(
        "UPDATE decisions SET norm_id = ("
        " SELECT min(norms.id) FROM norms JOIN sessions ON sessions.team_id = norms.team_id"
        " WHERE sessions.id = decisions.session_id AND norms.text = decisions.norm_text)"
    )


def downgrade() -> None:
    with op.batch_alter_table("decisions") as batch:
        batch.drop_index(batch.f("ix_decisions_norm_id"))
        batch.drop_constraint(batch.f("fk_decisions_norm_id_norms"), type_="foreignkey")
        batch.drop_column("consensus")
        batch.drop_column("norm_id")
    with op.batch_alter_table("revisions") as batch:
        batch.drop_index(batch.f("ix_revisions_session_id"))
        batch.drop_constraint(batch.f("fk_revisions_session_id_sessions"), type_="foreignkey")
        batch.drop_column("review_by_after")
        batch.drop_column("review_by_before")
        batch.drop_column("session_id")
    with op.batch_alter_table("sessions") as batch:
        batch.drop_column("time_box")
        batch.drop_column("agenda")
        batch.drop_column("is_open")
    with op.batch_alter_table("rationales") as batch:
        batch.drop_constraint(batch.f("ck_rationales_agreed_pair"), type_="check")
        batch.drop_constraint(batch.f("ck_rationales_agreed_order"), type_="check")
        batch.drop_constraint(batch.f("uq_rationales_norm_id"), type_="unique")
        batch.drop_column("agreed_order")
        batch.drop_column("agreed_on")
    with op.batch_alter_table("norms") as batch:
        batch.drop_index(batch.f("ix_norms_review_by"))
        batch.drop_column("review_by")
