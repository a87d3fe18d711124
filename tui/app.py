"""The Presser reader app: loads the corpus in the background and hosts the screens.

The first frame never waits for anything slow: the corpus (and the reading state)
load in a thread worker with progress in the status bar, then the quote finder's
index builds in another. The app owns the corpus, the config and the state file;
the main screen owns what is shown. Modules written by other parts of the project
(quote finder, citation screens) are imported when first used.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on, work
from textual.app import App
from textual.binding import Binding
from textual.screen import ModalScreen
from textual.timer import Timer
from textual.worker import Worker

from tui.config import Config, load_config
from tui.resources import SAMPLE_CORPUS, STYLES
from tui.safety import clean, clean_line
from tui.screens.main import MainScreen
from tui.screens.palette import EventProvider, ReporterProvider
from tui.transcript.model import Event
from tui.widgets.event_list import EventList
from tui.widgets.qa_document import Highlight, Stop
from tui.widgets.qa_view import QAView

if TYPE_CHECKING:
    from tui.cite import Quote
    from tui.corpus import Corpus
    from tui.search.events import EventFilter
    from tui.search.finder import Hit, QuoteFinder
    from tui.state import State

#: Seconds of stillness before the reading position is written to disk.
SAVE_DELAY = 1.0
#: Load problems listed one per line in the notification; the rest are counted.
MAX_LISTED_PROBLEMS = 8
#: Seconds between two progress updates from the loading thread.
PROGRESS_INTERVAL = 0.05


@dataclass(slots=True)
class _Loaded:
    """What the loading worker hands back to the UI thread."""

    corpus: Corpus
    state: State
    warnings: list[str] = field(default_factory=list)
    event_filter: EventFilter | None = None


def position_number(stop: Stop) -> int:
    """A stop as the state file's per-event integer: turns >= 0, statement turns < 0."""
    return stop.index if stop.part == "turn" else -1 - stop.index


def stop_from_number(number: object) -> Stop | None:
    """The inverse of :func:`position_number` (None for anything that is not an int)."""
    if not isinstance(number, int) or isinstance(number, bool):
        return None
    return Stop("turn", number) if number >= 0 else Stop("statement", -1 - number)


def notice(title: str, lines: Sequence[str], limit: int = MAX_LISTED_PROBLEMS) -> str:
    """A counted, one-line-per-item message: "3 files skipped:\\n a\\n b\\n c"."""
    shown = [clean_line(line) for line in lines[:limit]]
    if len(lines) > limit:
        shown.append(f"… and {len(lines) - limit} more")
    return "\n".join([f"{len(lines)} {title}:", *shown])


