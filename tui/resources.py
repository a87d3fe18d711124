"""Where the bundled sample corpus and the stylesheets are.

In a wheel they are installed inside the package (``tui/sample_corpus``,
``tui/styles``); in a source checkout they sit at the top level beside ``tui/``.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _find(name: str) -> Path:
    for candidate in (_PACKAGE / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    return _PACKAGE / name


SAMPLE_CORPUS: Path = _find("sample_corpus")
STYLES: Path = _find("styles")
