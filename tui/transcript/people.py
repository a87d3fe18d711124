"""Who the document says takes part, outside its speaker labels.

A title names its principals ("Press conference by NATO Secretary General Mark Rutte",
"Joint press point with … and the Prime Minister of Montenegro, Milan Radović",
"Conférence de presse de M. … et de Mme …"); a header lists seats and people
("Chair: Eleanor Whitcombe, …", "Moderated by …", "Participants:" and the names
below, a speakers key of initials, a show "WITH NADIA KERRIGAN"). These complete the
labels that give only a role or a surname, and say who moderates and who answers.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tui.transcript.labels import Candidate, Label, read_label
from tui.transcript.metadata import Header
from tui.transcript.roles import label_role
from tui.transcript.speakers import name_key


def header_seats(known: list[tuple[str, str]]) -> dict[str, str]:
    """Roles the header gives people: "Moderator:" / "Moderated by …" moderate, the
    "Speakers:" listed answer."""
    seats = {"Moderator": "moderator", "Chair": "moderator", "Panellist": "principal"}
    # a seat the header gives outright wins over an office ("Chair: Eleanor Whitcombe, Director, …")
    found = {name_key(name): seats[role] for name, role in known if role in seats}
    for name, role in known:  # "TAG Dr Tedros Adhanom Ghebreyesus, WHO Director-General"
        stated = label_role(Label(role, name, role, None, True)) if role else None
        # (a "Host" may moderate or interview: behaviour decides; a press secretary who also
        # answers is made a principal by the roles module)
        if stated == "principal" or (stated == "moderator" and role not in _SEATS_ONLY):
            found.setdefault(name_key(name), stated)
    return found


_SEAT_NOTE = re.compile(r"^(.+?)\s*\((?i:moderator|chair|host|moderating)\)$")


def expand_alias(candidate: Candidate | None, aliases: dict[str, str]) -> Candidate | None:
    """"SG:" is whoever the header's key says ("SG = NATO Secretary General …")."""
    if candidate is None or candidate.label.raw not in aliases:
        return candidate
    meaning = aliases[candidate.label.raw]
    seat = _SEAT_NOTE.match(meaning)  # "Farida Osei, WHO Department of Communications (moderator)"
    label = read_label(seat.group(1) if seat else meaning)
    if label and seat:
        label = replace(label, hint="moderator")
    return Candidate(replace(label, raw=candidate.label.raw), candidate.rest, candidate.style) if label else candidate


def initials_named(text: str, initials: set[str]) -> dict[str, str]:
    """Labels of initials ("TAG", "CL") that the speech spells out: the one full name
    in ``text`` with those initials ("Dr Tedros Adhanom Ghebreyesus", "My name is
    Christian Lindmeier"). A label whose initials fit no name, or two, stays as it is."""
    found: dict[str, set[str]] = {}
    for match in _CAPITALISED_NAME.finditer(text):
        name = re.sub(r"^(?:(?:Dr|Mr|Ms|Mrs|Prof|Sir|Dame)\s+)+", "", match.group(0))  # "Dr Mike Ryan"
        words = [w for w in name.split() if w[:1].isupper()]
        key = "".join(w[0] for w in words)
        if key in initials:
            label = read_label(name)
            if label and label.speaker == name and label.hint is None:
                found.setdefault(key, set()).add(name)
    return {key: next(iter(names)) for key, names in found.items() if len(names) == 1}


_CAPITALISED_NAME = re.compile(r"(?<![\w'’-])[A-Z][a-zà-ÿ'’-]+(?:\s+(?:(?:de|van|von|der|da|di|du|le|la)\s+)?[A-Z][a-zà-ÿ'’-]+){1,3}")


