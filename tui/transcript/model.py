"""The corpus model: events, their turns and their question threads.

Plain data, no I/O and no UI: the parser builds these, the corpus loader caches them,
search and citation read them and the Textual layer only displays them.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Literal

Role = Literal["principal", "moderator", "questioner"]
ROLES: tuple[Role, ...] = ("principal", "moderator", "questioner")

#: Event kinds the parser and the sidecar metadata use.
KINDS = ("press conference", "joint press conference", "doorstep", "press point", "speech", "")


@dataclass(slots=True)
class Turn:
    """One uninterrupted stretch of speech by one speaker.

    ``speaker`` and ``affiliation`` are canonical (the same person has the same
    spelling in every turn of an event); ``label`` keeps the label as written.
    Either may be empty: a reporter may be known only by outlet, or not at all.
    """

    role: Role
    speaker: str
    affiliation: str
    paragraphs: list[str]
    label: str = ""

    @property
    def text(self) -> str:
        """The turn's paragraphs joined by blank lines (the JSON ``text`` field)."""
        return "\n\n".join(self.paragraphs)

    @property
    def who(self) -> str:
        """A display name that is never empty: name, else outlet, else the role."""
        if self.speaker:
            return self.speaker
        if self.affiliation:
            return self.affiliation
        return {"questioner": "Reporter", "moderator": "Moderator"}.get(self.role, "Speaker")


@dataclass(slots=True)
class Thread:
    """One reporter's question with everything up to the next cue.

    ``turns`` are indexes into :attr:`Event.turns`, in order: the question, the
    replies, follow-ups and interjections (a principal's line after a moderator's cue
    that leads into the question belongs here too).
    """

    number: int
    questioner: str
    affiliation: str
    turns: list[int]

    @property
    def who(self) -> str:
        """Reporter's name, else outlet, else "Reporter"."""
        return self.questioner or self.affiliation or "Reporter"


@dataclass(slots=True)
class Event:
    """A press conference, doorstep or press point: its metadata and its speech.

    ``statement`` holds the opening statement as turns (usually one, by the
    principal); ``turns`` holds everything after it, in order.
    """

    id: str
    title: str = ""
    date: _dt.date | None = None
    place: str = ""
    kind: str = ""
    url: str = ""
    source: str = ""
    statement: list[Turn] = field(default_factory=list)
    turns: list[Turn] = field(default_factory=list)
    threads: list[Thread] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    #: Lines read as the page's header (title block, date and place lines, headings),
    #: kept so that nothing of the text is silently dropped.
    preamble: list[str] = field(default_factory=list)

    @property
    def principal(self) -> str:
        """The main principal's name: who opens, else who answers most."""
        for turn in self.statement:
            if turn.speaker:
                return turn.speaker
        counts: dict[str, int] = {}
        for turn in self.turns:
            if turn.role == "principal" and turn.speaker:
                counts[turn.speaker] = counts.get(turn.speaker, 0) + 1
        return max(counts, key=counts.__getitem__) if counts else ""

    def thread_of(self, turn_index: int) -> Thread | None:
        """The thread containing turn ``turn_index``, if any."""
        for thread in self.threads:
            if turn_index in thread.turns:
                return thread
        return None

    def speaker_affiliation(self, name: str) -> str:
        """The affiliation (role or outlet) that ``name`` carries in this event."""
        for turn in (*self.statement, *self.turns):
            if turn.speaker == name and turn.affiliation:
                return turn.affiliation
        return ""
