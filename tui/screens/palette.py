"""Command palette (Ctrl+P) entries: jump to an event, or to a reporter's question.

The built-in providers (theme switch, quit...) stay; these add the corpus. Every
title and name is transcript data, so prompts are built as plain ``Content`` (the
palette would parse a ``str`` as markup) and help lines are escaped.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from typing import TYPE_CHECKING, cast

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.fuzzy import Matcher
from textual.markup import escape

from tui.safety import clean_line
from tui.widgets.qa_document import Stop
from tui.widgets.thread_anatomy import thread_anatomy

if TYPE_CHECKING:
    from tui.app import PresserApp

#: (prompt, help, command) of one palette entry.
_Entry = tuple[str, str, Callable[[], None]]


def _highlighted(matcher: Matcher, candidate: str) -> Content:
    """``candidate`` as literal text with the matched letters styled."""
    content = Content(candidate)
    _, offsets = matcher.fuzzy_search.match(matcher.query, candidate)
    for offset in offsets:
        content = content.stylize(matcher.match_style, offset, offset + 1)
    return content


class _CorpusProvider(Provider):
    """Shared search over a list of entries the subclass produces."""

    def entries(self) -> Iterator[_Entry]:
        raise NotImplementedError

    @property
    def presser(self) -> PresserApp:
        return cast("PresserApp", self.app)

    async def discover(self) -> Hits:
        for prompt, help_text, command in self.entries():
            yield DiscoveryHit(Content(prompt), command, text=prompt, help=escape(help_text))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for prompt, help_text, command in self.entries():
            score = matcher.match(prompt)
            if score > 0:
                yield Hit(score, _highlighted(matcher, prompt), command, text=prompt,
                          help=escape(help_text))


class EventProvider(_CorpusProvider):
    """"Event: <date> <title>" for every event."""

    def entries(self) -> Iterator[_Entry]:
        for event in self.presser.events:
            date = event.date.isoformat() if event.date else "undated"
            prompt = f"Event: {date} {clean_line(event.title or event.id)}"
            yield prompt, clean_line(event.place), partial(self.presser.goto, event.id)


class ReporterProvider(_CorpusProvider):
    """"Question: <reporter>, <outlet>" for every thread, jumping to the question."""

    def entries(self) -> Iterator[_Entry]:
        for event in self.presser.events:
            date = event.date.isoformat() if event.date else "undated"
            for thread in event.threads:
                who = clean_line(thread.who)
                if thread.questioner and thread.affiliation:
                    who += f", {clean_line(thread.affiliation)}"
                question = thread_anatomy(event, thread).question
                stop = Stop("turn", question if question is not None else thread.turns[0])
                help_text = f"{date} · Q{thread.number} · {clean_line(event.title)}"
                yield (f"Question: {who}", help_text,
                       partial(self.presser.goto, event.id, stop))
