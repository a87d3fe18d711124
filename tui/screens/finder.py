"""The quote finder: a palette over the app that searches as you type.

Typing must never wait for a search, so a search that may be slow runs in a thread
worker, one at a time: while one runs, further keystrokes only replace the wanted
query, and when it finishes the newest query runs next. Results of a query that is no
longer wanted are dropped, so the list never jumps back to an older query.

A search that recent searches show to be cheap (a small corpus, the index built) runs
in line with the keystroke instead. Textual paints at most one frame per 1/60 s and, after the frame
that echoes the typed character, does not paint the next one for 17–33 ms; answering
before that first frame puts the character and its results on screen together
(finder keystroke to results p95 ~43 ms in a thread, see tests/bench/finder_bench.py).

The Input keeps the focus throughout; the result list is steered from here.
"""

from __future__ import annotations

from collections.abc import Sequence
from collections import deque
from dataclasses import dataclass, replace
from time import perf_counter

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.timer import Timer
from textual.widgets import Input, OptionList, Static
from textual.worker import Worker, WorkerState

from tui.resources import STYLES
from tui.safety import clean_line
from tui.search.finder import Hit, QuoteFinder
from tui.transcript.model import Event
from tui.widgets.finder_results import FinderResults
from tui.widgets.finder_scope import Scope, available_scopes

#: How many hits one search asks for; the list scrolls, so this only bounds the work.
RESULT_LIMIT = 20
#: Searches run in line only over an index this small (in sentences): the costliest
#: query there (two letters, many candidates) stays a few milliseconds. Measured: on
#: 620,000 sentences "th" took 37 ms; the sample corpus holds 1,244.
INLINE_SENTENCES = 50_000
#: Seconds the recent searches may have taken for the next to run in line with the
#: keystroke: at most a frame (1/60 s), so a key pressed meanwhile waits no longer than
#: the screen would anyway (a busy machine sends searches back to the thread).
INLINE_BUDGET = 0.016
#: How many recent search costs the choice looks at (the slowest of them counts).
RECENT_COSTS = 3

BUILDING_NOTICE = "index building — results may be slower"
KEYS_HINT = "Enter go to quote · Tab scope · @name speaker · Esc close"


@dataclass(frozen=True, slots=True)
class _Request:
    """One search as typed: the raw query ("@name" prefix included) and the Tab scope."""

    text: str
    scope: Scope


@dataclass(frozen=True, slots=True)
class _Answer:
    """A finished search: the scope it really used ("@name" resolved), the query
    without the prefix, and the hits."""

    scope: Scope
    query: str
    hits: list[Hit]


