"""Archive-scale benchmark: cold and warm start, quote-finder latency and recall, memory,
event-list filtering, and `fzf --filter` over the same sentences for comparison.

    python tests/bench/run.py --n 5000 --workdir /tmp/presser-bench

Generates the corpus (tests/bench/generate.py) unless WORKDIR already has it, then runs
each measurement in a fresh process so that start-up, caches and peak memory are
honest. Prints a readable table, then every figure as one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

TYPED = "stoltenberg brussels"  # typed into the event-list filter one key at a time


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))] if ordered else 0.0


def found(hit: dict[str, object], quote: dict[str, str]) -> bool:
    """A hit is right if it is in the quote's event and holds (or is part of) its sentence."""
    text = str(hit["text"])
    return hit["event_id"] == quote["event_id"] and (quote["sentence"] in text or text in quote["sentence"])


def rank_of(hits: list[dict[str, object]], quote: dict[str, str]) -> int | None:
    return next((i for i, hit in enumerate(hits) if found(hit, quote)), None)


def child(mode: str, workdir: Path) -> dict[str, object]:
    """One measured process: ``cold`` (parse + build + queries) or ``warm`` (cache loads)."""
    from tui.corpus import load_corpus
    from tui.search.events import EventFilter
    from tui.search.finder import QuoteFinder
    from tui.transcript.sentences import split_sentences

    figures: dict[str, object] = {}
    started = time.perf_counter()
    corpus = load_corpus([workdir / "corpus"], use_cache=True)
    figures["corpus_s"] = time.perf_counter() - started
    figures["events"] = len(corpus.events)
    figures["load_problems"] = len(corpus.problems)
    finder = QuoteFinder(corpus.events, fingerprint=corpus.fingerprint)
    built = time.perf_counter()
    finder.build()
    figures["index_s"] = time.perf_counter() - built
    figures["total_s"] = time.perf_counter() - started
    figures["index_from_cache"] = finder.loaded_from_cache
    if mode == "cold":
        quotes = [json.loads(line) for line in (workdir / "quotes.jsonl").read_text().splitlines()]
        latencies, ranks = [], []
        for quote in quotes:
            t0 = time.perf_counter()
            hits = finder.search(quote["query"], limit=10)
            latencies.append((time.perf_counter() - t0) * 1000)
            ranks.append(rank_of([h.to_json() for h in hits], quote))
        figures["quotes"] = len(quotes)
        figures["finder_ms_p50"] = statistics.median(latencies)
        figures["finder_ms_p95"] = percentile(latencies, 0.95)
        figures["recall_at_1"] = sum(r == 0 for r in ranks) / len(quotes)
        figures["recall_at_10"] = sum(r is not None for r in ranks) / len(quotes)
        figures["misses"] = [q["query"] for q, r in zip(quotes, ranks) if r is None]
        figures["typing_ms_p95"] = typing_p95(finder, [q["query"] for q in quotes[:3]])
        t0 = time.perf_counter()
        event_filter = EventFilter(corpus.events)  # what the app does once, in a worker, after loading
        figures["filter_prepare_ms"] = (time.perf_counter() - t0) * 1000
        keystrokes = []
        for end in range(1, len(TYPED) + 1):
            t0 = time.perf_counter()
            event_filter(TYPED[:end])
            keystrokes.append((time.perf_counter() - t0) * 1000)
        figures["filter_keystroke_ms_p50"] = statistics.median(keystrokes)
        figures["filter_keystroke_ms_max"] = max(keystrokes)
        count = 0
        with (workdir / "sentences.txt").open("w", encoding="utf-8") as out:
            for event in corpus.events:
                for turn in (*event.statement, *event.turns):
                    for paragraph in turn.paragraphs:
                        for sentence in split_sentences(paragraph):
                            out.write(f"{event.id}\t{sentence}\n")
                            count += 1
        figures["sentences"] = count
    figures["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return figures


def typing_p95(finder: object, queries: list[str]) -> float:
    """p95 time to answer each prefix of ``queries``, as a finder sees them typed."""
    times = []
    for query in queries:
        for end in range(1, len(query) + 1):
            t0 = time.perf_counter()
            finder.search(query[:end], limit=10)  # type: ignore[attr-defined]
            times.append((time.perf_counter() - t0) * 1000)
    return percentile(times, 0.95)


def sample_corpus_typing() -> float:
    """Keystroke latency (p95) of the finder over the bundled sample corpus."""
    from tui.corpus import load_corpus
    from tui.resources import SAMPLE_CORPUS
    from tui.search.finder import QuoteFinder

    with tempfile.TemporaryDirectory() as cache:
        finder = QuoteFinder(load_corpus([SAMPLE_CORPUS], use_cache=False).events, cache_dir=Path(cache))
        finder.build()
        return typing_p95(finder, ["it takes two to tango", "twenty thousand Russians a month dying",
                                   "we cannot be naive about China", "@rutte the meat grinder has to stop"])


def run_child(mode: str, workdir: Path, cache: Path) -> dict[str, object]:
    env = dict(os.environ, PRESSER_CACHE_DIR=str(cache), PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, __file__, "--child", mode, "--workdir", str(workdir)],
                         env=env, check=True, capture_output=True, text=True)
    return json.loads(out.stdout)


