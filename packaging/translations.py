"""Keep the window's translation catalogues (resources/translations/normlab_*.ts) complete.

    python packaging/translations.py update     add new texts (unfinished), drop texts no longer used
    python packaging/translations.py check      list what each interface language still lacks (exit 1)

The texts come from the code (``tr = translator("Context")`` then ``tr("…")``, ``tr.noop("…")`` or
``translate("Context", "…")``, see normlab/ui/widgets/i18n.py), from the codebook of the four
dimensions (context "Codebook") and from the starter sets' titles and descriptions ("Library").
The context "Printed" belongs to printing (normlab/printing/catalogue.py reads it without Qt) and is
left exactly as it is. English needs a catalogue only for its plural forms. Translate with Qt
Linguist (``pyside6-linguist resources/translations/normlab_de.ts``) or any editor of .ts files.
"""

from __future__ import annotations

import ast
import json
import sys
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "normlab" / "ui"
CATALOGUES = ROOT / "resources" / "translations"
LIBRARY = ROOT / "resources" / "library"
INTERFACE_LANGUAGES = ("de", "fi", "fr", "es")
"""Languages that translate the whole window (English is the source)."""
PRINTING_CONTEXTS = frozenset({"Printed"})
"""Contexts kept by printing, never touched here."""


@dataclass(frozen=True, slots=True)
class Key:
    context: str
    source: str
    comment: str = ""


@dataclass(slots=True)
class Message:
    key: Key
    numerus: bool = False
    places: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Entry:
    """One message as a catalogue holds it."""

    key: Key
    numerus: bool
    translation: list[str]
    """One text, or one per plural form."""
    finished: bool


class ExtractionError(ValueError):
    pass


# -- reading the code --------------------------------------------------------------------------


