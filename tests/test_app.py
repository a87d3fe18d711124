"""The reader driven with real keys: every binding, and where the cursor lands.

Seed 003 (2026-02-11, the newest event, so the one the app opens) is the reference:
16 question threads; thread 7 is Bjorn Malmquist's (RUV), whose real question is
turn 28 and whose answer is turn 29, "Yes. You will accept that I cannot tell you
everything".
"""

from __future__ import annotations

import io
import json
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import date, timedelta
from pathlib import Path

import pytest
from textual import events
from textual.command import CommandPalette
from rich.console import Console
from textual.pilot import Pilot
from textual.widgets import Input, Static

from tui.app import PresserApp, make_app, position_number
from tui.config import Config
from tui.resources import SAMPLE_CORPUS
from tui.screens.help import HelpScreen
from tui.screens.main import MainScreen
from tui.screens.speaker_filter import SpeakerFilterScreen
from tui.state import state_path
from tui.transcript.model import Event, Thread, Turn
from tui.widgets.event_list import EventList
from tui.widgets.event_rows import ROWS
from tui.widgets.qa_document import Stop
from tui.widgets.qa_view import QAView

SEED_003 = "003_c434d9e4efbb720b"
SEED_002 = "002_860bc5c4c8bd8598"
WIDE = (110, 30)  # side by side; small enough that each key's repaint is quick
SMALL = (80, 24)


