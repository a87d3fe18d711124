"""The ``presser`` command as a user runs it: output, exit codes, one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tui.resources import SAMPLE_CORPUS

ROOT = Path(__file__).resolve().parent.parent


def presser(*args: str, input_env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "100", **(input_env or {})}
    return subprocess.run([sys.executable, "-m", "tui", *args], capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=120)


def test_parse_json_has_the_documented_shape() -> None:
    result = presser("parse", str(SAMPLE_CORPUS / "003_c434d9e4efbb720b.txt"), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert {"title", "date", "place", "kind", "url", "statement", "turns", "threads"} <= set(data)
    assert data["date"] == "2026-02-11"
    assert set(data["statement"][0]) >= {"speaker", "text"}
    assert set(data["turns"][0]) >= {"role", "speaker", "affiliation", "text"}
    assert set(data["threads"][0]) >= {"questioner", "affiliation", "turns"}
    assert data["threads"][6]["questioner"] == "Bjorn Malmquist"


def test_parse_outline_and_errors(tmp_path: Path) -> None:
    result = presser("parse", str(SAMPLE_CORPUS / "001_edbcc74312db812b.txt"))
    assert result.returncode == 0 and "Reporter" in result.stdout
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = presser("parse", str(empty))
    assert result.returncode == 1
    assert result.stderr.strip() == f"presser: error: {empty}: empty file"
    assert presser("parse").returncode == 2


def test_list_and_show() -> None:
    listing = presser("list", "--json")
    events = json.loads(listing.stdout)
    assert [e["id"][:3] for e in events] == ["003", "002", "001", "000", "004"]
    assert events[0]["questions"] == 16
    table = presser("list")
    assert "2025-12-02" in table.stdout and "003_c434d9e4efbb720b" in table.stdout

    shown = presser("show", "003", "--thread", "7")
    assert shown.returncode == 0
    assert "Bjorn Malmquist" in shown.stdout and "You will accept that I cannot tell you" in shown.stdout
    assert "\x1b" not in shown.stdout  # a pipe gets plain text

    assert presser("show", "2026-02-03").returncode == 0
    missing = presser("show", "nope")
    assert missing.returncode == 1 and missing.stderr.count("\n") == 1
    assert presser("show", "003", "--thread", "99").returncode == 2


def test_show_prints_markup_and_escapes_inertly(tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "evil.txt").write_text(
        "Q: [bold red]boo[/] [link=file:///etc/passwd]x[/link] \x1b]52;c;aGk=\x07 \x1b[2J now?\n"
        "A: [@click=app.quit]x[/] and \u202eevil.\n"
    )
    result = presser("show", "evil", "--corpus", str(corpus), input_env={"FORCE_COLOR": "1"})
    assert result.returncode == 0, result.stderr
    assert "[bold red]boo[/]" in result.stdout and "[@click=app.quit]x[/]" in result.stdout
    assert "]52;" not in result.stdout and "[2J" not in result.stdout and "\u202e" not in result.stdout
    assert "file:///etc/passwd" in result.stdout  # as text, not as a link
    assert "\x1b]8;" not in result.stdout


def test_directory_with_bad_files_reports_and_loads_the_rest(tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "good.txt").write_text("Q: Why?\nA: Because it matters to all of us here today.\n")
    (corpus / "bad.txt").write_bytes(b"\x00\x01")
    result = presser("list", "--json", "--corpus", str(corpus))
    assert result.returncode == 0
    assert [e["id"] for e in json.loads(result.stdout)] == ["good"]
    assert f"{corpus / 'bad.txt'}: binary file" in result.stderr
    assert "1 file(s) skipped" in result.stderr


def test_a_url_that_is_not_style_syntax_is_shown_as_text(tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "e.txt").write_text("Q: Why?\nA: Because it matters to all of us here today.\n")
    (corpus / "e.toml").write_text('url = "https://example.org/a b [bold] on red"\n')
    result = presser("show", "e", "--corpus", str(corpus))
    assert result.returncode == 0, result.stderr
    assert "https://example.org/a b [bold] on red" in " ".join(result.stdout.split())


def test_a_missing_dependency_is_one_line_not_a_traceback() -> None:
    """As when run from a checkout with a Python that lacks the dependencies."""
    code = ("import sys; sys.modules['platformdirs'] = None; "  # makes `import platformdirs` fail
            "from tui.cli import main; sys.exit(main(['list']))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "presser: error: the package 'platformdirs' is not installed; install Presser first (see README: pip install .)"]
