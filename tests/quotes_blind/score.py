"""Score `presser search` on the blind remembered-quote set (quotes.jsonl).

Runs the real CLI once in batch mode, so what is measured is what the user gets.
Prints top-1 / top-10 rates overall and per kind, then every miss.

    /work/venv/bin/python tests/quotes_blind/score.py
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
LIMIT = 10

# A hit may be trimmed ("… middle of a long sentence …") or span the target plus a
# neighbour, so compare sentence-sized pieces of the hit rather than the whole text.
_ELLIPSIS = re.compile(r"…|\.\.\.")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _norm(text: str) -> str:
    return " ".join(text.split())


def _pieces(hit_text: str) -> list[str]:
    pieces: list[str] = []
    for chunk in _ELLIPSIS.split(hit_text):
        pieces.extend(p for p in (_norm(s) for s in _SENTENCE_END.split(chunk)) if p)
    return pieces


def matches(hit_text: str, sentence: str) -> bool:
    """True if the hit shows the expected sentence (whole, or a trimmed part of it)."""
    target = _norm(sentence)
    whole = _norm(_ELLIPSIS.sub(" ", hit_text))
    if target in whole:
        return True
    # A trimmed piece counts only if it is a substantial part of the sentence, so a
    # stray "So." cannot match.
    need = min(len(target), 30)
    return any(len(p) >= need and p in target for p in _pieces(hit_text))


def rank_of(hits: list[dict], event_id: str, sentence: str) -> int | None:
    for rank, hit in enumerate(hits, 1):
        if hit.get("event_id") == event_id and matches(hit.get("text", ""), sentence):
            return rank
    return None


def run_search(queries: list[str]) -> list[dict]:
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
        f.write("\n".join(queries) + "\n")
        batch = f.name
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "tui", "search", "--batch", batch, "--json", "--limit", str(LIMIT)],
            cwd=REPO, capture_output=True, text=True, encoding="utf-8", check=False,
        )
    finally:
        Path(batch).unlink()
    if proc.returncode != 0:
        sys.exit(f"search failed ({proc.returncode}): {proc.stderr.strip()}")
    results = [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]
    if len(results) != len(queries):
        sys.exit(f"expected {len(queries)} result lines, got {len(results)}")
    for query, result in zip(queries, results):
        if result.get("query") != query:
            sys.exit(f"result out of order: {result.get('query')!r} != {query!r}")
    return results


def main() -> int:
    rows = [json.loads(l) for l in (HERE / "quotes.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    results = run_search([r["query"] for r in rows])
    by_kind: dict[str, list[int | None]] = defaultdict(list)
    ranks: list[int | None] = []
    misses: list[tuple[dict, int | None, list[dict]]] = []
    for row, result in zip(rows, results):
        rank = rank_of(result["hits"], row["event_id"], row["sentence"])
        ranks.append(rank)
        by_kind[row["kind"]].append(rank)
        if rank != 1:
            misses.append((row, rank, result["hits"]))

    def rates(rs: list[int | None]) -> str:
        top1 = sum(r == 1 for r in rs)
        top10 = sum(r is not None for r in rs)
        return f"top-1 {top1}/{len(rs)} = {top1 / len(rs):6.1%}   top-10 {top10}/{len(rs)} = {top10 / len(rs):6.1%}"

    print(f"{'ALL':17} {rates(ranks)}")
    for kind in sorted(by_kind):
        print(f"{kind:17} {rates(by_kind[kind])}")
    ms = [r.get("elapsed_ms", 0.0) for r in results]
    print(f"elapsed_ms per query: median {sorted(ms)[len(ms) // 2]:.1f}, max {max(ms):.1f}")

    print(f"\n{len(misses)} queries not at rank 1:")
    for row, rank, hits in misses:
        where = f"rank {rank}" if rank else f"not in top {LIMIT}"
        print(f"\n[{row['kind']}] {row['query']!r}  ({where})")
        print(f"  expected ({row['event_id'][:3]}): {row['sentence']}")
        for i, hit in enumerate(hits[:3], 1):
            print(f"  {i}. ({hit.get('event_id', '?')[:3]}, {hit.get('score')}) {_norm(hit.get('text', ''))[:200]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
