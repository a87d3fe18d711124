"""Each seed parses to exactly its hand-labelled structure (tests/seeds_expected)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tui.corpus import load_file
from tui.resources import SAMPLE_CORPUS

EXPECTED = sorted((Path(__file__).parent / "seeds_expected").glob("*.json"))


def first_words(text: str, n: int = 8) -> str:
    return " ".join(text.split()[:n])


@pytest.mark.parametrize("expected_file", EXPECTED, ids=lambda p: p.stem)
def test_seed_structure(expected_file: Path) -> None:
    expected = json.loads(expected_file.read_text(encoding="utf-8"))
    event = load_file(SAMPLE_CORPUS / expected["file"])

    statement = [p for turn in event.statement for p in turn.paragraphs]
    assert len(statement) == expected["speech"]["paragraphs"]
    assert first_words(statement[0]) == first_words(expected["speech"]["first_words"])
    assert " ".join(statement[-1].split()).endswith(expected["speech"]["last_words"])

    assert len(event.turns) == len(expected["turns"])
    for index, (turn, want) in enumerate(zip(event.turns, expected["turns"])):
        where = f"turn {index}"
        assert turn.role == want["role"], where
        if want["name"]:
            assert turn.speaker == want["name"], where
        if want["affiliation"]:
            assert want["affiliation"] in (turn.affiliation, turn.speaker), where
        assert first_words(turn.text) == want["first_words"], where
        assert len(turn.paragraphs) == want["paragraphs"], where

    assert [t.turns for t in event.threads] == [t["turn_indexes"] for t in expected["threads"]]


def test_sample_metadata_comes_from_the_sidecar() -> None:
    from tui.corpus import load_corpus

    corpus = load_corpus([SAMPLE_CORPUS])
    assert not corpus.problems
    event = corpus.event("002")
    assert event.title.startswith("Press conference by NATO Secretary General Mark Rutte with President")
    assert event.date.isoformat() == "2026-02-03"
    assert event.place == "Kyiv, Ukraine"
    assert event.kind == "joint press conference"
    assert event.url.endswith("president-volodymyr-zelenskyy-of-ukraine")
    assert [e.id[:3] for e in corpus.events] == ["003", "002", "001", "000", "004"]  # newest first


def test_metadata_the_text_carries() -> None:
    """Without the sidecar: 004's title block, 003's footer."""
    event = load_file(SAMPLE_CORPUS / "004_ba8affc4038749a9.txt")
    assert event.title == (
        "Press conference by NATO Secretary General Mark Rutte following the meetings of NATO Ministers of Foreign Affairs"
    )
    assert event.kind == "press conference"
    footer = load_file(SAMPLE_CORPUS / "003_c434d9e4efbb720b.txt")
    assert footer.title == "Meeting of NATO Ministers of Defence"
    assert footer.place == "Brussels, Belgique"
    assert footer.turns[-1].text == "Have a great evening. Thank you so much."


def test_one_person_is_one_speaker() -> None:
    for name in ("000_50ebe80c16c47d9e", "001_edbcc74312db812b", "004_ba8affc4038749a9"):
        event = load_file(SAMPLE_CORPUS / f"{name}.txt")
        principals = {(t.speaker, t.affiliation) for t in event.turns if t.role == "principal"}
        assert principals == {("Mark Rutte", "NATO Secretary General")}


def test_unnamed_spokesperson_label_is_the_events_spokesperson() -> None:
    event = load_file(SAMPLE_CORPUS / "003_c434d9e4efbb720b.txt")
    assert event.turns[10].label == "NATO Spokesperson"
    assert (event.turns[10].speaker, event.turns[10].affiliation) == ("Allison Hart", "NATO Spokesperson")
