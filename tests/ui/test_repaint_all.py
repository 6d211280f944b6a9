"""Repainting every widget after a theme or zoom change survives a garbage collection midway."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = textwrap.dedent(
    """
    import gc, os
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QLabel, QVBoxLayout, QWidget
    from normlab.ui.widgets.style import repaint_all

    app = QApplication([])
    kept = QWidget()
    column = QVBoxLayout(kept)
    for _ in range(40):  # widgets Qt made itself: each gets its Python object during the repaint
        combo = QComboBox()
        combo.setEditable(True)
        column.addWidget(combo)
    closed = []
    for _ in range(5):  # closed dialogs that only a full collection frees
        dialog = QDialog()
        lines = QVBoxLayout(dialog)
        for i in range(30):
            lines.addWidget(QLabel(str(i)))
        dialog.itself = dialog
        closed.append(dialog)
    del dialog, lines, combo
    gc.collect()
    gc.collect()
    closed.clear()
    gc.set_threshold(1, 1, 1)  # a collection at every step, as a busy window may have
    repaint_all(app)
    gc.set_threshold(700, 10, 10)
    print("painted")
    """
)


def test_a_collection_during_the_repaint_frees_nothing_still_listed() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=120, cwd=ROOT
    )
    assert done.returncode == 0, f"exit {done.returncode}: {done.stderr[-500:]}"
    assert "painted" in done.stdout
