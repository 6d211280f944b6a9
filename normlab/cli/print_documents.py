"""``normlab print pre-brief`` and ``normlab print report``: the pre-brief card and the team report."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from normlab.cli.common import add_database_option
from normlab.domain.errors import ValidationError
from normlab.domain.text import ATTRIBUTION, PREBRIEF_STATEMENT, TextRule, clean

if TYPE_CHECKING:
    from normlab.services.workspace import Workspace


def register(kinds: Any) -> None:
    card = kinds.add_parser(
        "pre-brief", help="a pre-brief card (or slide) for a teaching or simulation session"
    )
    card.add_argument("team", metavar="TEAM", help="the team's name")
    card.add_argument("-o", "--output", metavar="FILE.pdf", required=True, help="the PDF file to write")
    card.add_argument("--paper", choices=("A4", "A5", "A6"), type=str.upper, default="A5", help="default: A5")
    card.add_argument(
        "--slide", action="store_true", help="a 16:9 landscape page to project instead of a card"
    )
    card.add_argument(
        "--setting",
        metavar="NAME",
        action="append",
        default=None,
        help="the rules of this setting only (repeatable; default: 'teaching session' when the team has it)",
    )
    card.add_argument(
        "--statement",
        metavar="TEXT",
        type=_text(PREBRIEF_STATEMENT),
        default=None,
        help="the pre-brief statement (default: the team's own, else normlab's wording)",
    )
    card.add_argument(
        "--attribution",
        metavar="TEXT",
        type=_text(ATTRIBUTION),
        default=None,
        help="where the statement comes from, printed with it",
    )
    card.add_argument(
        "--objective", metavar="TEXT", action="append", default=[], help="an objective (repeatable)"
    )
    card.add_argument("--pause-word", metavar="WORD", default="", help="the word anyone says to pause")
    card.add_argument("--language", metavar="CODE", default=None, help="language of the card's headings")
    add_database_option(card)
    card.set_defaults(handler=pre_brief_command)

    report = kinds.add_parser("report", help="the team report to bring to the next meeting")
    report.add_argument("team", metavar="TEAM", help="the team's name")
    report.add_argument("-o", "--output", metavar="FILE.pdf", required=True, help="the PDF file to write")
    report.add_argument("--paper", choices=("A4", "Letter"), default="A4", help="default: A4")
    report.add_argument("--language", metavar="CODE", default=None, help="language of dates and page numbers")
    add_database_option(report)
    report.set_defaults(handler=report_command)


def _text(rule: TextRule) -> Callable[[str], str]:
    def parse(value: str) -> str:
        try:
            return clean(value, rule)
        except ValidationError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None

    return parse


def pre_brief_command(args: argparse.Namespace, workspace: Workspace) -> int:
    from normlab.cli.print_commands import language_for, norms_in_settings
    from normlab.domain.because import BecauseChoice
    from normlab.printing.ground_rules import printable_norms, rule_for
    from normlab.printing.output import save_pdf
    from normlab.printing.prebrief import PreBriefOptions, render_pre_brief, session_norms

    team = workspace.team_by_name(args.team)
    norms = list(printable_norms(team))
    norms = norms_in_settings(team.name, norms, args.setting) if args.setting else session_norms(norms)
    rules = tuple(rule_for(n, BecauseChoice.AGREED) for n in norms)
    if args.statement is None:  # the team's own statement, else normlab's wording
        statement, attribution = team.prebrief.statement, team.prebrief.attribution
    else:
        statement, attribution = args.statement, ""
    if args.attribution is not None:
        attribution = args.attribution
    options = PreBriefOptions(
        rules=rules,
        paper=args.paper,
        slide=args.slide,
        team=team.name,
        statement=statement,
        attribution=attribution,
        objectives=tuple(args.objective),
        pause_word=args.pause_word,
        language=language_for(args.language, [r.text for r in rules]),
    )
    path = save_pdf(args.output, render_pre_brief(options))
    what = "a 16:9 slide" if args.slide else f"an {args.paper} card"
    print(f"Saved the pre-brief of “{team.name}” with {len(rules)} rules as {what} to {path}.")
    return 0


def report_command(args: argparse.Namespace, workspace: Workspace) -> int:
    from normlab.cli.print_commands import language_for
    from normlab.printing.output import save_pdf
    from normlab.printing.paper import Paper
    from normlab.printing.report import ReportOptions, render_report

    team = workspace.team_by_name(args.team)
    options = ReportOptions(
        paper=Paper.parse(args.paper),
        language=language_for(args.language, [n.text for n in team.norms]),
        date=date.today(),
    )
    path = save_pdf(args.output, render_report(team, options))
    print(f"Saved the report of “{team.name}” ({len(team.norms)} norms) to {path}.")
    return 0
