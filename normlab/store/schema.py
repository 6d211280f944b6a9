"""The database tables, as SQLAlchemy 2 typed ORM classes.

Only the store and the migrations see these; everything else works with the domain values.
The migrations in ``migrations/versions`` must build exactly this schema.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    CheckConstraint,
    ForeignKey,
    Index,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class TeamRow(Base):
    __tablename__ = "teams"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    created: Mapped[datetime]
    prebrief_statement: Mapped[str] = mapped_column(Text, default="", server_default="")
    """What the team says at the start of a session (its pre-brief card); empty for normlab's wording."""
    prebrief_attribution: Mapped[str] = mapped_column(String(200), default="", server_default="")

    settings: Mapped[list[SettingRow]] = relationship(
        back_populates="team", cascade="all, delete-orphan", passive_deletes=True, order_by="SettingRow.id"
    )
    norms: Mapped[list[NormRow]] = relationship(
        back_populates="team", cascade="all, delete-orphan", passive_deletes=True, order_by="NormRow.position"
    )
    sessions: Mapped[list[SessionRow]] = relationship(
        back_populates="team",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="[SessionRow.held_on, SessionRow.id]",
    )


class SettingRow(Base):
    __tablename__ = "settings"
    __table_args__ = (UniqueConstraint("team_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")

    team: Mapped[TeamRow] = relationship(back_populates="settings")


class NormRow(Base):
    __tablename__ = "norms"
    __table_args__ = (Index("ix_norms_team_position", "team_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"))
    text: Mapped[str] = mapped_column(Text)
    setting_id: Mapped[int | None] = mapped_column(ForeignKey("settings.id", ondelete="SET NULL"), index=True)
    regulates: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(20), default="current")
    position: Mapped[int] = mapped_column(default=0)
    created: Mapped[datetime]
    updated: Mapped[datetime]
    baseline: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON, default=None)
    """Rationales as they stood before the first change since the last revision (None: unchanged)."""
    review_by: Mapped[date | None] = mapped_column(index=True)

    team: Mapped[TeamRow] = relationship(back_populates="norms")
    setting: Mapped[SettingRow | None] = relationship()
    rationales: Mapped[list[RationaleRow]] = relationship(
        back_populates="norm",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="RationaleRow.position",
    )
    revisions: Mapped[list[RevisionRow]] = relationship(
        back_populates="norm",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="RevisionRow.id",
    )


class RationaleRow(Base):
    __tablename__ = "rationales"
    __table_args__ = (
        UniqueConstraint("norm_id", "agreed_order"),
        CheckConstraint("agreed_order IN (1, 2)", name="agreed_order"),
        CheckConstraint("(agreed_on IS NULL) = (agreed_order IS NULL)", name="agreed_pair"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    norm_id: Mapped[int] = mapped_column(ForeignKey("norms.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text)
    dimension: Mapped[str] = mapped_column(String(20))
    stance: Mapped[str] = mapped_column(String(20), default="held")
    voice: Mapped[str] = mapped_column(String(200), default="")
    position: Mapped[int] = mapped_column(default=0)
    agreed_on: Mapped[date | None]
    agreed_order: Mapped[int | None]
    """1 or 2: a norm rests on at most two agreed reasons, and the database holds it to that."""

    norm: Mapped[NormRow] = relationship(back_populates="rationales")


class RevisionRow(Base):
    __tablename__ = "revisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    norm_id: Mapped[int] = mapped_column(ForeignKey("norms.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime]
    note: Mapped[str] = mapped_column(Text, default="")
    text_before: Mapped[str] = mapped_column(Text)
    text_after: Mapped[str] = mapped_column(Text)
    rationales_before: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    rationales_after: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    session_id: Mapped[int | None] = mapped_column(ForeignKey("sessions.id", ondelete="SET NULL"), index=True)
    review_by_before: Mapped[date | None]
    review_by_after: Mapped[date | None]

    norm: Mapped[NormRow] = relationship(back_populates="revisions")


class SessionRow(Base):
    __tablename__ = "sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"), index=True)
    held_on: Mapped[date]
    attendance: Mapped[int | None]
    roles: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    next_review: Mapped[date | None]
    is_open: Mapped[bool] = mapped_column(default=False, server_default=false())
    agenda: Mapped[list[int] | None] = mapped_column(JSON, default=None)
    """Ids of the norms the meeting meant to take, in order."""
    time_box: Mapped[int | None]
    """Minutes per norm, when the meeting keeps time."""

    team: Mapped[TeamRow] = relationship(back_populates="sessions")
    decisions: Mapped[list[DecisionRow]] = relationship(
        back_populates="session",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="DecisionRow.position",
    )


class DecisionRow(Base):
    __tablename__ = "decisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"), index=True)
    norm_text: Mapped[str] = mapped_column(Text)
    outcome: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(default=0)
    norm_id: Mapped[int | None] = mapped_column(ForeignKey("norms.id", ondelete="SET NULL"), index=True)
    consensus: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)

    session: Mapped[SessionRow] = relationship(back_populates="decisions")
