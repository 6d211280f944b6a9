"""Token sheets: what is drawn, read back from the PDF, must match the geometry asked for."""

from __future__ import annotations

import io
import itertools
from collections import Counter
from dataclasses import replace

import pdfplumber
import pypdf
import pytest
from reportlab.lib.colors import Color, HexColor

from normlab.domain.errors import ValidationError
from normlab.printing.colours import luminance
from normlab.printing.errors import UnprintableTextError
from normlab.printing.ground_rules import GroundRule
from normlab.printing.paper import Paper
from normlab.printing.token_layout import DuplexEdge, TokenLayout, behind, mirror_long_edge, pack, plan_pages
from normlab.printing.tokens import (
    CUT_LINE,
    DEFAULT_RESPONSES,
    DEFAULT_TALK,
    PUNCH_SIZES_MM,
    BackContent,
    TokenKind,
    TokenOptions,
    page_count,
    plan,
    render_tokens,
    token_sequence,
)
from tests.printing.pdfread import MM, Circle, circles, page_sizes, pypdf_text, words

TOLERANCE = 0.5 * MM
KINDS = (DEFAULT_TALK, *DEFAULT_RESPONSES)
CLASS_LIST = (
    "Aisha Khan",
    "Ben O'Connor",
    "Zoë Müller",
    "Nguyễn Văn An",
    "Ólafur Jónsson",
    "Σοφία Παπαδοπούλου",
    "Иван Петров",
    "Chloé Dubois",
)


def cut_circles(pdf: bytes) -> list[list[Circle]]:
    """The faint cut lines: stroked, unfilled circles, one per token."""
    return [[c for c in page if c.stroked and not c.filled] for page in circles(pdf)]


def rings(pdf: bytes, diameter_mm: float) -> list[list[Circle]]:
    """The coloured ring of each token (the largest filled circle), front and back pages alike."""
    largest = diameter_mm * MM - 2 * max(1.0 * MM, diameter_mm * MM * 0.025)
    return [[c for c in page if c.filled and abs(c.diameter - largest) < 0.05] for page in circles(pdf)]


def kind_of(circle: Circle) -> TokenKind:
    """Which default kind a ring belongs to, by its fill colour."""
    for kind in KINDS:
        if tuple(round(v, 3) for v in HexColor(kind.colour).rgb()) == tuple(round(v, 3) for v in circle.fill):
            return kind
    raise AssertionError(f"no kind has the colour {circle.fill}")


def reading_order(page: list[Circle]) -> list[Circle]:
    return sorted(page, key=lambda c: (-round(c.y, 1), c.x))


def test_each_person_gets_a_set_of_talk_tokens_and_one_of_each_response_kind():
    options = TokenOptions(people=30, talk_per_person=3, each_response=1)
    sequence = token_sequence(options)
    assert len(sequence) == 30 * 7
    counts = Counter(kind.label for kind in sequence)
    assert counts[DEFAULT_TALK.label] == 90
    assert [counts[kind.label] for kind in DEFAULT_RESPONSES] == [30, 30, 30, 30]
    assert sequence[:7] == [DEFAULT_TALK] * 3 + list(DEFAULT_RESPONSES)


def test_thirty_sets_print_grouped_in_reading_order_never_split_over_pages():
    options = TokenOptions(people=30, talk_per_person=3, each_response=1)
    pdf = render_tokens(options)
    pages = [reading_order(page) for page in rings(pdf, options.diameter_mm)]
    one_set = [DEFAULT_TALK] * 3 + list(DEFAULT_RESPONSES)
    sets = 0
    for page in pages:
        kinds = [kind_of(c) for c in page]
        assert len(kinds) % 7 == 0  # whole sets only on each page
        for start in range(0, len(kinds), 7):
            assert kinds[start : start + 7] == one_set
            sets += 1
    assert sets == 30
    assert len(pages) == plan(options).sheets


