"""The benchmark team: one normlab JSON document of many norms, made the same way every time.

    python benchmarks/corpus.py --norms 10000 -o big.json

A trust-wide team: 10,000 norms by default, each with three reasons in mixed dimensions (held and
proposed, some agreed), a setting out of twenty, some with a review-by date; one norm in ten was
reworded once (a revision with the reasons before and after), and two meetings took decisions.
Text is made of real words of varied length, some of it outside ASCII.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path
from typing import Any

DIMENSIONS = ("operational", "interpersonal", "discussional", "ideational")
WORDS = tuple(
    [
        "listen",
        "others",
        "speak",
        "turn",
        "share",
        "ideas",
        "respect",
        "patient",
        "safety",
        "handover",
        "ward",
        "round",
        "question",
        "challenge",
        "reason",
        "because",
        "learn",
        "together",
        "everyone",
        "voice",
        "time",
        "quiet",
        "phone",
        "notes",
        "clear",
        "check",
        "agree",
        "disagree",
        "build",
        "explain",
        "évaluer",
        "überlegen",
        "перспектива",
        "team",
        "trust",
        "careful",
        "kind",
        "honest",
    ]
)
SETTINGS = [f"setting {i + 1}: {w}" for i, w in enumerate(WORDS[:20])]
VOICES = ("teacher", "pupil", "nurse", "consultant", "trainee", "")


def _sentence(rng: random.Random, low: int, high: int) -> str:
    words = rng.choices(WORDS, k=rng.randint(low, high))
    return " ".join(words).capitalize()


def _rationale(rng: random.Random, dimension: str, agreed: int | None) -> dict[str, Any]:
    return {
        "text": _sentence(rng, 5, 14),
        "dimension": dimension,
        "stance": "proposed" if rng.random() < 0.3 else "held",
        "voice": rng.choice(VOICES),
        "agreed_on": "2026-03-0" + str(agreed) if agreed else None,
        "agreed_order": agreed,
    }


def build_document(
    norms: int = 10_000, reasons: int = 3, *, seed: int = 12, name: str = "Trust-wide norms"
) -> dict[str, Any]:
    rng = random.Random(seed)
    team_norms = []
    for i in range(norms):
        agreed_count = rng.choice((0, 0, 0, 1, 2))
        rationales = [
            _rationale(rng, rng.choice(DIMENSIONS), j + 1 if j < agreed_count else None)
            for j in range(reasons)
        ]
        text = f"{_sentence(rng, 3, 10)} ({i + 1})"
        revisions = []
        if i % 10 == 3:
            before = [dict(r, agreed_on=None, agreed_order=None) for r in rationales[:2]]
            revisions.append(
                {
                    "at": "2026-02-01T10:00:00",
                    "note": "said more plainly",
                    "text_before": f"{_sentence(rng, 3, 8)} ({i + 1})",
                    "text_after": text,
                    "rationales_before": before,
                    "rationales_after": rationales,
                    "review_by_before": None,
                    "review_by_after": None,
                    "session_index": 0 if i < 200 else None,
                }
            )
        team_norms.append(
            {
                "text": text,
                "setting": rng.choice(SETTINGS),
                "regulates": rng.choice(("pupils", "nurses", "everyone", "")),
                "status": rng.choice(("current", "current", "current", "proposed", "retired")),
                "created": "2026-01-05T09:00:00",
                "updated": "2026-02-01T10:00:00",
                "review_by": f"2026-{rng.randint(1, 12):02d}-15" if rng.random() < 0.2 else None,
                "rationales": rationales,
                "revisions": revisions,
                "baseline": None,
            }
        )
    sessions = [
        {
            "held_on": f"2026-0{k + 1}-10",
            "attendance": 12,
            "roles": "nurses, consultants",
            "notes": "",
            "next_review": None,
            "open": False,
            "time_box": None,
            "agenda": list(range(k * 5, k * 5 + 5)),
            "decisions": [
                {
                    "norm": team_norms[n]["text"],
                    "norm_index": n,
                    "outcome": "keep",
                    "note": "",
                    "consensus": None,
                }
                for n in range(k * 5, k * 5 + 5)
            ],
        }
        for k in range(2)
    ]
    return {
        "format": "normlab",
        "version": 1,
        "exported": "2026-03-01T12:00:00",
        "teams": [
            {
                "name": name,
                "description": "every unit's norms in one team",
                "created": "2026-01-05T09:00:00",
                "settings": [{"name": s, "description": ""} for s in SETTINGS],
                "norms": team_norms,
                "sessions": sessions,
            }
        ],
    }


def write_document(path: Path, norms: int = 10_000, reasons: int = 3) -> Path:
    path.write_text(
        json.dumps(build_document(norms, reasons), ensure_ascii=False, indent=2), encoding="utf-8"
    )
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--norms", type=int, default=10_000)
    parser.add_argument("--reasons", type=int, default=3)
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args(argv)
    write_document(args.output, args.norms, args.reasons)
    return 0


if __name__ == "__main__":
    sys.exit(main())
