"""Which turn of a question thread is the question, which are the replies, which asides.

A thread is everything from one reporter's cue to the next, so it also holds the
small talk around the question ("Hi.", "Where are you?", "The man with the beard.").
The reader shows the question and the main replies at full weight and the rest
lighter, and `a` jumps between question and reply; both need this split.
"""

from __future__ import annotations

from dataclasses import dataclass

from tui.transcript.model import Event, Thread

#: A principal's turn after the question shorter than this is an aside, not a reply.
MIN_REPLY_WORDS = 12


@dataclass(frozen=True, slots=True)
class Anatomy:
    """The question and main replies of one thread, as indexes into ``Event.turns``."""

    question: int | None
    replies: tuple[int, ...]

    def is_main(self, turn_index: int) -> bool:
        """True for the question and the main replies; everything else is an aside."""
        return turn_index == self.question or turn_index in self.replies


def thread_anatomy(event: Event, thread: Thread) -> Anatomy:
    """Split ``thread`` into question, main replies and asides.

    The question is the reporter's longest turn (greetings and "Over here." are short);
    the replies are the principals' turns after it that say something, or failing
    that the longest one.
    """
    asked = [i for i in thread.turns if event.turns[i].role == "questioner"]
    question = max(asked, key=lambda i: len(event.turns[i].text)) if asked else None
    start = -1 if question is None else question
    answered = [i for i in thread.turns if i > start and event.turns[i].role == "principal"]
    replies = [i for i in answered if _words(event, i) >= MIN_REPLY_WORDS]
    if not replies and answered:
        replies = [max(answered, key=lambda i: len(event.turns[i].text))]
    return Anatomy(question, tuple(replies))


def _words(event: Event, turn_index: int) -> int:
    return sum(len(p.split()) for p in event.turns[turn_index].paragraphs)
