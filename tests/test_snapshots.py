"""Snapshots of the reader's screens at 80x24 and 160x48.

The app is built by the factory on the bundled sample with default settings (the
conftest points config, state and cache at temporary directories), the loading
workers are waited for, and text cursors do not blink, so a snapshot only changes
when what the reader shows changes. Update with ``pytest --snapshot-update`` and
look at the SVGs before committing them.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from tui.app import make_app
from tui.config import Config
from tui.resources import SAMPLE_CORPUS

SIZES = [pytest.param((80, 24), id="80x24"), pytest.param((160, 48), id="160x48")]

RunBefore = Callable[[Pilot[None]], Coroutine[Any, Any, None]]


def after(*keys: str) -> RunBefore:
    """Wait for the corpus, press ``keys``, stop text cursors blinking."""

    async def run_before(pilot: Pilot[None]) -> None:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press(*keys)
        await pilot.app.workers.wait_for_complete()
        for box in pilot.app.screen.query(Input):
            box.cursor_blink = False
        await pilot.pause()

    return run_before


@pytest.mark.parametrize("size", SIZES)
def test_main_screen(snap_compare: Any, size: tuple[int, int]) -> None:
    assert snap_compare(make_app([SAMPLE_CORPUS], config=Config()), terminal_size=size,
                        run_before=after())


@pytest.mark.parametrize("size", SIZES)
def test_main_screen_on_a_thread(snap_compare: Any, size: tuple[int, int]) -> None:
    """Malmquist's thread: question, asides lighter, the answer under the cursor."""
    assert snap_compare(make_app([SAMPLE_CORPUS], config=Config()), terminal_size=size,
                        run_before=after(*"nnnnnnn", "a"))


@pytest.mark.parametrize("size", SIZES)
def test_help(snap_compare: Any, size: tuple[int, int]) -> None:
    assert snap_compare(make_app([SAMPLE_CORPUS], config=Config()), terminal_size=size,
                        run_before=after("question_mark"))


@pytest.mark.parametrize("size", SIZES)
def test_speaker_filter(snap_compare: Any, size: tuple[int, int]) -> None:
    assert snap_compare(make_app([SAMPLE_CORPUS], config=Config()), terminal_size=size,
                        run_before=after("s", *"ru"))


@pytest.mark.parametrize("size", SIZES)
def test_event_list(snap_compare: Any, size: tuple[int, int]) -> None:
    """The list drawer at 80 columns, the side list at 160."""
    assert snap_compare(make_app([SAMPLE_CORPUS], config=Config()), terminal_size=size,
                        run_before=after("tab", "j"))
