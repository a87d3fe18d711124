"""The reader's main screen: the event list beside (or over) the question/answer pane.

Wide terminals show both panes; narrow ones (or ``compact_layout = true``) show the
reading pane alone and bring the list over it with ``l``/F2 or Tab, like a drawer.
The screen owns what is shown (event, filter, layout); the app owns the corpus and
the files.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Static

from tui.safety import clean_line
from tui.search.events import EventFilter
from tui.transcript.model import Event
from tui.widgets.event_list import EventsPane
from tui.widgets.qa_document import Highlight, Stop
from tui.widgets.qa_view import QAView
from tui.widgets.reader_filter import ReaderFilter

#: Below this many columns the list becomes a drawer over the reading pane.
COMPACT_BELOW = 100


class MainScreen(Screen[None]):
    """Event list and reading pane, with a one-line status bar on top."""

    BINDINGS = [
        Binding("tab", "switch_pane", "Switch pane", show=False,
                tooltip="Move between the event list and the reading pane"),
        Binding("shift+tab", "switch_pane", "Switch pane", show=False,
                tooltip="Move between the event list and the reading pane"),
        Binding("l,f2", "toggle_list", "List", tooltip="Show or hide the event list"),
        Binding("e", "next_event", "Next event", show=False, tooltip="Read the next (older) event"),
        Binding("E", "previous_event", "Prev event", show=False,
                tooltip="Read the previous (newer) event"),
        Binding("s", "speaker_filter", "Filter",
                tooltip="Only one speaker's or one outlet's questions and replies"),
        Binding("escape", "clear", "Clear", show=False,
                tooltip="Clear the speaker filter or the found-quote highlight"),
    ]

    class PositionChanged(Message):
        """The reader moved: another event, or another turn (the app saves it)."""

        def __init__(self, event: Event | None, stop: Stop | None) -> None:
            super().__init__()
            self.event = event
            self.position = stop

    def __init__(self, compact_layout: bool | None = None) -> None:
        super().__init__()
        self._compact_setting = compact_layout
        self.events: list[Event] = []
        self.reader_filter: ReaderFilter | None = None
        self._status = Text("Loading corpus…")

    def compose(self) -> ComposeResult:
        yield Static(self._status, id="status", markup=False)
        with Horizontal(id="panes"):
            yield EventsPane(id="events")
            yield QAView(id="qa")
        yield Footer(compact=True)

    @property
    def qa(self) -> QAView:
        return self.query_one(QAView)

    @property
    def events_pane(self) -> EventsPane:
        return self.query_one(EventsPane)

    @property
    def current_event(self) -> Event | None:
        return self.qa.event

    # -- content ---------------------------------------------------------------------

    def show_progress(self, done: int, total: int) -> None:
        """Loading progress in the status bar."""
        self._set_status(Text(f"Loading corpus… {done}/{total} files"))

    def show_events(self, events: Sequence[Event], event_id: str | None = None,
                    stop: Stop | None = None, event_filter: EventFilter | None = None) -> None:
        """The corpus arrived: list it and open ``event_id`` (else the newest)."""
        self.events = list(events)
        self.events_pane.set_events(self.events, event_filter)
        start = next((e for e in self.events if e.id == event_id), None)
        self.open_event(start or (self.events[0] if self.events else None), stop)
        if not self.events:
            self._set_status(Text("No transcripts found — see `presser --help` for --corpus"))

    def open_event(self, event: Event | None, stop: Stop | None = None) -> None:
        """Read ``event`` in the reading pane, cursor on ``stop`` (else the top)."""
        if event is None:
            self.qa.show_event(None)
        else:
            self.events_pane.select(event.id)
            if event is not self.qa.event:
                self.qa.show_event(event, stop)
            elif stop is not None:
                self.qa.move_to(stop)
        self._update_status()

    def show_highlight(self, event: Event, highlight: Highlight) -> None:
        """Open ``event`` with ``highlight`` marked and the cursor on it."""
        if self.reader_filter is not None and not self.reader_filter.matches_event(event):
            self.set_reader_filter(None)
        self.open_event(event)
        self.qa.set_highlight(highlight)
        self.qa.focus()

    def set_reader_filter(self, reader_filter: ReaderFilter | None) -> None:
        """Apply (or clear) the speaker/outlet filter to the list and the pane."""
        self.reader_filter = reader_filter
        self.events_pane.set_reader_filter(reader_filter)
        self.qa.set_filter(reader_filter)
        shown = self.events_pane.shown_events
        if reader_filter is not None and self.current_event not in shown and shown:
            self.open_event(shown[0])
        self._update_status()

    # -- status ----------------------------------------------------------------------

    def _set_status(self, text: Text) -> None:
        if text == self._status:
            return
        self._status = text
        if self.is_mounted:
            # One line of fixed height: no layout pass needed (this runs on every key).
            self.query_one("#status", Static).update(text, layout=False)

    def _update_status(self) -> None:
        event = self.current_event
        if event is None:
            return
        shown = self.events_pane.shown_events
        position = shown.index(event) + 1 if event in shown else 0
        parts = [f"Event {position}/{len(shown)}"]
        thread = self.qa.cursor_thread
        if thread is not None:
            parts.append(f"Q{event.threads[thread].number}/{len(event.threads)}")
        if self.reader_filter is not None:
            parts.append(f"only {clean_line(self.reader_filter.value)}")
        parts.append(clean_line(event.title or event.id))
        self._set_status(Text(" · ".join(parts)))

    @on(QAView.CursorMoved)
    def _cursor_moved(self, message: QAView.CursorMoved) -> None:
        self._update_status()
        self.post_message(self.PositionChanged(self.qa.event, message.position))

    # -- layout ----------------------------------------------------------------------

    @property
    def compact(self) -> bool:
        return self.has_class("-compact")

    def on_resize(self, event: events.Resize) -> None:
        setting = self._compact_setting
        self.set_class(event.size.width < COMPACT_BELOW if setting is None else setting,
                       "-compact")

    def on_mount(self) -> None:
        self.qa.focus()

    def _list_visible(self) -> bool:
        return self.has_class("-show-list") if self.compact else not self.has_class("-hide-list")

    def _show_list(self, visible: bool) -> None:
        if self.compact:
            self.set_class(visible, "-show-list")
        else:
            self.set_class(not visible, "-hide-list")
        if visible:
            self.events_pane.event_list.focus()
        else:
            self.qa.focus()

    def action_toggle_list(self) -> None:
        self._show_list(not self._list_visible())

    def action_switch_pane(self) -> None:
        in_list = self.focused is not None and self.events_pane in self.focused.ancestors_with_self
        if in_list:
            if self.compact:
                self._show_list(False)
            self.qa.focus()
        else:
            self._show_list(True)

    @on(EventsPane.Highlighted)
    def _preview(self, message: EventsPane.Highlighted) -> None:
        if message.event is not self.current_event:
            self.open_event(message.event)

    @on(EventsPane.Chosen)
    def _chosen(self, message: EventsPane.Chosen) -> None:
        self.open_event(message.event)
        if self.compact:
            self._show_list(False)
        self.qa.focus()

    # -- navigation ------------------------------------------------------------------

    def _step_event(self, delta: int) -> None:
        shown = self.events_pane.shown_events
        event = self.current_event
        if not shown:
            self.app.bell()
            return
        position = shown.index(event) if event in shown else -1
        target = position + delta
        if not 0 <= target < len(shown):
            self.app.bell()
            return
        self.open_event(shown[target])

    def action_next_event(self) -> None:
        self._step_event(1)

    def action_previous_event(self) -> None:
        self._step_event(-1)

    def action_speaker_filter(self) -> None:
        from tui.screens.speaker_filter import SpeakerFilterScreen

        if not self.events:
            self.app.bell()
            return
        self.app.push_screen(
            SpeakerFilterScreen(self.events, self.current_event, self.reader_filter),
            self._filter_chosen,
        )

    def _filter_chosen(self, result: ReaderFilter | bool | None) -> None:
        """None: cancelled; False: cleared; a filter: apply it."""
        if result is None:
            return
        self.set_reader_filter(result or None)

    def action_clear(self) -> None:
        if self.compact and self.has_class("-show-list"):
            self._show_list(False)
        elif self.reader_filter is not None:
            self.set_reader_filter(None)
        elif self.qa.options.highlight is not None:
            self.qa.set_highlight(None)
        else:
            self.app.bell()
