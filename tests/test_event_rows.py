"""The event list's rows: always ``ROWS`` rows of exactly the width, titles cut with an
ellipsis, transcript text shown literally."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len
from rich.console import Console
from rich.style import Style

from tui.transcript.model import Event, Thread
from tui.widgets.event_rows import ROWS, RULE_ROW, RowStyles, event_rows

CONSOLE = Console(width=80)
STYLES = RowStyles(date=Style(bold=True), kind=Style(italic=True), place=Style(dim=True),
                   rule=Style(color="red"))
LONG = ("Press conference by NATO Secretary General Mark Rutte following the meetings "
        "of NATO Ministers of Foreign Affairs")


def rows(event: Event, width: int = 40) -> list[str]:
    return [strip.text for strip in event_rows(event, width, STYLES, CONSOLE)]


def test_a_long_title_takes_two_rows_and_ends_in_an_ellipsis() -> None:
    event = Event(id="x", title=LONG, date=dt.date(2025, 4, 4), place="Brussels",
                  kind="press conference", threads=[Thread(n, "", "", []) for n in range(17)])
    shown = rows(event)
    assert shown[0].rstrip() == "2025-04-04  press conference  17 Q"
    assert shown[1].rstrip() == "Press conference by NATO Secretary"
    assert shown[2].endswith("…") and LONG.startswith(f"{shown[1].strip()} {shown[2][:-1]}")
    assert shown[3].rstrip() == "Brussels"
    assert shown[RULE_ROW] == "─" * 40


def test_a_short_title_leaves_a_blank_row_under_the_place() -> None:
    shown = rows(Event(id="x", title="Doorstep", place="Kyiv"))
    assert [row.rstrip() for row in shown[:RULE_ROW]] == [
        "undated  transcript  0 Q", "Doorstep", "Kyiv", ""]


def test_styles_go_where_they_belong_and_markup_stays_text() -> None:
    event = Event(id="x", title="[bold]Title[/bold] [@click=app.quit]q[/]", place="[red]Here[/]",
                  kind="[i]doorstep[/i]", date=dt.date(2026, 1, 2))
    strips = event_rows(event, 60, STYLES, CONSOLE)
    texts = [strip.text for strip in strips]
    assert texts[0].startswith("2026-01-02  [i]doorstep[/i]  0 Q")
    assert texts[1].rstrip() == "[bold]Title[/bold] [@click=app.quit]q[/]"
    assert texts[2].rstrip() == "[red]Here[/]"
    styles = {segment.text: segment.style for strip in strips for segment in strip}
    assert styles["2026-01-02"] == STYLES.date and styles["[i]doorstep[/i]"] == STYLES.kind
    assert styles["[red]Here[/]"] == STYLES.place and styles["─" * 60] == STYLES.rule
    assert not styles.get("[bold]Title[/bold] [@click=app.quit]q[/]")
    assert all(not style or not style.meta for style in styles.values())


def test_control_characters_never_reach_the_rows() -> None:
    shown = rows(Event(id="x", title="Evil\x1b[2J title\x07", place="Here\x1b]52;c;AAAA\x07"))
    assert all("\x1b" not in row and "\x07" not in row for row in shown)


@settings(max_examples=60, deadline=None)
@given(title=st.text(max_size=200), place=st.text(max_size=60), width=st.integers(1, 90))
def test_every_row_is_exactly_the_width(title: str, place: str, width: int) -> None:
    strips = event_rows(Event(id="x", title=title, place=place), width, STYLES, CONSOLE)
    assert len(strips) == ROWS
    assert all(cell_len(strip.text) == width for strip in strips)
