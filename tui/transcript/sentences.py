"""Split a paragraph into sentences, as character spans.

Spans rather than strings so that a search hit or a citation can point back to the
exact place in the paragraph (for highlighting) without copying text.
"""

from __future__ import annotations

import re

# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr st prof gen sen rep gov pres lt col maj capt sgt adm no vs
    etc e.g i.e u.s u.k u.n e.u jan feb mar apr jun jul aug sep sept oct nov dec
    approx dept est fig inc ltd co jr sr""".split()
)

# A sentence ends at . ! ? or an ellipsis, optionally followed by closing quotes or
# brackets, then whitespace.
_END = re.compile(r"""(?:[.!?]+|…)["'”’)\]]*(?=\s+)""")


def sentence_spans(paragraph: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` spans of the sentences in ``paragraph``.

    Leading and trailing whitespace is excluded from each span; together the spans
    cover every non-space character of the paragraph exactly once.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _END.finditer(paragraph):
        end = match.end()
        if _is_abbreviation(paragraph, match.start()) or _next_is_lowercase(paragraph, end):
            continue
        _append(paragraph, spans, start, end)
        start = end
    _append(paragraph, spans, start, len(paragraph))
    return spans


def split_sentences(paragraph: str) -> list[str]:
    """The sentences of ``paragraph`` as strings."""
    return [paragraph[a:b] for a, b in sentence_spans(paragraph)]


def _append(text: str, spans: list[tuple[int, int]], start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start, end))


def _is_abbreviation(text: str, dot: int) -> bool:
    """True if the full stop at ``dot`` closes an abbreviation or a single initial."""
    if text[dot] != ".":
        return False
    word_start = dot
    while word_start > 0 and not text[word_start - 1].isspace():
        word_start -= 1
    word = text[word_start:dot].lower().lstrip("(\"'“‘")
    if len(word) == 1 and word.isalpha() and word.upper() == text[dot - 1]:
        return True  # an initial: "George W. Bush"
    return word in _ABBREVIATIONS


def _next_is_lowercase(text: str, end: int) -> bool:
    """A lower-case word after the stop means the sentence goes on ("... 5 p.m. today")."""
    rest = text[end:].lstrip()
    return bool(rest) and rest[0].islower()
