"""Cache of parsed events, so a second start re-parses only new or changed files.

One file per corpus directory under the cache dir, holding for each transcript its
size, mtime and parsed event, with the parser version and a CRC of the payload. An
entry is reused only when path, size, mtime and parser version all match; a cache that
is damaged in any way (bad CRC, bad JSON, wrong shape) is discarded and rebuilt.
"""

from __future__ import annotations

import hashlib
import json
import os
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tui.transcript.model import Event
from tui.transcript.parser import PARSER_VERSION
from tui.transcript.serialize import event_from_cache, event_to_cache

#: Bump when the cache file's layout changes.
CACHE_FORMAT = 2


@dataclass(frozen=True, slots=True)
class FileKey:
    """What must be unchanged for a cached parse to stand."""

    size: int
    mtime_ns: int


class ParseCache:
    """The cached parses of one corpus directory."""

    def __init__(self, cache_root: Path, directory: Path) -> None:
        digest = hashlib.sha1(str(directory.resolve()).encode("utf-8", "surrogatepass")).hexdigest()[:16]
        self.path = cache_root / "parse" / f"{digest}.json"
        self._entries: dict[str, tuple[FileKey, list[Any]]] = {}
        self._dirty = False
        self.discarded = ""  # why an existing cache file was not used

    def load(self) -> None:
        """Read the cache file; anything wrong with it means starting empty."""
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return
        except OSError as error:
            self.discarded = f"unreadable: {error.strerror or error}"
            return
        try:
            head, _, payload = raw.partition(b"\n")
            meta = json.loads(head)
            if meta.get("format") != CACHE_FORMAT or meta.get("parser") != PARSER_VERSION:
                self.discarded = "made by another version"
                return
            if zlib.crc32(payload) != meta.get("crc32") or len(payload) != meta.get("length"):
                raise ValueError("checksum mismatch")
            entries = json.loads(payload)
            self._entries = {
                name: (FileKey(int(size), int(mtime)), row) for name, (size, mtime, row) in entries.items()
            }
        except (ValueError, TypeError, AttributeError) as error:
            self._entries = {}
            self.discarded = f"damaged ({error})"

    def get(self, name: str, key: FileKey) -> Event | None:
        """The cached event for file ``name`` if its key matches, else None."""
        entry = self._entries.get(name)
        if entry is None or entry[0] != key:
            return None
        try:
            return event_from_cache(entry[1])
        except (ValueError, TypeError, IndexError):
            del self._entries[name]
            self._dirty = True
            return None

    def put(self, name: str, key: FileKey, event: Event) -> None:
        self._entries[name] = (key, event_to_cache(event))
        self._dirty = True

    def keep_only(self, names: set[str]) -> None:
        """Forget files that are gone from the directory."""
        gone = set(self._entries) - names
        for name in gone:
            del self._entries[name]
        self._dirty = self._dirty or bool(gone)

    def save(self) -> str | None:
        """Write the cache if it changed (atomically); return an error or None."""
        if not self._dirty:
            return None
        payload = json.dumps(
            {name: [key.size, key.mtime_ns, row] for name, (key, row) in self._entries.items()},
            ensure_ascii=False, separators=(",", ":"),
        ).encode("utf-8", "surrogatepass")
        head = json.dumps({"format": CACHE_FORMAT, "parser": PARSER_VERSION,
                           "crc32": zlib.crc32(payload), "length": len(payload)}).encode()
        tmp = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with open(tmp, "wb") as handle:
                handle.write(head + b"\n" + payload)
            os.replace(tmp, self.path)
        except OSError as error:
            tmp.unlink(missing_ok=True)
            return f"{self.path}: cache not saved ({error.strerror or error})"
        self._dirty = False
        return None
