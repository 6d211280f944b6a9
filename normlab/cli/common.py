"""Bits every command line shares."""

from __future__ import annotations

import argparse


def add_database_option(parser: argparse.ArgumentParser, *, suppress: bool = True) -> None:
    """``--database`` on the main parser, and again on each command so it may come after it too."""
    parser.add_argument(
        "--database",
        metavar="PATH_OR_URL",
        default=argparse.SUPPRESS if suppress else None,
        help="SQLite file or database URL (e.g. postgresql://host/db)",
    )
