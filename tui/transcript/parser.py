"""Parse a transcript's text into an :class:`~tui.transcript.model.Event`.

The steps, each in its own module: drop site furniture and read metadata
(:mod:`.furniture`, :mod:`.metadata`); find the speaker labels (:mod:`.labels`) and
keep those the document confirms; group paragraphs into turns; resolve who is who
(:mod:`.speakers`); infer roles (:mod:`.roles`); build threads (:mod:`.threads`).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from pathlib import Path

from tui.transcript import captions, furniture
from tui.transcript.labels import ROLE_KEYWORDS, Candidate, Label, read_candidate, read_label
from tui.transcript.metadata import Footer, Header, kind_from_title, parse_date, read_footer, read_header
from tui.transcript.model import Event, Turn
from tui.transcript.roles import RawTurn, assign_roles, label_role
from tui.transcript.speakers import name_key, resolve
from tui.transcript.threads import build_threads, ends_with_cue, is_floor_cue

#: Bump when parsing changes, so cached parses are redone.
PARSER_VERSION = 12

# A weak (bare-name) label style counts as established once this many labels of the
# same style are confirmed in the document.
_ESTABLISHED = 2
_SENTENCE_END = re.compile(r"[.?!…:;\"”’)]$")


def parse_text(text: str, *, event_id: str = "", source: str = "") -> Event:
    """Parse transcript ``text`` (already decoded and cleaned). Never raises on odd
    input: anything that cannot be read as a label stays text."""
    if captions.is_captions(text):
        text = captions.from_captions(text)
    lines = _untabulate([line.rstrip() for line in text.split("\n")])
    header = read_header(lines)
    footer = read_footer(lines, header.end)
    paragraphs = _join_two_line_labels(_paragraphs(lines[header.end: footer.start], frozenset(header.lines)))
    candidates = [_expand_alias(c, header.aliases) for c in _confirmed_labels(paragraphs)]

    lead: list[str] = []
    raw: list[tuple[Candidate, list[str]]] = []
    for paragraph, candidate in zip(paragraphs, candidates):
        if candidate is None and _is_topic_heading(paragraph):
            continue  # "SUDAN", "QUESTIONS AND ANSWERS": a heading between parts, not speech
        if candidate is not None:
            raw.append((candidate, [candidate.rest] if candidate.rest else []))
        elif raw:
            raw[-1][1].append(paragraph)
        elif not furniture.is_time_code(paragraph):  # "00:00:08" before the first label
            lead.append(paragraph)
    # A turn whose speech is only a stray time code keeps its label (a question that
    # was not transcribed is still a question), with no paragraphs.
    raw = [(c, [p for p in paras if not furniture.is_time_code(p)]) for c, paras in raw]

    event = Event(id=event_id, source=source, preamble=header.lines)
    _apply_metadata(event, header, footer, source)
    spoken = " ".join(paragraphs)
    raw = [(_reporter_named_in_text(c, spoken), paras) for c, paras in raw]
    known = _known_people(header, event.title)
    identities = resolve([c.label for c, _ in raw], known)
    turns = _merge_repeated_speakers([RawTurn(c.label, who, paras) for (c, paras), who in zip(raw, identities)])
    statement_by = _statement_speaker(turns, event.title) if lead else None
    roles = assign_roles(turns, statement_by.key if statement_by else None, _seats(known))
    if lead and statement_by is None:
        statement_by = _main_principal(turns, roles)
    built = [
        Turn(role, t.identity.name, t.identity.affiliation or t.label.affiliation, t.paragraphs, t.label.raw)
        for t, role in zip(turns, roles)
    ]
    _moderators_asking(built)
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


def _untabulate(lines: list[str]) -> list[str]:
    """Read a table pasted from a word processor, one row per line: "Speaker<TAB>Text".

    Where at least three rows start with a cell that reads as a speaker label, each
    such row becomes "Speaker: Text", a row with an empty speaker cell continues the
    previous speech, and a header row of column names ("Speaker<TAB>Text") goes.
    Elsewhere a tab is only space. No tab survives this step."""
    rows = [_TABLE_ROW.match(line) for line in lines]
    labelled = [row for row in rows if row and read_label(row.group(1)) is not None]
    if len(labelled) < 3:
        return [line.replace("\t", " ") for line in lines]
    out: list[str] = []
    for line, row in zip(lines, rows):
        if row and _COLUMN_NAMES.fullmatch(row.group(1).strip()) and _COLUMN_NAMES.fullmatch(row.group(2).strip()):
            continue
        if row and read_label(row.group(1)) is not None:
            cell, value = row.group(1).strip().rstrip(":").rstrip(), row.group(2).strip()
            described = read_label(f"{cell}, {value}") if not re.search(r"[.?!]$", value) else None
            # "Allison Hart<TAB>NATO Spokesperson" lists a person; a row of speech says something
            line = f"{cell}, {value}" if described and described.speaker and described.affiliation else \
                f"{cell}: {value}"
        out.append(line.replace("\t", " "))
    return out


_TABLE_ROW = re.compile(r"^([^\t]{1,60}?)\t+(\S.*)$")
_COLUMN_NAMES = re.compile(r"(?i:speaker|name|who|person|text|transcript|remarks|statement|speech|content)")


def _paragraphs(lines: list[str], running_heads: frozenset[str] = frozenset()) -> list[str]:
    """Non-empty lines become paragraphs; page counters and the running heads that
    follow them go. In hard-wrapped text (paragraphs wrapped at a fixed width, blank
    lines between them) the lines of a block are joined back, except where a label or
    a list item starts a new one."""
    wrapped = _is_hard_wrapped(lines)
    repeated_heads = _repeated_after_page_breaks(lines)
    paragraphs: list[str] = []
    previous_blank = True
    previous_label = False
    after_page_break = page_broke = False
    for line in lines:
        stripped = " ".join(line.split())
        if not stripped:
            previous_blank = True
            continue
        if furniture.is_page_counter(stripped) or furniture.is_form_line(stripped) and len(stripped) > 40 \
                or stripped in running_heads:
            after_page_break = page_broke = True
            continue  # a page break may fall inside a paragraph: it does not end it
        candidate = read_candidate(stripped)
        if candidate is not None and not candidate.label.strong and candidate.rest[:1].islower():
            candidate = None  # "Defence Ministry: when will …" goes on a sentence
        if after_page_break and candidate is None and stripped in repeated_heads:
            continue  # "Government press conference, 21 February 2024 (unofficial translation)"
        if furniture.is_footer_line(stripped) and furniture.is_briefing_note(stripped):
            continue  # "(The briefing began at 1:02 p.m. EDT.)"
        after_page_break = False
        mid_sentence = bool(paragraphs) and not _SENTENCE_END.search(paragraphs[-1])
        if page_broke and mid_sentence and candidate is None:
            previous_blank = False  # a sentence broken by a page break goes on
        starts_turn = candidate is not None and not (wrapped and mid_sentence and not candidate.label.strong)
        joins = paragraphs and not previous_blank and not previous_label and not starts_turn
        if joins and (_is_wrapped(paragraphs[-1], stripped) or (wrapped and not _LIST_ITEM.match(stripped))):
            paragraphs[-1] = f"{paragraphs[-1]} {stripped}"
        else:
            paragraphs.append(stripped)
        previous_blank = page_broke = False
        previous_label = candidate is not None and not candidate.rest
    return paragraphs


def _is_topic_heading(paragraph: str) -> bool:
    return bool(_TOPIC_HEADING.match(paragraph)) and sum(c.isalpha() for c in paragraph) >= 3


def _repeated_after_page_breaks(lines: list[str]) -> frozenset[str]:
    """Running heads: short unpunctuated lines that follow more than one page break.
    (A line after a single page break may be the rest of a sentence: it stays.)"""
    seen: Counter[str] = Counter()
    after_break = False
    for line in lines:
        stripped = " ".join(line.split())
        if not stripped:
            continue
        if furniture.is_page_counter(stripped):
            after_break = True
            continue
        if after_break and len(stripped.split()) <= 14 and not re.search(r"[.?!:;,\"”]$", stripped):
            seen[stripped] += 1
        after_break = False
    return frozenset(line for line, count in seen.items() if count >= 2)


_TOPIC_HEADING = re.compile(r"^[A-Z0-9][A-Z0-9 '’&/,()-]{1,60}$")
_LIST_ITEM = re.compile(r"^(?:[-*•·]|\d{1,2}[.)])\s+\S")


def _is_hard_wrapped(lines: list[str]) -> bool:
    """Text wrapped at a fixed width: blank lines separate blocks of several short
    lines, and no line is much longer than the others."""
    lengths = [len(line.strip()) for line in lines if line.strip()]
    if len(lengths) < 6:
        return False
    continued = sum(1 for a, b in zip(lines, lines[1:]) if a.strip() and b.strip())
    blanks = sum(1 for a, b in zip(lines, lines[1:]) if a.strip() and not b.strip())
    longest = sorted(lengths)[int(len(lengths) * 0.95) - 1]
    return blanks >= 2 and continued >= 0.3 * len(lengths) and longest <= 100


def _is_wrapped(previous: str, line: str) -> bool:
    """A line that continues the previous one's sentence even where the text is not
    wrapped throughout: the previous line is long and unfinished, this one starts
    lower-case."""
    return len(previous) >= 40 and not _SENTENCE_END.search(previous) and line[:1].islower()


def _confirmed_labels(paragraphs: list[str]) -> list[Candidate | None]:
    """Candidates that the document confirms as labels.

    Strong labels stand on their own. A bare name ("Jane Doe: …") is a label when the
    same label recurs, or when its style is already established by other labels.
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
    confirmed: list[Candidate | None] = []
    for candidate in candidates:
        one_word = candidate is not None and " " not in candidate.label.raw
        # a one-word label in an established style: an outlet's acronym ("NRK:"), or a
        # name that asks ("Postimees: … ?")
        outlet_like = one_word and candidate is not None and (
            candidate.label.raw.isupper() or "?" in candidate.rest)
        if candidate and not (
            candidate.label.strong
            or (counts[candidate.label.key] >= 2 and not (one_word and candidate.style.endswith("dash")))
            or ((not one_word or outlet_like) and styles[candidate.style] >= _ESTABLISHED)
            or (not one_word and candidate.style.startswith(("timed", "bold")))
            or (candidate.style == "clocked" and recurring["clocked"] >= 3)
        ):
            candidate = None
        confirmed.append(candidate)
    for i, candidate in enumerate(confirmed):
        if candidate and candidate.rest and i and _is_alone_label(confirmed[i - 1]):
            confirmed[i] = None  # the speech right after a label alone on its line
    for i, candidate in enumerate(confirmed):
        if candidate and not candidate.rest:
            following = confirmed[i + 1] if i + 1 < len(confirmed) else None
            if i + 1 >= len(confirmed) or (following is not None and not candidate.label.strong):
                confirmed[i] = None  # nothing spoken after it: this line is text
    return confirmed


