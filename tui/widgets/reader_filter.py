"""Narrow the reader to one speaker or one outlet ("only Reuters' questions").

Plain data and predicates shared by the filter dialog, the event list and the
question/answer pane, so all three agree on what matches.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Literal

from tui.transcript.model import Event, Thread, Turn

FilterKind = Literal["speaker", "outlet"]


@dataclass(frozen=True, slots=True)
class ReaderFilter:
    """Keep only threads in which ``value`` speaks (a person) or asks (an outlet)."""

    kind: FilterKind
    value: str

    def matches_turn(self, turn: Turn) -> bool:
        """Whether this turn is by the chosen person, or asked on behalf of the outlet."""
        if self.kind == "speaker":
            return turn.speaker == self.value
        return turn.role == "questioner" and turn.affiliation == self.value

    def matches_thread(self, event: Event, thread: Thread) -> bool:
        """Whether any turn of the thread matches."""
        return any(self.matches_turn(event.turns[i]) for i in thread.turns)

    def matches_event(self, event: Event) -> bool:
        """Whether the event has anything to show under this filter."""
        return any(self.matches_turn(t) for t in (*event.statement, *event.turns))


@dataclass(frozen=True, slots=True)
class FilterChoice:
    """One entry of the filter dialog: a filter plus how often it occurs."""

    filter: ReaderFilter
    detail: str
    turns: int


def filter_choices(events: list[Event]) -> list[FilterChoice]:
    """Every speaker and outlet in ``events``, most frequent first.

    People are listed with their role or outlet; outlets with how many questions they
    asked. Moderators are left out: nobody reads a press conference for the cues.
    """
    people: Counter[str] = Counter()
    details: dict[str, str] = {}
    outlets: Counter[str] = Counter()
    for event in events:
        for turn in (*event.statement, *event.turns):
            if turn.role == "moderator":
                continue
            if turn.speaker:
                people[turn.speaker] += 1
                details.setdefault(turn.speaker, turn.affiliation)
            if turn.role == "questioner" and turn.affiliation:
                outlets[turn.affiliation] += 1
    choices = [
        FilterChoice(ReaderFilter("speaker", name), details.get(name, ""), n)
        for name, n in people.items()
    ]
    choices += [
        FilterChoice(ReaderFilter("outlet", name), "outlet", n) for name, n in outlets.items()
    ]
    choices.sort(key=lambda c: (-c.turns, c.filter.value.casefold()))
    return choices
