"""The quote finder: "he said something like *it takes two to tango* — where?"

Two stages, because neither alone is both fast and right at archive scale: the trigram
index (:mod:`tui.search.index`) proposes a few hundred sentences and sentence pairs
that share the most telling letter triples with the query, then rapidfuzz re-scores
just those against the normalised query. Results are single sentences (or a sentence
with its neighbour when the quote crosses into it), never whole turns.

Until :meth:`QuoteFinder.build` has finished (it runs in a worker thread in the app),
:meth:`QuoteFinder.search` still answers: it indexes on the spot as many events as a
short time budget allows, newest first, and searches those.
"""

from __future__ import annotations

import datetime as _dt
import re
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from rapidfuzz import fuzz, process

from tui import paths
from tui.search import cache
from tui.search.index import IndexBuilder, TrigramIndex, coverage, trigrams
from tui.search.normalize import normalize, normalize_block, normalize_many, words
from tui.search.units import PARTS, Units, UnitsBuilder, batches
from tui.transcript.model import Event

Progress = Callable[[int, int], None]

#: Hit.text is at most this long (a quote, not a speech).
MAX_TEXT = 400
#: Sentences (and sentence pairs) re-scored with rapidfuzz per query.
CANDIDATES = 200
PAIR_CANDIDATES = 60
#: Sentences scoring below this share of the best trigram score are not ranked.
MIN_SHARE = 0.25
#: Weight of the trigram coverage beside the rapidfuzz score.
TRIGRAM_WEIGHT = 0.5
#: Points taken from a sentence much longer than the query (so that of two sentences
#: containing the quote, the tighter one wins).
LENGTH_PENALTY = 2.0
#: A pair must beat its better sentence by this much to be shown instead of it.
PAIR_MARGIN = 2.0
#: How close a misspelt name must be to a speaker's name (rapidfuzz ratio, per word).
SPEAKER_CUTOFF = 75.0
#: Time the un-indexed fallback may spend indexing events for one query.
SCAN_BUDGET_S = 1.0
#: Paragraphs per batch when building (memory stays flat; progress moves).
BATCH_PARAGRAPHS = 8000

_SCOPE_RE = re.compile(r"^\s*@(\S+)\s*(.*)$", re.DOTALL)
_WORD_SPAN_RE = re.compile(r"\d[\d,.]*\d|\w+(?:['’]\w+)*")


