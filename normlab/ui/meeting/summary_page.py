"""The end of a meeting: each decision, the agreed wording and reasons, the review dates, and what is
still open; from here the agreed ground rules are printed and the meeting is ended."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from normlab.domain.meeting import describe_roles, still_open
from normlab.domain.model import Norm, Session, Team
from normlab.ui.meeting.norm_page import OUTCOME_WORDS
from normlab.ui.meeting.prompts import short_day
from normlab.ui.meeting.scale import Scale
from normlab.ui.widgets import style
from normlab.ui.widgets.i18n import fill, translator
from normlab.ui.widgets.words import consensus_text, dimension_label

tr = translator("Meeting")


def norm_summary_html(norm: Norm, session: Session, scale: Scale) -> str:
    """One decided norm: its wording now (and before, if the meeting reworded it), the decision with its
    consensus check, the review date and the reasons it was agreed to rest on."""
    decision = session.decision_for(norm.id)
    said = ""
    if decision is not None:
        consensus = f" · {escape(consensus_text(decision.consensus))}" if decision.consensus else ""
        said = f"<b>{escape(tr(OUTCOME_WORDS[decision.outcome.value]))}</b>{consensus}"
    review = (
        " · " + fill(escape(tr("review by %1")), f"<b>{escape(short_day(norm.review_by))}</b>")
        if norm.review_by
        else " · " + escape(tr("no review date"))
    )
    reworded = [r for r in norm.revisions if r.session_id == session.id and r.reworded]
    was = "<br>" + escape(fill(tr("was “%1”"), reworded[0].text_before)) if reworded else ""
    reasons = (
        "".join(
            f"<br>✓ <span style='color:{style.dimension(r.dimension).text}'>"
            f"<b>{escape(dimension_label(r.dimension))}</b></span> {escape(r.text)}"
            for r in norm.agreed()
        )
        or f"<br><span style='color:{style.MUTED}'>{escape(tr('no agreed reason'))}</span>"
    )
    return (
        f"<p style='margin-top:{scale.gap * 2}px'><span style='font-size:{scale.reason}px'>"
        f"<b>{escape(norm.text)}</b></span><span style='font-size:{scale.heading}px'>"
        f"<br>{said}{review}{was}{reasons}</span></p>"
    )


def summary_html(team: Team, session: Session, scale: Scale) -> str:
    norms = {n.id: n for n in team.norms}
    decided = [norms[d.norm_id] for d in session.decisions if d.norm_id in norms]
    order = {norm_id: i for i, norm_id in enumerate(session.agenda)}
    decided.sort(key=lambda n: order.get(n.id, len(order)))
    blocks = [
        f"<p style='font-size:{scale.small}px; color:{style.MUTED}'>"
        f"<b>{escape(fill(tr('DECIDED (%1)', 'a heading in capitals'), len(decided)))}</b></p>"
    ]
    blocks += [norm_summary_html(n, session, scale) for n in decided] or [
        f"<p style='font-size:{scale.small}px'>{escape(tr('Nothing decided yet.'))}</p>"
    ]
    open_ids = [i for i in still_open(session) if i in norms]
    if open_ids:
        names = "".join(f"<br>• {escape(norms[i].text)}" for i in open_ids)
        blocks.append(
            f"<p style='font-size:{scale.heading}px; margin-top:{scale.gap * 3}px'><span style='color:{style.MUTED}'>"
            f"<b>{escape(fill(tr('STILL OPEN (%1)', 'a heading in capitals'), len(open_ids)))}</b></span>{names}</p>"
        )
    else:
        nothing = escape(tr("Nothing on the agenda is left open."))
        blocks.append(f"<p style='font-size:{scale.small}px'><b>{nothing}</b></p>")
    return "".join(blocks)


class SummaryPage(QWidget):
    printRequested = Signal()
    endRequested = Signal()
    backRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.body)
        self.back_button = QPushButton(tr("← Back to the norms  (←)"))
        self.print_button = QPushButton(tr("Print the agreed ground rules…  (P)"))
        self.end_button = QPushButton(tr("End the meeting and close  (Enter)"), objectName="Primary")
        for button in (self.back_button, self.print_button, self.end_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys are the meeting window's
        self.back_button.clicked.connect(self.backRequested)
        self.print_button.clicked.connect(self.printRequested)
        self.end_button.clicked.connect(self.endRequested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.end_button)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.title)
        self._layout.addWidget(scroll, 1)
        self._layout.addLayout(buttons)

    def show_summary(self, team: Team, session: Session, scale: Scale) -> None:
        gap = scale.gap
        self._layout.setContentsMargins(gap * 4, gap * 2, gap * 4, gap * 2)
        who = describe_roles(session)
        review = (
            " · " + fill(tr("next review %1"), short_day(session.next_review)) if session.next_review else ""
        )
        where = fill(tr("%1 · meeting of %2"), team.name, short_day(session.held_on))
        self.title.setText(
            f"<div style='font-size:{scale.wording}px; font-weight:700'>{escape(tr('What we agreed'))}</div>"
            f"<div style='font-size:{scale.heading}px; color:{style.MUTED}'>{escape(where)}"
            f"{' · ' + escape(who) if who else ''}{escape(review)}</div>"
        )
        self.body.setText(summary_html(team, session, scale))
        for button in (self.back_button, self.print_button, self.end_button):
            button.setStyleSheet(f"font-size: {scale.small}px; padding: {gap}px {gap * 2}px;")
