"""A generated corpus of hostile import files: every field of a team set to wrong types, empty,
huge, control characters, broken Unicode, bad dates and numbers; broken JSON and CSV as a whole.
Every file in it must be refused."""

from __future__ import annotations

import copy
import csv
import io
import json
from collections.abc import Iterator
from typing import Any

HUGE = "x" * 100_000
REQUIRED_TEXT = [123, True, [], {}, "", "   ", "\u200b\u200b", "\x00bad", "a\x1b[2Jb", "\ud800", HUGE]
OPTIONAL_TEXT = [123, ["a"], {"a": 1}, "\x00", "bell\x07", "\ud800x", HUGE]
ONE_LINE = ["two\nlines"]
ENUM = ["mood", 1, ["held"], ""]
MOMENT = ["yesterday", 20260101, "2026-13-45T00:00:00", [2026]]
DAY = ["2026-02-30", "tomorrow", 5, "2026-1-1"]
COUNT = [-1, 2**31, 2**63, 1.5, "9", True]
LIST = ["x", {"a": 1}, 5]


def base_document() -> dict[str, Any]:
    return {
        "format": "normlab",
        "version": 1,
        "teams": [
            {
                "name": "Hostile",
                "description": "",
                "created": "2026-01-01T09:00:00",
                "settings": [{"name": "ward round", "description": ""}],
                "norms": [
                    {
                        "text": "Listen to others",
                        "setting": "ward round",
                        "regulates": "trainees",
                        "status": "current",
                        "created": "2026-01-01T09:00:00",
                        "updated": "2026-01-01T09:00:00",
                        "review_by": "2026-06-01",
                        "rationales": [
                            {
                                "text": "good behaviour",
                                "dimension": "operational",
                                "stance": "held",
                                "voice": "nurse",
                            }
                        ],
                        "revisions": [
                            {
                                "at": "2026-01-02T09:00:00",
                                "note": "",
                                "text_before": "Be quiet",
                                "text_after": "Listen to others",
                                "rationales_before": [],
                                "rationales_after": [],
                            }
                        ],
                        "baseline": None,
                    }
                ],
                "sessions": [
                    {
                        "held_on": "2026-01-02",
                        "attendance": 9,
                        "roles": "nurses",
                        "notes": "",
                        "next_review": None,
                        "decisions": [{"norm": "Listen to others", "outcome": "keep", "note": ""}],
                    }
                ],
            }
        ],
    }


TEAM = ("teams", 0)
NORM = (*TEAM, "norms", 0)
REASON = (*NORM, "rationales", 0)
REVISION = (*NORM, "revisions", 0)
SESSION = (*TEAM, "sessions", 0)
DECISION = (*SESSION, "decisions", 0)
SETTING = (*TEAM, "settings", 0)

FIELDS: list[tuple[tuple[Any, ...], list[Any]]] = [
    ((*TEAM, "name"), REQUIRED_TEXT + ONE_LINE),
    ((*TEAM, "description"), OPTIONAL_TEXT),
    ((*TEAM, "created"), MOMENT),
    ((*TEAM, "settings"), LIST),
    ((*SETTING, "name"), REQUIRED_TEXT + ONE_LINE),
    ((*TEAM, "norms"), LIST),
    ((*NORM, "text"), REQUIRED_TEXT),
    ((*NORM, "setting"), OPTIONAL_TEXT + ONE_LINE),
    ((*NORM, "regulates"), OPTIONAL_TEXT + ONE_LINE),
    ((*NORM, "status"), ENUM),
    ((*NORM, "created"), MOMENT),
    ((*NORM, "review_by"), DAY),
    ((*NORM, "rationales"), LIST),
    ((*REASON, "text"), REQUIRED_TEXT),
    ((*REASON, "dimension"), ENUM),
    ((*REASON, "stance"), ENUM),
    ((*REASON, "voice"), OPTIONAL_TEXT + ONE_LINE),
    ((*REVISION, "at"), MOMENT),
    ((*REVISION, "text_before"), REQUIRED_TEXT),
    ((*REVISION, "note"), OPTIONAL_TEXT),
    ((*TEAM, "sessions"), LIST),
    ((*SESSION, "held_on"), DAY),
    ((*SESSION, "attendance"), COUNT),
    ((*SESSION, "roles"), OPTIONAL_TEXT),
    ((*SESSION, "notes"), OPTIONAL_TEXT[:-1]),
    ((*DECISION, "norm"), [*REQUIRED_TEXT, "A norm this team does not have"]),
    ((*DECISION, "outcome"), ENUM),
]


def _set(document: dict[str, Any], path: tuple[Any, ...], value: Any) -> dict[str, Any]:
    changed = copy.deepcopy(document)
    target = changed
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    return changed


def _dumps(document: Any) -> bytes:
    return json.dumps(document, ensure_ascii=False).encode("utf-8", "surrogatepass")


