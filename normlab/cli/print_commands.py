"""``normlab print ground-rules`` and ``normlab print tokens``: the printables from a script
(``pre-brief`` and ``report`` are in print_documents).

A PDF is written only after it rendered completely; any problem is a NormlabError, which the main
command prints as one line. Before printing ground rules the checks run: each rule that is
unexamined, rests only on the rule itself, was reworded on the surface only or prints without an
agreed reason is named on stderr; ``--strict`` then refuses with exit code 3 and writes nothing.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from normlab.cli.common import add_database_option
from normlab.domain.errors import NormlabError, ValidationError
from normlab.domain.text import TITLE, clean, for_terminal
from normlab.printing.paper import Paper

if TYPE_CHECKING:
    from normlab.domain.model import Norm
    from normlab.services.workspace import Workspace

PAPER_CHOICES = tuple(p.value for p in Paper)


def register(commands: Any) -> None:
    """Add the ``print`` command and its kinds to the main parser's sub-commands."""
    printing = commands.add_parser(
        "print", help="print a team's ground rules, talk tokens, pre-brief card or report to a PDF file"
    )
    kinds = printing.add_subparsers(
        dest="print_kind", metavar="WHAT", required=True, parser_class=printing.__class__
    )

    rules = kinds.add_parser(
        "ground-rules", help="the team's ground rules as a sheet, a poster or one per page"
    )
    _common(rules)
    rules.add_argument(
        "--layout",
        choices=("sheet", "poster", "one-per-page"),
        default="sheet",
        help="sheet (to hand out), poster (read across the room; continues on more pages) or "
        "one-per-page (a washing line). Default: sheet",
    )
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
    _agreement_options(rules)
    rules.set_defaults(handler=ground_rules_command)

    tokens = kinds.add_parser("tokens", help="talk and response tokens to cut out, a set per person")
    _common(tokens)
    _token_options(tokens)
    tokens.set_defaults(handler=tokens_command)

    from normlab.cli import print_documents

    print_documents.register(kinds)


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


def _agreement_options(rules: argparse.ArgumentParser) -> None:
    rules.add_argument(
        "--because",
        choices=("agreed", "proposed", "none"),
        default="agreed",
        help="what the because-lines print: the agreed reasons (else the first proposal that is not "
        "operational), the first such proposal, or nothing. Default: agreed",
    )
    rules.add_argument(
        "--because-word", metavar="WORD", default=None, help="the word that leads each because-line"
    )
    rules.add_argument(
        "--setting",
        metavar="NAME",
        action="append",
        default=None,
        help="only the rules of this setting (repeatable)",
    )
    rules.add_argument("--signatures", action="store_true", help="add a strip where the team signs")
    rules.add_argument(
        "--strict", action="store_true", help="refuse to print (exit 3) when a check fires on a rule"
    )


def language_for(code: str | None, texts: Sequence[str]) -> str:
    """The --language asked for (checked), else the one the texts are written in."""
    from normlab.printing.furniture import guess_language, parse_language

    if code:
        parse_language(code)
        return str(code)
    return guess_language(texts)


def _language(args: argparse.Namespace, texts: list[str]) -> str:
    return language_for(args.language, texts)


def norms_in_settings(team: str, norms: Sequence[Norm], settings: Sequence[str]) -> list[Norm]:
    """The norms whose setting is one of settings (case and spaces aside)."""
    wanted = {" ".join(s.split()).casefold() for s in settings}
    chosen = [n for n in norms if " ".join(n.setting.split()).casefold() in wanted]
    if not chosen:
        known = sorted({n.setting for n in norms if n.setting.strip()})
        listed = ", ".join(f"“{k}”" for k in known) or "none"
        raise NormlabError(
            f"“{team}” has no rules in the setting {', '.join(map(repr, settings))} (its settings: {listed})"
        )
    return chosen


def ground_rules_command(args: argparse.Namespace, workspace: Workspace) -> int:
    from normlab.domain.because import BecauseChoice, print_warnings
    from normlab.printing.ground_rules import (
        GroundRulesOptions,
        Layout,
        lay_out,
        printable_norms,
        render_laid,
        rule_for,
    )
    from normlab.printing.output import save_pdf

    team = workspace.team_by_name(args.team)
    numbered = list(enumerate(printable_norms(team), start=1))
    if not numbered:
        raise NormlabError(f"“{team.name}” has no current or proposed norms to print")
    if args.rules:
        missing = [high for _, high in args.rules if high > len(numbered)]
        if missing:
            raise NormlabError(
                f"“{team.name}” has {len(numbered)} rules to print; there is no rule {missing[0]}"
            )
        numbered = [numbered[n - 1] for low, high in args.rules for n in range(low, high + 1)]
    if args.setting:
        kept = {id(n) for n in norms_in_settings(team.name, [n for _, n in numbered], args.setting)}
        numbered = [(number, n) for number, n in numbered if id(n) in kept]
    choice = BecauseChoice(args.because)
    norms = [n for _, n in numbered]
    rules = tuple(rule_for(n, choice) for n in norms)
    options = GroundRulesOptions(
        rules=rules,
        paper=args.paper,
        landscape=args.landscape,
        layout=Layout(args.layout),
        title=args.title or "",
        team=team.name,
        date=args.date or date.today(),
        badges=not args.no_badges,
        because_word=args.because_word,
        language=_language(args, [r.text for r in rules] + [r.because for r in rules]),
        signatures=args.signatures,
    )
    laid = lay_out(options)
    warnings = print_warnings(norms, choice, [number for number, _ in numbered])
    for warning in warnings:
        print(f"normlab: {warning.line()}", file=sys.stderr)
    if warnings and args.strict:
        count = len({w.number for w in warnings})
        print(
            f"normlab: nothing was written: {count} of {len(norms)} rules need another look (--strict)",
            file=sys.stderr,
        )
        return 3
    path = save_pdf(args.output, render_laid(options, laid))
    pages = len(laid.pages)
    print(
        f"Saved {len(rules)} ground rules of “{team.name}” as a {args.layout} "
        f"on {pages} page{'s' if pages != 1 else ''} to {path}."
    )
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
