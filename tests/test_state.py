"""Reading state and saved quotes: nothing the user saved is lost — not to a corrupt
or old file, a read-only or full disk, a second instance, or a kill mid-save."""

from __future__ import annotations

import errno
import fcntl
import json
import multiprocessing
import os
import signal
from pathlib import Path

import pytest

from tui.state import STATE_VERSION, SavedQuote, State, load_state, save_state, state_path


def copies(path: Path) -> list[Path]:
    return sorted(path.parent.glob(path.name + ".corrupt-*"))


def temp_files(path: Path) -> list[Path]:
    return sorted(path.parent.glob(f".{path.name}.*.tmp"))


def identities(state: State) -> list[tuple[object, ...]]:
    """The saved quotes, ignoring when they were saved."""
    return [q.identity for q in state.saved_quotes]


def sample_state() -> State:
    state = State(last_event="003_c434d9e4efbb720b", positions={"003_c434d9e4efbb720b": 29, "000": 4})
    state.save_quote("003_c434d9e4efbb720b", "turns", 29, 0, "Yes. You will accept that I cannot tell you everything.")
    state.save_quote("000", "statement", 0, None, "Good afternoon.")
    return state


def test_state_path_follows_the_state_dir(isolated_dirs: Path) -> None:
    assert state_path() == isolated_dirs / "state" / "state.json"


def test_missing_file_gives_defaults_silently() -> None:
    assert load_state() == (State(), [])


def test_round_trip() -> None:
    state = sample_state()
    assert save_state(state) is None
    loaded, warnings = load_state()
    assert warnings == []
    assert loaded.last_event == state.last_event and loaded.positions == state.positions
    assert loaded.saved_quotes == state.saved_quotes
    assert json.loads(state_path().read_text())["version"] == STATE_VERSION


def test_saving_the_same_quote_twice_keeps_one() -> None:
    state = State()
    first = state.save_quote("e", "turns", 1, 0, "Hi.")
    assert state.save_quote("e", "turns", 1, 0, "Hi.") is first
    assert len(state.saved_quotes) == 1


def test_removed_quote_stays_removed_after_a_merge() -> None:
    state = sample_state()
    save_state(state)
    again, _ = load_state()
    again.remove_quote(again.saved_quotes[0])
    assert save_state(again) is None
    assert [q.text for q in load_state()[0].saved_quotes] == ["Good afternoon."]


def test_merge_keeps_the_other_instances_work() -> None:
    first, second = load_state()[0], load_state()[0]
    first.save_quote("a", "turns", 1, None, "From the first.")
    first.positions = {"a": 1, "shared": 1}
    first.last_event = "a"
    second.save_quote("b", "turns", 2, None, "From the second.")
    second.positions = {"b": 2, "shared": 2}
    second.last_event = "b"
    assert save_state(first) is None
    assert save_state(second) is None
    loaded = load_state()[0]
    assert sorted(q.text for q in loaded.saved_quotes) == ["From the first.", "From the second."]
    assert loaded.positions == {"a": 1, "b": 2, "shared": 2}
    assert loaded.last_event == "b"
    assert sorted(q.text for q in second.saved_quotes) == ["From the first.", "From the second."]


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ('{"version": 0, "saved_quotes": []}', "older version"),
        ('{"saved_quotes": []}', "unknown version"),
        ('{"version": 99, "saved_quotes": []}', "unknown version"),
        ('{"version": 1, "saved_quotes": [{"event_id": "e", "pa', "not valid JSON"),
        ("\x00\x00\x00\x00", "not valid JSON"),
        ("[1, 2]", "not a Presser state file"),
    ],
)
def test_unusable_file_gives_defaults_a_warning_and_a_copy(content: str, words: str) -> None:
    path = state_path()
    path.parent.mkdir(parents=True)
    path.write_text(content)
    state, warnings = load_state()
    assert state == State()
    assert len(warnings) == 1 and str(path) in warnings[0] and words in warnings[0]
    kept = copies(path)
    assert len(kept) == 1 and kept[0].read_text() == content and kept[0].name in warnings[0]
    # the next save replaces the file but the copy stays
    assert save_state(sample_state()) is None
    assert load_state()[1] == [] and copies(path) == kept


def test_malformed_entries_cost_only_themselves() -> None:
    path = state_path()
    path.parent.mkdir(parents=True)
    good = {"event_id": "e", "part": "turns", "turn": 3, "paragraph": None, "text": "Kept.", "saved_at": "2026-01-01"}
    data = {
        "version": STATE_VERSION,
        "last_event": "e",
        "positions": {"e": 3, "f": "x", "g": True},
        "saved_quotes": [good, {**good, "turn": "3"}, {**good, "part": "thread"}, "junk", {"event_id": "e"}],
    }
    path.write_text(json.dumps(data))
    state, warnings = load_state()
    assert state.saved_quotes == [SavedQuote(**good)]
    assert state.positions == {"e": 3} and state.last_event == "e"
    assert len(warnings) == 1 and "6 malformed entries" in warnings[0]
    assert json.loads(copies(path)[0].read_text()) == data