def known_people(header: Header, title: str) -> list[tuple[str, str]]:
    """People the title and the header lines name, with their roles: "by NATO
    Secretary General Jens Stoltenberg", "Chair: Thomas Brenner", a speakers list,
    "PRIME MINISTER" above "THE HON CLAIRE DONNELLY MP"."""
    people = list(_title_people(title))
    subjects = _SUMMARY_SUBJECT.match(title)  # "Volodymyr Zelenskyy and Gitanas Nausėda held a joint press conference"
    if subjects:
        people.extend(person for part in re.split(r",?\s+and\s+", subjects.group(1))
                      if (person := _person_in(_strip_titles(part))) and " " in person[0])
    for meaning in header.aliases.values():  # "TAG Dr Tedros Adhanom Ghebreyesus, WHO Director-General"
        person = _person_in(_strip_titles(meaning))
        if person:
            people.append(person)
    previous_role = ""
    listed_as = ""  # "Moderator:" or "Speakers:" alone on a line: the names below are that
    for line in header.headings:
        names = line.split(", ")  # a recorder's "SPEAKERS" line names everyone who spoke, in no seat
        roll_call = len(names) >= 4 and all(len(name.split()) <= 3 for name in names)
        if listed_as and not line.endswith(":") and not re.match(r"^[A-Za-z ]{2,30}:\s", line) and not roll_call:
            person = _person_in(_strip_titles(line))
            if person:
                stated = label_role(Label(person[1], person[0], person[1], None, True)) if person[1] else None
                # a spokesperson in the list of "Participants:" moderates; the others speak
                people.append((person[0], "Moderator" if stated == "moderator" else listed_as))
                if person[1]:
                    people.append(person)
                continue
        listed = re.fullmatch(r"(moderators?|chairs?|presiders?|speakers?|panell?ists?|participants?|briefers?)\s*:?",
                              line, re.I)  # "Speakers", "Presider" (a think tank's page) need no colon
        listed_as = ("Moderator" if listed.group(1).casefold().startswith(("moderator", "chair", "presider"))
                     else "Panellist") if listed else ""
        named = _title_people(line)
        people.extend(named)
        hosted = _HOSTED_BY.match(line) or _NAMED_SHOW.match(line)
        if hosted and not named:  # "THE GLOBAL HOUR WITH NADIA KERRIGAN", "ANDREW MARR SHOW"
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
        field = re.match(r"^([A-Za-z ]{1,30}):\s*(\S.*)$", line)
        if field and field.group(1).strip().casefold() in _TOPIC_FIELDS:
            previous_role = ""
            continue  # "SUBJECTS: NATO Summit; Ukraine; …" names no one
        # a list of people may end as a sentence: "Witnesses: Helen Marsden and Air Marshal Sir Peter Quinlan."
        if field and (not field.group(2).endswith((".", "?")) or (
                field.group(1).strip().casefold() in _PEOPLE_FIELDS and not _SENTENCE_BREAK.search(field.group(2)))):
            values = field.group(2).split(";")  # "Participants: Minister … Karen Hansen; Chief …, General …"
            if len(values) == 1 and (field.group(2).count("(") >= 2 or _names_each(field.group(2).split(", "))):
                # "Speakers: Seidel (AA), Mahler (BMVg)", "Sprecher: Bundeskanzlerin Angela Merkel, Staatspräsident …"
                values = field.group(2).split(", ")
            values = [part for value in values
                      for part in re.split(r"\s+and\s+(?![^()]*\))", value.strip().rstrip("."))]  # not "(… and Operations)"
            for value in values:
                value = _strip_titles(value.strip(" ,;").removeprefix("and "))
                label = read_label(value)
                if not (label and label.speaker) and ", " in value:  # "Air Marshal Sir Peter Quinlan, Deputy Chief …, Ministry …"
                    name, _, office = value.partition(", ")
                    named = read_label(name)
                    label = named and Label(value, named.speaker, office, named.hint, named.strong)
                person = (label.speaker, label.affiliation) if label and label.speaker else (
                    _person_in(value) or _trailing_person(value))
                if person and (field.group(1).strip().casefold() in _TOPIC_FIELDS or (
                        " " not in person[0] and field.group(1).strip().casefold() not in _SEAT_FIELDS)):
                    person = None  # "SUBJECTS: NATO Summit; Ukraine", "Item: …": topics, not people
                if person:
                    people.append((person[0], person[1] or field.group(1).strip()))
                    seat = _SEAT_FIELDS.get(field.group(1).strip().casefold())
                    if person[1] and seat:
                        people.append((person[0], seat))  # "[Chair]", "Moderator:" is this person
            continue
        summary = _SUMMARY_SUBJECT.match(line)  # "President … Zelenskyy and Prime Minister … Frederiksen held …"
        if summary:
            for part in re.split(r",?\s+and\s+", summary.group(1)):
                person = _person_in(_strip_titles(part))
                if person and " " in person[0]:
                    people.append(person)
        for match in _APPOSITION.finditer(line):  # "… le porte-parole, M. Étienne Roussel, a fait …"
            if label_role(Label(match.group(1), "", match.group(1), None, True)) in ("principal", "moderator"):
                people.append((match.group(2), match.group(1)))
        for part in re.split(r";|\.\s+|:\s+", line):
            # "President of Ukraine Volodymyr Zelensky and NATO Secretary General Mark Rutte": two people
            for person_part in _whole_people(re.split(r"\s+and\s+", part.strip(" ."))):
                person = _person_in(_strip_titles(person_part))
                if person and " " in person[0]:  # (one word alone, "Ukraine", names nobody for sure)
                    people.append((person[0], person[1] or previous_role))
        label = read_label(line)
        previous_role = label.affiliation if label and not label.speaker and label.hint is None else ""
    return [p for p in people if p[0]]


