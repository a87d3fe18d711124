"""Encodings and broken files: decoded right, or refused with a one-line reason."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest

from tui.transcript.decode import TranscriptError, decode_bytes, read_transcript
from tui.transcript.parser import parse_text

SAMPLE = "Q: Is it “naïve” to hope?\nA: No — it costs €5.\n"


@pytest.mark.parametrize(
    "data",
    [
        SAMPLE.encode("utf-8"),
        codecs.BOM_UTF8 + SAMPLE.encode("utf-8"),
        SAMPLE.encode("utf-16"),  # with BOM
        codecs.BOM_UTF16_BE + SAMPLE.encode("utf-16-be"),
        SAMPLE.encode("utf-16-le"),  # without BOM
        SAMPLE.encode("utf-16-be"),
        SAMPLE.encode("cp1252"),
        SAMPLE.replace("\n", "\r\n").encode("utf-8"),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf16be-bom", "utf16le-nobom", "utf16be-nobom", "cp1252", "crlf"],
)
def test_encodings_decode_to_the_same_text(data: bytes) -> None:
    text, _ = decode_bytes(data)
    assert text == SAMPLE


def test_nbsp_becomes_a_space_and_tabs_stay_for_the_parser() -> None:
    text, _ = decode_bytes("Q:\u00a0why?\tnow".encode())
    assert text == "Q: why?\tnow"  # a tab may separate table cells; the parser reads, then drops it
    event = parse_text(text)
    assert "\t" not in "".join(p for turn in event.turns for p in turn.paragraphs)


def test_truncated_utf8_is_read_with_a_warning() -> None:
    text, warnings = decode_bytes("Thank you, Zelenskyy said “".encode()[:-1])
    assert text.startswith("Thank you, Zelenskyy said")
    assert warnings and "truncated" in warnings[0]


def test_escape_sequences_and_controls_are_removed() -> None:
    hostile = "a\x1b[2Jb\x1b]52;c;aGk=\x07c\x1b]8;;http://evil\x1b\\d\u202ee\x00f".encode()
    with pytest.raises(TranscriptError):  # a NUL byte means binary
        decode_bytes(hostile)
    text, _ = decode_bytes(hostile.replace(b"\x00", b""))
    assert text == "abcdef"


@pytest.mark.parametrize(
    ("data", "reason"),
    [(b"", "empty"), (b"   \n\n", "empty"), (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary")],
)
def test_unusable_bytes_give_a_one_line_reason(data: bytes, reason: str) -> None:
    with pytest.raises(TranscriptError, match=reason) as info:
        decode_bytes(data)
    assert "\n" not in str(info.value)


def test_files_that_are_not_transcripts(tmp_path: Path) -> None:
    directory = tmp_path / "x.txt"
    directory.mkdir()
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 2048)
    for path, reason in [(directory, "directory"), (fifo, "not a regular file"),
                         (loop, "symbolic links"), (tmp_path / "gone.txt", "no such file"),
                         ]:
        with pytest.raises(TranscriptError, match=reason):
            read_transcript(path)
    with pytest.raises(TranscriptError, match="too large"):
        read_transcript(big, max_bytes=1024)


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Permissions are simulated: the tests may run as root, who can read anything."""
    path = tmp_path / "secret.txt"
    path.write_text("text")

    def refuse(*_args: object, **_kwargs: object) -> int:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "open", refuse)
    with pytest.raises(TranscriptError, match="permission denied"):
        read_transcript(path)


def test_windows_1252_with_only_a_few_accented_letters_is_not_read_as_broken_utf8() -> None:
    text, warnings = decode_bytes("Question: Thank you. Hélène Marchal, RFI.\r\n".encode("cp1252"))
    assert "Hélène" in text and "\ufffd" not in text
    assert warnings == ["not UTF-8; read as Windows-1252"]
