"""An IDF-weighted character-trigram inverted index over normalised sentences.

Why trigrams: a misremembered quote shares most of its letter triples with the real
sentence even when words are dropped, swapped or misspelt, so "any shared trigram
counts" (OR) finds the sentence where an all-words match (fzf's AND) loses it. Rare
trigrams weigh more (IDF), so the few telling words of a quote dominate.

Why this layout: a million sentences give about a hundred million (trigram, sentence)
pairs. Trigram ids fit in 16 bits (a 40-symbol alphabet), so each batch is grouped by
trigram with numpy's radix sort and de-duplicated in one linear pass; batches are
merged by counting, never one giant sort. Posting lists of the few hundred trigrams
found in more than ~5% of sentences (" th", "the", ...) would be most of the memory
and carry almost no information, so they are kept as bitmaps and read only when a
short query has nothing rarer.
"""

from __future__ import annotations

import numpy as np

ALPHABET = 40
VOCABULARY = ALPHABET**3  # 64,000 trigram ids, all < 2**16


def _code_table() -> np.ndarray:
    """Byte → symbol: 0 line break, 1 space, letters, digits, '.', 39 anything else."""
    table = np.full(256, ALPHABET - 1, dtype=np.uint16)
    table[ord("\n")] = 0
    table[ord(" ")] = 1
    table[ord("a"):ord("z") + 1] = np.arange(2, 28)
    table[ord("0"):ord("9") + 1] = np.arange(28, 38)
    table[ord(".")] = 38
    return table


_CODES = _code_table()


def trigrams(text: str) -> np.ndarray:
    """The distinct trigram ids of one normalised text (padded with a space each side)."""
    ids, _ = _trigram_positions(b" " + text.encode() + b" ")
    return np.unique(ids)


def _trigram_positions(data: bytes) -> tuple[np.ndarray, np.ndarray]:
    """Trigram id and line number of every trigram in ``data`` (lines split on ``\\n``)."""
    codes = _CODES[np.frombuffer(data, dtype=np.uint8)]
    if len(codes) < 3:
        return np.zeros(0, np.uint16), np.zeros(0, np.int32)
    breaks = codes == 0
    line = np.cumsum(breaks, dtype=np.int32)[:-2]
    ids = codes[:-2] * (ALPHABET * ALPHABET) + codes[1:-1] * ALPHABET + codes[2:]
    valid = ~(breaks[:-2] | breaks[1:-1] | breaks[2:])
    return ids[valid], line[valid]


def coverage(query_ids: np.ndarray, weights: np.ndarray, block: bytes, n_lines: int) -> np.ndarray:
    """Share of the query's trigram weight found in each of ``n_lines`` normalised lines.

    Exact where the index's per-sentence sums are not: a sentence pair counts a
    trigram found in both of its sentences once.
    """
    total = float(weights.sum())
    if n_lines == 0 or total <= 0:
        return np.zeros(n_lines, dtype=np.float64)
    slot_of = np.full(VOCABULARY, -1, dtype=np.int32)
    slot_of[query_ids] = np.arange(len(query_ids), dtype=np.int32)
    ids, line = _trigram_positions(b" " + block.replace(b"\n", b" \n ") + b" ")
    slot = slot_of[ids]
    found = slot >= 0
    seen = np.zeros((n_lines, len(query_ids)), dtype=bool)
    seen[line[found], slot[found]] = True
    return (seen @ weights.astype(np.float64)) / total


