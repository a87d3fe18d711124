"""``presser show EVENT [--thread N]``: an event, or one question thread, formatted."""

from __future__ import annotations

import argparse

from tui.commands.common import fail, open_corpus


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("event", help="event id, unique id prefix, or date (YYYY-MM-DD)")
    parser.add_argument("--thread", type=int, metavar="N", help="only question thread N (1-based)")


def run(args: argparse.Namespace) -> int:
    corpus = open_corpus(args)
    try:
        event = corpus.event(args.event)
    except LookupError as error:
        return fail(str(error))
    from rich.console import Console

    from tui.commands.render import event_header, event_view, thread_block

    console = Console(highlight=False)
    if args.thread is None:
        console.print(event_view(event))
        return 0
    if not 1 <= args.thread <= len(event.threads):
        return fail(f"{event.id} has {len(event.threads)} question threads; there is no thread {args.thread}", 2)
    console.print(event_header(event))
    console.print(thread_block(event, event.threads[args.thread - 1]))
    return 0
