"""Read what a transcript says about itself at its top: title, date, place, kind, source URL.

The text carries it in a title block at the top ("Press conference" / "by NATO
Secretary General …" / "(As delivered)"), date lines ("• 04 Dec. 2024 -"), a footer
("Meeting of NATO Ministers of Defence" / "Belgique flag"), a source line, or the
file's name ("2024-12-04_doorstep.txt"). What is inferred here is overridden by the
user's sidecar metadata (see :mod:`tui.corpus`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from tui.transcript import furniture
from tui.transcript.labels import read_candidate, read_label

_MONTHS = {
    **{m: i for i, m in enumerate(
        "january february march april may june july august september october november december".split(), 1)},
    **{m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)},
    "sept": 9,
    **{m: i for i, m in enumerate(
        "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(), 1)},
}
_MONTH = r"([A-Za-zéûè]{3,9})\.?"
_DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th|er)?\s+{_MONTH},?\s+((?:19|20)\d\d)\b")
_MONTH_DAY_YEAR = re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b")
_ISO = re.compile(r"(?<!\d)((?:19|20)\d\d)[-_./]?(0[1-9]|1[0-2])[-_./]?(0[1-9]|[12]\d|3[01])(?!\d)")
_DMY_NUMERIC = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)(?![\d.]\d)")  # "22.01.2026"
_URL_DATE = re.compile(r"/((?:19|20)\d\d)/(0[1-9]|1[0-2])/(0[1-9]|[12]\d|3[01])/")
_DATE_LINE = re.compile(r"^[•·\-–*]?\s*(?:\w+day,?\s+)?[\w .,]{6,30}?\s*[-–]?\s*$")
URL = re.compile(r"https?://\S+")
SOURCE_LINE = re.compile(r"^(?:source|url|source url|link)\s*:\s*(https?://\S+)\s*$", re.I)
_KIND_WORDS = re.compile(
    r"\b(joint press (?:conference|point|statement)|press conference|press point|press briefing"
    r"|doorstep(?: statement| remarks)?|press statement|opening remarks|remarks|keynote speech"
    r"|speech|statement|interview|transcript|briefing|press call|background call|teleconference"
    r"|press availability|media availability|readout|address|keynote address|conversation|podcast|episode"
    r"|webinar|hearing|oral evidence|evidence session|town hall|doorstep interview|press gaggle|gaggle|ep\.? ?\d{1,4}"
    r"|conférence de presse(?: conjointe)?|point de presse(?: conjoint)?|déclaration|discours|allocution"
    r"|entretien)\b",
    re.I,
)
# French kinds, as the English kind they are.
_FRENCH_KINDS = {"conférence de presse": "press conference", "conférence de presse conjointe": "joint press conference",
                 "point de presse": "press point", "point de presse conjoint": "joint press point",
                 "déclaration": "speech", "discours": "speech", "allocution": "speech", "entretien": "interview"}
_TITLE_CONTINUATION = re.compile(
    r"^(?:(?:given|held|delivered|hosted|made) by|by|with|of|following|ahead of|at|after|before|on|and|du|de la|de l['’]|des"
    r"|par|avec|à l['’]issue)\b", re.I)
# Lines that describe the transcript rather than being part of it.
_NOTE_LINE = re.compile(
    r"\b(?:transcript|verbatim|check against delivery|as delivered|auto(?:matically)?[- ]generated"
    r"|unofficial (?:\w+ )?translation|english translation|not an official record|e&oe|embargo(?:ed)?"
    r"|original is authoritative|seul (?:le texte )?(?:le )?prononcé fait foi|texte prononcé|rough (?:edited|draft) copy"
    r"|services provided by|realtime (?:captioning|translation)|communication access realtime"
    r"|derni[eè]re mise [aà] jour|last updated|english version|not an official translation"
    r"|audio file|video file|may contain errors|lightly edited|subject to change"
    r"|ordered by the house of (?:commons|lords)"
    r"|made the following statements?|answered (?:the following )?questions|a fait les déclarations"
    r"|répondu aux questions|texte original|pas de traduction|no translation available|original text"
    r"|disponible qu['’]en anglais|only available in english|provisional translation"
    r"|started transcription|stopped transcription|meeting recording)\b",
    re.I,
)
# "Speakers:", "Chair: Thomas Brenner", "SUBJECTS: …", "Date: …"
_FIELD_LINE = re.compile(
    r"^(speakers?|spokespersons?|participants?|present|members present|witnesses|panel(?:l?ists)?|chair(?:ed by)?"
    r"|moderat(?:or|ed by)|with"
    r"|briefers?|subjects?|topics?|location|venue|date|time|place|source|event|in attendance"
    r"|interviewer|presenter|host|anchor|guests?|interviewee|broadcast|recorded|aired|from"
    r"|published(?: on)?|delivered(?: on)?|date modified|organi[sz]ed by|abbreviations|created|tags|author|keywords"
    r"|reading time|sprecher|datum|ort"
    r"|i|ii|iii|iv)\s*:",  # a committee's panels of witnesses: "I: Rt Hon …, Minister …; and …"
    re.I,
)
_BRACKET_NOTE = re.compile(r"^\[[^\[\]]{1,100}\]$")
# "SG = NATO Secretary General Jens Stoltenberg": a key to abbreviated labels
_LIST_HEADING = re.compile(
    r"^(?:participants?|speakers?|briefers?|panel(?:lists)?|panelists|present|in attendance|guests?|on the podium)"
    r"\s*:?$", re.I)


def _lists_a_person(line: str) -> bool:
    """A line of a list of people: a label with nothing said after it."""
    candidate = read_candidate(line)
    return candidate is not None and not candidate.rest and bool(candidate.label.speaker)


_NOTICE = re.compile(r"^(?:please note|(?:[\w'’]+\s){0,2}note|disclaimer|n\.b\.)\s*:", re.I)  # "Desk note:", "Editor's note:"
_KEY_HEADING = re.compile(r"^(?:speakers?'?\s*)?(?:key|legend|abbreviations)\s*:?$", re.I)
_KEY_ENTRY = re.compile(r"^([A-Z]{2,4})(?:\s+|:\s*)([A-Z]\S*(?:\s\S+){1,20})$")
_ALIAS_LINE = re.compile(r"^([A-Z][A-Za-z]{0,3})\s*=\s*(\S.{2,100})$")
_RULE = re.compile(r"^[-=*_~]{3,}$")
_BULLET_NOTE = re.compile(r"^[•·]\s*(?:\||last updated\b.*|updated\b.*|\S.{0,60})$|^\|$", re.I)
_TIME_LINE = re.compile(r"^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?\s*(?:[A-Z]{2,4}|\([A-Z]{2,4}\))?$", re.I)
_KEYWORD_LIST = re.compile(r"^[a-z0-9][\w-]*(?:, [a-z0-9][\w -]*){4,}$")
# A page's one-sentence summary of the event under its title, in the third person.
_SUMMARY = re.compile(
    r"^(?!.*\b(?:today|tonight|this (?:morning|afternoon|evening|week)|here|now|yesterday|tomorrow)\b)"
    r"[A-Z][^.?!]{3,160}?\s(?:held|gave|delivered|hosted|made|answered|met|addressed|briefed|spoke|discussed"
    r"|welcomed|received|visited|set out|outlined)\s[^?!]{0,400}[.\w]$")
_DURATION = re.compile(r"^(?:\d{1,2}h\s*)?\d{1,2}m(?:\s*\d{1,2}s)?$")  # a recording's length: "58m 9s"
_QUESTION_RANGE = re.compile(r"^Questions?\s+\d{1,4}\s*[-–]\s*\d{1,4}$", re.I)  # a committee's: "Questions 1 - 6"
_ITALIC_NOTE = re.compile(r"^([*_])[^*_].{0,200}\1$")
_DELIVERY = re.compile(r"^\((?:as delivered|check against delivery|embargoed?\b[^)]*|as prepared(?: for delivery)?|check against delivery|seul le texte prononcé fait foi)\)$", re.I)


@dataclass(slots=True)
class Header:
    """Metadata lines found at the top; ``end`` is the first line of speech."""

    end: int
    title: str = ""
    date: dt.date | None = None
    url: str = ""
    place: str = ""
    headings: list[str] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    #: Abbreviated labels the header explains ("SG" → "NATO Secretary General …").
    aliases: dict[str, str] = field(default_factory=dict)


def parse_date(text: str) -> dt.date | None:
    """The first date written in ``text`` ("04 Dec. 2024", "December 4, 2024",
    "2024-12-04", "/2024/12/04/"), if any."""
    for pattern, order in ((_URL_DATE, "ymd"), (_ISO, "ymd"), (_DAY_MONTH_YEAR, "dmy"), (_MONTH_DAY_YEAR, "mdy"),
                           (_DMY_NUMERIC, "dmy")):
        for match in pattern.finditer(text):
            parts = dict(zip(order, match.groups()))
            month = parts["m"]
            month_number = int(month) if month.isdigit() else _MONTHS.get(month.casefold().rstrip("."))
            if not month_number:
                continue
            try:
                return dt.date(int(parts["y"]), month_number, int(parts["d"]))
            except ValueError:
                continue
    return None


def read_header(lines: list[str]) -> Header:
    """Skip the sign-up form and read the header block: title lines, date and time
    lines, places, notes, headings ("THE WHITE HOUSE", "Office of the Press
    Secretary") — everything before the first speech or speaker label."""
    header = Header(0)
    title: list[str] = []
    block: list[tuple[int, str]] = []  # (line index, what kind of header line)
    keyed = False  # under a "Speakers key:" heading, lines are "FO Farida Osei, …"
    listing = False  # under a "Participants:" heading, lines name people
    after_blank = False
    in_form = False  # the sign-up form's sentences may be wrapped: "to verify your account. …"
    i = 0
    while i < len(lines):
        line = _unmark(lines[i])
        # a form sentence wrapped onto the next line: it starts in lower case, or the line before stopped mid-sentence
        form_line = bool(line) and (furniture.is_form_line(line) or (in_form and (
            line[:1].islower() or not re.search(r"[.?!:]$", _unmark(lines[i - 1])))))
        if form_line or _is_page_furniture(line):
            keyed = keyed and bool(line)  # a blank line ends the key
            after_blank = after_blank or not line
            in_form = form_line and len(line.split()) >= 6  # a sentence of the form may wrap; a link does not
            i += 1
            continue
        in_form = False
        if listing and _lists_a_person(line):  # under "Participants:": "Allison Hart, NATO Spokesperson"
            block.append((i, "listed"))
            i += 1
            continue
        listing = bool(_LIST_HEADING.match(line))
        entry = _KEY_ENTRY.match(line) if keyed else None
        if entry and read_label(re.sub(r"\s*\([^()]*\)$", "", entry.group(2))) is not None:
            header.aliases[entry.group(1)] = entry.group(2).strip()
            block.append((i, "alias"))
            i += 1
            continue
        keyed = bool(_KEY_HEADING.match(line))
        kind = "note" if keyed else _header_kind(line, lines, i, bool(title))
        # a section's name ("Press Conference", "Speech") is no title: the page's own title may follow
        bare = len(title) == 1 and bool(_KIND_WORDS.fullmatch(title[0].strip()))
        if bare and kind in ("note", "date") and _is_title(line) and len(line.split()) > len(title[0].split()):
            kind = "title"
        if _continues_note(block, lines, i):
            kind = "continued"  # a note wrapped mid-sentence: "… NOT COPIED FROM AN" / "ORIGINAL SCRIPT. …"
        if kind is None and block and not after_blank and _wraps_onto(block, lines, line):
            kind = "continued"  # a note or field wrapped onto the next line (never across a blank one)
        if kind is None and block and not after_blank and _title_wraps(block, lines, line):
            kind = "continuation"  # a long title hard-wrapped: "… Ruben Brekelmans and State" / "Secretary for …"
        if kind in (None, "heading") and _names_the_guest(lines, i):
            kind = "guest"  # "BEN WALLACE" / "DEFENCE SECRETARY" above "AM: Ben Wallace, welcome."
        if kind is None and not title and _title_follows(lines, i):
            # the site's name or banner above the title ("République française"); a long
            # line right above the date is the title itself, whatever its words
            kind = "title" if len(line.split()) >= 5 and _date_follows(lines, i) else "heading"
        after_blank = False
        if kind is None:
            break
        if kind == "title":
            title[:] = [line] if bare else [*title, line]
            header.date = header.date or parse_date(line)
        elif kind == "continuation":
            title.append(line)
        block.append((i, kind))
        i += 1
    # a heading right before the speech that reads as a speaker label is the first label
    while block and block[-1][1] == "heading" and reads_as_label(lines[block[-1][0]]) \
            and not _labelled_line_follows(lines, block[-1][0]):
        block.pop()
    header.end = block[-1][0] + 1 if block else _skip_furniture(lines)
    while header.end < len(lines) and _is_page_furniture(_unmark(lines[header.end])):
        header.end += 1  # a menu item or button right after the header ("Video") goes with it
    for index, kind in block:
        line = _unmark(lines[index])
        header.lines.append(line)
        if kind == "continued" and header.headings:
            header.headings[-1] = f"{header.headings[-1]} {line}"
            continue
        alias = _ALIAS_LINE.match(line) if kind == "alias" else None
        if alias:
            header.aliases[alias.group(1)] = alias.group(2).strip()
        if kind == "source":
            header.url = _source_url(line)
            header.date = header.date or parse_date(header.url)
        elif kind == "date":
            header.date = header.date or parse_date(line)
            header.place = header.place or _place_before_date(line)
        elif kind in ("heading", "field", "note", "listed", "guest"):
            header.headings.append(line)
            header.date = header.date or (parse_date(line) if kind == "field" else None)
    header.title = _untitled_caps(" ".join(title).rstrip(",").strip())
    return header


def _is_page_furniture(line: str) -> bool:
    return not line or (furniture.is_navigation(line) and not _titled_bar(line)) or furniture.is_page_counter(line) \
        or furniture.is_form_line(line) \
        or (len(line.split()) <= 60 and bool(_COOKIES.search(line))) or bool(_IMAGE.fullmatch(line))


def _titled_bar(line: str) -> bool:
    """"Press briefing | Ministry of Defence": a page title with the site after a bar,
    not a bar of links ("Print | Close this window", "| Transcript")."""
    return "|" in line and len([word for word in line.split() if word != "|"]) >= 3 and _is_title(line)


# A cookie banner's lines ("This site uses cookies and gives you control …"), above the title.
_COOKIES = re.compile(r"\bcookies?\b", re.I)
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")  # a picture in a page clipped to Markdown


def _continues_note(block: list[tuple[int, str]], lines: list[str], index: int) -> bool:
    """Is the line at ``index`` the rest of the note on the line right above it, wrapped
    mid-sentence? (That line is long and stops without a full stop; this one is no label.)"""
    if not block or block[-1][0] != index - 1 or not _block_is_note(block):
        return False
    previous, line = _unmark(lines[index - 1]), _unmark(lines[index])
    return len(previous) >= 50 and not re.search(r"[.?!:)\]]$", previous) and not _TIMED.match(line) \
        and not _opens_with_label(line) and not reads_as_label(line)


_TIMED = re.compile(r"^[\[(]?\d{1,2}:\d{2}")  # "[00:00:04] Marco Bellini: …" is speech, not the rest of a note


def _block_is_note(block: list[tuple[int, str]]) -> bool:
    """Does the run of continued lines at the end of ``block`` belong to a note?"""
    for _, kind in reversed(block):
        if kind != "continued":
            return kind == "note"
    return False


def _labelled_line_follows(lines: list[str], index: int) -> bool:
    """Is the next line speech with a strong label of its own? Then the line at
    ``index`` ("Deputy Pentagon Press Secretary Daniel Ryder") was a heading, not the
    label of that speech."""
    following = next((line for line in lines[index + 1:]
                      if not _is_page_furniture(_unmark(line)) and not furniture.is_time_code(line)), "")
    candidate = read_candidate(following.strip())
    return candidate is not None and bool(candidate.rest) and candidate.label.strong


def _title_wraps(block: list[tuple[int, str]], lines: list[str], line: str) -> bool:
    """Is ``line`` the rest of a long title line above it, broken mid-phrase?"""
    index, kind = block[-1]
    previous = _unmark(lines[index])
    return kind in ("title", "continuation") and len(previous) >= 60 and not re.search(r"[.?!:;]$", previous) \
        and not _opens_with_label(line) and not reads_as_label(line) and len(line.split()) <= 30


def _wraps_onto(block: list[tuple[int, str]], lines: list[str], line: str) -> bool:
    """Is ``line`` the rest of the header note or field before it, wrapped?"""
    index, kind = block[-1]
    if kind == "continued":
        kind = next((k for _, k in reversed(block) if k != "continued"), "")
    previous = _unmark(lines[index])
    if kind == "field" and previous.endswith(":") and len(line.split()) <= 8 and not _labels_speech(line) \
            and not re.search(r"[.?!]$", line):
        return True  # a field's value on the line below it: "Reading time:" / "6 min"
    if kind not in ("note", "field") or not re.search(r"[\w,;–-]$", previous):
        return False
    if _opens_with_label(line) or reads_as_label(line) or len(line.split()) > 30 or _FIELD_SHAPE.match(line):
        return False  # (nor is "Item: Triple lock; …", a field of its own)
    return line[:1].islower() or kind == "field" or not re.search(r"[.?!]$", previous) and len(previous) > 50


def _header_kind(line: str, lines: list[str], index: int, has_title: bool) -> str | None:
    """What kind of header line ``line`` is, or None if it is speech or a label."""
    if SOURCE_LINE.match(line) or URL.fullmatch(line):
        return "source"
    if _NOTICE.match(line):
        return "note"  # "PLEASE NOTE: THIS TRANSCRIPT WAS TYPED FROM A RECORDING …"
    if _DELIVERY.match(line) or _RULE.match(line) or _BULLET_NOTE.match(line) or _TIME_LINE.match(line) \
            or _QUESTION_RANGE.match(line) or _DURATION.match(line):
        return "note" if not parse_date(line) else "date"
    if line.split()[:1] and line.split()[0].casefold().strip(",.") in _GREETINGS:
        return None  # "Good afternoon, ladies and gentlemen, and welcome to this press conference at the end of" (wrapped)
    if _BYLINE.match(line) and _KIND_WORDS.search(line) and not re.search(r"\b(?:I|we|We)\b", line):
        return "note"  # "Noon briefing by Stéphane Dujarric, Spokesman for the Secretary-General."
    if _QUOTED_HEADLINE.match(line) and read_label(line.partition(":")[0]) is None:  # not "Mark Rutte: “Good …”"
        return "note" if has_title else "title"  # "Pistorius and Šakalienė: “The brigade is a promise kept”"
    if _is_field(line):
        return None if _seat_label(line, lines, index) else "field"
    if _KEYWORD_LIST.match(line):
        return "note"  # a recorder's "SUMMARY KEYWORDS": "estonia, nato, russia, brigade, …"
    if has_title and _SUMMARY.match(line) and not re.search(r"\b(?:I|we|We|my|our|you)\b", line):
        return "note"  # "Prime Minister Keir Starmer held a press conference at the NATO Summit."
    if _DATE_LINE.match(line) and parse_date(line) and len(line.split()) <= 8:
        return "date"
    if _ALIAS_LINE.match(line):
        return "alias"  # "Q = Question", before "Q" can read as a label
    dated = read_candidate(line)  # "Office of the President, Bankova St., Kyiv — 20 May 2025, 15:40 local"
    sentence = line.endswith(".") and len(line.split()) >= 6  # "Since 24 February 2022 allies have …." is speech
    if not sentence and (len(line.split()) <= 12 or len(line.split()) <= 16 and (
            not _opens_with_label(line) or (dated is not None and parse_date(dated.rest) is not None
                                            and len(dated.rest.split()) <= 6))) \
            and parse_date(line) and not _sentence_break(line):
        if _is_title(line) and not has_title:
            return "title"  # "Point de presse - Déclarations du porte-parole (18 novembre 2025)"
        return "date"  # "Hôtel de Brienne, Paris – 23 January 2025", "Tallinn, 15 February 2018"
    if _all_caps(line) and line.endswith("?") and len(line.split()) <= 14 and not _labels_speech(line):
        return "note" if has_title else "title"  # an event's name asking: "WHAT DID THE VILNIUS SUMMIT DELIVER?"
    if _all_caps(line) and _is_heading_text(line) and not line.endswith(":"):
        if _is_title(line):
            return "note" if has_title else "title"  # "PRESS BRIEFING"
        return "heading"  # "RADIO BALTICA – THE WORLD TONIGHT"
    if not _is_title(line) and _opens_with_label(line):
        return None  # "MS. OKAFOR: Thank you … embargoed until …" is speech, not a note
    if _ITALIC_NOTE.match(lines[index].strip()) or _BRACKET_NOTE.match(line):
        return "note"
    if _is_title(line):
        return "note" if has_title else "title"
    if _NOTE_LINE.search(line) and len(line.split()) <= 45:
        return "note"
    if has_title and _TITLE_CONTINUATION.match(line) and len(line.split()) <= 40 and not line.endswith("."):
        return "continuation" if _last_kind_is_title(lines, index) else "note"
    if _is_heading(line):
        if _all_caps(line) or _title_case(line) or _next_is_header(lines, index):
            return "heading"
    if len(line.split()) <= 4 and line.endswith(",") and line[:1].isupper():
        following = next((_unmark(other) for other in lines[index + 1:] if other.strip()), "")
        if following and _header_kind(following, [following], 0, True) is not None:
            return "heading"  # "NATO HQ," above "Brussels": an address over two lines
    return None


def _names_the_guest(lines: list[str], index: int) -> bool:
    """Is the line at ``index`` one of two lines standing alone (a name, a role) with
    labelled speech right below them? A speaker's label alone on its line would have
    its own speech below it instead."""
    if not reads_as_label(_unmark(lines[index])):
        return False
    below = [_unmark(line) for line in lines[index + 1:] if line.strip()][:2]
    above = next((_unmark(line) for line in reversed(lines[:index]) if line.strip()), "")
    if below and _labels_speech(below[0]):
        return reads_as_label(above)  # the second of the two
    return len(below) == 2 and reads_as_label(below[0]) and _labels_speech(below[1])


def _labels_speech(line: str) -> bool:
    candidate = read_candidate(line)
    return candidate is not None and bool(candidate.rest)


def _title_follows(lines: list[str], index: int) -> bool:
    """Is the line at ``index`` one of a few short lines (a site's name, a banner, a
    menu) that stand above the page's title? Speech would end a sentence first."""
    seen = 0
    for position in range(index, len(lines)):
        line = _unmark(lines[position])
        if not line or _is_page_furniture(line):
            continue
        kind = _header_kind(line, lines, position, False) if position > index else None
        if kind in ("title", "date") or (len(line.split()) >= 5 and _date_follows(lines, position)):
            return True  # (a title of any words stands right above its date)
        ends = re.search(r"[?!:;,]$", line) or (line.endswith(".") and len(line.split()) > 6)  # "… Department of Defense."
        contact = bool(_FIELD_SHAPE.match(line)) and not re.search(r"[.?!]$", line)  # "Media contact: +1 (703) …"
        if seen >= _BANNER_LINES or len(line.split()) > 25 or ends or (_opens_with_label(line) and not contact):
            return False
        seen += 1
    return False


def _date_follows(lines: list[str], index: int) -> bool:
    following = next((_unmark(line) for line in lines[index + 1:] if line.strip()), "")
    return _header_kind(following, [following], 0, True) == "date"


#: How many short lines may stand above a page's title.
_BANNER_LINES = 20


def _next_is_header(lines: list[str], index: int) -> bool:
    for line in lines[index + 1:]:
        line = _unmark(line)
        if line:
            return _header_kind(line, [line], 0, True) not in (None, "heading")
    return False


def _last_kind_is_title(lines: list[str], index: int) -> bool:
    for line in reversed(lines[:index]):
        line = _unmark(line)
        if line:
            return _is_title(line) or bool(_TITLE_CONTINUATION.match(line))
    return False


def _is_heading(line: str) -> bool:
    """A short line that is not a sentence and not an inline label (a colon may only
    introduce a subtitle: "Deterrence on the Eastern Flank: What Madrid Must Deliver")."""
    head, colon, subtitle = line.partition(": ")
    if colon and not _title_case(subtitle):
        return False
    return not re.search(r"\s[–—-]\s\S", line) and _is_heading_text(line)


def _is_heading_text(line: str) -> bool:
    words = line.split()
    if not 1 <= len(words) <= 16:
        return False
    if words[-1].casefold() in {"the", "of", "and", "a", "an", "to", "for", "in", "on", "at", "by", "with"}:
        return False  # a heading does not end mid-phrase
    stripped = re.sub(r"(?:\b[A-Z]\.)+$|\b(?:[ap]\.m|Jr|Sr|St|Mr|Ms|Dr)\.$", "", line)
    return not re.search(r"[.?!…;:,]$", stripped)


def is_heading(line: str) -> bool:
    """A section heading in the body of a page ("Japan-China Relations", "(2) Emergency
    Grant Aid for Ukraine"): a short phrase in title case or capitals that stops
    without punctuation."""
    text = re.sub(r"^\(\d{1,2}\)\s+", "", line)
    return len(text.split()) >= 2 and _is_heading_text(text) and (_title_case(text) or _all_caps(text)) \
        and not re.search(r"\b(?:I|We)\b|[.?!;\"“”]", text)


def _title_case(line: str) -> bool:
    words = [w for w in line.split() if w[:1].isalpha()]
    small = {"of", "the", "and", "for", "in", "on", "at", "to", "a", "an", "by", "with", "de", "du", "la", "le"}
    return bool(words) and all(w[0].isupper() or w.casefold() in small for w in words) and words[0][0].isupper()


def _all_caps(line: str) -> bool:
    letters = [ch for ch in line if ch.isalpha()]
    return len(letters) >= 3 and all(ch.isupper() for ch in letters)


_BYLINE = re.compile(r"^[A-Z][^.?!:]{0,60}\bby\s+[A-Z][^?!:]{2,140}\.$")
_QUOTED_HEADLINE = re.compile(r"^[^:“”\"]{3,80}:\s*[“\"][^“”\"]{3,150}[”\"]$")
_GREETINGS = frozenset("good ladies hello hi thank thanks dear".split())


def _seat_label(line: str, lines: list[str], index: int) -> bool:
    """"Moderator:" alone on its line with speech below it is a label, not a field
    whose value (a name) follows."""
    field = _FIELD_LINE.match(line)
    if not field or line[field.end():].strip() or not _PERSON_FIELD.match(field.group(1)):
        return False
    following = next((_unmark(other) for other in lines[index + 1:] if other.strip()), "")
    return not _lists_a_person(following) and (len(following.split()) > 8 or bool(re.search(r"[.?!]$", following)))


_PERSON_FIELD = re.compile(
    r"(?i:chair(?:ed by)?|moderat(?:or|ed by)|host|presenter|interviewer|anchor|spokespersons?|speakers?|briefers?)$")


def _is_field(line: str) -> bool:
    """"Chair: Thomas Brenner", "SUBJECTS: …" — not "MODERATOR: Good afternoon, …"."""
    fields = _NEXT_FIELD.split(line)
    if len(fields) > 1:  # "Participants: …; NATO Secretary General Mark Rutte. Moderator: NATO Spokesperson …."
        return all(_is_field(part.rstrip(".")) for part in fields)
    field = _FIELD_LINE.match(line)
    if not field:
        return False
    value = line[field.end():].split()
    if value and value[0].casefold().strip(",.") in _SPEECH_OPENERS:
        return False  # "CHAIR: Good morning, ladies and gentlemen, …" (wrapped) is speech
    if _PERSON_FIELD.match(field.group(1)) and re.search(r"[.?!]$", line) \
            and read_label(" ".join(value).rstrip(".?!")) is None:
        return False  # "MODERATOR: First question, please." names nobody: it is speech
    if _sentence_break(line):
        return False
    # a list of people or subjects may be long: "Participants: Deputy Prime Minister, …; Chief …"
    listing = field.group(1).casefold() in _LIST_FIELDS and (";" in line or "," in line)
    return len(value) <= 12 or listing


_FIELD_SHAPE = re.compile(r"^[A-Z][\w'’ ]{0,30}:\s")
_NEXT_FIELD = re.compile(r"(?<=\.)\s+(?=(?:[A-Z][a-z]+ ?){1,3}:\s)")
_ABBREVIATIONS = frozenset(
    "gen lt col maj capt brig adm sgt mr ms mrs dr prof st no sen rep gov amb hon rt jr sr vs a.m p.m".split())


def _sentence_break(line: str) -> bool:
    """A full stop, question or exclamation mark followed by more text, other than after
    an abbreviation ("Gen. Adam Wróbel") or an initial ("John F. Kirby")."""
    for match in re.finditer(r"(\S*?)([.?!])\s+\S", line):
        word = match.group(1).casefold().strip("(\"'")
        if match.group(2) != "." or (word not in _ABBREVIATIONS and len(word) > 1):
            return True
    return False


_LIST_FIELDS = frozenset(
    "subjects subject topics topic speakers speaker participants participant present panel panellists panelists "
    "briefers briefer guests guest with abbreviations witnesses i ii iii iv".split()) | {"members present"}
_SPEECH_OPENERS = frozenset(
    "good thank thanks ladies welcome hello hi i we so well okay ok yes no let my our dear".split())


def _opens_with_label(line: str) -> bool:
    candidate = read_candidate(line)
    return candidate is not None and bool(candidate.rest) and candidate.label.strong and not _is_field(line)


def reads_as_label(line: str) -> bool:
    candidate = read_candidate(_unmark(line))
    return candidate is not None and not candidate.rest


def _skip_furniture(lines: list[str]) -> int:
    i = 0
    while i < len(lines) and (not lines[i].strip() or furniture.is_form_line(lines[i].strip())
                              or furniture.is_page_counter(lines[i].strip())):
        i += 1
    return i


def _unmark(line: str) -> str:
    """A line without Markdown marks: heading, quote and list marks, surrounding
    emphasis, links (their text kept)."""
    line = line.strip()
    line = re.sub(r"^(?:>\s*)+", "", line)
    line = re.sub(r"^(?:#{1,6}|[-*+](?=\s{1,4}\S))\s+", "", line)
    if len(line) < 2000 and "](" in line:
        line = _MARKDOWN_LINK.sub(r"\1", line)
    match = re.fullmatch(r"([*_]{1,2})(.+?)\1", line)
    return match.group(2).strip() if match else line


_MARKDOWN_LINK = re.compile(r"(?<!!)\[([^\[\]]{1,200})\]\((?:https?://|/|#)[^)\s]*\)")


def _source_url(line: str) -> str:
    match = SOURCE_LINE.match(line)
    return match.group(1) if match else line


def _place_before_date(line: str) -> str:
    """"Tallinn, 15 February 2018" → "Tallinn"."""
    match = re.match(r"^([A-Z][\w'. -]{1,40}?),\s+(?=\d|[A-Z][a-z]+\s+\d)", line.lstrip("•·-–* "))
    return match.group(1) if match and not parse_date(match.group(1) + " 1 2000") else ""


def _untitled_caps(title: str) -> str:
    """A title written in capitals reads better in title case."""
    if not _all_caps(title):
        return title
    small = {"of", "the", "and", "for", "in", "on", "at", "to", "a", "an", "by", "with"}
    words = title.casefold().split()
    return " ".join(w if i and w in small else "-".join(p.capitalize() for p in w.split("-"))
                    for i, w in enumerate(words))


def _is_title(line: str) -> bool:
    words = line.split()
    ending = line.rstrip()
    subtitle_question = ending.endswith("?") and ":" in line  # "Episode 47: Who builds the shells?"
    head, _, after = line.partition(": ")
    titled = _KIND_WORDS.search(" ".join(after.split()[:3])) or (  # "Council: Press remarks by …"
        len(head.split()) <= 4 and _KIND_WORDS.fullmatch(" ".join(head.split()[-2:]).casefold()))  # "Press briefing: …"
    if len(after.split()) >= 8 and not titled:
        return False  # "Moderator: Good morning and welcome to this press briefing. …" is speech
    return (
        len(words) <= 40
        and bool(_KIND_WORDS.search(line))
        and line[0].isupper()
        and (not ending.endswith((".", "?", "!", ":")) or subtitle_question)
        and not re.search(r"\b(?:I|we|We)\b", line)
    )


def kind_from_title(title: str) -> str:
    """"press conference", "doorstep", "joint press conference"… from a title."""
    match = _KIND_WORDS.search(title)
    if not match:
        return ""
    word = match.group(1).casefold()
    word = _FRENCH_KINDS.get(word, word)
    if re.fullmatch(r"ep\.? ?\d+", word):
        return "podcast"  # "Alliance Lines Ep 87"
    if word.startswith("doorstep"):
        return "doorstep"
    if word.startswith("joint press"):
        return "joint " + word.removeprefix("joint ").replace(" statement", " point")
    if word in ("press conference", "press point", "press briefing"):
        if re.search(r"\bwith\b", title, re.I) and word == "press conference" and re.search(r"\bpresident|prime minister|chancellor\b", title, re.I):
            return "joint press conference"
        return word
    if word in ("oral evidence", "evidence session"):
        return "hearing"  # a parliamentary committee's
    if word in ("speech", "keynote speech", "remarks", "opening remarks", "statement", "press statement"):
        return "speech"
    return word