def test_each_name_of_a_class_list_is_on_every_token_of_its_set():
    for duplex in (False, True):
        options = TokenOptions(names=CLASS_LIST, duplex=duplex, team="Year 5")
        pdf = render_tokens(options)
        all_rings = rings(pdf, options.diameter_mm)
        person = 0
        with pdfplumber.open(io.BytesIO(pdf)) as doc:
            for index, page in enumerate(doc.pages):
                if duplex and index % 2 == 0:
                    continue
                found = all_rings[index]
                if duplex:  # the backs' reading order is the fronts' turned over: follow the fronts
                    w = float(page.width)
                    found = [
                        next(b for b in found if abs(b.x - (w - f.x)) < 1 and abs(b.y - f.y) < 1)
                        for f in reading_order(all_rings[index - 1])
                    ]
                else:
                    found = reading_order(found)
                words_here = page.extract_words(keep_blank_chars=True)
                for start in range(0, len(found), 7):
                    for ring in found[start : start + 7]:
                        inside = " ".join(
                            w["text"]
                            for w in words_here
                            if abs((w["x0"] + w["x1"]) / 2 - ring.x) < ring.diameter / 2
                            and abs(float(page.height) - (w["top"] + w["bottom"]) / 2 - ring.y)
                            < ring.diameter / 2
                        )
                        assert CLASS_LIST[person] in inside, (CLASS_LIST[person], inside)
                    person += 1
        assert person == len(CLASS_LIST)


def test_a_long_name_is_shortened_not_refused():
    options = TokenOptions(names=("Maximiliane Alexandra von Hohenzollern-Sigmaringen",), diameter_mm=25)
    assert "Maximiliane" in pypdf_text(render_tokens(options))


@pytest.mark.parametrize(("paper", "landscape"), [(Paper.A4, False), (Paper.LETTER, True), (Paper.A3, False)])
def test_grid_tokens_are_the_diameter_asked_on_a_rectangular_grid_inside_the_margins(paper, landscape):
    options = TokenOptions(people=8, diameter_mm=38, paper=paper, landscape=landscape)
    pdf = render_tokens(options)
    (width, height), *_ = page_sizes(pdf)
    margin = options.margin_mm * MM
    for page in cut_circles(pdf):
        assert page
        xs = sorted({round(c.x, 2) for c in page})
        ys = sorted({round(c.y, 2) for c in page})
        for c in page:
            assert abs(c.diameter - 38 * MM) <= TOLERANCE
            assert c.x - c.diameter / 2 >= margin - 0.01 and c.x + c.diameter / 2 <= width - margin + 0.01
            assert c.y - c.diameter / 2 >= margin - 0.01 and c.y + c.diameter / 2 <= height - margin + 0.01
        # Rows and columns: every centre sits on one of a few x and y values, evenly spaced.
        assert len(xs) * len(ys) >= len(page) and len(xs) <= 10 and len(ys) <= 10
        steps = {round(b - a, 1) for a, b in itertools.pairwise(xs)} | {
            round(b - a, 1) for a, b in itertools.pairwise(ys)
        }
        assert len(steps) <= 1


def test_hex_packs_more_tokens_and_has_no_guillotine_lines():
    grid = TokenOptions(people=40, talk_per_person=1, each_response=0, diameter_mm=25)
    hexed = replace(grid, layout=TokenLayout.HEX)
    assert plan(hexed).per_page > plan(grid).per_page
    with pdfplumber.open(io.BytesIO(render_tokens(hexed))) as doc:
        assert not [line for line in doc.pages[0].lines if line.get("dash")]
    with pdfplumber.open(io.BytesIO(render_tokens(grid))) as doc:
        lines = doc.pages[0].lines
        assert len(lines) > 10  # the guides between rows and columns, and the check line


@pytest.mark.parametrize("diameter", [20.0, *PUNCH_SIZES_MM, 80.0])
def test_punch_sizes_and_any_size_from_20_to_80_mm(diameter):
    options = TokenOptions(people=2, diameter_mm=diameter, team="Year 5")
    found = [c for page in cut_circles(render_tokens(options)) for c in page]
    assert len(found) == 14 and all(abs(c.diameter - diameter * MM) <= TOLERANCE for c in found)


