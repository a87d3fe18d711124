"""Shared fixtures: every test runs with its own config, state and cache directories,
so the developer's real settings can neither leak into a test nor be changed by one."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.resources import SAMPLE_CORPUS

SEEDS = sorted(SAMPLE_CORPUS.glob("*.txt"))


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point config, state and cache at a fresh temporary tree."""
    for name in ("CONFIG", "STATE", "CACHE"):
        path = tmp_path / "presser" / name.lower()
        monkeypatch.setenv(f"PRESSER_{name}_DIR", str(path))
    monkeypatch.delenv("SSH_TTY", raising=False)
    monkeypatch.delenv("SSH_CONNECTION", raising=False)
    return tmp_path / "presser"


@pytest.fixture
def sample_corpus_dir() -> Path:
    """The bundled five-transcript sample corpus."""
    return SAMPLE_CORPUS