@dataclass(slots=True)
class Hit:
    """One found quote and exactly where it is.

    ``text`` is ``paragraph[start:end]`` of paragraph ``paragraph`` of turn ``turn``
    in ``part`` ("statement" or "turns") of the event; ``highlights`` are spans in
    ``text`` of the words that match the query.
    """

    event_id: str
    event_title: str
    date: _dt.date | None
    part: str
    turn: int
    paragraph: int
    start: int
    end: int
    speaker: str
    role: str
    text: str
    score: float
    highlights: list[tuple[int, int]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """The hit as ``presser search --json`` prints it."""
        return {
            "event_id": self.event_id,
            "event_title": self.event_title,
            "date": self.date.isoformat() if self.date else None,
            "turn": self.turn if self.part == "turns" else None,
            "part": self.part,
            "paragraph": self.paragraph,
            "speaker": self.speaker,
            "role": self.role,
            "text": self.text,
            "score": round(self.score, 1),
        }


@dataclass(slots=True)
class _Searchable:
    units: Units
    index: TrigramIndex


class QuoteFinder:
    """Finds remembered quotes in ``events`` (the corpus, in display order)."""

    def __init__(self, events: Sequence[Event], *, cache_dir: Path | None = None,
                 fingerprint: str | None = None) -> None:
        """``fingerprint``, when given, stands for the events' content (the corpus
        loader's digest of file keys and parser version, see
        :attr:`tui.corpus.Corpus.fingerprint`) and spares hashing all their text."""
        self.events = events
        self._fingerprint = fingerprint
        self.cache_dir = cache_dir if cache_dir is not None else paths.cache_dir() / "search"
        self.ready = False
        self.loaded_from_cache = False
        self._full: _Searchable | None = None
        self._partial: _Searchable | None = None
        self._build_lock = threading.Lock()
        self._speaker_words: list[tuple[str, list[str]]] | None = None

    @property
    def size(self) -> int:
        """How many sentences the built index holds (0 until it is built): what a search
        costs grows with it."""
        return len(self._full.units) if self._full is not None else 0

    # -- building ---------------------------------------------------------------------

    def build(self, progress: Progress | None = None) -> None:
        """Make the index ready: load it from the cache if valid, else build and save it.

        Safe to call from a worker thread while :meth:`search` runs in another.
        """
        with self._build_lock:
            if self.ready:
                return
            key = cache.fingerprint(self.events, self._fingerprint)
            path = cache.index_path(self.cache_dir, key)
            searchable = self._load(path, key)
            self.loaded_from_cache = searchable is not None
            if searchable is None:
                searchable = _index_events(self.events, progress)
                try:
                    self._save(path, key, searchable)
                except OSError:
                    pass  # an unwritable cache costs the next start time, not this search
            elif progress:
                progress(len(self.events), len(self.events))
            self._full = searchable
            self._partial = None
            self.ready = True

    def _load(self, path: Path, key: str) -> _Searchable | None:
        found = cache.load(path, key)
        if found is None:
            return None
        meta, arrays = found
        try:
            units = Units.from_arrays(arrays, list(meta["speakers"]))
            if len(units.event_start) != len(self.events) + 1:
                return None
            index = TrigramIndex.from_arrays(arrays, len(units))
        except (ValueError, KeyError, TypeError):
            return None
        return _Searchable(units, index)

    def _save(self, path: Path, key: str, searchable: _Searchable) -> None:
        arrays = {**searchable.units.arrays(), **searchable.index.arrays()}
        cache.save(path, key, {"speakers": searchable.units.speakers}, arrays)

    # -- scopes -----------------------------------------------------------------------

    def speaker_names(self) -> list[str]:
        """Every speaker named in the corpus, sorted."""
        return [name for name, _ in self._speakers()]

    def _speakers(self) -> list[tuple[str, list[str]]]:
        """Speaker names with their normalised words, worked out once."""
        if self._speaker_words is None:
            names = sorted({t.speaker for e in self.events for t in (*e.statement, *e.turns) if t.speaker})
            self._speaker_words = [(name, words(norm)) for name, norm in zip(names, normalize_many(names))]
        return self._speaker_words

    def matching_speakers(self, name: str) -> list[str]:
        """Speakers that ``name`` designates: case/accent-insensitive, word prefixes
        ("rutte", "mark r") or, failing those, a close fuzzy match ("rute")."""
        wanted = words(normalize(name.replace("_", " ")))
        if not wanted:
            return []
        speakers = self._speakers()
        exact = [name for name, name_words in speakers if _prefixes_match(wanted, name_words)]
        if exact:
            return exact
        scores = [min(max(fuzz.ratio(part, word) for word in name_words or [""]) for part in wanted)
                  for _, name_words in speakers]
        best = max(scores, default=0.0)
        if best < SPEAKER_CUTOFF:
            return []
        return [name for (name, _), score in zip(speakers, scores) if score >= best - 5]

    def parse_scope(self, query: str) -> tuple[str, str | None]:
        """Split an ``"@name rest of query"`` prefix off ``query``.

        Returns ``(rest, speaker)``: the speaker's full name when exactly one matches,
        else the name as typed (so :meth:`search` matches it the same way), or
        ``(query, None)`` without a prefix.
        """
        match = _SCOPE_RE.match(query)
        if not match:
            return query, None
        typed, rest = match.group(1), match.group(2)
        found = self.matching_speakers(typed)
        return rest, found[0] if len(found) == 1 else typed.replace("_", " ")

    # -- searching --------------------------------------------------------------------

    def search(self, query: str, *, limit: int = 10, speaker: str | None = None,
               event_id: str | None = None) -> list[Hit]:
        """The best ``limit`` quotes for ``query``, best first, at most one per place.

        ``speaker`` keeps only sentences by the speakers :meth:`matching_speakers`
        finds; ``event_id`` only one event (LookupError if no event has that id).
        """
        event_range = self._event_range(event_id) if event_id is not None else None
        normalised = normalize(query)
        if not normalised or limit <= 0:
            return []
        searchable = self._full or self._scan_index()
        units = searchable.units
        allowed_speakers = None
        if speaker is not None:
            names = set(self.matching_speakers(speaker))
            allowed_speakers = np.array([i for i, n in enumerate(units.speakers) if n in names], dtype=np.int32)
            if not len(allowed_speakers):
                return []
        if event_range is not None and event_range[0] >= len(units.event_start) - 1:
            return []  # not indexed yet (fallback scan ran out of time before it)
        return self._rank(searchable, normalised, limit, event_range, allowed_speakers)

    def _event_range(self, event_id: str) -> tuple[int, int]:
        for index, event in enumerate(self.events):
            if event.id == event_id:
                return index, index + 1
        raise LookupError(f"no event with id {event_id!r}")

    def _scan_index(self) -> _Searchable:
        """A throw-away index of the newest events, as many as fit the time budget."""
        partial = self._partial
        if partial is None:
            partial = _index_events(self.events, None, budget_s=SCAN_BUDGET_S)
            self._partial = partial
        return partial

    def _rank(self, searchable: _Searchable, query: str, limit: int,
              event_range: tuple[int, int] | None, allowed_speakers: np.ndarray | None) -> list[Hit]:
        units, index = searchable.units, searchable.index
        query_ids = trigrams(query)
        scores, total = index.score(query_ids)
        if total <= 0:
            return []
        candidates = _promising(scores, units, event_range, allowed_speakers)
        if not len(candidates):
            return []
        singles, pairs = _shortlist(candidates, scores, total, index.lengths, units.joins_next, len(query))
        windows = [(int(i), int(i)) for i in singles] + [(int(i), int(i) + 1) for i in pairs]
        block = normalize_block(units.texts(self.events, windows))
        shares = coverage(query_ids, index.idf[query_ids], block, len(windows))
        texts = block.decode().split("\n")
        final = _rescore(query, texts) + TRIGRAM_WEIGHT * 100 * shares
        lengths = np.fromiter((len(t) for t in texts), dtype=np.float64, count=len(texts))
        final -= LENGTH_PENALTY * np.maximum(lengths - len(query), 0) / (lengths + len(query))
        final[len(singles):] -= PAIR_MARGIN
        hits: list[Hit] = []
        taken: set[int] = set()
        for position in np.argsort(-final, kind="stable"):
            first, last = windows[position]
            if first in taken or last in taken:
                continue
            taken.update((first, last))
            hits.append(self._hit(units, first, last, float(final[position]), query))
            if len(hits) == limit:
                break
        return hits

    def _hit(self, units: Units, first: int, last: int, score: float, query: str) -> Hit:
        event = self.events[int(units.event[first])]
        turn = units.turn_of(self.events, first)
        paragraph = units.paragraph_text(self.events, first)
        start, end = int(units.start[first]), int(units.end[last])
        marks = [(start + a, start + b) for a, b in _highlights(paragraph[start:end], query)]
        start, end = _trim(paragraph, start, end, marks)
        text = paragraph[start:end]
        return Hit(
            event_id=event.id, event_title=event.title, date=event.date,
            part=PARTS[int(units.part[first])], turn=int(units.turn[first]),
            paragraph=int(units.paragraph[first]), start=start, end=end,
            speaker=turn.who, role=turn.role, text=text,
            score=max(0.0, min(100.0, score / (1 + TRIGRAM_WEIGHT))),
            highlights=[(a - start, b - start) for a, b in marks if a >= start and b <= end],
        )


def _index_events(events: Sequence[Event], progress: Progress | None, budget_s: float | None = None) -> _Searchable:
    """Split, normalise and index ``events`` batch by batch (stopping early after
    ``budget_s`` seconds, for the fallback scan)."""
    started = time.perf_counter()
    units = UnitsBuilder()
    builder = IndexBuilder()
    done = 0
    for batch in batches(events, BATCH_PARAGRAPHS if budget_s is None else BATCH_PARAGRAPHS // 8):
        texts = units.add_events(batch)
        builder.add(normalize_block(texts), len(texts))
        done += len(batch)
        if progress:
            progress(done, len(events))
        if budget_s is not None and time.perf_counter() - started > budget_s:
            break
    return _Searchable(units.finish(), builder.finish())


def _promising(scores: np.ndarray, units: Units, event_range: tuple[int, int] | None,
               allowed_speakers: np.ndarray | None) -> np.ndarray:
    """Sentences in scope worth ranking: those scoring at least a quarter of the best.

    Nearly every sentence shares some trigram with a query, so ranking them all would
    cost more than the rest of the search; a sentence far below the best cannot reach
    the shortlist, alone or paired with a neighbour.
    """
    offset = 0
    if event_range is not None:
        offset = int(units.event_start[event_range[0]])
        scores = scores[offset:int(units.event_start[event_range[1]])]
    if allowed_speakers is not None:
        candidates = np.flatnonzero(scores)
        candidates = candidates[np.isin(units.speaker[candidates + offset], allowed_speakers)]
        if not len(candidates):
            return candidates
        best = float(scores[candidates].max())
        candidates = candidates[scores[candidates] >= MIN_SHARE * best]
    else:
        best = float(scores.max()) if len(scores) else 0.0
        candidates = np.flatnonzero(scores >= MIN_SHARE * best) if best > 0 else np.zeros(0, np.int64)
    return candidates + offset


def _shortlist(candidates: np.ndarray, scores: np.ndarray, total: float, lengths: np.ndarray,
               joins_next: np.ndarray, query_length: int) -> tuple[np.ndarray, np.ndarray]:
    """The sentences and sentence pairs worth re-scoring, by trigram coverage.

    Coverage alone favours long sentences (they contain more trigrams by chance), a
    penalty for length beyond the query's favours short ones, and a remembered quote
    may be a fragment of either: half the shortlist is taken each way. Pairs start at
    a candidate or just before one (a pair scores at most twice its better sentence,
    so good pairs have a candidate in them).
    """
    def penalised(covered: np.ndarray, length: np.ndarray) -> np.ndarray:
        extra = np.maximum(length - query_length, 0) / (length + query_length + 1)
        return covered / total - 0.25 * extra

    covered = scores[candidates]
    singles = np.union1d(_top(candidates, covered, CANDIDATES // 2),
                         _top(candidates, penalised(covered, lengths[candidates]), CANDIDATES // 2))
    before = candidates[candidates > 0] - 1
    starts = np.concatenate((candidates[joins_next[candidates]], before[joins_next[before] & (scores[before] == 0)]))
    if len(starts):
        pair_rank = penalised(scores[starts] + scores[starts + 1], lengths[starts] + lengths[starts + 1] + 1)
        pairs = _top(starts, pair_rank, PAIR_CANDIDATES)
    else:
        pairs = starts
    return singles, pairs


def _top(ids: np.ndarray, rank: np.ndarray, k: int) -> np.ndarray:
    if len(ids) > k:
        keep = np.argpartition(-rank, k - 1)[:k]
        return ids[keep]
    return ids


def _rescore(query: str, texts: list[str]) -> np.ndarray:
    """rapidfuzz similarity (0–100) of the query to each normalised candidate.

    ``partial_ratio`` finds the query inside a longer sentence; when the sentence is
    shorter than the query it would instead find the sentence inside the query
    ("thank you" scores 100 against any query containing it), so it is scaled by how
    much of the query the sentence can cover.
    """
    if not texts:
        return np.zeros(0, dtype=np.float64)
    partial = process.cdist(texts, [query], scorer=fuzz.partial_ratio, dtype=np.float32, workers=-1)[:, 0]
    token_set = process.cdist([query], texts, scorer=fuzz.token_set_ratio, dtype=np.float32)[0]
    lengths = np.fromiter((len(t) for t in texts), dtype=np.float32, count=len(texts))
    cover = np.minimum(1.0, lengths / max(1, len(query)))
    return (0.5 * partial * cover + 0.5 * token_set).astype(np.float64)


def _prefixes_match(wanted: list[str], name_words: list[str]) -> bool:
    """Every wanted word starts some word of the name ("mark r" → "Mark Rutte")."""
    return all(any(w.startswith(part) for w in name_words) for part in wanted)


def _highlights(text: str, query: str) -> list[tuple[int, int]]:
    """Spans of the words in ``text`` that match a word of the (normalised) query:
    the same word once normalised, or a close spelling for words of 4+ letters."""
    query_words = set(words(query))
    spans = [(m.start(), m.end()) for m in _WORD_SPAN_RE.finditer(text)]
    if not spans or not query_words:
        return []
    fuzzy_targets = [w for w in query_words if len(w) >= 4]
    found = []
    for span, norm in zip(spans, normalize_many([text[a:b] for a, b in spans])):
        for word in norm.split():
            if word in query_words or (len(word) >= 4 and fuzzy_targets and process.extractOne(
                    word, fuzzy_targets, scorer=fuzz.ratio, score_cutoff=80) is not None):
                found.append(span)
                break
    return found


def _trim(paragraph: str, start: int, end: int, marks: list[tuple[int, int]]) -> tuple[int, int]:
    """Narrow ``[start, end)`` to at most MAX_TEXT characters around the matched words,
    cutting at word boundaries."""
    if end - start <= MAX_TEXT:
        return start, end
    centre = (marks[0][0] + marks[-1][1]) // 2 if marks else start
    lo = max(start, min(centre - MAX_TEXT // 2, end - MAX_TEXT))
    hi = lo + MAX_TEXT
    if lo > start:
        space = paragraph.find(" ", lo, hi)
        lo = space + 1 if space != -1 else lo
    if hi < end:
        space = paragraph.rfind(" ", lo, hi)
        hi = space if space > lo else hi
    while hi > lo and paragraph[hi - 1] in " ,;:–-":
        hi -= 1
    return lo, hi
