"""Read the page footer under a transcript's last speech.

nato.int ends a transcript with "Programme", a page counter, the year, the meeting's
name, a place and a flag line; government sites end with a site footer (links,
contacts, "Is this page useful?", copyright). The lines from the first footer marker
down are furniture; the meeting's name, place and URL they carry are metadata.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tui.transcript import furniture
from tui.transcript.labels import read_candidate
from tui.transcript.metadata import SOURCE_LINE, URL, is_heading, reads_as_label


@dataclass(slots=True)
class Footer:
    """Metadata lines found at the bottom; ``start`` is the first footer line."""

    start: int
    event_name: str = ""
    place: str = ""
    url: str = ""
    notes: list[str] = field(default_factory=list)


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
        labelled = read_candidate(line)
        said = labelled.rest if labelled is not None else ""
        if len(said.split()) >= 4 and any(c.islower() for c in said) and not furniture.is_footer_line(said):
            break  # "MODERATOR: … write to the press office." is speech; "Defence Media: media@…" a contact
        if furniture.is_footer_line(line) or SOURCE_LINE.match(line) or URL.fullmatch(line) \
                or furniture.is_form_line(line) or furniture.is_navigation(line):
            marker = i  # (a newsletter box or the site's links below the speech count too)
        elif line.startswith(("•", "·")) and marker is not None:
            continue  # a list of links ("• 10 Jun. 2010 - Press briefing …")
        elif len(line.split()) > (10 if marker is None else 25) or line.endswith((".", "?", "!", ",")):
            break  # (under a footer marker, a site's menu may run long: "Help Privacy Cookies …")
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
        if furniture.is_footer_line(line) or furniture.is_form_line(line) or _footer_heading(lines, i, start):
            first = i
            continue
        break
    footer.start = first
    for line in (l.strip() for l in lines[first:]):
        if not line or furniture.is_page_counter(line):
            continue
        country = furniture.flag_country(line)
        source = SOURCE_LINE.match(line)
        if source or URL.fullmatch(line):
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


def _footer_heading(lines: list[str], index: int, start: int) -> bool:
    """A short heading above the footer ("NATO Summit 2024", a topic link) that follows
    speech which ended its sentence: a link of the page, not the speaker's words."""
    line = lines[index].strip()
    if len(line.split()) > 6 or re.search(r"[.?!,:;]$", line) or reads_as_label(line):
        return False
    if len(line.split()) > 1 and not is_heading(line):
        return False  # "Thank you very much" said last, not a link
    above = next((other.strip() for other in reversed(lines[start:index]) if other.strip()), "")
    return bool(re.search(r"[.?!)\]\"”]$", above)) or furniture.is_footer_line(above) or _footer_heading_above(lines, index, start)


def _footer_heading_above(lines: list[str], index: int, start: int) -> bool:
    previous = next((i for i in range(index - 1, start - 1, -1) if lines[i].strip()), None)
    return previous is not None and _footer_heading(lines, previous, start)
