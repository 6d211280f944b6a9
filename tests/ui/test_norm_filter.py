"""The filter proxy shows exactly the norms the filter accepts, in order, through every kind of edit.

Checked against the plain definition (``NormFilter.accepts`` on every row) after each random step,
with Qt's own model tester watching every signal the proxy sends.
"""

from __future__ import annotations

import random
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtTest import QAbstractItemModelTester

from benchmarks.corpus import build_document
from normlab.domain import Dimension, RationaleDraft, Stance, Status
from normlab.services.interchange import import_json
from normlab.services.workspace import Workspace
from normlab.ui.editor.norm_filter import NormFilter, NormFilterProxy
from normlab.ui.editor.norm_model import NORM_ID_ROLE, Column, NormTableModel

WORDS = ["listen", "team", "tr", "honest ward", "pupil", "é", "zzz", "ca", "(1"]


def shown(proxy: NormFilterProxy) -> list[int]:
    return [proxy.index(row, 0).data(NORM_ID_ROLE) for row in range(proxy.rowCount())]


def expected(model: NormTableModel, wanted: NormFilter) -> list[int]:
    return [e.norm.id for e in model.entries() if not wanted.active or wanted.accepts(e)]


def test_filtering_follows_the_definition_through_edits(ws: Workspace, qapp: Any) -> None:
    (team_id,) = import_json(ws, build_document(150, name="Filtered"))
    model = NormTableModel(ws)
    ws.changes.subscribe(model.apply_change)
    model.load_team(team_id)
    proxy = NormFilterProxy()
    proxy.setSourceModel(model)
    tester = QAbstractItemModelTester(proxy, QAbstractItemModelTester.FailureReportingMode.Fatal)
    selection = QItemSelectionModel(proxy)
    rng = random.Random(5)
    for step in range(120):
        choice = rng.random()
        if choice < 0.35:
            text = rng.choice(WORDS)
            typed = text[: rng.randint(1, len(text))]
            final = NormFilter(typed) if not proxy.current.active else replace(proxy.current, text=typed)
            keep = next((e.norm.id for e in model.entries() if final.accepts(e)), None)
            if keep is not None and proxy.current.text == "" and model.row_of(keep) is not None:
                row = proxy.mapFromSource(model.index(model.row_of(keep) or 0, Column.TEXT))
                if row.isValid():
                    selection.setCurrentIndex(row, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            chosen = (
                selection.currentIndex().data(NORM_ID_ROLE) if selection.currentIndex().isValid() else None
            )
            for end in range(1, len(typed) + 1):  # typed one key at a time
                proxy.update(text=typed[:end])
                assert shown(proxy) == expected(model, proxy.current), (step, typed[:end])
            if chosen == keep and keep is not None:  # the selected norm still matches: it stays selected
                assert selection.currentIndex().data(NORM_ID_ROLE) == keep
        elif choice < 0.5:
            proxy.update(
                dimension=rng.choice([None, *Dimension]),
                status=rng.choice([None, *Status]),
                needs_attention=rng.random() < 0.3,
            )
        elif choice < 0.55:
            proxy.clear()
        else:
            norms = [e.norm for e in model.entries()]
            norm = rng.choice(norms)
            kind = rng.randrange(5)
            if kind == 0:
                ws.add_norm(team_id, f"Listen to the team, step {step}", position=rng.randrange(len(norms)))
            elif kind == 1:
                ws.delete_norm(norm.id)
            elif kind == 2:
                ws.move_norm(norm.id, rng.randrange(len(norms)))
            elif kind == 3:
                ws.add_rationale(
                    norm.id, RationaleDraft("so the team can trust us", Dimension.IDEATIONAL, Stance.HELD)
                )
            else:
                ws.set_norm_field(norm.id, "status", rng.choice(list(Status)).value)
        assert shown(proxy) == expected(model, proxy.current), step
    del tester
