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

from normlab.domain.checks import WARNING_TITLES, team_profile, warnings_for
from normlab.domain.codebook import CODEBOOK
from normlab.domain.errors import ValidationError
from normlab.domain.model import Dimension, Norm, Outcome, Rationale, Stance, Team
from normlab.printing.flowables import Para
from normlab.printing.furniture import Furniture, furniture
from normlab.printing.ground_rules import printable_norms
from normlab.printing.paper import MM, Paper, page_size
from normlab.printing.pdf import CountingCanvas
from normlab.printing.text import Text, draw_runs

MUTED = HexColor("#46505C")
HELD = HexColor("#9AA0A8")
TOC_AFTER_PAGES = 3
FURNITURE = (
    "Team report: %1",
    "Norms: %1",
    "Contents",
    "Team profile",
    "grey: held now · colour: proposed or agreed",
    *(d.label for d in Dimension),
    "Not examined yet: %1 · resting only on the rule: %2 · reworded on the surface only: %3 · with a gap: %4",
    "Norms",
    "Earlier wordings: %1",
    "From (held): %1",
    "To (agreed): %1",
    "To (proposed): %1",
    "no reasons",
    "Checks: %1",
    "Checks: none",
    *WARNING_TITLES.values(),
    "Review by %1",
    "Voices",
    "Who gives reasons in which dimension (number of reasons):",
    "(no role given)",
    "No reasons recorded yet.",
    "Sessions and decisions",
    "No sessions recorded yet.",
    "%1 present",
    *(o.label for o in Outcome),
    "Next review %1",
    "%1: %2",
    "“%1”",
    "page %1 of %2",
)
"""Every printed word of the report that is not the team's own: each is in the catalogues ("Printed")."""


@dataclass(frozen=True, slots=True)
class ReportOptions:
    paper: Paper = Paper.A4
    language: str = "en"
    date: date | None = None


class ProfileChart(Flowable):
    """Per dimension, two bars: norms holding a reason in it, and norms proposing or agreeing one."""

    def __init__(self, held: dict[Dimension, int], moving: dict[Dimension, int], words: Furniture) -> None:
        super().__init__()
        self.held, self.moving, self.words = held, moving, words
        self.row = 30.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = self.row * len(Dimension) + 22
        return availWidth, self.height

    def draw(self) -> None:
        canvas: Canvas = self.canv
        names = {d: Text(self.words(d.label), bold=True) for d in Dimension}
        label_w = max(90.0, max(n.natural_width for n in names.values()) * 9.5 + 14)
        most = max([1, *self.held.values(), *self.moving.values()])
        scale = (self.width - label_w - 30) / most
        y = self.height - 16
        legend = Text(self.words("grey: held now · colour: proposed or agreed"))
        draw_runs(canvas, legend.runs(legend.lines(1e9)[0]), label_w, y + 4, 8, MUTED)
        for dimension in Dimension:
            y -= self.row
            entry = CODEBOOK[dimension]
            name = names[dimension]
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


def _quoted(words: Furniture, text: str) -> str:
    return words("“%1”", text)


def _by_dimension(words: Furniture, reasons: list[Rationale]) -> str:
    parts = []
    for dimension in Dimension:
        texts = [r.text for r in reasons if r.dimension is dimension]
        if texts:
            quoted = "; ".join(_quoted(words, t) for t in texts)
            parts.append(words("%1: %2", words(dimension.label), quoted))
    return " · ".join(parts) or words("no reasons")


def _norm_section(words: Furniture, number: int, norm: Norm, heading: str) -> list[Flowable]:
    story: list[Flowable] = [
        Para(f"{number}. {norm.text}", 12.5, bold=True, space_before=10, space_after=2, outline=heading)
    ]
    earlier = [r.text_before for r in norm.revisions if r.reworded]
    if earlier:
        wordings = " → ".join(_quoted(words, t) for t in earlier)
        story.append(Para(words("Earlier wordings: %1", wordings), 9, colour=MUTED, indent=12))
    held = [r for r in norm.rationales if r.stance is Stance.HELD and not r.agreed]
    agreed = list(norm.agreed())
    now = agreed or [r for r in norm.rationales if r.stance is Stance.PROPOSED]
    story.append(Para(words("From (held): %1", _by_dimension(words, held)), 9.5, indent=12))
    to = "To (agreed): %1" if agreed else "To (proposed): %1"
    story.append(Para(words(to, _by_dimension(words, now)), 9.5, indent=12))
    checks = [words(w.title) for w in warnings_for(norm)]
    line = words("Checks: %1", "; ".join(checks)) if checks else words("Checks: none")
    story.append(Para(line, 9.5, indent=12))
    if norm.review_by:
        story.append(Para(words("Review by %1", words.date(norm.review_by)), 9.5, indent=12))
    return story


