"""``presser list [--json]``: the corpus's events, newest first."""

from __future__ import annotations

import argparse
import json

from tui.commands.common import open_corpus


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="one JSON array of events")


def run(args: argparse.Namespace) -> int:
    corpus = open_corpus(args)
    if args.json:
        rows = [
            {"id": e.id, "date": e.date.isoformat() if e.date else None, "kind": e.kind, "title": e.title,
             "place": e.place, "questions": len(e.threads), "url": e.url, "source": e.source}
            for e in corpus.events
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    from rich.console import Console

    from tui.commands.render import events_table

    Console(highlight=False).print(events_table(corpus.events))
    return 0