_SEAT_FIELDS = {"chair": "Chair", "chaired by": "Chair", "moderator": "Moderator", "moderated by": "Moderator",
                "host": "Host", "presenter": "Presenter", "interviewer": "Interviewer", "anchor": "Anchor",
                "speakers": "Panellist", "speaker": "Panellist", "briefers": "Panellist", "briefer": "Panellist",
                "panellists": "Panellist", "panelists": "Panellist", "witnesses": "Panellist", "witness": "Panellist",
                "i": "Panellist", "ii": "Panellist", "iii": "Panellist", "iv": "Panellist",
                "guest": "Guest", "guests": "Guest", "interviewee": "Guest"}


#: Header fields that list subjects, places and times, never people.
_TOPIC_FIELDS = frozenset("subjects subject topics topic tags keywords item items location venue place date time "
                          "source event".split())
#: Header fields that list people, whose list may end with a full stop ("I:" is a committee's first panel).
_PEOPLE_FIELDS = frozenset(("members present", "present", "in attendance", "witnesses", "witness", "participants", "sprecher",
                            "speakers", "panellists", "panelists", "briefers", "i", "ii", "iii", "iv"))


_SUMMARY_SUBJECT = re.compile(
    r"^([A-Z][^.?!;:]{3,160}?)\s(?:held|gave|delivered|hosted|answered|addressed|briefed|received|set out|outlined)\s")
# An office, then the person holding it between commas: "the spokesperson, Mr. Tom Hale, said …".
_APPOSITION = re.compile(
    r"\b(?:the|le|la|l['’])\s*((?:[\w'’-]+\s){0,6}?[\w'’-]+),\s+(?:(?:M|Mme|Mr|Mrs|Ms|Dr)\.?\s+)?"
    r"([A-ZÉ][\w'’-]+(?:\s+[A-ZÉ][\w'’-]+){1,3}),")
_SENTENCE_BREAK = re.compile(r"[a-z]{3}[.?!]\s")  # "… Eirik Strand. Moderated by …": more than a list


_NAMED_SHOW = re.compile(r"^(?:the\s+)?([A-Z][\w'-]+\s+[A-Z][\w'-]+)(?:['’]s)?\s+show$", re.I)
_HOSTED_BY = re.compile(r"^[^.;:]{3,60}?\s+(?i:with)\s+([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){1,2})$")


_MODERATED_BY = re.compile(r"\bmoderated by (?:the )?([^.;,]+)((?:,[^.;]*)?)(?:[.;]|$)", re.I)


def _trailing_person(text: str) -> tuple[str, str] | None:
    """"Senior Communications Specialist Päivi Kärnä": a job title no label list
    knows, then the name (the two capitalised words at the end)."""
    words = text.split()  # (a third capitalised word is more often the end of the job title)
    if len(words) > 2 and all(w[:1].isupper() for w in words[:-2]):
        name = read_label(" ".join(words[-2:]))
        if name and name.speaker == " ".join(words[-2:]) and name.hint is None:
            return name.speaker, " ".join(words[:-2])
    return None


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
    r"|\s+(?:MP|MEP|QC|KC|TD|MSP|MLA)(?=,|$)"
    r"|^(?:M|Mme|Mlle|Mr|Mrs|Ms|Dr|Sir|Dame)\.?\s+(?=[A-ZÀ-ÖØ-Þ][\w'-]+\s+[A-ZÀ-ÖØ-Þ])",  # "M. Étienne Roussel": the full name
    re.I,
)


def _strip_titles(text: str) -> str:
    """"THE HON CLAIRE DONNELLY MP" → "CLAIRE DONNELLY"."""
    return _TITLES.sub("", _TITLES.sub("", text.strip()))


_BY_END = (r"(?:\s+(?:with|at|as|upon|following|ahead|after|before|on|in|en route|à|avec|lors|après|avant)\s"
           r"|(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bSt)(?<!\bGen)(?<!\bRt)(?<!\bHon)(?<!\bProf)(?<!\bAmb)"
           r"(?<![\s.][A-Z])[.;](?=\s|$)|$)")  # not "Dr." nor "John F."


_BY = re.compile(
    r"\b(?:by|(?:interview|conversation|talk|q&a|discussion|press (?:point|conference|briefing"
    r"|encounter|availability)|remarks|statements?)\s+with|press (?:conference|point|briefing|statement) of"
    r"|interview\s*:|guests?\s*:)"
    r" (?:the )?(.+?)" + _BY_END,
    re.I,
)