def _voices(words: Furniture, norms: list[Norm]) -> list[Flowable]:
    counts: dict[str, Counter[Dimension]] = {}
    for norm in norms:
        for reason in norm.rationales:
            voice = reason.voice.strip() or words("(no role given)")
            counts.setdefault(voice, Counter())[reason.dimension] += 1
    title = words("Voices")
    story: list[Flowable] = [Para(title, 15, bold=True, space_before=14, space_after=4, outline=title)]
    if not counts:
        return [*story, Para(words("No reasons recorded yet."), 10, colour=MUTED)]
    story.append(
        Para(
            words("Who gives reasons in which dimension (number of reasons):"),
            9.5,
            colour=MUTED,
            space_after=2,
        )
    )
    for voice in sorted(counts, key=lambda v: (-sum(counts[v].values()), v.casefold())):
        parts = ", ".join(f"{words(d.label)} {counts[voice][d]}" for d in Dimension if counts[voice][d])
        story.append(Para(words("%1: %2", voice, parts), 10, indent=12))
    return story


def _sessions(words: Furniture, team: Team) -> list[Flowable]:
    title = words("Sessions and decisions")
    story: list[Flowable] = [Para(title, 15, bold=True, space_before=14, space_after=4, outline=title)]
    if not team.sessions:
        return [*story, Para(words("No sessions recorded yet."), 10, colour=MUTED)]
    for session in sorted(team.sessions, key=lambda s: s.held_on):
        who = ", " + words("%1 present", session.attendance) if session.attendance else ""
        roles = f" ({session.roles})" if session.roles else ""
        heading = f"{words.date(session.held_on)}{who}{roles}"
        story.append(Para(heading, 11, bold=True, space_before=6))
        for decision in session.decisions:
            line = f"{words(decision.outcome.label)} {_quoted(words, decision.norm_text)}"
            if decision.note:
                line = words("%1: %2", line, decision.note)
            story.append(Para(line, 9.5, indent=12))
        if session.next_review:
            line = words("Next review %1", words.date(session.next_review))
            story.append(Para(line, 9.5, indent=12, colour=MUTED))
    return story


def _story(team: Team, options: ReportOptions, contents: list[tuple[str, int]] | None) -> list[Flowable]:
    words = furniture(options.language)
    norms = list(printable_norms(team))
    profile = team_profile(norms)
    when = words.date(options.date) if options.date else ""
    story: list[Flowable] = [
        Para(words("Team report: %1", team.name), 20, bold=True, space_after=2),
        Para(
            " · ".join(p for p in (when, words("Norms: %1", len(norms))) if p),
            10,
            colour=MUTED,
            space_after=8,
        ),
    ]
    if contents is not None:
        story.append(Para(words("Contents"), 15, bold=True, space_after=4))
        story += [Para(f"{title}  ……  {page}", 9.5, indent=8) for title, page in contents]
        story.append(PageBreak())
    title = words("Team profile")
    story += [
        Para(title, 15, bold=True, space_after=4, outline=title),
        ProfileChart(profile.held, _moving(norms), words),
    ]
    counts = words(
        "Not examined yet: %1 · resting only on the rule: %2 · reworded on the surface only: %3 · "
        "with a gap: %4",
        profile.unexamined,
        profile.operational_only,
        profile.surface_only,
        profile.with_gap,
    )
    story.append(Para(counts, 9.5, colour=MUTED, space_before=4))
    title = words("Norms")
    story.append(Para(title, 15, bold=True, space_before=14, outline=title))
    for number, norm in enumerate(norms, start=1):
        story += _norm_section(words, number, norm, f"{number}. {norm.text}")
    return story + _voices(words, norms) + _sessions(words, team) + [Spacer(1, 1)]


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

    title = words("Team report: %1", team.name)
    doc = Document(buffer, pagesize=(width, height), title=title, author="normlab")
    frame = Frame(margin, margin + 8 * MM, width - 2 * margin, height - 2 * margin - 8 * MM, 0, 0, 0, 0)
    doc.addPageTemplates([PageTemplate("page", [frame])])

    def decorate(canvas: Canvas, number: int, count: int) -> None:
        counted["pages"] = count
        footer = Text(f"{team.name}  ·  " + words("page %1 of %2", number, count))
        line = footer.lines(1e9)[0]
        draw_runs(canvas, footer.runs(line), margin, margin * 0.6, 8.5, MUTED)

    def canvasmaker(*args: object, **kwargs: object) -> CountingCanvas:
        return CountingCanvas(*args, decorate=decorate, title=title, **kwargs)

    doc.build(_story(team, options, contents), canvasmaker=canvasmaker)
    return buffer.getvalue(), headings, counted["pages"]
