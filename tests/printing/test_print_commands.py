"""``normlab print``: options reach the renderers, files appear only when rendering succeeded."""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path

import pytest

from normlab.cli import print_commands
from normlab.domain.errors import NormlabError, NotFoundError
from normlab.domain.model import Team
from tests.printing.pdfread import MM, circles, page_sizes, pypdf_text, words


class FakeWorkspace:
    def __init__(self, *teams: Team) -> None:
        self.teams = {t.name: t for t in teams}

    def team_by_name(self, name: str) -> Team:
        if name not in self.teams:
            raise NotFoundError(f"there is no team called “{name}”")
        return self.teams[name]


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="normlab")
    print_commands.register(parser.add_subparsers(dest="command"))
    return parser.parse_args(argv)


def run(ws: FakeWorkspace, *argv: str) -> int:
    args = parse(*argv)
    return args.handler(args, ws)


def test_ground_rules_sheet(team, tmp_path: Path, capsys):
    out = tmp_path / "rules.pdf"
    assert (
        run(FakeWorkspace(team), "print", "ground-rules", team.name, "-o", str(out), "--date", "2025-03-14")
        == 0
    )
    pdf = out.read_bytes()
    text = words(pypdf_text(pdf))
    assert "our ground rules" in text and "year 5, hillside · 14 march 2025" in text
    assert "listen to others" in text and "so we can discuss many ideas" in text
    assert "because so" not in text
    assert "hands up" not in text  # retired
    assert "Saved 3 ground rules" in capsys.readouterr().out
    assert list(tmp_path.iterdir()) == [out]  # no temporary file left behind


def test_ground_rules_options(team, tmp_path: Path):
    out = tmp_path / "poster.pdf"
    argv = ["print", "ground-rules", team.name, "-o", str(out), "--paper", "letter", "--landscape"]
    run(
        FakeWorkspace(team),
        *argv,
        "--layout",
        "poster",
        "--title",
        "Talk rules",
        "--rules",
        "2,1",
        "--no-badges",
    )
    pdf = out.read_bytes()
    ((width, height),) = page_sizes(pdf)
    assert (round(width), round(height)) == (792, 612)
    text = words(pypdf_text(pdf))
    assert text.startswith("talk rules")
    assert text.index("listen to others") < text.index("everyone is invited")
    assert "give reasons" not in text and "interpersonal" not in text


def test_a_failed_render_writes_nothing_and_keeps_the_old_file(team, tmp_path: Path):
    out = tmp_path / "rules.pdf"
    out.write_bytes(b"old")
    bad_team = replace(
        team, name="Bad", norms=tuple(replace(n, text="Listen \U0010fffd") for n in team.norms)
    )
    with pytest.raises(NormlabError, match="no font on this computer can print"):
        run(FakeWorkspace(bad_team), "print", "ground-rules", "Bad", "-o", str(out), "--layout", "poster")
    assert out.read_bytes() == b"old"
    assert list(tmp_path.iterdir()) == [out]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["print", "tokens", "Nobody", "-o", "{out}"], "there is no team called “Nobody”"),
        (["print", "tokens", "Year 5, Hillside", "-o", "{out}", "--diameter", "90"], "between 20 and 80 mm"),
        (["print", "tokens", "Year 5, Hillside", "-o", "{out}", "--names", "{missing}/n.txt"], "cannot read"),
        (["print", "tokens", "Year 5, Hillside", "-o", "{out}", "--language", "xx"], "no printed furniture"),
        (["print", "tokens", "Year 5, Hillside", "-o", "{missing}/t.pdf"], "does not exist"),
        (["print", "ground-rules", "Year 5, Hillside", "-o", "{out}", "--rules", "4"], "there is no rule 4"),
    ],
)
def test_errors_are_normlab_errors_and_write_nothing(team, tmp_path: Path, argv, message):
    out, missing = tmp_path / "t.pdf", tmp_path / "missing"
    argv = [a.format(out=out, missing=missing) for a in argv]
    with pytest.raises(NormlabError, match=message):
        run(FakeWorkspace(team), *argv)
    assert not out.exists()


