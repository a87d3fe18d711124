"""The event list: every press conference in the corpus, newest first, filterable.

``EventList`` is a virtual list drawn with the Line API. Every event takes the same
number of rows (:mod:`tui.widgets.event_rows`), so the list finds an event's rows by
arithmetic and builds only those on screen: a new filter result over thousands of
events costs no wrapping or measuring. ``EventsPane`` puts the filter box above it.
Typing a letter that is not a key binding while the list has focus starts the filter,
so "type to filter" works without first moving to the box.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.segment import Segment
from rich.style import Style
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.cache import LRUCache
from textual.containers import Vertical
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widgets import Input

from tui.search.events import EventFilter
from tui.transcript.model import Event
from tui.widgets.event_rows import ROWS, RULE_ROW, RowStyles, event_rows
from tui.widgets.reader_filter import ReaderFilter


class EventMessage(Message):
    """Something happened to one event of the list."""

    def __init__(self, event: Event) -> None:
        super().__init__()
        self.event = event


class EventList(ScrollView, can_focus=True):
    """The shown events, one of them highlighted; vim keys beside the usual ones."""

    COMPONENT_CLASSES = {"event-list--date", "event-list--kind", "event-list--place",
                         "event-list--rule", "event-list--highlight"}

    BINDINGS = [
        Binding("j,down", "cursor_down", "Down", show=False, tooltip="Next (older) event"),
        Binding("k,up", "cursor_up", "Up", show=False, tooltip="Previous (newer) event"),
        Binding("g,home", "first", "First", show=False, tooltip="First event"),
        Binding("G,end", "last", "Last", show=False, tooltip="Last event"),
        Binding("pagedown", "page_down", "Page down", show=False, tooltip="A screenful down"),
        Binding("pageup", "page_up", "Page up", show=False, tooltip="A screenful up"),
    ]

    class Highlighted(EventMessage):
        """The user moved the highlight to ``event``."""

    class Clicked(EventMessage):
        """The user clicked ``event``."""

    class TypedToFilter(Message):
        """A printable, unbound key was pressed: start filtering with it."""

        def __init__(self, character: str) -> None:
            super().__init__()
            self.character = character

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._events: Sequence[Event] = ()
        self._highlighted: int | None = None
        # The rows of recently drawn events, by (position, width); cleared when the
        # events or the styles change.
        self._rows: LRUCache[tuple[int, int], list[Strip]] = LRUCache(256)

    @property
    def highlighted_event(self) -> Event | None:
        """The event under the highlight, if any is shown."""
        return None if self._highlighted is None else self._events[self._highlighted]

    def show(self, events: Sequence[Event], keep: Event | None = None) -> None:
        """List ``events``, highlighting ``keep`` if it is among them, else the first
        (without announcing it)."""
        self._events = events
        self._rows.clear()
        # Rows are cut to the width: nothing to scroll sideways.
        self.virtual_size = Size(0, len(events) * ROWS)
        if events:
            position = next((n for n, e in enumerate(events) if e is keep), 0)
            self.highlight(position, announce=False)
        else:
            self._highlighted = None
            self.scroll_home(animate=False, immediate=True)
            self.refresh()
        # A new filter result is drawn in the frame that shows the key typed in the
        # box: this widget's own refresh would reach the screen a frame (17 ms+) later.
        self.screen.refresh(self.region)

    def highlight(self, position: int, *, announce: bool = True) -> None:
        """Highlight the event at ``position`` and scroll it into view."""
        changed = position != self._highlighted
        self._highlighted = position
        top, height = self.scroll_offset.y, self.scrollable_content_region.height
        first, end = position * ROWS, position * ROWS + RULE_ROW
        if first < top:
            self.scroll_to(y=first, animate=False, immediate=True)
        elif end > top + height:
            self.scroll_to(y=min(first, end - height), animate=False, immediate=True)
        self.refresh()
        if announce and changed:
            self.post_message(self.Highlighted(self._events[position]))

    # -- drawing ---------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        number, row = divmod(self.scroll_offset.y + y, ROWS)
        if number >= len(self._events) or width <= 0:
            return Strip.blank(width, self.rich_style)
        rows = self._rows.get((number, width))
        if rows is None:
            rows = event_rows(self._events[number], width, self._styles(), self.app.console)
            self._rows[(number, width)] = rows
        if number == self._highlighted and row != RULE_ROW:
            # All in the highlight's colours: a date's colour may not show on it.
            highlight = self.get_component_rich_style("event-list--highlight")
            return Strip(Segment.apply_style(rows[row], self.rich_style, highlight), width)
        return rows[row].apply_style(self.rich_style)

    def _styles(self) -> RowStyles:
        return RowStyles(date=self._colour("event-list--date"),
                         kind=self._colour("event-list--kind"),
                         place=self._colour("event-list--place"),
                         rule=self._colour("event-list--rule"))

    def _colour(self, name: str) -> Style:
        """A component's colour and text style, without its background (which would
        hide the highlight). The colour comes from the full style, where transparent
        theme colours are blended ($text-muted is 60% foreground); the partial style
        would drop the transparency."""
        colour = self.get_component_rich_style(name).color
        return self.get_component_rich_style(name, partial=True) + Style(color=colour)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._rows.clear()
        self.refresh()

    # -- keys and mouse --------------------------------------------------------------

    def _go(self, position: int) -> None:
        if self._events:
            self.highlight(min(max(position, 0), len(self._events) - 1))

    def _step(self, delta: int) -> None:
        if self._highlighted is not None:
            self._go(self._highlighted + delta)

    def _page(self) -> int:
        return max(1, self.scrollable_content_region.height // ROWS)

    def action_cursor_down(self) -> None:
        self._step(1)

    def action_cursor_up(self) -> None:
        self._step(-1)

    def action_first(self) -> None:
        self._go(0)

    def action_last(self) -> None:
        self._go(len(self._events) - 1)

    def action_page_down(self) -> None:
        self._step(self._page())

    def action_page_up(self) -> None:
        self._step(-self._page())

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        number, row = divmod(self.scroll_offset.y + offset.y, ROWS)
        if number < len(self._events) and row != RULE_ROW:
            self.highlight(number, announce=False)
            self.post_message(self.Clicked(self._events[number]))

    def on_key(self, event: events.Key) -> None:
        if (event.is_printable and event.character and not event.character.isspace()
                and event.key not in self.screen.active_bindings):
            event.stop()
            event.prevent_default()
            self.post_message(self.TypedToFilter(event.character))


class EventsPane(Vertical):
    """Filter box over the event list; reports which event is highlighted or chosen.

    Enter reads the highlighted event, from the list or from the box (where the first
    match is highlighted, unless the one highlighted before still matches); Down in
    the box moves into the list.
    """

    BINDINGS = [Binding("enter", "choose", "Read", show=False)]

    class Highlighted(EventMessage):
        """The highlighted event changed (preview it)."""

    class Chosen(EventMessage):
        """Enter or a click on an event: read it."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._events: list[Event] = []
        self._filter = EventFilter([])
        self._reader_filter: ReaderFilter | None = None
        self._kept: set[int] | None = None  # positions in _events the reader filter keeps
        self._shown: list[Event] = []
        self._focus_pending = False

    def compose(self) -> ComposeResult:
        yield Input(placeholder="type to filter events", id="event-filter",
                    select_on_focus=False)
        yield EventList(id="event-list")

    @property
    def event_list(self) -> EventList:
        """The list itself (focus it to move in the list)."""
        return self.query_one(EventList)

    @property
    def shown_events(self) -> list[Event]:
        """The events the list shows, in order."""
        return list(self._shown)

    def set_events(self, events: Sequence[Event], event_filter: EventFilter | None = None) -> None:
        """Show ``events``; ``event_filter`` is their type-to-filter, built off the UI
        thread by whoever loaded them (built here otherwise)."""
        self._events = list(events)
        self._filter = event_filter if event_filter is not None else EventFilter(self._events)
        self.set_reader_filter(self._reader_filter)

    def set_reader_filter(self, reader_filter: ReaderFilter | None) -> None:
        """Show only events where the chosen speaker or outlet appears."""
        self._reader_filter = reader_filter
        # Once per filter, not per keystroke: it looks at every turn of every event.
        self._kept = None if reader_filter is None else {
            n for n, event in enumerate(self._events) if reader_filter.matches_event(event)}
        self._refilter()

    def select(self, event_id: str) -> None:
        """Highlight ``event_id`` if it is shown (without announcing it)."""
        position = next((n for n, e in enumerate(self._shown) if e.id == event_id), None)
        if position is not None:
            self.event_list.highlight(position, announce=False)

    def _refilter(self) -> None:
        """Show the events matching the filter box and the reader filter."""
        indexes = self._filter(self.query_one("#event-filter", Input).value)
        kept = self._kept
        self._shown = [self._events[n] for n in indexes if kept is None or n in kept]
        event_list = self.event_list
        event_list.show(self._shown, keep=event_list.highlighted_event)

    def action_choose(self) -> None:
        """Read the highlighted event."""
        event = self.event_list.highlighted_event
        if event is not None:
            self.post_message(self.Chosen(event))

    @on(Input.Changed, "#event-filter")
    def _filter_changed(self) -> None:
        self._refilter()

    @on(Input.Submitted, "#event-filter")
    def _filter_submitted(self) -> None:
        self.action_choose()

    def on_key(self, event: events.Key) -> None:
        if event.key == "down" and self.query_one("#event-filter", Input).has_focus:
            event.stop()
            self.event_list.focus()

    @on(EventList.TypedToFilter)
    def _typed(self, message: EventList.TypedToFilter) -> None:
        box = self.query_one("#event-filter", Input)
        # Typing in the list starts a new filter; keys that arrive before the box has
        # the focus (fast typing, a paste) belong to the same new filter.
        box.value = box.value + message.character if self._focus_pending else message.character
        box.cursor_position = len(box.value)
        self._focus_pending = True
        box.focus()

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        if event.widget.id == "event-filter":
            self._focus_pending = False

    @on(EventList.Highlighted)
    def _highlighted(self, message: EventList.Highlighted) -> None:
        self.post_message(self.Highlighted(message.event))

    @on(EventList.Clicked)
    def _clicked(self, message: EventList.Clicked) -> None:
        self.post_message(self.Chosen(message.event))
