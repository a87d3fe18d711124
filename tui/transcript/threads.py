"""Group an event's turns into question threads.

A thread is one reporter's question with everything up to the next cue: the answer,
the reporter's follow-ups and both sides' interjections ("Hi.", "Where are you?").
A moderator's cue ends a thread. A principal's line between a cue and the question
("The man with the beard.") already belongs to the coming question. The same named
reporter speaking again continues the thread; an unnamed "Question" after a full
answer starts a new one.
"""

from __future__ import annotations

from tui.transcript.model import Thread, Turn

#: A principal's turn this short, between two turns of one unnamed questioner, is an
#: interjection ("Hello.", "Where are you?"), not an answer.
INTERJECTION_WORDS = 12


def build_threads(turns: list[Turn]) -> list[Thread]:
    """Threads over ``turns`` (whose roles are already known)."""
    threads: list[Thread] = []
    current: Thread | None = None
    pending: list[int] = []  # principal lines waiting for the coming question
    answered = False  # the current thread has had a full answer since its last question

    for index, turn in enumerate(turns):
        if turn.role == "moderator":
            current, pending, answered = None, [], False
        elif turn.role == "questioner":
            if current is not None and _continues(current, turn, answered):
                current.turns.extend(pending)
                current.turns.append(index)
            else:
                current = Thread(len(threads) + 1, turn.speaker, turn.affiliation, [*pending, index])
                threads.append(current)
            pending, answered = [], False
        elif current is None:
            pending.append(index)
        else:
            current.turns.append(index)
            if len(turn.text.split()) > INTERJECTION_WORDS:
                answered = True
    return threads


def _continues(thread: Thread, turn: Turn, answered: bool) -> bool:
    """Does this questioner's turn carry on ``thread`` rather than start a new one?"""
    if thread.questioner or turn.speaker:
        return thread.questioner == turn.speaker and thread.affiliation == turn.affiliation
    if thread.affiliation or turn.affiliation:
        return thread.affiliation == turn.affiliation and not answered
    return not answered
