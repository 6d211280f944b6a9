"""The printables: ground-rules sheets and posters, talk and response tokens, each as PDF bytes.

No Qt here: the Print centre shows and prints the bytes, the command line saves them. Names are
imported lazily, so ``normlab --help`` does not pay for loading reportlab.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

_EXPORTS = {
    "DoesNotFitError": "errors",
    "UnprintableTextError": "errors",
    "Paper": "paper",
    "GroundRule": "ground_rules",
    "GroundRulesOptions": "ground_rules",
    "Layout": "ground_rules",
    "rule_for": "ground_rules",
    "rules_from_team": "ground_rules",
    "render_ground_rules": "ground_rules",
    "TokenKind": "tokens",
    "TokenOptions": "tokens",
    "DEFAULT_TALK": "tokens",
    "DEFAULT_RESPONSES": "tokens",
    "render_tokens": "tokens",
    "unprintable_characters": "validation",
    "save_pdf": "output",
}

__all__ = [
    "DEFAULT_RESPONSES",
    "DEFAULT_TALK",
    "DoesNotFitError",
    "GroundRule",
    "GroundRulesOptions",
    "Layout",
    "Paper",
    "TokenKind",
    "TokenOptions",
    "UnprintableTextError",
    "render_ground_rules",
    "render_tokens",
    "rule_for",
    "rules_from_team",
    "save_pdf",
    "unprintable_characters",
]

if TYPE_CHECKING:
    from normlab.printing.errors import DoesNotFitError, UnprintableTextError
    from normlab.printing.ground_rules import (
        GroundRule,
        GroundRulesOptions,
        Layout,
        render_ground_rules,
        rule_for,
        rules_from_team,
    )
    from normlab.printing.output import save_pdf
    from normlab.printing.paper import Paper
    from normlab.printing.tokens import (
        DEFAULT_RESPONSES,
        DEFAULT_TALK,
        TokenKind,
        TokenOptions,
        render_tokens,
    )
    from normlab.printing.validation import unprintable_characters


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'normlab.printing' has no attribute {name!r}")
    return getattr(import_module(f"normlab.printing.{module}"), name)
