"""Read what a transcript says about itself: title, date, place, kind, source URL.

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
_URL_DATE = re.compile(r"/((?:19|20)\d\d)/(0[1-9]|1[0-2])/(0[1-9]|[12]\d|3[01])/")
_DATE_LINE = re.compile(r"^[•·\-–*]?\s*(?:\w+day,?\s+)?[\w .,]{6,30}?\s*[-–]?\s*$")
_URL = re.compile(r"https?://\S+")
_SOURCE_LINE = re.compile(r"^(?:source|url|source url|link)\s*:\s*(https?://\S+)\s*$", re.I)
_KIND_WORDS = re.compile(
    r"\b(joint press (?:conference|point|statement)|press conference|press point|press briefing"
    r"|doorstep(?: statement| remarks)?|press statement|opening remarks|remarks|keynote speech"
    r"|speech|statement|interview|transcript|briefing)\b",
    re.I,
)
_TITLE_CONTINUATION = re.compile(r"^(?:by|with|of|following|ahead of|at|after|before|on)\b", re.I)
_DELIVERY = re.compile(r"^\((?:as delivered|as prepared(?: for delivery)?|check against delivery|seul le texte prononcé fait foi)\)$", re.I)


@dataclass(slots=True)
class Header:
    """Metadata lines found at the top; ``end`` is the first line of speech."""

    end: int
    title: str = ""
    date: dt.date | None = None
    url: str = ""


@dataclass(slots=True)
class Footer:
    """Metadata lines found at the bottom; ``start`` is the first footer line."""

    start: int
    event_name: str = ""
    place: str = ""
    url: str = ""
    notes: list[str] = field(default_factory=list)


def parse_date(text: str) -> dt.date | None:
    """The first date written in ``text`` ("04 Dec. 2024", "December 4, 2024",
    "2024-12-04", "/2024/12/04/"), if any."""
    for pattern, order in ((_URL_DATE, "ymd"), (_ISO, "ymd"), (_DAY_MONTH_YEAR, "dmy"), (_MONTH_DAY_YEAR, "mdy")):
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
    """Skip the sign-up form and read the title block, date line and source line."""
    header = Header(0)
    title: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i].strip()
        if not line or furniture.is_form_line(line) or furniture.is_page_counter(line):
            i += 1
            continue
        source = _SOURCE_LINE.match(line) or (_URL.fullmatch(line) and _URL.match(line))
        if source:
            header.url = source.group(1) if source.re is _SOURCE_LINE else line
            header.date = header.date or parse_date(header.url)
        elif _DELIVERY.match(line):
            pass
        elif not title and _is_title(line):
            title.append(line)
        elif title and _TITLE_CONTINUATION.match(line) and len(line.split()) <= 40 and not line.endswith("."):
            title.append(line)
        elif _DATE_LINE.match(line) and parse_date(line) and len(line.split()) <= 6:
            header.date = header.date or parse_date(line)
        else:
            break
        i += 1
    header.end = i
    header.title = " ".join(title)
    return header


def _is_title(line: str) -> bool:
    words = line.split()
    return (
        len(words) <= 30
        and bool(_KIND_WORDS.search(line))
        and line[0].isupper()
        and not line.rstrip().endswith((".", "?", "!", ":", ","))
        and not re.search(r"\b(?:I|we|you)\b", line)
    )


def read_footer(lines: list[str], start: int) -> Footer:
    """Find the page footer after the last speech: the lines after the last footer
    marker ("Programme", "1/ 1", a year, a flag), when every one of them is short."""
    end = len(lines)
    footer = Footer(end)
    marker = None
    for i in range(end - 1, start - 1, -1):
        line = lines[i].strip()
        if not line:
            continue
        if furniture.is_footer_line(line) or _SOURCE_LINE.match(line) or _URL.fullmatch(line):
            marker = i
        elif len(line.split()) > 10 or line.endswith((".", "?", "!", ",")):
            break
        # else: a short unpunctuated line (the meeting's name, a place); it belongs to
        # the footer only if a marker comes before it
    if marker is None:
        return footer
    # the footer starts at the first marker or short line after the last speech
    first = marker
    for i in range(marker - 1, start - 1, -1):
        line = lines[i].strip()
        if not line:
            continue
        if furniture.is_footer_line(line):
            first = i
            continue
        break
    footer.start = first
    for line in (l.strip() for l in lines[first:]):
        if not line or furniture.is_page_counter(line):
            continue
        country = furniture.flag_country(line)
        source = _SOURCE_LINE.match(line)
        if source or _URL.fullmatch(line):
            footer.url = source.group(1) if source else line
        elif country:
            footer.place = footer.place or country
        elif furniture.is_footer_line(line):
            continue
        elif re.fullmatch(r"[A-Z][\w' .-]+, [A-Z][\w' .-]+", line) and len(line.split()) <= 5:
            footer.place = line  # "Brussels, Belgique"
        elif not footer.event_name:
            footer.event_name = line
        else:
            footer.notes.append(line)
    return footer


def kind_from_title(title: str) -> str:
    """"press conference", "doorstep", "joint press conference"… from a title."""
    match = _KIND_WORDS.search(title)
    if not match:
        return ""
    word = match.group(1).casefold()
    if word.startswith("doorstep"):
        return "doorstep"
    if word.startswith("joint press"):
        return "joint " + word.removeprefix("joint ").replace(" statement", " point")
    if word in ("press conference", "press point", "press briefing"):
        if re.search(r"\bwith\b", title, re.I) and word == "press conference" and re.search(r"\bpresident|prime minister|chancellor\b", title, re.I):
            return "joint press conference"
        return word
    if word in ("speech", "keynote speech", "remarks", "opening remarks", "statement", "press statement"):
        return "speech"
    return word
