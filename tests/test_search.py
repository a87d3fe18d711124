"""The quote finder on the sample corpus: robustness, scopes, hit locations, cache."""

from __future__ import annotations

import copy
import threading
from pathlib import Path

import pytest

from tui.corpus import load_corpus
from tui.resources import SAMPLE_CORPUS
from tui.search import cache
from tui.search.finder import MAX_TEXT, Hit, QuoteFinder
from tui.transcript.model import Event

JSON_KEYS = {"event_id", "event_title", "date", "turn", "part", "paragraph", "speaker", "role", "text", "score"}


@pytest.fixture(scope="module")
def events() -> list[Event]:
    return load_corpus([SAMPLE_CORPUS], use_cache=False).events


@pytest.fixture(scope="module")
def finder(events: list[Event], tmp_path_factory: pytest.TempPathFactory) -> QuoteFinder:
    built = QuoteFinder(events, cache_dir=tmp_path_factory.mktemp("search"))
    built.build()
    return built


def located_text(events: list[Event], hit: Hit) -> str:
    """The hit's text read back from the event through its location."""
    event = next(e for e in events if e.id == hit.event_id)
    turns = event.statement if hit.part == "statement" else event.turns
    return turns[hit.turn].paragraphs[hit.paragraph][hit.start:hit.end]


@pytest.mark.parametrize(("query", "expected"), [
    # missing words
    ("we must build momentum hold each other accountable", "We must build momentum and hold each other accountable"),
    # extra words
    ("now the ball is really squarely in the Russian court", "now the ball is in the Russian court"),
    # word order
    ("in the Russian court the ball is now", "now the ball is in the Russian court"),
    # typos
    ("the shortest anwser to your qeustion is that Putin will never", "the shortest answer to your question"),
    # contractions, both ways
    ("tariffs is not NATO's bailiwick", "tariffs isn't NATO's bailiwick"),
    ("you will accept that I can't tell you everything", "You will accept that I cannot tell you everything"),
    # digits vs words, both ways
    ("twenty thousand Russians a month dying", "20,000 Russians a month dying"),
    ("keep our one billion citizens safe", "keep our 1 billion citizens safe"),
    ("Allies agreed to invest five percent of GDP on defence", "Allies agreed to invest 5% of GDP on defence"),
    ("76 years ago twelve countries came together", "Seventy-six years ago, twelve countries came together"),
    # curly vs straight quotes, both ways
    ("continue to support Russia's war machine", "continue to support Russia’s war machine"),
    ("We’ve got to stop the meat grinder", "We've got to stop the meat grinder"),
    # accents
    ("we cannot be naive about China", "We cannot be naïve about China"),
    ("our next Summit in Turkiye", "our next Summit in Türkiye"),
    # case and punctuation
    ("SEVENTY SIX YEARS AGO TWELVE COUNTRIES", "Seventy-six years ago, twelve countries"),
    ("and that is... what our focus has to be about!!", "And that is what our focus has to be about."),
    # paraphrase
    ("it takes two to tango", "it needs two to tango"),
    ("called the meat grinder", "President Trump called the meat grinder"),
])
def test_robust_queries_find_their_sentence_first(finder: QuoteFinder, query: str, expected: str) -> None:
    hits = finder.search(query)
    assert hits, query
    assert expected in hits[0].text, (query, [h.text for h in hits[:3]])


def test_a_quote_across_two_sentences_is_found_as_one_hit(finder: QuoteFinder) -> None:
    hits = finder.search("We are a defensive alliance. We don't want to attack anyone")
    assert "We are a defensive alliance. We don't want to attack anyone" in hits[0].text


def test_hits_point_at_their_sentence_and_never_overlap(finder: QuoteFinder, events: list[Event]) -> None:
    hits = finder.search("Ukraine defence support", limit=25)
    assert len(hits) == 25
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    for hit in hits:
        assert located_text(events, hit) == hit.text
        assert len(hit.text) <= MAX_TEXT
        assert 0 <= hit.score <= 100
        for start, end in hit.highlights:
            assert 0 <= start < end <= len(hit.text)
    spans: dict[tuple, list[tuple[int, int]]] = {}
    for hit in hits:
        key = (hit.event_id, hit.part, hit.turn, hit.paragraph)
        for start, end in spans.get(key, []):
            assert hit.end <= start or hit.start >= end, "overlapping hits"
        spans.setdefault(key, []).append((hit.start, hit.end))


def test_long_sentence_is_trimmed_around_the_match(finder: QuoteFinder, events: list[Event]) -> None:
    hit = finder.search("because we have prepared to the max to make sure that no one will ever try", limit=1)[0]
    assert len(hit.text) <= MAX_TEXT
    assert "prepared to the max" in hit.text
    assert located_text(events, hit) == hit.text


def test_highlights_mark_the_query_words(finder: QuoteFinder) -> None:
    hit = finder.search("we cannot be naieve about china", limit=1)[0]
    marked = {hit.text[a:b].lower() for a, b in hit.highlights}
    assert {"cannot", "naïve", "china"} <= marked


def test_json_has_exactly_the_documented_keys(finder: QuoteFinder) -> None:
    statement = finder.search("keep our 1 billion citizens safe", limit=1)[0].to_json()
    answer = finder.search("it needs two to tango", limit=1)[0].to_json()
    assert set(statement) == set(answer) == JSON_KEYS
    assert statement["part"] == "statement" and statement["turn"] is None
    assert answer["part"] == "turns" and isinstance(answer["turn"], int)
    assert answer["date"] == "2025-12-02" and answer["speaker"] == "Mark Rutte" and answer["role"] == "principal"