def json_files() -> Iterator[tuple[str, bytes]]:
    """(name, bytes) of hostile JSON files."""
    base = base_document()
    for path, values in FIELDS:
        for i, value in enumerate(values):
            yield f"{'.'.join(map(str, path))}-{i}.json", _dumps(_set(base, path, value))
    text = _dumps(base)
    for cut in (1, 10, len(text) // 3, len(text) // 2, len(text) - 2):
        yield f"truncated-{cut}.json", text[:cut]
    yield "utf16.json", json.dumps(base).encode("utf-16")
    yield "latin1.json", _dumps(base).replace(b"Listen to others", "Écoute".encode("latin-1"))
    yield "nan.json", text.replace(b'"attendance": 9', b'"attendance": NaN')
    yield "duplicate-keys.json", text.replace(b'"version": 1', b'"version": 1, "version": 1')
    yield "deep.json", b"[" * 100_000 + b"]" * 100_000
    yield "deep-object.json", b'{"a":' * 50_000 + b"1" + b"}" * 50_000
    yield "big-number.json", text.replace(b'"attendance": 9', b'"attendance": ' + b"9" * 5000)
    yield "empty.json", b""
    yield "list.json", b"[]"
    yield "null.json", b"null"
    for version in (True, "1", 2, 1.5, None, [1]):
        yield f"version-{version!r}.json", _dumps({**base, "version": version})
    for fmt in ("normlab2", None, 1):
        yield f"format-{fmt!r}.json", _dumps({**base, "format": fmt})
    yield "teams-not-list.json", _dumps({**base, "teams": {"name": "x"}})
    yield "two-teams-same-name.json", _dumps({**base, "teams": base["teams"] * 2})
    yield "repeated-setting.json", _dumps(_set(base, (*TEAM, "settings"), [{"name": "a"}, {"name": "a"}]))
    yield (
        "nfc-nfd-settings.json",
        _dumps(_set(base, (*TEAM, "settings"), [{"name": "Caf\u00e9"}, {"name": "Cafe\u0301"}])),
    )
    yield (
        "three-agreed.json",
        _dumps(
            _set(
                base,
                (*NORM, "rationales"),
                [{"text": f"r{i}", "dimension": "ideational", "agreed_on": "2026-01-01"} for i in range(3)],
            )
        ),
    )


CSV_HEADER = [
    "team",
    "position",
    "norm",
    "setting",
    "regulates",
    "status",
    "dimension",
    "stance",
    "rationale",
    "voice",
]
CSV_ROW = [
    "Hostile",
    "1",
    "Listen to others",
    "ward round",
    "trainees",
    "current",
    "operational",
    "held",
    "good behaviour",
    "nurse",
]


def _csv(rows: list[list[str]]) -> bytes:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    return out.getvalue().encode("utf-8", "surrogatepass")


def csv_files() -> Iterator[tuple[str, bytes]]:
    """(name, bytes) of hostile CSV files."""
    hostile: dict[str, list[str]] = {
        "team": ["", "\u200b", "a\x1bb", "\ud800", "x" * 300, "two\nlines"],
        "position": ["0", "-1", "one", "9" * 5000],
        "norm": ["", "  ", "\x00", "a\x1b[2Jb", "\ud800", "x" * 600],
        "setting": ["\x07", "\ud800", "x" * 300, "a\nb"],
        "regulates": ["\x07", "x" * 300],
        "status": ["mood", "CURRENT!"],
        "dimension": ["mood", ""],
        "stance": ["maybe"],
        "rationale": ["\x00", "x" * 1500, "\ud800"],
        "voice": ["\x1b", "x" * 300, "a\nb"],
    }
    for column, values in hostile.items():
        index = CSV_HEADER.index(column)
        for i, value in enumerate(values):
            row = list(CSV_ROW)
            row[index] = value
            yield f"{column}-{i}.csv", _csv([CSV_HEADER, CSV_ROW, row])
    yield "no-header.csv", _csv([CSV_ROW])
    yield "unknown-column.csv", _csv([[*CSV_HEADER, "colour"], [*CSV_ROW, "red"]])
    yield "repeated-column.csv", _csv([[*CSV_HEADER, "norm"], [*CSV_ROW, "x"]])
    yield "short-row.csv", _csv([CSV_HEADER, CSV_ROW[:4]])
    yield "long-row.csv", _csv([CSV_HEADER, [*CSV_ROW, "extra"]])
    yield "two-teams.csv", _csv([CSV_HEADER, CSV_ROW, ["Other", *CSV_ROW[1:]]])
    yield "empty.csv", b""
    yield "only-blank-lines.csv", b"\r\n\r\n"
    yield "utf16.csv", _csv([CSV_HEADER, CSV_ROW]).decode("utf-8").encode("utf-16")
    yield "latin1.csv", _csv([CSV_HEADER, CSV_ROW]).replace(b"Listen", "Écoute".encode("latin-1"))
    yield "nul-bytes.csv", _csv([CSV_HEADER, CSV_ROW]).replace(b"Listen", b"Lis\x00ten")
    yield "field-too-large.csv", _csv([CSV_HEADER, [*CSV_ROW[:8], "x" * 200_000, "nurse"]])
    yield "unclosed-quote.csv", _csv([CSV_HEADER]) + b'Hostile,1,"Listen to others,ward round\r\n'
    yield "agreed-bad-day.csv", _csv([[*CSV_HEADER, "agreed_on"], [*CSV_ROW, "2026-02-30"]])
    yield "review-bad-day.csv", _csv([[*CSV_HEADER, "review_by"], [*CSV_ROW, "soon"]])
    yield "no-norm-column.csv", _csv([["team", "rationale"], ["Hostile", "why"]])
    yield "reason-without-dimension.csv", _csv([CSV_HEADER, [*CSV_ROW[:6], "", "held", "why", ""]])
