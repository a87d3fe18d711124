"""How fast the reader paints and answers keys (prints numbers; not a test).

1. Process start to first paint: a fresh interpreter builds the app on the sample
   corpus and runs it headless; the time from just before the process is spawned to
   the app's Ready event (the first frame is on screen) is printed.
2. Key to repaint on the longest sample event, two ways: from posting the key event
   to the next frame the compositor hands to the (headless) driver, and the reading
   pane's own work (action plus rendering every visible line); median and worst.

Targets: first paint < 0.6 s, a navigation key < 50 ms.

usage: python tests/bench/ui_bench.py [--runs N]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

CHILD = """
import sys, time
sys.path.insert(0, {root!r})
from tui.app import PresserApp, make_app

class Timed(PresserApp):
    def on_ready(self) -> None:
        print(time.time(), flush=True)
        self.exit()

base = make_app()
Timed(base.corpus_dirs, base.config).run(headless=True, size=(120, 40))
"""

KEYS = ["j", "j", "k", "n", "n", "p", "a", "a", "N", "P", "pagedown", "pageup", "G", "g", "e", "E"]


def first_paint(runs: int, env: dict[str, str]) -> list[float]:
    times = []
    code = CHILD.format(root=str(ROOT))
    for _ in range(runs):
        start = time.time()
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                             env=env, timeout=60, check=True).stdout
        times.append(float(out.split()[-1]) - start)
    return times


async def keys(rounds: int) -> tuple[str, list[float], dict[str, list[float]]]:
    from textual import events

    from tui.app import make_app
    from tui.config import Config
    from tui.resources import SAMPLE_CORPUS

    app = make_app([SAMPLE_CORPUS], config=Config())
    frames: list[float] = []
    display = app._display

    def timed_display(screen: object, renderable: object) -> None:
        if renderable is not None:
            frames.append(time.perf_counter())
        display(screen, renderable)  # type: ignore[arg-type]

    app._display = timed_display  # type: ignore[method-assign]
    to_frame: list[float] = []
    pane: dict[str, list[float]] = {}
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        longest = max(app.events, key=lambda e: sum(len(t.text) for t in (*e.statement, *e.turns)))
        app.goto(longest.id)
        await pilot.pause()
        view = app.main.qa
        height = view.scrollable_content_region.height
        for _ in range(rounds):
            for key in KEYS:
                await pilot.pause()
                seen = len(frames)
                start = time.perf_counter()
                app.post_message(events.Key(key, key if len(key) == 1 else None))
                while len(frames) == seen and time.perf_counter() - start < 0.5:
                    await asyncio.sleep(0.0005)
                if len(frames) > seen:
                    to_frame.append(frames[seen] - start)
                else:  # nothing to repaint (e.g. a bell at the end of the list)
                    print(f"  no frame after {key!r}")
            app.goto(longest.id)
            await pilot.pause()
            for action in ("cursor_down", "next_question", "answer", "next_reply", "page_down",
                           "last", "first", "toggle"):
                start = time.perf_counter()
                await view.run_action(action)
                for y in range(height):
                    view.render_line(y)
                pane.setdefault(action, []).append(time.perf_counter() - start)
            start = time.perf_counter()
            view.show_event(longest)
            for y in range(height):
                view.render_line(y)
            pane.setdefault("open event (layout)", []).append(time.perf_counter() - start)
    return longest.id, to_frame, pane


def ms(values: list[float]) -> str:
    return f"median {statistics.median(values) * 1000:6.1f} ms, worst {max(values) * 1000:6.1f} ms"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = {"PATH": "/usr/bin:/bin", "PRESSER_CONFIG_DIR": f"{tmp}/c",
               "PRESSER_STATE_DIR": f"{tmp}/s", "PRESSER_CACHE_DIR": f"{tmp}/ca"}
        paints = first_paint(args.runs, env)
    print(f"process start -> first paint ({args.runs} runs): {ms(paints)}  (target < 600 ms)")
    event_id, round_trip, pane = asyncio.run(keys(args.runs))
    print(f"longest event: {event_id}")
    print(f"key -> next frame composed ({len(round_trip)} keys): {ms(round_trip)}"
          "  (target < 50 ms)")
    for action, values in pane.items():
        print(f"  pane {action:<20} {ms(values)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
