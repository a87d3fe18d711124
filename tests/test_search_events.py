"""Type-to-filter over the event list."""

from __future__ import annotations

import datetime as dt

import pytest

from tui.search.events import filter_events
from tui.transcript.model import Event, Turn


@pytest.fixture
def events() -> list[Event]:
    return [
        Event(id="e1", title="Press conference by NATO Secretary General Jens Stoltenberg",
              date=dt.date(2019, 4, 4), place="Washington, D.C.", kind="press conference",
              turns=[Turn("questioner", "Teri Schultz", "NPR", ["Hi."]),
                     Turn("principal", "Jens Stoltenberg", "NATO Secretary General", ["Yes."])]),
        Event(id="e2", title="Doorstep statement", date=dt.date(2025, 12, 3), place="Brussels",
              kind="doorstep", turns=[Turn("principal", "Mark Rutte", "", ["Good morning."])]),
        Event(id="e3", title="Press point in Türkiye", place="Ankara", kind="press point"),
    ]


@pytest.mark.parametrize(("text", "expected"), [
    ("", [0, 1, 2]),
    ("stoltenberg", [0]),
    ("STOLTENBERG press", [0]),
    ("npr", [0]),
    ("schultz", [0]),
    ("rutte", [1]),
    ("doorstep", [1]),
    ("december 2025", [1]),
    ("2019-04-04", [0]),
    ("apr 2019", [0]),
    ("turkiye", [2]),
    ("ankara", [2]),
    ("stlnbrg", [0]),      # letters in order inside one word
    ("press", [0, 2]),
    ("zzz", []),
])
def test_filter(events: list[Event], text: str, expected: list[int]) -> None:
    assert filter_events(events, text) == expected


def test_filter_sees_a_changed_list(events: list[Event]) -> None:
    assert filter_events(events, "rutte") == [1]
    assert filter_events(events[1:], "rutte") == [0]
