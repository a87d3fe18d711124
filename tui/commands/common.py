"""What every command shares: the ``--corpus`` option, loading the corpus with a
progress bar on a terminal, and reporting load problems in one line each."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tui.corpus import Corpus, load_corpus
from tui.resources import SAMPLE_CORPUS
from tui.safety import clean_line

#: Show a progress bar when at least this many files must be parsed.
_PROGRESS_MIN_FILES = 50


def add_corpus_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--corpus", action="append", type=Path, default=argparse.SUPPRESS, metavar="DIR",
        help="a directory (or file) of transcripts; repeatable. Default: the configured "
             "corpus, else the bundled sample",
    )


def default_corpus_dirs() -> list[Path]:
    """The configured corpus directories, else the bundled sample corpus."""
    try:
        from tui.config import load_config
    except ImportError:
        return [SAMPLE_CORPUS]
    config, _warnings = load_config()
    return list(config.corpus_dirs) or [SAMPLE_CORPUS]


def corpus_dirs(args: argparse.Namespace) -> list[Path]:
    return list(getattr(args, "corpus", None) or []) or default_corpus_dirs()


def open_corpus(args: argparse.Namespace) -> Corpus:
    """Load the corpus the arguments name; problems go to stderr, one line each."""
    dirs = corpus_dirs(args)
    if sys.stderr.isatty():
        corpus = _load_with_progress(dirs)
    else:
        corpus = load_corpus(dirs)
    report_problems(corpus)
    return corpus


def report_problems(corpus: Corpus) -> None:
    for problem in corpus.problems:
        print(f"presser: warning: {clean_line(str(problem))}", file=sys.stderr)
    if corpus.problems:
        print(f"presser: {len(corpus.problems)} file(s) skipped or partly read; "
              f"{len(corpus.events)} event(s) loaded", file=sys.stderr)


def fail(message: str, code: int = 1) -> int:
    """Print a one-line error and return the exit code."""
    print(f"presser: error: {clean_line(message)}", file=sys.stderr)
    return code


def _load_with_progress(dirs: list[Path]) -> Corpus:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(TextColumn("loading transcripts"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), transient=True) as bar:
        task = bar.add_task("load", total=None, visible=False)

        def update(done: int, total: int) -> None:
            if total - done >= _PROGRESS_MIN_FILES or bar.tasks[0].visible:
                bar.update(task, completed=done, total=total, visible=True)

        return load_corpus(dirs, progress=update)
