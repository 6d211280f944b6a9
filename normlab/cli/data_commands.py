"""Headless commands over a team's data: list, import, export, starter library."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from normlab.cli.common import add_database_option
from normlab.cli.output import write_data

if TYPE_CHECKING:
    from normlab.services.workspace import Workspace


def register(commands: Any) -> None:
    teams = commands.add_parser("teams", help="list the teams and how many norms each has")
    teams.set_defaults(handler=_teams)

    imp = commands.add_parser(
        "import", help="import teams from a normlab JSON file, or a team from a CSV file (all or nothing)"
    )
    imp.add_argument("file", metavar="FILE")
    imp.add_argument(
        "--format", choices=("json", "csv"), default=None, help="default: csv for a .csv file, else json"
    )
    imp.add_argument("--team", metavar="NAME", help="the team's name (CSV: instead of its team column)")
    clash = imp.add_mutually_exclusive_group()
    clash.add_argument(
        "--rename",
        action="store_true",
        help="give a clashing team a new name (“NAME (2)”) instead of failing",
    )
    clash.add_argument(
        "--replace",
        action="store_true",
        help="replace the team of the same name with the one in the file (all or nothing) instead of failing",
    )
    imp.set_defaults(handler=_import)

    exp = commands.add_parser("export", help="export a team as JSON or as CSV")
    exp.add_argument("team", metavar="TEAM", help="the team's name")
    exp.add_argument("--format", choices=("json", "csv"), default="json")
    exp.add_argument("-o", "--output", metavar="FILE", required=True, help="file to write, or - for stdout")
    exp.set_defaults(handler=_export)

    library = commands.add_parser("library", help="list the starter sets, or copy one into a team")
    actions = library.add_subparsers(dest="library_action", metavar="ACTION", parser_class=library.__class__)
    copy = actions.add_parser("copy", help="copy a starter set into a team (created when new)")
    copy.add_argument("set", metavar="SET")
    copy.add_argument("--team", metavar="NAME", required=True)
    copy.set_defaults(handler=_library_copy, needs_workspace=True)
    add_database_option(copy)
    library.set_defaults(handler=_library_list, needs_workspace=False)

    for parser in (teams, imp, exp, library):
        add_database_option(parser)


def _teams(args: argparse.Namespace, ws: Workspace) -> int:
    teams = ws.teams()
    if not teams:
        print("No teams yet. Copy a starter set: normlab library copy classroom-dialogic-talk --team NAME")
        return 0
    width = max(len(t.name) for t in teams)
    for team in teams:
        print(f"{team.name:<{width}}  {team.norm_count} norm{'s' if team.norm_count != 1 else ''}")
    return 0


def _norms(count: int) -> str:
    return f"{count} norm{'s' if count != 1 else ''}"


def _import(args: argparse.Namespace, ws: Workspace) -> int:
    from normlab.services.importing import OnClash, store_teams
    from normlab.services.interchange import read_teams, repeated_norms

    kind = args.format or ("csv" if args.file.lower().endswith(".csv") else "json")
    teams = read_teams(args.file, kind, team_name=args.team)
    on_clash = OnClash.RENAME if args.rename else OnClash.REPLACE if args.replace else OnClash.REFUSE
    done = store_teams(ws, teams, on_clash)
    stored = {t.id: t for t in ws.teams()}
    replaced = {t.name: t for t in done.replaced}
    for team_id in done.team_ids:
        team = stored[team_id]
        old = replaced.get(team.name)
        instead = f", replacing the team of that name that had {_norms(len(old.norms))}" if old else ""
        print(f"Imported “{team.name}” with {_norms(team.norm_count)}{instead}.")
    for warning in repeated_norms(teams):
        print(f"Note: {warning}")
    return 0


def _export(args: argparse.Namespace, ws: Workspace) -> int:
    from normlab.services.interchange import dumps, export_csv, export_json, write_text

    team_id = ws.team_id(args.team)
    text = export_csv(ws, team_id) if args.format == "csv" else dumps(export_json(ws, [team_id]))
    if args.output == "-":
        write_data(text)
        where, stream = "to standard output", sys.stderr  # the data itself goes down the pipe
    else:
        write_text(args.output, text, encoding="utf-8-sig" if args.format == "csv" else "utf-8")
        where, stream = f"to {args.output}", sys.stdout
    team = next(t for t in ws.teams() if t.id == team_id)
    print(
        f"Exported “{team.name}” with {_norms(team.norm_count)} as {args.format.upper()} {where}.",
        file=stream,
    )
    return 0


def _library_list(args: argparse.Namespace, ws: Workspace | None) -> int:
    from normlab.services.library import starter_sets

    sets = starter_sets()
    width = max(len(s.id) for s in sets)
    for item in sets:
        print(f"{item.id:<{width}}  {item.title} ({item.norm_count} norms)")
    return 0


def _library_copy(args: argparse.Namespace, ws: Workspace) -> int:
    from normlab.services.library import copy_starter_set, starter_set

    item = starter_set(args.set)
    team_id = copy_starter_set(ws, args.set, args.team)
    print(f"Copied {item.norm_count} norms from “{item.title}” into “{ws.team(team_id).name}”.")
    return 0
