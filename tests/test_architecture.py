"""Every import arrow points down: the contracts in pyproject.toml, checked by import-linter."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(root)}
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache", "--config", str(root / "pyproject.toml")],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_every_import_contract_is_kept() -> None:
    done = lint_imports(ROOT)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout


def test_an_upward_import_breaks_a_contract(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "normlab", tmp_path / "normlab", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    upward = {
        "normlab/domain/checks.py": "from PySide6.QtCore import QObject\n",
        "normlab/printing/paper.py": "import normlab.services.library\n",
        "normlab/ui/widgets/paint.py": "import normlab.ui.editor.editor\n",
        "normlab/ui/editor/norm_model.py": "import normlab.store.repository\n",
    }
    for path, line in upward.items():
        with (tmp_path / path).open("a") as source:
            source.write(line)
    done = lint_imports(tmp_path)
    assert done.returncode != 0
    for contract in (
        "The domain is plain Python: no Qt, no database BROKEN",
        "Printing returns PDF bytes: no Qt, no store, no services BROKEN",
        "The window's rooms: shell over the screens, over teams, over the shared widgets BROKEN",
        "The window never runs SQL: it goes through services BROKEN",
    ):
        assert contract in " ".join(done.stdout.split()), done.stdout
