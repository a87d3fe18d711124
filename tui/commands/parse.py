"""``presser parse FILE [--json]``: how Presser reads one transcript."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from tui.commands.common import fail
from tui.corpus import load_file
from tui.sidecar import load_sidecars
from tui.transcript.decode import TranscriptError
from tui.transcript.serialize import event_to_json


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="a transcript file")
    parser.add_argument("--json", action="store_true", help="print the structure as JSON")


def run(args: argparse.Namespace) -> int:
    path: Path = args.file
    try:
        event = load_file(path)
    except TranscriptError as error:
        return fail(f"{path}: {error}")
    sidecars = load_sidecars(path.parent)
    sidecars.apply(event, path)
    event.warnings.extend(f"{p.name}: {m}" for p, m in sidecars.problems)
    if args.json:
        print(json.dumps(event_to_json(event), ensure_ascii=False, indent=1))
        return 0
    from rich.console import Console

    from tui.commands.render import outline

    Console(highlight=False).print(outline(event))
    for warning in event.warnings:
        print(f"presser: warning: {path}: {warning}")
    return 0
