"""What the Print centre prints: the four kinds of PDF, each rendered, named, described and set on
paper the same way, so the window needs to know nothing about any of them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from PySide6.QtGui import QPageLayout, QPageSize

from normlab.domain.model import Team
from normlab.printing.ground_rules import GroundRulesOptions, Layout, printable_norms, render_ground_rules
from normlab.printing.paper import Paper
from normlab.printing.prebrief import PreBriefOptions, card_size, render_pre_brief
from normlab.printing.report import ReportOptions, render_report
from normlab.printing.tokens import TokenOptions, plan, render_tokens
from normlab.ui.printing.option_widgets import paper_name
from normlab.ui.widgets.i18n import fill, translator

tr = translator("Printing")


@dataclass(frozen=True)
class ReportJob:
    """The team report of a team as read the ``version``-th time (compared instead of the team)."""

    options: ReportOptions
    team: Team = field(compare=False)
    version: int = 0


Options = GroundRulesOptions | TokenOptions | PreBriefOptions | ReportJob

PAGE_SIZES = {
    Paper.A4: QPageSize.PageSizeId.A4,
    Paper.A3: QPageSize.PageSizeId.A3,
    Paper.LETTER: QPageSize.PageSizeId.Letter,
}
CARD_SIZES = {"A4": QPageSize.PageSizeId.A4, "A5": QPageSize.PageSizeId.A5, "A6": QPageSize.PageSizeId.A6}


def render(options: Options) -> bytes:
    if isinstance(options, GroundRulesOptions):
        return render_ground_rules(options)
    if isinstance(options, TokenOptions):
        return render_tokens(options)
    if isinstance(options, PreBriefOptions):
        return render_pre_brief(options)
    return render_report(options.team, options.options)


def page_setup(options: Options) -> tuple[QPageSize, QPageLayout.Orientation]:
    """The paper a printer should take for a PDF made with ``options``, and which way round."""
    portrait, landscape = QPageLayout.Orientation.Portrait, QPageLayout.Orientation.Landscape
    if isinstance(options, PreBriefOptions):
        if options.slide:  # fits A4 landscape at its real size; a projector never sees paper
            return QPageSize(QPageSize.PageSizeId.A4), landscape
        return QPageSize(CARD_SIZES[options.paper.strip().upper()]), portrait
    if isinstance(options, ReportJob):
        return QPageSize(PAGE_SIZES[Paper.parse(options.options.paper)]), portrait
    return QPageSize(PAGE_SIZES[options.paper]), landscape if options.landscape else portrait


def default_file_name(options: Options, team: str) -> str:
    """'Ground rules – Year 5.pdf', 'Tokens – Year 5.pdf', 'Pre-brief – ICU.pdf', 'Team report – ICU.pdf'."""
    if isinstance(options, GroundRulesOptions):
        what = tr("Ground rules poster") if options.layout is Layout.POSTER else tr("Ground rules")
    elif isinstance(options, TokenOptions):
        what = tr("Tokens")
    elif isinstance(options, PreBriefOptions):
        what = tr("Pre-brief slide") if options.slide else tr("Pre-brief")
    else:
        what = tr("Team report")
    safe = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "-", team).strip(" .-")
    return f"{what} – {safe}.pdf" if safe else f"{what}.pdf"


LAYOUT_NAMES = {
    Layout.SHEET: tr.noop("sheet", "a layout"),
    Layout.POSTER: tr.noop("poster", "a layout"),
    Layout.ONE_PER_PAGE: tr.noop("one per page", "a layout"),
}


def describe(options: Options, pages: int) -> str:
    """One line under the preview: pages, paper, and what the print holds."""
    if isinstance(options, PreBriefOptions):
        width, height = card_size(options)
        paper = tr("16:9 slide") if options.slide else fill(tr("%1 card"), options.paper.upper())
        size = f"{width / 72 * 25.4:.0f} × {height / 72 * 25.4:.0f} mm"
        return fill(
            tr("%n page(s) · %1 (%2) · %3", n=pages), paper, size, tr("%n rule(s)", n=len(options.rules))
        )
    if isinstance(options, ReportJob):
        paper = Paper.parse(options.options.paper).value
        norms, meetings = len(printable_norms(options.team)), len(options.team.sessions)
        return fill(
            tr("%n page(s) · %1 %2 · %3, %4", n=pages),
            paper_name(Paper.parse(options.options.paper)),
            tr("portrait"),
            tr("%n norm(s)", n=norms),
            tr("%n meeting(s)", n=meetings),
        )
    orientation = tr("landscape") if options.landscape else tr("portrait")
    if isinstance(options, GroundRulesOptions):
        what = fill(tr("%1, %n rule(s)", n=len(options.rules)), tr(LAYOUT_NAMES[options.layout]))
    else:
        sizes = plan(options)
        what = fill(tr("%1 sets, %2 tokens a page"), sizes.sets, sizes.per_page) + (
            tr(", fronts and backs") if options.duplex else ""
        )
    return fill(tr("%n page(s) · %1 %2 · %3", n=pages), paper_name(options.paper), orientation, what)