@pytest.mark.parametrize(
    "bad", [["--paper", "B5"], ["--rules", "0"], ["--rules", "x"], ["--date", "14/03/2025"]]
)
def test_mistyped_options_are_usage_errors(bad):
    with pytest.raises(SystemExit) as caught:
        parse("print", "ground-rules", "T", "-o", "x.pdf", *bad)
    assert caught.value.code == 2


def test_tokens(team, tmp_path: Path, capsys):
    out = tmp_path / "tokens.pdf"
    argv = ["print", "tokens", team.name, "-o", str(out), "--people", "6", "--talk", "2", "--respond", "1"]
    assert run(FakeWorkspace(team), *argv, "--diameter", "30", "--duplex", "--paper", "A3") == 0
    pdf = out.read_bytes()
    pages = circles(pdf)
    cut = [c for page in pages for c in page if c.stroked and not c.filled]
    assert len(cut) == 6 * 6  # fronts only: the backs have no cut line
    assert all(abs(c.diameter - 30 * MM) <= 0.5 * MM for c in cut)
    assert "year 5, hillside" in words(pypdf_text(pdf))  # on the backs
    said = capsys.readouterr().out
    assert "Saved 36 tokens for 6 people (6 sets of 6)" in said
    assert "tokens fit on a page" in said and "1 sheet of card, 2 pages, double-sided" in said


def test_tokens_from_a_class_list_short_edge_hex(team, tmp_path: Path, capsys):
    names = tmp_path / "class.txt"
    names.write_text("\ufeffAisha Khan\n\nZoë Müller\n  Ben   O'Connor \n", encoding="utf-8")
    out = tmp_path / "tokens.pdf"
    argv = ["print", "tokens", team.name, "-o", str(out), "--names", str(names), "--layout", "hex"]
    assert run(FakeWorkspace(team), *argv, "--duplex-edge", "short", "--back", "rule") == 0
    text = pypdf_text(out.read_bytes())
    for name in ("Aisha Khan", "Zoë Müller", "Ben O'Connor"):
        assert text.count(name) == 7
    assert "Saved 21 tokens for 3 people" in capsys.readouterr().out
    assert "/DuplexFlipShortEdge" in str(
        __import__("pypdf").PdfReader(str(out)).trailer["/Root"]["/ViewerPreferences"]
    )


def test_a_class_list_that_is_not_text_or_disagrees_with_people(team, tmp_path: Path):
    names = tmp_path / "class.txt"
    names.write_bytes(b"Ann\nB\xe9a\n")
    with pytest.raises(NormlabError, match=r"is not UTF-8 text \(line 2\)"):
        run(
            FakeWorkspace(team),
            "print",
            "tokens",
            team.name,
            "-o",
            str(tmp_path / "t.pdf"),
            "--names",
            str(names),
        )
    names.write_text("Ann\nBea\n", encoding="utf-8")
    with pytest.raises(NormlabError, match="--people 3 does not match the 2 names"):
        run(
            FakeWorkspace(team),
            "print",
            "tokens",
            team.name,
            "-o",
            str(tmp_path / "t.pdf"),
            "--names",
            str(names),
            "--people",
            "3",
        )
    assert not (tmp_path / "t.pdf").exists()


def test_the_main_command_prints_from_a_real_workspace(tmp_path: Path, capsys):
    from normlab.cli import main

    db = str(tmp_path / "w.sqlite3")
    assert main(["--database", db, "library", "copy", "classroom-dialogic-talk", "--team", "5B"]) == 0
    out = tmp_path / "poster.pdf"
    assert (
        main(
            [
                "--database",
                db,
                "print",
                "ground-rules",
                "5B",
                "-o",
                str(out),
                "--layout",
                "poster",
                "--rules",
                "1-4",
            ]
        )
        == 0
    )
    assert "everyone is invited to contribute" in words(pypdf_text(out.read_bytes()))
    capsys.readouterr()
    poster = tmp_path / "x.pdf"
    argv = ["--database", db, "print", "ground-rules", "5B", "-o", str(poster), "--layout", "poster"]
    assert main(argv) == 0  # every rule, continued over more pages rather than refused or shrunk
    pages = len(page_sizes(poster.read_bytes()))
    assert pages > 1 and f"as a poster on {pages} pages" in capsys.readouterr().out
