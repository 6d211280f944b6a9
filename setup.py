"""The package build's one extra step: the translation catalogues compiled (all the rest of the
build is declared in pyproject.toml; this file exists because a build step needs code, and an sdist
carries setup.py by itself).

The window loads its translations as Qt's compiled .qm files. They are not kept in git: building the
package (a wheel, an sdist's install) runs PySide6's lrelease on each resources/translations/*.ts and
writes the .qm beside it in the built package. An editable install compiles them at start-up instead
(normlab/ui/shell/language.py); the bundle compiles them in packaging/normlab.spec.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


def lrelease() -> Path:
    import PySide6

    folder = Path(PySide6.__file__).parent
    suffix = ".exe" if sys.platform == "win32" else ""
    for candidate in (folder / f"lrelease{suffix}", folder / "Qt" / "bin" / f"lrelease{suffix}"):
        if candidate.is_file():
            return candidate
    raise SystemExit("building normlab needs PySide6's lrelease to compile the translations")


class BuildWithCatalogues(build_py):
    """build_py, then every copied .ts compiled to a .qm beside it."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        folder = Path(self.build_lib) / "normlab" / "resources" / "translations"
        sources = sorted(folder.glob("*.ts"))
        if not sources:
            return
        tool = lrelease()
        for ts in sources:
            qm = ts.with_suffix(".qm")
            subprocess.run([str(tool), "-silent", str(ts), "-qm", str(qm)], check=True)
            self.announce(f"compiled {ts.name} -> {qm.name}", level=2)


setup(cmdclass={"build_py": BuildWithCatalogues})
