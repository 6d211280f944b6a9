"""The Sessions tab: a team's meetings (date, who came, decisions, next review) and, for the one
selected, what it decided for which norm with the revisions it made."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from normlab.domain.meeting import describe_roles, still_open
from normlab.domain.model import Norm, Revision, Session
from normlab.services.changes import Change
from normlab.ui.editor.editor import Editor
from normlab.ui.editor.history_view import rationales_html, review_day
from normlab.ui.meeting.session_model import SESSION_ID_ROLE, SessionColumn, SessionListModel, day
from normlab.ui.widgets import style
from normlab.ui.widgets.empty_state import EmptyState
from normlab.ui.widgets.i18n import fill, translator
from normlab.ui.widgets.words import consensus_text, outcome_label

tr = translator("Sessions")

if TYPE_CHECKING:
    from normlab.services.workspace import Workspace


def revision_html(revision: Revision) -> str:
    """What one revision made in a meeting changed, in a line or two."""
    parts = []
    if revision.reworded:
        parts.append(
            fill(
                escape(tr("Reworded: %1 → %2")),
                f"<s>{escape(revision.text_before)}</s>",
                f"<b>{escape(revision.text_after)}</b>",
            )
        )
    if revision.review_by_changed:
        parts.append(
            escape(
                fill(
                    tr("Review by %1 (was %2)"),
                    review_day(revision.review_by_after),
                    review_day(revision.review_by_before),
                )
            )
        )
    if revision.agreement_changed and not revision.reworded:
        parts.append(escape(revision.note) or escape(tr("Agreed reasons changed")))
    if revision.reworded and revision.rationales_before != revision.rationales_after:
        parts.append(
            f"{escape(tr('Reasons before:'))}<br>{rationales_html(revision.rationales_before)}"
            f"<br>{escape(tr('after:', 'the reasons after a rewording'))}<br>{rationales_html(revision.rationales_after)}"
        )
    return "<br>".join(parts) or escape(revision.note)


def session_html(session: Session, norms: Sequence[Norm]) -> str:
    by_id = {n.id: n for n in norms}
    who = describe_roles(session)
    title = escape(fill(tr("Meeting of %1"), day(session.held_on)))
    review = (
        escape(fill(tr("next review %1"), day(session.next_review))) + " · " if session.next_review else ""
    )
    state = tr("still open: it can be continued (Ctrl+M)") if session.is_open else tr("ended", "a meeting")
    head = (
        f"<p><span style='font-size:x-large'><b>{title}</b></span><br>"
        f"<span style='color:{style.MUTED}'>{escape(who) + ' · ' if who else ''}"
        f"{review}{escape(state)}</span></p>"
    )
    touched = [d.norm_id for d in session.decisions if d.norm_id in by_id]
    touched += [
        n.id for n in norms if n.id not in touched and any(r.session_id == session.id for r in n.revisions)
    ]
    blocks = [head]
    for norm_id in touched:
        norm = by_id[norm_id]
        decision = session.decision_for(norm_id)
        lines = [f"<a href='norm:{norm_id}'><b>{escape(norm.text)}</b></a>"]
        if decision is not None:
            consensus = f" · {escape(consensus_text(decision.consensus))}" if decision.consensus else ""
            note = f" · {escape(decision.note)}" if decision.note else ""
            lines.append(f"<b>{escape(outcome_label(decision.outcome))}</b>{consensus}{note}")
            if decision.norm_text != norm.text:
                lines.append(
                    f"<span style='color:{style.MUTED}'>"
                    f"{escape(fill(tr('decided on “%1”'), decision.norm_text))}</span>"
                )
        revisions = [r for r in norm.revisions if r.session_id == session.id]
        lines += [f"<span style='color:{style.MUTED}'>•</span> {revision_html(r)}" for r in revisions]
        blocks.append("<p>" + "<br>".join(lines) + "</p>")
    gone = [d for d in session.decisions if d.norm_id not in by_id]
    for decision in gone:
        blocks.append(
            f"<p><b>{escape(decision.norm_text)}</b> <span style='color:{style.MUTED}'>"
            f"{escape(tr('(no longer in the team)'))}</span><br><b>{escape(outcome_label(decision.outcome))}</b></p>"
        )
    left = [by_id[i].text for i in still_open(session) if i in by_id]
    if left:
        blocks.append(
            f"<p><span style='color:{style.MUTED}'>{escape(tr('Left open:'))}</span> "
            + ", ".join(f"“{escape(t)}”" for t in left)
            + "</p>"
        )
    if len(blocks) == 1:
        nothing = escape(tr("Nothing was decided or changed in this meeting."))
        blocks.append(f"<p style='color:{style.MUTED}'>{nothing}</p>")
    return "".join(blocks)


class SessionsView(QWidget):
    """The Sessions tab; it keeps its list of meetings fresh from the editor's change notices."""

    normRequested = Signal(int)
    """A norm's link was followed: show it in the Norms tab."""
    meetingRequested = Signal()
    countChanged = Signal(int)

    def __init__(
        self, editor: Editor, norms: Callable[[Session], Sequence[Norm]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.model = model = SessionListModel(editor.ws, self)
        self._norms = norms
        editor.changes.changed.connect(self._changed)
        self.table = QTableView()
        self.table.setModel(model)
        self.table.setAccessibleName(tr("Meetings of the team"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(32)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(SessionColumn.WHO, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column, width in (
            (SessionColumn.DATE, 120),
            (SessionColumn.DECISIONS, 220),
            (SessionColumn.REVIEW, 120),
            (SessionColumn.STATE, 170),
        ):
            header.resizeSection(column, width)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
        )
        self.details.setContentsMargins(12, 8, 12, 8)
        self.details.linkActivated.connect(self._link)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.details)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(scroll)
        split.setSizes([220, 400])

        self.empty = EmptyState(
            tr("No meetings yet"),
            tr(
                "In a meeting the team goes through its norms one by one on a projector, collects the reasons "
                "people give and agrees what each norm rests on."
            ),
        )
        self.empty.add_button(tr("Start a meeting…  (Ctrl+M)"), self.meetingRequested.emit, primary=True)
        self.stack = QStackedWidget()
        self.stack.addWidget(split)
        self.stack.addWidget(self.empty)
        start = QPushButton(tr("Start or continue a meeting…  (Ctrl+M)"))
        start.clicked.connect(self.meetingRequested)
        top = QHBoxLayout()
        about = QLabel(
            tr("Each meeting with who came, what it decided and when the team looks again."),
            objectName="Muted",
        )
        about.setWordWrap(True)  # on a narrow screen it takes two lines rather than widening the window
        top.addWidget(about, 1)
        top.addWidget(start)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 6)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_selected())
        self._keep: int | None = None
        self._stale = False
        model.modelAboutToBeReset.connect(self._remember)
        model.modelReset.connect(self._reset)
        self._reset()

    def _changed(self, change: Change) -> None:
        self.model.apply_change(change)
        if change.team_id == self.model.team_id and change.norm_ids:
            self.show_selected()  # a norm's wording or history, as the details show it

    def set_team(self, team_id: int | None) -> None:
        self.model.set_team(team_id)

    def set_workspace(self, ws: Workspace) -> None:
        self.model.set_workspace(ws)

    def _remember(self) -> None:
        current = self.current_session()
        self._keep = current.id if current is not None else None

    def _reset(self) -> None:
        self.stack.setCurrentIndex(0 if self.model.rowCount() else 1)
        if self._keep is not None and self.model.row_of(self._keep) is not None:
            self.select_session(self._keep)
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.select_row(0)
        self.show_selected()
        self.countChanged.emit(self.model.rowCount())

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )

    def select_session(self, session_id: int) -> None:
        row = self.model.row_of(session_id)
        if row is not None:
            self.select_row(row)

    def current_session(self) -> Session | None:
        index: QModelIndex = self.table.currentIndex()
        return self.model.session_at(index.row()) if index.isValid() else None

    def show_selected(self) -> None:
        """Show the selected meeting's details; while another tab is in front, when this one comes."""
        if self.isHidden():
            self._stale = True  # reading its norms waits until the details can be seen
            return
        self._stale = False
        session = self.current_session()
        self.details.setText(session_html(session, self._norms(session)) if session is not None else "")

    def show_if_stale(self) -> None:
        if self._stale:
            self.show_selected()

    def _link(self, link: str) -> None:
        kind, _, value = link.partition(":")
        if kind == "norm" and value.isdigit():
            self.normRequested.emit(int(value))

    def session_id_at(self, row: int) -> int:
        return self.model.index(row, 0).data(SESSION_ID_ROLE)
