"""The question/answer pane: one event, threaded, read with the keyboard.

A ``ScrollView`` drawing with the Line API: :mod:`tui.widgets.qa_document` wraps
the event once per width and view options, and ``render_line`` only turns the
visible lines into strips (cached), so a key press costs a few lines of work even on
the longest transcript. The cursor rests on turns ("stops"); colours come from the
component classes, styled in ``styles/qa.tcss``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.selection import Selection
from textual.strip import Strip

from tui.transcript.model import Event
from tui.widgets.qa_document import (
    Document,
    Highlight,
    Stop,
    StopRole,
    ViewOptions,
    build_document,
)
from tui.widgets.reader_filter import ReaderFilter
from tui.widgets.thread_anatomy import Anatomy, thread_anatomy

_STYLE_NAMES = (
    "qa--title", "qa--meta", "qa--link", "qa--note", "qa--name", "qa--statement",
    "qa--question", "qa--reply", "qa--body", "qa--aside", "qa--aside-name",
    "qa--thread", "qa--thread-name", "qa--hit",
)


class QAView(ScrollView, can_focus=True):
    """Threaded questions and answers of one event."""

    COMPONENT_CLASSES = {*_STYLE_NAMES, "qa--cursor", "qa--cursor-bar"}

    BINDINGS = [
        Binding("j,down", "cursor_down", "Down", show=False, tooltip="Next turn"),
        Binding("k,up", "cursor_up", "Up", show=False, tooltip="Previous turn"),
        Binding("n,right_square_bracket", "next_question", "Next Q", tooltip="Next question"),
        Binding("p,left_square_bracket", "previous_question", "Prev Q", show=False,
                tooltip="Previous question"),
        Binding("a", "answer", "Answer",
                tooltip="From a question to its answer, and back to the question"),
        Binding("N", "next_reply", "Next reply", show=False,
                tooltip="Next reply by a principal (the Secretary General, a co-host)"),
        Binding("P", "previous_reply", "Prev reply", show=False,
                tooltip="Previous reply by a principal"),
        Binding("g,home", "first", "Top", show=False, tooltip="Top of the event"),
        Binding("G,end", "last", "Bottom", show=False, tooltip="Bottom of the event"),
        Binding("o,enter", "toggle", "Fold", show=False,
                tooltip="Fold or unfold the opening statement or the question thread"),
        Binding("pagedown,space", "page_down", "Page down", show=False, tooltip="Page down"),
        Binding("pageup", "page_up", "Page up", show=False, tooltip="Page up"),
    ]

    class CursorMoved(Message):
        """The cursor rests on a new stop (or the event changed)."""

        def __init__(self, view: QAView, stop: Stop | None) -> None:
            super().__init__()
            self.view = view
            self.position = stop

        @property
        def control(self) -> QAView:
            return self.view

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.event: Event | None = None
        self.options = ViewOptions()
        self.document = Document()
        self._anatomies: list[Anatomy] = []
        self._cursor: Stop | None = None
        self._layout_width = 0
        self._strips: LRUCache[tuple[int, bool], Strip] = LRUCache(1024)

    # -- public API ------------------------------------------------------------------

    @property
    def cursor(self) -> Stop | None:
        """The stop the cursor rests on."""
        return self._cursor

    @property
    def cursor_role(self) -> StopRole | None:
        """What the cursor rests on: question, reply, aside, statement or cue."""
        return self.document.roles.get(self._cursor) if self._cursor else None

    @property
    def cursor_thread(self) -> int | None:
        """Index into ``event.threads`` of the thread under the cursor, if any."""
        return self.document.threads.get(self._cursor) if self._cursor else None

    def show_event(self, event: Event | None, stop: Stop | None = None) -> None:
        """Show ``event`` (keeping the filter), with the cursor on ``stop`` or the top."""
        self.event = event
        self._anatomies = [thread_anatomy(event, t) for t in event.threads] if event else []
        self.options = ViewOptions(reader_filter=self.options.reader_filter)
        self._cursor = None
        self._relayout()
        self.scroll_home(animate=False, immediate=True)
        self._place(stop if stop in self.document.spans else self._first(), jump=True)

    def set_filter(self, reader_filter: ReaderFilter | None) -> None:
        """Show only the threads ``reader_filter`` keeps (None: all)."""
        self._update(replace(self.options, reader_filter=reader_filter))

    def set_highlight(self, highlight: Highlight | None) -> None:
        """Mark a span (a finder hit) and move the cursor to its turn."""
        options = replace(self.options, highlight=highlight)
        if highlight is not None:
            options = self._revealing(options, highlight.stop)
        self._update(options, highlight.stop if highlight else None)
        line = self.document.highlight_line
        top, height = self.scroll_offset.y, self.scrollable_content_region.height
        if line is not None and not top <= line < top + height:
            # The words found may be deep in a long reply: show them, a third down.
            self.scroll_to(y=max(0, line - height // 3), animate=False, immediate=True)

    def move_to(self, stop: Stop) -> bool:
        """Put the cursor on ``stop``, unfolding its thread if needed; False if absent."""
        options = self._revealing(self.options, stop)
        if options != self.options:
            self._update(options, stop)
        if stop not in self.document.spans:
            return False
        self._place(stop, jump=True)
        return True

    # -- layout ----------------------------------------------------------------------

    def _update(self, options: ViewOptions, stop: Stop | None = None) -> None:
        self.options = options
        self._relayout()
        target = stop if stop in self.document.spans else self._nearest_visible()
        self._place(target, jump=True)

    def _revealing(self, options: ViewOptions, stop: Stop) -> ViewOptions:
        """Options with whatever hides ``stop`` unfolded."""
        if stop.part == "statement" and stop.index > 0:
            return replace(options, statement_collapsed=False)
        if self.event is None or stop.part != "turn":
            return options
        for number, thread in enumerate(self.event.threads):
            if stop.index in thread.turns and number in options.collapsed_threads:
                return replace(options, collapsed_threads=options.collapsed_threads - {number})
        return options

    def _styles(self) -> dict[str, Style]:
        return {name: self.get_component_rich_style(name, partial=True) for name in _STYLE_NAMES}

    def _relayout(self) -> None:
        width = self.scrollable_content_region.width
        self._layout_width = width
        self._strips.clear()
        if self.event is None or width <= 0:
            self.document = Document()
        else:
            self.document = build_document(
                self.event, self._anatomies, width=width, console=self.app.console,
                styles=self._styles(), options=self.options,
            )
        self.virtual_size = Size(width, len(self.document.lines))
        self.refresh()

    def _nearest_visible(self) -> Stop | None:
        """After a layout change: the cursor, or the stop that replaced it."""
        cursor, doc = self._cursor, self.document
        if cursor is None or cursor in doc.spans:
            return cursor if cursor is not None else self._first()
        if cursor.part == "statement":
            return Stop("statement", 0) if Stop("statement", 0) in doc.spans else self._first()
        for number, thread in enumerate(self.event.threads if self.event else []):
            if cursor.index in thread.turns:
                question = self._anatomies[number].question
                head = Stop("turn", question if question is not None else thread.turns[0])
                if head in doc.spans:
                    return head
        questions = [s for s in doc.stops if doc.roles[s] == "question"]
        return questions[0] if questions else self._first()

    def _first(self) -> Stop | None:
        return self.document.stops[0] if self.document.stops else None

    def on_resize(self, event: events.Resize) -> None:
        if self.scrollable_content_region.width != self._layout_width:
            self._relayout()
            if self._cursor is not None:
                self._scroll_to_cursor(jump=False)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        if self.is_mounted and self.event is not None:
            self._relayout()

    # -- drawing ---------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        index = scroll_y + y
        width = self.scrollable_content_region.width
        lines = self.document.lines
        if index >= len(lines):
            return Strip.blank(width, self.rich_style)
        is_cursor = lines[index].stop is not None and lines[index].stop == self._cursor
        selection = self.text_selection
        strip = None if selection else self._strips.get((index, is_cursor))
        if strip is None:
            strip = self._render_doc_line(index, is_cursor, selection)
            if selection is None:
                self._strips[(index, is_cursor)] = strip
        return strip.crop_extend(scroll_x, scroll_x + width, self.rich_style)

    def _render_doc_line(self, index: int, is_cursor: bool, selection: Selection | None) -> Strip:
        line = self.document.lines[index]
        console = self.app.console
        bar = ("▌", self.get_component_rich_style("qa--cursor-bar", partial=True)) \
            if is_cursor else (" ", Style.null())
        gutter = Strip([Segment(*bar), Segment(f"{line.marker:<2} ", line.marker_style)])
        text = line.text
        if selection is not None and (span := selection.get_span(index)) is not None:
            start, end = span
            text = text.copy()
            text.stylize(self.screen.get_component_rich_style("screen--selection"),
                         start, len(text) if end == -1 else end)
        body = Strip(list(text.render(console))).apply_offsets(0, index)
        strip = Strip.join([gutter, body]).extend_cell_length(
            self.scrollable_content_region.width)
        style = self.rich_style
        if is_cursor:
            style += self.get_component_rich_style("qa--cursor", partial=True)
        return strip.apply_style(style)

    def get_selection(self, selection: Selection) -> tuple[str, str] | None:
        text = "\n".join(line.text.plain for line in self.document.lines)
        return selection.extract(text), "\n"

    def selection_updated(self, selection: Selection | None) -> None:
        self._strips.clear()
        self.refresh()

    # -- cursor ----------------------------------------------------------------------

    def _place(self, stop: Stop | None, *, jump: bool) -> None:
        if stop is None:
            changed = self._cursor is not None
            self._cursor = None
        else:
            changed = stop != self._cursor
            self._cursor = stop
            self._scroll_to_cursor(jump=jump)
        self._strips.clear()
        self.refresh()
        if changed:
            self.post_message(self.CursorMoved(self, self._cursor))

    def _scroll_to_cursor(self, *, jump: bool) -> None:
        """Bring the cursor's turn into view; a jump puts its thread header on top."""
        if self._cursor is None or self._cursor not in self.document.spans:
            return
        start, end = self.document.spans[self._cursor]
        anchor = self.document.anchors.get(self._cursor, start)
        top, height = self.scroll_offset.y, self.scrollable_content_region.height
        if jump:
            target = anchor if end - anchor <= height or start - anchor < 2 else start
        elif start >= top and end <= top + height:
            return
        elif start < top or end - start > height:
            target = start
        else:
            target = end - height
        self.scroll_to(y=max(0, target), animate=False, immediate=True)

    def _step(self, delta: int) -> None:
        stops = self.document.stops
        if not stops:
            self.app.bell()
            return
        position = stops.index(self._cursor) if self._cursor in stops else -1
        target = min(max(position + delta, 0), len(stops) - 1)
        if target == position:
            self.app.bell()
        self._place(stops[target], jump=False)

    def _seek(self, role: StopRole, forward: bool,
              accept: Callable[[Stop], bool] = lambda _: True) -> None:
        """Move to the next (or previous) stop playing ``role``."""
        stops = self.document.stops
        position = stops.index(self._cursor) if self._cursor in stops else -1
        order = stops[position + 1:] if forward else reversed(stops[:max(position, 0)])
        for stop in order:
            if self.document.roles.get(stop) == role and accept(stop):
                self._place(stop, jump=True)
                return
        self.app.bell()

    def action_cursor_down(self) -> None:
        self._step(1)

    def action_cursor_up(self) -> None:
        self._step(-1)

    def action_next_question(self) -> None:
        self._seek("question", True)

    def action_previous_question(self) -> None:
        self._seek("question", False)

    def action_next_reply(self) -> None:
        self._seek("reply", True)

    def action_previous_reply(self) -> None:
        self._seek("reply", False)

    def action_first(self) -> None:
        self._place(self._first(), jump=True)
        self.scroll_home(animate=False, immediate=True)

    def action_last(self) -> None:
        stops = self.document.stops
        self._place(stops[-1] if stops else None, jump=False)
        self.scroll_end(animate=False, immediate=True)

    def action_answer(self) -> None:
        """From a question to its (first) reply; from anywhere else in a thread back."""
        thread = self.cursor_thread
        if thread is None or self._cursor is None:
            self.app.bell()
            return
        anatomy = self._anatomies[thread]
        if self._cursor.index == anatomy.question:
            target = self._preferred_reply(anatomy, thread)
        else:
            target = anatomy.question
        if target is None or not self.move_to(Stop("turn", target)):
            self.app.bell()

    def _preferred_reply(self, anatomy: Anatomy, thread: int) -> int | None:
        """The first reply; under a person filter, that person's first word after the question."""
        reader_filter, event = self.options.reader_filter, self.event
        if reader_filter is not None and event is not None and anatomy.question is not None:
            for index in event.threads[thread].turns:
                if index > anatomy.question and reader_filter.matches_turn(event.turns[index]):
                    return index
        return anatomy.replies[0] if anatomy.replies else None

    def action_toggle(self) -> None:
        """Fold or unfold the opening statement or the thread under the cursor."""
        stop, options = self._cursor, self.options
        if stop is not None and stop.part == "statement":
            self._update(replace(options, statement_collapsed=not options.statement_collapsed),
                         Stop("statement", 0))
            return
        thread = self.cursor_thread
        if thread is None:
            self.app.bell()
            return
        folded = options.collapsed_threads ^ {thread}
        self._update(replace(options, collapsed_threads=folded))

    def action_page_down(self) -> None:
        self._page(1)

    def action_page_up(self) -> None:
        self._page(-1)

    def _page(self, direction: int) -> None:
        height = self.scrollable_content_region.height
        top = max(0, min(self.max_scroll_y, self.scroll_offset.y + direction * height))
        self.scroll_to(y=top, animate=False, immediate=True)
        visible = [s for s in self.document.stops if self.document.spans[s][0] >= top]
        on_screen = [s for s in visible if self.document.spans[s][0] < top + height]
        if on_screen:
            self._place(on_screen[0], jump=False)
        else:
            self._step(direction)

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        index = self.scroll_offset.y + offset.y
        if 0 <= index < len(self.document.lines):
            stop = self.document.lines[index].stop
            if stop is not None:
                self._place(stop, jump=False)

    def line_of(self, stop: Stop) -> int | None:
        """First line of ``stop`` in the current layout, if it is shown."""
        span = self.document.spans.get(stop)
        return span[0] if span else None
