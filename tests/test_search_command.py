"""``presser search``: readable output, JSON, batches, scopes and usage errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tui.cli import main

HIT_KEYS = {"event_id", "event_title", "date", "turn", "part", "paragraph", "speaker", "role", "text", "score"}


def test_json_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "twenty thousand Russians a month dying", "--json", "--limit", "3"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert set(result) == {"query", "elapsed_ms", "hits"}
    assert result["query"] == "twenty thousand Russians a month dying"
    assert len(result["hits"]) == 3 and all(set(h) == HIT_KEYS for h in result["hits"])
    assert "20,000 Russians a month dying" in result["hits"][0]["text"]


def test_batch_prints_one_json_line_per_query_and_uses_the_cache(tmp_path: Path, isolated_dirs: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    batch = tmp_path / "quotes.txt"
    batch.write_text("it takes two to tango\n\n@hart two more questions\nkeep our one billion citizens safe\n")
    assert main(["search", "--batch", str(batch), "--json", "--limit", "1"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["query"] for line in lines] == ["it takes two to tango", "two more questions",
                                                 "keep our one billion citizens safe"]
    assert "it needs two to tango" in lines[0]["hits"][0]["text"]
    assert lines[1]["hits"][0]["speaker"] == "Allison Hart"
    assert lines[2]["hits"][0]["part"] == "statement" and lines[2]["hits"][0]["turn"] is None
    assert list((isolated_dirs / "cache" / "search").glob("index-*.bin"))


def test_readable_output_does_not_interpret_markup(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "[bold]meat grinder[/bold]", "--limit", "2"]) == 0
    out = capsys.readouterr().out
    assert "meat grinder" in out and "Mark Rutte" in out and " 1. " in out


def test_readable_output_when_nothing_matches(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "?!", "--limit", "2"]) == 0
    assert "No quote found" in capsys.readouterr().out


def test_scopes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "question", "--speaker", "hart", "--event", "2025-12-02", "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)["hits"]
    assert hits and all(h["speaker"] == "Allison Hart" and h["date"] == "2025-12-02" for h in hits)


@pytest.mark.parametrize("argv", [
    ["search"],
    ["search", "x", "--batch", "file"],
    ["search", "--batch", "file"],
    ["search", "x", "--limit", "0"],
    ["search", "x", "--speaker", "Nobody Atall"],
    ["search", "x", "--event", "no-such-event"],
])
def test_usage_errors(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("presser: error:") and err.count("\n") == 1


def test_missing_batch_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "--batch", str(tmp_path / "none.txt"), "--json"]) == 1
    assert "none.txt" in capsys.readouterr().err
