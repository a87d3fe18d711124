"""Group an event's turns into question threads.

A thread is one reporter's question with everything up to the next cue: the answer,
the reporter's follow-ups and both sides' interjections ("Hi.", "Where are you?",
a moderator's "We can hear you."). What counts as the next cue depends on how the
event is run:

- a moderator's cue ends a thread; a principal's line between the cue and the
  question ("The man with the beard.") already belongs to the coming question;
- where the principal gives the floor ("… Go ahead, Zeke."), that cue ends it;
- in a moderated event, or one where the principal gives the floor, a reporter
  speaking again without a cue is following up;
- in an unmoderated exchange (a doorstep, an interview), a new question after a full
  answer is a new thread, unless it is an evident follow-up ("And will you …",
  "Sorry, …") or answers the principal's clarifying question;
- a different named reporter, or a reporter who opens by addressing the principal
  ("Matt, on Ukraine?", "Thank you, Secretary General. …"), starts a new thread.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tui.transcript.model import Thread, Turn
from tui.transcript.sentences import split_sentences

_CUE = re.compile(
    r"(?i:\bgo ahead\b|\bnext question\b|\blast (?:one|question)\b|\bover to you\b|\bleave it there\b"
    r"|\bquestions\?|\bwho (?:wants|would like) to (?:start|begin)\b|\bin the (?:back|front|middle|centre|center)\b"
    r"|\b(?:first|second|third|fourth|fifth|front|back|last) row\b|\bthe (?:gentleman|lady|woman|man)\b|\bplease\.$"
    r"|\b(?:premier|deuxième|second|troisième|dernier) rang\b|\bau fond\b|\bvous avez la parole\b"
    r"|\bquestion suivante\b|\bdernière question\b|\ballez-y\b|\bà vous\.$"  # French cues
    r"|\b(?:let's|let us|we'll|we will) (?:start|begin|go|take (?:a|the|one|two|three|some|your|questions?|more|another)\b)\b|\bfirst question\b|\btime for (?:some|a few|one|two)\b)"
    r"|\b(?i:next),? [A-Z][a-z]+|^(?i:yes|okay|ok|all right|right),? (?:(?i:please)|[A-Z][a-z]+)\.?$"
    r"|^[A-Z][a-z]+\.$|^(?:[A-Z][a-z]+,? )?(?i:and )?(?i:then) [A-Z][a-z]+\.$|^(?i:next)\.$"
    r"|^[A-Z][\w.&-]{1,20}, [A-Z][a-z]+\.$"  # "ITV, Robert."
    r"|, and then (?:[A-Z][\w.&'’-]*\s?){1,4}\.$"  # "The Times, and then GB News."
)
_NOT_A_NAME = frozenset(
    "yes no sure right okay ok thanks good great absolutely exactly indeed correct true fine "
    "well please sorry hi hello again agreed never always here there now also then look listen "
    "great perfect excellent wonderful lovely alright fantastic understood".split()
)
_FOLLOW_UP = re.compile(
    r"^(?:(?:and|but|so|also|just|sorry|then|or|follow|following up|a follow|one more|on that|including"
    r"|what about that|to follow)\b|[\[(](?:crosstalk|cross-talk|interrupting|overlapping)[\])])",
    re.I,
)
# How a new reporter opens: thanks or a greeting, a self-introduction ("Nicholas
# Durand, AFP."), or by addressing the principal ("Matt, on Ukraine?", "Nadine –").
_GREETING_OPENER = re.compile(r"^(?i:thank you|thanks|hi|hello|good (?:morning|afternoon|evening))\b.{12,}")
_SELF_INTRODUCTION = re.compile(r"^(?:I'm |I am |[Mm]y name is )?[A-Z][a-z]+(?: [A-Z][a-z'-]+){1,2}(?:, | from | with )[A-Z]")
_VOCATIVE = re.compile(
    r"^((?:Mr\.? |Mrs\.? |Ms\.? |Madam )?[^\W\d_][^\W\d_'-]+|Secretary[- ]General)(?:,|\s[–—-])(?:\s|$)"
)
_GREETING = re.compile(
    r"^(?:hi|hello|good (?:morning|afternoon|evening)|good to see you|thank you|thanks|sure|sorry|okay|ok)\b",
    re.I,
)
# An aside about the line or the room, not a cue: the same reporter goes on.
_ABOUT_THE_LINE = re.compile(
    r"\b(?:microphone|mic|hear you|can't hear|cannot hear|louder|repeat|unmute|speak up|closer|line is open)\b", re.I)
# A reporter who asks the same outlet's next question announces a new subject.
_NEW_SUBJECT = re.compile(
    r"\b(?:different (?:subject|topic|issue)|another (?:subject|topic|question|issue)|second question|separate(?:ly)?"
    r"|change (?:of )?(?:subject|topic)|on (?:a|an) (?:other|unrelated) (?:note|matter))\b", re.I)
_FOLLOW_UP_PHRASE = re.compile(r"^(?:[\w']+[,.]?\s+){0,4}?(?:(?:a|to|just)\s+)*follow(?:ing)?[- ]up\b", re.I)
# "Sir, …", "Minister, …": an address before the words that matter.
_ADDRESS = re.compile(r"^(?:sir|ma'?am|madam|minister|secretary[- ]general|(?:mr|ms|mrs)\.? [A-Z][\w'-]+)[,.]\s+", re.I)
# A moderator naming who comes next ("Now we have Julian Barnes from the New York Times.").
_NAMES_SOMEONE_ELSE = re.compile(r"\b(?:now we have|next (?:is|we have|question)|over to|then)\b", re.I)
_CLOSING = re.compile(
    r"\b(?:thanks?(?: you)?(?: (?:very|so) much)?,? (?:all|everyone|everybody)|no more questions"
    r"|that(?:'s| is) all (?:we have|for today)|see you (?:tomorrow|next week|soon)|concludes (?:the|our|today))",
    re.I,
)


@dataclass(slots=True)
class _Context:
    """How the event is run, which decides what ends a thread."""

    moderated: bool
    principal_cues: bool


def build_threads(turns: list[Turn]) -> list[Thread]:
    """Threads over ``turns`` (whose roles are already known)."""
    context = _Context(
        moderated=any(t.role == "moderator" for t in turns),
        principal_cues=sum(1 for t in turns if t.role == "principal" and ends_with_cue(t)) >= 2,
    )
    last_question = max((i for i, t in enumerate(turns) if t.role == "questioner"), default=-1)
    threads: list[Thread] = []
    current: Thread | None = None
    pending: list[int] = []  # principal lines waiting for the coming question
    answered = False  # a full answer since the current thread's last question
    cued = False  # the principal gave the floor to someone else
    clarifying = False  # the principal's last line asked the reporter something

    for index, turn in enumerate(turns):
        previous = turns[index - 1] if index else None
        if turn.role == "moderator":
            if current is not None and previous is not None and previous.role == "questioner" \
                    and _interrupts(turn, previous, turns[index + 1] if index + 1 < len(turns) else None):
                current.turns.append(index)
                continue
            current, pending = None, []
        elif turn.role == "questioner":
            if index == last_question and _is_closing_thanks(turn):
                current, pending = None, []
                continue
            if current is not None and not cued and _continues(current, turn, answered, clarifying, context):
                current.turns.extend(pending)
                current.turns.append(index)
            else:
                current = Thread(len(threads) + 1, turn.speaker, turn.affiliation, [*pending, index])
                threads.append(current)
            pending, answered, cued, clarifying = [], False, False, False
        elif current is None:
            pending.append(index)
        elif is_floor_cue(turn) and _next_role(turns, index) == "questioner" and previous is not None \
                and (previous.role != "questioner" or _signs_off(previous)):
            current, pending = None, [index]  # "Thank you. Next, Dafydd." (or "Jim." after "Thank you.")
        elif index > last_question and len(turn.text.split()) <= 15 and _CLOSING.search(turn.text):
            current, pending = None, []  # "All right. Thanks, everyone."
        else:
            current.turns.append(index)
            answered = answered or not _is_interjection(turn)
            # a cue answering the reporter who just spoke ("Last one. Go ahead.") gives
            # the floor to that same reporter
            cued = ends_with_cue(turn) and not (previous is not None and previous.role == "questioner"
                                                and (is_floor_cue(turn) or bool(_ABOUT_THE_LINE.search(turn.text))))
            clarifying = "?" in turn.text and len(turn.text.split()) <= 25
    return threads


def _interrupts(turn: Turn, before: Turn, after: Turn | None) -> bool:
    """Is this moderator's turn, right after a reporter's, an aside inside the question
    ("We can hear you.", "Could you get to the question, please?") rather than a cue?

    Not after the reporter has signed off ("Thanks."): the floor is free then. A short
    remark that gives nobody the floor is an aside. So is a longer one when the same
    named reporter speaks next ("We can hear you. Go ahead."): the floor did not move.
    Between two anonymous turns only a remark about the line or the room ("Your
    microphone, please.", "Could you repeat the end?") counts, since anything else may
    hand the floor to another anonymous reporter.
    """
    if _signs_off(before):
        return False
    words = len(turn.text.split())
    if (words <= 6 or (words <= 12 and turn.text.rstrip().endswith("?"))) and not ends_with_cue(turn):
        return True
    if after is None or after.role != "questioner" or words > 20:
        return False
    if (after.speaker, after.affiliation) != (before.speaker, before.affiliation):
        return False
    if _ABOUT_THE_LINE.search(turn.text):
        return True
    return bool(before.speaker) and not _NAMES_SOMEONE_ELSE.search(turn.text)


def ends_with_cue(turn: Turn) -> bool:
    """Does the turn end by giving the floor ("… Go ahead, Zeke.", "Yes, in the back.")?"""
    if not turn.paragraphs:
        return False
    last_two = _last_sentences(turn.paragraphs[-1], 2)
    last = last_two[-1]
    if _CUE.search(last) and not (re.fullmatch(r"[A-Z][a-z]+\.", last) and last[:-1].casefold() in _NOT_A_NAME):
        return True
    # "Last one. Yes.": the cue, then a one-word go-ahead
    return len(last_two) == 2 and bool(_CUE.search(last_two[0])) and len(last.split()) <= 4


def is_floor_cue(turn: Turn) -> bool:
    """A short turn that only gives the floor ("Thank you, Lena. Questions? Yes, Jorge.",
    "Last one. Go ahead."), as opposed to an answer that ends by giving it."""
    if len(turn.text.split()) > 12 or not ends_with_cue(turn):
        return False
    sentences = [s for p in turn.paragraphs for s in split_sentences(p)]
    return all(_CUE.search(s) or _GREETING.match(s) or len(s.split()) <= 3 for s in sentences)


def _next_role(turns: list[Turn], index: int) -> str | None:
    return turns[index + 1].role if index + 1 < len(turns) else None


def _is_interjection(turn: Turn) -> bool:
    """"Hi.", "Sure.", "Where are you?", "Hello, good to see you." — not an answer."""
    text = turn.text.strip()
    words = len(text.split())
    return words <= 3 or (words <= 12 and (text.endswith("?") or bool(_GREETING.match(text))))


def _signs_off(turn: Turn) -> bool:
    """A reporter's "Thank you." after the answer: the floor is free again."""
    text = turn.text.strip()
    return len(text.split()) <= 4 and "?" not in text and bool(re.match(r"(?i)thanks?\b|thank you\b|ok(?:ay)?\b", text))


def _is_closing_thanks(turn: Turn) -> bool:
    """The interviewer's closing "… thank you for joining us." is not a question."""
    return "?" not in turn.text and len(turn.text.split()) >= 4 and bool(re.search(r"\bthank", turn.text, re.I))


def _asks_to_follow_up(text: str) -> bool:
    """"And just to follow up on my question", "Sir, if I may follow up: …"."""
    return bool(_FOLLOW_UP_PHRASE.match(_ADDRESS.sub("", text, count=1)))


def _follows_up(text: str) -> bool:
    """"And will you …", "Sorry, …", or an explicit follow-up."""
    return bool(_FOLLOW_UP.match(text)) or _asks_to_follow_up(text)


def _continues(thread: Thread, turn: Turn, answered: bool, clarifying: bool, context: _Context) -> bool:
    """Does this questioner's turn carry on ``thread`` rather than start a new one?"""
    if not turn.speaker and not turn.affiliation and _asks_to_follow_up(turn.text.strip()):
        return True  # an unnamed "And just to follow up on my question" after a named reporter
    same_person = (thread.questioner, thread.affiliation) == (turn.speaker, turn.affiliation)
    if (thread.questioner or turn.speaker) and not same_person:
        return False  # another named reporter
    if (thread.affiliation or turn.affiliation) and thread.affiliation != turn.affiliation:
        return False  # another outlet
    if thread.questioner and (context.moderated or context.principal_cues):
        return True  # the same reporter, still holding the floor
    text = turn.text.strip()
    if thread.affiliation and not thread.questioner and not (context.moderated or context.principal_cues):
        # an outlet asking again with nobody giving the floor ("Bloomberg:" twice): after a
        # full answer only a pointed follow-up ("What measures specifically?") stays
        return not _NEW_SUBJECT.search(text) and (not answered or _follows_up(text) or len(text.split()) <= 4)
    if not _follows_up(text):
        vocative = _VOCATIVE.match(text)
        asks = "?" in text or len(text.split()) >= 12  # not a closing "Thanks, Prime Minister."
        if (_GREETING_OPENER.match(text) and asks) or _SELF_INTRODUCTION.match(text) or (
                vocative and vocative.group(1)[0].isupper() and vocative.group(1).casefold() not in _NOT_A_NAME):
            return False  # a new reporter opening
    if context.moderated or context.principal_cues:
        return True  # new questions come after a cue
    if thread.questioner and not answered:
        return True
    acknowledgement = len(text.split()) <= 8 and "?" not in text  # "Thanks.", "Ukraine has a war, though."
    return not answered or clarifying or acknowledgement or _follows_up(text)


def _last_sentences(paragraph: str, n: int) -> list[str]:
    return split_sentences(paragraph)[-n:] or [""]
