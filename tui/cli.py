"""The ``presser`` command: the reader app by default, and subcommands for scripts.

Each subcommand lives in :mod:`tui.commands` and only the one being run is imported
(its options are added to the parser only then), so ``presser`` starts the app
without paying for the commands, and each command without paying for the others.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from tui import __version__

#: What Presser needs installed (pyproject.toml's dependencies, by import name).
DEPENDENCIES = frozenset({"textual", "rich", "rapidfuzz", "platformdirs", "numpy"})

#: subcommand → (module in tui.commands, one-line help)
COMMANDS: dict[str, tuple[str, str]] = {
    "parse": ("parse", "show how a transcript file is read (--json for the structure)"),
    "list": ("list_events", "list the events in the corpus"),
    "show": ("show", "print an event or one question thread"),
    "search": ("search", "fuzzy-find a remembered quote"),
    "cite": ("cite", "print (or copy) a citation of a turn or sentence"),
    "config": ("config", "where the config file is, and what it says"),
}


def build_parser(selected: str | None = None) -> argparse.ArgumentParser:
    """The argument parser; only the ``selected`` subcommand gets its full options."""
    from tui.commands.common import add_corpus_argument

    parser = argparse.ArgumentParser(
        prog="presser",
        description="A terminal reader for press-conference transcripts. "
                    "Without a command, opens the reader.",
    )
    parser.add_argument("--version", action="version", version=f"presser {__version__}")
    add_corpus_argument(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (module, help_text) in COMMANDS.items():
        command = sub.add_parser(name, help=help_text, description=help_text)
        add_corpus_argument(command)
        if name == selected:
            _module(module).add_arguments(command)
    return parser


def _selected_command(argv: Sequence[str]) -> str | None:
    """The subcommand named in ``argv`` (the first word that is not an option)."""
    skip = False
    for token in argv:
        if skip:
            skip = False
        elif token == "--corpus":
            skip = True
        elif not token.startswith("-"):
            return token if token in COMMANDS else None
    return None


def _module(name: str):
    return importlib.import_module(f"tui.commands.{name}")


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns the exit code (0 ok, 1 failure, 2 bad usage)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        args = build_parser(_selected_command(argv)).parse_args(argv)
        if args.command is None:
            return _run_app(args)
        return int(_module(COMMANDS[args.command][0]).run(args))
    except ModuleNotFoundError as error:
        if error.name not in DEPENDENCIES:
            raise
        # run from a checkout without installing: say so in one line, not a traceback
        print(f"presser: error: the package {error.name!r} is not installed; "
              "install Presser first (see README: pip install .)", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output cut short by `head` or a pager
        sys.stderr.close()
        return 1


def _run_app(args: argparse.Namespace) -> int:
    from tui.app import make_app

    corpus = list(getattr(args, "corpus", None) or []) or None
    make_app(corpus).run()
    return 0
