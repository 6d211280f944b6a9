from __future__ import annotations

import itertools
from datetime import datetime

from normlab.domain import (
    Dimension,
    Norm,
    Rationale,
    RationaleDraft,
    Revision,
    Stance,
    Status,
    WarningKind,
    gap_dimensions,
    is_operational_only,
    is_surface_only_change,
    is_unexamined,
    team_profile,
    warnings_for,
)
from normlab.domain.codebook import CODEBOOK

OP, IP, DI, ID = Dimension.OPERATIONAL, Dimension.INTERPERSONAL, Dimension.DISCUSSIONAL, Dimension.IDEATIONAL
HELD, PROPOSED = Stance.HELD, Stance.PROPOSED
WHEN = datetime(2026, 1, 1)


def norm(*rationales: tuple[Dimension, Stance], revisions=(), status=Status.CURRENT, id=1) -> Norm:
    return Norm(
        id=id,
        team_id=1,
        text="Listen to others",
        setting="",
        regulates="",
        status=status,
        position=0,
        created=WHEN,
        updated=WHEN,
        rationales=tuple(Rationale(i, id, f"reason {i}", d, s, "", i) for i, (d, s) in enumerate(rationales)),
        revisions=tuple(revisions),
    )


def revision(before_text, after_text, before, after) -> Revision:
    return Revision(
        1,
        1,
        WHEN,
        "",
        before_text,
        after_text,
        tuple(RationaleDraft("r", d, s) for d, s in before),
        tuple(RationaleDraft("r", d, s) for d, s in after),
    )


def test_unexamined_only_without_any_rationale():
    assert is_unexamined(norm())
    assert not is_unexamined(norm((OP, PROPOSED)))


def test_operational_only_needs_held_rationales_all_operational():
    assert is_operational_only(norm((OP, HELD)))
    assert is_operational_only(norm((OP, HELD), (OP, HELD), (ID, PROPOSED)))
    assert not is_operational_only(norm((OP, HELD), (IP, HELD)))
    assert not is_operational_only(norm((OP, PROPOSED)))
    assert not is_operational_only(norm())


def test_surface_only_change_compares_held_dimensions_across_a_rewording():
    same = revision("Be quiet when others speak", "Listen to each other", [(OP, HELD)], [(OP, HELD)])
    moved = revision("No music or gum", "Gum is fine; music is not", [(OP, HELD)], [(IP, HELD)])
    only_proposed_added = revision("A", "B", [(OP, HELD)], [(OP, HELD), (ID, PROPOSED)])
    not_reworded = revision("A", "A", [(OP, HELD)], [(OP, HELD)])
    assert is_surface_only_change(same)
    assert not is_surface_only_change(moved)
    assert is_surface_only_change(only_proposed_added)
    assert not is_surface_only_change(not_reworded)


def test_gap_is_proposed_dimensions_with_nothing_held():
    assert gap_dimensions(norm((OP, HELD), (ID, PROPOSED), (DI, PROPOSED), (OP, PROPOSED))) == {ID, DI}
    assert gap_dimensions(norm((ID, HELD), (ID, PROPOSED))) == frozenset()
    assert gap_dimensions(norm()) == frozenset()


def test_warnings_explain_in_plain_words():
    reworded = revision("Be quiet", "Listen to each other", [(OP, HELD)], [(OP, HELD)])
    found = warnings_for(norm((OP, HELD), (ID, PROPOSED), revisions=[reworded]))
    assert [w.kind for w in found] == [
        WarningKind.OPERATIONAL_ONLY,
        WarningKind.SURFACE_ONLY_CHANGE,
        WarningKind.GAP,
    ]
    assert "“Be quiet” to “Listen to each other”" in found[1].explanation
    assert "ideational" in found[2].explanation
    assert [w.kind for w in warnings_for(norm())] == [WarningKind.UNEXAMINED]
    assert warnings_for(norm((DI, HELD), (DI, PROPOSED))) == ()


def test_team_profile_counts_norms_per_dimension_and_leaves_out_retired():
    norms = [
        norm((OP, HELD), (OP, HELD), (ID, PROPOSED), id=1),
        norm((IP, HELD), (DI, PROPOSED), (ID, PROPOSED), id=2),
        norm(id=3),
        norm((OP, HELD), status=Status.RETIRED, id=4),
    ]
    profile = team_profile(norms)
    assert profile.norms == 3
    assert profile.unexamined == 1
    assert profile.held == {OP: 1, IP: 1, DI: 0, ID: 0}
    assert profile.proposed == {OP: 0, IP: 0, DI: 1, ID: 2}
    assert profile.operational_only == 1
    assert profile.with_gap == 2


def test_codebook_covers_every_dimension_with_examples_and_distinct_greys():
    assert set(CODEBOOK) == set(Dimension)
    greys = []
    for entry in CODEBOOK.values():
        assert entry.definition and entry.classroom_example and entry.clinical_example
        r, g, b = (int(entry.colour[i : i + 2], 16) for i in (1, 3, 5))
        greys.append(0.299 * r + 0.587 * g + 0.114 * b)
    greys.sort()
    assert min(b - a for a, b in itertools.pairwise(greys)) > 15


def test_a_surface_only_rewording_is_settled_by_moving_the_reason_later():
    from normlab.domain.checks import unresolved_surface_change

    surface = revision("Be quiet", "Listen to each other", [(OP, HELD)], [(OP, HELD)])
    moved = revision("Listen to each other", "Listen to learn", [(OP, HELD)], [(ID, HELD)])
    still = norm((OP, HELD), revisions=[surface])
    assert unresolved_surface_change(still) is surface
    assert unresolved_surface_change(norm((ID, HELD), revisions=[surface, moved])) is None
    assert unresolved_surface_change(norm((ID, HELD), revisions=[surface])) is None  # moved without rewording
    assert WarningKind.SURFACE_ONLY_CHANGE not in {
        w.kind for w in warnings_for(norm((ID, HELD), revisions=[surface, moved]))
    }
    assert team_profile([still]).surface_only == 1