@pytest.mark.parametrize("edge", [DuplexEdge.LONG, DuplexEdge.SHORT])
@pytest.mark.parametrize(("paper", "landscape"), [(Paper.A4, False), (Paper.A4, True), (Paper.LETTER, False)])
def test_backs_land_behind_their_fronts_for_either_edge(edge, paper, landscape):
    options = TokenOptions(people=9, duplex=True, duplex_edge=edge, paper=paper, landscape=landscape)
    pdf = render_tokens(options)
    pages = rings(pdf, options.diameter_mm)
    (width, height), *_ = page_sizes(pdf)
    assert len(pages) % 2 == 0 and len(pages) == page_count(options)
    # How the sheet turns over, worked out here from the paper itself, not from the renderer.
    turn_left_right = (height > width) == (edge is DuplexEdge.LONG)
    for front_index in range(0, len(pages), 2):
        fronts, backs = pages[front_index], pages[front_index + 1]
        assert len(fronts) == len(backs) > 0
        for front in fronts:
            x, y = (width - front.x, front.y) if turn_left_right else (front.x, height - front.y)
            matches = [b for b in backs if abs(b.x - x) <= TOLERANCE and abs(b.y - y) <= TOLERANCE]
            assert len(matches) == 1
            assert matches[0].diameter == pytest.approx(front.diameter, abs=TOLERANCE)
            assert kind_of(matches[0]) == kind_of(front)  # the back of a talk token is a talk back
    assert not any(cut_circles(pdf)[1::2]), "a back page has a cut line"
    catalogue = pypdf.PdfReader(io.BytesIO(pdf)).trailer["/Root"]
    preferences = catalogue["/ViewerPreferences"]
    assert preferences["/PrintScaling"] == "/None"
    assert preferences["/Duplex"] == (
        "/DuplexFlipLongEdge" if edge is DuplexEdge.LONG else "/DuplexFlipShortEdge"
    )


def test_one_sided_asks_for_simplex_at_actual_size():
    catalogue = pypdf.PdfReader(io.BytesIO(render_tokens(TokenOptions(people=1)))).trailer["/Root"]
    assert catalogue["/ViewerPreferences"]["/PrintScaling"] == "/None"
    assert catalogue["/ViewerPreferences"]["/Duplex"] == "/Simplex"


def test_behind_is_exact():
    a4 = (595.2756, 841.8898)
    assert behind((50.0, 700.0), *a4, DuplexEdge.LONG) == (a4[0] - 50.0, 700.0)
    assert behind((50.0, 700.0), *a4, DuplexEdge.SHORT) == (50.0, a4[1] - 700.0)
    assert behind((50.0, 300.0), a4[1], a4[0], DuplexEdge.LONG) == (50.0, a4[0] - 300.0)
    assert behind((50.0, 300.0), a4[1], a4[0], DuplexEdge.SHORT) == (a4[1] - 50.0, 300.0)
    assert mirror_long_edge(((50.0, 700.0),), *a4) == ((a4[0] - 50.0, 700.0),)


def test_every_front_page_has_a_50_mm_check_line_and_the_first_a_how_to_print_box():
    options = TokenOptions(people=12, duplex=True, duplex_edge=DuplexEdge.SHORT)
    pdf = render_tokens(options)
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        for index, page in enumerate(doc.pages):
            solid = [
                ln for ln in page.lines if not ln.get("dash") and abs(ln["x1"] - ln["x0"] - 50 * MM) < 0.05
            ]
            assert bool(solid) == (index % 2 == 0), index
        first = words(doc.pages[0].extract_text())
        assert "how to print" in first and "actual size (100%)" in first
        assert "flip on the short edge" in first and "this line is 50 mm long" in first
        assert "how to print" not in words(doc.pages[2].extract_text() or "")


def test_default_kinds_differ_in_luminance_and_by_icon():
    values = sorted(luminance(HexColor(k.colour)) for k in KINDS)
    assert all(b - a >= 0.15 for a, b in itertools.pairwise(values))
    assert len({k.icon for k in KINDS}) == len(KINDS) and all(k.icon for k in KINDS)


def _shapes_inside(page: pdfplumber.page.Page, x: float, y: float, radius: float) -> tuple:
    """What is drawn in a token's inner disc, colour aside: a signature of its icon."""
    top = float(page.height) - y

    def inside(obj: dict) -> bool:
        return (
            abs((obj["x0"] + obj["x1"]) / 2 - x) < radius
            and abs((obj["top"] + obj["bottom"]) / 2 - top) < radius
        )

    curves = sorted(
        (round(c["x1"] - c["x0"]), round(c["bottom"] - c["top"]))
        for c in page.curves
        if inside(c) and c["x1"] - c["x0"] < radius
    )
    rects = sorted((round(r["width"]), round(r["height"])) for r in page.rects if inside(r))
    lines = len([ln for ln in page.lines if inside(ln)])
    return (tuple(curves), tuple(rects), lines)


