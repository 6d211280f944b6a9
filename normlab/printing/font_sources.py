"""Where a fallback font for characters the bundled fonts lack (Chinese, Japanese, Korean, emoji…)
comes from, chosen at run time so the default install stays small.

In order: the fonts of the optional extra (``pip install normlab[cjk]``), the fonts fontconfig knows
(``fc-list``, on Linux and most BSDs), then the usual font files of Windows and macOS. Only fonts with
TrueType outlines qualify: reportlab cannot embed PostScript-outline (CFF) fonts, and colour bitmap
emoji fonts have no outlines to embed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

FC_TIMEOUT_S = 5.0
GET_A_FONT = (
    "install a font that has them (for Chinese, Japanese and Korean: pip install 'normlab[cjk]', or "
    "a system font package such as fonts-wqy-microhei; for emoji: fonts-symbola)"
)
"""What an error about undrawable characters tells the user to do."""


@dataclass(frozen=True, slots=True)
class FontFile:
    path: Path
    index: int = 0
    """The face within a TrueType collection (.ttc)."""


def candidates(chars: str) -> Iterator[FontFile]:
    """Font files that may draw some of chars, most fitting first; each still has to be opened and
    its character map checked (fontconfig's answer may be out of date, a file may be unreadable)."""
    seen: set[FontFile] = set()
    for source in (_extra_fonts, _fontconfig_fonts, _platform_fonts):
        for font in source(chars):
            if font not in seen:
                seen.add(font)
                yield font


# --- the optional extra ---------------------------------------------------------------------------


def _extra_fonts(chars: str) -> Iterator[FontFile]:
    """The Noto Sans CJK families of ``normlab[cjk]`` (variable fonts, instanced on first use)."""
    from normlab.printing.font_instances import extra_cjk_fonts

    for path in extra_cjk_fonts(chars):
        yield FontFile(path)


# --- fontconfig -----------------------------------------------------------------------------------


def _fontconfig_fonts(chars: str) -> Iterator[FontFile]:
    if shutil.which("fc-list") is None:
        return
    wanted = sorted({ord(c) for c in chars})
    # First fonts that have every character, then (for mixed needs) those that have each block.
    groups = [wanted] + [list(block) for block in _blocks(wanted)] if len(wanted) > 1 else [wanted]
    for group in groups[:24]:
        yield from _fc_list(tuple(group[:64]))


def _blocks(codes: list[int]) -> Iterable[tuple[int, ...]]:
    blocks: dict[int, list[int]] = {}
    for code in codes:
        blocks.setdefault(code >> 8, []).append(code)
    return (tuple(v) for v in blocks.values())


@cache
def _fc_list(codes: tuple[int, ...]) -> tuple[FontFile, ...]:
    """Fonts whose character set holds every one of codes, TrueType outlines and no colour, the
    regular style and sans-serif designs first."""
    query = ":charset=" + " ".join(f"{c:x}" for c in codes)
    try:
        result = subprocess.run(
            [
                "fc-list",
                "--format",
                "%{file}\t%{index}\t%{fontformat}\t%{color}\t%{style}\t%{family}\n",
                query,
            ],
            capture_output=True,
            text=True,
            timeout=FC_TIMEOUT_S,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return ()
    ranked = []
    for line in result.stdout.splitlines():
        parts = line.split("\t")
        if len(parts) != 6:
            continue
        path, index, fmt, colour, style, family = parts
        if fmt != "TrueType" or colour.strip().lower() == "true" or not index.isdigit():
            continue
        if not path.lower().endswith((".ttf", ".ttc")):
            continue
        regular = any(s in style.lower() for s in ("regular", "book", "normal", "medium")) or not style
        sans = "sans" in family.lower() or "hei" in family.lower() or "gothic" in family.lower()
        mono = "mono" in family.lower()
        ranked.append(((not regular, mono, not sans, path, int(index)), FontFile(Path(path), int(index))))
    return tuple(font for _, font in sorted(ranked, key=lambda item: item[0]))


# --- Windows and macOS ----------------------------------------------------------------------------

_WINDOWS = (
    "msyh.ttc",  # Microsoft YaHei: Simplified Chinese
    "msjh.ttc",  # Microsoft JhengHei: Traditional Chinese
    "YuGothM.ttc",
    "meiryo.ttc",
    "malgun.ttf",  # Korean
    "simsun.ttc",
    "seguisym.ttf",  # Segoe UI Symbol: monochrome emoji
    "seguiemj.ttf",
)
_MACOS = (
    "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
    "/Library/Fonts/Arial Unicode.ttf",
    "/System/Library/Fonts/STHeiti Medium.ttc",
    "/System/Library/Fonts/STHeiti Light.ttc",
    "/System/Library/Fonts/AppleSDGothicNeo.ttc",
    "/System/Library/Fonts/Apple Symbols.ttf",
)


def _platform_fonts(chars: str) -> Iterator[FontFile]:
    if sys.platform.startswith("win"):
        folder = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
        paths = [folder / name for name in _WINDOWS]
    elif sys.platform == "darwin":
        paths = [Path(p) for p in _MACOS]
    else:
        return
    for path in paths:
        if path.is_file():
            faces = 4 if path.suffix.lower() == ".ttc" else 1
            for index in range(faces):
                yield FontFile(path, index)
