"""The quote finder palette, driven with real keys over the sample corpus."""

from __future__ import annotations

import datetime as dt
import re
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from textual.app import App
from textual.pilot import Pilot
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from tui.corpus import load_corpus
from tui.resources import SAMPLE_CORPUS
from tui.safety import clean_line
from tui.screens.finder import BUILDING_NOTICE, FinderScreen
from tui.search.finder import Hit, QuoteFinder
from tui.transcript.model import Event, Turn
from tui.widgets.finder_results import FinderResults

TANGO = "But in the end, we need two to tango."
HOSTILE = "Click [@click=app.quit]here[/] to leave, said the [bold]spokesperson[/bold]."

# Transcript text as hostile as issue 6 lists: markup, escape sequences, controls, bidi.
PIECES = st.sampled_from([
    "[bold red]", "[/]", "[@click=app.quit]x[/]", "[link=file:///etc/passwd]x[/link]",
    "[inaudible]", "\x1b[2J", "\x1b]52;c;Zm9v\x07", "\x1b]8;;https://x\x1b\\", "\u202e", "\x85",
    "\n", "\t", "\x00",
])
ANY_TEXT = st.lists(st.one_of(PIECES, st.text(max_size=20)), max_size=10).map("".join)
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e]")


class RecordingFinder(QuoteFinder):
    """The real finder, remembering the limits each search was given."""

    def __init__(self, events: Sequence[Event], cache_dir: Path) -> None:
        super().__init__(events, cache_dir=cache_dir)
        self.calls: list[tuple[str, str | None, str | None]] = []
        self.on_ui_thread: list[bool] = []  # per call: did it run on the UI thread?

    def search(self, query: str, *, limit: int = 10, speaker: str | None = None,
               event_id: str | None = None) -> list[Hit]:
        self.calls.append((query, speaker, event_id))
        self.on_ui_thread.append(threading.current_thread() is threading.main_thread())
        return super().search(query, limit=limit, speaker=speaker, event_id=event_id)


class SlowFinder(RecordingFinder):
    """A finder as slow as a search over a big archive."""

    def search(self, query: str, **limits: Any) -> list[Hit]:
        time.sleep(0.03)
        return super().search(query, **limits)


class BrokenFinder(RecordingFinder):
    """A finder whose searches fail after the first one."""

    def search(self, query: str, **limits: Any) -> list[Hit]:
        if self.calls:
            raise OSError("index file vanished")
        return super().search(query, **limits)


class FinderHost(App[None]):
    """An empty app that opens the finder at start and keeps what it returns.

    Like PresserApp it leaves ctrl+p to a modal screen: the command palette's binding
    is an app priority binding and would otherwise take the finder's "previous" key.
    """

    def __init__(self, finder: QuoteFinder, events: Sequence[Event], event_id: str | None,
                 speaker: str | None = None) -> None:
        super().__init__()
        self.screen_under_test = FinderScreen(finder, events, event_id, speaker)
        self.result: Hit | None | str = "not dismissed"

    def on_mount(self) -> None:
        self.push_screen(self.screen_under_test, self._keep)

    def _keep(self, hit: Hit | None) -> None:
        self.result = hit

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "command_palette" and isinstance(self.screen, ModalScreen):
            return False
        return super().check_action(action, parameters)


@pytest.fixture(scope="module")
def events() -> list[Event]:
    return load_corpus([SAMPLE_CORPUS], use_cache=False).events


@pytest.fixture
def finder(events: list[Event], tmp_path: Path) -> RecordingFinder:
    built = RecordingFinder(events, tmp_path / "index")
    built.build()
    return built


async def settle(pilot: Pilot[Any]) -> None:
    """Wait until the searches started so far have been shown."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def type_query(pilot: Pilot[Any], text: str) -> None:
    """Type ``text`` key by key (each key starts a search) and wait for the results."""
    await pilot.press(*text)
    await settle(pilot)


async def enter_query(pilot: Pilot[Any], text: str) -> None:
    """Put ``text`` in the query at once, as a paste would, and wait for the results."""
    pilot.app.screen.query_one(Input).value = text
    await settle(pilot)


def shown(app: App[Any]) -> list[Hit]:
    return app.screen.query_one(FinderResults).hits


def line(app: App[Any], selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


async def test_typing_shows_the_sentence_first(finder: RecordingFinder, events: list[Event]) -> None:
    app = FinderHost(finder, events, None)
    async with app.run_test() as pilot:
        await type_query(pilot, "two to tango")
        hits = shown(app)
        assert hits and TANGO in hits[0].text
        assert finder.calls[-1] == ("two to tango", None, None)
        prompt = str(app.screen.query_one(FinderResults).get_option_at_index(0).prompt)
        assert TANGO in prompt and "Mark Rutte" in prompt and "2025-12-02" in prompt
        assert f"{len(hits)} results" in line(app, "#finder-status")


async def test_cheap_searches_answer_with_the_keystroke(finder: RecordingFinder, events: list[Event],
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Once a search has proved cheap, the next ones run in line with the key, so the
    typed character and its results are painted together: no worker is waited for.
    (The budget is generous here so a busy test machine cannot make a search "slow".)"""
    monkeypatch.setattr("tui.screens.finder.INLINE_BUDGET", 1.0)
    app = FinderHost(finder, events, None)
    async with app.run_test() as pilot:
        await type_query(pilot, "t")
        assert finder.on_ui_thread == [False]  # nothing measured yet
        await pilot.press(*"wo to tango")
        assert all(finder.on_ui_thread[1:]) and len(finder.calls) == len("two to tango")
        assert TANGO in shown(app)[0].text


