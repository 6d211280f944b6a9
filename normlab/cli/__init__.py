"""The ``normlab`` command: the GUI without a sub-command, headless commands with one.

Errors come out as one line on stderr with exit code 1 (2 for a mistyped command line), and a
command that fails writes nothing.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from normlab import __version__
from normlab.cli import data_commands, print_commands, review_commands
from normlab.cli.common import add_database_option
from normlab.domain.errors import NormlabError
from normlab.store.location import ENV_VAR, resolve_database_url


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage mistake is one line, not the whole usage text."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="normlab",
        description="Record the norms of a practice and the reasons behind them; print ground rules "
        "and talk tokens. Without a command, the window opens.",
        epilog=f"The database is a SQLite file in your data folder unless --database or ${ENV_VAR} says otherwise.",
    )
    parser.add_argument("--version", action="version", version=f"normlab {__version__}")
    add_database_option(parser, suppress=False)
    parser.add_argument(
        "--exit-after-startup",
        action="store_true",
        help="open the window, quit as soon as it has drawn the current team (for benchmarks)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    data_commands.register(commands)
    print_commands.register(commands)
    review_commands.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    url = resolve_database_url(args.database)
    if args.command is None:
        from normlab.ui.shell.app import run_gui

        return run_gui(url, exit_after_startup=args.exit_after_startup)
    workspace = None
    try:
        if getattr(args, "needs_workspace", True):
            from normlab.services.workspace import Workspace

            workspace = Workspace.open(url)
        return int(args.handler(args, workspace) or 0)
    except NormlabError as exc:
        print(f"normlab: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    finally:
        if workspace is not None:
            workspace.close()
