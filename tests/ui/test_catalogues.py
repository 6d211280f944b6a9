"""The translation catalogues: every text of the window translated into each interface language,
placeholders and keyboard accelerators kept, the catalogues compiled and loaded by Qt, and the
printed furniture still read from the same files without Qt."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pytest

from normlab.printing.catalogue import catalogue, read_catalogue
from normlab.ui.shell import language

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("catalogue_tool", ROOT / "packaging" / "translations.py")
assert _spec is not None and _spec.loader is not None
translations = importlib.util.module_from_spec(_spec)
sys.modules["catalogue_tool"] = translations  # dataclasses look their module up by name
_spec.loader.exec_module(translations)

INTERFACE = ("de", "fi", "fr", "es")
PLACEHOLDER = re.compile(r"%L?(?:n|\d)")


@pytest.fixture(scope="module")
def found() -> dict[translations.Key, translations.Message]:
    return translations.extract()


@pytest.mark.parametrize("code", ["en", *INTERFACE])
def test_every_text_of_the_window_has_a_finished_translation(code: str, found) -> None:
    missing = translations.missing(code, found)
    shown = "\n".join(f"[{k.context}] {k.source!r}" for k in missing[:20])
    assert not missing, (
        f"{len(missing)} texts have no {code} translation (run `python packaging/translations.py update`, "
        f"then translate them in resources/translations/normlab_{code}.ts):\n{shown}"
    )


def test_the_catalogues_hold_what_the_code_says_and_nothing_stale(found) -> None:
    """`update` has been run: the files list exactly the texts in the code (so translators see them)."""
    for code in ("en", *INTERFACE):
        _, contexts = translations.read(translations.catalogue_path(code))
        merged = translations.merged(code, contexts, found)
        kept = {e.key for name, entries in merged.items() for e in entries}
        held = {e.key for name, entries in contexts.items() for e in entries}
        assert held == kept, (
            f"normlab_{code}.ts is out of date: run `python packaging/translations.py update`"
        )


@pytest.mark.parametrize("code", INTERFACE)
def test_translations_keep_placeholders_and_accelerators(code: str, found) -> None:
    _, contexts = translations.read(translations.catalogue_path(code))
    problems = []
    for name, entries in contexts.items():
        if name in translations.PRINTING_CONTEXTS:
            continue
        for entry in entries:
            wanted = sorted(set(PLACEHOLDER.findall(entry.key.source)))
            for text in entry.translation:
                if sorted(set(PLACEHOLDER.findall(text))) != wanted:
                    problems.append(f"[{name}] {entry.key.source!r} -> {text!r}: placeholders differ")
                accelerated = bool(re.search(r"&[^&\s]", entry.key.source))
                if accelerated != bool(re.search(r"&[^&\s]", text)):
                    problems.append(
                        f"[{name}] {entry.key.source!r} -> {text!r}: the & (Alt key) is lost or added"
                    )
    assert not problems, "\n".join(problems)


def test_the_catalogues_compile_and_qt_translates_with_them(tmp_path: Path, qapp) -> None:
    from PySide6.QtCore import QTranslator

    tool = language._lrelease()
    assert tool is not None, "PySide6's lrelease is missing"
    for code in ("en", *INTERFACE):
        ts = translations.catalogue_path(code)
        qm = tmp_path / f"{code}.qm"
        done = subprocess.run([str(tool), str(ts), "-qm", str(qm)], capture_output=True, text=True)
        assert done.returncode == 0, done.stdout + done.stderr
        assert "unfinished" not in done.stdout or code not in INTERFACE or " 0 unfinished" in done.stdout
        translator = QTranslator()
        assert translator.load(str(qm))
    german = QTranslator()
    german.load(str(tmp_path / "de.qm"))
    assert german.translate("Words", "Operational") == "Operativ"
    english = QTranslator()
    english.load(str(tmp_path / "en.qm"))
    assert english.translate("ReviewDialog", "In &%n month(s) (%1)", None, 1) == "In &%n month (%1)"
    assert english.translate("ReviewDialog", "In &%n month(s) (%1)", None, 3) == "In &%n months (%1)"


def test_printing_still_reads_its_furniture_from_the_same_files() -> None:
    for code in (*INTERFACE, "el", "ru", "ar", "he", "zh"):
        read_catalogue(translations.catalogue_path(code))
    german = catalogue("de")
    assert german.translate("Printed", "because") == "weil"
    assert german.translate("Printed", "Our ground rules") == "Unsere Grundregeln"


def test_the_start_compiles_a_catalogue_into_the_cache_once(tmp_path: Path, monkeypatch, qapp) -> None:
    monkeypatch.setattr(language, "cache_folder", lambda: tmp_path / "cache")
    first = language.compiled_catalogue("fi")
    assert first is not None and first.is_file() and first.parent == tmp_path / "cache"
    modified = first.stat().st_mtime_ns
    assert language.compiled_catalogue("fi") == first
    assert first.stat().st_mtime_ns == modified, "an unchanged catalogue is not compiled again"


def test_a_built_package_carries_compiled_catalogues_that_win(tmp_path: Path, monkeypatch, qapp) -> None:
    """setup.py's build step writes the .qm beside the .ts; the start then uses it as it is."""
    folder = tmp_path / "translations"
    folder.mkdir()
    ts = folder / "normlab_de.ts"
    ts.write_bytes(translations.catalogue_path("de").read_bytes())
    qm = folder / "normlab_de.qm"
    subprocess.run([str(language._lrelease()), "-silent", str(ts), "-qm", str(qm)], check=True)
    monkeypatch.setattr(language, "resource", lambda *parts: tmp_path.joinpath(*parts))
    monkeypatch.setattr(language, "cache_folder", lambda: tmp_path / "cache")
    assert language.compiled_catalogue("de") == qm
    assert not (tmp_path / "cache").exists()


@pytest.mark.parametrize(
    ("names", "expected"),
    [(["de-DE", "de"], "de"), (["fi-FI", "en-US"], "fi"), (["pt-BR", "es-ES"], "es"), (["ja-JP"], "en")],
)
def test_the_interface_follows_the_first_language_of_the_system_it_speaks(
    names, expected, monkeypatch
) -> None:
    class System:
        def uiLanguages(self) -> list[str]:
            return names

    monkeypatch.setattr(language.QLocale, "system", staticmethod(lambda: System()))
    assert language.system_language() == expected
    assert language.resolve("system") == expected
    assert language.resolve("fr") == "fr"
