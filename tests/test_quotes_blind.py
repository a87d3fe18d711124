"""The blind remembered-quote set (tests/quotes_blind) meets the user's targets.

The set was written from the transcripts by someone who had not read the search code
(see its README), so it is the closest thing here to the quotes the user will type.
Targets from issue 4: the right sentence at rank 1 for ≥ 80 % of the queries and in
the top 10 for ≥ 95 %. Measured when the set arrived: 79/80 at rank 1, 80/80 in the
top 10. The queries go through ``presser search --batch --json`` in this process.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from tui.cli import main

HERE = Path(__file__).parent / "quotes_blind"
_spec = importlib.util.spec_from_file_location("quotes_blind_score", HERE / "score.py")
assert _spec is not None and _spec.loader is not None
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)


def test_remembered_quotes_are_found(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = [json.loads(line) for line in (HERE / "quotes.jsonl").read_text("utf-8").splitlines()
            if line.strip()]
    batch = tmp_path / "quotes.txt"
    batch.write_text("".join(row["query"] + "\n" for row in rows), encoding="utf-8")
    assert main(["search", "--batch", str(batch), "--json", "--limit", "10"]) == 0
    results = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [result["query"] for result in results] == [row["query"] for row in rows]
    ranks = [score.rank_of(result["hits"], row["event_id"], row["sentence"])
             for row, result in zip(rows, results)]
    top1 = sum(rank == 1 for rank in ranks) / len(rows)
    top10 = sum(rank is not None for rank in ranks) / len(rows)
    assert top1 >= 0.80 and top10 >= 0.95, f"top-1 {top1:.1%}, top-10 {top10:.1%}"