def _seats(known: list[tuple[str, str]]) -> dict[str, str]:
    """Roles the header gives people: "Moderator:" / "Moderated by …" moderate, the
    "Speakers:" listed answer."""
    seats = {"Moderator": "moderator", "Chair": "moderator", "Speaker": "principal"}
    # a seat the header gives outright wins over an office ("Chair: Eleanor Whitcombe, Director, …")
    found = {name_key(name): seats[role] for name, role in known if role in seats}
    for name, role in known:  # "TAG Dr Tedros Adhanom Ghebreyesus, WHO Director-General"
        stated = label_role(Label(role, name, role, None, True)) if role else None
        if stated == "principal":  # (a "Host" may moderate or interview: behaviour decides)
            found.setdefault(name_key(name), stated)
    return found


_SEAT_NOTE = re.compile(r"^(.+?)\s*\((?i:moderator|chair|host|moderating)\)$")


def _expand_alias(candidate: Candidate | None, aliases: dict[str, str]) -> Candidate | None:
    """"SG:" is whoever the header's key says ("SG = NATO Secretary General …")."""
    if candidate is None or candidate.label.raw not in aliases:
        return candidate
    meaning = aliases[candidate.label.raw]
    seat = _SEAT_NOTE.match(meaning)  # "Farida Osei, WHO Department of Communications (moderator)"
    label = read_label(seat.group(1) if seat else meaning)
    if label and seat:
        label = replace(label, hint="moderator")
    return Candidate(replace(label, raw=candidate.label.raw), candidate.rest, candidate.style) if label else candidate


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


