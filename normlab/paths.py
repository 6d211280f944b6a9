"""Where normlab's bundled resources are, in a source checkout, an editable install or a wheel."""

from __future__ import annotations

from pathlib import Path


def resources_dir() -> Path:
    import normlab.resources

    return Path(normlab.resources.__file__).parent


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
