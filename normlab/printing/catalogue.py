"""Qt Linguist catalogues (.ts files) read without Qt.

The window and the printed furniture share one set of catalogues in resources/translations/
(``normlab_de.ts``…, English as the source text). The window loads them through Qt; printing must not
import Qt, so it reads the same XML here with the standard library. Unfinished and obsolete
translations are skipped (the English source prints instead), as Qt does.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from normlab.paths import resource

_SKIPPED = {"unfinished", "obsolete", "vanished"}
_PLACEHOLDER = re.compile(r"%(\d)")


def catalogue_path(language: str, prefix: str = "normlab") -> Path:
    return resource("translations", f"{prefix}_{language}.ts")


@dataclass(frozen=True)
class Catalogue:
    """The finished translations of one language, by (context, source text)."""

    language: str
    messages: dict[tuple[str, str], str] = field(default_factory=dict)

    def translate(self, context: str, source: str) -> str:
        return self.messages.get((context, source), source)

    def __len__(self) -> int:
        return len(self.messages)


def read_catalogue(path: Path) -> Catalogue:
    """Parse one .ts file; raises OSError or ElementTree.ParseError for a broken file."""
    root = ElementTree.parse(path).getroot()
    messages: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or translation.get("type") in _SKIPPED:
                continue
            forms = translation.findall("numerusform")
            text = forms[0].text if forms else translation.text
            if text:
                messages[(name, source)] = text
    return Catalogue(root.get("language", "").split("_")[0] or path.stem.rsplit("_", 1)[-1], messages)


@cache
def catalogue(language: str) -> Catalogue:
    """The bundled catalogue of a language (empty for English, the source language, and for a
    language without a catalogue)."""
    path = catalogue_path(language)
    if not path.is_file():
        return Catalogue(language)
    return read_catalogue(path)


def available_languages() -> tuple[str, ...]:
    """English, then every language with a bundled catalogue, by code."""
    found = sorted(p.stem.split("_", 1)[1] for p in resource("translations").glob("normlab_*.ts"))
    return ("en", *(code for code in found if code != "en"))


def fill(text: str, *values: object) -> str:
    """Qt-style placeholders: %1, %2… replaced by values in order."""
    return _PLACEHOLDER.sub(lambda m: str(values[int(m.group(1)) - 1]), text)
