"""User-supplied metadata for transcripts, kept beside them without editing them.

A corpus directory may hold ``presser.toml``::

    [events."000_50ebe80c16c47d9e"]
    title = "Pre-ministerial press conference …"
    date = 2025-12-02
    place = "NATO Headquarters, Brussels"
    kind = "press conference"
    url = "https://www.nato.int/…"

and any transcript ``NAME.txt`` may have a ``NAME.toml`` beside it with the same keys
at the top level (it wins over ``presser.toml``). What a sidecar says overrides what
the parser inferred from the text.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tui.safety import clean_line
from tui.transcript.metadata import parse_date
from tui.transcript.model import Event

DIRECTORY_FILE = "presser.toml"
FIELDS = ("title", "date", "place", "kind", "url")
MAX_SIDECAR_BYTES = 1024 * 1024


@dataclass(slots=True)
class Sidecars:
    """Metadata overrides for one directory, by event id, and what was wrong."""

    by_id: dict[str, dict[str, Any]] = field(default_factory=dict)
    problems: list[tuple[Path, str]] = field(default_factory=list)

    def apply(self, event: Event, transcript: Path) -> None:
        """Override ``event``'s metadata with what the sidecars say about it."""
        values = dict(self.by_id.get(event.id, {}))
        own = transcript.with_suffix(".toml")
        if own.is_file():
            values.update(self._read(own, top_level=True).get("", {}))
        for key, value in values.items():
            setattr(event, key, value)

    def _read(self, path: Path, *, top_level: bool) -> dict[str, dict[str, Any]]:
        try:
            if path.stat().st_size > MAX_SIDECAR_BYTES:
                raise ValueError("larger than 1 MB")
            data = tomllib.loads(path.read_text(encoding="utf-8-sig"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, ValueError) as error:
            self.problems.append((path, f"metadata ignored: {_one_line(error)}"))
            return {}
        if top_level:
            return {"": self._fields(path, "", data)}
        events = data.get("events", {})
        if not isinstance(events, dict):
            self.problems.append((path, "metadata ignored: [events] must be a table"))
            return {}
        return {
            str(ident): self._fields(path, str(ident), values)
            for ident, values in events.items()
            if isinstance(values, dict)
        }

    def _fields(self, path: Path, ident: str, data: dict[str, Any]) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for key, value in data.items():
            where = f"{ident}.{key}" if ident else key
            if key not in FIELDS:
                self.problems.append((path, f"unknown metadata key {where!r} ignored"))
            elif key == "date":
                date = _as_date(value)
                if date is None:
                    self.problems.append((path, f"{where}: not a date (use YYYY-MM-DD)"))
                else:
                    values["date"] = date
            elif isinstance(value, str):
                values[key] = clean_line(value).strip()
            else:
                self.problems.append((path, f"{where}: expected text"))
        return values


def load_sidecars(directory: Path) -> Sidecars:
    """Read ``presser.toml`` in ``directory`` (if any)."""
    sidecars = Sidecars()
    path = directory / DIRECTORY_FILE
    if path.is_file():
        sidecars.by_id = sidecars._read(path, top_level=False)
    return sidecars


def _as_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        return parse_date(value)
    return None


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split()) or type(error).__name__
