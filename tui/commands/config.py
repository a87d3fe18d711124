"""`presser config path|show`: where the config file is, and what Presser makes of it."""

from __future__ import annotations

import argparse
import sys

from tui.config import config_path, dump_config, load_config
from tui.safety import clean_line


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the two actions."""
    parser.description = "Locate or inspect the config file (TOML, edited by hand)."
    actions = parser.add_subparsers(dest="config_action", metavar="ACTION", required=True)
    actions.add_parser("path", help="print the config file's path (it need not exist yet)")
    actions.add_parser(
        "show", help="print the effective config as TOML (defaults filled in); what was ignored goes to stderr"
    )


def run(args: argparse.Namespace) -> int:
    """Print the path, or the effective config and its warnings."""
    path = config_path()
    if args.config_action == "path":
        print(path)
        return 0
    config, warnings = load_config(path)
    note = "" if path.is_file() else " (not there: all defaults)"
    print(f"# {clean_line(str(path))}{note}")
    print(dump_config(config), end="")
    for warning in warnings:
        print(f"presser: warning: {clean_line(warning)}", file=sys.stderr)
    return 0
