"""The `?` screen: every key, grouped by where it works.

Built from the ``Binding`` objects themselves (their ``tooltip`` is the long
description), so the help can never drift from what the keys really do.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

HelpSection = tuple[str, Sequence[Binding]]


class HelpScreen(ModalScreen[None]):
    """A scrollable list of keys; any of Esc, q, ? or F1 closes it."""

    COMPONENT_CLASSES = {"help--section", "help--key"}

    BINDINGS = [
        Binding("escape,q,question_mark,f1", "close", "Close", show=False),
        Binding("j,down", "scroll('down')", "Down", show=False),
        Binding("k,up", "scroll('up')", "Up", show=False),
    ]

    def __init__(self, sections: Sequence[HelpSection]) -> None:
        super().__init__()
        self._sections = sections

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help"):
            yield Static(Text("Presser keys  (Esc to close)"), id="help-title")
            yield Static(id="help-body")

    def on_mount(self) -> None:
        self.query_one("#help-body", Static).update(self._render_keys())

    def _render_keys(self) -> Table:
        section_style = self.get_component_rich_style("help--section", partial=True)
        key_style = self.get_component_rich_style("help--key", partial=True)
        table = Table.grid(padding=(0, 2))
        table.add_column(style=key_style, no_wrap=True)
        table.add_column()
        for title, bindings in self._sections:
            table.add_row(Text(f"\n{title}", style=section_style))
            for binding in bindings:
                table.add_row(Text(self._keys(binding)), Text(binding.tooltip or binding.description))
        return table

    def _keys(self, binding: Binding) -> str:
        keys = [self.app.get_key_display(replace(binding, key=k.strip()))
                for k in binding.key.split(",")]
        return " / ".join(keys)

    def action_close(self) -> None:
        self.dismiss(None)

    def action_scroll(self, direction: str) -> None:
        scroller = self.query_one("#help", VerticalScroll)
        if direction == "down":
            scroller.scroll_down(animate=False)
        else:
            scroller.scroll_up(animate=False)
