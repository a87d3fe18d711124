"""Any transcript text reaches the reading pane as literal, inert text.

Property: whatever a paragraph holds (markup, escape sequences, control characters,
any Unicode), the pane shows exactly its cleaned text (tui.safety.clean), no markup
is interpreted (no style, link or click action comes from the text) and no control
character reaches a rendered segment.
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.app import make_app
from tui.config import Config
from tui.resources import SAMPLE_CORPUS
from tui.safety import clean
from tui.transcript.model import Event, Turn
from tui.widgets.qa_document import Stop

CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")

MARKUP = st.sampled_from([
    "[inaudible]", "[bold]", "[/bold]", "[/]", "[@click=app.quit]", "[link=file:///etc/passwd]",
    "[/link]", "[red on blue]", "\x1b[2J", "\x1b]52;c;aGk=\x07", "\x1b]8;;http://x\x1b\\",
    "\u202e", "\x9b31m", "\r", "\t", "\n", "\x00", "\\[", "$var", "&amp;",
])
TEXT = st.lists(st.one_of(st.text(max_size=30), MARKUP), min_size=1, max_size=12).map("".join)


def squeeze(text: str) -> str:
    return "".join(text.split())


async def test_any_text_renders_literally_in_the_reading_pane() -> None:
    app = make_app([SAMPLE_CORPUS], config=Config())
    async with app.run_test(size=(90, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        view = app.main.qa

        @settings(max_examples=80, deadline=None,
                  suppress_health_check=[HealthCheck.too_slow])
        @given(paragraph=TEXT, name=TEXT)
        def check(paragraph: str, name: str) -> None:
            event = Event(id="x", title="T", url="https://example.org/t",
                          statement=[Turn("principal", name, "", [paragraph])])
            view.show_event(event)
            start, end = view.document.spans[Stop("statement", 0)]
            lines = view.document.lines[start:end]
            heading = "".join(line.text.plain for line in lines if line.marker != "│")
            body = "".join(line.text.plain for line in lines if line.marker == "│")
            assert squeeze(body) == squeeze(clean(paragraph))
            assert squeeze(clean(name)) in squeeze(heading)
            for y in range(view.scrollable_content_region.height):
                for segment in view.render_line(y):
                    assert not CONTROL.search(segment.text), repr(segment.text)
                    style = segment.style
                    if style is None:
                        continue
                    assert "@click" not in style.meta
                    assert style.link in (None, "https://example.org/t")

        check()
