"""Read a caption file (WebVTT, SubRip) back into running speech.

A press point saved as captions is cut into numbered, timed cues of a few seconds
each, broken anywhere in a sentence, and names its speakers (when it does) with voice
tags: ``<v Mark Rutte>Good afternoon.``. The parser reads speech, so the cues are
turned back into it first:

- the file's own header (``WEBVTT``, ``Kind:``, ``Language:``), cue numbers, timing
  lines and styling tags go; a ``NOTE`` block before the first cue stays, as header
  lines (it often names the event and its speakers); later notes are the captioner's
  asides ("audio interrupted") and go;
- the text of consecutive cues by the same voice is one paragraph;
- a voice tag that names someone new starts a paragraph ``Name: …``;
- ``- `` dialogue lines inside a cue are turns by speakers the captioner did not
  name: each becomes ``Unidentified speaker: …``;
- a cue whose text opens with a speaker label (``QUESTION: …``) or a live captioner's
  speaker change (``>>``) starts a paragraph.
"""

from __future__ import annotations

import re

from tui.transcript.labels import read_candidate, read_label

_TIME = r"(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{3}"
_TIMING = re.compile(rf"^{_TIME}\s+-->\s+{_TIME}(?:\s.*)?$")
_NOTE = re.compile(r"^NOTE(?:\s|$)")
_CUE_NUMBER = re.compile(r"^\d{1,6}$")
_FILE_HEADER = re.compile(r"^(?:WEBVTT\b.*|Kind:.*|Language:.*|X-TIMESTAMP-MAP=.*|STYLE|REGION)$")
_VOICE = re.compile(r"^<v(?:\.[\w.-]+)?\s+([^<>]{1,80})>\s*")
# Styling and timestamp tags inside cue text: <i>, </i>, <c.yellow>, </v>, <00:00:01.000>.
_TAG = re.compile(r"</?(?:[biu]|c(?:\.[\w.-]+)?|v(?:\.[\w.-]+)?(?:\s[^<>]*)?|lang(?:\s[^<>]*)?|ruby|rt)>|<[\d:.]+>")
_DIALOGUE = re.compile(r"^-\s+(?=\S)")
#: The label given to a dialogue line's unnamed speaker.
UNNAMED = "Unidentified speaker"


def _labelled(line: str) -> bool:
    """Does the cue open with a speaker label? A weak one too (a meeting app writes
    each cue as "Display Name: …"); the parser confirms it by recurrence."""
    candidate = read_candidate(_TAG.sub("", line))
    return candidate is not None and bool(candidate.rest) and (
        candidate.label.strong or candidate.style in ("colon", "dash"))


_CUE_NAME = re.compile(r"^([^:<>]{1,60}?):\s+(?=\S)")


def _display_names(text: str) -> frozenset[str]:
    """Names a meeting app writes before each cue ("HQ SACT Conf Room 2: Thank you"):
    the same prefix opening at least two cues. They name the speaker outright, whatever
    they look like."""
    counts: dict[str, int] = {}
    for line in text.split("\n"):
        match = _CUE_NAME.match(line.strip())
        if match and match.group(1)[:1].isupper():
            counts[match.group(1)] = counts.get(match.group(1), 0) + 1
    return frozenset(name for name, count in counts.items() if count >= 2)


def _named(line: str, names: frozenset[str]) -> re.Match[str] | None:
    match = _CUE_NAME.match(line)
    return match if match and match.group(1) in names else None


def _voice_label(voice: str) -> str:
    """How a voice opens its paragraph: "Name:" where that reads as a label, else the
    caption's own voice tag ("<v HQ SACT Conf Room 2>"), which the parser trusts."""
    return f"{voice}:" if read_label(voice) is not None else f"<v {voice}>"


def is_captions(text: str) -> bool:
    """A WebVTT file, or text with at least three SubRip-style timing lines."""
    first = text.lstrip("\ufeff \n").split("\n", 1)[0].strip()
    if first.startswith("WEBVTT"):
        return True
    timings = 0
    for line in text.split("\n"):
        if _TIMING.match(line.strip()):
            timings += 1
            if timings >= 3:
                return True
    return False


def from_captions(text: str) -> str:
    """The speech of a caption file: header lines, a blank line, then one paragraph
    per run of speech by one voice, separated by blank lines."""
    header: list[str] = []
    paragraphs: list[list[str]] = []  # each: label line parts, then the text
    voice = ""
    names = _display_names(text)
    in_note = False
    block_start = True  # a NOTE opens a block: after a blank line, never inside a cue
    for line in (raw.strip() for raw in text.split("\n")):
        if not line:
            in_note, block_start = False, True
            continue
        opens_note = block_start and _NOTE.match(line)
        block_start = False
        if opens_note:
            in_note = True
            line = line[4:].strip()
        if in_note:
            if line and not paragraphs:  # a note before the first cue; later ones are the captioner's asides
                header.append(line)
            continue
        if _FILE_HEADER.match(line) or _TIMING.match(line) or _CUE_NUMBER.match(line):
            continue
        named = _named(line, names)
        tagged = _VOICE.match(line) or named
        if tagged:
            line = line[tagged.end():]
            if tagged.group(1).strip() != voice or not paragraphs:
                voice = tagged.group(1).strip()
                paragraphs.append([_voice_label(voice)])
            elif named:  # a meeting app's cue is one whole utterance: a paragraph of its own
                paragraphs.append([_voice_label(voice)])
        elif _DIALOGUE.match(line):
            voice = UNNAMED
            paragraphs.append([f"{UNNAMED}:"])
            line = _DIALOGUE.sub("", line)
        elif not paragraphs or line.startswith(">>") or _labelled(line):
            voice = ""
            paragraphs.append([])  # "QUESTION: Will NATO" (a caption file with labels in its text)
        words = _TAG.sub("", line).strip()
        if words:
            paragraphs[-1].append(words)
    body = [" ".join(parts) for parts in paragraphs if len(parts) > 1 or (parts and parts[0] != _voice_label(voice))]
    return "\n".join(header) + "\n\n" + "\n\n".join(body) + "\n"
