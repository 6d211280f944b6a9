"""Unexpected errors reach the person as a calm message; the details go to the log (stderr)."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import QApplication

from normlab.domain.errors import NormlabError
from normlab.ui.widgets.i18n import translator
from normlab.ui.widgets.prompts import show_error

log = logging.getLogger("normlab.ui")
tr = translator("Errors")


def install_excepthook() -> None:
    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        parent = QApplication.activeWindow()
        if isinstance(error, NormlabError):
            show_error(parent, tr("That could not be done"), str(error))
            return
        log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, error, tb)))
        show_error(
            parent,
            tr("Something unexpected went wrong"),
            tr("normlab hit a problem it did not expect"),
            tr(
                "Everything up to your last change is saved. If it happens again, restart normlab and "
                "tell whoever looks after it what you were doing."
            ),
        )

    sys.excepthook = hook
