"""Where the reader left off, and the quotes the user saved.

Saved quotes are the user's work, so a save never loses one: it is atomic (a crash
leaves the old file or the new one), and two Presser instances saving at once take
turns under a lock and merge what the other wrote (saved quotes are a union;
positions are per event, newest wins) instead of overwriting it. A state file that
cannot be read or is from another version is kept aside and the app starts afresh.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import json
import os
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from tui.paths import state_dir
from tui.storage import TEMP_SUFFIX, atomic_write_text, quarantine, read_text_or_quarantine, save_error, temp_prefix

try:
    import fcntl
except ImportError:  # Windows: no advisory locks; saves stay atomic, merging is best effort
    fcntl = None  # type: ignore[assignment]

STATE_VERSION = 1

#: Seconds a save waits for another instance to finish its own.
LOCK_TIMEOUT = 5.0


@dataclass(frozen=True, slots=True)
class SavedQuote:
    """A quote the user bookmarked: where it is, its words, and when it was saved."""

    event_id: str
    part: str  # "statement" or "turns"
    turn: int
    paragraph: int | None
    text: str
    saved_at: str  # ISO 8601, UTC

    @property
    def identity(self) -> tuple[str, str, int, int | None, str]:
        """Two saves of the same words at the same place are one quote."""
        return (self.event_id, self.part, self.turn, self.paragraph, self.text)


@dataclass(slots=True)
class State:
    """Reading position and saved quotes, as one instance sees them."""

    version: int = STATE_VERSION
    last_event: str | None = None
    positions: dict[str, int] = field(default_factory=dict)
    saved_quotes: list[SavedQuote] = field(default_factory=list)
    #: Quotes this instance deleted, so a merge does not bring them back from disk.
    removed: set[tuple[str, str, int, int | None, str]] = field(default_factory=set)

    def save_quote(self, event_id: str, part: str, turn: int, paragraph: int | None, text: str) -> SavedQuote:
        """Bookmark a quote (once: saving the same quote again returns the first)."""
        quote = SavedQuote(event_id, part, turn, paragraph, text, _now())
        for existing in self.saved_quotes:
            if existing.identity == quote.identity:
                return existing
        self.removed.discard(quote.identity)
        self.saved_quotes.append(quote)
        return quote

    def remove_quote(self, quote: SavedQuote) -> None:
        """Delete a bookmark, here and (at the next save) on disk."""
        self.saved_quotes = [q for q in self.saved_quotes if q.identity != quote.identity]
        self.removed.add(quote.identity)


def state_path() -> Path:
    """Where the state file is."""
    return state_dir() / "state.json"


def load_state(path: Path | None = None) -> tuple[State, list[str]]:
    """The saved state and one warning per thing ignored (a missing file is no problem)."""
    path = path or state_path()
    text, warning = read_text_or_quarantine(path)
    if text is None:
        return State(), [warning] if warning else []
    state, problem = _parse(text)
    if problem:
        return state, [quarantine(path, problem)]
    return state, []


def save_state(state: State, path: Path | None = None) -> str | None:
    """Merge ``state`` with what is on disk and write it; None, or a one-line error.

    Afterwards ``state`` holds the merged quotes and positions, so this instance
    sees what another one saved. Never raises for I/O problems (read-only or full
    directory, a lock held too long): the app reports the message and runs on.
    """
    path = path or state_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with _locked(path):
            _remove_leftover_temp_files(path)
            text, _ = read_text_or_quarantine(path)
            on_disk, problem = _parse(text) if text is not None else (State(), None)
            if problem:
                quarantine(path, problem)
            _merge_into(state, on_disk)
            atomic_write_text(path, _dump(state))
    except TimeoutError:
        return f"could not save {path}: another Presser kept it locked for {LOCK_TIMEOUT:g} s"
    except OSError as exc:
        return save_error(path, exc)
    return None


# --- merging --------------------------------------------------------------------


def _merge_into(state: State, on_disk: State) -> None:
    """Add what another instance saved to ``state``; ``state`` wins where both have a value."""
    mine = {q.identity for q in state.saved_quotes}
    theirs = [q for q in on_disk.saved_quotes if q.identity not in mine and q.identity not in state.removed]
    state.saved_quotes = sorted([*state.saved_quotes, *theirs], key=lambda q: q.saved_at)
    state.positions = {**on_disk.positions, **state.positions}
    state.version = STATE_VERSION


# --- the file -------------------------------------------------------------------


def _dump(state: State) -> str:
    data = {
        "version": STATE_VERSION,
        "last_event": state.last_event,
        "positions": state.positions,
        "saved_quotes": [asdict(q) for q in state.saved_quotes],
    }
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def _parse(text: str) -> tuple[State, str | None]:
    """The state in ``text`` and, if anything in it was unusable, why.

    Whatever is valid is kept even when something else is not, so that one bad
    entry cannot cost the user all their saved quotes.
    """
    try:
        data = json.loads(text)
    except ValueError as exc:
        return State(), f"not valid JSON ({exc})"
    if not isinstance(data, dict):
        return State(), "not a Presser state file"
    version = data.get("version")
    if version != STATE_VERSION:
        age = "an older" if isinstance(version, int) and version < STATE_VERSION else "an unknown"
        return State(), f"written by {age} version of Presser (version {version!r})"
    state = State()
    bad = 0
    last = data.get("last_event")
    if isinstance(last, str) or last is None:
        state.last_event = last
    else:
        bad += 1
    positions = data.get("positions", {})
    if isinstance(positions, dict):
        for key, value in positions.items():
            # negative positions are in the opening statement (see tui.app.position_number)
            if isinstance(value, int) and not isinstance(value, bool):
                state.positions[key] = value
            else:
                bad += 1
    else:
        bad += 1
    quotes = data.get("saved_quotes", [])
    for item in quotes if isinstance(quotes, list) else [quotes]:
        quote = _saved_quote(item)
        if quote is None:
            bad += 1
        else:
            state.saved_quotes.append(quote)
    return state, f"{bad} malformed entries" if bad else None


def _saved_quote(item: Any) -> SavedQuote | None:
    if not isinstance(item, dict):
        return None
    try:
        quote = SavedQuote(**item)
    except TypeError:
        return None
    valid = (
        isinstance(quote.event_id, str)
        and quote.part in ("statement", "turns")
        and _index(quote.turn)
        and (quote.paragraph is None or _index(quote.paragraph))
        and isinstance(quote.text, str)
        and isinstance(quote.saved_at, str)
    )
    return quote if valid else None


def _index(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")


# --- locking ----------------------------------------------------------------------


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``<path>.lock`` (raises TimeoutError after :data:`LOCK_TIMEOUT`)."""
    if fcntl is None:
        yield
        return
    fd = os.open(path.with_name(path.name + ".lock"), os.O_RDWR | os.O_CREAT, 0o600)
    try:
        deadline = time.monotonic() + LOCK_TIMEOUT
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise TimeoutError(path) from None
                time.sleep(0.01)
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock


def _remove_leftover_temp_files(path: Path) -> None:
    """Delete temporary files of saves that were killed (safe: we hold the lock)."""
    for leftover in path.parent.glob(temp_prefix(path) + "*" + TEMP_SUFFIX):
        with contextlib.suppress(OSError):
            leftover.unlink()
