"""Parse a transcript's text into an :class:`~tui.transcript.model.Event`.

The steps, each in its own module: read a caption file back into speech
(:mod:`.captions`); split lines into paragraphs, dropping site furniture
(:mod:`.paragraphs`, :mod:`.furniture`) and read metadata (:mod:`.metadata`); find the
speaker labels (:mod:`.labels`) and keep those the document confirms; group
paragraphs into turns; resolve who is who (:mod:`.speakers`, with the people the
title and header name, :mod:`.people`); infer roles (:mod:`.roles`); build threads
(:mod:`.threads`).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from pathlib import Path

from tui.transcript import captions, furniture
from tui.transcript.labels import ROLE_KEYWORDS, Candidate, Label, read_candidate, read_label
from tui.transcript.footer import Footer, read_footer
from tui.transcript.metadata import Header, is_heading, kind_from_title, parse_date, read_header
from tui.transcript.model import Event, Turn
from tui.transcript.paragraphs import read_paragraphs, untabulate
from tui.transcript.people import expand_alias, header_seats, initials_named, known_people, named_principal, title_speaker
from tui.transcript.roles import RawTurn, assign_roles, label_role
from tui.transcript.speakers import name_key, resolve
from tui.transcript.threads import build_threads, ends_with_cue, is_floor_cue

#: Bump when parsing changes, so cached parses are redone.
PARSER_VERSION = 37

# A weak (bare-name) label style counts as established once this many labels of the
# same style are confirmed in the document.
_ESTABLISHED = 2


def parse_text(text: str, *, event_id: str = "", source: str = "") -> Event:
    """Parse transcript ``text`` (already decoded and cleaned). Never raises on odd
    input: anything that cannot be read as a label stays text."""
    if captions.is_captions(text):
        text = captions.from_captions(text)
    lines = untabulate([line.rstrip() for line in text.split("\n")])
    header = read_header(lines)
    footer = read_footer(lines, header.end)
    paragraphs = _join_two_line_labels(read_paragraphs(lines[header.end: footer.start], frozenset(header.lines)))
    known = known_people(header, header.title or footer.event_name)
    named = {word for name, _ in known for word in (name_key(name), name_key(name).split()[-1])}
    candidates = [expand_alias(c, header.aliases) for c in _confirmed_labels(paragraphs, named)]
    spoken = " ".join(paragraphs)
    initials = {c.label.raw for c in candidates if c and _INITIALS.fullmatch(c.label.raw) and not c.label.hint}
    if initials:  # "TAG", "CL": whoever the speech names with those initials
        candidates = [expand_alias(c, initials_named(spoken, initials)) for c in candidates]

    lead: list[str] = []
    raw: list[tuple[Candidate, list[str]]] = []
    for i, (paragraph, candidate) in enumerate(zip(paragraphs, candidates)):
        labelled_next = i + 1 < len(candidates) and candidates[i + 1] is not None
        if candidate is None and (_is_topic_heading(paragraph) or (labelled_next and is_heading(paragraph))):
            continue  # "SUDAN", "Japan-China Relations" before a label: a heading between parts, not speech
        if candidate is not None:
            raw.append((candidate, [candidate.rest] if candidate.rest else []))
        elif raw:
            raw[-1][1].append(paragraph)
        elif not furniture.is_time_code(paragraph):  # "00:00:08" before the first label
            lead.append(paragraph)
    # A turn whose speech is only a stray time code keeps its label (a question that
    # was not transcribed is still a question), with no paragraphs.
    # a label repeated after a stray time code ("14:32") is the same turn going on: its style says so
    raw = [(replace(c, style="timed-" + c.style) if i and raw[i - 1][1] and furniture.is_time_code(raw[i - 1][1][-1])
            else c, paras) for i, (c, paras) in enumerate(raw)]
    raw = [(c, [p for p in paras if not furniture.is_time_code(p)]) for c, paras in raw]
    raw = _unlabelled_answers(raw)

    event = Event(id=event_id, source=source, preamble=header.lines)
    _apply_metadata(event, header, footer, source)
    raw = [(_reporter_named_in_text(c, spoken), paras) for c, paras in raw]
    identities = resolve([c.label for c, _ in raw], known, answers=_answers)
    turns = _merge_repeated_speakers([RawTurn(c.label, who, paras) for (c, paras), who in zip(raw, identities)],
                                     [c.style for c, _ in raw])
    statement_by = _statement_speaker(turns, event.title) if lead else None
    roles = assign_roles(turns, statement_by.key if statement_by else None, header_seats(known))
    if lead and statement_by is None and not title_speaker(event.title)[0]:
        statement_by = _main_principal(turns, roles)  # (else the person the title names, below)
    built = [
        Turn(role, t.identity.name, t.identity.affiliation or t.label.affiliation, t.paragraphs, t.label.raw)
        for t, role in zip(turns, roles)
    ]
    _moderators_asking(built)
    name, affiliation = (statement_by.name, statement_by.affiliation) if statement_by else named_principal(known, event.title)
    for turn, raw_turn in zip(built, turns):
        if raw_turn.label.hint == "principal" and not turn.speaker:  # "A:" is the event's principal
            turn.speaker, turn.affiliation = name, turn.affiliation or affiliation
    if lead:
        event.statement = [Turn("principal", name, affiliation, lead, "")]
        event.turns = built
    else:
        split = _labelled_statement_end(built)
        event.statement, event.turns = built[:split], built[split:]
    event.threads = build_threads(event.turns)
    if not event.kind:
        event.kind = _kind_from_structure(event)
    return event


def _is_topic_heading(paragraph: str) -> bool:
    return bool(_TOPIC_HEADING.match(paragraph) or _NUMBERED_TOPIC.match(paragraph)) \
        and sum(c.isalpha() for c in paragraph) >= 3


_INITIALS = re.compile(r"[A-Z]{2,3}")
_TOPIC_HEADING = re.compile(r"^[A-Z0-9][A-Z0-9 '’&/,()-]{1,60}$")
# "1 - Ukraine - Frappes russes contre …", "1. Announcement"
_NUMBERED_TOPIC = re.compile(r"^\d{1,2} [-–] [^.?!:;]{3,150}$|^\d{1,2}[.)] [A-Z][^.?!:;,]{2,60}$")


def _confirmed_labels(paragraphs: list[str], named: set[str] = frozenset()) -> list[Candidate | None]:
    """Candidates that the document confirms as labels.

    Strong labels stand on their own. A bare name ("Jane Doe: …") is a label when the
    same label recurs, when its style is already established by other labels, or when
    the title or header names that person (``named``: their name keys and surnames).
    A label alone on its line must be followed by speech, not by another label.
    """
    candidates = [read_candidate(p) for p in paragraphs]
    candidates = [
        None if c and not c.label.strong and c.rest[:1].islower() else c  # "Turning to Sudan: our …"
        for c in candidates
    ]
    counts = Counter(c.label.key for c in candidates if c)
    styles = Counter(c.style for c in candidates if c and c.label.strong)
    # a recorder's export ("Carla Mendes  0:02") shows itself by names that recur with their times;
    # a chapter list ("Ukraine Support 5:12") never repeats one
    recurring = Counter(c.style for c in candidates if c and counts[c.label.key] >= 2)
    # "JAAP DE HOOP SCHEFFER:" once, then "DE HOOP SCHEFFER:" throughout: one person's labels
    surnames = Counter(c.label.speaker.split()[-1].casefold() for c in candidates if c and c.label.speaker)
    confirmed: list[Candidate | None] = []
    for position, candidate in enumerate(candidates):
        one_word = candidate is not None and " " not in candidate.label.raw
        # a one-word label in an established style: an outlet's acronym ("NRK:"), or a
        # name that asks ("Postimees: … ?")
        outlet_like = one_word and candidate is not None and (
            candidate.label.raw.isupper() or "?" in candidate.rest)
        if candidate and not (
            candidate.label.strong
            or (counts[candidate.label.key] >= 2 and not (one_word and candidate.style.endswith("dash")))
            or (not one_word and candidate.label.speaker and surnames[candidate.label.speaker.split()[-1].casefold()] >= 2)
            # one more name in the style of names that recur ("Olof Gill:" among "Paula Pinho:" …, "GO" among "CL", "TAG")
            or (((not one_word and candidate.label.speaker) or outlet_like) and recurring[candidate.style] >= 4
                and _after_a_cue(paragraphs, position))  # (not "Middle East: The Secretary spoke …" mid-speech)
            or (bool(candidate.label.speaker) and name_key(candidate.label.speaker) in named)  # "MARK RUTTE:" of the title
            or ((not one_word or outlet_like) and styles[candidate.style] >= _ESTABLISHED)
            or (not one_word and candidate.style.startswith(("timed", "bold")))
            or (candidate.style == "clocked" and recurring["clocked"] >= 3)
        ):
            candidate = None
        confirmed.append(candidate)
    for i, candidate in enumerate(confirmed):
        if candidate and candidate.rest and i and _is_alone_label(confirmed[i - 1]):
            heading = confirmed[i - 1]
            if counts[heading.label.key] == 1 and (counts[candidate.label.key] >= 2 or not heading.label.strong and (
                    candidate.label.strong or styles[candidate.style] >= _ESTABLISHED)):
                confirmed[i - 1] = None  # "Japan-China Relations" / "Morishita, Asahi Shimbun: …": a heading
            else:
                confirmed[i] = None  # the speech right after a label alone on its line
    for i, candidate in enumerate(confirmed):
        if candidate and not candidate.rest:
            following = confirmed[i + 1] if i + 1 < len(confirmed) else None
            if i + 1 >= len(confirmed) or (following is not None and not candidate.label.strong):
                confirmed[i] = None  # nothing spoken after it: this line is text
    return confirmed


def _after_a_cue(paragraphs: list[str], position: int) -> bool:
    """Does the paragraph before ``position`` end by handing over (a question, or a short
    cue such as "… Anne-Sophie, please.")? A new speaker comes in there, not mid-speech."""
    if position == 0:
        return False
    last = re.split(r"(?<=[.?!])\s+", paragraphs[position - 1].rstrip())[-1]
    return last.endswith("?") or len(last.split()) <= 12


def _join_two_line_labels(paragraphs: list[str]) -> list[str]:
    """A name on one line and the role or outlet on the next ("Lucía Ortega" /
    "Spokesperson of the President of the European Council", "Journalist" / "ANSA")
    is one label: join them so it reads as "Name, Role"."""
    joined: list[str] = []
    i = 0
    while i < len(paragraphs):
        first = paragraphs[i]
        if i + 2 < len(paragraphs):
            alone, below = read_candidate(first), paragraphs[i + 1]
            top = alone.label if alone is not None and not alone.rest else None
            if top is not None and not top.affiliation and _second_label_line(below, top):
                joined.append(f"{first} ({below})" if top.hint else f"{first}, {below}")
                i += 2
                continue
        joined.append(first)
        i += 1
    return joined


def _second_label_line(line: str, top: Label) -> bool:
    """A role ("President of the European Council") under a name, or an outlet
    ("ANSA", "Polityka") under a generic label ("Journalist")."""
    words = line.split()
    if not 1 <= len(words) <= 10 or re.search(r"[.?!:;,]$", line) or not line[:1].isupper():
        return False
    if top.hint == "questioner":
        return len(words) <= 5 and read_label(line) is not None
    if not top.speaker or top.hint:
        return False
    below = read_label(line)
    folded = {w.casefold().strip(".,") for w in words}
    if below is None or below.hint == "principal":
        return False
    # a role ("President of the European Council") or an outlet ("Politico Europe", "Polityka")
    return bool(folded & ROLE_KEYWORDS) or not below.speaker or len(words) <= 3


def _reporter_named_in_text(candidate: Candidate, text: str) -> Candidate:
    """"Question (Lange)" names a reporter, not an outlet, when someone says "Mr. Lange"."""
    label = candidate.label
    word = label.affiliation
    if label.hint != "questioner" or label.speaker or not word or " " in word:
        return candidate
    if not re.search(rf"\b(?:Mr|Mrs|Ms|Miss|Dr|Herr|Frau|Madame|Monsieur)\.?\s+{re.escape(word)}\b", text):
        return candidate
    return Candidate(replace(label, speaker=word, affiliation=""), candidate.rest, candidate.style)


def _is_alone_label(candidate: Candidate | None) -> bool:
    return candidate is not None and not candidate.rest


def _merge_repeated_speakers(turns: list[RawTurn], styles: list[str]) -> list[RawTurn]:
    """A label repeated for the same named speaker with a new time code (a recorder's,
    a caption's) continues that speaker's turn, as does another way of naming them
    ("Official Spokesperson:" right after "Official Spokesperson, Shri …:"). Repeated
    word for word in the text of a briefing ("GEN. RYDER: Let me go to the phone
    lines."), a label marks a turn of its own."""
    merged: list[RawTurn] = []
    for turn, style in zip(turns, styles):
        goes_on = style.startswith(("timed", "clocked", "tag", "unlabelled")) or style.endswith("alone") or (
            merged and turn.label.raw != merged[-1].label.raw)  # another way of naming who was speaking
        if merged and turn.identity.named and merged[-1].identity.key == turn.identity.key and goes_on:
            merged[-1].paragraphs.extend(turn.paragraphs)
        else:
            merged.append(turn)
    return merged


def _statement_speaker(turns: list[RawTurn], title: str):
    """Who made the unlabelled opening statement: the person the title names, else
    the most frequent labelled speaker whose label marks a principal."""
    name, _ = title_speaker(title)
    if name:
        for turn in turns:
            if turn.identity.named and turn.identity.name.casefold() == name.casefold():
                return turn.identity
    counts: Counter[str] = Counter()
    by_key = {}
    for turn in turns:
        if turn.identity.named and turn.label.hint is None and _principal_label(turn):
            counts[turn.identity.key] += turn.words
            by_key[turn.identity.key] = turn.identity
    if counts:
        return by_key[counts.most_common(1)[0][0]]
    return None


def _main_principal(turns: list[RawTurn], roles: list[str]):
    """The principal who speaks most: who an unlabelled opening statement is by."""
    words: Counter[str] = Counter()
    by_key = {}
    for turn, role in zip(turns, roles):
        if role == "principal" and turn.identity.named:
            words[turn.identity.key] += turn.words
            by_key[turn.identity.key] = turn.identity
    return by_key[words.most_common(1)[0][0]] if words else None


def _principal_label(turn: RawTurn) -> bool:
    return label_role(turn.label) == "principal"


#: The label of an answer the transcript does not label ("Q. …" and then the reply).
_UNLABELLED_ANSWER = Label("", "", "", "principal", True)


def _unlabelled_answers(raw: list[tuple[Candidate, list[str]]]) -> list[tuple[Candidate, list[str]]]:
    """Where, in the questions and answers, only the questions carry labels ("Q. …",
    then the reply with none), a question is its first paragraph and the paragraphs
    after it are the principal's answer."""
    asked = [i for i, (c, _) in enumerate(raw) if c.label.hint == "questioner"]  # "Q.", "Q. [Ana Ribeiro, Lusa]"
    if len(asked) < 3 or any(i not in asked for i in range(asked[0], asked[-1] + 1)):
        return raw  # someone else is labelled between the questions: the answers are labelled
    split: list[tuple[Candidate, list[str]]] = []
    for i, (candidate, paras) in enumerate(raw):
        split.append((candidate, paras[:1] if i in asked else paras))
        if i in asked and len(paras) > 1:
            split.append((Candidate(_UNLABELLED_ANSWER, "", "unlabelled"), paras[1:]))
    return split


def _answers(role: str) -> bool:
    """Is ``role`` ("NATO Secretary General", "ministre des affaires étrangères") an office that answers?"""
    return label_role(Label(role, "", role, None, True)) == "principal"


def _moderators_asking(turns: list[Turn]) -> None:
    """A moderator who asks a question of their own (a panel's chair, reading out an
    online question) is a questioner for that turn: a real question, answered by a
    principal, not a cue that gives someone else the floor, and not the welcome that
    hands the opening statement to the first speaker."""
    spoken = False  # has a principal spoken yet? (the chair's welcome asks the first panellist to speak)
    for turn, following in zip(turns, turns[1:]):
        spoken = spoken or turn.role == "principal"
        if not spoken or turn.role != "moderator" or following.role != "principal" \
                or not 12 <= len(turn.text.split()) <= 120:
            continue
        last = turn.paragraphs[-1].rstrip() if turn.paragraphs else ""
        if last.endswith("?") and not ends_with_cue(turn) and not is_floor_cue(turn):
            turn.role = "questioner"


def _labelled_statement_end(turns: list[Turn]) -> int:
    """With no unlabelled opening, the statement is everything spoken before the
    first floor-giving cue or question (a moderator's introduction included),
    provided someone speaks at length there."""
    end = next((i for i, t in enumerate(turns) if t.role == "questioner"), len(turns))
    while 0 < end < len(turns) and (_gives_the_floor(turns[end - 1]) or (
            turns[end - 1].role == "moderator" and len(turns[end - 1].text.split()) <= 40)):
        end -= 1  # the cues that give the floor to the first question ("Operator, please." / "First question, …")
    opening = turns[:end]
    if any(len(t.text.split()) >= 60 for t in opening):  # someone speaks at length before any question
        return end
    return 0


def _gives_the_floor(turn: Turn) -> bool:
    """A short turn ending with a cue ("Thank you, Markus. We have time for a few
    questions. Le Monde, please.")."""
    return is_floor_cue(turn) or (ends_with_cue(turn) and len(turn.text.split()) <= 30)


def _apply_metadata(event: Event, header: Header, footer: Footer, source: str) -> None:
    name = Path(source).name if source else ""
    event.title = header.title or footer.event_name
    event.date = header.date or parse_date(name) or parse_date(footer.url)
    event.url = header.url or footer.url
    event.place = footer.place or header.place  # "Brussels, Belgique" footer, "Tallinn, 15 February 2018" line
    event.kind = kind_from_title(event.title)


def _kind_from_structure(event: Event) -> str:
    if not event.threads:
        return "speech" if event.statement or event.turns else ""
    principals = {t.speaker for t in event.turns if t.role == "principal" and t.speaker}
    moderated = any(t.role == "moderator" for t in event.turns)
    if len(principals) >= 2:
        return "joint press conference"
    if not moderated and all(not t.speaker for t in event.turns if t.role == "questioner"):
        return "doorstep"
    return "press conference"
