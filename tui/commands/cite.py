"""`presser cite EVENT TURN`: print a citation of a turn or one of its sentences, and
optionally copy it, for scripts and for people who live in a shell."""

from __future__ import annotations

import argparse
import base64
import sys
from collections.abc import Callable
from typing import TextIO

from tui.cite import STYLES, format_citation, quote_for
from tui.clipboard import copy_text
from tui.config import load_config
from tui.safety import clean_line

TURN_HELP = (
    "which turn: its number in the event, counting from 0 after the opening statement "
    "(the turn numbers `presser search` reports), or `s` / `statement` for the opening "
    "statement (`s1` for its second turn, if it has several)"
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare EVENT, TURN and the options."""
    parser.description = "Print a citation of what someone said at an event."
    parser.add_argument("event", metavar="EVENT", help="event id, unique id prefix, or date (YYYY-MM-DD)")
    parser.add_argument("turn", metavar="TURN", type=parse_turn, help=TURN_HELP)
    parser.add_argument(
        "--sentence", metavar="N", type=_sentence_number, help="cite only sentence N of the turn (from 0)"
    )
    parser.add_argument(
        "--style",
        choices=list(STYLES),
        help="citation style (default: citation_style in your config, else plain)",
    )
    parser.add_argument(
        "--copy",
        action="store_true",
        help="also copy it: OSC 52 when stdout is a terminal, and locally pbcopy, wl-copy, "
        "xclip, xsel or clip.exe; the route used is reported on stderr",
    )


def parse_turn(text: str) -> tuple[str, int]:
    """``"12"`` → ``("turns", 12)``; ``"s"``, ``"statement"`` → ``("statement", 0)``; ``"s1"`` → ``("statement", 1)``."""
    word = text.strip().lower()
    if word in ("s", "statement"):
        return "statement", 0
    if word.startswith("s") and word[1:].isdigit():
        return "statement", int(word[1:])
    if word.isdigit():
        return "turns", int(word)
    raise argparse.ArgumentTypeError(f"{text!r} is not a turn: give a number (12) or s, s1, statement")


def _sentence_number(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"{text!r} is not a sentence number (0, 1, 2, ...)")
    return int(text)


def run(args: argparse.Namespace) -> int:
    """Print the citation; with --copy, copy it and say how on stderr."""
    from tui.commands.common import fail, open_corpus  # the corpus loader is only needed here

    style = args.style
    if style is None:
        config, warnings = load_config()
        for warning in warnings:
            print(f"presser: warning: {clean_line(warning)}", file=sys.stderr)
        style = config.citation_style
    corpus = open_corpus(args)
    part, index = args.turn
    try:
        event = corpus.event(args.event)
    except LookupError as exc:
        return fail(str(exc))
    try:
        quote = quote_for(event, part, index, sentence=args.sentence)
    except LookupError as exc:
        return fail(f"{event.source or event.id}: {exc}")
    citation = format_citation(quote, style)
    print(citation)
    if not args.copy:
        return 0
    sys.stdout.flush()
    result = copy_text(citation, osc52=osc52_writer(sys.stdout))
    print(f"presser: {result.message}", file=sys.stderr)
    return 0 if result.ok else 1


def osc52_writer(stream: TextIO) -> Callable[[str], None] | None:
    """A function sending text to the terminal's clipboard via ``stream``, if it is a terminal.

    Redirected output gets no escape sequence: it would end up in a file or a pipe.
    """
    if not stream.isatty():
        return None

    def write(text: str) -> None:
        payload = base64.b64encode(text.encode("utf-8")).decode("ascii")
        stream.write(f"\x1b]52;c;{payload}\x07")
        stream.flush()

    return write