def _known_people(header: Header, title: str) -> list[tuple[str, str]]:
    """People the title and the header lines name, with their roles: "by NATO
    Secretary General Jens Stoltenberg", "Chair: Thomas Brenner", a speakers list,
    "PRIME MINISTER" above "THE HON CLAIRE DONNELLY MP"."""
    people = list(_title_people(title))
    for meaning in header.aliases.values():  # "TAG Dr Tedros Adhanom Ghebreyesus, WHO Director-General"
        person = _person_in(_strip_titles(meaning))
        if person:
            people.append(person)
    previous_role = ""
    listed_as = ""  # "Moderator:" or "Speakers:" alone on a line: the names below are that
    for line in header.headings:
        if listed_as and not line.endswith(":") and not re.match(r"^[A-Za-z ]{2,30}:\s", line):
            person = _person_in(_strip_titles(line))
            if person:
                stated = label_role(Label(person[1], person[0], person[1], None, True)) if person[1] else None
                # a spokesperson in the list of "Participants:" moderates; the others speak
                people.append((person[0], "Moderator" if stated == "moderator" else listed_as))
                if person[1]:
                    people.append(person)
                continue
        listed = re.fullmatch(r"(moderators?|chairs?|speakers?|panell?ists?|participants?|briefers?)\s*:", line, re.I)
        listed_as = ("Moderator" if listed.group(1).casefold().startswith(("moderator", "chair")) else "Speaker") \
            if listed else ""
        people.extend(_title_people(line))
        hosted = _HOSTED_BY.match(line)
        if hosted and not _title_people(line):  # "THE GLOBAL HOUR WITH NADIA KERRIGAN"
            host = read_label(hosted.group(1))
            if host and host.speaker and host.hint is None and " " in host.speaker:
                people.append((host.speaker, "Host"))
        for match in _MODERATED_BY.finditer(line):
            # "moderated by Anna Wiśniewska, …" or "Moderated by the Ministry's spokesperson, Anna Wiśniewska."
            for part in (match.group(1), *match.group(2).split(", ")):
                label = read_label(part.strip(" ,;."))
                if label and label.speaker and label.hint is None:
                    people.append((label.speaker, "Moderator"))
                    break
        field = re.match(r"^([A-Za-z ]{2,30}):\s*(\S.*)$", line)
        if field and not field.group(2).endswith((".", "?")):
            for value in field.group(2).split(";"):  # "Participants: Minister … Karen Hansen; Chief …, General …"
                label = read_label(value.strip())
                person = (label.speaker, label.affiliation) if label and label.speaker else _person_in(value.strip())
                if person:
                    people.append((person[0], person[1] or field.group(1).strip()))
                    seat = _SEAT_FIELDS.get(field.group(1).strip().casefold())
                    if person[1] and seat:
                        people.append((person[0], seat))  # "[Chair]", "Moderator:" is this person
            continue
        for part in re.split(r";|\.\s+|:\s+", line):
            person = _person_in(_strip_titles(part.strip(" .")))
            if person:
                people.append((person[0], person[1] or previous_role))
        label = read_label(line)
        previous_role = label.affiliation if label and not label.speaker and label.hint is None else ""
    return [p for p in people if p[0]]


