"""Choose a citation style while seeing what it will produce for this quote.

The preview is the real :func:`format_citation` output for the highlighted style,
shown as plain Content: a title or quote containing "[bold]" stays literal.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from tui.cite import STYLES as CITATION_STYLES
from tui.cite import Quote, format_citation
from tui.resources import STYLES
from tui.safety import clean

KEYS_HINT = "↑↓ style · Enter copy · Esc cancel"


class CitePickerScreen(ModalScreen[str | None]):
    """Dismisses with the chosen style's name, or None on Esc."""

    CSS_PATH = STYLES / "finder.tcss"
    BINDINGS = [
        Binding("escape", "close", "Cancel", show=False),
        Binding("j", "focused.cursor_down", "Next", show=False),
        Binding("k", "focused.cursor_up", "Previous", show=False),
    ]

    def __init__(self, quote: Quote, style: str) -> None:
        super().__init__()
        self._quote = quote
        self._style = style

    def compose(self) -> ComposeResult:
        with Vertical(id="cite-picker") as panel:
            panel.border_title = "Citation style"
            panel.border_subtitle = KEYS_HINT
            yield OptionList(
                *(Option(Content(label), id=name) for name, label in CITATION_STYLES.items()),
                id="cite-styles",
                markup=False,
            )
            with VerticalScroll(id="cite-preview-box"):
                yield Static(id="cite-preview", markup=False)

    def on_mount(self) -> None:
        styles = self.query_one("#cite-styles", OptionList)
        names = list(CITATION_STYLES)
        styles.highlighted = names.index(self._style) if self._style in names else 0
        styles.focus()

    @on(OptionList.OptionHighlighted, "#cite-styles")
    def _preview(self, event: OptionList.OptionHighlighted) -> None:
        citation = format_citation(self._quote, event.option.id or "")
        self.query_one("#cite-preview", Static).update(clean(citation))

    @on(OptionList.OptionSelected, "#cite-styles")
    def _choose(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_close(self) -> None:
        self.dismiss(None)