def cli_first_answer(workdir: Path, cache: Path, query: str) -> float:
    """Seconds from starting `presser search` to its answer (warm caches)."""
    env = dict(os.environ, PRESSER_CACHE_DIR=str(cache), PYTHONPATH=str(ROOT))
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "tui", "search", query, "--json", "--corpus", str(workdir / "corpus")],
                   env=env, check=True, capture_output=True)
    return time.perf_counter() - t0


def fzf_figures(workdir: Path, limit: int) -> dict[str, object]:
    """`fzf --filter` over the sentences, one per line (event id, tab, sentence)."""
    fzf = shutil.which("fzf")
    if fzf is None:
        return {"fzf": "not installed (apt-get install -y fzf); skipped"}
    quotes = [json.loads(line) for line in (workdir / "quotes.jsonl").read_text().splitlines()][:limit]
    latencies, ranks = [], []
    with (workdir / "sentences.txt").open("rb") as source:
        for quote in quotes:
            source.seek(0)
            t0 = time.perf_counter()
            out = subprocess.run([fzf, "--filter", quote["query"], "--delimiter", "\t", "--nth", "2.."],
                                 stdin=source, capture_output=True, text=True)
            latencies.append((time.perf_counter() - t0) * 1000)
            hits = []
            for line in out.stdout.splitlines()[:10]:
                event_id, _, text = line.partition("\t")
                hits.append({"event_id": event_id, "text": text})
            ranks.append(rank_of(hits, quote))
    return {"fzf_quotes": len(quotes), "fzf_ms_p50": statistics.median(latencies),
            "fzf_ms_p95": percentile(latencies, 0.95),
            "fzf_recall_at_1": sum(r == 0 for r in ranks) / len(quotes),
            "fzf_recall_at_10": sum(r is not None for r in ranks) / len(quotes)}


