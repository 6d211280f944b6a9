"""``normlab print ground-rules`` and ``normlab print tokens``: the printables from a script.

A PDF is written only after it rendered completely; any problem is a NormlabError, which the main
command prints as one line.
"""

from __future__ import annotations

import argparse
from datetime import date
from typing import TYPE_CHECKING, Any

from normlab.cli.common import add_database_option
from normlab.domain.errors import NormlabError, ValidationError
from normlab.domain.text import TITLE, clean, for_terminal
from normlab.printing.paper import Paper

if TYPE_CHECKING:
    from normlab.services.workspace import Workspace

PAPER_CHOICES = tuple(p.value for p in Paper)


def register(commands: Any) -> None:
    """Add the ``print`` command and its two kinds to the main parser's sub-commands."""
    printing = commands.add_parser("print", help="print a team's ground rules or talk tokens to a PDF file")
    kinds = printing.add_subparsers(
        dest="print_kind", metavar="WHAT", required=True, parser_class=printing.__class__
    )

    rules = kinds.add_parser("ground-rules", help="the team's ground rules as a sheet or a poster")
    _common(rules)
    rules.add_argument("--layout", choices=("poster", "sheet"), default="sheet", help="default: sheet")
    rules.add_argument(
        "--title",
        metavar="T",
        type=_title,
        default=None,
        help='default: "Our ground rules" in the furniture language',
    )
    rules.add_argument(
        "--rules",
        metavar="LIST",
        type=_numbers,
        default=None,
        help="which rules, in which order, by number in the team: e.g. 1,3,5-7 (default: all)",
    )
    rules.add_argument("--no-badges", action="store_true", help="leave out the dimension badges")
    rules.add_argument(
        "--date", metavar="YYYY-MM-DD", type=_date, default=None, help="date to print (default: today)"
    )
    rules.set_defaults(handler=ground_rules_command)

    tokens = kinds.add_parser("tokens", help="talk and response tokens to cut out, a set per person")
    _common(tokens)
    _token_options(tokens)
    tokens.set_defaults(handler=tokens_command)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("team", metavar="TEAM", help="the team's name")
    parser.add_argument("-o", "--output", metavar="FILE.pdf", required=True, help="the PDF file to write")
    parser.add_argument("--paper", type=_paper, default=Paper.A4, metavar="|".join(PAPER_CHOICES))
    parser.add_argument("--landscape", action="store_true")
    parser.add_argument(
        "--language",
        metavar="CODE",
        default=None,
        help="language of the printed furniture (title, 'because', dates, page numbers): "
        "en, de, fr, es, fi, el, ru, ar, he, zh… (default: guessed from the rules' script, "
        "else your system's language)",
    )
    add_database_option(parser)


def _paper(value: str) -> Paper:
    try:
        return Paper.parse(value)
    except ValidationError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _numbers(value: str) -> list[tuple[int, int]]:
    """'1,3,5-7' -> [(1, 1), (3, 3), (5, 7)]: ranges, checked against the team once it is loaded
    (expanding them here would let ``1-999999999`` fill the memory before anything is checked)."""
    ranges: list[tuple[int, int]] = []
    try:
        for part in value.split(","):
            first, _, last = part.strip().partition("-")
            if len(first) > 9 or len(last) > 9:
                raise ValueError
            low, high = int(first), int(last or first)
            if low < 1 or high < low:
                raise ValueError
            ranges.append((low, high))
    except ValueError:
        shown = for_terminal(value[:40]) + ("…" if len(value) > 40 else "")
        raise argparse.ArgumentTypeError(f"“{shown}” is not a list of rule numbers like 1,3,5-7") from None
    return ranges


def _title(value: str) -> str:
    try:
        return clean(value, TITLE)
    except ValidationError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date like 2025-03-14") from None


def _language(args: argparse.Namespace, texts: list[str]) -> str:
    """The --language asked for (checked), else the one the texts are written in."""
    from normlab.printing.furniture import guess_language, parse_language

    if args.language:
        parse_language(args.language)
        return str(args.language)
    return guess_language(texts)


