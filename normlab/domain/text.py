"""One set of rules for every piece of text that enters normlab, wherever it comes from: typed in
the window, read from a JSON or CSV file, copied from the starter library.

* valid Unicode: no lone surrogates (they cannot even be stored);
* normalised to NFC, so "Café" typed on a Mac and on Windows is one and the same name;
* Windows line ends become newlines; leading and trailing white space goes;
* no control characters: none at all in a name (one line), only newline and tab in longer texts;
* a text that is required must contain something visible (a letter, digit, punctuation or symbol),
  so a name of only a zero-width space is refused;
* at most ``limit`` characters: a norm is a sentence, a reason a few sentences, a name one line.

``clean`` returns the text to store or raises a ValidationError whose message names where the text
came from (``teams[0].norms[3].text`` or “A norm's wording”) and the rule it broke.
``for_terminal`` is the other direction: stored text made safe to print to a terminal.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from normlab.domain.errors import ValidationError


@dataclass(frozen=True, slots=True)
class TextRule:
    what: str
    """What the text is, as the start of a sentence: “A norm's wording”."""
    limit: int
    required: bool = True
    one_line: bool = False


TEAM_NAME = TextRule("A team's name", 200, one_line=True)
NORM_TEXT = TextRule("A norm's wording", 500)
REASON = TextRule("A reason", 1000)
SETTING = TextRule("A setting", 200, required=False, one_line=True)
SETTING_NAME = TextRule("A setting's name", 200, one_line=True)
REGULATES = TextRule("Who a norm is for", 200, required=False, one_line=True)
VOICE = TextRule("Who gave a reason", 200, required=False, one_line=True)
ROLES = TextRule("Who came to a meeting", 1000, required=False)
NOTE = TextRule("A note", 2000, required=False)
DESCRIPTION = TextRule("A description", 2000, required=False)
MEETING_NOTES = TextRule("A meeting's notes", 20000, required=False)
TITLE = TextRule("A title", 100, required=False, one_line=True)
PREBRIEF_STATEMENT = TextRule("A pre-brief statement", 1000, required=False)
ATTRIBUTION = TextRule("Where a pre-brief statement comes from", 200, required=False, one_line=True)

_ALLOWED_CONTROLS = frozenset("\n\t")
_VISIBLE = frozenset("LNPS")  # letters, numbers, punctuation, symbols


def normalise(value: str) -> str:
    """The stored form of text that needs no checking (for comparing with stored values)."""
    return unicodedata.normalize("NFC", value.replace("\r\n", "\n").replace("\r", "\n")).strip()


_SUSPECT_ONE_LINE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_SUSPECT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
"""Characters that need a closer look: control characters (newline and tab allowed in longer
texts), line separators in one-line text, lone surrogates, and carriage returns to normalise."""


def clean(value: object, rule: TextRule, where: str | Callable[[], str] | None = None) -> str:
    """``value`` as it is stored, or a ValidationError naming ``where`` (default: the rule's what).

    ``where`` may be a function that spells the place out, called only for a message. Text with
    nothing to look at closely (the usual case) is checked at the speed of a regular expression, so a
    file of 10,000 norms is not read one character at a time.
    """
    if type(value) is str:
        suspect = _SUSPECT_ONE_LINE if rule.one_line else _SUSPECT
        if suspect.search(value) is None and unicodedata.is_normalized("NFC", value):
            text = value.strip()
            if len(text) <= rule.limit and (not rule.required or _visible(text)):
                return text
    return _clean_closely(value, rule, where)


def _visible(text: str) -> bool:
    return any(unicodedata.category(c)[0] in _VISIBLE for c in text)


def _clean_closely(value: object, rule: TextRule, where: str | Callable[[], str] | None) -> str:
    def fail(problem: str) -> ValidationError:
        place = where() if callable(where) else where
        return ValidationError(f"{place}: {problem}" if place else f"{rule.what} {problem}")

    if not isinstance(value, str):
        raise fail("must be text")
    for index, char in enumerate(value):
        if "\ud800" <= char <= "\udfff":
            raise fail(
                f"holds a broken character (a lone surrogate, U+{ord(char):04X}) at position {index + 1}"
            )
    text = normalise(value)
    for index, char in enumerate(text):
        if unicodedata.category(char) == "Cc" and (rule.one_line or char not in _ALLOWED_CONTROLS):
            kind = "a line break" if char in "\n\t" else f"a control character (U+{ord(char):04X})"
            allowed = "it must be one line" if rule.one_line else "only newline and tab are allowed"
            raise fail(f"holds {kind} at position {index + 1}; {allowed}")
        if rule.one_line and char in "\u2028\u2029":
            raise fail(f"holds a line break at position {index + 1}; it must be one line")
    if rule.required and not _visible(text):
        raise fail("cannot be empty" if not text else "needs at least one visible character")
    if len(text) > rule.limit:
        what = rule.what[0].lower() + rule.what[1:]
        raise fail(f"is {len(text):,} characters long; {what} can be at most {rule.limit:,}")
    return text


def clean_optional(value: object, rule: TextRule, where: str | None = None) -> str:
    """Like ``clean``, with None read as no text."""
    return "" if value is None else clean(value, rule, where)


_BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def for_terminal(text: str, *, keep_lines: bool = False) -> str:
    """``text`` with everything a terminal would act on instead of showing written as an escape:
    control characters (ESC and the rest), bidirectional overrides, lone surrogates. With
    ``keep_lines``, newlines and tabs stay as they are."""
    if text.isprintable() and not _BIDI_CONTROLS.intersection(text):
        return text
    out = []
    for char in text:
        category = unicodedata.category(char)
        if keep_lines and char in _ALLOWED_CONTROLS:
            out.append(char)
        elif category in ("Cc", "Cs") or char in _BIDI_CONTROLS:
            code = ord(char)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
        else:
            out.append(char)
    return "".join(out)
