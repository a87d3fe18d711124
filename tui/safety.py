"""Make untrusted transcript text inert before anything else sees it.

Transcripts come from the web. Escape sequences (ESC[2J, OSC 52 clipboard writes,
OSC 8 links), other C0/C1 controls and bidi overrides must never reach a terminal, so
they are removed once, when a file is decoded; everything downstream (parser, search,
citations, the UI and the plain command output) only ever sees clean text. Rich and
Textual *markup* is a separate concern: the UI never interprets transcript text as
markup (it builds ``Text``/``Content`` objects), so ``[bold]`` stays literal.
"""

from __future__ import annotations

import re

# A whole escape sequence goes, not just its ESC byte, or "[2J" would be left behind:
# CSI (ESC [ ... final byte), OSC/DCS/APC/PM/SOS strings (terminated by BEL or ST),
# and two-byte escapes. The C1 forms (U+009B CSI, U+009D OSC ...) likewise.
_ESCAPES = re.compile(
    r"""
    (?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]                       # CSI
  | (?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?  # OSC, DCS, ...
  | \x1b[ -/]*[0-~]                                          # other escapes
    """,
    re.VERBOSE,
)

# Remaining C0 controls except TAB and LF (CR is normalised by the decoder before
# this runs), DEL, C1 controls, and the bidi embedding/override/isolate characters
# that can make text display in an order other than the one it is stored in.
_CONTROLS = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\ufff9-\ufffb]"
)


def clean(text: str, *, keep_tabs: bool = False) -> str:
    """Return ``text`` with escape sequences and control characters removed.

    Tabs become spaces (they misalign columns on screen) unless ``keep_tabs``: the
    decoder keeps them for the parser, which reads a table pasted from a word
    processor ("Speaker<TAB>Text") by them and then drops them. Newlines are kept.
    """
    if not text:
        return text
    text = _ESCAPES.sub("", text)
    text = _CONTROLS.sub("", text)
    return text if keep_tabs else text.replace("\t", " ")


def clean_line(text: str) -> str:
    """Like :func:`clean`, for one-line contexts: newlines become spaces too."""
    return clean(text).replace("\n", " ")
