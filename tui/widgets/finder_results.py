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
        self._prompt_width = 0

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
        self._hits = list(hits)
        self._set_prompts()
        self.highlighted = 0 if self._hits else None

    def on_resize(self) -> None:
        """Re-crop the attribution lines when the width changes, keeping the cursor."""
        if self._hits and self._prompt_width != self.scrollable_content_region.width:
            highlighted = self.highlighted
            self._set_prompts()
            self.highlighted = highlighted

    def _set_prompts(self) -> None:
        match = self.get_visual_style("finder-results--match", partial=True)
        meta = self.get_visual_style("finder-results--meta", partial=True)
        self._prompt_width = self.scrollable_content_region.width
        self.set_options(hit_prompt(hit, match, meta, self._prompt_width) for hit in self._hits)


def hit_prompt(hit: Hit, match: Style, meta: Style, width: int) -> Content:
    """The sentence with its matched words in ``match``, then who said it, when, where.

    Hit text has normally been cleaned when its transcript was read. If cleaning here
    still removes something, the highlight offsets no longer line up, so they are
    dropped rather than put on the wrong words. The attribution is cropped to
    ``width`` (when known) so a long event title costs one line, not three.
    """
    sentence = clean_line(hit.text)
    content = Content(sentence)
    if len(sentence) == len(hit.text):
        for start, end in hit.highlights:
            content = content.stylize(match, start, end)
    credit = Content(clean_line(attribution(hit))).stylize(meta)
    if width > 0:
        credit = credit.truncate(width, ellipsis=True)
    return Content.assemble(content, "\n", credit)


def attribution(hit: Hit) -> str:
    """``Speaker · date · event title``, leaving out whatever is unknown."""
    fields = (hit.speaker, str(hit.date or ""), hit.event_title or hit.event_id)
    return " · ".join(field for field in fields if field)