def test_speaker_scope(finder: QuoteFinder) -> None:
    query, speaker = finder.parse_scope("@hart two more questions")
    assert (query, speaker) == ("two more questions", "Allison Hart")
    hits = finder.search(query, speaker=speaker)
    assert hits and all(h.speaker == "Allison Hart" for h in hits)
    rutte = finder.search("question", speaker="rute")  # a typo still finds him
    assert rutte and all(h.speaker == "Mark Rutte" for h in rutte)
    assert finder.parse_scope("no scope here") == ("no scope here", None)
    assert finder.search("question", speaker="Nobody Atall") == []


def test_event_scope(finder: QuoteFinder, events: list[Event]) -> None:
    doorstep = next(e for e in events if e.id.startswith("001"))
    hits = finder.search("meat grinder", event_id=doorstep.id)
    assert hits and all(h.event_id == doorstep.id for h in hits)
    assert "meat grinder" in hits[0].text
    with pytest.raises(LookupError):
        finder.search("meat grinder", event_id="no-such-event")


def test_empty_and_punctuation_only_queries_find_nothing(finder: QuoteFinder) -> None:
    assert finder.search("") == [] and finder.search(" ?! ") == []


def test_search_works_before_the_index_is_built(events: list[Event], tmp_path: Path) -> None:
    finder = QuoteFinder(events, cache_dir=tmp_path)
    hits = finder.search("it takes two to tango")
    assert not finder.ready
    assert "it needs two to tango" in hits[0].text
    finder.build()
    assert finder.ready and finder.search("it takes two to tango")[0].text == hits[0].text


def test_build_reports_progress(events: list[Event], tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    QuoteFinder(events, cache_dir=tmp_path).build(lambda done, total: calls.append((done, total)))
    assert calls and calls[-1] == (len(events), len(events))


def _index_files(directory: Path) -> list[Path]:
    return sorted(directory.glob("index-*.bin"))


def test_cache_is_used_when_valid(events: list[Event], tmp_path: Path) -> None:
    first = QuoteFinder(events, cache_dir=tmp_path)
    first.build()
    assert not first.loaded_from_cache and len(_index_files(tmp_path)) == 1
    second = QuoteFinder(events, cache_dir=tmp_path)
    second.build()
    assert second.loaded_from_cache
    assert [h.to_json() for h in second.search("meat grinder")] == [h.to_json() for h in first.search("meat grinder")]


@pytest.mark.parametrize("damage", ["truncate", "flip", "garbage", "empty"])
def test_damaged_cache_is_rebuilt(events: list[Event], tmp_path: Path, damage: str) -> None:
    QuoteFinder(events, cache_dir=tmp_path).build()
    (path,) = _index_files(tmp_path)
    data = bytearray(path.read_bytes())
    if damage == "truncate":
        data = data[: len(data) // 2]
    elif damage == "flip":
        data[-100] ^= 0xFF
    elif damage == "garbage":
        data = bytearray(b"not an index" * 10)
    else:
        data = bytearray()
    path.write_bytes(bytes(data))
    finder = QuoteFinder(events, cache_dir=tmp_path)
    finder.build()
    assert not finder.loaded_from_cache
    assert "it needs two to tango" in finder.search("it takes two to tango")[0].text
    again = QuoteFinder(events, cache_dir=tmp_path)
    again.build()
    assert again.loaded_from_cache


def test_cache_is_ignored_when_the_index_version_changes(events: list[Event], tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    QuoteFinder(events, cache_dir=tmp_path).build()
    monkeypatch.setattr(cache, "INDEX_VERSION", cache.INDEX_VERSION + 1)
    finder = QuoteFinder(events, cache_dir=tmp_path)
    finder.build()
    assert not finder.loaded_from_cache


def test_cache_is_ignored_when_the_corpus_changes(events: list[Event], tmp_path: Path) -> None:
    QuoteFinder(events, cache_dir=tmp_path).build()
    changed = copy.deepcopy(events)
    turn = changed[0].turns[0]
    turn.paragraphs[0] = "A brand new sentence about purple elephants. " + turn.paragraphs[0]
    finder = QuoteFinder(changed, cache_dir=tmp_path)
    finder.build()
    assert not finder.loaded_from_cache
    assert "purple elephants" in finder.search("purple elephant")[0].text
    fewer = QuoteFinder(events[1:], cache_dir=tmp_path)
    fewer.build()
    assert not fewer.loaded_from_cache


def test_unwritable_cache_still_searches(events: list[Event], tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    finder = QuoteFinder(events, cache_dir=blocker / "search")
    finder.build()
    assert finder.ready and finder.search("meat grinder")


def test_empty_corpus(tmp_path: Path) -> None:
    finder = QuoteFinder([], cache_dir=tmp_path)
    assert finder.search("anything") == []
    finder.build()
    assert finder.ready and finder.search("anything") == [] and finder.parse_scope("@x y") == ("y", "x")
    again = QuoteFinder([], cache_dir=tmp_path)
    again.build()
    assert again.loaded_from_cache


def test_search_while_building_in_another_thread(events: list[Event], tmp_path: Path) -> None:
    finder = QuoteFinder(events, cache_dir=tmp_path)
    worker = threading.Thread(target=finder.build)
    worker.start()
    during = finder.search("keep our one billion citizens safe", limit=1)
    worker.join()
    after = finder.search("keep our one billion citizens safe", limit=1)
    assert finder.ready
    assert during[0].text == after[0].text and "1 billion citizens" in after[0].text
