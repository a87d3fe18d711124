"""How fast the event list answers keys on a large archive (prints numbers; not a test).

The app runs headless at 160x48 on ``--corpus`` (e.g. the 5,000 events made by
``generate.py``; point PRESSER_CACHE_DIR at a warm cache to skip parsing). Printed:

- listing every event (``EventsPane.set_events``, what happens once the corpus loads);
- keys timed two ways. "pilot": ``pilot.press`` then ``pilot.pause``, as a test drives
  the app; both wait for the process to go idle, so this has a floor of its own (see
  the key that does nothing). "frame": the key is posted to the app and the time to
  frames handed to the headless driver is taken: the first, the first that repaints
  the list (what the user waits for), and the last (later frames may repaint what has
  not changed; the screen is updated at most 60 times a second);
- keys: moving in the list, typing a filter (the first letter in the list, the rest
  in the box), erasing it, moving the box's cursor (a one-line repaint: the floor of
  the frame measure) and F12 in the box (does nothing: the floor of the pilot one).

Target: a filter keystroke ≤ 50 ms with 5,000 events.

usage: python tests/bench/event_list_bench.py --corpus DIR [--typed TEXT]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

MOVES = ["j", "j", "k", "pagedown", "pagedown", "pageup", "G", "g"]
QUIET = 0.15  # no frame for this long after a key: the repaint is over


def ms(values: list[float]) -> str:
    if not values:
        return "no frame"
    return (f"median {statistics.median(values) * 1000:6.1f} ms, "
            f"worst {max(values) * 1000:6.1f} ms ({len(values)} keys)")


async def measure(corpus: Path, typed: str) -> dict[str, list[float]]:
    from textual import events
    from textual.widgets import Input

    from tui.app import make_app
    from tui.config import Config
    from tui.search.events import EventFilter

    app = make_app([corpus], config=Config())
    frames: list[float] = []
    list_frames: list[float] = []  # the frames that repainted part of the list
    display = app._display

    def timed_display(screen: object, renderable: object) -> None:
        if renderable is not None:
            frames.append(time.perf_counter())
            area = app.main.events_pane.option_list.region
            if any(y in range(area.y, area.bottom) and x1 < area.right
                   for y, x1, _ in getattr(renderable, "spans", [])):
                list_frames.append(frames[-1])
        display(screen, renderable)  # type: ignore[arg-type]

    app._display = timed_display  # type: ignore[method-assign]
    figures: dict[str, list[float]] = {}
    async with app.run_test(size=(160, 48)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        pane = app.main.events_pane
        box = pane.query_one(Input)
        print(f"events: {len(pane.shown_events)}")

        async def by_pilot(label: str, keys: list[str]) -> None:
            for key in keys:
                start = time.perf_counter()
                await pilot.press(key)
                await pilot.pause()
                figures.setdefault(f"{label}, pilot: press + pause", []).append(
                    time.perf_counter() - start)

        async def by_frame(label: str, keys: list[str]) -> None:
            for key in keys:
                await pilot.pause()
                seen = len(frames)
                start = time.perf_counter()
                character = " " if key == "space" else key if len(key) == 1 else None
                app.post_message(events.Key(key, character))
                while time.perf_counter() - max([start, *frames[seen:]]) < QUIET:
                    await asyncio.sleep(0.001)
                if len(frames) > seen:
                    figures.setdefault(f"{label}, frame: first", []).append(frames[seen] - start)
                    figures.setdefault(f"{label}, frame: last", []).append(frames[-1] - start)
                if repaint := [t for t in list_frames if t > start]:
                    figures.setdefault(f"{label}, frame: list repainted", []).append(
                        repaint[0] - start)

        event_filter = EventFilter(app.events)  # built off the UI thread by the app
        for _ in range(3):
            start = time.perf_counter()
            pane.set_events(app.events, event_filter)
            figures.setdefault("set_events (all)", []).append(time.perf_counter() - start)
            await pilot.pause()
        box.cursor_blink = False  # a blink would count as a repaint
        await pilot.press("tab")
        for measured in (by_pilot, by_frame):
            await measured("move in the list", MOVES)
        letters = ["space" if c == " " else c for c in typed]
        for measured in (by_pilot, by_frame):
            await pilot.press("g")
            await measured("filter keystroke", letters)
            shown = len(pane.shown_events)
            await measured("cursor left/right in the box", ["left", "right"] * 4)
            await measured("no-op key (F12 in the box)", ["f12"] * 5)
            await measured("filter backspace", ["backspace"] * len(letters))
            await pilot.press("down")  # back to the list
        print(f"typed {typed!r}: {shown} events shown")
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--typed", default="rutte defence",
                        help="the first letter must not be a key binding of the list")
    args = parser.parse_args()
    for label, values in asyncio.run(measure(args.corpus, args.typed)).items():
        print(f"{label:<52} {ms(values)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
