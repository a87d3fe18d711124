"""``presser search QUERY`` and ``presser search --batch FILE``: find remembered quotes.

The index is loaded from the cache when it is valid (built and saved otherwise), once
per run, so a batch of queries pays for it once.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from tui.commands.common import fail, open_corpus
from tui.safety import clean_line
from tui.search.finder import Hit, QuoteFinder


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("query", nargs="?", help='the quote as you remember it ("@name …" limits it to a speaker)')
    parser.add_argument("--limit", type=int, default=10, metavar="N", help="how many results (default 10)")
    parser.add_argument("--speaker", metavar="NAME", help="only sentences by this speaker (fuzzy)")
    parser.add_argument("--event", metavar="ID", help="only this event (id, unique id prefix or date)")
    parser.add_argument("--batch", type=Path, metavar="FILE",
                        help="one query per line; prints one JSON line per query (with --json)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a readable list")


def run(args: argparse.Namespace) -> int:
    if (args.query is None) == (args.batch is None):
        return fail("give a QUERY or --batch FILE (not both)", 2)
    if args.batch is not None and not args.json:
        return fail("--batch prints JSON lines; add --json", 2)
    if args.limit < 1:
        return fail("--limit must be at least 1", 2)
    queries = [args.query] if args.query is not None else _read_batch(args.batch)
    if queries is None:
        return 1
    corpus = open_corpus(args)
    event_id = None
    if args.event:
        try:
            event_id = corpus.event(args.event).id
        except LookupError as error:
            return fail(str(error), 2)
    finder = QuoteFinder(corpus.events, fingerprint=corpus.fingerprint or None)
    finder.build()
    if args.speaker and not finder.matching_speakers(args.speaker):
        return fail(f"no speaker matches {args.speaker!r}", 2)
    for query in queries:
        speaker = args.speaker
        if speaker is None:
            query, speaker = finder.parse_scope(query)
        started = time.perf_counter()
        hits = finder.search(query, limit=args.limit, speaker=speaker, event_id=event_id)
        elapsed = (time.perf_counter() - started) * 1000
        if args.json:
            print(json.dumps({"query": query, "elapsed_ms": round(elapsed, 2),
                              "hits": [hit.to_json() for hit in hits]}, ensure_ascii=False), flush=True)
        else:
            _print_hits(query, hits)
    return 0


def _read_batch(path: Path) -> list[str] | None:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as error:
        fail(f"{path}: {(error.strerror or str(error)).lower()}")
        return None
    return [line.strip() for line in text.splitlines() if line.strip()]


def _print_hits(query: str, hits: list[Hit]) -> None:
    """A readable list: built from Text objects, so transcript text is never markup."""
    from rich.console import Console
    from rich.text import Text

    console = Console(highlight=False)
    if not hits:
        console.print(Text(f"No quote found for {clean_line(query)!r}.", style="dim"))
        return
    for rank, hit in enumerate(hits, 1):
        where = "statement" if hit.part == "statement" else f"turn {hit.turn}"
        head = Text(f"{rank:>2}. ", style="bold")
        head.append(clean_line(hit.speaker), style="bold")
        head.append(f"  {hit.date.isoformat() if hit.date else 'undated'}  ", style="cyan")
        head.append(clean_line(hit.event_title or hit.event_id))
        head.append(f"  [{clean_line(hit.event_id)} {where}, ¶{hit.paragraph + 1}]  {hit.score:.0f}", style="dim")
        body = Text("    ")
        text = clean_line(hit.text)
        cursor = 0
        for start, end in hit.highlights if len(text) == len(hit.text) else []:
            body.append(text[cursor:start])
            body.append(text[start:end], style="bold yellow")
            cursor = end
        body.append(text[cursor:])
        console.print(head)
        console.print(body)
