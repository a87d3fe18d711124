"""Property tests: the parser never raises, and never loses or duplicates text."""

from __future__ import annotations

import re
from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.transcript.decode import TranscriptError, decode_bytes
from tui.transcript.parser import parse_text

_TIME = re.compile(r"^\d{1,2}:\d{2}(:\d{2})?$")


def words(text: str) -> Counter[str]:
    """Words as letters and digits only, without time codes (those the parser may
    drop), so punctuation the parser trims from labels does not count."""
    out: Counter[str] = Counter()
    for token in text.split():
        if _TIME.match(token.strip("[]():")):
            continue
        core = re.sub(r"[\W_]+", "", token)
        if core:
            out[core.casefold()] += 1
    return out


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=3000))
def test_any_text_parses_without_raising(text: str) -> None:
    event = parse_text(text)
    for thread in event.threads:
        assert all(0 <= i < len(event.turns) for i in thread.turns)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_decode_or_fail_cleanly(data: bytes) -> None:
    try:
        text, _warnings = decode_bytes(data)
    except TranscriptError as error:
        assert "\n" not in str(error) and str(error)
    else:
        assert "\x1b" not in text and "\x00" not in text
        parse_text(text)


# Vocabulary for transcript-like text: names, role words, dashes, colons, markup-like
# brackets. Words that make a line site furniture or a title line are left out (the
# parser drops or consumes those on purpose).
# Its words are disjoint from the labels' words, so the test can tell a word lost
# from speech (a failure) from a label's word (labels are not speech).
_VOCAB = (
    "the we will Allies Ukraine Russia security summit defence query answer "
    "I can say is this: – - — [inaudible] (inaudible) [bold] Jens Stoltenberg Kaja Kallas "
    "Minister Chancellor Commissioner Hi. Yes. Where are you? "
    "thank you, very much okay row first second 20,000 5% Zelenskyy Kyiv Brussels "
    "and But So Well"
).split()
_LABELS = [
    "NATO Spokesperson Allison Hart", "NATO Secretary General Mark Rutte", "Question",
    "Vlad Ungar, Romanian National TV", "Mark Rutte, NATO Secretary General:",
    "Q:", "A:", "Reporter –", "MR. PRICE:", "**Jane Doe:**", "[00:12:31] Sam Reed:",
    "Ana Lopez (01:47):",
]
# Labels that end in a separator can also open a line of speech ("Q: …").
_INLINE_LABELS = [label for label in _LABELS if label.endswith((":", "–", ":**"))]
# Speech starts with a lower-case word and ends as sentences do: a line that opens
# with capitalised names ("Jens Allies – …", twice) is a speaker label by design.
_sentence = st.tuples(
    st.sampled_from([w for w in _VOCAB if w[0].islower()]),
    st.just(" "),
    st.lists(st.sampled_from(_VOCAB), min_size=0, max_size=25).map(" ".join),
    st.sampled_from([".", "?", "!", "…", ".\""]),
).map("".join)
_line = st.one_of(
    _sentence,
    st.tuples(st.sampled_from(_LABELS), _sentence).map(lambda p: f"{p[0]}\n{p[1]}"),
    st.tuples(st.sampled_from(_INLINE_LABELS), _sentence).map(lambda p: f"{p[0]} {p[1]}"),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_line, min_size=1, max_size=30), st.sampled_from(["\n", "\n\n"]))
def test_no_text_is_lost_or_duplicated(lines: list[str], separator: str) -> None:
    text = separator.join(lines)
    event = parse_text(text)
    kept: Counter[str] = words(" ".join(event.preamble))
    for turn in (*event.statement, *event.turns):
        for paragraph in turn.paragraphs:
            kept += words(paragraph)
    label_words = words(" ".join(_LABELS))
    assert not kept - words(text), "text was duplicated or invented"
    lost = words(text) - kept
    assert set(lost) <= set(label_words), f"speech lost: {lost}"


def test_speech_and_label_vocabularies_are_disjoint() -> None:
    assert not set(words(" ".join(_LABELS))) & set(words(" ".join(_VOCAB)))