def test_unreadable_state_is_moved_aside_not_overwritten() -> None:
    path = state_path()
    path.mkdir(parents=True)  # a directory where the file should be: cannot be read or copied
    state, warnings = load_state()
    assert state == State() and "ignored it and moved it to" in warnings[0]
    assert save_state(sample_state()) is None
    assert path.is_file() and copies(path)[0].is_dir()


def test_fifo_state_file_does_not_hang() -> None:
    path = state_path()
    path.parent.mkdir(parents=True)
    os.mkfifo(path)
    assert "not a regular file" in load_state()[1][0]
    assert save_state(sample_state()) is None and path.is_file()


def test_read_only_state_dir_returns_an_error(isolated_dirs: Path) -> None:
    blocker = isolated_dirs / "state"
    blocker.parent.mkdir(parents=True, exist_ok=True)
    blocker.write_text("a file where the state directory should be")
    error = save_state(sample_state())
    assert error is not None and error.startswith(f"could not save {state_path()}: ")
    assert "\n" not in error
    assert load_state()[0] == State()  # loading from the same place does not raise either


@pytest.mark.parametrize(
    "failure",
    [OSError(errno.ENOSPC, "No space left on device"), OSError(errno.EROFS, "Read-only file system")],
)
def test_full_or_read_only_disk_keeps_the_old_file(monkeypatch: pytest.MonkeyPatch, failure: OSError) -> None:
    save_state(sample_state())
    before = state_path().read_bytes()

    def fail(*args: object) -> None:
        raise failure

    monkeypatch.setattr("tui.storage.os.replace", fail)
    more = sample_state()
    more.save_quote("z", "turns", 0, None, "Not saved.")
    error = save_state(more)
    assert error == f"could not save {state_path()}: {failure.strerror}"
    assert state_path().read_bytes() == before
    assert temp_files(state_path()) == []


def test_lock_held_too_long_returns_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("tui.state.LOCK_TIMEOUT", 0.05)
    path = state_path()
    path.parent.mkdir(parents=True)
    fd = os.open(path.with_name("state.json.lock"), os.O_RDWR | os.O_CREAT)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        error = save_state(sample_state())
    finally:
        os.close(fd)
    assert error is not None and "locked" in error
    assert save_state(sample_state()) is None  # and works once the other instance is done


def test_leftover_temp_file_is_ignored_and_cleaned_up() -> None:
    save_state(sample_state())
    path = state_path()
    leftover = path.with_name(f".{path.name}.k1ll3d.tmp")
    leftover.write_text('{"version": 1, "saved_quotes": [{"trunc')
    loaded, warnings = load_state()
    assert warnings == [] and identities(loaded) == identities(sample_state())
    assert save_state(loaded) is None
    assert not leftover.exists()


# --- other processes --------------------------------------------------------------------


def _add_quotes(path: str, tag: str, count: int) -> None:
    """One Presser instance: loads once, then saves a quote at a time."""
    state, _ = load_state(Path(path))
    for n in range(count):
        state.save_quote(f"event-{tag}", "turns", n, None, f"{tag} quote {n}")
        assert save_state(state, Path(path)) is None


def test_two_instances_saving_at_once_lose_nothing() -> None:
    path = state_path()
    save_state(sample_state())
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_add_quotes, args=(str(path), tag, 25)) for tag in ("a", "b")]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
        assert worker.exitcode == 0
    loaded, warnings = load_state()
    assert warnings == []
    texts = {q.text for q in loaded.saved_quotes}
    expected = {f"{tag} quote {n}" for tag in "ab" for n in range(25)}
    assert expected <= texts and len(loaded.saved_quotes) == 50 + 2


def _killed_while_saving(path: str, where: str) -> None:
    """Save, but die by SIGKILL at ``where`` (before the new file is in place)."""
    import tui.storage

    def die(*args: object) -> None:
        os.kill(os.getpid(), signal.SIGKILL)

    setattr(tui.storage.os, where, die)
    state, _ = load_state(Path(path))
    state.save_quote("e", "turns", 9, None, "Lost in the crash, but nothing else is.")
    save_state(state, Path(path))


@pytest.mark.parametrize("where", ["fsync", "replace"])
def test_kill_during_save_leaves_the_old_file_whole(where: str) -> None:
    path = state_path()
    save_state(sample_state())
    before = path.read_bytes()
    worker = multiprocessing.get_context("spawn").Process(target=_killed_while_saving, args=(str(path), where))
    worker.start()
    worker.join(60)
    assert worker.exitcode == -signal.SIGKILL
    assert path.read_bytes() == before
    assert len(temp_files(path)) == 1  # what the killed save left behind
    loaded, warnings = load_state()
    assert warnings == [] and identities(loaded) == identities(sample_state())
    assert save_state(loaded) is None and temp_files(path) == []


def test_positions_in_the_opening_statement_round_trip_without_warnings(tmp_path: Path) -> None:
    """The reader stores a place in the opening statement as a negative number."""
    path = tmp_path / "state.json"
    assert save_state(State(last_event="e", positions={"e": -1, "f": 7}), path) is None
    state, warnings = load_state(path)
    assert warnings == [] and state.positions == {"e": -1, "f": 7}
    assert not list(tmp_path.glob("*.corrupt-*"))
