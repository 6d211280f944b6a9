"""Import and export of a 10,000-norm team against plain Python doing the same, in the same run.

    .venv/bin/python benchmarks/import_export.py [--runs 5] [--norms 10000]

The team comes from ``corpus.py`` (10,000 norms, 30,000 reasons, 1,000 revisions, two meetings).
Each figure alternates normlab and its baseline, on a fresh copy of an empty database each time:

* import, whole process: ``normlab import FILE`` against ``plain_import.py`` (a sqlite3 script that
  reads the same file and inserts the same rows with executemany, no checks);
* import, in one process: ``import_json(read_document(FILE))`` against the plain insert function;
* export, whole process: ``normlab export TEAM -o FILE`` against a script that ``json.load``s the same
  document and ``json.dump``s it;
* export, in one process: ``export_json`` + ``dumps`` + writing the file against ``json.dump`` of the
  same document (the same indentation).
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import Figure, compile_normlab, fresh_copy, print_figures, time_call, time_process
from corpus import write_document
from plain_import import plain_import

TEAM = "Trust-wide norms"
DUMP = """
import json, sys
with open(sys.argv[1], encoding="utf-8") as stream:
    document = json.load(stream)
with open(sys.argv[2], "w", encoding="utf-8") as stream:
    json.dump(document, stream, ensure_ascii=False, indent=2)
"""


def measure(runs: int, norms: int, scratch: Path) -> list[Figure]:
    from normlab.services.interchange import dumps, export_json, import_json, read_document, write_text
    from normlab.services.workspace import Workspace, database_url
    from normlab.store.migrate import ensure_schema

    source = write_document(scratch / "team.json", norms)
    template = scratch / "empty.sqlite3"
    ensure_schema(database_url(str(template)))
    py = sys.executable
    plain_script = str(Path(__file__).resolve().parent / "plain_import.py")

    cli_import = Figure(f"normlab import ({norms:,} norms), whole process", "plain sqlite3 script", limit=5)
    api_import = Figure("import_json in one process", "plain sqlite3 inserts", limit=5)
    cli_export = Figure("normlab export, whole process", "json.load + json.dump script", limit=5)
    api_export = Figure("export_json + dumps + write in one process", "json.dump of the document", limit=5)

    database = scratch / "normlab.sqlite3"
    plain = scratch / "plain.sqlite3"
    for _ in range(runs):
        fresh_copy(template, database)
        cli_import.samples.append(
            time_process([py, "-m", "normlab", "--database", str(database), "import", str(source)])
        )
        fresh_copy(template, plain)
        cli_import.baseline.append(time_process([py, plain_script, str(source), str(plain)]))

    exported = scratch / "exported.json"
    dumped = scratch / "dumped.json"
    for _ in range(runs):
        cli_export.samples.append(
            time_process(
                [py, "-m", "normlab", "--database", str(database), "export", TEAM, "-o", str(exported)]
            )
        )
        cli_export.baseline.append(time_process([py, "-c", DUMP, str(exported), str(dumped)]))

    for _ in range(runs):
        ws = Workspace.open(database_url(str(fresh_copy(template, database))))
        api_import.samples.append(time_call(lambda ws=ws: import_json(ws, read_document(source))))
        ws.close()

        def plain_insert() -> None:
            with open(source, encoding="utf-8") as stream:
                document = json.load(stream)
            con = sqlite3.connect(fresh_copy(template, plain))
            con.execute("PRAGMA journal_mode = WAL")
            plain_import(document, con)
            con.close()

        api_import.baseline.append(time_call(plain_insert))

    ws = Workspace.open(database_url(str(database)))
    team_id = ws.team_by_name(TEAM).id
    document = json.loads(exported.read_text(encoding="utf-8"))
    for _ in range(runs):
        api_export.samples.append(time_call(lambda: write_text(exported, dumps(export_json(ws, [team_id])))))

        def dump() -> None:
            with open(dumped, "w", encoding="utf-8") as stream:
                json.dump(document, stream, ensure_ascii=False, indent=2)

        api_export.baseline.append(time_call(dump))
    ws.close()
    check_round_trip(source, exported)
    return [cli_import, api_import, cli_export, api_export]


def check_round_trip(source: Path, exported: Path) -> None:
    """The benchmark is only worth its figures if the export holds what was imported."""
    before = json.loads(source.read_text(encoding="utf-8"))["teams"][0]
    after = json.loads(exported.read_text(encoding="utf-8"))["teams"][0]
    if before["norms"] != after["norms"] or before["sessions"] != after["sessions"]:
        raise SystemExit("the export does not hold what was imported")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--norms", type=int, default=10_000)
    args = parser.parse_args(argv)
    compile_normlab()
    with tempfile.TemporaryDirectory(prefix="normlab-bench-") as scratch:
        figures = measure(args.runs, args.norms, Path(scratch))
    print_figures("Import and export", figures, args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
