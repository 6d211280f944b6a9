"""Printed furniture in the team's language: titles, "because", dates, page numbers, token kinds.

The words come from the same Qt catalogues as the window (context "Printed", see catalogue); dates
are written by Babel from the Unicode CLDR data, never by hand. The language is chosen with
``--language`` or guessed from the script of the rules, else the interface language.
"""

from __future__ import annotations

import os
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache

from normlab.domain.errors import ValidationError
from normlab.printing.catalogue import available_languages, catalogue, fill

CONTEXT = "Printed"
RTL_LANGUAGES = frozenset({"ar", "he", "fa", "ur"})
_DATE_LOCALES = {"en": "en_GB"}
"""Bare English writes dates the British way ("14 March 2025"); "en-US" gives "March 14, 2025"."""


def supported_languages() -> tuple[str, ...]:
    return available_languages()


@dataclass(frozen=True)
class Furniture:
    """The furniture of one printout in one language (and, for dates, one region)."""

    language: str
    locale: str

    def __call__(self, source: str, *values: object) -> str:
        """The translation of an English source text, with %1, %2… filled in."""
        return fill(catalogue(self.language).translate(CONTEXT, source), *values)

    def date(self, value: date) -> str:
        """A date written out the way this language does ("14. März 2025", "2025年3月14日")."""
        from babel.dates import format_date

        return format_date(value, format="long", locale=self.locale)

    @property
    def rtl(self) -> bool:
        return self.language in RTL_LANGUAGES

    @property
    def spaced(self) -> bool:
        """False for languages written without spaces between words (Chinese, Japanese)."""
        return self.language not in ("zh", "ja")


def parse_language(code: str) -> tuple[str, str]:
    """'de', 'de-AT', 'pt_BR'… -> (catalogue language, Babel locale); ValidationError if unknown."""
    from babel import Locale, UnknownLocaleError

    cleaned = code.strip().replace("-", "_")
    language = cleaned.split("_", 1)[0].lower()
    if language not in supported_languages():
        choices = ", ".join(supported_languages())
        raise ValidationError(f"no printed furniture in the language {code!r}: choose one of {choices}")
    locale = cleaned if "_" in cleaned else _DATE_LOCALES.get(language, language)
    try:
        Locale.parse(locale)
    except (ValueError, UnknownLocaleError):
        locale = _DATE_LOCALES.get(language, language)
    return language, locale


@cache
def furniture(code: str = "en") -> Furniture:
    language, locale = parse_language(code)
    return Furniture(language, locale)


def interface_language() -> str:
    """The language of the user's session (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), if we have it."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        for part in value.split(":"):
            language = part.split(".", 1)[0].split("_", 1)[0].split("-", 1)[0].lower()
            if language in supported_languages():
                return language
            if language in ("c", "posix"):
                return "en"
    return "en"


_SCRIPT_LANGUAGES = {"ARABIC": "ar", "HEBREW": "he", "GREEK": "el", "CYRILLIC": "ru", "CJK": "zh"}


def _script(char: str) -> str | None:
    if not char.isalpha():
        return None
    name = unicodedata.name(char, "")
    first = name.split(" ", 1)[0]
    if first in _SCRIPT_LANGUAGES:
        return first
    if name.startswith(("HIRAGANA", "KATAKANA", "HANGUL")):
        return "OTHER"
    return "LATIN" if first == "LATIN" else "OTHER"


def guess_language(texts: Iterable[str], interface: str | None = None) -> str:
    """The language the rules are written in, as far as their script tells (Arabic, Hebrew, Greek,
    Cyrillic, Chinese); for Latin script (English? German? Finnish?) the interface language."""
    counts: Counter[str] = Counter()
    for text in texts:
        for char in text:
            script = _script(char)
            if script:
                counts[script] += 1
    fallback = interface if interface in supported_languages() else interface_language()
    if not counts:
        return fallback
    script, _ = counts.most_common(1)[0]
    return _SCRIPT_LANGUAGES.get(script, fallback)