class TrigramIndex:
    """Posting lists (sentence ids per trigram) plus bitmaps for the commonest trigrams."""

    def __init__(self, *, n_units: int, offsets: np.ndarray, postings: np.ndarray, df: np.ndarray,
                 bitmap_row: np.ndarray, bitmaps: np.ndarray, lengths: np.ndarray) -> None:
        self.n_units = n_units
        self.offsets = offsets
        self.postings = postings
        self.df = df
        self.bitmap_row = bitmap_row
        self.bitmaps = bitmaps
        self.lengths = lengths
        self.idf = np.log((n_units + 1) / (df + 0.5)).astype(np.float32)

    # -- persistence ------------------------------------------------------------------

    def arrays(self) -> dict[str, np.ndarray]:
        """Everything needed to rebuild the index (what the cache stores)."""
        return {"offsets": self.offsets, "postings": self.postings, "df": self.df,
                "bitmap_row": self.bitmap_row, "bitmaps": self.bitmaps, "lengths": self.lengths}

    @classmethod
    def from_arrays(cls, arrays: dict[str, np.ndarray], n_units: int) -> TrigramIndex:
        """Rebuild from :meth:`arrays`; raises ValueError if they are inconsistent."""
        try:
            index = cls(n_units=n_units, **{name: arrays[name] for name in
                                            ("offsets", "postings", "df", "bitmap_row", "bitmaps", "lengths")})
        except KeyError as exc:
            raise ValueError(f"index array {exc} missing") from None
        index.check()
        return index

    def check(self) -> None:
        """Raise ValueError unless the arrays fit together (cheap, vectorised checks)."""
        offsets, postings = self.offsets, self.postings
        if (self.df.shape != (VOCABULARY,) or offsets.shape != (VOCABULARY + 1,)
                or self.bitmap_row.shape != (VOCABULARY,) or self.lengths.shape != (self.n_units,)):
            raise ValueError("index arrays have the wrong shape")
        if offsets[0] != 0 or offsets[-1] != len(postings) or np.any(np.diff(offsets) < 0):
            raise ValueError("posting offsets are inconsistent")
        if len(postings) and int(postings.max()) >= self.n_units:
            raise ValueError("posting points past the last sentence")
        rows = self.bitmap_row[self.bitmap_row >= 0]
        if len(rows) != len(self.bitmaps) or (len(rows) and int(rows.max()) >= len(self.bitmaps)):
            raise ValueError("bitmap rows are inconsistent")
        if self.bitmaps.ndim != 2 or self.bitmaps.shape[1] != (self.n_units + 7) // 8:
            raise ValueError("bitmaps have the wrong shape")

    # -- querying ---------------------------------------------------------------------

    def score(self, ids: np.ndarray, *, min_terms: int = 3,
              max_postings: int = 1_000_000) -> tuple[np.ndarray, float]:
        """Sum of the IDF of the query trigrams ``ids`` found in each sentence.

        Returns the dense score per sentence and the query's total IDF (what a
        sentence containing every query trigram would score). Rarest trigrams are read
        first, and reading stops once ``max_postings`` sentence ids have been added
        (keeping at least ``min_terms`` trigrams): the commoner trigrams that are left
        weigh little and would cost most of the time of a long query. Trigrams stored
        as bitmaps (the commonest) are only read when fewer than ``min_terms`` rarer
        ones exist.
        """
        scores = np.zeros(self.n_units, dtype=np.float32)
        if not len(ids) or not self.n_units:
            return scores, 0.0
        df = self.df[ids]
        weights = self.idf[ids]
        total = float(weights.sum())
        present = df > 0
        in_postings = present & (self.bitmap_row[ids] < 0)
        terms = ids[in_postings]
        terms = terms[np.argsort(self.df[terms], kind="stable")]
        volume = np.cumsum(self.df[terms], dtype=np.int64)
        terms = terms[:max(min_terms, int(np.searchsorted(volume, max_postings, side="right")))]
        for term in terms:
            scores[self.postings[self.offsets[term]:self.offsets[term + 1]]] += self.idf[term]
        missing = min_terms - len(terms)
        if missing > 0:
            common = ids[present & ~in_postings]
            for term in common[np.argsort(self.df[common], kind="stable")][:missing]:
                bits = np.unpackbits(self.bitmaps[self.bitmap_row[term]], count=self.n_units)
                scores += bits * self.idf[term]
        return scores, total


