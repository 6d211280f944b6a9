"""A norm's revisions as a timeline, newest first: wording and rationales before and after."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from normlab.domain.checks import is_surface_only_change
from normlab.domain.meeting import sessions_touching
from normlab.domain.model import Norm, RationaleDraft, Revision, Session, Stance
from normlab.ui.widgets import style
from normlab.ui.widgets.empty_state import EmptyState
from normlab.ui.widgets.i18n import day_text, fill, moment_text, translator
from normlab.ui.widgets.words import consensus_text, dimension_label, outcome_label, stance_label

tr = translator("History")

SURFACE_ONLY_TITLE = tr.noop("Surface-only change")
SURFACE_ONLY_TEXT = tr.noop(
    "The wording changed, but the reasons it rests on are of the same kind as before. A new wording "
    "resting on the old reason is usually absorbed into the old practice: name the reason and move it too."
)


def rationales_html(drafts: tuple[RationaleDraft, ...]) -> str:
    if not drafts:
        return f"<span style='color:{style.MUTED}'>{escape(tr('no reason'))}</span>"
    lines = []
    for draft in drafts:
        colour = style.dimension(draft.dimension).text
        stance = escape(stance_label(draft.stance).lower())
        stance = stance if draft.stance is Stance.HELD else f"<i>{stance}</i>"
        voice = f" <span style='color:{style.MUTED}'>— {escape(draft.voice)}</span>" if draft.voice else ""
        agreed = f" <b>{escape(fill(tr('✓ agreed %1'), draft.agreed_order))}</b>" if draft.agreed else ""
        lines.append(
            f"<span style='color:{colour}'>●</span> <b style='color:{colour}'>"
            f"{escape(dimension_label(draft.dimension))}</b>"
            f" <span style='color:{style.MUTED}'>({stance})</span>{agreed} {escape(draft.text)}{voice}"
        )
    return "<br>".join(lines)


def review_day(day: date | None) -> str:
    return day_text(day) if day is not None else tr("none", "no review-by date")


def _label(html: str, object_name: str = "") -> QLabel:
    label = QLabel(html)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
    if object_name:
        label.setObjectName(object_name)
    return label


def meeting_day(session: Session) -> str:
    return day_text(session.held_on)


def meetings_html(norm: Norm, sessions: tuple[Session, ...]) -> str:
    """The meetings that decided on the norm or changed it, newest first, with what they decided."""
    touched = sessions_touching(norm, sessions)
    if not touched:
        return ""
    lines = []
    for session in reversed(touched):
        decision = session.decision_for(norm.id)
        said = outcome_label(decision.outcome) if decision is not None else tr("changed it", "a meeting")
        consensus = (
            f" ({escape(consensus_text(decision.consensus))})" if decision and decision.consensus else ""
        )
        lines.append(f"<b>{escape(meeting_day(session))}</b>: {escape(said)}{consensus}")
    heading = escape(tr("MEETINGS", "a heading in capitals"))
    return f"<span style='color:{style.MUTED}'>{heading}</span><br>" + "<br>".join(lines)


class RevisionCard(QFrame):
    def __init__(
        self, revision: Revision, number: int, meeting: Session | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self.revision = revision
        self.surface_only = is_surface_only_change(revision)
        when = escape(moment_text(revision.at))
        note = f" · {escape(revision.note)}" if revision.note else ""
        where = (
            escape(fill(tr(" · in the meeting of %1"), meeting_day(meeting))) if meeting is not None else ""
        )
        title = escape(fill(tr("Revision %1"), number))
        heading = _label(f"<b>{title}</b> <span style='color:{style.MUTED}'>{when}{where}{note}</span>")

        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(4)
        before, after = (
            escape(tr("BEFORE", "a heading in capitals")),
            escape(tr("AFTER", "a heading in capitals")),
        )
        grid.addWidget(_label(f"<span style='color:{style.MUTED}'>{before}</span>"), 0, 0)
        grid.addWidget(_label(f"<span style='color:{style.MUTED}'>{after}</span>"), 0, 1)
        row = 1
        if revision.reworded or revision.rationales_before == revision.rationales_after:
            before_style = "text-decoration: line-through;" if revision.reworded else ""
            grid.addWidget(
                _label(
                    f"<span style='font-size:large; {before_style}'>{escape(revision.text_before)}</span>"
                ),
                row,
                0,
            )
            grid.addWidget(
                _label(f"<span style='font-size:large'><b>{escape(revision.text_after)}</b></span>"), row, 1
            )
            row += 1
        if revision.rationales_before != revision.rationales_after or revision.reworded:
            grid.addWidget(_label(rationales_html(revision.rationales_before)), row, 0)
            grid.addWidget(_label(rationales_html(revision.rationales_after)), row, 1)
            row += 1
        if revision.review_by_changed:
            review = escape(tr("Review by:"))
            grid.addWidget(_label(f"{review} {escape(review_day(revision.review_by_before))}"), row, 0)
            grid.addWidget(_label(f"{review} <b>{escape(review_day(revision.review_by_after))}</b>"), row, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(8)
        layout.addWidget(heading)
        if self.surface_only:
            self.warning = _label(
                f"⚠ <b>{escape(tr(SURFACE_ONLY_TITLE))}.</b> {escape(tr(SURFACE_ONLY_TEXT))}", "WarningBanner"
            )
            self.warning.setContentsMargins(8, 6, 8, 6)
            layout.addWidget(self.warning)
        layout.addLayout(grid)


class HistoryView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards: list[RevisionCard] = []
        self.empty = EmptyState(
            tr("No revisions yet"),
            tr(
                "When you reword this norm (F2), the change is recorded here with its reasons before and after."
            ),
        )
        self._list = QWidget()
        self._list_layout = QVBoxLayout(self._list)
        self._list_layout.setContentsMargins(0, 0, 6, 0)
        self._list_layout.setSpacing(10)
        self._list_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self._list)
        self.meetings = _label("", "Card")
        self.meetings.setContentsMargins(14, 8, 14, 8)
        self.meetings.setAccessibleName(tr("Meetings that touched this norm"))
        self._list_layout.insertWidget(0, self.meetings)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.scroll)
        self._shown: tuple[tuple[Revision, ...], tuple[Session, ...]] | None = None
        self._sessions: tuple[Session, ...] = ()
        self._norm: Norm | None = None
        self.set_norm(None)

    def set_sessions(self, sessions: tuple[Session, ...]) -> None:
        """The team's meetings, so the history can say which ones touched the norm."""
        self._sessions = sessions
        self.set_norm(self._norm)

    def set_norm(self, norm: Norm | None) -> None:
        self._norm = norm
        revisions = norm.revisions if norm is not None else ()
        sessions = self._sessions if norm is not None else ()
        if (revisions, sessions) == self._shown:
            return
        self._shown = (revisions, sessions)
        for card in self.cards:
            self._list_layout.removeWidget(card)
            card.hide()
            card.deleteLater()
        self.cards = []
        by_id = {s.id: s for s in sessions}
        numbered = list(enumerate(revisions, start=1))
        for number, revision in reversed(numbered):
            meeting = by_id.get(revision.session_id) if revision.session_id is not None else None
            card = RevisionCard(revision, number, meeting)
            self._list_layout.insertWidget(self._list_layout.count() - 1, card)
            self.cards.append(card)
        touched = meetings_html(norm, sessions) if norm is not None else ""
        self.meetings.setText(touched)
        self.meetings.setVisible(bool(touched))
        self.empty.setVisible(not revisions and not touched)
        self.scroll.setVisible(bool(revisions or touched))
