"""The citation style picker and the "show citation" view, driven with real keys."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from textual.app import App
from textual.screen import Screen
from textual.widgets import Input, OptionList, Static, TextArea

from tui.cite import STYLES, Quote, format_citation, quote_for
from tui.screens.citation_view import DEFAULT_PATH, CitationViewScreen
from tui.screens.cite_picker import CitePickerScreen
from tui.transcript.model import Event, Turn

HOSTILE_TITLE = "Press conference [bold]by[/] the [link=file:///etc/passwd]SG[/link]"
HOSTILE_SENTENCE = "Click [@click=app.quit]here[/] to leave."


class ScreenHost(App[None]):
    """Opens one screen over an empty app and keeps what it was dismissed with."""

    def __init__(self, screen: Screen[Any]) -> None:
        super().__init__()
        self._screen_under_test = screen
        self.result: Any = "not dismissed"

    def on_mount(self) -> None:
        self.push_screen(self._screen_under_test, self._keep)

    def _keep(self, result: Any) -> None:
        self.result = result


@pytest.fixture
def quote() -> Quote:
    event = Event(
        id="e1",
        title=HOSTILE_TITLE,
        date=dt.date(2025, 12, 2),
        place="NATO Headquarters, Brussels",
        kind="press conference",
        url="https://www.nato.int/en/x",
        turns=[Turn("principal", "Mark Rutte", "NATO Secretary General", [f"Yes. {HOSTILE_SENTENCE}"])],
    )
    return quote_for(event, "turns", 0, sentence=1)


def preview(app: App[Any]) -> str:
    return str(app.screen.query_one("#cite-preview", Static).render())


async def test_picker_preview_follows_the_highlighted_style(quote: Quote) -> None:
    app = ScreenHost(CitePickerScreen(quote, "plain"))
    async with app.run_test() as pilot:
        await pilot.pause()
        assert preview(app) == format_citation(quote, "plain")
        await pilot.press("down")
        assert preview(app) == format_citation(quote, "markdown")
        await pilot.press("j", "j")
        assert preview(app) == format_citation(quote, "chicago")
        await pilot.press("enter")
    assert app.result == "chicago"


async def test_picker_starts_on_the_current_style(quote: Quote) -> None:
    app = ScreenHost(CitePickerScreen(quote, "bibtex"))
    async with app.run_test() as pilot:
        await pilot.pause()
        styles = app.screen.query_one("#cite-styles", OptionList)
        assert styles.highlighted == list(STYLES).index("bibtex")
        assert preview(app) == format_citation(quote, "bibtex")
        await pilot.press("k", "enter")
    assert app.result == "mla"


async def test_picker_escape_cancels(quote: Quote) -> None:
    app = ScreenHost(CitePickerScreen(quote, "plain"))
    async with app.run_test() as pilot:
        await pilot.press("down", "escape")
    assert app.result is None


async def test_picker_preview_shows_markup_literally(quote: Quote) -> None:
    app = ScreenHost(CitePickerScreen(quote, "plain"))
    async with app.run_test() as pilot:
        await pilot.press("down", "down")  # APA: title and quote both appear
        shown = preview(app)
        assert "[bold]by[/]" in shown and "[link=file:///etc/passwd]SG[/link]" in shown
        assert HOSTILE_SENTENCE in shown
        assert app.is_running


async def test_view_shows_citation_and_message_literally(quote: Quote) -> None:
    citation = format_citation(quote, "mla")
    message = "Sent with OSC 52 [bold]only[/]"
    app = ScreenHost(CitationViewScreen(citation, message))
    async with app.run_test() as pilot:
        await pilot.pause()
        area = app.screen.query_one(TextArea)
        assert area.text == citation and area.read_only
        assert str(app.screen.query_one("#citation-message", Static).render()) == message


async def test_view_saves_to_the_typed_path(quote: Quote, tmp_path: Path) -> None:
    citation = format_citation(quote, "apa")
    target = tmp_path / "notes" / "cite.txt"
    app = ScreenHost(CitationViewScreen(citation, "copied"))
    async with app.run_test() as pilot:
        await pilot.press("s")
        path_input = app.screen.query_one("#citation-path", Input)
        assert path_input.has_focus and path_input.value == DEFAULT_PATH
        path_input.value = str(target)
        await pilot.press("enter")
        assert target.read_text(encoding="utf-8") == citation + "\n"
        status = str(app.screen.query_one("#citation-status", Static).render())
        assert status == f"saved to {target}"
        assert not path_input.has_focus
        await pilot.press("escape")
    assert app.result is None


async def test_view_save_error_is_one_line_and_keeps_the_view(quote: Quote, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory", encoding="utf-8")
    app = ScreenHost(CitationViewScreen(format_citation(quote, "plain"), "copied"))
    async with app.run_test() as pilot:
        await pilot.press("s", "ctrl+u", *"~/x")  # typing into the field, not the view
        path_input = app.screen.query_one("#citation-path", Input)
        assert path_input.value == "~/x"
        path_input.value = "~no-such-user-here/cite.txt"
        await pilot.press("enter")
        line = str(app.screen.query_one("#citation-status", Static).render())
        assert line == "could not save ~no-such-user-here/cite.txt: no such home directory"
        path_input.value = str(blocker / "cite.txt")
        await pilot.press("enter")
        status = app.screen.query_one("#citation-status", Static)
        line = str(status.render())
        assert line.startswith(f"could not save {blocker / 'cite.txt'}: ") and "\n" not in line
        assert status.has_class("-error")
        assert isinstance(app.screen, CitationViewScreen)
        await pilot.press("escape")  # leaves the path field only
        assert isinstance(app.screen, CitationViewScreen)
        await pilot.press("escape")
    assert app.result is None
    assert blocker.read_text(encoding="utf-8") == "not a directory"
