"""The window's words go through Qt's translation system; dates and numbers follow the chosen language.

Every module that shows words makes one translator for its context and passes each English text
through it::

    tr = translator("Lanes")
    label = QLabel(tr("Add a reason…"))
    summary = tr("%n norm(s)", n=count)            # plural forms: the catalogue holds one per form
    HEADERS = {Column.TEXT: tr.noop("Norm")}        # marked for the catalogue, translated when shown
    header = tr(HEADERS[Column.TEXT])

The contexts are named here, not taken from class names (PySide6's ``self.tr`` uses the class of the
object at run time, so a subclass would look its words up under another name). ``packaging/translations.py``
reads these calls to keep resources/translations/*.ts complete; the test suite fails when a visible
text does not pass through here or a catalogue lacks a translation.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

_language = "en"
_PLACEHOLDER = re.compile(r"%(\d)")


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the interface language (English when the catalogue has no finished translation)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def fill(text: str, *values: object) -> str:
    """Qt's placeholders %1, %2… replaced by ``values`` in one pass (a value may itself hold "%2")."""
    return _PLACEHOLDER.sub(lambda m: str(values[int(m.group(1)) - 1]), text)


class Marked(str):
    """An English text marked for translation, with the disambiguation it was marked with."""

    __slots__ = ("comment",)
    comment: str | None

    def __new__(cls, text: str, comment: str | None = None) -> Marked:
        marked = super().__new__(cls, text)
        marked.comment = comment
        return marked


class Translator:
    """The translation function of one context."""

    __slots__ = ("context",)

    def __init__(self, context: str) -> None:
        self.context = context

    def __call__(self, text: str, disambiguation: str | None = None, *, n: int = -1) -> str:
        if disambiguation is None and isinstance(text, Marked):
            disambiguation = text.comment
        return QCoreApplication.translate(self.context, str(text), disambiguation, n)

    @staticmethod
    def noop(text: str, disambiguation: str | None = None) -> Marked:
        """Mark ``text`` for the catalogue of this context without translating it yet (for constants
        made when the module is imported, before the language is chosen); translating the result
        later uses the same disambiguation."""
        return Marked(text, disambiguation)


def translator(context: str) -> Translator:
    return Translator(context)


def set_language(code: str) -> None:
    """Called once the interface language is installed (normlab.ui.shell.language)."""
    global _language
    _language = code


def language() -> str:
    """The interface language's code: "en", "de", "fi", "fr", "es"…"""
    return _language


_tr = translator("Formats")


def day_format() -> str:
    """Qt's format of a day in the interface language, for date fields too."""
    return _tr("d MMM yyyy", "a day, in Qt's date format (d day, M month, MMM month name, yyyy year)")


def day_text(day: date) -> str:
    """A day as people write it in the interface language: "1 May 2026", "1. Mai 2026", "1.5.2026"."""
    return QLocale().toString(QDate(day.year, day.month, day.day), day_format())


def moment_text(moment: datetime) -> str:
    """A day and a time of day: "1 May 2026, 14:05"."""
    fmt = _tr("d MMM yyyy, HH:mm", "a day and a time, in Qt's format (HH hour 0-23, mm minutes)")
    value = QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute))
    return QLocale().toString(value, fmt)


def key_name(keys: str) -> str:
    """A shortcut as the platform and the interface language write it ("Ctrl+F", "Strg+F")."""
    from PySide6.QtGui import QKeySequence

    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def number_text(value: int) -> str:
    """A whole number with the language's thousands separator: "12,000", "12 000", "12.000"."""
    return QLocale().toString(value)


def join_words(words: list[str]) -> str:
    """ "a, b and c" in the interface language."""
    if len(words) <= 1:
        return "".join(words)
    head = _tr(", ", "between the items of a list").join(words[:-1])
    return fill(
        _tr("%1 and %2", "the end of a list: 'operational, interpersonal and ideational'"), head, words[-1]
    )
