"""When a team means to look at a norm again: review-by dates and what is due on a given day.

Pure functions of a date, so "due" never depends on the clock of the machine that asks.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from datetime import date

from normlab.domain.model import Norm
from normlab.domain.summary import NormSummary

ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
REVIEW_STEPS = (1, 3, 6)
"""The review-by dates a meeting offers first: this many months from the meeting's day."""


def is_due(norm: Norm | NormSummary, today: date) -> bool:
    """The norm has a review-by date and that day has come (on the day itself it is due)."""
    return norm.review_by is not None and norm.review_by <= today


def due_norms(norms: Iterable[Norm], today: date) -> tuple[Norm, ...]:
    """The norms due for review on ``today``, in the order given."""
    return tuple(n for n in norms if is_due(n, today))


def months_later(start: date, months: int) -> date:
    """``start`` plus whole calendar months, on the same day of the month or the month's last day.

    31 January + 1 month is 28 (or 29) February, not 3 March.
    """
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def parse_day(text: str) -> date:
    """A day written YYYY-MM-DD (and nothing else); ValueError with a plain message otherwise."""
    if isinstance(text, str) and ISO_DAY.fullmatch(text.strip()):
        try:
            return date.fromisoformat(text.strip())
        except ValueError:
            pass
    raise ValueError(f"“{text}” is not a date (YYYY-MM-DD)")