def ground_rules_command(args: argparse.Namespace, workspace: Workspace) -> int:
    from normlab.printing.ground_rules import (
        GroundRulesOptions,
        Layout,
        render_ground_rules,
        rules_from_team,
    )
    from normlab.printing.output import save_pdf

    team = workspace.team_by_name(args.team)
    rules = rules_from_team(team)
    if not rules:
        raise NormlabError(f"“{team.name}” has no current or proposed norms to print")
    if args.rules:
        missing = [high for _, high in args.rules if high > len(rules)]
        if missing:
            raise NormlabError(
                f"“{team.name}” has {len(rules)} rules to print; there is no rule {missing[0]}"
            )
        rules = tuple(rules[n - 1] for low, high in args.rules for n in range(low, high + 1))
    options = GroundRulesOptions(
        rules=rules,
        paper=args.paper,
        landscape=args.landscape,
        layout=Layout(args.layout),
        title=args.title or "",
        team=team.name,
        date=args.date or date.today(),
        badges=not args.no_badges,
        language=_language(args, [r.text for r in rules] + [r.because for r in rules]),
    )
    from reportlab.platypus.doctemplate import LayoutError

    try:
        pdf = render_ground_rules(options)
    except LayoutError:
        raise NormlabError(
            "the title or a rule is too long for a page of this layout; shorten it, or choose the sheet layout"
        ) from None
    path = save_pdf(args.output, pdf)
    print(f"Saved {len(rules)} ground rules of “{team.name}” as a {args.layout} to {path}.")
    return 0


def _token_options(tokens: argparse.ArgumentParser) -> None:
    tokens.add_argument(
        "--people", type=int, default=None, metavar="N", help="default: 30, or one per --names"
    )
    tokens.add_argument(
        "--talk", type=int, default=3, metavar="N", help="talk tokens per person (default: 3)"
    )
    tokens.add_argument(
        "--respond",
        type=int,
        default=1,
        metavar="N",
        help="tokens of each response kind per person (default: 1)",
    )
    tokens.add_argument(
        "--diameter",
        type=float,
        default=38.0,
        metavar="MM",
        help="25, 38 or 51 (common circle punches) or any size from 20 to 80 (default: 38)",
    )
    tokens.add_argument(
        "--layout",
        choices=("grid", "hex"),
        default="grid",
        help="grid: rows and columns with cut lines (guillotine, punch); hex: the most per page "
        "(scissors). Default: grid",
    )
    tokens.add_argument("--duplex", action="store_true", help="add backs, for printing double-sided")
    tokens.add_argument(
        "--duplex-edge",
        choices=("long", "short"),
        default=None,
        help="the edge your printer turns the sheet over (implies --duplex; default: long)",
    )
    tokens.add_argument(
        "--names",
        metavar="FILE",
        default=None,
        help="a class list, one name per line (UTF-8): a set per name, the name on each of its tokens",
    )
    tokens.add_argument(
        "--back",
        choices=("kind", "rule"),
        default="kind",
        help="what the backs carry: the kind of token, or the team's ground rules in turn (default: kind)",
    )


def tokens_command(args: argparse.Namespace, workspace: Workspace) -> int:
    from normlab.printing.class_list import read_class_list
    from normlab.printing.ground_rules import rules_from_team
    from normlab.printing.output import save_pdf
    from normlab.printing.tokens import (
        BackContent,
        DuplexEdge,
        TokenLayout,
        TokenOptions,
        plan,
        render_tokens,
    )

    team = workspace.team_by_name(args.team)
    names = read_class_list(args.names) if args.names else ()
    if names and args.people is not None and args.people != len(names):
        raise NormlabError(f"--people {args.people} does not match the {len(names)} names in {args.names}")
    rules = rules_from_team(team)
    duplex = args.duplex or args.duplex_edge is not None
    options = TokenOptions(
        people=args.people if args.people is not None else 30,
        talk_per_person=args.talk,
        each_response=args.respond,
        diameter_mm=args.diameter,
        paper=args.paper,
        landscape=args.landscape,
        layout=TokenLayout(args.layout),
        duplex=duplex,
        duplex_edge=DuplexEdge(args.duplex_edge or "long"),
        team=team.name,
        names=names,
        back=BackContent(args.back),
        rules=rules,
        language=_language(args, [n.text for n in team.norms]),
    )
    pdf = render_tokens(options)
    sizes = plan(options)
    path = save_pdf(args.output, pdf)
    sides = f"double-sided, turned over on the {options.duplex_edge.value} edge" if duplex else "one-sided"
    print(
        f"Saved {sizes.tokens} tokens for {sizes.sets} people ({sizes.sets} sets of {sizes.set_size}) "
        f"to {path}: {sizes.per_page} tokens fit on a page ({sizes.first_page} on the first, beside "
        f"the printing notes); {_plural(sizes.sheets, 'sheet')} of card, {_plural(sizes.pages, 'page')}, "
        f"{sides}."
    )
    return 0


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"
