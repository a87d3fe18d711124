"""The event list: every press conference in the corpus, newest first, filterable.

An ``OptionList`` (one option per event, drawn with the Line API) under a filter
box. Typing a letter that is not a key binding while the list has focus starts the
filter, so "type to filter" works without first moving to the box. Titles and places
are transcript data: they reach the screen only as ``Text``, never as markup.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Input, OptionList
from textual.widgets.option_list import Option

from tui.safety import clean_line
from tui.search.events import EventFilter
from tui.transcript.model import Event
from tui.widgets.reader_filter import ReaderFilter


class EventList(OptionList):
    """The events, one option each; vim keys as hidden aliases."""

    COMPONENT_CLASSES = {"event-list--date", "event-list--kind", "event-list--place"}

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        Binding("g", "first", "First", show=False),
        Binding("G", "last", "Last", show=False),
    ]

    class TypedToFilter(Message):
        """A printable, unbound key was pressed: start filtering with it."""

        def __init__(self, character: str) -> None:
            super().__init__()
            self.character = character

    def prompt(self, event: Event) -> Text:
        """Date, kind and question count, then the title and the place (wrapped)."""
        style = self.get_component_rich_style
        date = event.date.isoformat() if event.date else "undated"
        prompt = Text.assemble(
            (date, style("event-list--date", partial=True)), "  ",
            (clean_line(event.kind) or "transcript", style("event-list--kind", partial=True)),
            f"  {len(event.threads)} Q\n",
        )
        prompt.append(clean_line(event.title or event.id))
        if event.place:
            prompt.append(f"\n{clean_line(event.place)}", style("event-list--place", partial=True))
        return prompt

    def notify_style_update(self) -> None:
        super().notify_style_update()
        pane = self.parent
        if isinstance(pane, EventsPane) and self.is_mounted:
            pane.refresh_options()

    def on_key(self, event: events.Key) -> None:
        if (event.is_printable and event.character and not event.character.isspace()
                and event.key not in self.screen.active_bindings):
            event.stop()
            event.prevent_default()
            self.post_message(self.TypedToFilter(event.character))


class EventsPane(Vertical):
    """Filter box over the event list; reports which event is highlighted or chosen.

    Enter in the box reads the first match; Down moves into the list.
    """

    class Highlighted(Message):
        """The highlighted event changed (preview it)."""

        def __init__(self, event: Event) -> None:
            super().__init__()
            self.event = event

    class Chosen(Message):
        """Enter or a click on an event: read it."""

        def __init__(self, event: Event) -> None:
            super().__init__()
            self.event = event

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._events: list[Event] = []
        self._filter = EventFilter([])
        self._shown: list[int] = []
        self._reader_filter: ReaderFilter | None = None
        self._focus_pending = False

    def compose(self) -> ComposeResult:
        yield Input(placeholder="type to filter events", id="event-filter",
                    select_on_focus=False)
        yield EventList(id="event-list")

    @property
    def option_list(self) -> EventList:
        return self.query_one(EventList)

    @property
    def shown_events(self) -> list[Event]:
        """The events the list shows, in order."""
        return [self._events[n] for n in self._shown]

    def set_events(self, events: Sequence[Event], event_filter: EventFilter | None = None) -> None:
        """Show ``events``; ``event_filter`` is their type-to-filter, built off the UI
        thread by whoever loaded them (built here otherwise)."""
        self._events = list(events)
        self._filter = event_filter if event_filter is not None else EventFilter(self._events)
        self.refresh_options()

    def set_reader_filter(self, reader_filter: ReaderFilter | None) -> None:
        """Show only events where the chosen speaker or outlet appears."""
        self._reader_filter = reader_filter
        self.refresh_options()

    def select(self, event_id: str) -> None:
        """Highlight ``event_id`` if it is shown (without announcing it)."""
        option_list = self.option_list
        for position, n in enumerate(self._shown):
            if self._events[n].id == event_id:
                with option_list.prevent(OptionList.OptionHighlighted):
                    option_list.highlighted = position
                return

    def refresh_options(self) -> None:
        """Rebuild the options: after a filter change, or a theme change (colours)."""
        text = self.query_one("#event-filter", Input).value
        indexes = self._filter(text) if text.strip() else range(len(self._events))
        keep = self._reader_filter
        self._shown = [n for n in indexes if keep is None or keep.matches_event(self._events[n])]
        option_list = self.option_list
        current = option_list.highlighted_option
        options: list[Option | None] = []
        for n in self._shown:
            if options:
                options.append(None)
            options.append(Option(option_list.prompt(self._events[n]), id=self._events[n].id))
        with option_list.prevent(OptionList.OptionHighlighted):
            option_list.set_options(options)
            option_list.highlighted = 0 if options else None
        if current is not None and current.id is not None:
            self.select(current.id)

    @on(Input.Changed, "#event-filter")
    def _filter_changed(self) -> None:
        self.refresh_options()

    @on(Input.Submitted, "#event-filter")
    def _filter_submitted(self) -> None:
        """Enter in the box reads the highlighted (first) match."""
        option = self.option_list.highlighted_option
        if option is not None and (event := self._event_at(option.id)) is not None:
            self.post_message(self.Chosen(event))

    def on_key(self, event: events.Key) -> None:
        if event.key == "down" and self.query_one("#event-filter", Input).has_focus:
            event.stop()
            self.option_list.focus()

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

    def _event_at(self, option_id: str | None) -> Event | None:
        return next((e for e in self._events if e.id == option_id), None)

    @on(OptionList.OptionHighlighted, "#event-list")
    def _highlighted(self, message: OptionList.OptionHighlighted) -> None:
        if (event := self._event_at(message.option.id)) is not None:
            self.post_message(self.Highlighted(event))

    @on(OptionList.OptionSelected, "#event-list")
    def _selected(self, message: OptionList.OptionSelected) -> None:
        if (event := self._event_at(message.option.id)) is not None:
            self.post_message(self.Chosen(event))
