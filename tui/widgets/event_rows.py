"""How one event looks in the event list: always the same number of rows.

Date, kind and question count; the title on one or two rows (wrapped at words, the
rest cut with an ellipsis); the place; a blank row under a short title; a rule. A
fixed height lets the list find any event's rows by arithmetic and draw only what is
on screen, instead of wrapping and measuring thousands of entries whenever the filter
changes. Titles, kinds and places are transcript data: they become ``Text`` from
plain strings, never markup.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.console import Console
from rich.style import Style
from rich.text import Text
from textual.strip import Strip

from tui.safety import clean_line
from tui.transcript.model import Event

_TITLE_ROWS = 2
#: Rows per event: the meta line, the title rows, the place, the rule.
ROWS = _TITLE_ROWS + 3
#: The rule under each event (never highlighted).
RULE_ROW = ROWS - 1


@dataclass(frozen=True, slots=True)
class RowStyles:
    """The component styles the rows are drawn with (from the stylesheet)."""

    date: Style
    kind: Style
    place: Style
    rule: Style


def event_rows(event: Event, width: int, styles: RowStyles, console: Console) -> list[Strip]:
    """The ``ROWS`` strips of ``event``, each exactly ``width`` cells."""
    date = event.date.isoformat() if event.date else "undated"
    meta = Text.assemble(
        (date, styles.date), "  ",
        (clean_line(event.kind) or "transcript", styles.kind),
        f"  {len(event.threads)} Q",
    )
    title = title_rows(clean_line(event.title or event.id), width, console)
    place = Text.assemble((clean_line(event.place), styles.place))
    blank = [Text() for _ in range(_TITLE_ROWS - len(title))]  # under a one-row title
    rule = Text.assemble(("─" * width, styles.rule))
    return [_strip(text, width, console) for text in (meta, *title, place, *blank, rule)]


def title_rows(title: str, width: int, console: Console) -> list[Text]:
    """``title`` wrapped at words into one or two rows; a longer one ends in an ellipsis
    (cut to ``width`` when drawn)."""
    lines = list(Text(title).wrap(console, width, overflow="fold"))
    if len(lines) > _TITLE_ROWS:
        consumed = sum(len(line.plain) for line in lines[:_TITLE_ROWS - 1])
        lines[_TITLE_ROWS - 1:] = [Text(title[consumed:].lstrip())]
    return lines


def _strip(text: Text, width: int, console: Console) -> Strip:
    # Only spans are rendered here (the Text's own style would be dropped): every
    # styled part above is a span.
    text.truncate(width, overflow="ellipsis", pad=True)
    return Strip(text.render(console), width)
