"""Type-to-filter for the event list: which events mention what the user typed.

Each event gets one normalised "haystack" (title, place, kind, date in several
spellings, id, speakers and outlets), computed once per corpus; a keystroke is then a
few substring tests per event, fast enough for thousands of events. A word that is no
substring may still match as a subsequence of one haystack word ("stlnbrg" →
"stoltenberg"), as fuzzy finders let you.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tui.search.normalize import normalize_many, words
from tui.transcript.model import Event

_cache: tuple[tuple[int, int, int, int], list[str]] | None = None


def filter_events(events: Sequence[Event], text: str) -> list[int]:
    """Indexes (in order) of the events matching every word of ``text``.

    The first call for a list (even with empty ``text``) builds the haystacks, about
    0.1 s for 5,000 events: call it once in a worker after loading, and keystrokes
    cost only the matching.
    """
    haystacks = _haystacks(events)
    wanted = words(normalize_many([text])[0]) if text.strip() else []
    if not wanted:
        return list(range(len(events)))
    loose = [_subsequence(w) if len(w) >= 3 else None for w in wanted]
    return [i for i, hay in enumerate(haystacks)
            if all(w in hay or (pattern is not None and pattern.search(hay)) for w, pattern in zip(wanted, loose))]


def haystack_text(event: Event) -> str:
    """Everything the filter matches on for one event (before normalisation)."""
    parts = [event.title, event.place, event.kind, event.id]
    if event.date:
        parts += [event.date.isoformat(), event.date.strftime("%d %B %Y %b %Y"), str(event.date.day)]
    names: dict[str, None] = {}
    for turn in (*event.statement, *event.turns):
        names[turn.speaker] = None
        names[turn.affiliation] = None
    parts.extend(name for name in names if name)
    return " ".join(parts)


def _haystacks(events: Sequence[Event]) -> list[str]:
    """Normalised haystacks, reused while the event list is the same one."""
    global _cache
    key = (id(events), len(events), id(events[0]) if events else 0, id(events[-1]) if events else 0)
    if _cache is None or _cache[0] != key:
        _cache = (key, [f" {h} " for h in normalize_many([haystack_text(e) for e in events])])
    return _cache[1]


def _subsequence(word: str) -> re.Pattern[str]:
    """Matches the letters of ``word`` in order inside a single haystack word."""
    return re.compile("[^ ]*".join(re.escape(c) for c in word))
