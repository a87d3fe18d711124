"""Hostile and broken input from issue 6 that the other test files do not already
cover: huge files and lines, and escape sequences reaching command output."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from test_cli import presser

from tui.corpus import load_corpus, load_file
from tui.transcript.decode import MAX_BYTES, TranscriptError


def test_a_file_over_the_size_limit_is_refused_without_being_read(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with open(huge, "wb") as handle:  # sparse: 100 MB on paper, nothing on disk
        handle.truncate(100 * 1024 * 1024)
    with pytest.raises(TranscriptError, match="too large"):
        load_file(huge)
    corpus = load_corpus([tmp_path])
    assert corpus.events == [] and "limit is 17 MB" in corpus.problems[0].message
    assert MAX_BYTES == 16 * 1024 * 1024


def test_a_one_megabyte_single_line_parses_and_keeps_its_text(tmp_path: Path) -> None:
    line = ("Allies agree: we will spend more – and faster [inaudible] " * 18_000)[:1_000_000]
    path = tmp_path / "line.txt"
    path.write_text(line)
    event = load_file(path)
    kept = " ".join(p for t in (*event.statement, *event.turns) for p in t.paragraphs)
    assert kept.split() == line.split()


def test_escape_sequences_never_reach_search_or_cite_output(tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "evil.txt").write_text(
        "Q: Will you \x1b]52;c;aGFja2Vk\x07 spend \x1b[2J more \u202e on defence?\n"
        "A: We will spend much more on defence \x1b]8;;http://x\x1b\\here\x1b]8;;\x1b\\ next year.\n"
    )
    for args in (["search", "spend much more on defence"], ["cite", "evil", "1"], ["show", "evil"]):
        result = presser(*args, "--corpus", str(corpus), input_env={"FORCE_COLOR": "1"})
        assert result.returncode == 0, (args, result.stderr)
        out = result.stdout
        assert "]52;" not in out and "[2J" not in out and "]8;;http://x" not in out, args
        assert "\u202e" not in out and "\x07" not in out, args
        plain = re.sub(r"\x1b\[[0-9;]*m", "", out)  # our own colours
        assert "\x1b" not in plain, args
        assert "much more on defence" in plain, args
