"""Several processes editing one norm at the same moment, for the compare-and-set tests.

Each edit that overwrites a value is described once in ``EDITS``: how to read the value a person
sees, how to make a new value from it, and how to write it with that value as ``expected``. A new
overwriting edit (a new field, a new service) gets one more entry and is raced like the others.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from normlab.domain import ConflictError, Dimension, Prebrief, RationaleDraft, Stance, Status
from normlab.services import agreements, prebrief
from normlab.services.workspace import Workspace

WORKERS = 4
NORMS_IN_TEAM = 5


@dataclass(frozen=True)
class Ids:
    team: int
    norm: int
    rationale: int


@dataclass(frozen=True)
class Edit:
    read: Callable[[Workspace, Ids], Any]
    new: Callable[[Any, int, int], Any]
    """(current value, worker, round) -> a value different from the current one."""
    write: Callable[[Workspace, Ids, Any, Any], object]
    """(workspace, ids, new value, expected value)."""


def _other(options: list[Any], current: Any, worker: int) -> Any:
    others = [o for o in options if o != current]
    return others[worker % len(others)]


def _rationale(ws: Workspace, ids: Ids) -> Any:
    return next(r for r in ws.norm(ids.norm).rationales if r.id == ids.rationale)


EDITS: dict[str, Edit] = {
    "wording": Edit(
        lambda ws, ids: ws.norm(ids.norm).text,
        lambda cur, w, r: f"Wording {w}.{r}",
        lambda ws, ids, new, exp: ws.reword_norm(ids.norm, new, expected=exp),
    ),
    "setting": Edit(
        lambda ws, ids: ws.norm(ids.norm).setting,
        lambda cur, w, r: f"Setting {w}.{r}",
        lambda ws, ids, new, exp: ws.set_norm_field(ids.norm, "setting", new, expected=exp),
    ),
    "who it is for": Edit(
        lambda ws, ids: ws.norm(ids.norm).regulates,
        lambda cur, w, r: f"People {w}.{r}",
        lambda ws, ids, new, exp: ws.set_norm_field(ids.norm, "regulates", new, expected=exp),
    ),
    "status": Edit(
        lambda ws, ids: ws.norm(ids.norm).status.value,
        lambda cur, w, r: _other([s.value for s in Status], cur, w),
        lambda ws, ids, new, exp: ws.set_norm_field(ids.norm, "status", new, expected=exp),
    ),
    "reason text": Edit(
        lambda ws, ids: (_rationale(ws, ids).text, _rationale(ws, ids).voice),
        lambda cur, w, r: (f"Reason {w}.{r}", cur[1]),
        lambda ws, ids, new, exp: ws.edit_rationale(ids.rationale, text=new[0], expected=exp),
    ),
    "reason voice": Edit(
        lambda ws, ids: (_rationale(ws, ids).text, _rationale(ws, ids).voice),
        lambda cur, w, r: (cur[0], f"Voice {w}.{r}"),
        lambda ws, ids, new, exp: ws.edit_rationale(ids.rationale, voice=new[1], expected=exp),
    ),
    "dimension": Edit(
        lambda ws, ids: _rationale(ws, ids).dimension,
        lambda cur, w, r: _other(list(Dimension), cur, w),
        lambda ws, ids, new, exp: ws.move_rationale(ids.rationale, new, expected=exp),
    ),
    "stance": Edit(
        lambda ws, ids: _rationale(ws, ids).stance,
        lambda cur, w, r: _other(list(Stance), cur, w),
        lambda ws, ids, new, exp: ws.set_stance(ids.rationale, new, expected=exp),
    ),
    "order": Edit(
        lambda ws, ids: ws.norm(ids.norm).position,
        lambda cur, w, r: _other(list(range(NORMS_IN_TEAM)), cur, w),
        lambda ws, ids, new, exp: ws.move_norm(ids.norm, new, expected=exp),
    ),
    "team name": Edit(
        lambda ws, ids: ws.team(ids.team).name,
        lambda cur, w, r: f"Team {w}.{r}",
        lambda ws, ids, new, exp: ws.rename_team(ids.team, new, expected=exp),
    ),
    "agreed reasons": Edit(
        lambda ws, ids: agreements.agreed_state(ws.norm(ids.norm)),
        lambda cur, w, r: () if cur else ((0, date(2026, 1 + w, 1 + r)),),
        lambda ws, ids, new, exp: agreements.set_agreed(
            ws, ids.norm, tuple((ids.rationale, day) for _, day in new), expected=exp
        ),
    ),
    "review-by date": Edit(
        lambda ws, ids: ws.norm(ids.norm).review_by,
        lambda cur, w, r: _other([None, *(date(2027, 1 + k, 1 + r) for k in range(WORKERS))], cur, w),
        lambda ws, ids, new, exp: agreements.set_review_by(ws, ids.norm, new, expected=exp),
    ),
    "pre-brief statement": Edit(
        lambda ws, ids: ws.team(ids.team).prebrief,
        lambda cur, w, r: Prebrief(f"Statement {w}.{r}", f"Source {w}"),
        lambda ws, ids, new, exp: prebrief.set_prebrief(ws, ids.team, new, expected=exp),
    ),
}


def prepare(url: str) -> Ids:
    """A team of five norms; the second has one reason. Everything is raced on that norm."""
    ws = Workspace.open(url)
    team = ws.create_team("Raced")
    norms = [ws.add_norm(team, f"Norm {i}") for i in range(NORMS_IN_TEAM)]
    reason = ws.add_rationale(norms[1], RationaleDraft("Reason", Dimension.OPERATIONAL, voice="teacher"))
    ws.close()
    return Ids(team, norms[1], reason)


def _in_step(url: str, ids: Ids, names: list[str], rounds: int, worker: int, barrier: Any, out: Any) -> None:
    """All workers read the same value, then all try to overwrite it at once."""
    ws = Workspace.open(url)
    results = []
    try:
        for name in names:
            edit = EDITS[name]
            for round_ in range(rounds):
                barrier.wait()
                seen = edit.read(ws, ids)
                barrier.wait()
                new = edit.new(seen, worker, round_)
                try:
                    edit.write(ws, ids, new, seen)
                    won = True
                except ConflictError:
                    won = False
                results.append((name, round_, worker, won, seen, new))
        barrier.wait()
    finally:
        ws.close()
        out.put(results)


def _free(url: str, ids: Ids, name: str, edits: int, worker: int, out: Any) -> None:
    """Read, then compare-and-set, as fast as possible, without waiting for the others."""
    ws = Workspace.open(url)
    edit = EDITS[name]
    results = []
    try:
        for round_ in range(edits):
            seen = edit.read(ws, ids)
            new = edit.new(seen, worker, round_)
            try:
                edit.write(ws, ids, new, seen)
                results.append((seen, new))
            except ConflictError:
                pass
    finally:
        ws.close()
        out.put(results)


def _adder(url: str, ids: Ids, count: int, worker: int, barrier: Any, out: Any) -> None:
    ws = Workspace.open(url)
    try:
        barrier.wait()
        for i in range(count):
            ws.add_norm(ids.team, f"Added {worker}.{i}", position=i % 3)
            ws.add_rationale(
                ids.norm, RationaleDraft(f"Added {worker}.{i}", Dimension.IDEATIONAL), position=0
            )
    finally:
        ws.close()
        out.put(count)


def _run(target: Callable[..., None], args: tuple[Any, ...], *, barrier: bool) -> list[Any]:
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    shared = (context.Barrier(WORKERS),) if barrier else ()
    processes = [
        context.Process(target=target, args=(*args, worker, *shared, queue)) for worker in range(WORKERS)
    ]
    for process in processes:
        process.start()
    results = [queue.get(timeout=300) for _ in processes]
    for process in processes:
        process.join(timeout=60)
        assert process.exitcode == 0
    return results


def race_in_step(url: str, ids: Ids, names: list[str], rounds: int) -> list[tuple[Any, ...]]:
    """(edit, round, worker, won, seen, new) for every attempt of every worker."""
    return [row for rows in _run(_in_step, (url, ids, names, rounds), barrier=True) for row in rows]


def race_free(url: str, ids: Ids, name: str, edits: int) -> list[tuple[Any, Any]]:
    """(expected, new) of every accepted edit, from all workers."""
    return [row for rows in _run(_free, (url, ids, name, edits), barrier=False) for row in rows]


def race_adding(url: str, ids: Ids, count: int) -> None:
    _run(_adder, (url, ids, count), barrier=True)
