"""Lay an event out as wrapped lines for the question/answer pane.

The pane draws with the Line API, so the whole event is wrapped once per width,
collapse state, filter and highlight; moving the cursor only restyles lines. Every
line knows the cursor stop (a turn, or an opening-statement turn) it belongs to and
carries a two-cell marker ("Q", "A", "S", "M"; lower case for asides) so questions
and answers are told apart without colour too.

Transcript text is untrusted: it only ever enters ``rich.text.Text`` as plain
strings (never as markup), after :func:`tui.safety.clean` has removed control
characters.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from rich.console import Console
from rich.style import Style
from rich.text import Text

from tui.safety import clean, clean_line
from tui.transcript.model import Event, Turn
from tui.widgets.reader_filter import ReaderFilter
from tui.widgets.thread_anatomy import Anatomy

#: Cells left of the text: cursor bar, two-cell marker, space.
GUTTER = 4
#: Longest line of text, however wide the terminal: long lines are hard to read.
MAX_TEXT_WIDTH = 100

StopPart = Literal["statement", "turn"]
StopRole = Literal["statement", "question", "reply", "aside", "cue"]


@dataclass(frozen=True, slots=True, order=True)
class Stop:
    """A place the cursor can rest: one turn of the statement or of the exchanges."""

    part: StopPart
    index: int

    def key(self) -> str:
        """A string form for the state file ("turn:29")."""
        return f"{self.part}:{self.index}"

    @classmethod
    def parse(cls, key: object) -> Stop | None:
        """The inverse of :meth:`key`; None for anything malformed."""
        if not isinstance(key, str):
            return None
        part, _, number = key.partition(":")
        if part not in ("statement", "turn") or not number.isdigit():
            return None
        return cls(part, int(number))  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class Highlight:
    """A span of one paragraph to mark (a finder hit)."""

    stop: Stop
    paragraph: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class ViewOptions:
    """What the reader chose to see; any change means a new layout."""

    statement_collapsed: bool = False
    collapsed_threads: frozenset[int] = frozenset()
    reader_filter: ReaderFilter | None = None
    highlight: Highlight | None = None


@dataclass(slots=True)
class DocLine:
    """One screen line: a marker for the gutter and the wrapped text."""

    marker: str
    marker_style: Style
    text: Text
    stop: Stop | None


@dataclass(slots=True)
class Document:
    """An event laid out at one width."""

    lines: list[DocLine] = field(default_factory=list)
    stops: list[Stop] = field(default_factory=list)
    #: First line and end line (exclusive) of each stop.
    spans: dict[Stop, tuple[int, int]] = field(default_factory=dict)
    #: Where to scroll when jumping to a stop (its thread header, for a question).
    anchors: dict[Stop, int] = field(default_factory=dict)
    roles: dict[Stop, StopRole] = field(default_factory=dict)
    #: Index into ``Event.threads`` of each stop inside a thread.
    threads: dict[Stop, int] = field(default_factory=dict)
    #: Threads shown / in the event (they differ under a filter).
    shown_threads: int = 0
    #: First line of the highlighted span, if there is one.
    highlight_line: int | None = None


_MARKERS: dict[StopRole, str] = {"question": "Q", "reply": "A"}
_ASIDE_MARKERS = {"questioner": "q", "principal": "a", "moderator": "m"}


class _Builder:
    """Accumulates lines; one instance per layout."""

    def __init__(
        self, console: Console, width: int, styles: Mapping[str, Style], options: ViewOptions
    ) -> None:
        self.console = console
        self.width = max(10, min(width - GUTTER, MAX_TEXT_WIDTH))
        self.styles = styles
        self.options = options
        self.doc = Document()

    # -- low level -------------------------------------------------------------------

    def add(self, text: Text, *, marker: str = "", marker_style: str = "",
            stop: Stop | None = None, continuation: str = "") -> None:
        """Wrap ``text`` and append it; the marker goes on its first line only."""
        style = self.styles[marker_style] if marker_style else Style.null()
        hit = self.styles["qa--hit"]
        for n, line in enumerate(text.wrap(self.console, self.width, overflow="fold")):
            line.end = ""
            if self.options.highlight and self.doc.highlight_line is None and any(
                    span.style == hit for span in line.spans):
                self.doc.highlight_line = len(self.doc.lines)
            self.doc.lines.append(DocLine(marker if n == 0 else continuation, style, line, stop))

    def blank(self, stop: Stop | None = None, marker: str = "", marker_style: str = "") -> None:
        style = self.styles[marker_style] if marker_style else Style.null()
        self.doc.lines.append(DocLine(marker, style, Text(""), stop))

    def open_stop(self, stop: Stop, role: StopRole, anchor: int | None = None) -> int:
        start = len(self.doc.lines)
        self.doc.stops.append(stop)
        self.doc.roles[stop] = role
        self.doc.anchors[stop] = start if anchor is None else anchor
        return start

    def close_stop(self, stop: Stop, start: int) -> None:
        self.doc.spans[stop] = (start, len(self.doc.lines))

    def paragraph(self, text: str, stop: Stop, number: int, style: str) -> Text:
        """A paragraph as Text, with the finder's span marked if it is in it."""
        result = Text(clean(text), style=self.styles[style])
        highlight = self.options.highlight
        if highlight and highlight.stop == stop and highlight.paragraph == number:
            result.stylize(self.styles["qa--hit"], highlight.start, highlight.end)
        return result

    # -- blocks ----------------------------------------------------------------------

    def header(self, event: Event, questions: int) -> None:
        self.add(Text(clean_line(event.title or event.id), style=self.styles["qa--title"]))
        facts = [event.date.isoformat() if event.date else "undated", event.place, event.kind,
                 f"{questions} question{'s' if questions != 1 else ''}"]
        self.add(Text(" · ".join(clean_line(f) for f in facts if f), style=self.styles["qa--meta"]))
        if event.url:
            url = clean_line(event.url)
            self.add(Text(url, style=self.styles["qa--link"] + Style(link=url)))
        self.blank()

    def filter_note(self, reader_filter: ReaderFilter, shown: int, total: int) -> None:
        who = "asked by" if reader_filter.kind == "outlet" else "with"
        note = (f"Filter: {shown} of {total} questions {who} {clean_line(reader_filter.value)}"
                " (s to change, Esc to clear)")
        self.add(Text(note, style=self.styles["qa--note"]))
        self.blank()

    def statement(self, event: Event) -> None:
        collapsed = self.options.statement_collapsed
        turns = event.statement[:1] if collapsed else event.statement
        for number, turn in enumerate(turns):
            stop = Stop("statement", number)
            start = self.open_stop(stop, "statement")
            heading = Text.assemble(
                ("▸ " if collapsed else "▾ ", self.styles["qa--statement"]),
                ("Opening statement · ", self.styles["qa--statement"]),
                (clean_line(turn.who), self.styles["qa--name"]),
            )
            if collapsed:
                count = sum(len(t.paragraphs) for t in event.statement)
                heading.append(f"  {count} paragraphs, o to expand", self.styles["qa--note"])
            self.add(heading, marker="S", marker_style="qa--statement", stop=stop)
            if collapsed:
                self.preview(turn, stop)
            else:
                self.body(turn, stop, "qa--body", "│", "qa--statement")
            self.blank(stop)
            self.close_stop(stop, start)

    def preview(self, turn: Turn, stop: Stop) -> None:
        """One line of the turn's first paragraph, cut with an ellipsis."""
        first = clean_line(turn.paragraphs[0]) if turn.paragraphs else ""
        text = Text(first, style=self.styles["qa--aside"], no_wrap=True, overflow="ellipsis")
        text.truncate(self.width, overflow="ellipsis")
        text.end = ""
        self.doc.lines.append(DocLine("│", Style.null(), text, stop))

    def body(self, turn: Turn, stop: Stop, style: str, marker: str, marker_style: str) -> None:
        for number, paragraph in enumerate(turn.paragraphs):
            if number:
                self.blank(stop, marker, marker_style)
            self.add(self.paragraph(paragraph, stop, number, style), marker=marker,
                     marker_style=marker_style, stop=stop, continuation=marker)

    def main_turn(self, turn: Turn, stop: Stop, role: StopRole, anchor: int) -> None:
        start = self.open_stop(stop, role, anchor)
        style = "qa--question" if role == "question" else "qa--reply"
        name = Text(clean_line(turn.who), style=self.styles["qa--name"])
        if turn.speaker and turn.affiliation:
            name.append(f" · {clean_line(turn.affiliation)}", self.styles["qa--meta"])
        self.add(name, marker=_MARKERS[role], marker_style=style, stop=stop)
        self.body(turn, stop, "qa--body", "│", style)
        self.close_stop(stop, start)

    def aside(self, turn: Turn, stop: Stop, role: StopRole, anchor: int) -> None:
        """A short or secondary turn on one compact, lighter line: "Name: text"."""
        start = self.open_stop(stop, role, anchor)
        text = Text(f"{clean_line(turn.who)}: ", style=self.styles["qa--aside-name"])
        for number, paragraph in enumerate(turn.paragraphs):
            if number:
                text.append(" ")
            text.append_text(self.paragraph(paragraph, stop, number, "qa--aside"))
        marker = _ASIDE_MARKERS.get(turn.role, "·")
        self.add(text, marker=marker, marker_style="qa--aside", stop=stop)
        self.close_stop(stop, start)

    def thread(self, event: Event, number: int, anatomy: Anatomy, *, gap: bool) -> None:
        thread = event.threads[number]
        collapsed = number in self.options.collapsed_threads
        if gap:
            self.blank()
        anchor = len(self.doc.lines)
        rule = Text.assemble(
            ("▸ " if collapsed else "▾ ", self.styles["qa--thread"]),
            (f"Question {thread.number} · ", self.styles["qa--thread"]),
            (clean_line(thread.who), self.styles["qa--thread-name"]),
        )
        if thread.questioner and thread.affiliation:
            rule.append(f", {clean_line(thread.affiliation)}", self.styles["qa--thread"])
        if collapsed:
            rule.append(f"  {len(thread.turns)} turns, o to expand", self.styles["qa--note"])
        rule.append(" " + "─" * self.width, self.styles["qa--thread"])
        rule.truncate(self.width)
        self.add(rule)
        if collapsed:
            index = anatomy.question if anatomy.question is not None else thread.turns[0]
            stop = Stop("turn", index)
            self.doc.threads[stop] = number
            start = self.open_stop(stop, "question", anchor)
            self.preview(event.turns[index], stop)
            self.close_stop(stop, start)
            return
        previous_main: bool | None = None
        for index in thread.turns:
            stop = Stop("turn", index)
            self.doc.threads[stop] = number
            turn = event.turns[index]
            role: StopRole = "question" if index == anatomy.question else (
                "reply" if index in anatomy.replies else "aside")
            main = role != "aside" and self._in_focus(turn, role)
            if previous_main is not None and (main or previous_main):
                self.blank()
            if main:
                self.main_turn(turn, stop, role, anchor)
            else:
                self.aside(turn, stop, role, anchor)
            previous_main = main

    def _in_focus(self, turn: Turn, role: StopRole) -> bool:
        """Under a person filter, other people's replies step back."""
        reader_filter = self.options.reader_filter
        if reader_filter is None or reader_filter.kind != "speaker" or role == "question":
            return True
        return reader_filter.matches_turn(turn)

    def cue(self, turn: Turn, index: int) -> None:
        self.aside(turn, Stop("turn", index), "cue", len(self.doc.lines))