_TRAILING_WHEN = re.compile(r"(?:,\s*[A-Z][\w' -]{1,30})?,\s*\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4}$|\s*\([^()]*\d[^()]*\)?$")
# French titles: "Conférence de presse du secrétaire général …", "… de M. X et de Mme Y".
_BY_FRENCH = re.compile(
    r"\b(?:par|du|de la|de(?= (?:M\.|Mme|MM\.) )|(?:entretien|presse)\s+avec) (?:le |la |l['’])?(.+?)" + _BY_END,
    re.I,
)


def _names_each(parts: list[str]) -> bool:
    """Does every part name one person with an office ("Bundeskanzlerin Angela Merkel")?"""
    labels = [read_label(_strip_titles(part.strip(" .;"))) for part in parts]
    return len(parts) >= 2 and all(label is not None and label.hint is None and " " in label.speaker
                                   and label.affiliation for label in labels)


def _whole_people(parts: list[str]) -> list[str]:
    """Join back what "and" split inside a role: "EU High Representative for the Common
    Foreign" names nobody until "and Security Policy, Javier Solana" follows."""
    joined: list[str] = []
    for part in parts:
        if joined and not _names_someone(joined[-1]):
            joined[-1] = f"{joined[-1]} and {part}"
        else:
            joined.append(part)
    if len(joined) > 1 and not _names_someone(joined[-1]):
        joined[-2:] = [f"{joined[-2]} and {joined[-1]}"]
    return joined


def _names_someone(text: str) -> bool:
    return any((label := read_label(_strip_titles(chunk.strip(" ,;")))) is not None and bool(label.speaker)
               and label.hint is None for chunk in [text, *text.split(", ")])


def title_speaker(title: str) -> tuple[str, str]:
    """The (first) speaker a title names ("… by NATO Secretary General Mark Rutte …")."""
    return next(iter(_title_people(title)), ("", ""))


def named_principal(known: list[tuple[str, str]], title: str) -> tuple[str, str]:
    """Who an unnamed answer ("A:", "R :") or opening statement is by: the person the
    title names, else the first person the header names in an office that answers
    ("le porte-parole, M. Étienne Roussel")."""
    name, affiliation = title_speaker(title)
    if name:
        return name, affiliation
    for person, role in known:
        if role not in _SEATS_ONLY and label_role(Label(role, "", role, None, True)) in ("principal", "moderator"):
            return person, role
    return name, affiliation


#: Seats a header gives that say nothing of answering.
_SEATS_ONLY = frozenset(("Moderator", "Chair", "Host", "Presenter", "Interviewer", "Anchor"))


def _title_people(text: str) -> list[tuple[str, str]]:
    """Everyone "by …" names: "by NATO Secretary General Mark Rutte", "by Tomás Ferreira,
    Spokesman for the Secretary-General", "by the Chair …, Admiral Henrik Solberg, and
    the Supreme Allied Commander Europe, General Michael Tarrant"."""
    match = _BY.search(text) or _BY_FRENCH.search(text)
    if not match:
        return []
    people: list[tuple[str, str]] = []
    # not the place and time that may follow: ", Vienna, 16 January 2025", "(10:32-10:51 A.M. …"
    named = match.group(1)
    named = (named[:-200] + _TRAILING_WHEN.sub("", named[-200:])).strip(" ,;")  # (at the end: a bounded search)
    # "by Mr A, Minister for Europe and Foreign Affairs, and Mr B, …": with that comma, "and" inside a role stays
    joiner = r",\s+and\s+(?:the\s+)?" if re.search(r",\s+and\s", named) else r",?\s+and\s+(?:the\s+)?"
    for part in _whole_people(re.split(joiner + r"|,\s+et\s+(?:de\s+|du\s+)?(?:la\s+|le\s+|l['’])?", named)):
        part = _strip_titles(part.strip(" ,;"))
        if _names_each(part.split(", ")):  # "NATO Secretary General Jens Stoltenberg, President … Charles Michel"
            people.extend(_person_in(_strip_titles(chunk.strip(" .;"))) for chunk in part.split(", "))
            continue
        candidates = [part, *reversed(part.split(", "))] if ", " in part else [part]
        for candidate in candidates:
            label = read_label(_strip_titles(candidate))
            if label and label.speaker and label.hint is None and (" " in label.speaker or label.affiliation):
                # (a surname alone counts with an office: "Remarks by President Obama")
                role = label.affiliation
                if candidate != part:  # "the Chief of the Defence Staff, Admiral Sir Anthony Radley"
                    role = part.replace(candidate, "").strip(" ,") or role
                people.append((_strip_titles(label.speaker), role))  # "John Healey Mp" is John Healey
                break
    return people
