"""The config file: read what is valid, report and ignore what is not, keep a copy of
a file that could not be read, never stop."""

from __future__ import annotations

import argparse
import os
import tomllib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.config import DEFAULT_THEME, Config, config_path, dump_config, load_config


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


def copies(path: Path) -> list[Path]:
    return sorted(path.parent.glob(path.name + ".corrupt-*"))


def test_config_path_follows_the_config_dir(isolated_dirs: Path) -> None:
    assert config_path() == isolated_dirs / "config" / "config.toml"


def test_missing_file_gives_defaults_silently() -> None:
    config, warnings = load_config()
    assert config == Config() and warnings == []
    assert config.theme == DEFAULT_THEME and config.citation_style == "plain" and config.corpus_dirs == []


def test_valid_file(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    path = write(
        config_path(),
        'corpus_dirs = ["~/nato", "relative/dir", "/abs/dir"]\n'
        'theme = "nord"  # a comment\n'
        'citation_style = "chicago"\n'
        "compact_layout = true\n",
    )
    config, warnings = load_config()
    assert warnings == []
    assert config == Config(
        corpus_dirs=[tmp_path / "home" / "nato", path.parent / "relative" / "dir", Path("/abs/dir")],
        theme="nord",
        citation_style="chicago",
        compact_layout=True,
    )


def test_single_corpus_dir_string_and_auto_layout() -> None:
    write(config_path(), 'corpus_dirs = "/data/transcripts"\ncompact_layout = "auto"\n')
    config, warnings = load_config()
    assert warnings == [] and config.corpus_dirs == [Path("/data/transcripts")] and config.compact_layout is None


def test_corrupt_toml_gives_defaults_a_warning_and_a_copy() -> None:
    original = 'theme = "nord"\nthis is not toml ][\n'
    path = write(config_path(), original)
    config, warnings = load_config()
    assert config == Config()
    assert len(warnings) == 1 and str(path) in warnings[0] and "not valid TOML" in warnings[0]
    kept = copies(path)
    assert len(kept) == 1 and kept[0].read_text() == original
    assert kept[0].name in warnings[0]
    assert path.read_text() == original  # the user's file is left for them to fix
    # starting again does not pile up identical copies
    assert load_config()[1] == warnings
    assert copies(path) == kept


def test_truncated_toml() -> None:
    path = write(config_path(), 'citation_style = "apa"\ntheme = "textual-li')
    config, warnings = load_config()
    assert config == Config() and len(warnings) == 1 and str(path) in warnings[0]
    assert copies(path)[0].read_text() == 'citation_style = "apa"\ntheme = "textual-li'


def test_undecodable_bytes() -> None:
    path = write(config_path(), b'theme = "caf\xe9"\n')
    config, warnings = load_config()
    assert config == Config() and "not UTF-8" in warnings[0]
    assert copies(path)[0].read_bytes() == b'theme = "caf\xe9"\n'


def test_wrong_types_ignore_only_that_key() -> None:
    path = write(
        config_path(),
        'theme = 3\ncitation_style = "harvard"\ncompact_layout = "yes"\ncorpus_dirs = [1, 2]\n'
        'unknown = 1\n[section]\nkey = "x"\n',
    )
    config, warnings = load_config()
    assert config == Config()
    assert len(warnings) == 6
    assert all(w.startswith(f"{path}: ") for w in warnings)
    text = "\n".join(warnings)
    assert "theme must be a theme name (a string), not an integer" in text
    assert "citation_style 'harvard' is not a style (one of: plain, markdown," in text
    assert 'compact_layout must be true, false or "auto", not a string' in text
    assert "corpus_dirs must be an array of directory paths, not an array" in text
    assert "unknown key 'unknown' ignored" in text and "unknown key 'section' ignored" in text
    assert copies(path) == []  # nothing was unreadable: the file is only partly ignored


def test_good_keys_survive_a_bad_one() -> None:
    write(config_path(), 'theme = "nord"\ncitation_style = 7\n')
    config, warnings = load_config()
    assert config.theme == "nord" and config.citation_style == "plain" and len(warnings) == 1


def test_a_directory_in_place_of_the_file() -> None:
    path = config_path()
    path.mkdir(parents=True)
    config, warnings = load_config()
    assert config == Config() and len(warnings) == 1 and str(path) in warnings[0]
    assert not path.exists()  # moved aside (it could not be copied)
    assert copies(path)[0].is_dir()


def test_huge_file_is_not_read(monkeypatch) -> None:
    monkeypatch.setattr("tui.storage.MAX_BYTES", 100)
    path = write(config_path(), "# " + "x" * 200 + "\n")
    config, warnings = load_config()
    assert config == Config() and "larger than" in warnings[0]
    assert not path.exists() and copies(path)  # too big to copy whole: moved aside


def test_a_fifo_in_place_of_the_file_does_not_hang() -> None:
    path = config_path()
    path.parent.mkdir(parents=True)
    os.mkfifo(path)
    config, warnings = load_config()
    assert config == Config() and "not a regular file" in warnings[0] and "moved it to" in warnings[0]
    write(path, "broken = ")
    config, warnings = load_config()  # a FIFO among the kept copies is not read either
    assert config == Config() and "a copy is kept" in warnings[0] and len(copies(path)) == 2


def test_explicit_path(tmp_path: Path) -> None:
    path = write(tmp_path / "elsewhere.toml", 'theme = "gruvbox"\n')
    assert load_config(path)[0].theme == "gruvbox"


paths = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1).filter(lambda s: s.strip())


