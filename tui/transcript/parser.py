"""Parse a transcript's text into an :class:`~tui.transcript.model.Event`.

The steps, each in its own module: drop site furniture and read metadata
(:mod:`.furniture`, :mod:`.metadata`); find the speaker labels (:mod:`.labels`) and
keep those the document confirms; group paragraphs into turns; resolve who is who
(:mod:`.speakers`); infer roles (:mod:`.roles`); build threads (:mod:`.threads`).
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from tui.transcript import furniture
from tui.transcript.labels import Candidate, read_candidate
from tui.transcript.metadata import Footer, Header, kind_from_title, parse_date, read_footer, read_header
from tui.transcript.model import Event, Turn
from tui.transcript.roles import RawTurn, assign_roles
from tui.transcript.speakers import resolve
from tui.transcript.threads import build_threads

#: Bump when parsing changes, so cached parses are redone.
PARSER_VERSION = 1

# A weak (bare-name) label style counts as established once this many labels of the
# same style are confirmed in the document.
_ESTABLISHED = 2
_SENTENCE_END = re.compile(r"[.?!…:;\"”’)]$")


def parse_text(text: str, *, event_id: str = "", source: str = "") -> Event:
    """Parse transcript ``text`` (already decoded and cleaned). Never raises on odd
    input: anything that cannot be read as a label stays text."""
    lines = [line.rstrip() for line in text.split("\n")]
    header = read_header(lines)
    footer = read_footer(lines, header.end)
    paragraphs = _paragraphs(lines[header.end: footer.start])
    candidates = _confirmed_labels(paragraphs)

    lead: list[str] = []
    raw: list[tuple[Candidate, list[str]]] = []
    for paragraph, candidate in zip(paragraphs, candidates):
        if candidate is not None:
            raw.append((candidate, [candidate.rest] if candidate.rest else []))
        elif raw:
            raw[-1][1].append(paragraph)
        else:
            lead.append(paragraph)
    # A turn whose speech is only a stray time code keeps its label (a question that
    # was not transcribed is still a question), with no paragraphs.
    raw = [(c, [p for p in paras if not furniture.is_time_code(p)]) for c, paras in raw]

    event = Event(id=event_id, source=source)
    _apply_metadata(event, header, footer, source)
    identities = resolve([c.label for c, _ in raw])
    turns = [RawTurn(c.label, who, paras) for (c, paras), who in zip(raw, identities)]
    statement_by = _statement_speaker(turns, event.title) if lead else None
    roles = assign_roles(turns, statement_by.key if statement_by else None)
    built = [
        Turn(role, t.identity.name, t.identity.affiliation or t.label.affiliation, t.paragraphs, t.label.raw)
        for t, role in zip(turns, roles)
    ]
    name, affiliation = (statement_by.name, statement_by.affiliation) if statement_by else _title_speaker(event.title)
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


def _paragraphs(lines: list[str]) -> list[str]:
    """Non-empty lines become paragraphs; hard-wrapped lines are joined back; page
    counters and stray time codes between paragraphs go."""
    paragraphs: list[str] = []
    previous_blank = True
    for line in lines:
        stripped = " ".join(line.split())
        if not stripped:
            previous_blank = True
            continue
        if furniture.is_page_counter(stripped) or furniture.is_form_line(stripped) and len(stripped) > 40:
            continue
        if paragraphs and not previous_blank and _is_wrapped(paragraphs[-1], stripped):
            paragraphs[-1] = f"{paragraphs[-1]} {stripped}"
        else:
            paragraphs.append(stripped)
        previous_blank = False
    return paragraphs


def _is_wrapped(previous: str, line: str) -> bool:
    """A line that continues the previous one's sentence (text hard-wrapped at a
    fixed width): the previous line is long and unfinished, this one starts lower-case."""
    return (
        len(previous) >= 40
        and not _SENTENCE_END.search(previous)
        and line[:1].islower()
        and read_candidate(previous) is None
    )


def _confirmed_labels(paragraphs: list[str]) -> list[Candidate | None]:
    """Candidates that the document confirms as labels.

    Strong labels stand on their own. A bare name ("Jane Doe: …") is a label when the
    same label recurs, or when its style is already established by other labels.
    A label alone on its line must be followed by speech, not by another label.
    """
    candidates = [read_candidate(p) for p in paragraphs]
    counts = Counter(c.label.key for c in candidates if c)
    styles = Counter(c.style for c in candidates if c and c.label.strong)
    confirmed: list[Candidate | None] = []
    for candidate in candidates:
        one_word = candidate is not None and " " not in candidate.label.raw
        if candidate and not (
            candidate.label.strong
            or counts[candidate.label.key] >= 2
            or (not one_word and styles[candidate.style] >= _ESTABLISHED)
            or (not one_word and candidate.style.startswith(("timed", "bold")))
        ):
            candidate = None
        confirmed.append(candidate)
    for i, candidate in enumerate(confirmed):
        if candidate and not candidate.rest:
            following = confirmed[i + 1] if i + 1 < len(confirmed) else None
            if i + 1 >= len(confirmed) or (following is not None and not candidate.label.strong):
                confirmed[i] = None  # nothing spoken after it: this line is text
    return confirmed


def _statement_speaker(turns: list[RawTurn], title: str):
    """Who made the unlabelled opening statement: the person the title names, else
    the most frequent labelled speaker whose label marks a principal."""
    name, _ = _title_speaker(title)
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


def _principal_label(turn: RawTurn) -> bool:
    from tui.transcript.roles import _label_role  # one rule for what a principal's label looks like

    return _label_role(turn.label) == "principal"


_BY = re.compile(r"\bby (?:the )?(.+?)(?:\s+(?:with|at|following|ahead|after|before|on|in)\b|$)", re.I)


def _title_speaker(title: str) -> tuple[str, str]:
    """The speaker a title names ("… by NATO Secretary General Mark Rutte …")."""
    from tui.transcript.labels import read_label

    match = _BY.search(title)
    if not match:
        return "", ""
    label = read_label(match.group(1))
    return (label.speaker, label.affiliation) if label else ("", "")


def _labelled_statement_end(turns: list[Turn]) -> int:
    """With no unlabelled opening, the statement is the turns before the first
    question, provided a principal speaks at length there."""
    for i, turn in enumerate(turns):
        if turn.role == "questioner":
            opening = turns[:i]
            if any(t.role == "principal" and len(t.text.split()) >= 60 for t in opening):
                return i
            return 0
    return len(turns) if any(t.role == "principal" for t in turns) else 0


def _apply_metadata(event: Event, header: Header, footer: Footer, source: str) -> None:
    name = Path(source).name if source else ""
    event.title = header.title or footer.event_name
    event.date = header.date or parse_date(name) or parse_date(footer.url)
    event.url = header.url or footer.url
    event.place = footer.place
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
