"""Choose one speaker or one outlet to read ("only Reuters' questions").

A small dialog: a filter box over the people and outlets of the current event, then
those of the rest of the corpus. It dismisses with the chosen
:class:`~tui.widgets.reader_filter.ReaderFilter`, ``False`` for "show everyone",
or ``None`` when cancelled.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.style import Style
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from tui.safety import clean_line
from tui.transcript.model import Event
from tui.widgets.reader_filter import FilterChoice, ReaderFilter, filter_choices

_EVERYONE = "everyone"


class SpeakerFilterScreen(ModalScreen[ReaderFilter | bool | None]):
    """Pick a speaker or outlet; type to narrow the list."""

    COMPONENT_CLASSES = {"speaker-filter--detail", "speaker-filter--section"}

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", show=False),
        Binding("down", "move('cursor_down')", "Down", show=False),
        Binding("up", "move('cursor_up')", "Up", show=False),
        Binding("pagedown", "move('page_down')", "Page down", show=False),
        Binding("pageup", "move('page_up')", "Page up", show=False),
    ]

    def __init__(self, events: Sequence[Event], current: Event | None,
                 active: ReaderFilter | None) -> None:
        super().__init__()
        self._here = filter_choices([current]) if current else []
        here = {c.filter for c in self._here}
        self._elsewhere = [c for c in filter_choices(list(events)) if c.filter not in here]
        self._active = active
        self._choices: dict[str, ReaderFilter] = {}

    def compose(self) -> ComposeResult:
        with Vertical(id="speaker-filter"):
            yield Static(Text("Show only one speaker or outlet"), id="speaker-filter-title")
            yield Input(placeholder="type a name or outlet", id="speaker-filter-input")
            yield OptionList(id="speaker-filter-list")
            yield Static(Text("Enter choose · ↑↓ move · Esc cancel"), id="speaker-filter-keys")

    def on_mount(self) -> None:
        self._fill("")

    def _fill(self, text: str) -> None:
        needle = text.casefold().strip()
        detail = self.get_component_rich_style("speaker-filter--detail", partial=True)
        section = self.get_component_rich_style("speaker-filter--section", partial=True)
        options: list[Option] = []
        self._choices.clear()
        if self._active is not None and not needle:
            options.append(Option(Text("Show everyone (clear the filter)"), id=_EVERYONE))
        for title, choices in (("In this event", self._here),
                               ("Elsewhere in the corpus", self._elsewhere)):
            matching = sorted((c for c in choices if not needle or needle in _haystack(c)),
                              key=lambda c: needle not in c.filter.value.casefold())
            if matching:
                options.append(Option(Text(title, style=section), disabled=True))
            for choice in matching:
                option_id = f"{choice.filter.kind}:{choice.filter.value}"
                self._choices[option_id] = choice.filter
                options.append(Option(_prompt(choice, detail), id=option_id))
        option_list = self.query_one(OptionList)
        option_list.set_options(options)
        first = next((n for n, o in enumerate(options) if not o.disabled), None)
        option_list.highlighted = first

    @on(Input.Changed)
    def _typed(self, message: Input.Changed) -> None:
        self._fill(message.value)

    @on(Input.Submitted)
    def _submitted(self) -> None:
        option = self.query_one(OptionList).highlighted_option
        if option is None:
            self.app.bell()
            return
        self._choose(option.id)

    @on(OptionList.OptionSelected)
    def _selected(self, message: OptionList.OptionSelected) -> None:
        self._choose(message.option.id)

    def _choose(self, option_id: str | None) -> None:
        if option_id == _EVERYONE:
            self.dismiss(False)
        elif option_id in self._choices:
            self.dismiss(self._choices[option_id])

    def action_move(self, action: str) -> None:
        self.query_one(OptionList).run_action(action)

    def action_cancel(self) -> None:
        self.dismiss(None)


def _haystack(choice: FilterChoice) -> str:
    """Names match on themselves and on their outlet ("Reuters" finds Andrew Gray too)."""
    return f"{choice.filter.value} {choice.detail}".casefold()


def _prompt(choice: FilterChoice, detail_style: Style) -> Text:
    kind = "outlet" if choice.filter.kind == "outlet" else (clean_line(choice.detail) or "speaker")
    text = Text(clean_line(choice.filter.value))
    text.append(f"  {kind} · {choice.turns} turn{'s' if choice.turns != 1 else ''}", detail_style)
    return text