@pytest.fixture(autouse=True)
def shared_cache(isolated_dirs: Path, tmp_path_factory: pytest.TempPathFactory,
                 monkeypatch: pytest.MonkeyPatch) -> None:
    """One parse cache and search index for all these tests (it is only a cache):
    building the index afresh for every test would make each one seconds slower."""
    monkeypatch.setenv("PRESSER_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "app-cache"))


@asynccontextmanager
async def running(size: tuple[int, int] = WIDE, app: PresserApp | None = None,
                  ) -> AsyncIterator[tuple[PresserApp, Pilot[None]]]:
    """The app on the sample corpus, loaded (workers finished) and ready for keys."""
    app = app or make_app([SAMPLE_CORPUS], config=Config())
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        yield app, pilot


def qa(app: PresserApp) -> QAView:
    return app.main.qa


def cursor_turn(app: PresserApp) -> Turn:
    view = qa(app)
    assert view.event is not None and view.cursor is not None
    turns = view.event.statement if view.cursor.part == "statement" else view.event.turns
    return turns[view.cursor.index]


def notifications(app: PresserApp) -> list[str]:
    return [n.message for n in app._notifications]


async def settle(app: PresserApp, pilot: Pilot[None]) -> None:
    """Let background work (search, clipboard) finish and the screen catch up."""
    await app.workers.wait_for_complete()
    await pilot.pause(0.1)


async def type_into(pilot: Pilot[None], text: str) -> None:
    """Fill the focused box at once (typing letter by letter is tested elsewhere)."""
    box = pilot.app.focused
    assert isinstance(box, Input)
    box.value = text
    await pilot.pause()


async def press(pilot: Pilot[None], *keys: str) -> None:
    await pilot.press(*keys)
    await pilot.pause()


def event_list(app: PresserApp) -> EventList:
    return app.main.events_pane.query_one(EventList)


def list_rows(app: PresserApp, position: int) -> str:
    """The plain text the list draws for the event at ``position`` (all its rows but the
    rule under it), which must be on screen."""
    view = event_list(app)
    top, rows = position * ROWS - view.scroll_offset.y, ROWS - 1
    assert 0 <= top <= view.scrollable_content_region.height - rows
    return "\n".join(view.render_line(top + row).text.rstrip() for row in range(rows))


async def show_many(app: PresserApp, pilot: Pilot[None], count: int) -> list[Event]:
    """List ``count`` hand-made events, newest first; every tenth one is in Kyiv."""
    newest = date(2026, 1, 1)
    made = [Event(id=f"e{n:04}", title=f"Press conference number {n}", kind="doorstep",
                  date=newest - timedelta(days=n), place="Kyiv" if n % 10 == 0 else "Brussels")
            for n in range(count)]
    app.events = made
    app.main.show_events(made)
    await pilot.pause()
    return made


# -- start-up ----------------------------------------------------------------------------


async def test_first_paint_happens_before_the_corpus_has_loaded(monkeypatch: pytest.MonkeyPatch) -> None:
    import tui.corpus

    release = threading.Event()
    real = tui.corpus.load_corpus

    def slow(*args: object, **kwargs: object) -> object:
        release.wait(5)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(tui.corpus, "load_corpus", slow)
    app = make_app([SAMPLE_CORPUS], config=Config())
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert "Loading corpus" in str(app.main.query_one("#status").render())
        assert qa(app).event is None
        release.set()
        await settle(app, pilot)
        assert qa(app).event is not None and qa(app).event.id == SEED_003


async def test_opens_on_the_newest_event_with_the_cursor_on_the_statement() -> None:
    async with running() as (app, _):
        assert [e.id for e in app.main.events_pane.shown_events][:2] == [SEED_003, SEED_002]
        assert qa(app).cursor == Stop("statement", 0)
        assert app.focused is qa(app)


# -- the reading pane ------------------------------------------------------------------


async def test_n_seven_times_reaches_malmquist_and_a_jumps_to_the_answer_and_back() -> None:
    async with running() as (app, pilot):
        await press(pilot, *"nnnnnnn")
        assert cursor_turn(app).speaker == "Bjorn Malmquist"
        assert qa(app).cursor_role == "question"
        assert qa(app).cursor == Stop("turn", 28)
        await press(pilot, "a")
        assert cursor_turn(app).text.startswith("Yes. You will accept that I cannot tell you everything")
        assert qa(app).cursor == Stop("turn", 29)
        await press(pilot, "a")
        assert qa(app).cursor == Stop("turn", 28)


async def test_brackets_are_aliases_of_n_and_p() -> None:
    async with running() as (app, pilot):
        await press(pilot, *["right_square_bracket"] * 3)
        assert qa(app).cursor_thread == 2
        assert cursor_turn(app).speaker == "Daniel Tkiie"
        await press(pilot, "left_square_bracket")
        assert qa(app).cursor_thread == 1
        await press(pilot, "p")
        assert qa(app).cursor_thread == 0
        assert cursor_turn(app).speaker == "Andrew Gray"


async def test_j_k_and_arrows_move_turn_by_turn() -> None:
    async with running() as (app, pilot):
        await press(pilot, "j")
        assert qa(app).cursor == Stop("turn", 0)  # the spokesperson's first cue
        await press(pilot, "down", "down")
        assert qa(app).cursor == Stop("turn", 2)
        await press(pilot, "k")
        assert qa(app).cursor == Stop("turn", 1)
        await press(pilot, "up", "up")
        assert qa(app).cursor == Stop("statement", 0)


async def test_capital_n_and_p_visit_the_principals_replies() -> None:
    async with running() as (app, pilot):
        await press(pilot, "N")
        assert qa(app).cursor_role == "reply"
        assert cursor_turn(app).speaker == "Mark Rutte"
        assert cursor_turn(app).text.startswith("What is really new about it is that")
        await press(pilot, "N")
        assert cursor_turn(app).text.startswith("Well, on the second question")
        await press(pilot, "P")
        assert cursor_turn(app).text.startswith("What is really new about it is that")


async def test_g_and_capital_g_go_to_top_and_bottom() -> None:
    async with running() as (app, pilot):
        view = qa(app)
        await press(pilot, "G")
        assert view.cursor == view.document.stops[-1]
        assert view.scroll_offset.y == view.max_scroll_y > 0
        await press(pilot, "g")
        assert view.cursor == Stop("statement", 0)
        assert view.scroll_offset.y == 0
        await press(pilot, "end")
        assert view.cursor == view.document.stops[-1]
        await press(pilot, "home")
        assert view.cursor == Stop("statement", 0)


async def test_o_and_enter_fold_the_statement_and_threads() -> None:
    async with running() as (app, pilot):
        view = qa(app)
        full = len(view.document.lines)
        await press(pilot, "o")
        assert view.options.statement_collapsed
        assert len(view.document.lines) < full - 20
        await press(pilot, "enter")
        assert not view.options.statement_collapsed
        await press(pilot, *"nnnnnnn", "j")  # inside Malmquist's thread
        await press(pilot, "o")
        assert view.options.collapsed_threads == {6}
        assert view.cursor == Stop("turn", 28)  # folded onto its question
        assert Stop("turn", 29) not in view.document.spans
        await press(pilot, "a")  # answering unfolds it again
        assert view.cursor == Stop("turn", 29)
        assert view.options.collapsed_threads == frozenset()


async def test_page_keys_move_a_screenful() -> None:
    async with running(SMALL) as (app, pilot):
        view = qa(app)
        await press(pilot, "pagedown")
        first = view.scroll_offset.y
        assert first > 0
        assert view.line_of(view.cursor) >= first  # the cursor follows the page
        await press(pilot, "space")
        assert view.scroll_offset.y > first
        await press(pilot, "pageup")
        assert view.scroll_offset.y == first


async def test_clicking_a_turn_moves_the_cursor_there() -> None:
    async with running() as (app, pilot):
        view = qa(app)
        await press(pilot, *"nnn")  # Question 3 at the top of the pane
        line = view.line_of(Stop("turn", 12))
        assert line is not None
        await pilot.click(QAView, offset=(8, line - view.scroll_offset.y))
        await pilot.pause()
        assert view.cursor == Stop("turn", 12)


# -- events, panes, layout ------------------------------------------------------------


async def test_e_and_capital_e_step_through_events() -> None:
    async with running() as (app, pilot):
        await press(pilot, "e")
        assert qa(app).event.id == SEED_002
        assert qa(app).cursor == Stop("statement", 0)
        await press(pilot, "E")
        assert qa(app).event.id == SEED_003


async def test_tab_and_shift_tab_switch_panes() -> None:
    async with running() as (app, pilot):
        await press(pilot, "tab")
        assert isinstance(app.focused, EventList)
        await press(pilot, "tab")
        assert app.focused is qa(app)
        await press(pilot, "shift+tab")
        assert isinstance(app.focused, EventList)


async def test_event_list_keys_and_enter() -> None:
    async with running() as (app, pilot):
        await press(pilot, "tab", "j")  # the highlight previews the event
        assert qa(app).event.id == SEED_002
        await press(pilot, "G")
        assert qa(app).event.id == app.main.events_pane.shown_events[-1].id
        await press(pilot, "k")
        assert qa(app).event.id == app.main.events_pane.shown_events[-2].id
        await press(pilot, "g", "enter")
        assert qa(app).event.id == SEED_003
        assert app.focused is qa(app)


async def test_typing_in_the_event_list_filters_it() -> None:
    async with running() as (app, pilot):
        await press(pilot, "tab", *"Kyiv")
        assert [e.id for e in app.main.events_pane.shown_events] == [SEED_002]
        await press(pilot, "enter")  # reads the first match
        assert qa(app).event.id == SEED_002
        assert app.focused is qa(app)
        await press(pilot, "tab", *"door")  # typing in the list starts a new filter
        await press(pilot, "down")
        assert isinstance(app.focused, EventList)
        await press(pilot, "enter")
        assert qa(app).event.id == "001_edbcc74312db812b"


async def test_the_event_list_moves_and_pages_through_thousands_of_events() -> None:
    async with running() as (app, pilot):
        made = await show_many(app, pilot, 3000)
        view = event_list(app)
        await press(pilot, "tab")
        page = view.scrollable_content_region.height // ROWS
        await press(pilot, "pagedown")
        assert qa(app).event is made[page]
        await press(pilot, "down", "j")
        assert qa(app).event is made[page + 2]
        assert f"number {page + 2}\n" in list_rows(app, page + 2)
        await press(pilot, "end")
        assert qa(app).event is made[-1]
        assert list_rows(app, 2999) == (f"{made[-1].date}  doorstep  0 Q\n"
                                        "Press conference number 2999\nBrussels\n")
        await press(pilot, "pageup", "up", "k")
        assert qa(app).event is made[-1 - page - 2]
        await press(pilot, "home")
        assert qa(app).event is made[0] and view.scroll_offset.y == 0


async def test_the_mouse_wheel_scrolls_the_event_list_and_a_click_reads_an_event() -> None:
    async with running() as (app, pilot):
        made = await show_many(app, pilot, 50)
        view = event_list(app)
        view.post_message(events.MouseScrollDown(view, 1, 1, 0, 1, 0, False, False, False))
        await pilot.pause()
        top = view.scroll_offset.y
        assert top > 0 and view.highlighted_event is made[0]  # scrolled; the highlight stays
        position = top // ROWS + 1
        row = position * ROWS + 1 - top  # the event's title row
        await pilot.click(EventList, offset=(3, row))
        await pilot.pause()
        assert qa(app).event is made[position] and app.focused is qa(app)
        await pilot.click(EventList, offset=(3, row + ROWS - 2))  # the rule under it
        await pilot.pause()
        assert qa(app).event is made[position]


async def test_filtering_keeps_the_highlighted_event_if_it_still_matches() -> None:
    async with running() as (app, pilot):
        made = await show_many(app, pilot, 3000)
        app.main.open_event(made[20])
        await press(pilot, "tab", *"Kyiv")
        assert app.main.events_pane.shown_events == made[::10]
        assert "Kyiv" in list_rows(app, 2) and "number 20\n" in list_rows(app, 2)
        await press(pilot, "enter")
        assert qa(app).event is made[20] and app.focused is qa(app)
        await press(pilot, "tab", *"Brussels")  # made[20] is not: the first match is
        assert len(app.main.events_pane.shown_events) == 2700
        await press(pilot, "enter")
        assert qa(app).event is made[1]
        await press(pilot, "tab", "X")
        assert app.main.events_pane.shown_events == []
        await press(pilot, "backspace", "down")
        assert len(app.main.events_pane.shown_events) == 3000
        assert isinstance(app.focused, EventList)
        await press(pilot, "j", "j")  # nothing was highlighted: the first is again
        assert qa(app).event is made[2]


async def test_the_highlighted_event_is_drawn_in_the_focused_or_blurred_highlight() -> None:
    async with running() as (app, pilot):
        view = event_list(app)

        def backgrounds(y: int) -> set[object]:
            return {segment.style.bgcolor for segment in view.render_line(y) if segment.style}

        blurred = backgrounds(1)
        await press(pilot, "tab")
        focused = backgrounds(1)
        assert len(focused) == 1 and focused != blurred
        assert backgrounds(0) == focused  # the whole entry...
        assert backgrounds(ROWS - 1) != focused  # ...but not the rule under it
        assert backgrounds(ROWS + 1) != focused
        await press(pilot, "j")
        assert backgrounds(ROWS + 1) == focused and backgrounds(1) != focused


async def test_compact_layout_hides_the_list_until_asked() -> None:
    async with running(SMALL) as (app, pilot):
        main, pane = app.main, app.main.events_pane
        assert main.compact and not pane.display
        await press(pilot, "l")
        assert pane.display and not qa(app).display
        assert isinstance(app.focused, EventList)
        await press(pilot, "j", "enter")
        assert not pane.display and qa(app).display
        assert qa(app).event.id == SEED_002
        await press(pilot, "f2")
        assert pane.display
        await press(pilot, "escape")
        assert not pane.display


async def test_wide_layout_shows_both_panes_and_l_hides_the_list() -> None:
    async with running((200, 60)) as (app, pilot):
        assert not app.main.compact
        assert app.main.events_pane.display and qa(app).display
        await press(pilot, "l")
        assert not app.main.events_pane.display
        await press(pilot, "f2")
        assert app.main.events_pane.display


async def test_compact_layout_setting_overrides_the_width() -> None:
    async with running(WIDE, make_app([SAMPLE_CORPUS], config=Config(compact_layout=True))) as (app, _):
        assert app.main.compact and not app.main.events_pane.display
    async with running(SMALL, make_app([SAMPLE_CORPUS], config=Config(compact_layout=False))) as (app, _):
        assert not app.main.compact and app.main.events_pane.display


async def test_unreadable_files_are_listed_and_the_rest_loads(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_bytes((SAMPLE_CORPUS / f"{SEED_002}.txt").read_bytes())
    (corpus / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (corpus / "dir.txt").mkdir()
    async with running(app=make_app([corpus], config=Config())) as (app, _):
        assert [e.id for e in app.events] == ["good"]
        message = next(m for m in notifications(app) if "files skipped" in m)
        assert message.startswith("2 files skipped:")
        assert "binary.txt" in message and "dir.txt" in message


# -- filter, help, palette -----------------------------------------------------------


async def test_s_filters_to_one_outlet_and_escape_clears_it() -> None:
    async with running() as (app, pilot):
        await press(pilot, "s")
        assert isinstance(app.screen, SpeakerFilterScreen)
        await press(pilot, *"Reuters", "enter")
        assert isinstance(app.screen, MainScreen)
        view = qa(app)
        shown = {view.document.threads[s] for s in view.document.stops if s in view.document.threads}
        assert shown == {0}  # only Andrew Gray's question in this event
        assert view.document.shown_threads == 1
        assert "only Reuters" in str(app.main.query_one("#status").render())
        assert all(e.id != "" for e in app.main.events_pane.shown_events)
        await press(pilot, "n")
        assert cursor_turn(app).affiliation == "Reuters"
        await press(pilot, "escape")
        assert app.main.reader_filter is None
        assert view.document.shown_threads == 16


async def test_s_with_a_person_keeps_only_their_events_and_escape_cancels() -> None:
    async with running() as (app, pilot):
        await press(pilot, "s", "escape")
        assert isinstance(app.screen, MainScreen) and app.main.reader_filter is None
        await press(pilot, "s")
        await type_into(pilot, "Zelenskyy")
        await press(pilot, "enter")
        assert app.main.reader_filter is not None
        assert app.main.reader_filter.value.startswith("Volodymyr Zelenskyy")
        assert [e.id for e in app.main.events_pane.shown_events] == [SEED_002]
        assert qa(app).event.id == SEED_002
        await press(pilot, "n", "a")
        assert cursor_turn(app).speaker == app.main.reader_filter.value


async def test_question_mark_opens_help_listing_every_key() -> None:
    async with running() as (app, pilot):
        await press(pilot, "question_mark")
        assert isinstance(app.screen, HelpScreen)
        console = Console(width=200, record=True, file=io.StringIO())
        console.print(app.screen.query_one("#help-body", Static).content)
        text = console.export_text()
        for description in ("Next question", "From a question to its answer",
                            "Only one speaker's or one outlet's", "Find a quote",
                            "Copy a citation", "Type to filter the events", "Command palette"):
            assert description in text
        await press(pilot, "escape")
        assert isinstance(app.screen, MainScreen)


async def test_ctrl_p_jumps_to_a_reporters_question() -> None:
    async with running() as (app, pilot):
        await press(pilot, "ctrl+p")
        assert isinstance(app.screen, CommandPalette)
        await type_into(pilot, "Question: Bjorn")
        await settle(app, pilot)
        await press(pilot, "enter")
        assert isinstance(app.screen, MainScreen)
        assert qa(app).cursor == Stop("turn", 28)


async def test_q_quits_and_the_position_is_restored_next_time() -> None:
    async with running() as (app, pilot):
        await press(pilot, "e", *"nnn")
        stop = qa(app).cursor
        await press(pilot, "q")
    assert stop is not None
    saved = json.loads(state_path().read_text())
    assert saved["last_event"] == SEED_002
    assert saved["positions"][SEED_002] == position_number(stop)
    async with running() as (app, pilot):
        assert qa(app).event.id == SEED_002
        assert qa(app).cursor == stop


# -- config, state and hostile text ---------------------------------------------------


async def test_corrupt_config_and_state_are_reported_not_fatal(isolated_dirs: Path) -> None:
    config_file = isolated_dirs / "config" / "config.toml"
    config_file.parent.mkdir(parents=True)
    config_file.write_text('theme = "no-such-theme"\nfont = 3\n')
    state_path().parent.mkdir(parents=True)
    state_path().write_text('{"version": 1, "last_ev')
    async with running(app=make_app([SAMPLE_CORPUS])) as (app, _):
        assert qa(app).event.id == SEED_003
        message = "\n".join(notifications(app))
        assert "no-such-theme" in message and "font" in message
        assert "state.json" in message
        assert app.theme == "textual-dark"


HOSTILE = [
    "[inaudible] and [bold]not bold[/bold]",
    "[@click=app.quit]x[/]",
    "[link=file:///etc/passwd]x[/link]",
]


def hostile_event() -> Event:
    return Event(
        id="hostile", title="[bold]Title[/bold] [@click=app.quit]q[/]", place="[red]Here[/]",
        kind="press conference", url="https://example.org/[x]",
        statement=[Turn("principal", "[b]Rutte[/b]", "", ["Opening [inaudible]."])],
        turns=[Turn("questioner", "Ann [i]Lee[/i]", "[link=x]Out[/link]", list(HOSTILE))],
        threads=[Thread(1, "Ann [i]Lee[/i]", "[link=x]Out[/link]", [0])],
    )


async def test_markup_in_transcripts_is_shown_literally_everywhere() -> None:
    async with running() as (app, pilot):
        event = hostile_event()
        app.events = [event]
        app.main.show_events([event])
        await pilot.pause()
        lines = "\n".join(line.text.plain for line in qa(app).document.lines)
        for text in (*HOSTILE, "[bold]Title[/bold] [@click=app.quit]q[/]", "[red]Here[/]",
                     "Ann [i]Lee[/i]", "Opening [inaudible]."):
            assert text in lines
        listed = list_rows(app, 0)
        assert "[bold]Title[/bold]" in listed and "[@click=app.quit]q[/]" in listed
        assert "[red]Here[/]" in listed
        assert "[@click=app.quit]q[/]" in str(app.main.query_one("#status").render())
        await press(pilot, "j", "c")  # cite the hostile turn
        await settle(app, pilot)
        assert any("[link=file:///etc/passwd]x[/link]" in m for m in notifications(app))
        await press(pilot, "ctrl+p")
        await type_into(pilot, "Ann")
        await settle(app, pilot)
        palette = app.screen
        assert isinstance(palette, CommandPalette)
        shown = " ".join(str(option.prompt) for option in palette.query_one("CommandList").options)
        assert "Question: Ann [i]Lee[/i], [link=x]Out[/link]" in shown


async def test_cite_copies_the_turn_under_the_cursor() -> None:
    async with running() as (app, pilot):
        await press(pilot, *"nnnnnnn", "a", "c")
        await settle(app, pilot)
        message = notifications(app)[-1]
        assert "OSC 52" in message
        assert "You will accept that I cannot tell you everything" in message
        assert "Mark Rutte" in message


async def test_capital_c_picks_a_style_before_copying() -> None:
    from tui.screens.cite_picker import CitePickerScreen

    async with running() as (app, pilot):
        await press(pilot, *"nnnnnnn", "a", "C")
        assert isinstance(app.screen, CitePickerScreen)
        await press(pilot, "escape")
        assert isinstance(app.screen, MainScreen)
        assert not notifications(app)
        await press(pilot, "C", "j", "enter")
        await settle(app, pilot)
        assert "You will accept that I cannot tell you everything" in notifications(app)[-1]


# -- quote finder -------------------------------------------------------------------------


async def test_slash_finds_a_quote_and_c_cites_just_that_sentence() -> None:
    from tui.screens.finder import FinderScreen

    async with running() as (app, pilot):
        await press(pilot, "slash")
        assert isinstance(app.screen, FinderScreen)
        await type_into(pilot, "cannot tell you everything")
        await settle(app, pilot)
        await press(pilot, "enter")
        assert isinstance(app.screen, MainScreen)
        view = qa(app)
        assert view.event.id == SEED_003 and view.cursor == Stop("turn", 29)
        highlight = view.options.highlight
        assert highlight is not None and highlight.stop == Stop("turn", 29)
        paragraph = view.event.turns[29].paragraphs[highlight.paragraph]
        assert "cannot tell you everything" in paragraph[highlight.start:highlight.end]
        line = view.document.highlight_line
        assert line is not None and "cannot tell you" in view.document.lines[line].text.plain
        assert view.scroll_offset.y <= line < view.scroll_offset.y + view.size.height
        await press(pilot, "c")
        await settle(app, pilot)
        message = notifications(app)[-1]
        assert "You will accept that I cannot tell you everything" in message
        assert "We d" not in message.split("everything", 1)[1][:5]  # the sentence, not the turn
        await press(pilot, "escape")  # clears the highlight
        assert view.options.highlight is None


async def test_ctrl_f_opens_the_finder_and_escape_changes_nothing() -> None:
    from tui.screens.finder import FinderScreen

    async with running() as (app, pilot):
        await press(pilot, *"nn")
        before = qa(app).cursor
        await press(pilot, "ctrl+f")
        assert isinstance(app.screen, FinderScreen)
        await press(pilot, "escape")
        assert isinstance(app.screen, MainScreen)
        assert qa(app).cursor == before


async def test_c_cites_the_mouse_selection_when_there_is_one() -> None:
    from textual.geometry import Offset
    from textual.selection import Selection

    async with running() as (app, pilot):
        await press(pilot, *"nnnnnnn", "a")
        view = qa(app)
        line = view.line_of(Stop("turn", 29)) + 1  # the reply's first line of text
        shown = view.document.lines[line].text.plain
        assert shown.startswith("Yes. You will accept")
        app.screen.selections = {view: Selection(Offset(5, line), Offset(len(shown), line))}
        await press(pilot, "c")
        await settle(app, pilot)
        message = notifications(app)[-1]
        assert " ".join(shown[5:].split()) in message
        assert "Yes. You will" not in message  # exactly the selection, not the sentence


async def test_a_saved_position_that_no_longer_exists_is_ignored() -> None:
    from tui.state import State, save_state

    assert save_state(State(last_event=SEED_002, positions={SEED_002: 9999})) is None
    async with running() as (app, _):
        assert qa(app).event.id == SEED_002
        assert qa(app).cursor == Stop("statement", 0)


async def test_a_hit_deep_in_a_long_turn_is_scrolled_into_view() -> None:
    from tui.search.finder import Hit

    async with running(SMALL) as (app, pilot):
        view = qa(app)
        event = app.event_by_id(SEED_002)
        assert event is not None
        turn = event.statement[0]
        last = len(turn.paragraphs) - 1
        text = turn.paragraphs[last]
        app.goto_hit(Hit(event.id, event.title, event.date, "statement", 0, last, 0, len(text),
                         turn.speaker, turn.role, text, 1.0))
        await pilot.pause()
        assert view.event is event and view.cursor == Stop("statement", 0)
        line = view.document.highlight_line
        assert line is not None and line > view.line_of(Stop("statement", 0)) + view.size.height
        assert view.scroll_offset.y <= line < view.scroll_offset.y + view.size.height
        assert app.main.events_pane.event_list.highlighted_event is event


async def test_the_finder_speaker_scope_is_the_speaker_under_the_cursor() -> None:
    from tui.screens.finder import FinderScreen

    async with running() as (app, pilot):
        await press(pilot, *"nnnnnnn")  # Bjorn Malmquist's question
        await press(pilot, "slash")
        finder = app.screen
        assert isinstance(finder, FinderScreen)
        assert [s.speaker for s in finder._scopes if s.speaker] == ["Bjorn Malmquist"]


async def test_ctrl_p_in_the_finder_is_the_finders_not_the_palettes() -> None:
    from tui.screens.finder import FinderScreen

    async with running() as (app, pilot):
        await press(pilot, "slash")
        await press(pilot, "ctrl+p")
        assert isinstance(app.screen, FinderScreen)
        await press(pilot, "escape", "ctrl+p")
        assert isinstance(app.screen, CommandPalette)


async def test_v_shows_the_last_citation_which_is_also_on_the_clipboard() -> None:
    from textual.widgets import TextArea

    from tui.screens.citation_view import CitationViewScreen

    async with running() as (app, pilot):
        await press(pilot, "v")
        assert isinstance(app.screen, MainScreen) and "No citation yet" in notifications(app)[-1]
        await press(pilot, *"nnnnnnn", "a", "c")
        await settle(app, pilot)
        assert "You will accept that I cannot tell you everything" in app.clipboard
        await press(pilot, "v")
        assert isinstance(app.screen, CitationViewScreen)
        assert app.screen.query_one(TextArea).text == app.clipboard