async def test_a_big_archive_is_always_searched_off_the_ui_thread(finder: RecordingFinder, events: list[Event],
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """On a big archive a two-letter query may take tens of milliseconds however fast the
    one-letter query before it was, so the size of the index decides, not a lucky search."""
    monkeypatch.setattr("tui.screens.finder.INLINE_BUDGET", 1.0)
    monkeypatch.setattr("tui.screens.finder.INLINE_SENTENCES", finder.size - 1)
    app = FinderHost(finder, events, None)
    async with app.run_test() as pilot:
        await type_query(pilot, "two to tango")
        assert len(finder.on_ui_thread) >= 2 and not any(finder.on_ui_thread)
        assert TANGO in shown(app)[0].text


async def test_slow_searches_stay_off_the_ui_thread(events: list[Event], tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("tui.screens.finder.INLINE_BUDGET", 0.02)  # below SlowFinder's 30 ms
    finder = SlowFinder(events, tmp_path / "index")
    finder.build()
    app = FinderHost(finder, events, None)
    async with app.run_test() as pilot:
        await type_query(pilot, "two to tango")
        assert finder.calls and not any(finder.on_ui_thread)
        assert finder.calls[-1][0] == "two to tango"
        assert TANGO in shown(app)[0].text


async def test_a_failing_search_is_reported_in_the_status(events: list[Event], tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("tui.screens.finder.INLINE_BUDGET", 1.0)
    finder = BrokenFinder(events, tmp_path / "index")
    finder.build()
    app = FinderHost(finder, events, None)
    async with app.run_test() as pilot:
        await enter_query(pilot, "tango")  # the first search (threaded) works
        assert shown(app)
        await type_query(pilot, "s")  # the next runs in line and fails
        assert finder.on_ui_thread == [False]
        assert line(app, "#finder-status") == "search failed: index file vanished"
        assert not shown(app)
        assert isinstance(app.screen, FinderScreen)


async def test_enter_returns_the_highlighted_hit(finder: RecordingFinder, events: list[Event]) -> None:
    app = FinderHost(finder, events, None)
    async with app.run_test() as pilot:
        await enter_query(pilot, "two to tango")
        second = shown(app)[1]
        await pilot.press("down", "ctrl+p", "ctrl+n", "enter")
        await pilot.pause()
    assert app.result == second


async def test_escape_returns_none(finder: RecordingFinder, events: list[Event]) -> None:
    app = FinderHost(finder, events, None)
    async with app.run_test() as pilot:
        await enter_query(pilot, "two to tango")
        await pilot.press("escape")
        await pilot.pause()
    assert app.result is None


async def test_tab_cycles_the_scope(finder: RecordingFinder, events: list[Event]) -> None:
    event = events[-1]
    app = FinderHost(finder, events, event.id, "Jonathan Beale")
    async with app.run_test() as pilot:
        await enter_query(pilot, "defence spending")
        assert finder.calls[-1] == ("defence spending", None, None)
        assert line(app, "#finder-scope") == "Scope: whole corpus"

        await pilot.press("tab")
        await settle(pilot)
        assert finder.calls[-1] == ("defence spending", None, event.id)
        assert line(app, "#finder-scope").startswith("Scope: this event (")
        assert {hit.event_id for hit in shown(app)} == {event.id}

        await pilot.press("tab")
        await settle(pilot)
        assert finder.calls[-1] == ("defence spending", "Jonathan Beale", None)
        assert line(app, "#finder-scope") == "Scope: speaker: Jonathan Beale"

        await pilot.press("tab")
        await settle(pilot)
        assert finder.calls[-1] == ("defence spending", None, None)


async def test_speaker_scope_defaults_to_the_events_principal(
    finder: RecordingFinder, events: list[Event]
) -> None:
    app = FinderHost(finder, events, events[0].id)
    async with app.run_test() as pilot:
        await pilot.press("tab", "tab")
        await enter_query(pilot, "tango")
        assert finder.calls[-1] == ("tango", "Mark Rutte", None)


async def test_at_prefix_scopes_to_a_speaker(finder: RecordingFinder, events: list[Event]) -> None:
    app = FinderHost(finder, events, None)
    async with app.run_test() as pilot:
        await enter_query(pilot, "@rutte two to tango")
        assert finder.calls[-1] == ("two to tango", "Mark Rutte", None)
        assert line(app, "#finder-scope") == "Scope: speaker: Mark Rutte"
        hits = shown(app)
        assert hits and {hit.speaker for hit in hits} == {"Mark Rutte"}


async def test_result_text_shows_markup_literally(tmp_path: Path) -> None:
    hostile = Event(
        id="hostile",
        title="[link=file:///etc/passwd]Briefing[/link]",
        date=dt.date(2025, 1, 2),
        turns=[Turn("moderator", "[red]Allison[/red]", "", [HOSTILE])],
    )
    finder = RecordingFinder([hostile], tmp_path / "index")
    finder.build()
    app = FinderHost(finder, [hostile], "hostile")
    async with app.run_test(size=(120, 30)) as pilot:  # wide enough for the whole title
        await enter_query(pilot, "click here to leave said the spokesperson")
        prompt = str(app.screen.query_one(FinderResults).get_option_at_index(0).prompt)
        for literal in ("[@click=app.quit]here[/]", "[bold]spokesperson[/bold]",
                        "[red]Allison[/red]", "[link=file:///etc/passwd]Briefing[/link]"):
            assert literal in prompt
        await pilot.press("tab")
        assert "[link=file:///etc/passwd]Briefing[/link]" in line(app, "#finder-scope")
        assert app.is_running


async def test_any_hit_text_renders_literally(tmp_path: Path) -> None:
    """Whatever a hit holds, the list shows its cleaned text with highlights only where
    they belong, and no markup, link, click action or control character reaches a
    rendered segment."""
    app = FinderHost(QuoteFinder([], cache_dir=tmp_path), [], None)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        results = app.screen.query_one(FinderResults)
        match = results.get_visual_style("finder-results--match", partial=True)

        @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
        @given(text=ANY_TEXT, title=ANY_TEXT, cut=st.lists(st.integers(0, 200), max_size=4))
        def check(text: str, title: str, cut: list[int]) -> None:
            bounds = sorted(min(c, len(text)) for c in cut)
            spans = list(zip(bounds[::2], bounds[1::2]))
            hit = Hit("e", title, None, "turns", 0, 0, 0, len(text), "S", "principal",
                      text, 1.0, spans)
            results.show_hits([hit])
            prompt = results.get_option_at_index(0).prompt
            sentence = prompt.plain.split("\n")[0]
            assert sentence == clean_line(text)
            marked = [(span.start, span.end) for span in prompt.spans if span.style == match]
            if len(sentence) == len(text):  # offsets still valid: every word marked
                assert marked == [(a, b) for a, b in spans if b > a]
            else:  # cleaning moved the text: no highlight rather than a wrong one
                assert marked == []
            for y in range(results.scrollable_content_region.height):
                for segment in results.render_line(y):
                    assert not CONTROL.search(segment.text), repr(segment.text)
                    if segment.style is not None:
                        assert "@click" not in segment.style.meta and segment.style.link is None

        check()


async def test_still_answers_while_the_index_builds(events: list[Event], tmp_path: Path) -> None:
    finder = RecordingFinder(events, tmp_path / "index")
    app = FinderHost(finder, events, None)
    async with app.run_test() as pilot:
        await enter_query(pilot, "two to tango")
        assert BUILDING_NOTICE in line(app, "#finder-status")
        assert any("two to tango" in hit.text for hit in shown(app))
        finder.build()
        await type_query(pilot, "!")  # the next keystroke notices the index is ready
        assert BUILDING_NOTICE not in line(app, "#finder-status")


async def test_clearing_the_query_clears_the_results(finder: RecordingFinder, events: list[Event]) -> None:
    app = FinderHost(finder, events, None)
    async with app.run_test() as pilot:
        await enter_query(pilot, "tango")
        assert shown(app)
        await pilot.press("ctrl+u")
        await pilot.pause()
        assert not shown(app)
        await pilot.press("enter")  # nothing to choose: the finder stays open
        assert isinstance(app.screen, FinderScreen)


@pytest.mark.parametrize("size", [(80, 24), (160, 48)])
def test_snapshot_with_results(snap_compare: Any, finder: RecordingFinder, events: list[Event],
                               size: tuple[int, int]) -> None:
    async def search(pilot: Pilot[Any]) -> None:
        pilot.app.screen.query_one(Input).cursor_blink = False
        await enter_query(pilot, "two to tango")

    assert snap_compare(FinderHost(finder, events, events[0].id), terminal_size=size, run_before=search)