def test_in_greyscale_each_kind_keeps_its_own_icon_and_grey():
    options = TokenOptions(people=1, talk_per_person=1)
    pdf = render_tokens(options)
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        page = doc.pages[0]
        found = reading_order(rings(pdf, options.diameter_mm)[0])
        signatures = {_shapes_inside(page, c.x, c.y, c.diameter * 0.4) for c in found}
    assert len(found) == 5 and len(signatures) == 5  # the drawing of each kind differs
    greys = sorted(luminance(Color(*c.fill)) for c in found)
    assert all(b - a >= 0.15 for a, b in itertools.pairwise(greys))


def test_rule_backs_carry_the_ground_rules_in_turn():
    rules = (GroundRule("Listen to each other", "so we learn"), GroundRule("Take turns", ""))
    options = TokenOptions(people=2, duplex=True, back=BackContent.RULE, rules=rules)
    text = words(pypdf_text(render_tokens(options)))
    assert text.count("listen to each other") == 8 and text.count("take turns") == 6
    assert "because so we learn" in text or "so we learn" in text


def test_the_plan_counts_pages_and_sheets():
    options = TokenOptions(people=30, duplex=True)
    sizes = plan(options)
    assert sizes.tokens == 210 and sizes.sets == 30 and sizes.set_size == 7
    assert sizes.pages == 2 * sizes.sheets and sizes.first_page <= sizes.per_page
    assert len(cut_circles(render_tokens(options))) == sizes.pages


def test_plan_pages_keeps_sets_together():
    pages = plan_pages([10, 12], 7, 4)
    assert [len(p) for p in pages] == [7, 7, 7, 7]
    assert plan_pages([5], 7, 1) == [[(0, i) for i in range(5)], [(0, 5), (0, 6)]]


def test_packing_is_centred():
    sheet = pack(595.0, 842.0, 100.0, 28.0, 5.0)
    xs = [x for x, _ in sheet.centres]
    assert min(xs) + max(xs) == pytest.approx(595.0)


def test_cut_line_is_faint():
    r, g, b = CUT_LINE.rgb()
    assert min(r, g, b) > 0.5  # a light grey, not black


def test_furniture_and_default_kinds_follow_the_language():
    text = words(pypdf_text(render_tokens(TokenOptions(people=1, language="de", duplex=True))))
    assert "so wird gedruckt" in text and "ich stimme ___ zu, weil" in text and "zustimmen" in text


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"diameter_mm": 19.9}, r"between 20 and 80 mm \(you asked for 19.9 mm\)"),
        ({"diameter_mm": 81}, r"between 20 and 80 mm \(you asked for 81 mm\)"),
        ({"diameter_mm": float("nan")}, r"between 20 and 80 mm"),
        ({"people": 0}, "at least 1"),
        ({"talk_per_person": 0, "each_response": 0}, "no tokens to print"),
        ({"talk_per_person": -1}, "cannot be negative"),
        ({"responses": ()}, "no response kinds"),
        ({"talk": TokenKind(" ", "#000000")}, "needs a label"),
        ({"talk": TokenKind("Talk", "blue-ish")}, "is not a colour like"),
        ({"people": 2000}, "too many"),
        ({"names": ("Ann", " ")}, "name 2 of the class list is empty"),
        ({"back": BackContent.RULE}, "no ground rules to print on the backs"),
        ({"language": "xx"}, "no printed furniture in the language"),
        (
            {"talk": TokenKind("Supercalifragilisticexpialidocious-and-then-some", "#000000")},
            "too long for a 38 mm",
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
    options = TokenOptions(people=1, talk=TokenKind("أود أن أقول…", "#2F6DB5", icon="talk"), each_response=0)
    drawn = pypdf_text(render_tokens(options))
    assert any(0xFE70 <= ord(c) <= 0xFEFF for c in drawn)