@settings(max_examples=60, deadline=None)
@given(
    dirs=st.lists(paths, max_size=3),
    theme=paths,
    style=st.sampled_from(["plain", "apa", "csl-json"]),
    compact=st.sampled_from([True, False, None]),
)
def test_dump_reads_back_identically(dirs: list[str], theme: str, style: str, compact: bool | None) -> None:
    base = Path(os.sep, "cfg")
    config = Config([base / d for d in dirs], theme.strip(), style, compact)
    path = config_path()
    write(path, dump_config(config))
    loaded, warnings = load_config(path)
    assert warnings == []
    assert loaded == config


# --- `presser config` ----------------------------------------------------------------------


def run_config(argv: list[str]) -> int:
    from tui.commands import config as command

    parser = argparse.ArgumentParser(prog="presser config")
    command.add_arguments(parser)
    return command.run(parser.parse_args(argv))


def test_config_path_command(capsys) -> None:
    assert run_config(["path"]) == 0
    assert capsys.readouterr().out == f"{config_path()}\n"


def test_config_show_without_a_file(capsys) -> None:
    assert run_config(["show"]) == 0
    out, err = capsys.readouterr()
    assert out.splitlines()[0] == f"# {config_path()} (not there: all defaults)"
    assert tomllib.loads(out) == {
        "corpus_dirs": [],
        "theme": DEFAULT_THEME,
        "citation_style": "plain",
        "compact_layout": "auto",
    }
    assert err == ""


def test_config_show_with_problems(capsys) -> None:
    write(config_path(), 'theme = "nord"\ncompact_layout = 1\ncolour = "red"\n')
    assert run_config(["show"]) == 0
    out, err = capsys.readouterr()
    assert out.splitlines()[0] == f"# {config_path()}"
    shown = tomllib.loads(out)
    assert shown["theme"] == "nord" and shown["compact_layout"] == "auto"
    lines = err.splitlines()
    assert len(lines) == 2 and all(line.startswith("presser: warning: ") for line in lines)
    assert "compact_layout" in lines[0] and "'colour'" in lines[1]


def test_config_needs_an_action(capsys) -> None:
    with pytest.raises(SystemExit) as exit_:
        run_config([])
    assert exit_.value.code == 2
