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

class EventFilter:
    """Type-to-filter over one list of events.

    Building it normalises every event's haystack (about 0.1 s for 5,000 events), so
    build it once, off the UI thread, when the corpus is loaded; each keystroke then
    costs only the matching.
    """

    def __init__(self, events: Sequence[Event]) -> None:
        self.events = list(events)
        self._haystacks = [f" {h} " for h in normalize_many([haystack_text(e) for e in self.events])]

    def __call__(self, text: str) -> list[int]:
        """Indexes (in order) of the events matching every word of ``text``."""
        wanted = words(normalize_many([text])[0]) if text.strip() else []
        if not wanted:
            return list(range(len(self.events)))
        loose = [_subsequence(w) if len(w) >= 3 else None for w in wanted]
        return [i for i, hay in enumerate(self._haystacks)
                if all(w in hay or (pattern is not None and pattern.search(hay))
                       for w, pattern in zip(wanted, loose))]


def filter_events(events: Sequence[Event], text: str) -> list[int]:
    """One-off filtering (builds the haystacks each time; see :class:`EventFilter`)."""
    return EventFilter(events)(text)


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


def _subsequence(word: str) -> re.Pattern[str]:
    """Matches the letters of ``word`` in order inside a single haystack word."""
    return re.compile("[^ ]*".join(re.escape(c) for c in word))
