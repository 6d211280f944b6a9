"""``normlab backup``, ``normlab backups`` and ``normlab restore FILE``: the SQLite file's rolling set
of backups from a script (the window has File ▸ Backups…)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from normlab.cli.common import add_database_option
from normlab.store.location import resolve_database_url


def register(commands: Any) -> None:
    backup = commands.add_parser("backup", help="back up the database now (kept with the automatic backups)")
    backup.set_defaults(handler=_backup, needs_workspace=False)
    listing = commands.add_parser("backups", help="list the database's backups, newest first")
    listing.set_defaults(handler=_list, needs_workspace=False)
    restore = commands.add_parser(
        "restore", help="put the database back as a backup file has it (the current state is backed up first)"
    )
    restore.add_argument("file", metavar="FILE")
    restore.set_defaults(handler=_restore, needs_workspace=False)
    for parser in (backup, listing, restore):
        add_database_option(parser)


def _held(teams: int | None, norms: int | None) -> str:
    if teams is None or norms is None:
        return "an unreadable database"
    return f"{teams} team{'s' if teams != 1 else ''} and {norms} norm{'s' if norms != 1 else ''}"


def _address(args: argparse.Namespace) -> str:
    return resolve_database_url(args.database)


def _backup(args: argparse.Namespace, _ws: object) -> int:
    from normlab.services.backups import backup_now, counts

    made = backup_now(_address(args))
    teams, norms = counts(made.path)
    print(f"Backed up {_held(teams, norms)} to {made.path}.")
    return 0


def _list(args: argparse.Namespace, _ws: object) -> int:
    from normlab.services.backups import list_backups

    backups = list_backups(_address(args))
    if not backups:
        print("No backups yet. Make one with: normlab backup")
    for item in backups:
        held = _held(item.teams, item.norms)
        print(f"{item.taken:%Y-%m-%d %H:%M:%S}  {item.backup.kind:<14}  {held:<24}  {item.path}")
    return 0


def _restore(args: argparse.Namespace, _ws: object) -> int:
    from normlab.services.backups import counts, restore_backup

    address = _address(args)
    before = restore_backup(address, args.file)
    teams, norms = counts(Path(args.file).expanduser())
    kept = f"; what it held before is in {before.path}" if before is not None else ""
    print(f"Restored {_held(teams, norms)} from {args.file}{kept}.")
    return 0
