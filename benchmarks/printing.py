"""How much the printables' layout costs over drawing the same marks with bare reportlab.

    .venv/bin/python benchmarks/printing.py [--repeats 21]

Two cases, each timed against a plain reportlab script that draws the same marks (text lines in
the same embedded fonts, discs, badges, circles) at fixed places, with no fitting, wrapping, bidi
or shaping:

* a 12-rule A4 ground-rules sheet;
* a 30-person duplex token sheet, a set per person of 3 talk tokens and one of each of the 4
  response kinds (210 tokens), with the names of the class list on the backs.

Both sides are warmed up once (font loading is a one-off per process), then timed in turns (ours,
plain, ours, plain…) so that a change in the machine's load falls on both alike; the medians, their
ratio and the median of the ratios of each pair are printed, with the load average when it ran.
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import time
from collections.abc import Callable

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from normlab.domain.model import Dimension
from normlab.printing.fonts import ensure_registered
from normlab.printing.ground_rules import GroundRule, GroundRulesOptions, render_ground_rules
from normlab.printing.paper import MM
from normlab.printing.tokens import TokenOptions, render_tokens

RULES = tuple(
    GroundRule(f"Rule {n}: {text}", because, dimension)
    for n, (text, because, dimension) in enumerate(
        [
            ("Everyone is invited to contribute", "So we can hear many ideas", Dimension.DISCUSSIONAL),
            ("Listen to each other", "So we learn from other people's perspectives", Dimension.IDEATIONAL),
            ("Give reasons for what you think", "So others can build on our ideas", Dimension.DISCUSSIONAL),
            ("Challenge ideas, not people", "Disagreeing helps us think", Dimension.IDEATIONAL),
            ("Take turns to speak", "So everyone feels safe to share", Dimension.INTERPERSONAL),
            ("Mistakes are expected here", "So we can practise without fear", Dimension.IDEATIONAL),
            ("Ask when you are unsure", "Your question may be everyone's", Dimension.DISCUSSIONAL),
            ("Build on what was said", "So the discussion goes deeper", Dimension.DISCUSSIONAL),
            ("It is fine to change your mind", "It means you have learned something", Dimension.IDEATIONAL),
            ("Keep to time", "Others are waiting for the room", Dimension.INTERPERSONAL),
            ("Phones away", "It's the rule in lessons", Dimension.OPERATIONAL),
            ("Agree as a group", "Agreeing means weighing everyone's reasons", Dimension.DISCUSSIONAL),
        ],
        start=1,
    )
)
SHEET = GroundRulesOptions(rules=RULES, team="Year 5, Hillside School")
NAMES = tuple(f"Pupil {n}" for n in range(1, 31))
TOKENS = TokenOptions(names=NAMES, talk_per_person=3, each_response=1, duplex=True, team="Year 5")


def plain_sheet() -> bytes:
    """The same marks at fixed places: title, subtitle and accent bar; per rule a numbered disc,
    the rule, its lead word and because-line, and a badge (a pill, an icon, its words)."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, initialFontName="NotoSans-Regular")
    y = A4[1] - 60
    canvas.setFont("NotoSans-Bold", 28)
    canvas.drawString(56, y, "Our ground rules")
    canvas.setFont("NotoSans-Regular", 11)
    canvas.drawString(56, y - 18, SHEET.team)
    canvas.rect(56, y - 30, 50, 2, stroke=0, fill=1)
    y -= 56
    for number, rule in enumerate(RULES, start=1):
        canvas.setFillColorRGB(0.12, 0.5, 0.45)
        canvas.circle(66, y + 5, 10, stroke=0, fill=1)
        canvas.setFillColorRGB(1, 1, 1)
        canvas.setFont("NotoSans-Bold", 10)
        canvas.drawCentredString(66, y + 1, str(number))
        canvas.setFillColorRGB(0.1, 0.12, 0.14)
        canvas.setFont("NotoSans-Bold", 14)
        canvas.drawString(84, y, rule.text)
        canvas.setFont("NotoSans-Bold", 11)
        canvas.drawString(84, y - 15, "so")
        canvas.setFont("NotoSans-Regular", 11)
        canvas.drawString(100, y - 15, rule.because)
        canvas.setFillColorRGB(0.87, 0.95, 0.93)
        canvas.roundRect(84, y - 32, 110, 12, 6, stroke=0, fill=1)
        canvas.setFillColorRGB(0.12, 0.5, 0.45)
        canvas.circle(92, y - 26, 3, stroke=0, fill=1)
        canvas.setFont("NotoSans-Bold", 7)
        canvas.drawString(98, y - 29, "so we can discuss")
        y -= 56
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def plain_tokens() -> bytes:
    """The same marks at fixed places: per token side three circles, an icon, two label lines and
    the pupil's name (plus the team on backs); 24 tokens a page, fronts then backs."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, initialFontName="NotoSans-Regular")
    radius = 19 * MM
    set_size = TOKENS.talk_per_person + 4 * TOKENS.each_response
    tokens = len(NAMES) * set_size
    per_page = 21
    for start in range(0, tokens, per_page):
        count = min(per_page, tokens - start)
        for side in ("front", "back"):
            for index in range(count):
                x = 35 * MM + (index % 4) * 40 * MM
                y = A4[1] - 35 * MM - (index // 4) * 40 * MM
                if side == "front":
                    canvas.setStrokeColorRGB(0.6, 0.63, 0.66)
                    canvas.circle(x, y, radius, stroke=1, fill=0)
                canvas.setFillColorRGB(0.18, 0.43, 0.71)
                canvas.circle(x, y, radius - 3, stroke=0, fill=1)
                canvas.setFillColorRGB(0.9, 0.93, 0.97)
                canvas.circle(x, y, radius - 8, stroke=0, fill=1)
                canvas.setFillColorRGB(0.1, 0.3, 0.5)
                canvas.roundRect(x - 8, y + 14, 16, 10, 3, stroke=0, fill=1)
                canvas.setFont("NotoSans-Bold", 11)
                name = NAMES[(start + index) // set_size]
                if side == "front":
                    canvas.drawCentredString(x, y + 2, "I'd like to")
                    canvas.drawCentredString(x, y - 10, "say…")
                else:
                    canvas.drawCentredString(x, y, "Talk")
                    canvas.setFont("NotoSans-Regular", 7)
                    canvas.drawCentredString(x, y - 12, TOKENS.team)
                canvas.setFont("NotoSans-Regular", 7)
                canvas.drawCentredString(x, y - 22, name)
            canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def seconds(work: Callable[[], bytes]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def timed_in_turns(
    ours: Callable[[], bytes], plain: Callable[[], bytes], repeats: int
) -> tuple[float, float, float]:
    """Median seconds of each side and the median ratio of the pairs, timed alternately."""
    ours(), plain()  # warm up: caches, first use of each font
    pairs = [(seconds(ours), seconds(plain)) for _ in range(repeats)]
    ours_s = statistics.median(o for o, _ in pairs)
    plain_s = statistics.median(p for _, p in pairs)
    return ours_s, plain_s, statistics.median(o / p for o, p in pairs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeats", type=int, default=21)
    args = parser.parse_args()
    ensure_registered()
    cases = [
        ("12-rule A4 sheet", lambda: render_ground_rules(SHEET), plain_sheet),
        ("30 sets of 7, duplex", lambda: render_tokens(TOKENS), plain_tokens),
    ]
    load = " ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"load average {load} · {os.cpu_count()} cores · medians of {args.repeats}, timed in turns")
    print(f"{'case':<24}{'normlab':>12}{'plain':>12}{'ratio':>8}{'of pairs':>10}")
    for name, ours, plain in cases:
        ours_s, plain_s, paired = timed_in_turns(ours, plain, args.repeats)
        print(
            f"{name:<24}{ours_s * 1000:>9.1f} ms{plain_s * 1000:>9.1f} ms"
            f"{ours_s / plain_s:>7.2f}x{paired:>9.2f}x"
        )


if __name__ == "__main__":
    main()