_SEAT_FIELDS = {"chair": "Chair", "chaired by": "Chair", "moderator": "Moderator", "moderated by": "Moderator",
                "host": "Host", "presenter": "Presenter", "interviewer": "Interviewer", "anchor": "Anchor"}
_HOSTED_BY = re.compile(r"^[^.;:]{3,60}?\s+(?i:with)\s+([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){1,2})$")
_MODERATED_BY = re.compile(r"\bmoderated by (?:the )?([^.;,]+)((?:,[^.;]*)?)(?:[.;]|$)", re.I)


def _person_in(text: str) -> tuple[str, str] | None:
    """The person a phrase names: "Minister of Defence Lars Dahl", or "Chief of
    Defence, General Eirik Strand" (the role before the comma)."""
    label = read_label(text)
    if label and label.speaker and label.hint is None:
        return label.speaker, label.affiliation
    if ", " in text:
        role, _, rest = text.rpartition(", ")
        label = read_label(rest)
        if label and label.speaker and label.hint is None and " " in label.speaker:
            return label.speaker, role if not label.affiliation else f"{role}, {label.affiliation}"
    return None


_TITLES = re.compile(
    r"^(?:the\s+)?(?:rt\.?\s+)?(?:hon\.?|honourable|honorable)\s+|^(?:the\s+)?right honourable\s+"
    r"|\s+(?:MP|MEP|QC|KC)$"
    r"|^(?:M|Mme|Mlle|Mr|Mrs|Ms|Dr)\.?\s+(?=[A-Z][\w'-]+\s+[A-Z])",  # "M. Jean-Noël Barrot", "Dr Lena Holm": the full name
    re.I,
)