def build_document(
    event: Event,
    anatomies: list[Anatomy],
    *,
    width: int,
    console: Console,
    styles: Mapping[str, Style],
    options: ViewOptions,
) -> Document:
    """Lay ``event`` out at ``width`` cells (gutter included)."""
    builder = _Builder(console, width, styles, options)
    reader_filter = options.reader_filter
    shown = [
        n for n, thread in enumerate(event.threads)
        if reader_filter is None or reader_filter.matches_thread(event, thread)
    ]
    builder.header(event, len(event.threads))
    if reader_filter is not None:
        builder.filter_note(reader_filter, len(shown), len(event.threads))
    if event.statement and (reader_filter is None or any(
            reader_filter.matches_turn(t) for t in event.statement)):
        builder.statement(event)
    thread_starts = {event.threads[n].turns[0]: n for n in shown if event.threads[n].turns}
    threaded = {i for thread in event.threads for i in thread.turns}
    gap = False
    for index, turn in enumerate(event.turns):
        if index in thread_starts:
            number = thread_starts[index]
            builder.thread(event, number, anatomies[number], gap=gap)
            gap = True
        elif index not in threaded and reader_filter is None:
            if gap:
                builder.blank()
            builder.cue(turn, index)
            gap = False
    if not event.statement and not event.turns:
        builder.add(Text("This transcript has no speech the parser could read.",
                         style=styles["qa--note"]))
    doc = builder.doc
    doc.shown_threads = len(shown)
    if doc.stops:
        doc.anchors[doc.stops[0]] = 0  # going to the top shows the event's header too
    return doc
