"""Headless commands over a team's data: list, import, export, starter library."""

from __future__ import annotations

import argparse
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
    imp.add_argument(
        "--rename", action="store_true", help="give a clashing team a new name instead of failing"
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


def _import(args: argparse.Namespace, ws: Workspace) -> int:
    from normlab.services.interchange import import_file, repeated_norms

    kind = args.format or ("csv" if args.file.lower().endswith(".csv") else "json")
    teams, ids = import_file(ws, args.file, kind, team_name=args.team, rename_on_clash=args.rename)
    stored = {t.id: t for t in ws.teams()}
    for team_id in ids:
        print(f"Imported “{stored[team_id].name}” with {stored[team_id].norm_count} norms.")
    for warning in repeated_norms(teams):
        print(f"Note: {warning}")
    return 0


def _export(args: argparse.Namespace, ws: Workspace) -> int:
    from normlab.services.interchange import dumps, export_csv, export_json, write_text

    team_id = ws.team_id(args.team)
    text = export_csv(ws, team_id) if args.format == "csv" else dumps(export_json(ws, [team_id]))
    if args.output == "-":
        write_data(text)
    else:
        write_text(args.output, text, encoding="utf-8-sig" if args.format == "csv" else "utf-8")
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
