"""Rich renderings of events for the command line (``show``, ``parse``, ``list``).

Transcript text only ever enters :class:`rich.text.Text` as plain strings (never as
markup), so ``[bold]`` in a transcript prints as ``[bold]``.
"""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.style import Style
from rich.table import Table
from rich.text import Text

from tui.transcript.model import Event, Thread, Turn

ROLE_STYLE = {"questioner": "bold cyan", "principal": "bold green", "moderator": "dim"}
ROLE_MARK = {"questioner": "Q", "principal": "A", "moderator": "M"}


def event_header(event: Event) -> Text:
    text = Text(event.title or event.id, style="bold")
    facts = [f for f in (event.date.strftime("%-d %B %Y") if event.date else "", event.place, event.kind) if f]
    if facts:
        text.append("\n" + " · ".join(facts), style="dim")
    if event.url:
        text.append("\n")
        # a Style object, not a style string: a URL is data and must not be parsed as style syntax
        text.append(event.url, style=Style(link=event.url) if event.url.startswith(("http://", "https://")) else "")
    return text


def turn_block(turn: Turn) -> RenderableType:
    label = Text(f"{ROLE_MARK[turn.role]} ", style=ROLE_STYLE[turn.role])
    label.append(turn.who, style=ROLE_STYLE[turn.role])
    if turn.affiliation and turn.speaker:
        label.append(f", {turn.affiliation}", style="dim")
    body = [Text(p) for p in turn.paragraphs]
    return Group(label, Padding(Group(*body), (0, 0, 1, 2)))


def thread_block(event: Event, thread: Thread) -> RenderableType:
    title = Text(f"Question {thread.number}: ", style="bold underline")
    title.append(thread.who, style="bold underline")
    if thread.questioner and thread.affiliation:
        title.append(f" ({thread.affiliation})", style="underline")
    return Group(title, *(turn_block(event.turns[i]) for i in thread.turns))


def event_view(event: Event) -> RenderableType:
    parts: list[RenderableType] = [event_header(event), Text("")]
    if event.statement:
        parts.append(Text("Opening statement", style="bold underline"))
        parts.extend(turn_block(t) for t in event.statement)
    in_thread = {i for th in event.threads for i in th.turns}
    threads = {th.turns[0]: th for th in event.threads}
    for i, turn in enumerate(event.turns):
        if i in threads:
            parts.append(thread_block(event, threads[i]))
        elif i not in in_thread:
            parts.append(turn_block(turn))
    return Group(*parts)


def events_table(events: list[Event]) -> Table:
    table = Table(box=None, pad_edge=False, header_style="bold")
    table.add_column("id", no_wrap=True, min_width=max((len(e.id) for e in events), default=2))
    table.add_column("date", no_wrap=True, min_width=10)
    table.add_column("Qs", justify="right", no_wrap=True)
    table.add_column("kind", min_width=8, max_width=12)
    table.add_column("title", min_width=20)
    table.add_column("place", max_width=18)
    for event in events:
        table.add_row(
            Text(event.id), Text(event.date.isoformat() if event.date else "—"), Text(str(len(event.threads))),
            Text(event.kind or "—"), Text(event.title or "(untitled)"), Text(event.place or "—"),
        )
    return table


def outline(event: Event) -> RenderableType:
    """The ``parse`` outline: metadata, statement size, every turn on one line."""
    lines: list[RenderableType] = [event_header(event)]
    for turn in event.statement:
        lines.append(Text(f"statement by {turn.who}: {len(turn.paragraphs)} paragraphs", style="dim"))
    thread_of = {i: th.number for th in event.threads for i in th.turns}
    for i, turn in enumerate(event.turns):
        where = f"Q{thread_of[i]}" if i in thread_of else "  "
        line = Text(f"{i:>3} {where:>4} ")
        line.append(f"{turn.role:<10} ", style=ROLE_STYLE[turn.role])
        line.append(turn.who)
        if turn.speaker and turn.affiliation:
            line.append(f" ({turn.affiliation})", style="dim")
        words = turn.text.split()
        line.append("  " + " ".join(words[:8]) + (" …" if len(words) > 8 else ""), style="italic")
        lines.append(line)
    return Group(*lines)
