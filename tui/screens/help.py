"""The `?` screen: every key, grouped by where it works.

Built from the ``Binding`` objects themselves (their ``tooltip`` is the long
description), so the help can never drift from what the keys really do.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

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

    def _render_keys(self) -> Text:
        section_style = self.get_component_rich_style("help--section", partial=True)
        key_style = self.get_component_rich_style("help--key", partial=True)
        rows: list[tuple[str, str]] = []
        body = Text()
        for title, bindings in self._sections:
            body.append(f"\n{title}\n", section_style)
            rows = [(self._keys(b), b.tooltip or b.description) for b in bindings]
            width = max((len(keys) for keys, _ in rows), default=0) + 2
            for keys, description in rows:
                body.append(f"  {keys:<{width}}", key_style)
                body.append(f"{description}\n")
        return body

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
