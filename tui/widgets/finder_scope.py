"""What the quote finder searches: the whole corpus, the current event, or one speaker.

The choices depend on where the reader was when the finder opened, so they are
computed once from that place; Tab walks through them and an "@name" prefix in the
query overrides the speaker.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tui.safety import clean_line
from tui.transcript.model import Event


@dataclass(frozen=True, slots=True)
class Scope:
    """A search limit: ``None`` fields do not restrict."""

    event_id: str | None = None
    event_name: str = ""
    speaker: str | None = None

    def describe(self) -> str:
        """A one-line label such as ``this event (…) · speaker: Mark Rutte``."""
        parts = []
        if self.event_id is not None:
            parts.append(f"this event ({clean_line(self.event_name or self.event_id)})")
        if self.speaker:
            parts.append(f"speaker: {clean_line(self.speaker)}")
        return " · ".join(parts) or "whole corpus"


def available_scopes(
    events: Sequence[Event], current_event_id: str | None, current_speaker: str | None
) -> list[Scope]:
    """Whole corpus first, then this event and this speaker when there is one.

    Without a speaker under the cursor, the speaker scope is the current event's
    principal, so "only what Rutte said" stays one keystroke away.
    """
    event = next((e for e in events if e.id == current_event_id), None)
    scopes = [Scope()]
    if event is not None:
        scopes.append(Scope(event_id=event.id, event_name=event.title or str(event.date or "")))
    speaker = current_speaker or (event.principal if event is not None else "")
    if speaker:
        scopes.append(Scope(speaker=speaker))
    return scopes
