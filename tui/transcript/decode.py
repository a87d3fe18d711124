"""Turn a transcript file's bytes into clean text, or a one-line reason why not.

Files come from browsers, old archives and other organisations: UTF-8 with or without
BOM, UTF-16 (with or without BOM), Windows-1252, CRLF line ends, NBSPs, tabs. The
result is NFC text with ``\\n`` line ends and no control characters (see
:mod:`tui.safety`).
"""

from __future__ import annotations

import codecs
import os
import stat
import unicodedata
from pathlib import Path

from tui.safety import clean

#: Larger files are refused: a transcript is tens of kilobytes, and the limit keeps
#: memory bounded when a directory holds something else (a video, a database dump).
MAX_BYTES = 16 * 1024 * 1024


class TranscriptError(Exception):
    """A file that cannot be read as a transcript; ``str()`` is a one-line reason."""


def read_transcript(path: Path, *, max_bytes: int = MAX_BYTES) -> tuple[str, list[str]]:
    """Read and decode ``path``; return the text and any warnings.

    Raises :class:`TranscriptError` for anything that is not a readable regular text
    file. Opening is non-blocking so a FIFO never hangs the loader.
    """
    try:
        info = os.stat(path)
    except OSError as error:
        raise TranscriptError(_os_reason(error)) from None
    if stat.S_ISDIR(info.st_mode):
        raise TranscriptError("is a directory, not a transcript file")
    if not stat.S_ISREG(info.st_mode):
        raise TranscriptError("not a regular file (FIFO, device or socket)")
    if info.st_size > max_bytes:
        raise TranscriptError(
            f"too large ({info.st_size / 1e6:.1f} MB; the limit is {max_bytes / 1e6:.0f} MB)"
        )
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as error:
        raise TranscriptError(_os_reason(error)) from None
    if len(data) > max_bytes:
        raise TranscriptError(f"too large (more than {max_bytes / 1e6:.0f} MB)")
    return decode_bytes(data)


def decode_bytes(data: bytes) -> tuple[str, list[str]]:
    """Decode transcript bytes; return the normalised text and warnings."""
    warnings: list[str] = []
    if not data.strip():
        raise TranscriptError("empty file")
    text = _decode(data, warnings)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = text.translate(_INVISIBLE)  # a PDF's zero-width spaces and soft hyphens, even inside a label
    text = unicodedata.normalize("NFC", clean(text, keep_tabs=True))
    if not text.strip():
        raise TranscriptError("no text in file")
    return text, warnings


#: Characters that show nothing: zero-width space, joiners, word joiner, soft hyphen.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\u00ad"))


def _decode(data: bytes, warnings: list[str]) -> str:
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    utf16 = _utf16_without_bom(data)
    if utf16:
        warnings.append(f"no byte-order mark; read as {utf16.upper()}")
        return data.decode(utf16, errors="replace")
    if b"\x00" in data:
        raise TranscriptError("binary file (contains NUL bytes)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.start >= len(data) - 3 and error.reason == "unexpected end of data":
            warnings.append("truncated UTF-8 at the end of the file")
            return data.decode("utf-8", errors="replace")
        if _mostly_utf8(data):
            warnings.append(f"invalid UTF-8 at byte {error.start}; replaced")
            return data.decode("utf-8", errors="replace")
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    if _looks_binary(text):
        raise TranscriptError("not text (undecodable bytes)")
    warnings.append("not UTF-8; read as Windows-1252")
    return text


def _utf16_without_bom(data: bytes) -> str | None:
    """Recognise BOM-less UTF-16 by its NUL bytes: mostly-ASCII text puts a NUL in
    every other byte, on the odd positions for little-endian, the even for big."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.3 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.3 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def _mostly_utf8(data: bytes) -> bool:
    """True when the bytes decode as UTF-8 apart from a few stray bytes, and some
    non-ASCII characters do decode: a Windows-1252 file with two accented letters
    ("Hélène") has only stray bytes, and is read as Windows-1252."""
    text = data.decode("utf-8", errors="replace")
    decoded = any(ord(ch) > 127 and ch != "\ufffd" for ch in text)
    return decoded and text.count("\ufffd") <= max(2, len(text) // 1000)


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    odd = sum(1 for ch in sample if unicodedata.category(ch) in ("Cc", "Co", "Cn") and ch not in "\n\r\t")
    return odd > len(sample) * 0.1


def _os_reason(error: OSError) -> str:
    return (error.strerror or str(error)).rstrip(".").lower() if error.strerror else str(error)
