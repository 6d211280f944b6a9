"""A team's pre-brief statement: what it says at the start of a simulation or teaching session.

Two columns on teams, the statement and where it comes from (when it is a standard text such as a
centre's Basic Assumption); both empty for the teams already stored, which print normlab's wording.

Revision ID: 0004_prebrief
Revises: 0003_agreed
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_prebrief"
down_revision = "0003_agreed"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("teams") as batch:
        batch.add_column(sa.Column("prebrief_statement", sa.Text(), server_default="", nullable=False))
        batch.add_column(
            sa.Column("prebrief_attribution", sa.String(length=200), server_default="", nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("teams") as batch:
        batch.drop_column("prebrief_attribution")
        batch.drop_column("prebrief_statement")