def _strip_titles(text: str) -> str:
    """"THE HON CLAIRE DONNELLY MP" → "CLAIRE DONNELLY"."""
    return _TITLES.sub("", _TITLES.sub("", text.strip()))


def _is_alone_label(candidate: Candidate | None) -> bool:
    return candidate is not None and not candidate.rest


def _merge_repeated_speakers(turns: list[RawTurn]) -> list[RawTurn]:
    """A label repeated for the same named speaker (say, with a new time code)
    continues that speaker's turn."""
    merged: list[RawTurn] = []
    for turn in turns:
        if merged and turn.identity.named and merged[-1].identity.key == turn.identity.key:
            merged[-1].paragraphs.extend(turn.paragraphs)
        else:
            merged.append(turn)
    return merged


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


_BY_END = (r"(?:\s+(?:with|at|following|ahead|after|before|on|in|à|avec|lors|après|avant)\s"
           r"|(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bSt)(?<!\bGen)(?<!\bRt)(?<!\bHon)(?<!\bProf)(?<!\bAmb)"
           r"(?<![\s.][A-Z])[.;](?=\s|$)|$)")  # not "Dr." nor "John F."
_BY = re.compile(
    r"\b(?:by|(?:interview|conversation|talk|q&a|discussion|press (?:point|conference|briefing"
    r"|encounter|availability)|remarks|statements?)\s+with|press (?:conference|point|briefing|statement) of)"
    r" (?:the )?(.+?)" + _BY_END,
    re.I,
)
# French titles: "Conférence de presse du secrétaire général …", "… de M. X et de Mme Y".
_BY_FRENCH = re.compile(
    r"\b(?:par|du|de la|de(?= (?:M\.|Mme|MM\.) )|(?:entretien|presse)\s+avec) (?:le |la |l['’])?(.+?)" + _BY_END,
    re.I,
)


def _title_speaker(title: str) -> tuple[str, str]:
    """The (first) speaker a title names ("… by NATO Secretary General Mark Rutte …")."""
    return next(iter(_title_people(title)), ("", ""))


def _title_people(text: str) -> list[tuple[str, str]]:
    """Everyone "by …" names: "by NATO Secretary General Mark Rutte", "by Tomás Ferreira,
    Spokesman for the Secretary-General", "by the Chair …, Admiral Henrik Solberg, and
    the Supreme Allied Commander Europe, General Michael Tarrant"."""
    match = _BY.search(text) or _BY_FRENCH.search(text)
    if not match:
        return []
    people: list[tuple[str, str]] = []
    for part in re.split(r",?\s+and\s+(?:the\s+)?|,\s+et\s+(?:de\s+|du\s+)?(?:la\s+|le\s+|l['’])?",
                         match.group(1).strip(" ,;")):
        part = _strip_titles(part.strip(" ,;"))
        candidates = [part, *reversed(part.split(", "))] if ", " in part else [part]
        for candidate in candidates:
            label = read_label(_strip_titles(candidate))
            if label and label.speaker and label.hint is None and " " in label.speaker:
                role = label.affiliation
                if candidate != part:  # "the Chief of the Defence Staff, Admiral Sir Anthony Radley"
                    role = part.replace(candidate, "").strip(" ,") or role
                people.append((label.speaker, role))
                break
    return people


def _moderators_asking(turns: list[Turn]) -> None:
    """A moderator who asks a question of their own (a panel's chair, reading out an
    online question) is a questioner for that turn: a real question, answered by a
    principal, not a cue that gives someone else the floor."""
    for turn, following in zip(turns, turns[1:]):
        if turn.role != "moderator" or following.role != "principal" or len(turn.text.split()) < 12:
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
