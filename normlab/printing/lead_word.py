"""Joining "because" to a reason so the line reads as one sentence, in any furniture language.

A reason that already starts with its own connective ("So we can…", "To build…", "Because it
helps…", "Damit wir…", "为了…") keeps it as its bold lead instead of getting a second one, so
"because so we can" or "because because" never prints. Otherwise the furniture's word leads and the
reason's first letter is lowered, unless it is a name, "I", an acronym, or a German noun.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

CONNECTIVES = (
    # English
    "because",
    "'cause",
    "cause",
    "cos",
    "coz",
    "since",
    "so that",
    "so",
    "in order to",
    "in order that",
    "to",
    "for",
    # German
    "weil",
    "da",
    "damit",
    "um",
    "denn",
    "sodass",
    "so dass",
    "dass",
    # French
    "parce que",
    "parce qu'",
    "car",
    "pour que",
    "afin que",
    "afin de",
    "afin d'",
    "pour",
    "puisque",
    # Spanish
    "porque",
    "para que",
    "para",
    "ya que",
    "pues",
    "puesto que",
    "así",
    # Finnish
    "koska",
    "jotta",
    "sillä",
    "että",
    # Greek
    "επειδή",
    "γιατί",
    "για να",
    "ώστε",
    "διότι",
    # Russian
    "потому что",
    "так как",
    "чтобы",
    "ведь",
    "поскольку",
    "для того чтобы",
    # Arabic
    "لأن",
    "لأنّ",
    "لأننا",
    "لأنه",
    "لأنها",
    "لكي",
    "كي",
    "حتى",
    # Hebrew
    "כי",
    "כדי",
    "מפני ש",
    "משום ש",
    "בגלל ש",
    "בגלל",
    # Chinese
    "因为",
    "为了",
    "所以",
    "以便",
    "由于",
)
_ORDERED = sorted(CONNECTIVES, key=len, reverse=True)
_GERMAN_LOWER = frozenset(
    [
        "wir",
        "ich",
        "du",
        "er",
        "sie",
        "es",
        "man",
        "das",
        "der",
        "die",
        "den",
        "dem",
        "ein",
        "eine",
        "einer",
        "jeder",
        "jede",
        "alle",
        "niemand",
        "keiner",
        "so",
        "dann",
        "nur",
        "auch",
        "wenn",
        "nicht",
        "mehr",
        "viele",
        "unsere",
        "unser",
        "ihr",
    ]
)
_UNSPACED = frozenset({"zh", "ja"})
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'"})


@dataclass(frozen=True, slots=True)
class BecauseLine:
    lead: str
    """Printed bold ("because", "so"); "" for none."""
    rest: str
    """The reason after the lead."""
    glue: str = " "
    """Between lead and rest: a space, or nothing (Chinese; French "parce qu'")."""

    @property
    def text(self) -> str:
        return f"{self.lead}{self.glue}{self.rest}" if self.lead and self.rest else self.lead or self.rest


def _ends_a_word(connective: str, after: str) -> bool:
    if not after or not after.isalnum():
        return True
    # Elided French, Hebrew "ש" and Chinese connectives join the next word without a space.
    return connective.endswith(("'", "ש")) or any("\u4e00" <= c <= "\u9fff" for c in connective)


def _own_connective(reason: str) -> str | None:
    folded = reason.translate(_APOSTROPHES).casefold()
    for connective in _ORDERED:
        if folded.startswith(connective) and _ends_a_word(connective, folded[len(connective) :][:1]):
            return reason[: len(connective)]
    return None


def _lowered(reason: str, language: str) -> str:
    word = reason.split(" ", 1)[0]
    if not word[:1].isupper() or word == "I" or word.startswith(("I'", "I’")):
        return reason
    if any(c.isupper() for c in word[1:]):  # ICU, McKenzie
        return reason
    if language == "de" and word.casefold() not in _GERMAN_LOWER:
        return reason  # German capitalises nouns: "Fehler helfen uns" keeps its capital
    return reason[0].lower() + reason[1:]


def because_line(reason: str, word: str, language: str = "en") -> BecauseLine:
    """The because-line for a reason, led by its own connective or by word ("" for no lead)."""
    reason = " ".join(reason.split())
    if not reason:
        return BecauseLine("", "")
    glue = "" if language in _UNSPACED else " "
    own = _own_connective(reason)
    if own is not None:
        rest = reason[len(own) :].lstrip(" ,:")
        lead = own[0].lower() + own[1:] if own[:1].isupper() else own
        return BecauseLine(lead, rest, "" if own.endswith(("'", "’", "ש")) or glue == "" else " ")
    if not word:
        return BecauseLine("", reason)
    rest = _lowered(reason, language)
    if language == "fr" and word.endswith(" que") and re.match(r"[aeiouyéèêàâîïôûh]", rest, re.IGNORECASE):
        return BecauseLine(word[:-1] + "’", rest, "")
    return BecauseLine(word, rest, glue)
