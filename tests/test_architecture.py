"""The domain (parsing, corpus, search, citations, config, state) never imports the UI
toolkit: each domain module is imported in a fresh interpreter and must not have
loaded textual or rich."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "tui"
UI = ("app.py", "screens", "widgets", "commands", "__main__.py", "cli.py")
DOMAIN = sorted(
    ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    for path in PACKAGE.rglob("*.py")
    if not any(part in UI for part in path.relative_to(PACKAGE).parts)
)


def test_there_is_a_domain_to_check() -> None:
    assert {"tui.transcript.parser", "tui.corpus", "tui.safety"} <= set(DOMAIN)


@pytest.mark.parametrize("module", DOMAIN)
def test_domain_module_imports_no_ui(module: str) -> None:
    code = (
        f"import sys, importlib; importlib.import_module({module!r}); "
        "bad = [m for m in ('textual', 'rich') if m in sys.modules]; "
        "print(','.join(bad)); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=PACKAGE.parent, timeout=60)
    assert result.returncode == 0, f"{module} loads {result.stdout.strip() or result.stderr[-300:]}"
