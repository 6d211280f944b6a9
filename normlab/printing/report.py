"""The team report: the document a team brings to its next meeting.

The team profile chart (held against proposed or agreed reasons per dimension); then each norm with
its earlier wordings, the reasons held before against those agreed or proposed now ("from -> to"),
the checks that fire and the review-by date; the voices (which dimensions each role gives reasons
in); the sessions and their decisions. A4 or Letter, page numbers, and a table of contents when the
report runs longer than three pages.
"""

from __future__ import annotations

import io
from collections import Counter
from dataclasses import dataclass
from datetime import date

from reportlab.lib.colors import HexColor
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate, Spacer

from normlab.domain.checks import team_profile, warnings_for
from normlab.domain.codebook import CODEBOOK
from normlab.domain.errors import ValidationError
from normlab.domain.model import Dimension, Norm, Stance, Team
from normlab.printing.flowables import Para
from normlab.printing.furniture import furniture
from normlab.printing.ground_rules import printable_norms
from normlab.printing.paper import MM, Paper, page_size
from normlab.printing.pdf import CountingCanvas
from normlab.printing.text import Text, draw_runs

MUTED = HexColor("#46505C")
HELD = HexColor("#9AA0A8")
TOC_AFTER_PAGES = 3


@dataclass(frozen=True, slots=True)
class ReportOptions:
    paper: Paper = Paper.A4
    language: str = "en"
    date: date | None = None


class ProfileChart(Flowable):
    """Per dimension, two bars: norms holding a reason in it, and norms proposing or agreeing one."""

    def __init__(self, held: dict[Dimension, int], moving: dict[Dimension, int]) -> None:
        super().__init__()
        self.held, self.moving = held, moving
        self.row = 30.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = self.row * len(Dimension) + 22
        return availWidth, self.height

    def draw(self) -> None:
        canvas: Canvas = self.canv
        label_w = 120.0
        most = max([1, *self.held.values(), *self.moving.values()])
        scale = (self.width - label_w - 30) / most
        y = self.height - 16
        legend = Text("grey: held now · colour: proposed or agreed")
        draw_runs(canvas, legend.runs(legend.lines(1e9)[0]), label_w, y + 4, 8, MUTED)
        for dimension in Dimension:
            y -= self.row
            entry = CODEBOOK[dimension]
            name = Text(dimension.label, bold=True)
            draw_runs(canvas, name.runs(name.lines(1e9)[0]), 0, y + 9, 9.5, HexColor(entry.colour))
            for offset, count, colour in (
                (13, self.held[dimension], HELD),
                (2, self.moving[dimension], HexColor(entry.colour)),
            ):
                canvas.setFillColor(colour)
                canvas.rect(label_w, y + offset, max(count * scale, 0.8), 10, stroke=0, fill=1)
                digits = Text(str(count))
                draw_runs(
                    canvas,
                    digits.runs(digits.lines(1e9)[0]),
                    label_w + count * scale + 4,
                    y + offset + 2,
                    8,
                    MUTED,
                )


def _moving(norms: list[Norm]) -> dict[Dimension, int]:
    counts = {d: 0 for d in Dimension}
    for norm in norms:
        for d in {r.dimension for r in norm.rationales if r.agreed or r.stance is Stance.PROPOSED}:
            counts[d] += 1
    return counts


def _by_dimension(reasons: list) -> str:
    parts = []
    for dimension in Dimension:
        texts = [r.text for r in reasons if r.dimension is dimension]
        if texts:
            parts.append(f"{dimension.label}: " + "; ".join(f"“{t}”" for t in texts))
    return " · ".join(parts) or "none"


def _norm_section(number: int, norm: Norm, heading: str) -> list[Flowable]:
    story: list[Flowable] = [
        Para(f"{number}. {norm.text}", 12.5, bold=True, space_before=10, space_after=2, outline=heading)
    ]
    earlier = [r.text_before for r in norm.revisions if r.reworded]
    if earlier:
        story.append(
            Para("Earlier wording: " + " → ".join(f"“{t}”" for t in earlier), 9, colour=MUTED, indent=12)
        )
    held = [r for r in norm.rationales if r.stance is Stance.HELD and not r.agreed]
    now = list(norm.agreed()) or [r for r in norm.rationales if r.stance is Stance.PROPOSED]
    now_word = "agreed" if norm.agreed() else "proposed"
    story.append(Para(f"From (held): {_by_dimension(held)}", 9.5, indent=12))
    story.append(Para(f"To ({now_word}): {_by_dimension(now)}", 9.5, indent=12))
    checks = [w.title for w in warnings_for(norm)]
    story.append(Para("Checks: " + ("; ".join(checks) if checks else "none fire"), 9.5, indent=12))
    if norm.review_by:
        story.append(Para(f"Review by {norm.review_by.isoformat()}", 9.5, indent=12))
    return story