class IndexBuilder:
    """Builds a :class:`TrigramIndex` from batches of normalised lines.

    Each batch is reduced at once to (trigram-sorted) distinct pairs and per-trigram
    counts; :meth:`finish` places them into the final arrays by counting.
    """

    def __init__(self) -> None:
        self._batches: list[tuple[np.ndarray, np.ndarray, int]] = []
        self._lengths: list[np.ndarray] = []
        self._df = np.zeros(VOCABULARY, dtype=np.int64)
        self.n_units = 0

    def add(self, block: bytes, n_lines: int) -> None:
        """Add ``n_lines`` normalised lines joined by ``\\n`` (the next sentences in order)."""
        if n_lines == 0:
            return
        raw = np.frombuffer(block, dtype=np.uint8)
        breaks = np.flatnonzero(raw == 10)
        if len(breaks) != n_lines - 1:
            raise ValueError(f"block has {len(breaks) + 1} lines, expected {n_lines}")
        ends = np.append(breaks, len(raw))
        self._lengths.append(np.diff(np.concatenate(([-1], ends))).astype(np.int32) - 1)
        ids, line = _trigram_positions(b" " + block.replace(b"\n", b" \n ") + b" ")
        order = np.argsort(ids, kind="stable")  # radix sort: ids are 16-bit
        ids, line = ids[order], line[order]
        if len(ids):
            keep = np.empty(len(ids), dtype=bool)
            keep[0] = True
            np.not_equal(ids[1:], ids[:-1], out=keep[1:])
            keep[1:] |= line[1:] != line[:-1]
            ids, line = ids[keep], line[keep]
        counts = np.bincount(ids, minlength=VOCABULARY)
        self._df += counts
        self._batches.append((counts.astype(np.int32), line.astype(np.uint32) + self.n_units, n_lines))
        self.n_units += n_lines

    def finish(self, common_share: float = 0.05, min_common: int = 2048) -> TrigramIndex:
        """The index; trigrams in more than ``common_share`` of the sentences (and in
        more than ``min_common``: small corpora need no bitmaps) become bitmaps."""
        n = self.n_units
        df = self._df.astype(np.int32)
        cap = max(int(n * common_share), min_common)
        rare = df <= cap
        offsets = np.zeros(VOCABULARY + 1, dtype=np.int64)
        np.cumsum(np.where(rare, df, 0), out=offsets[1:])
        postings = np.empty(int(offsets[-1]), dtype=np.uint32)
        common = np.flatnonzero(~rare)
        bitmap_row = np.full(VOCABULARY, -1, dtype=np.int32)
        bitmap_row[common] = np.arange(len(common), dtype=np.int32)
        bitmaps = np.zeros((len(common), (n + 7) // 8), dtype=np.uint8)
        fill = offsets[:-1].copy()
        first = 0
        all_terms = np.arange(VOCABULARY, dtype=np.int32)
        while self._batches:
            counts, units, n_lines = self._batches.pop(0)
            terms = np.repeat(all_terms, counts)
            batch_offsets = np.zeros(VOCABULARY, dtype=np.int64)
            np.cumsum(counts[:-1], out=batch_offsets[1:])
            is_rare = rare[terms]
            where = np.flatnonzero(is_rare)
            rare_terms = terms[where]
            postings[fill[rare_terms] + where - batch_offsets[rare_terms]] = units[where]
            fill += np.where(rare, counts, 0)
            if len(common):
                self._set_bits(bitmaps, bitmap_row[terms[~is_rare]], units[~is_rare], first, n_lines)
            first += n_lines
        lengths = np.concatenate(self._lengths) if self._lengths else np.zeros(0, np.int32)
        self._lengths.clear()
        return TrigramIndex(n_units=n, offsets=offsets, postings=postings, df=df,
                            bitmap_row=bitmap_row, bitmaps=bitmaps, lengths=lengths)

    @staticmethod
    def _set_bits(bitmaps: np.ndarray, rows: np.ndarray, units: np.ndarray, first: int, n_lines: int) -> None:
        """Set the bits of one batch: a dense bool block, packed, OR-ed in place.

        The block starts on a byte boundary, so its first byte may be shared with the
        previous batch; OR keeps both.
        """
        start = first - first % 8
        width = first + n_lines - start
        dense = np.zeros((len(bitmaps), width), dtype=bool)
        dense[rows, units.astype(np.int64) - start] = True
        packed = np.packbits(dense, axis=1)
        bitmaps[:, start // 8:start // 8 + packed.shape[1]] |= packed