def table(fig: dict[str, object]) -> str:
    def f(key: str, fmt: str = "{:.2f}") -> str:
        value = fig.get(key)
        return fmt.format(value) if isinstance(value, (int, float)) else str(value)

    rows = [
        ("events / sentences", f"{fig['events']} / {fig['sentences']}", ""),
        ("cold start: parse + index", f"{f('cold_total_s')} s (parse {f('cold_corpus_s')} s, index {f('cold_index_s')} s)", "≤ 60 s"),
        ("warm start: corpus + index loaded", f"{f('warm_total_s')} s (corpus {f('warm_corpus_s')} s, index {f('warm_index_s')} s)", "≤ 2 s"),
        ("warm `presser search` process, start to answer", f"{f('cli_first_answer_s')} s", "≤ 2 s"),
        ("finder latency p50 / p95", f"{f('finder_ms_p50', '{:.1f}')} / {f('finder_ms_p95', '{:.1f}')} ms", "p95 ≤ 25 ms"),
        ("finder while typing (every prefix), p95", f"{f('typing_ms_p95', '{:.1f}')} ms", "≤ 25 ms"),
        ("same on the 5-file sample corpus, p95", f"{f('sample_typing_ms_p95', '{:.1f}')} ms", "< 30 ms"),
        ("finder recall @1 / @10", f"{f('recall_at_1')} / {f('recall_at_10')}", "≥ .85 / ≥ .97"),
        ("fzf --filter latency p50 / p95", f"{f('fzf_ms_p50', '{:.0f}')} / {f('fzf_ms_p95', '{:.0f}')} ms", ""),
        ("fzf recall @1 / @10", f"{f('fzf_recall_at_1')} / {f('fzf_recall_at_10')}", ""),
        ("fzf / finder latency (p50)", f"{f('fzf_latency_ratio', '{:.0f}')}×", ""),
        ("peak RSS cold / warm", f"{f('cold_peak_rss_mb', '{:.0f}')} / {f('warm_peak_rss_mb', '{:.0f}')} MB", "≤ 1,500 MB"),
        ("event filter: prepare once / key p50 / key max",
         f"{f('filter_prepare_ms', '{:.0f}')} / {f('filter_keystroke_ms_p50', '{:.1f}')} / {f('filter_keystroke_ms_max', '{:.1f}')} ms", "key ≤ 50 ms"),
    ]
    width = max(len(r[0]) for r in rows)
    return "\n".join(f"{name:<{width}}  {value:<52} {target}" for name, value, target in rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=500, help="events to generate (5000 ≈ 1M sentences)")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/presser-bench"))
    parser.add_argument("--fzf-queries", type=int, default=40, help="quotes to run through fzf (it is slow)")
    parser.add_argument("--child", choices=["cold", "warm"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.workdir)))
        return 0
    corpus_dir = args.workdir / "corpus"
    if not corpus_dir.is_dir() or len(list(corpus_dir.glob("*.txt"))) != args.n:
        shutil.rmtree(args.workdir, ignore_errors=True)
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from generate import generate
        generate(args.n, args.workdir)
    with tempfile.TemporaryDirectory(prefix="presser-bench-cache-") as cache_name:
        cache = Path(cache_name)
        cold = run_child("cold", args.workdir, cache)
        warm = run_child("warm", args.workdir, cache)
        quote = json.loads((args.workdir / "quotes.jsonl").read_text().splitlines()[0])["query"]
        cli = cli_first_answer(args.workdir, cache, quote)
    figures: dict[str, object] = {"n": args.n, "events": cold["events"], "sentences": cold["sentences"]}
    figures.update({f"cold_{k}": v for k, v in cold.items() if k.endswith(("_s", "_mb"))})
    figures.update({f"warm_{k}": v for k, v in warm.items() if k.endswith(("_s", "_mb"))})
    figures["warm_index_from_cache"] = warm["index_from_cache"]
    figures["cli_first_answer_s"] = cli
    figures["typing_ms_p95"] = cold["typing_ms_p95"]
    figures["sample_typing_ms_p95"] = sample_corpus_typing()
    for key in ("quotes", "finder_ms_p50", "finder_ms_p95", "recall_at_1", "recall_at_10", "misses",
                "filter_prepare_ms", "filter_keystroke_ms_p50", "filter_keystroke_ms_max", "load_problems"):
        figures[key] = cold[key]
    figures.update(fzf_figures(args.workdir, args.fzf_queries))
    if isinstance(figures.get("fzf_ms_p50"), float):
        figures["fzf_latency_ratio"] = figures["fzf_ms_p50"] / max(1e-9, float(figures["finder_ms_p50"]))
    print(table(figures))
    print(json.dumps(figures, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
