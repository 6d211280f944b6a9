"""Token sheets: what is drawn, read back from the PDF, must match the geometry asked for."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

import pytest
from reportlab.lib.pagesizes import A4, LETTER

from normlab.domain.errors import ValidationError
from normlab.printing.errors import UnprintableTextError
from normlab.printing.paper import Paper
from normlab.printing.token_layout import mirror_long_edge, pack
from normlab.printing.tokens import (
    CUT_LINE,
    DEFAULT_RESPONSES,
    DEFAULT_TALK,
    TokenKind,
    TokenOptions,
    page_count,
    render_tokens,
    token_sequence,
)
from tests.printing.pdfread import MM, Circle, circles, page_sizes, pypdf_text, words

TOLERANCE = 0.5 * MM


def cut_circles(pdf: bytes) -> list[list[Circle]]:
    """The faint cut lines: stroked, unfilled circles, one per token."""
    return [[c for c in page if c.stroked and not c.filled] for page in circles(pdf)]


def test_a_class_set_has_the_right_tokens_of_each_kind():
    options = TokenOptions(people=30, talk_per_person=3, respond_per_person=2)
    counts = Counter(kind.label for kind in token_sequence(options))
    assert counts[DEFAULT_TALK.label] == 90
    assert [counts[kind.label] for kind in DEFAULT_RESPONSES] == [15, 15, 15, 15]
    odd = Counter(k.label for k in token_sequence(replace(options, people=3, respond_per_person=1)))
    assert sorted(odd[k.label] for k in DEFAULT_RESPONSES) == [0, 1, 1, 1]


@pytest.mark.parametrize(
    ("diameter", "paper", "landscape"),
    [(40, Paper.A4, False), (25, Paper.LETTER, True), (80, Paper.A3, False)],
)
def test_count_diameter_and_margins_read_back_from_the_pdf(diameter, paper, landscape):
    options = TokenOptions(people=7, diameter_mm=diameter, paper=paper, landscape=landscape)
    pdf = render_tokens(options)
    pages = cut_circles(pdf)
    assert sum(len(page) for page in pages) == 7 * 5
    assert len(pages) == page_count(options)
    (width, height), *_ = page_sizes(pdf)
    margin = options.margin_mm * MM
    for page in pages:
        for circle in page:
            assert circle.diameter == pytest.approx(diameter * MM, abs=TOLERANCE)
            r = circle.diameter / 2
            assert circle.x - r >= margin - 1e-6 and circle.x + r <= width - margin + 1e-6
            assert circle.y - r >= margin - 1e-6 and circle.y + r <= height - margin + 1e-6


def test_tokens_do_not_overlap_and_keep_their_gap():
    options = TokenOptions(people=10)
    (page, *_) = cut_circles(render_tokens(options))
    gap = options.gap_mm * MM
    for i, a in enumerate(page):
        for b in page[i + 1 :]:
            distance = ((a.x - b.x) ** 2 + (a.y - b.y) ** 2) ** 0.5
            assert distance >= a.diameter / 2 + b.diameter / 2 + gap - 1e-3  # PDF numbers have 5 decimals


def test_the_page_is_packed():
    """Staggered rows: 28 tokens of 40 mm on A4 portrait (a square grid would hold 24)."""
    options = TokenOptions(people=28, talk_per_person=1, respond_per_person=0)
    pages = cut_circles(render_tokens(options))
    assert [len(page) for page in pages] == [28]
    assert pack(*A4, 40 * MM, 10 * MM, 2 * MM).capacity == 28


def test_each_kind_has_its_own_colour_and_label():
    options = TokenOptions(people=4, talk_per_person=1, respond_per_person=4)
    pdf = render_tokens(options)
    text = words(pypdf_text(pdf))
    for kind in (DEFAULT_TALK, *DEFAULT_RESPONSES):
        assert words(kind.label) in text
    rings = {c.fill for page in circles(pdf) for c in page if c.filled and c.diameter > 35 * MM}
    assert len(rings) == 5


def test_labels_and_colours_are_the_users():
    talk = TokenKind("Mein Beitrag…", "#123456", "Reden")
    options = TokenOptions(people=2, talk=talk, respond_per_person=0, duplex=True)
    pdf = render_tokens(options)
    assert "mein beitrag…" in words(pypdf_text(pdf)) and "reden" in words(pypdf_text(pdf))
    fills = {c.fill for page in circles(pdf) for c in page if c.filled}
    assert (round(0x12 / 255, 4), round(0x34 / 255, 4), round(0x56 / 255, 4)) in {
        tuple(round(v, 4) for v in f) for f in fills if f
    }


@pytest.mark.parametrize(("paper", "landscape"), [(Paper.A4, False), (Paper.LETTER, False), (Paper.A4, True)])
def test_duplex_backs_land_behind_their_fronts(paper, landscape):
    options = TokenOptions(people=13, duplex=True, paper=paper, landscape=landscape)
    pdf = render_tokens(options)
    pages = cut_circles(pdf)
    fills = [[c for c in page if c.filled and c.diameter > 35 * MM] for page in circles(pdf)]
    (width, height), *_ = page_sizes(pdf)
    assert len(pages) % 2 == 0 and len(pages) == page_count(options)
    for front_index in range(0, len(pages), 2):
        fronts, backs = pages[front_index], pages[front_index + 1]
        assert len(fronts) == len(backs)
        for front in fronts:
            # Long-edge flip: portrait mirrors left-right, landscape mirrors top-bottom.
            x, y = (width - front.x, front.y) if not landscape else (front.x, height - front.y)
            matches = [b for b in backs if abs(b.x - x) <= TOLERANCE and abs(b.y - y) <= TOLERANCE]
            assert len(matches) == 1
            assert matches[0].diameter == pytest.approx(front.diameter, abs=TOLERANCE)
            front_ring = next(
                f for f in fills[front_index] if abs(f.x - front.x) < 1 and abs(f.y - front.y) < 1
            )
            back_ring = next(f for f in fills[front_index + 1] if abs(f.x - x) < 1 and abs(f.y - y) < 1)
            assert front_ring.fill == back_ring.fill  # the back of a talk token is a talk back


def test_mirror_is_exact():
    centres = ((50.0, 700.0), (300.5, 120.25))
    assert mirror_long_edge(centres, *A4) == ((A4[0] - 50.0, 700.0), (A4[0] - 300.5, 120.25))
    assert mirror_long_edge(centres, LETTER[1], LETTER[0]) == (
        (50.0, LETTER[0] - 700.0),
        (300.5, LETTER[0] - 120.25),
    )


def test_cut_line_is_faint():
    r, g, b = CUT_LINE.rgb()
    assert min(r, g, b) > 0.5  # a light grey, not black


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"diameter_mm": 24.9}, r"between 25 and 80 mm \(you asked for 24.9 mm\)"),
        ({"diameter_mm": 81}, r"between 25 and 80 mm \(you asked for 81 mm\)"),
        ({"people": 0}, "at least 1"),
        ({"talk_per_person": 0, "respond_per_person": 0}, "no tokens to print"),
        ({"talk_per_person": -1}, "cannot be negative"),
        ({"responses": ()}, "no response kinds"),
        ({"talk": TokenKind(" ", "#000000")}, "needs a label"),
        ({"talk": TokenKind("Talk", "blue-ish")}, "is not a colour like"),
        ({"people": 2000}, "too many"),
        (
            {"talk": TokenKind("Supercalifragilisticexpialidocious-and-then-some", "#000000")},
            "too long for a 40 mm",
        ),
    ],
)
def test_bad_options_are_clear_errors(changes, message):
    with pytest.raises(ValidationError, match=message):
        render_tokens(replace(TokenOptions(), **changes))


def test_unprintable_label_is_reported(without_fallback_fonts):
    with pytest.raises(UnprintableTextError, match="我想说"):
        render_tokens(TokenOptions(talk=TokenKind("我想说", "#2F6DB5")))


def test_right_to_left_labels_print():
    options = TokenOptions(people=1, talk=TokenKind("أود أن أقول…", "#2F6DB5"), respond_per_person=0)
    pdf = render_tokens(options)
    drawn = pypdf_text(pdf)
    assert any(0xFE70 <= ord(c) <= 0xFEFF for c in drawn)
