"""The trigram index and the sentence units, against brute force on hand-built events."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.search.index import IndexBuilder, TrigramIndex, coverage, trigrams
from tui.search.normalize import normalize_block, normalize_many
from tui.search.units import Units, UnitsBuilder, batches
from tui.transcript.model import Event, Turn

WORDS = "alliance ukraine defence russia tango billion summit the and we two to support".split()


def make_event(event_id: str, paragraphs: list[str], speaker: str = "Mark Rutte") -> Event:
    return Event(id=event_id, statement=[Turn("principal", speaker, "", paragraphs[:1])],
                 turns=[Turn("questioner", "Ann Reporter", "BBC", ["Hi."]),
                        Turn("principal", speaker, "", paragraphs[1:])])


def brute_force(lines: list[str], query: str) -> np.ndarray:
    wanted = set(trigrams(query).tolist())
    index_df = {}
    for line in lines:
        for t in set(trigrams(line).tolist()):
            index_df[t] = index_df.get(t, 0) + 1
    n = len(lines)
    out = np.zeros(n)
    for i, line in enumerate(lines):
        for t in set(trigrams(line).tolist()) & wanted:
            out[i] += np.log((n + 1) / (index_df[t] + 0.5))
    return out


def build(lines: list[str], batch: int, min_common: int) -> TrigramIndex:
    builder = IndexBuilder()
    for start in range(0, len(lines), batch):
        chunk = lines[start:start + batch]
        builder.add("\n".join(chunk).encode(), len(chunk))
    return builder.finish(common_share=0.3, min_common=min_common)


@settings(max_examples=30, deadline=None)
@given(st.lists(st.lists(st.sampled_from(WORDS), min_size=0, max_size=8).map(" ".join), min_size=1, max_size=40),
       st.integers(1, 9), st.sampled_from([0, 10_000]), st.lists(st.sampled_from(WORDS), min_size=1, max_size=4))
def test_scores_equal_brute_force_with_and_without_bitmaps(lines: list[str], batch: int, min_common: int,
                                                           query_words: list[str]) -> None:
    query = " ".join(query_words)
    index = build(lines, batch, min_common)
    scores, total = index.score(trigrams(query), min_terms=10_000)  # read every trigram, bitmaps too
    assert np.allclose(scores, brute_force(lines, query), atol=1e-3)
    assert total > 0
    rebuilt = TrigramIndex.from_arrays(index.arrays(), len(lines))
    assert np.array_equal(rebuilt.score(trigrams(query))[0], index.score(trigrams(query))[0])


def test_common_trigrams_are_bitmaps_and_only_read_when_nothing_rarer() -> None:
    lines = ["the alliance"] * 30 + ["the tango"] + ["the summit"] * 30
    index = build(lines, 7, 0)
    assert len(index.bitmaps) > 0
    only_common = index.score(trigrams("the"))[0]
    assert np.count_nonzero(only_common) == len(lines)  # a short query still gets answers
    rare = index.score(trigrams("tango"), min_terms=1)[0]
    assert int(np.argmax(rare)) == 30


def test_damaged_arrays_are_refused() -> None:
    index = build(["we support ukraine", "two to tango"], 1, 2048)
    arrays = index.arrays()
    bad = dict(arrays, postings=arrays["postings"] + 5)
    with pytest.raises(ValueError):
        TrigramIndex.from_arrays(bad, 2)
    with pytest.raises(ValueError):
        TrigramIndex.from_arrays({k: v for k, v in arrays.items() if k != "df"}, 2)


def test_coverage_counts_a_shared_trigram_once() -> None:
    query = "two to tango"
    ids = trigrams(query)
    weights = np.ones(len(ids), dtype=np.float32)
    lines = ["two to tango", "tango tango", "", "two to tango two to tango"]
    shares = coverage(ids, weights, "\n".join(lines).encode(), len(lines))
    assert shares[0] == pytest.approx(1.0) and shares[3] == pytest.approx(1.0)
    assert 0 < shares[1] < 1 and shares[2] == 0


def test_units_locate_every_sentence() -> None:
    events = [make_event("a", ["First one. Second one.", "Third one here. Fourth."]),
              make_event("b", ["Only sentence.", ""], speaker="")]
    builder = UnitsBuilder()
    texts = builder.add_events(events[:1]) + builder.add_events(events[1:])
    units = builder.finish()
    assert len(units) == len(texts) == 7
    assert [units.text(events, i) for i in range(len(units))] == texts
    assert texts[:3] == ["First one.", "Second one.", "Hi."]
    assert units.joins_next.tolist() == [True, False, False, True, False, False, False]
    assert units.text(events, 0, 1) == "First one. Second one."
    assert units.event_start.tolist() == [0, 5, 7]
    assert [units.speakers[s] if s >= 0 else "" for s in units.speaker] == \
        ["Mark Rutte", "Mark Rutte", "Ann Reporter", "Mark Rutte", "Mark Rutte", "", "Ann Reporter"]
    again = Units.from_arrays(units.arrays(), units.speakers)
    assert again.text(events, 3) == "Third one here."
    broken = dict(units.arrays(), event_start=np.array([0, 9, 7]))
    with pytest.raises(ValueError):
        Units.from_arrays(broken, units.speakers)


def test_batches_keep_events_whole_and_in_order() -> None:
    events = [make_event(str(i), ["A. B."] * (i + 2)) for i in range(10)]
    parts = list(batches(events, 5))
    assert [e.id for part in parts for e in part] == [e.id for e in events]
    assert all(len(part) >= 1 for part in parts) and len(parts) > 1


def test_normalised_block_feeds_the_builder() -> None:
    texts = ["It takes two to tango.", "One billion citizens!"]
    builder = IndexBuilder()
    builder.add(normalize_block(texts), len(texts))
    index = builder.finish()
    assert index.lengths.tolist() == [len(t) for t in normalize_many(texts)]
    with pytest.raises(ValueError):
        IndexBuilder().add(b"one\ntwo", 3)
