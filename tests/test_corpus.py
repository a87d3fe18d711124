"""Loading a corpus: bad files are reported and skipped, the parse cache is used only
when it is valid, sidecar metadata applies, and events are found by id or date."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

import tui.corpus as corpus_module
import tui.parse_cache as parse_cache
from tui.corpus import load_corpus
from tui.paths import cache_dir
from tui.resources import SAMPLE_CORPUS

TRANSCRIPT = "Good afternoon.\n\nQ: Is it ready?\n\nA: It is ready, and we are proud of it.\n"


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    directory = tmp_path / "corpus"
    directory.mkdir()
    for i in range(3):
        (directory / f"2024-0{i + 1}-01_event.txt").write_text(TRANSCRIPT.replace("ready", f"ready {i}"))
    return directory


@pytest.fixture
def count_parses(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    parsed: list[Path] = []
    real = corpus_module.load_file

    def counting(path: Path):
        parsed.append(path)
        return real(path)

    monkeypatch.setattr(corpus_module, "load_file", counting)
    return parsed


def test_bad_files_are_reported_and_the_rest_load(corpus_dir: Path) -> None:
    (corpus_dir / "empty.txt").write_text("")
    (corpus_dir / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 10)
    (corpus_dir / "dir.txt").mkdir()
    os.mkfifo(corpus_dir / "fifo.txt")
    (corpus_dir / "loop.txt").symlink_to(corpus_dir / "loop.txt")
    (corpus_dir / "subdir").mkdir()
    (corpus_dir / "subdir" / "link-up").symlink_to(corpus_dir)  # a directory loop: not followed
    (corpus_dir / "notes.md").write_text("not a transcript")
    corpus = load_corpus([corpus_dir])
    assert len(corpus.events) == 3
    messages = {Path(p.path).name: p.message for p in corpus.problems}
    assert set(messages) == {"empty.txt", "binary.txt", "dir.txt", "fifo.txt", "loop.txt"}
    assert "empty" in messages["empty.txt"] and "binary" in messages["binary.txt"]
    assert all("\n" not in str(p) and str(p).startswith(str(corpus_dir)) for p in corpus.problems)


def test_a_file_that_vanishes_between_listing_and_reading(corpus_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = corpus_module.read_transcript

    def vanish(path: Path, **kwargs):
        if path.name.startswith("2024-02"):
            path.unlink()
        return real(path, **kwargs)

    monkeypatch.setattr(corpus_module, "read_transcript", vanish)
    corpus = load_corpus([corpus_dir])
    assert len(corpus.events) == 2
    assert [p.message for p in corpus.problems] == ["no such file or directory"]


def test_missing_directory_is_one_problem(tmp_path: Path) -> None:
    corpus = load_corpus([tmp_path / "nowhere"])
    assert corpus.events == [] and len(corpus.problems) == 1


def test_cache_is_used_when_valid(corpus_dir: Path, count_parses: list[Path]) -> None:
    first = load_corpus([corpus_dir])
    assert len(count_parses) == 3
    second = load_corpus([corpus_dir])
    assert len(count_parses) == 3, "a valid cache must not be re-parsed"
    assert [e.turns[0].text for e in second.events] == [e.turns[0].text for e in first.events]


def test_changed_and_new_files_are_reparsed(corpus_dir: Path, count_parses: list[Path]) -> None:
    load_corpus([corpus_dir])
    changed = corpus_dir / "2024-01-01_event.txt"
    changed.write_text(TRANSCRIPT.replace("ready", "changed and longer"))
    (corpus_dir / "2024-09-09_new.txt").write_text(TRANSCRIPT)
    count_parses.clear()
    corpus = load_corpus([corpus_dir])
    assert sorted(p.name for p in count_parses) == ["2024-01-01_event.txt", "2024-09-09_new.txt"]
    assert "changed and longer" in corpus.event("2024-01-01_event").turns[0].text


def test_a_new_parser_version_ignores_the_cache(corpus_dir: Path, count_parses: list[Path],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    load_corpus([corpus_dir])
    monkeypatch.setattr(parse_cache, "PARSER_VERSION", parse_cache.PARSER_VERSION + 1)
    count_parses.clear()
    load_corpus([corpus_dir])
    assert len(count_parses) == 3


@pytest.mark.parametrize("damage", ["truncate", "flip", "garbage", "wrong-shape"])
def test_a_damaged_cache_is_rebuilt_not_trusted(corpus_dir: Path, count_parses: list[Path], damage: str) -> None:
    load_corpus([corpus_dir])
    [cache_file] = (cache_dir() / "parse").glob("*.json")
    data = cache_file.read_bytes()
    if damage == "truncate":
        cache_file.write_bytes(data[: len(data) // 2])
    elif damage == "flip":
        cache_file.write_bytes(data.replace(b"ready 1", b"READY 1"))
    elif damage == "garbage":
        cache_file.write_bytes(os.urandom(500))
    else:
        import json
        import zlib

        payload = json.dumps({"2024-01-01_event.txt": [1, 2, ["not", "an", "event"]]}).encode()
        head = {"format": parse_cache.CACHE_FORMAT, "parser": parse_cache.PARSER_VERSION,
                "crc32": zlib.crc32(payload), "length": len(payload)}
        cache_file.write_bytes(json.dumps(head).encode() + b"\n" + payload)
    count_parses.clear()
    corpus = load_corpus([corpus_dir])
    assert len(count_parses) == 3
    assert len(corpus.events) == 3 and not corpus.problems
    assert "ready 1" in corpus.event("2024-02-01_event").turns[0].text


def test_the_cache_key_is_size_and_mtime(corpus_dir: Path, count_parses: list[Path]) -> None:
    load_corpus([corpus_dir])
    path = corpus_dir / "2024-03-01_event.txt"
    stat = path.stat()
    path.write_text(TRANSCRIPT.replace("ready", "ready 9"))  # same size …
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # … and same mtime: unchanged key
    count_parses.clear()
    load_corpus([corpus_dir])
    assert count_parses == []  # size and mtime are the contract; content is not re-read


def test_the_corpus_is_never_written_to(corpus_dir: Path) -> None:
    before = {p: p.stat().st_mtime_ns for p in corpus_dir.iterdir()}
    load_corpus([corpus_dir])
    load_corpus([corpus_dir])
    assert {p: p.stat().st_mtime_ns for p in corpus_dir.iterdir()} == before


def test_events_by_id_prefix_and_date(tmp_path: Path) -> None:
    shutil.copytree(SAMPLE_CORPUS, tmp_path / "sample")
    corpus = load_corpus([tmp_path / "sample"])
    assert corpus.event("000_50ebe80c16c47d9e").id == "000_50ebe80c16c47d9e"
    assert corpus.event("004").id == "004_ba8affc4038749a9"
    assert corpus.event("2026-02-03").id == "002_860bc5c4c8bd8598"
    with pytest.raises(LookupError, match="matches 5 events"):
        corpus.event("00")
    with pytest.raises(LookupError, match="no event"):
        corpus.event("zzz")


def test_sidecar_metadata_and_its_problems(corpus_dir: Path) -> None:
    (corpus_dir / "presser.toml").write_text(
        '[events."2024-01-01_event"]\ntitle = "Doorstep [bold]x[/bold]"\ndate = 2023-05-06\n'
        'colour = "red"\n[events."2024-02-01_event"]\ndate = "soon"\n'
    )
    (corpus_dir / "2024-03-01_event.toml").write_text("title = \n")  # broken TOML
    corpus = load_corpus([corpus_dir])
    event = corpus.event("2024-01-01_event")
    assert event.title == "Doorstep [bold]x[/bold]" and event.date.isoformat() == "2023-05-06"
    assert corpus.event("2024-02-01_event").date.isoformat() == "2024-02-01"  # from the file name
    problems = " | ".join(str(p) for p in corpus.problems)
    assert "colour" in problems and "not a date" in problems and "2024-03-01_event.toml" in problems
    assert len(corpus.events) == 3


def test_parallel_parsing_gives_the_same_events(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    directory = tmp_path / "many"
    directory.mkdir()
    for i in range(12):
        shutil.copy(SAMPLE_CORPUS / "004_ba8affc4038749a9.txt", directory / f"copy{i:02}.txt")
    monkeypatch.setattr(corpus_module, "PARALLEL_THRESHOLD", 4)
    calls: list[tuple[int, int]] = []
    parallel = load_corpus([directory], use_cache=False, workers=2, progress=lambda d, t: calls.append((d, t)))
    serial = load_corpus([directory], use_cache=False, workers=1)
    assert [e.id for e in parallel.events] == [e.id for e in serial.events]
    assert [len(e.turns) for e in parallel.events] == [52] * 12
    assert calls[-1] == (12, 12)


def test_the_fingerprint_changes_with_any_file_and_only_then(corpus_dir: Path) -> None:
    first = load_corpus([corpus_dir]).fingerprint
    assert first and load_corpus([corpus_dir]).fingerprint == first
    path = corpus_dir / "2024-02-01_event.txt"
    path.write_text(path.read_text() + "\nQ: One more?\n")
    second = load_corpus([corpus_dir]).fingerprint
    assert second != first
    (corpus_dir / "2024-05-05_new.txt").write_text(TRANSCRIPT)
    assert load_corpus([corpus_dir]).fingerprint not in (first, second)
