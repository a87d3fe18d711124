"""Search units: every sentence of the corpus, located by compact numpy arrays.

A quote is found sentence by sentence (a whole turn is too long to be a quote), and a
remembered phrase may cross into the next sentence, so each sentence also knows
whether the following one is in the same paragraph (``joins_next``): the finder then
scores the pair as one window too. An archive has about a million sentences, so their
locations are columns of small integers rather than a million Python objects; the text
itself stays in the events and is sliced out only for the few candidates re-scored.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import numpy as np

from tui.transcript.model import Event, Turn
from tui.transcript.sentences import sentence_spans

#: Values of :attr:`Units.part`.
PARTS = ("statement", "turns")

_COLUMNS = ("event", "part", "turn", "paragraph", "start", "end", "speaker", "joins_next")
_DTYPES = {"event": np.int32, "part": np.uint8, "turn": np.int32, "paragraph": np.int32,
           "start": np.int32, "end": np.int32, "speaker": np.int32, "joins_next": np.bool_}


@dataclass(slots=True)
class Units:
    """Where each sentence is: unit ``i`` is ``paragraph_text[start[i]:end[i]]`` of turn
    ``turn[i]`` in part ``PARTS[part[i]]`` of event ``event[i]``.

    Units of one event are contiguous and in reading order; ``event_start[e]`` is the
    first unit of event ``e`` (one extra entry at the end). ``speaker`` indexes
    ``speakers``; -1 means the turn names nobody.
    """

    event: np.ndarray
    part: np.ndarray
    turn: np.ndarray
    paragraph: np.ndarray
    start: np.ndarray
    end: np.ndarray
    speaker: np.ndarray
    joins_next: np.ndarray
    event_start: np.ndarray
    speakers: list[str]

    def __len__(self) -> int:
        return len(self.event)

    def arrays(self) -> dict[str, np.ndarray]:
        """The columns by name (what the cache stores)."""
        return {name: getattr(self, name) for name in (*_COLUMNS, "event_start")}

    @classmethod
    def from_arrays(cls, arrays: dict[str, np.ndarray], speakers: list[str]) -> Units:
        """Rebuild from :meth:`arrays` output; raises ValueError if they do not fit together."""
        units = cls(**{name: arrays[name] for name in (*_COLUMNS, "event_start")}, speakers=speakers)
        units.check()
        return units

    def check(self) -> None:
        """Raise ValueError unless the columns are consistent (a damaged cache must not load)."""
        n = len(self.event)
        if any(len(getattr(self, name)) != n for name in _COLUMNS):
            raise ValueError("unit columns differ in length")
        if any(getattr(self, name).dtype != dtype for name, dtype in _DTYPES.items()):
            raise ValueError("unit columns have unexpected types")
        bounds = self.event_start
        if len(bounds) == 0 or bounds[0] != 0 or bounds[-1] != n or np.any(np.diff(bounds) < 0):
            raise ValueError("event boundaries do not cover the units")
        if n and (self.part.max() > 1 or self.speaker.max() >= len(self.speakers)
                  or self.speaker.min() < -1 or np.any(self.start > self.end) or self.start.min() < 0):
            raise ValueError("unit locations out of range")

    def text(self, events: Sequence[Event], unit: int, through: int | None = None) -> str:
        """The text of ``unit`` (through unit ``through`` of the same paragraph)."""
        return self.texts(events, [(unit, unit if through is None else through)])[0]

    def texts(self, events: Sequence[Event], windows: Sequence[tuple[int, int]]) -> list[str]:
        """:meth:`text` of many ``(first, last)`` unit windows (the finder's hot loop)."""
        out = []
        event, part, turn, paragraph = self.event, self.part, self.turn, self.paragraph
        start, end = self.start, self.end
        for first, last in windows:
            owner = events[event[first]]
            paragraphs = (owner.turns if part[first] else owner.statement)[turn[first]].paragraphs
            out.append(paragraphs[paragraph[first]][start[first]:end[last]])
        return out

    def paragraph_text(self, events: Sequence[Event], unit: int) -> str:
        """The whole paragraph that ``unit`` lies in."""
        return self.turn_of(events, unit).paragraphs[int(self.paragraph[unit])]

    def turn_of(self, events: Sequence[Event], unit: int) -> Turn:
        """The turn that ``unit`` belongs to."""
        event = events[int(self.event[unit])]
        turns = event.statement if self.part[unit] == 0 else event.turns
        return turns[int(self.turn[unit])]


class UnitsBuilder:
    """Collects units event by event, handing back each batch's sentence texts.

    The texts are not kept: the caller normalises and indexes a batch, then drops it,
    so a cold build never holds a million sentence strings at once.
    """

    def __init__(self) -> None:
        self._columns: dict[str, list[np.ndarray]] = {name: [] for name in _COLUMNS}
        self._speaker_ids: dict[str, int] = {}
        self._event_sizes: list[int] = []

    def add_events(self, events: Sequence[Event]) -> list[str]:
        """Add the units of ``events`` (next in corpus order); return their texts in order."""
        cols: dict[str, list[int]] = {name: [] for name in _COLUMNS}
        texts: list[str] = []
        first_event = len(self._event_sizes)
        for offset, event in enumerate(events):
            before = len(texts)
            for part, turns in enumerate((event.statement, event.turns)):
                for turn_index, turn in enumerate(turns):
                    speaker = self._speaker_id(turn.speaker)
                    for paragraph_index, paragraph in enumerate(turn.paragraphs):
                        spans = sentence_spans(paragraph)
                        n = len(spans)
                        if not n:
                            continue
                        texts.extend([paragraph[a:b] for a, b in spans])
                        cols["start"].extend([a for a, _ in spans])
                        cols["end"].extend([b for _, b in spans])
                        cols["part"].extend([part] * n)
                        cols["turn"].extend([turn_index] * n)
                        cols["paragraph"].extend([paragraph_index] * n)
                        cols["speaker"].extend([speaker] * n)
                        cols["joins_next"].extend([True] * (n - 1) + [False])
            cols["event"].extend([first_event + offset] * (len(texts) - before))
            self._event_sizes.append(len(texts) - before)
        for name in _COLUMNS:
            self._columns[name].append(np.asarray(cols[name], dtype=_DTYPES[name]))
        return texts

    def finish(self) -> Units:
        """All units added so far."""
        columns = {name: np.concatenate(parts) if parts else np.zeros(0, _DTYPES[name])
                   for name, parts in self._columns.items()}
        event_start = np.zeros(len(self._event_sizes) + 1, dtype=np.int64)
        np.cumsum(self._event_sizes, out=event_start[1:])
        speakers = sorted(self._speaker_ids, key=self._speaker_ids.__getitem__)
        return Units(**columns, event_start=event_start, speakers=speakers)

    def _speaker_id(self, name: str) -> int:
        if not name:
            return -1
        return self._speaker_ids.setdefault(name, len(self._speaker_ids))


def batches(events: Sequence[Event], size: int) -> Iterator[Sequence[Event]]:
    """``events`` in consecutive slices of about ``size`` sentences' worth.

    Events are not split (their units must stay contiguous); ``size`` is counted in
    paragraphs, which is cheap to know before splitting sentences.
    """
    start = 0
    count = 0
    for index, event in enumerate(events):
        count += sum(len(t.paragraphs) for t in event.statement) + sum(len(t.paragraphs) for t in event.turns)
        if count >= size:
            yield events[start:index + 1]
            start, count = index + 1, 0
    if start < len(events):
        yield events[start:]