def _literal(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _translator_names(tree: ast.Module) -> dict[str, str]:
    """``name = translator("Context")`` anywhere in a module: name -> context."""
    names: dict[str, str] = {}
    for node in ast.walk(tree):
        if not isinstance(node, ast.Assign) or not isinstance(node.value, ast.Call):
            continue
        func = node.value.func
        called = (
            func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
        )
        if called not in ("translator", "Translator") or not node.value.args:
            continue
        context = _literal(node.value.args[0])
        for target in node.targets:
            if isinstance(target, ast.Name) and context is not None:
                names[target.id] = context
    return names


def _call_message(node: ast.Call, names: dict[str, str]) -> tuple[str, list[ast.expr], bool] | None:
    """(context, the arguments after the context, counted) when ``node`` is a translation call."""
    func = node.func
    counted = any(k.arg == "n" for k in node.keywords)
    if isinstance(func, ast.Name) and func.id in names:
        return names[func.id], list(node.args), counted
    if (
        isinstance(func, ast.Attribute)
        and func.attr == "noop"
        and isinstance(func.value, ast.Name)
        and func.value.id in names
    ):
        return names[func.value.id], list(node.args), False
    called = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
    if called == "translate" and len(node.args) >= 2:
        context = _literal(node.args[0])
        if context is not None:
            return context, list(node.args[1:]), counted or len(node.args) >= 4
    return None


def messages_in(path: Path) -> Iterator[Message]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    names = _translator_names(tree)
    where = path.relative_to(ROOT).as_posix()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        found = _call_message(node, names)
        if found is None:
            continue
        context, args, counted = found
        if not args:
            continue
        source = _literal(args[0])
        if source is None:
            if isinstance(args[0], ast.JoinedStr):
                raise ExtractionError(
                    f"{where}:{node.lineno}: an f-string cannot be translated; use %1 and fill()"
                )
            continue  # a text marked elsewhere with noop(), translated here
        comment = _literal(args[1]) if len(args) > 1 else None
        yield Message(Key(context, source, comment or ""), counted, [f"{where}:{node.lineno}"])


def codebook_messages() -> Iterator[Message]:
    sys.path.insert(0, str(ROOT))
    from normlab.domain.codebook import CHECK_SENTENCES, CODEBOOK

    for entry in CODEBOOK.values():
        for text in (entry.short, entry.definition, entry.classroom_example, entry.clinical_example):
            yield Message(Key("Codebook", text), places=["normlab/domain/codebook.py"])
    for text in CHECK_SENTENCES.values():
        yield Message(Key("Codebook", text), places=["normlab/domain/codebook.py"])


def library_messages() -> Iterator[Message]:
    for path in sorted(LIBRARY.glob("*.json")):
        info = json.loads(path.read_text(encoding="utf-8"))["library"]
        where = path.relative_to(ROOT).as_posix()
        for text in (info["title"], info["description"]):
            yield Message(Key("Library", text), places=[where])


def extract() -> dict[Key, Message]:
    """Every text the window shows, by (context, source, comment)."""
    found: dict[Key, Message] = {}
    streams: list[Iterable[Message]] = [messages_in(p) for p in sorted(SOURCES.rglob("*.py"))]
    streams += [codebook_messages(), library_messages()]
    for stream in streams:
        for message in stream:
            if message.key.context in PRINTING_CONTEXTS:
                continue
            known = found.get(message.key)
            if known is None:
                found[message.key] = message
            else:
                known.numerus = known.numerus or message.numerus
                known.places += message.places
    return found


# -- catalogues --------------------------------------------------------------------------------


def catalogue_path(language: str) -> Path:
    return CATALOGUES / f"normlab_{language}.ts"


def read(path: Path) -> tuple[str, dict[str, list[Entry]]]:
    """(language, entries by context in file order)."""
    if not path.is_file():
        return path.stem.split("_", 1)[1], {}
    root = ElementTree.parse(path).getroot()
    contexts: dict[str, list[Entry]] = {}
    for context in root.iter("context"):
        name = context.findtext("name", default="")
        entries = contexts.setdefault(name, [])
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = translation.findall("numerusform") if translation is not None else []
            texts = (
                [f.text or "" for f in forms]
                if forms
                else [translation.text or "" if translation is not None else ""]
            )
            finished = translation is not None and translation.get("type") not in (
                "unfinished",
                "obsolete",
                "vanished",
            )
            key = Key(name, message.findtext("source") or "", message.findtext("comment") or "")
            entries.append(Entry(key, message.get("numerus") == "yes", texts, finished))
    return root.get("language", ""), contexts


def write(path: Path, language: str, contexts: dict[str, list[Entry]]) -> None:
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{language}" sourcelanguage="en">',
    ]
    for name, entries in contexts.items():
        if not entries:
            continue
        lines += ["<context>", f"    <name>{escape(name)}</name>"]
        for entry in entries:
            lines.append('    <message numerus="yes">' if entry.numerus else "    <message>")
            lines.append(f"        <source>{escape(entry.key.source)}</source>")
            if entry.key.comment:
                lines.append(f"        <comment>{escape(entry.key.comment)}</comment>")
            state = "" if entry.finished else ' type="unfinished"'
            if entry.numerus:
                lines.append(f"        <translation{state}>")
                lines += [f"            <numerusform>{escape(t)}</numerusform>" for t in entry.translation]
                lines.append("        </translation>")
            else:
                lines.append(f"        <translation{state}>{escape(entry.translation[0])}</translation>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def plural_forms(language: str) -> int:
    """How many plural forms Qt expects for the languages normlab's window speaks."""
    return 1 if language in ("zh", "ja", "ko") else 3 if language in ("ru",) else 2


def merged(
    language: str, contexts: dict[str, list[Entry]], found: dict[Key, Message]
) -> dict[str, list[Entry]]:
    """The catalogue with every extracted message (kept translations, new ones unfinished) and
    without the window's messages that are gone; printing's contexts stay as they are."""
    old = {e.key: e for name, entries in contexts.items() if name not in PRINTING_CONTEXTS for e in entries}
    result = {name: entries for name, entries in contexts.items() if name in PRINTING_CONTEXTS}
    english = language == "en"
    by_context: dict[str, list[Entry]] = {}
    for key, message in found.items():
        if english and not message.numerus:
            continue  # English is the source language: only its plural forms need a catalogue
        entry = old.get(key)
        forms = plural_forms(language) if message.numerus else 1
        if entry is None or entry.numerus != message.numerus:
            entry = Entry(key, message.numerus, [""] * forms, False)
        by_context.setdefault(key.context, []).append(entry)
    for name in sorted(by_context):
        result[name] = sorted(
            by_context[name], key=lambda e: (e.key.source.casefold(), e.key.source, e.key.comment)
        )
    return result


def languages() -> list[str]:
    """The catalogues that carry the window's texts (the others hold printing's only)."""
    return ["en", *INTERFACE_LANGUAGES]


def update() -> None:
    found = extract()
    for language in languages():
        path = catalogue_path(language)
        code, contexts = read(path)
        write(path, code or language, merged(language, contexts, found))


def missing(language: str, found: dict[Key, Message] | None = None) -> list[Key]:
    """The window's texts the language's catalogue has no finished translation of."""
    found = extract() if found is None else found
    _, contexts = read(catalogue_path(language))
    done = {e.key for entries in contexts.values() for e in entries if e.finished and all(e.translation)}
    wanted = [k for k, m in found.items() if language != "en" or m.numerus]
    return [key for key in wanted if key not in done]


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    if command == "update":
        update()
        return 0
    if command == "check":
        found = extract()
        gaps = {language: missing(language, found) for language in ("en", *INTERFACE_LANGUAGES)}
        for language, keys in gaps.items():
            for key in keys:
                print(
                    f"{language}: [{key.context}] {key.source!r}"
                    + (f" ({key.comment})" if key.comment else "")
                )
        return 1 if any(gaps.values()) else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
