"""Turn a transcript's lines into paragraphs as a reader sees them.

Scraped text breaks paragraphs in many ways: one paragraph per line, blank lines
between, lines hard-wrapped at a fixed width, a page counter and a running head in
the middle of a sentence, a table pasted from a word processor ("Speaker<TAB>Text").
What comes out is one string per paragraph, whitespace squeezed, with the page
furniture gone and a speaker label always at the start of its own paragraph.
"""

from __future__ import annotations

import re
from collections import Counter

from tui.transcript import furniture
from tui.transcript.labels import read_candidate, read_label


_SENTENCE_END = re.compile(r"[.?!…:;\"”’)]$")


def untabulate(lines: list[str]) -> list[str]:
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


def read_paragraphs(lines: list[str], running_heads: frozenset[str] = frozenset()) -> list[str]:
    """Non-empty lines become paragraphs; page counters and the running heads that
    follow them go. In hard-wrapped text (paragraphs wrapped at a fixed width, blank
    lines between them) the lines of a block are joined back, except where a label or
    a list item starts a new one."""
    wrapped = _is_hard_wrapped(lines)
    indented = _indents_paragraphs(lines)
    repeated_heads = _repeated_after_page_breaks(lines)
    paragraphs: list[str] = []
    previous_blank = True
    previous_label = False
    after_page_break = page_broke = False
    previous_line = ""
    for line in lines:
        stripped = _squeezed(line)
        if indented and stripped and _opens_indented(previous_line, line):
            previous_blank = True  # a court reporter's page: an indented line opens a paragraph
        previous_line = line
        if not stripped:
            previous_blank = True
            continue
        if furniture.is_button(stripped) or furniture.is_clock(stripped):
            continue  # "Share" under each speaker, "3.31 pm": the page's, not the speech's
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


def _squeezed(line: str) -> str:
    """The line with its runs of spaces squeezed. A label in capitals set off only by
    spaces ("KATHARINA WEBER, DPA  Thank you.", as a PDF copies it) gets the colon it
    stands for, so it reads as a label once the spaces are gone."""
    spaced = _CAPS_GAP.match(line.strip())
    said = spaced.group(2) if spaced else ""
    # (not justified text, where every word is set off by spaces: "NATO  allies  agreed")
    if spaced and "  " not in said and (said[:1].isupper() or said[:1] in "[(\"“‘'") and (
            any(c.islower() for c in said[:60]) or (len(said.split()) <= 3 and said[-1:] in ".?!")) \
            and read_label(spaced.group(1)) is not None:  # (or a short cue: "FREDRIK DAHL  IRNA.")
        return f"{' '.join(spaced.group(1).split())}: {' '.join(spaced.group(2).split())}"
    return " ".join(line.split())


_CAPS_GAP = re.compile(r"^([A-Z][A-Z0-9 .,'’&/()-]{0,88}?[A-Z)])\s{2,}(\S.*)$")


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


_LIST_ITEM = re.compile(r"^(?:[-*•·]|\d{1,2}[.)])\s+\S")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _opens_indented(previous: str, line: str) -> bool:
    """An indented line after a flush one that ended its sentence, starting a new one
    (not a list item's hanging indent, which goes on mid-sentence)."""
    return bool(previous.strip()) and _indent(line) >= 3 > _indent(previous) \
        and bool(_SENTENCE_END.search(previous.rstrip())) and line.lstrip()[:1].isupper()


def _indents_paragraphs(lines: list[str]) -> bool:
    """Paragraphs marked by indenting their first line, not by blank lines (a court
    reporter's transcript): indented lines follow flush ones again and again."""
    return sum(1 for a, b in zip(lines, lines[1:]) if _opens_indented(a, b)) >= 5


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