class FinderScreen(ModalScreen[Hit | None]):
    """Find a remembered quote; dismisses with the chosen Hit, or None on Esc."""

    CSS_PATH = STYLES / "finder.tcss"
    BINDINGS = [
        Binding("escape", "close", "Close", show=False),
        Binding("down,ctrl+n", "results('cursor_down')", "Next", show=False),
        Binding("up,ctrl+p", "results('cursor_up')", "Previous", show=False),
        Binding("pagedown", "results('page_down')", "Page down", show=False),
        Binding("pageup", "results('page_up')", "Page up", show=False),
        Binding("tab", "cycle_scope(1)", "Scope", show=False),
        Binding("shift+tab", "cycle_scope(-1)", "Scope back", show=False),
    ]

    def __init__(
        self,
        finder: QuoteFinder,
        events: Sequence[Event],
        current_event_id: str | None,
        current_speaker: str | None = None,
    ) -> None:
        super().__init__()
        self._finder = finder
        self._scopes = available_scopes(events, current_event_id, current_speaker)
        self._scope_index = 0
        self._wanted: _Request | None = None
        self._in_flight: _Request | None = None
        self._done: _Request | None = None
        self._outcome = ""
        self._ready_timer: Timer | None = None
        # What the recent searches of this scope cost (a slow machine or a slow query
        # sends the next ones to the thread).
        self._recent_costs: deque[float] = deque(maxlen=RECENT_COSTS)

    def compose(self) -> ComposeResult:
        with Vertical(id="finder") as panel:
            panel.border_subtitle = KEYS_HINT
            yield Input(placeholder="Find a quote…", id="finder-input")
            with Horizontal(id="finder-bar"):
                yield Static(id="finder-scope", markup=False)
                yield Static(id="finder-status", markup=False)
            yield FinderResults(id="finder-results")

    def on_mount(self) -> None:
        self.query_one(Input).focus()
        self._request_search()
        if not self._finder.ready:
            self._ready_timer = self.set_interval(0.5, self._watch_index)

    @property
    def _results(self) -> FinderResults:
        return self.query_one(FinderResults)

    # Searching ---------------------------------------------------------------

    @on(Input.Changed, "#finder-input")
    def _query_changed(self) -> None:
        self._request_search()

    def _request_search(self) -> None:
        """Make the current query and scope the wanted search; start it if idle."""
        text = self.query_one(Input).value
        self._wanted = _Request(text, self._scopes[self._scope_index])
        if not text.strip():
            self._done = self._wanted
            self._show_answer(_Answer(self._wanted.scope, "", []))
        elif self._in_flight is None and self._wanted != self._done:
            if self._cheap():
                self._done = self._wanted
                try:
                    answer = self._answer(self._wanted)
                except Exception as error:  # the same report as a failed worker's
                    self._show_failure(error)
                else:
                    self._show_answer(answer)
            else:
                self._in_flight = self._wanted
                self._search(self._wanted)
        self._show_status()

    def _cheap(self) -> bool:
        """Can this search run in line? Only over a built index small enough that no query
        is slow (how early a short query returns says nothing about the next one on a big
        archive), and when the recent searches were all well under the budget."""
        return (self._finder.ready and 0 < self._finder.size <= INLINE_SENTENCES and bool(self._recent_costs)
                and max(self._recent_costs) < INLINE_BUDGET)

    def _answer(self, request: _Request) -> _Answer:
        """Resolve the "@name" prefix and search, timing both for the next choice of
        thread or inline (both may take a while on a big corpus)."""
        started = perf_counter()
        query, speaker = self._finder.parse_scope(request.text)
        scope = replace(request.scope, speaker=speaker) if speaker else request.scope
        hits = self._finder.search(
            query, limit=RESULT_LIMIT, speaker=scope.speaker, event_id=scope.event_id
        )
        self._recent_costs.append(perf_counter() - started)
        return _Answer(scope, query, hits)

    @work(thread=True, exit_on_error=False, group="finder-search")
    def _search(self, request: _Request) -> _Answer:
        """The search, off the UI thread."""
        return self._answer(request)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """Show the finished search if it is still wanted, then run the newest one."""
        worker = event.worker
        if worker.group != "finder-search" or not worker.is_finished:
            return
        if worker.state is WorkerState.CANCELLED:
            return  # the screen is closing
        request, self._in_flight = self._in_flight, None
        if request == self._wanted:
            self._done = request
            if isinstance(worker.result, _Answer):
                self._show_answer(worker.result)
            else:
                self._show_failure(worker.error)
        self._request_search()

    def _show_failure(self, error: BaseException | None) -> None:
        self._results.show_hits([])
        self._outcome = f"search failed: {clean_line(str(error))}"

    def _show_answer(self, answer: _Answer) -> None:
        self.query_one("#finder-scope", Static).update(f"Scope: {answer.scope.describe()}")
        self._results.show_hits(answer.hits)
        if not answer.query.strip():
            self._outcome = ""
        else:
            count = len(answer.hits)
            self._outcome = f"{count} result{'' if count == 1 else 's'}" if count else "no match"

    def _watch_index(self) -> None:
        """Drop the building notice once the index is ready."""
        if self._finder.ready and self._ready_timer is not None:
            self._ready_timer.stop()
            self._show_status()

    def _show_status(self) -> None:
        parts = [] if self._finder.ready else [BUILDING_NOTICE]
        if self._in_flight is not None:
            parts.append("searching…")
        elif self._outcome:
            parts.append(self._outcome)
        self.query_one("#finder-status", Static).update(" · ".join(parts))

    # Keys ---------------------------------------------------------------------

    async def action_results(self, action: str) -> None:
        """Move in the result list while the focus stays in the query."""
        await self._results.run_action(action)

    def action_cycle_scope(self, step: int) -> None:
        if len(self._scopes) == 1:
            self.app.bell()
            return
        self._scope_index = (self._scope_index + step) % len(self._scopes)
        self._recent_costs.clear()  # another scope, other costs
        self._request_search()

    @on(Input.Submitted, "#finder-input")
    def _choose_highlighted(self) -> None:
        hit = self._results.highlighted_hit
        if hit is None:
            self.app.bell()
        else:
            self.dismiss(hit)

    @on(OptionList.OptionSelected, "#finder-results")
    def _choose_clicked(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self._results.hit_at(event.option_index))

    def action_close(self) -> None:
        self.dismiss(None)