def _voices(norms: list[Norm]) -> list[Flowable]:
    counts: dict[str, Counter[Dimension]] = {}
    for norm in norms:
        for reason in norm.rationales:
            voice = reason.voice.strip() or "(no role given)"
            counts.setdefault(voice, Counter())[reason.dimension] += 1
    story: list[Flowable] = [Para("Voices", 15, bold=True, space_before=14, space_after=4, outline="Voices")]
    if not counts:
        return [*story, Para("No reasons recorded yet.", 10, colour=MUTED)]
    story.append(
        Para("Who gives reasons in which dimension (number of reasons):", 9.5, colour=MUTED, space_after=2)
    )
    for voice in sorted(counts, key=lambda v: (-sum(counts[v].values()), v.casefold())):
        parts = ", ".join(f"{d.label.lower()} {counts[voice][d]}" for d in Dimension if counts[voice][d])
        story.append(Para(f"{voice}: {parts}", 10, indent=12))
    return story


def _sessions(team: Team) -> list[Flowable]:
    story: list[Flowable] = [
        Para("Sessions and decisions", 15, bold=True, space_before=14, space_after=4, outline="Sessions")
    ]
    if not team.sessions:
        return [*story, Para("No sessions recorded yet.", 10, colour=MUTED)]
    for session in sorted(team.sessions, key=lambda s: s.held_on):
        who = f", {session.attendance} present" if session.attendance else ""
        roles = f" ({session.roles})" if session.roles else ""
        story.append(Para(f"{session.held_on.isoformat()}{who}{roles}", 11, bold=True, space_before=6))
        for decision in session.decisions:
            note = f": {decision.note}" if decision.note else ""
            story.append(Para(f"{decision.outcome.value} “{decision.norm_text}”{note}", 9.5, indent=12))
        if session.next_review:
            story.append(Para(f"Next review {session.next_review.isoformat()}", 9.5, indent=12, colour=MUTED))
    return story


def _story(team: Team, options: ReportOptions, contents: list[tuple[str, int]] | None) -> list[Flowable]:
    norms = list(printable_norms(team))
    profile = team_profile(norms)
    when = furniture(options.language).date(options.date) if options.date else ""
    story: list[Flowable] = [
        Para(f"Team report: {team.name}", 20, bold=True, space_after=2),
        Para(" · ".join(p for p in (when, f"{len(norms)} norms") if p), 10, colour=MUTED, space_after=8),
    ]
    if contents is not None:
        story.append(Para("Contents", 15, bold=True, space_after=4))
        story += [Para(f"{title}  ……  {page}", 9.5, indent=8) for title, page in contents]
        story.append(PageBreak())
    story += [
        Para("Team profile", 15, bold=True, space_after=4, outline="Team profile"),
        ProfileChart(profile.held, _moving(norms)),
    ]
    story.append(
        Para(
            f"{profile.unexamined} not examined yet, {profile.operational_only} resting only on the rule, "
            f"{profile.surface_only} reworded on the surface only, {profile.with_gap} with a gap.",
            9.5,
            colour=MUTED,
            space_before=4,
        )
    )
    story.append(Para("Norms", 15, bold=True, space_before=14, outline="Norms"))
    for number, norm in enumerate(norms, start=1):
        story += _norm_section(number, norm, f"{number}. {norm.text}")
    return story + _voices(norms) + _sessions(team) + [Spacer(1, 1)]


def render_report(team: Team, options: ReportOptions = ReportOptions()) -> bytes:
    """The team report as PDF bytes."""
    if Paper.parse(options.paper) not in (Paper.A4, Paper.LETTER):
        raise ValidationError("the team report prints on A4 or Letter")
    furniture(options.language)
    pdf, headings, pages = _build(team, options, None)
    if pages <= TOC_AFTER_PAGES:
        return pdf
    contents = [(title, page) for title, page in headings]
    for _ in range(3):  # the contents page shifts what follows: settle the numbers
        pdf, headings, pages = _build(team, options, contents)
        if headings == contents:
            break
        contents = headings
    return pdf


def _build(
    team: Team, options: ReportOptions, contents: list[tuple[str, int]] | None
) -> tuple[bytes, list[tuple[str, int]], int]:
    buffer = io.BytesIO()
    width, height = page_size(options.paper, False)
    margin = 18 * MM
    words = furniture(options.language)
    headings: list[tuple[str, int]] = []
    counted = {"pages": 0}

    class Document(BaseDocTemplate):
        def afterFlowable(self, flowable: Flowable) -> None:
            if isinstance(flowable, Para) and flowable.outline:
                headings.append((flowable.outline, self.page))

    doc = Document(buffer, pagesize=(width, height), title=f"Team report: {team.name}", author="normlab")
    frame = Frame(margin, margin + 8 * MM, width - 2 * margin, height - 2 * margin - 8 * MM, 0, 0, 0, 0)
    doc.addPageTemplates([PageTemplate("page", [frame])])

    def decorate(canvas: Canvas, number: int, count: int) -> None:
        counted["pages"] = count
        footer = Text(f"{team.name}  ·  " + words("page %1 of %2", number, count))
        line = footer.lines(1e9)[0]
        draw_runs(canvas, footer.runs(line), margin, margin * 0.6, 8.5, MUTED)

    def canvasmaker(*args: object, **kwargs: object) -> CountingCanvas:
        return CountingCanvas(*args, decorate=decorate, title=f"Team report: {team.name}", **kwargs)

    doc.build(_story(team, options, contents), canvasmaker=canvasmaker)
    return buffer.getvalue(), headings, counted["pages"]
