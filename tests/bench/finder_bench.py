"""Quote finder as typed: keystroke to updated results on screen (prints numbers).

Runs the reader headless on a corpus (the bundled sample by default), opens the
finder and types remembered quotes one character at a time. For each keystroke it
measures from the key reaching the query box until the search for exactly that text has finished
and the next frame is painted. Target (issue 4): < 30 ms p95 on the sample corpus.

usage: python tests/bench/finder_bench.py [--corpus DIR]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

#: Seconds between keystrokes: a fast typist (about 12 characters a second).
TYPING_INTERVAL = 0.08

QUERIES = [
    "it takes two to tango",
    "twenty thousand russians a month dying",
    "one billion citizens safe",
    "you will accept i cannot tell you everything",
    "meat grinder",
    "we're progressing rapidly",
]


async def measure(corpus: Path) -> list[float]:
    """Per keystroke: from the key reaching the query box to the frame after its results.

    Timed inside the app (Pilot's own key delivery and waiting add tens of
    milliseconds that a person at a terminal does not have)."""
    from textual.widgets import Input

    from tui.app import make_app
    from tui.config import Config
    from tui.screens.finder import FinderScreen

    typed_at: dict[str, float] = {}
    timings: list[float] = []
    on_key = Input._on_key
    show_answer = FinderScreen._show_answer

    async def record_typed(box: Input, event) -> None:
        started = time.perf_counter()
        await on_key(box, event)
        if box.id == "finder-input":
            typed_at.setdefault(box.value, started)

    def record_shown(screen: FinderScreen, answer) -> None:
        show_answer(screen, answer)
        text = screen.query_one("#finder-input").value
        if text in typed_at and answer.query:
            start = typed_at.pop(text)
            screen.call_after_refresh(lambda: timings.append((time.perf_counter() - start) * 1000))

    Input._on_key = record_typed  # type: ignore[method-assign]
    FinderScreen._show_answer = record_shown  # type: ignore[method-assign]
    app = make_app([corpus], config=Config())
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        for query in QUERIES:
            await pilot.press("slash")
            assert isinstance(app.screen, FinderScreen)
            for character in query:
                await pilot.press("space" if character == " " else character)
                await asyncio.sleep(TYPING_INTERVAL)
            await app.workers.wait_for_complete()
            await pilot.pause()
            await pilot.press("escape")
    return timings


def main() -> int:
    from tui.resources import SAMPLE_CORPUS

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=SAMPLE_CORPUS)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        for name in ("CONFIG", "STATE"):
            os.environ[f"PRESSER_{name}_DIR"] = str(Path(home) / name.lower())
        os.environ.setdefault("PRESSER_CACHE_DIR", str(Path(home) / "cache"))
        timings = asyncio.run(measure(args.corpus))
    ordered = sorted(timings)
    figures = {
        "keystrokes": len(timings),
        "ms_p50": round(statistics.median(timings), 1),
        "ms_p95": round(ordered[int(0.95 * (len(ordered) - 1))], 1),
        "ms_max": round(ordered[-1], 1),
    }
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
