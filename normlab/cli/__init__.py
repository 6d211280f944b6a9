"""The ``normlab`` command: the GUI without a sub-command, headless commands with one.

Errors come out as one line on stderr with exit code 1 (2 for a mistyped command line), and a
command that fails writes nothing.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from normlab import __version__
from normlab.cli import backup_commands, data_commands, print_commands, review_commands
from normlab.cli.common import add_database_option
from normlab.cli.output import terminal_safe
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
    window = parser.add_argument_group("the window (without a command)")
    window.add_argument(
        "--exit-after-startup",
        action="store_true",
        help="open the window, quit as soon as it has drawn the current team (and saved --screenshot)",
    )
    window.add_argument(
        "--window-size",
        metavar="WxH",
        type=_window_size,
        help="open the window at exactly this size in screen pixels, e.g. 1280x800",
    )
    window.add_argument(
        "--screenshot",
        metavar="FILE.png",
        type=Path,
        help="once the window is drawn, save a picture of it (your remembered window layout is "
        "neither used nor changed)",
    )
    window.add_argument("--team", metavar="NAME", help="show this team first")
    window.add_argument(
        "--meeting",
        metavar="TEAM",
        help="open straight into the meeting screen of this team (today's meeting; a new one if none is open)",
    )
    parser.add_argument(
        "--install-desktop-entry",
        action="store_true",
        help="add normlab to your desktop's applications menu (Linux), then exit",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    data_commands.register(commands)
    print_commands.register(commands)
    review_commands.register(commands)
    backup_commands.register(commands)
    return parser


def _window_size(text: str) -> tuple[int, int]:
    from normlab.ui.shell.startup import parse_window_size

    try:
        return parse_window_size(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _utf8_argument(argument: str) -> str:
    """An argument the locale could not decode (a C locale, say) read as the UTF-8 it most likely is."""
    try:
        argument.encode("utf-8")
        return argument
    except UnicodeEncodeError:
        return os.fsencode(argument).decode("utf-8", "replace")


def main(argv: Sequence[str] | None = None) -> int:
    """Run normlab; everything it prints is UTF-8, with control characters escaped (cli/output.py)."""
    with terminal_safe():
        return _main([_utf8_argument(a) for a in (sys.argv[1:] if argv is None else argv)])


def _main(argv: Sequence[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    url = resolve_database_url(args.database)
    if args.install_desktop_entry:
        from normlab.cli import desktop_entry

        return desktop_entry.run()
    if args.command is None:
        from normlab.ui.shell.startup import StartupOptions, check_screenshot_path

        if args.screenshot is not None and (problem := check_screenshot_path(args.screenshot)):
            parser.error(f"argument --screenshot: {problem}")
        from normlab.ui.shell.app import run_gui

        options = StartupOptions(
            window_size=args.window_size,
            screenshot=args.screenshot,
            exit_after_startup=args.exit_after_startup,
            team=args.team,
            meeting=args.meeting,
        )
        return run_gui(url, options)
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
