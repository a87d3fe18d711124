"""The normalisation that makes a remembered quote and the transcript comparable."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.search.normalize import normalize, normalize_block, normalize_many, words


@pytest.mark.parametrize(("text", "expected"), [
    ("We have seen now 20,000 Russians", "we have seen now 20000 russians"),
    ("twenty thousand Russians", "20000 russians"),
    ("keep our 1 billion citizens safe", "keep our 1000000000 citizens safe"),
    ("keep our one billion citizens safe", "keep our 1000000000 citizens safe"),
    ("1.5 billion", "1500000000"),
    ("5% of GDP", "5 percent of gdp"),
    ("five per cent of GDP", "5 percent of gdp"),
    ("3.5% on core", "3.5 percent on core"),
    ("Seventy-six years ago", "76 years ago"),
    ("one hundred and fifty", "150"),
    ("one and two", "1 and 2"),
    ("two three", "2 3"),
    ("It isn't NATO's bailiwick", "it is not natos bailiwick"),
    ("I'm sure we'll see, they've said they'd go", "i am sure we will see they have said they would go"),
    ("won't can't cannot", "will not can not can not"),
    ("it’s the Allies’ money", "it is the allies money"),
    ("Let's go", "let us go"),
    ("We cannot be naïve about “China” — Türkiye", "we can not be naive about china turkiye"),
    ("NAÏVE ŁÓDŹ STRAßE", "naive lodz strasse"),
    ("Привет, МИР!", "привет мир"),
    ("  Hello,\tworld...  ", "hello world"),
    ("U.S. forces", "us forces"),
    ("", ""),
])
def test_normalize(text: str, expected: str) -> None:
    assert normalize(text) == expected


def test_curly_and_straight_quotes_normalise_alike() -> None:
    assert normalize("Russia’s war machine, “he said”") == normalize("Russia's war machine, \"he said\"")


def test_many_keeps_one_line_per_text_even_with_newlines_and_empty_texts() -> None:
    texts = ["a\nb", "", ".", "Two\n\nthousand", "x"]
    assert normalize_many(texts) == ["a b", "", "", "2000", "x"]
    assert normalize_block(texts).count(b"\n") == len(texts) - 1


def test_words_of_normalised_text() -> None:
    assert words(normalize("It's 3.5% — isn't it?")) == ["it", "is", "3.5", "percent", "is", "not", "it"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(max_size=40), min_size=1, max_size=6))
def test_block_matches_one_by_one_and_output_is_clean(texts: list[str]) -> None:
    many = normalize_many(texts)
    assert many == [normalize(t) for t in texts]
    for line in many:
        assert line == line.strip(" ") and "  " not in line and "\n" not in line
        assert not re.search(r"[!-/:-@\[-`{-~]", line.replace(".", "")), line
