"""``normlab due``: the norms a team meant to look at again by a given day."""

from __future__ import annotations

import argparse
from datetime import date
from typing import TYPE_CHECKING, Any

from normlab.cli.common import add_database_option
from normlab.domain.review import parse_day

if TYPE_CHECKING:
    from normlab.services.workspace import Workspace


def _day(text: str) -> date:
    try:
        return parse_day(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def register(commands: Any) -> None:
    due = commands.add_parser(
        "due",
        help="list the norms due for review: one per line, team, rule and review-by date, tab-separated",
    )
    due.add_argument(
        "--today", metavar="YYYY-MM-DD", type=_day, default=None, help="the day to check for (default: today)"
    )
    due.set_defaults(handler=_due)
    add_database_option(due)


def _due(args: argparse.Namespace, ws: Workspace) -> int:
    from normlab.services.agreements import due_for_review

    today = args.today or date.today()
    found = due_for_review(ws, today)
    if not found:
        print(f"No norms are due for review on or before {today.isoformat()}.")
        return 0
    for team, norm in found:
        print(
            f"{_one_line(team)}\t{_one_line(norm.text)}\t{norm.review_by.isoformat() if norm.review_by else ''}"
        )
    return 0


def _one_line(text: str) -> str:
    """Keep one norm to one line, whatever its wording holds."""
    return " ".join(text.split())