class PresserApp(App[None]):
    """Read press conferences: event list, threaded questions and answers, finder, cite."""

    TITLE = "Presser"
    CSS_PATH = sorted(STYLES.glob("*.tcss"))
    COMMANDS = App.COMMANDS | {EventProvider, ReporterProvider}
    BINDINGS = [
        Binding("q", "quit", "Quit", tooltip="Quit (the reading position is kept)"),
        Binding("question_mark,f1", "help", "Help", tooltip="This list of keys"),
        Binding("slash,ctrl+f", "open_finder", "Find", tooltip="Find a quote you half remember"),
        Binding("c", "cite", "Cite",
                tooltip="Copy a citation of the found quote, the selection or the turn"),
        Binding("C", "cite_picker", "Cite as…", show=False,
                tooltip="Choose the citation style, then copy"),
        Binding("v", "show_citation", "Show citation", show=False,
                tooltip="Show the last citation, to select by hand or save to a file"),
    ]

    def __init__(self, corpus_dirs: Sequence[Path], config: Config,
                 warnings: Sequence[str] = ()) -> None:
        super().__init__()
        self.corpus_dirs = list(corpus_dirs)
        self.config = config
        self.events: list[Event] = []
        self.finder: QuoteFinder | None = None
        self._warnings = list(warnings)
        self._state: State | None = None
        self._save_timer: Timer | None = None
        self._last_citation: tuple[str, str] | None = None  # (citation, how it was copied)

    @property
    def main(self) -> MainScreen:
        return self.get_screen("main")  # type: ignore[return-value]

    # -- start-up --------------------------------------------------------------------

    def on_mount(self) -> None:
        self._apply_theme(self.config.theme)
        self.install_screen(MainScreen(self.config.compact_layout), "main")
        self.push_screen("main")
        self._load()

    def _apply_theme(self, name: str) -> None:
        if name in self.available_themes:
            self.theme = name
        else:
            self._warnings.append(
                f"theme {name!r} is not a Textual theme; using {self.theme!r} "
                f"(available: {', '.join(sorted(self.available_themes))})")

    @work(thread=True, exclusive=True, group="load")
    def _load(self) -> _Loaded:
        from tui.corpus import load_corpus
        from tui.state import load_state

        state, warnings = load_state()
        last = 0.0

        def progress(done: int, total: int) -> None:
            nonlocal last
            now = time.monotonic()
            if now - last >= PROGRESS_INTERVAL or done == total:
                last = now
                self.call_from_thread(self.main.show_progress, done, total)

        corpus = load_corpus(self.corpus_dirs, progress=progress)
        from tui.search.events import EventFilter

        return _Loaded(corpus, state, warnings, EventFilter(corpus.events))

    def on_worker_state_changed(self, message: Worker.StateChanged) -> None:
        worker = message.worker
        if worker.group == "load" and worker.is_finished:
            if worker.result is not None:
                self._loaded(worker.result)
            elif worker.error is not None:
                self.notify(f"Could not load the corpus: {clean_line(str(worker.error))}",
                            severity="error", markup=False, timeout=30)

    def _loaded(self, loaded: _Loaded) -> None:
        # The corpus lives as long as the app: keep the garbage collector from
        # re-scanning its millions of objects (a pause on some keystroke otherwise).
        gc.freeze()
        self.events = loaded.corpus.events
        self._state = loaded.state
        last = loaded.state.last_event
        stop = stop_from_number(loaded.state.positions.get(last)) if last else None
        self.main.show_events(self.events, last, stop, loaded.event_filter)
        warnings = self._warnings + loaded.warnings
        if warnings:
            self.notify(notice("settings ignored", warnings), severity="warning",
                        markup=False, timeout=15)
        if loaded.corpus.problems:
            self.notify(notice("files skipped", [str(p) for p in loaded.corpus.problems]),
                        severity="warning", markup=False, timeout=15)
        self._build_finder(self.events, loaded.corpus.fingerprint)

    @work(thread=True, exclusive=True, group="finder")
    def _build_finder(self, events: list[Event], fingerprint: str) -> None:
        try:
            from tui.search.finder import QuoteFinder
        except ImportError:
            return
        finder = QuoteFinder(events, fingerprint=fingerprint or None)
        self.call_from_thread(setattr, self, "finder", finder)
        finder.build()

    # -- navigation ------------------------------------------------------------------

    def event_by_id(self, event_id: str) -> Event | None:
        return next((e for e in self.events if e.id == event_id), None)

    def goto(self, event_id: str, stop: Stop | None = None) -> None:
        """Open ``event_id`` (cursor on ``stop``) in the reading pane."""
        event = self.event_by_id(event_id)
        if event is None:
            self.bell()
            return
        self.main.open_event(event, stop)
        self.main.qa.focus()

    def goto_hit(self, hit: Hit) -> None:
        """Open the hit's event, put the cursor on its turn and mark the words found."""
        event = self.event_by_id(hit.event_id)
        if event is None:
            self.bell()
            return
        stop = Stop("statement" if hit.part == "statement" else "turn", hit.turn)
        self.main.show_highlight(event, Highlight(stop, hit.paragraph, hit.start, hit.end))

    @on(MainScreen.PositionChanged)
    def _position_changed(self, message: MainScreen.PositionChanged) -> None:
        state = self._state
        if state is None or message.event is None:
            return
        state.last_event = message.event.id
        if message.position is not None:
            state.positions[message.event.id] = position_number(message.position)
        if self._save_timer is not None:
            self._save_timer.stop()
        self._save_timer = self.set_timer(SAVE_DELAY, self._save_soon)

    def _save_soon(self) -> None:
        if self._state is not None:
            snapshot = replace(self._state, positions=dict(self._state.positions),
                               saved_quotes=list(self._state.saved_quotes),
                               removed=set(self._state.removed))
            self._save(snapshot)

    @work(thread=True, exclusive=True, group="save")
    def _save(self, state: State) -> None:
        from tui.state import save_state

        error = save_state(state)
        if error:
            self.call_from_thread(self.notify, error, severity="warning", markup=False)

    async def action_quit(self) -> None:
        if self._state is not None:
            from tui.state import save_state

            error = save_state(self._state)
            self.exit(message=Text(clean_line(error)) if error else None)
            return
        self.exit()

    # -- screens ---------------------------------------------------------------------

    def action_help(self) -> None:
        from tui.screens.help import HelpScreen

        sections = [
            ("Reading pane", QAView.BINDINGS),
            ("Event list", [*EventList.BINDINGS,
                            Binding("enter", "select", tooltip="Read the highlighted event"),
                            Binding("x", "", key_display="letters",
                                    tooltip="Type to filter the events (keys not bound above)")]),
            ("Everywhere", [*MainScreen.BINDINGS, *self.BINDINGS,
                            Binding("ctrl+p", "command_palette",
                                    tooltip="Command palette: go to an event or a reporter's "
                                            "question, switch theme")]),
        ]
        self.push_screen(HelpScreen(sections))

    def action_open_finder(self) -> None:
        if self.finder is None:
            self.notify("The quote finder is not ready yet.", markup=False)
            return
        from tui.screens.finder import FinderScreen

        event = self.main.current_event
        self.push_screen(FinderScreen(self.finder, self.events, event.id if event else None,
                                      self._speaker_under_cursor()),
                         self._finder_closed)

    def _speaker_under_cursor(self) -> str | None:
        """Who speaks in the turn under the cursor: the finder's "this speaker" scope."""
        qa = self.main.qa
        if qa.event is None or qa.cursor is None:
            return None
        turns = qa.event.statement if qa.cursor.part == "statement" else qa.event.turns
        if not 0 <= qa.cursor.index < len(turns):
            return None
        return turns[qa.cursor.index].speaker or None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Over a dialog, Ctrl+P belongs to the dialog (the finder moves up with it),
        not to the command palette."""
        if action == "command_palette" and isinstance(self.screen, ModalScreen):
            return False
        return super().check_action(action, parameters)

    def _finder_closed(self, hit: Hit | None) -> None:
        if hit is not None:
            self.goto_hit(hit)

    # -- citations -------------------------------------------------------------------

    def current_quote(self) -> Quote | None:
        """The found quote if the cursor is still on it, else the selection, else the turn."""
        from tui.cite import Quote, quote_for

        qa = self.main.qa
        event, stop = qa.event, qa.cursor
        if event is None or stop is None:
            return None
        part = "statement" if stop.part == "statement" else "turns"
        highlight = qa.options.highlight
        if highlight is not None and highlight.stop == stop:
            return quote_for(event, part, stop.index, paragraph=highlight.paragraph,
                             span=(highlight.start, highlight.end))
        selected = " ".join((self.screen.get_selected_text() or "").split())
        if selected:
            turns = event.statement if part == "statement" else event.turns
            turn = turns[stop.index]
            if selected in " ".join(turn.text.split()):
                return Quote(event, turn, selected)
            self.notify("The selection is not all in the turn under the cursor; "
                        "citing that turn instead.", markup=False)
        return quote_for(event, part, stop.index)

    def _quote_to_cite(self) -> Quote | None:
        """The current quote, or None after telling the user why there is none."""
        try:
            quote = self.current_quote()
        except LookupError as exc:
            self.notify(clean_line(str(exc)), severity="warning", markup=False)
            return None
        if quote is None:
            self.bell()
        return quote

    def action_cite(self, style: str | None = None) -> None:
        from tui.cite import format_citation

        quote = self._quote_to_cite()
        if quote is not None:
            self._copy(format_citation(quote, style or self.config.citation_style))

    def action_cite_picker(self) -> None:
        from tui.screens.cite_picker import CitePickerScreen

        quote = self._quote_to_cite()
        if quote is not None:
            self.push_screen(CitePickerScreen(quote, self.config.citation_style), self._style_chosen)

    def _style_chosen(self, style: str | None) -> None:
        if style is not None:
            self.action_cite(style)

    @work(thread=True, exclusive=True, group="clipboard")
    def _copy(self, citation: str) -> None:
        """Clipboard tools may hang (up to their timeout), so never on the UI thread."""
        from tui.clipboard import copy_text

        def osc52(text: str) -> None:
            self.call_from_thread(self.copy_to_clipboard, text)

        result = copy_text(citation, osc52=osc52)
        self.call_from_thread(self._copied, result.ok, citation, clean_line(result.message))

    def _copied(self, ok: bool, citation: str, message: str) -> None:
        """Say what happened, with the citation; if nothing took it, show it to copy by hand."""
        self._last_citation = (citation, message)
        if ok:
            self.notify(f"{message} (v shows it)\n{clean(citation)}", markup=False, timeout=10)
        else:
            self.action_show_citation()

    def action_show_citation(self) -> None:
        """The last citation in a view where it can be selected by hand or saved."""
        if self._last_citation is None:
            self.notify("No citation yet: press c on a turn or a found quote.", markup=False)
            return
        from tui.screens.citation_view import CitationViewScreen

        self.push_screen(CitationViewScreen(*self._last_citation))


def make_app(corpus_dirs: Sequence[Path] | None = None, *, config: Config | None = None,
             ) -> PresserApp:
    """The app on ``corpus_dirs``; else the config's directories; else the bundled sample.

    Without ``config`` the user's config file is read; whatever in it is ignored is
    shown in a notification once the app is up.
    """
    warnings: list[str] = []
    if config is None:
        config, warnings = load_config()
    dirs = list(corpus_dirs or config.corpus_dirs or [SAMPLE_CORPUS])
    return PresserApp(dirs, config, warnings)
