"""The search index on disk: one file of raw numpy arrays per corpus state.

A cold build of an archive takes seconds, a load a fraction of one, so the index is
saved beside the parse cache. It is keyed by a fingerprint of everything it was built
from (event ids and sources in order, every paragraph's text, the index format), and
every array carries a CRC: a file that is truncated, altered, from another corpus or
from another version of Presser is ignored and rebuilt, never trusted. Writes go to a
temporary file first and are renamed into place, so a crash never leaves half a file.
"""

from __future__ import annotations

import hashlib
import json
import os
import struct
import tempfile
import zlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from tui.transcript.model import Event

#: Bump whenever normalisation, sentence units or the index layout change.
INDEX_VERSION = 1
_MAGIC = b"PRESSER-SEARCH-INDEX\n"
_ALIGN = 64
#: Index files kept for other corpora (e.g. the sample and an archive) before pruning.
_KEEP_FILES = 4


def fingerprint(events: Sequence[Event], content_key: str | None = None) -> str:
    """A digest of every input of the index, in corpus order. With ``content_key``
    (a digest the corpus loader made of its files' keys) the text is not re-hashed."""
    digest = hashlib.blake2b(digest_size=20)
    digest.update(f"index {INDEX_VERSION}\n".encode())
    if content_key is not None:
        digest.update(content_key.encode())
        digest.update("\x1e".join(e.id for e in events).encode())
        return digest.hexdigest()
    for event in events:
        parts = [f"\x1e{event.id}\x1f{event.source}"]
        for turns in (event.statement, event.turns):
            parts.append("\x1d")
            for turn in turns:
                parts.append(f"\x1c{turn.speaker}")
                parts.extend(turn.paragraphs)
        digest.update("\x1b".join(parts).encode())
    return digest.hexdigest()


def index_path(directory: Path, key: str) -> Path:
    """Where the index for fingerprint ``key`` lives."""
    return directory / f"index-{key[:32]}.bin"


def save(path: Path, key: str, meta: dict[str, Any], arrays: dict[str, np.ndarray]) -> None:
    """Write ``arrays`` and ``meta`` atomically; older files of other corpora are pruned."""
    path.parent.mkdir(parents=True, exist_ok=True)
    entries = []
    offset = 0
    for name, array in arrays.items():
        array = np.ascontiguousarray(array)
        arrays[name] = array
        offset = -(-offset // _ALIGN) * _ALIGN
        entries.append({"name": name, "dtype": array.dtype.str, "shape": list(array.shape),
                        "offset": offset, "nbytes": array.nbytes, "crc": zlib.crc32(array.data)})
        offset += array.nbytes
    header = json.dumps({"version": INDEX_VERSION, "fingerprint": key, "meta": meta,
                         "arrays": entries}).encode()
    start = -(-(len(_MAGIC) + 8 + len(header)) // _ALIGN) * _ALIGN
    fd, tmp = tempfile.mkstemp(prefix=".index-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(_MAGIC + struct.pack("<Q", len(header)) + header)
            for entry in entries:
                out.seek(start + entry["offset"])
                out.write(arrays[entry["name"]].data)
            out.truncate(start + offset)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _prune(path)


def load(path: Path, key: str) -> tuple[dict[str, Any], dict[str, np.ndarray]] | None:
    """The ``(meta, arrays)`` saved for fingerprint ``key``, or None if absent or unfit."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    try:
        return _decode(data, key)
    except (ValueError, KeyError, TypeError, struct.error, UnicodeDecodeError):
        return None


def _decode(data: bytes, key: str) -> tuple[dict[str, Any], dict[str, np.ndarray]] | None:
    if not data.startswith(_MAGIC):
        return None
    (length,) = struct.unpack_from("<Q", data, len(_MAGIC))
    header = json.loads(data[len(_MAGIC) + 8:len(_MAGIC) + 8 + length])
    if header.get("version") != INDEX_VERSION or header.get("fingerprint") != key:
        return None
    start = -(-(len(_MAGIC) + 8 + length) // _ALIGN) * _ALIGN
    arrays: dict[str, np.ndarray] = {}
    for entry in header["arrays"]:
        first = start + int(entry["offset"])
        last = first + int(entry["nbytes"])
        if first < start or last > len(data):
            return None
        chunk = memoryview(data)[first:last]
        if zlib.crc32(chunk) != entry["crc"]:
            return None
        dtype = np.dtype(entry["dtype"])
        arrays[entry["name"]] = np.frombuffer(chunk, dtype=dtype).reshape(entry["shape"])
    return header["meta"], arrays


def _prune(keep: Path) -> None:
    """Delete all but the most recently written index files in ``keep``'s directory."""
    files = sorted(keep.parent.glob("index-*.bin"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in files[_KEEP_FILES:]:
        if old != keep:
            old.unlink(missing_ok=True)
