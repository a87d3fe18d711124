"""Write the user's files so that no crash can truncate them, read them so that no
damage can stop the app.

Config and state are the user's own data. A save writes a temporary file beside the
target, flushes it to disk and renames it over the target (rename is atomic), so a
process killed mid-save leaves either the old file or the new one, never half of
either. A file that cannot be read or parsed is copied aside before the app carries
on with defaults, so whatever it held can still be recovered by hand.
"""

from __future__ import annotations

import datetime as _dt
import errno
import os
import stat
import tempfile
from pathlib import Path

#: Config and state files are small; anything bigger is damage, not data, and is
#: not read into memory.
MAX_BYTES = 16 * 1024 * 1024

#: Suffix of the temporary files a save writes (ignored by every reader).
TEMP_SUFFIX = ".tmp"


def temp_prefix(path: Path) -> str:
    """Name prefix of the temporary files a save of ``path`` creates."""
    return f".{path.name}."


def atomic_write_text(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` (UTF-8) atomically, creating parent directories.

    Raises :class:`OSError` (read-only or full disk...); the temporary file is
    removed in that case.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp_name = tempfile.mkstemp(dir=path.parent, prefix=temp_prefix(path), suffix=TEMP_SUFFIX)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_name, path)
    except BaseException:
        _remove_quietly(Path(temp_name))
        raise
    _fsync_directory(path.parent)


def read_text_or_quarantine(path: Path) -> tuple[str | None, str | None]:
    """Read ``path`` as UTF-8: ``(text, None)``, or ``(None, None)`` if it does not exist.

    A file that exists but cannot be read (permissions, a directory or FIFO,
    undecodable bytes, over :data:`MAX_BYTES`) is kept aside with :func:`quarantine`
    and ``(None, warning)`` is returned.
    """
    try:
        data = _read_bounded(path)
    except FileNotFoundError:
        return None, None
    except OSError as exc:
        return None, quarantine(path, _strerror(exc))
    if len(data) > MAX_BYTES:
        return None, quarantine(path, f"larger than {MAX_BYTES // (1024 * 1024)} MB")
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        return None, quarantine(path, f"not UTF-8 text (byte {exc.start})")


def quarantine(path: Path, reason: str) -> str:
    """Keep what ``path`` holds as ``<name>.corrupt-YYYYmmdd-HHMMSS``; return a one-line warning.

    The bytes are copied (the user may want to fix the original in place); what
    cannot be copied whole (unreadable, not a regular file, too big) is renamed
    instead, so that a later save can never overwrite it. An identical earlier copy
    is reused rather than piling up copies on every start.
    """
    try:
        kept = _copy_aside(path)
    except OSError:
        try:
            kept = _rename_aside(path)
        except OSError as exc:
            return f"{path}: {reason}; ignored it (could not keep a copy: {_strerror(exc)})"
        return f"{path}: {reason}; ignored it and moved it to {kept.name}"
    return f"{path}: {reason}; ignored it (a copy is kept as {kept.name})"


def save_error(path: Path, exc: OSError) -> str:
    """A one-line message for a failed save of ``path``."""
    return f"could not save {path}: {_strerror(exc)}"


def _read_bounded(path: Path) -> bytes:
    """Up to :data:`MAX_BYTES` + 1 bytes of a regular file, without ever blocking.

    Opening a FIFO for reading would wait for a writer; non-blocking open and a
    check on the opened descriptor (not the name, which could change) prevent that.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, "not a regular file")
        return handle.read(MAX_BYTES + 1)


def _copy_aside(path: Path) -> Path:
    data = _read_bounded(path)
    if len(data) > MAX_BYTES:
        raise OSError(errno.EFBIG, "too big to copy")
    prefix = f"{path.name}.corrupt-"
    for earlier in sorted(path.parent.glob(prefix + "*")):
        try:
            if _read_bounded(earlier) == data:
                return earlier
        except OSError:
            continue
    for candidate in _aside_names(path):
        try:
            with candidate.open("xb") as handle:
                handle.write(data)
        except FileExistsError:
            continue
        return candidate
    raise FileExistsError(path)


def _rename_aside(path: Path) -> Path:
    for candidate in _aside_names(path):
        if not candidate.exists():
            path.rename(candidate)
            return candidate
    raise FileExistsError(path)


def _aside_names(path: Path) -> list[Path]:
    stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    base = path.with_name(f"{path.name}.corrupt-{stamp}")
    return [base, *(path.with_name(f"{base.name}-{n}") for n in range(1, 100))]


def _fsync_directory(directory: Path) -> None:
    """Make the rename itself durable (POSIX); not possible everywhere, so best effort."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _remove_quietly(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass


def _strerror(exc: OSError) -> str:
    return exc.strerror or str(exc) or type(exc).__name__
