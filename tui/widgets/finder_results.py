"""The quote finder's result list: one option per hit, its matched words highlighted.

One OptionList rather than a widget per hit, so a long list stays cheap to show and
scroll. Prompts are Content assembled from the hit's plain text and its highlight
spans: transcript text is never parsed as markup, so "[bold]" shows as typed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual.content import Content
from textual.style import Style
from textual.widgets import OptionList

from tui.safety import clean_line
from tui.search.finder import Hit


class FinderResults(OptionList, can_focus=False):
    """The hits of the latest search; the finder's Input keeps the focus and steers it."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"finder-results--match", "finder-results--meta"}

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(markup=False, id=id)
        self._hits: list[Hit] = []

    @property
    def hits(self) -> list[Hit]:
        """The hits shown, in the order shown."""
        return self._hits

    @property
    def highlighted_hit(self) -> Hit | None:
        """The hit under the cursor, if there is one."""
        index = self.highlighted
        return self._hits[index] if index is not None and index < len(self._hits) else None

    def hit_at(self, index: int) -> Hit:
        """The hit shown at ``index`` (for an OptionSelected from a mouse click)."""
        return self._hits[index]

    def show_hits(self, hits: Sequence[Hit]) -> None:
        """Replace the list with ``hits`` and put the cursor on the best one."""
        match = self.get_visual_style("finder-results--match", partial=True)
        meta = self.get_visual_style("finder-results--meta", partial=True)
        self._hits = list(hits)
        self.set_options(hit_prompt(hit, match, meta) for hit in self._hits)
        self.highlighted = 0 if self._hits else None


def hit_prompt(hit: Hit, match: Style, meta: Style) -> Content:
    """The sentence with its matched words in ``match``, then who said it, when, where.

    Each piece is cleaned on its own before assembly, so removing a stray control
    character can never shift a highlight onto the wrong words.
    """
    parts: list[str | tuple[str, Style]] = []
    position = 0
    for start, end in sorted(hit.highlights):
        start = max(start, position)
        if end <= start:
            continue
        parts.append(clean_line(hit.text[position:start]))
        parts.append((clean_line(hit.text[start:end]), match))
        position = end
    parts.append(clean_line(hit.text[position:]))
    parts.append("\n")
    parts.append((clean_line(attribution(hit)), meta))
    return Content.assemble(*parts)


def attribution(hit: Hit) -> str:
    """``Speaker · date · event title``, leaving out whatever is unknown."""
    fields = (hit.speaker or hit.role, str(hit.date or ""), hit.event_title or hit.event_id)
    return " · ".join(field for field in fields if field)
