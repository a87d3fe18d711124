"""Show a citation so the user can take it even when no clipboard route worked.

A terminal never confirms an OSC 52 copy, so after copying the app can show the
citation here: in a read-only TextArea (selectable with the mouse or the terminal),
beside the message saying which clipboard route was tried, with a key to save it to
a file instead.
"""

from __future__ import annotations

from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static, TextArea

from tui.resources import STYLES
from tui.safety import clean, clean_line
from tui.storage import atomic_write_text, save_error

DEFAULT_PATH = "~/presser-citation.txt"
KEYS_HINT = "s save to a file · Esc close"


class CitationViewScreen(ModalScreen[None]):
    """The citation, the clipboard message, and saving to a file."""

    CSS_PATH = STYLES / "finder.tcss"
    BINDINGS = [
        Binding("escape", "close", "Close", show=False),
        Binding("s", "ask_path", "Save to file", show=False),
    ]

    def __init__(self, text: str, message: str) -> None:
        super().__init__()
        self._text = clean(text)
        self._message = clean_line(message)

    def compose(self) -> ComposeResult:
        with Vertical(id="citation-view") as panel:
            panel.border_title = "Citation"
            panel.border_subtitle = KEYS_HINT
            yield TextArea(self._text, read_only=True, soft_wrap=True, id="citation-text")
            yield Static(self._message, id="citation-message", markup=False)
            yield Input(DEFAULT_PATH, id="citation-path")
            yield Static(id="citation-status", markup=False)

    def on_mount(self) -> None:
        self.query_one(TextArea).focus()

    def action_ask_path(self) -> None:
        """Open the path field (pre-filled with the last path) and focus it."""
        path_input = self.query_one("#citation-path", Input)
        path_input.add_class("-open")
        path_input.focus()

    @on(Input.Submitted, "#citation-path")
    def _save(self, event: Input.Submitted) -> None:
        typed = event.value.strip()
        if not typed:
            self._report("type a file path first", error=True)
            return
        try:
            path = Path(typed).expanduser()
        except RuntimeError:  # "~someone" with no such user
            self._report(clean_line(f"could not save {typed}: no such home directory"), error=True)
            return
        try:
            atomic_write_text(path, self._text + "\n")
        except OSError as exc:
            self._report(clean_line(save_error(path, exc)), error=True)
            return
        self._close_path()
        self._report(clean_line(f"saved to {path}"), error=False)

    def _report(self, line: str, *, error: bool) -> None:
        status = self.query_one("#citation-status", Static)
        status.set_class(error, "-error")
        status.update(line)

    def _close_path(self) -> None:
        self.query_one("#citation-path", Input).remove_class("-open")
        self.query_one(TextArea).focus()

    def action_close(self) -> None:
        """Esc first leaves the path field, then closes the view."""
        if self.query_one("#citation-path", Input).has_class("-open"):
            self._close_path()
        else:
            self.dismiss(None)
