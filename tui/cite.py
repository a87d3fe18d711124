"""Citations of a quote from a transcript, in the styles people paste into their work.

A citation names the person who said the words (the turn's speaker, with the title
or outlet that turn gives them), not the event's host, and quotes whole sentences.
Metadata is often incomplete (an undated file, an unnamed reporter), so every style
is assembled from optional pieces and simply leaves out what is unknown: no "None",
no empty brackets, no doubled punctuation.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import quote as _percent_encode
from urllib.parse import urlsplit

from tui.safety import clean_line
from tui.transcript.model import Event, Turn
from tui.transcript.sentences import sentence_spans

#: Citation styles in picker order, with their labels; the first is the default.
STYLES: dict[str, str] = {
    "plain": "Plain attribution",
    "markdown": "Markdown blockquote",
    "apa": "APA 7th edition",
    "chicago": "Chicago 17th edition (note)",
    "mla": "MLA 9th edition",
    "bibtex": "BibTeX (@misc)",
    "csl-json": "CSL-JSON (Zotero, Mendeley)",
}
DEFAULT_STYLE = "plain"

#: A quote nobody narrowed down (a whole turn or paragraph) stops after the whole
#: sentences that fit in this many characters; an explicit selection may be longer.
QUOTE_LIMIT = 600
SELECTION_LIMIT = 2000

_NOUNS = {
    "press conference": "press conference",
    "joint press conference": "joint press conference",
    "doorstep": "doorstep statement",
    "press point": "press point",
    "speech": "speech",
}
_MLA_MONTHS = "Jan. Feb. Mar. Apr. May June July Aug. Sept. Oct. Nov. Dec.".split()
_BIBTEX_MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()
_PARTICLES = frozenset("van von der den de del della di da du la le ten ter bin al el dos das do".split())
_KEY_STOPWORDS = frozenset("a an the of by on in and with at to for".split())
# Places one is "at" rather than "in" (a building, not a city).
_VENUE_WORDS = frozenset(
    """headquarters hq house hall centre center palace building hotel base summit
    ministry forum airport office parliament council embassy residence chancellery""".split()
)
_TERMINAL = (".", "?", "!", "…")
_NATO = "North Atlantic Treaty Organization"


@dataclass(slots=True)
class Quote:
    """Words someone said, with the event and turn they come from."""

    event: Event
    turn: Turn
    text: str


def quote_for(
    event: Event,
    part: str,
    turn_index: int,
    paragraph: int | None = None,
    span: tuple[int, int] | None = None,
    sentence: int | None = None,
) -> Quote:
    """The quote at a place in ``event``, widened or trimmed to whole sentences.

    ``part`` is ``"statement"`` or ``"turns"``; ``turn_index`` indexes that list.
    Narrowest first: ``sentence`` is the Nth sentence of the turn (0-based, across
    its paragraphs); ``span`` is a character range in ``paragraph`` if given, else
    in ``turn.text``, widened to the sentences it touches; ``paragraph`` alone is
    that paragraph. With none of them, the whole turn. Raises :class:`LookupError`
    (a one-line message) when a position does not exist.
    """
    turn = _turn(event, part, turn_index)
    spans = _turn_sentences(turn)
    if not spans:
        raise LookupError(f"turn {turn_index} of {part} has no text to quote")
    if sentence is not None:
        if not 0 <= sentence < len(spans):
            raise LookupError(f"turn {turn_index} has {len(spans)} sentences; there is no sentence {sentence}")
        chosen, limit = [spans[sentence]], SELECTION_LIMIT
    elif span is not None or paragraph is not None:
        start, end = _selection(turn, paragraph, span)
        # a selection of nothing but the space between sentences means the next one
        chosen = [s for s in spans if s[0] < max(end, start + 1) and s[1] > start] or [
            next((s for s in spans if s[0] >= start), spans[-1])
        ]
        limit = SELECTION_LIMIT if span is not None else QUOTE_LIMIT
    else:
        chosen, limit = spans, QUOTE_LIMIT
    return Quote(event, turn, _join_capped(turn.text, chosen, limit))


def format_citation(quote: Quote, style: str = DEFAULT_STYLE, *, accessed: _dt.date | None = None) -> str:
    """``quote`` cited in ``style`` (a key of :data:`STYLES`); ``accessed`` defaults to today.

    Plain and Markdown carry the quote in the attribution; APA, Chicago and MLA give
    the quoted sentence, a blank line and the reference entry; BibTeX and CSL-JSON
    are the bibliography record alone (for a reference manager).
    """
    try:
        formatter = _FORMATTERS[style]
    except KeyError:
        raise ValueError(f"unknown citation style {style!r} (one of: {', '.join(STYLES)})") from None
    return formatter(_Source.of(quote, accessed or _dt.date.today()))


# --- choosing the words ---------------------------------------------------------


def _turn(event: Event, part: str, index: int) -> Turn:
    if part not in ("statement", "turns"):
        raise ValueError(f"part must be 'statement' or 'turns', not {part!r}")
    turns = event.statement if part == "statement" else event.turns
    if not 0 <= index < len(turns):
        where = "the opening statement" if part == "statement" else "the event"
        raise LookupError(f"{where} has {len(turns)} turns; there is no turn {index}")
    return turns[index]


def _paragraph_offsets(turn: Turn) -> list[int]:
    """Where each paragraph starts in ``turn.text`` (paragraphs joined by a blank line)."""
    offsets, at = [], 0
    for paragraph in turn.paragraphs:
        offsets.append(at)
        at += len(paragraph) + 2
    return offsets


def _turn_sentences(turn: Turn) -> list[tuple[int, int]]:
    """Sentence spans of the whole turn, as offsets into ``turn.text``."""
    return [
        (offset + start, offset + end)
        for offset, paragraph in zip(_paragraph_offsets(turn), turn.paragraphs)
        for start, end in sentence_spans(paragraph)
    ]


def _selection(turn: Turn, paragraph: int | None, span: tuple[int, int] | None) -> tuple[int, int]:
    """The selected range as offsets into ``turn.text``."""
    if paragraph is None:
        base, length = 0, len(turn.text)
    elif 0 <= paragraph < len(turn.paragraphs):
        base, length = _paragraph_offsets(turn)[paragraph], len(turn.paragraphs[paragraph])
    else:
        raise LookupError(f"the turn has {len(turn.paragraphs)} paragraphs; there is no paragraph {paragraph}")
    start, end = span if span is not None else (0, length)
    start, end = sorted((max(0, min(start, length)), max(0, min(end, length))))
    return base + start, base + end


def _join_capped(text: str, spans: list[tuple[int, int]], limit: int) -> str:
    """The sentences at ``spans`` on one line: whole sentences up to ``limit``, then "…"."""
    parts: list[str] = []
    used = 0
    for start, end in spans:
        sentence = " ".join(clean_line(text[start:end]).split())
        if parts and used + 1 + len(sentence) > limit:
            return " ".join(parts) + " …"
        if not parts and len(sentence) > limit:
            return sentence[:limit].rsplit(" ", 1)[0].rstrip(",;:") + " …"
        parts.append(sentence)
        used += len(sentence) + (1 if used else 0)
    return " ".join(parts)


# --- the facts a citation is built from ------------------------------------------


@dataclass(slots=True)
class _Source:
    """Cleaned metadata of a quote: empty strings (never None) for what is unknown."""

    text: str
    name: str
    given: str
    family: str
    title_or_outlet: str
    role: str
    title: str
    date: _dt.date | None
    place: str
    noun: str
    url: str
    nato: bool
    accessed: _dt.date

    @classmethod
    def of(cls, quote: Quote, accessed: _dt.date) -> _Source:
        event, turn = quote.event, quote.turn
        name = _tidy(turn.speaker)
        given, family = _split_name(name)
        url = _tidy(event.url).replace(" ", "%20")
        kind = _tidy(event.kind).lower()
        host = (urlsplit(url).hostname or "") if url else ""
        return cls(
            text=_tidy(quote.text),
            name=name,
            given=given,
            family=family,
            title_or_outlet=_tidy(turn.affiliation),
            role=turn.role,
            title=_tidy(event.title),
            date=event.date,
            place=_tidy(event.place),
            noun=_NOUNS.get(kind, kind),
            url=url,
            nato=host == "nato.int" or host.endswith(".nato.int"),
            accessed=accessed,
        )

    def speaker_phrase(self) -> str:
        """Who said it, as it reads before "said": "NATO Secretary General Mark Rutte"."""
        if self.role == "questioner":
            if self.name and self.title_or_outlet:
                return f"{self.name} ({self.title_or_outlet})"
            if self.title_or_outlet:
                return f"a reporter ({self.title_or_outlet})"
            return self.name or "a reporter"
        if self.name and self.title_or_outlet:
            return f"{self.title_or_outlet} {self.name}"
        if self.title_or_outlet:
            return f"the {self.title_or_outlet}"
        return self.name or ("the moderator" if self.role == "moderator" else "a speaker")

    def place_phrase(self) -> str:
        """ "at NATO Headquarters, Brussels" or "in Kyiv, Ukraine"."""
        if not self.place:
            return ""
        first = self.place.split(",")[0].lower().split()
        return ("at " if _VENUE_WORDS.intersection(first) else "in ") + self.place


def _tidy(text: str) -> str:
    return " ".join(clean_line(text or "").split())


def _split_name(name: str) -> tuple[str, str]:
    """``(given, family)``; a family name keeps its particles ("von der Leyen")."""
    words = name.split()
    if len(words) < 2:
        return "", name
    for i in range(1, len(words) - 1):
        if words[i].lower() in _PARTICLES:
            return " ".join(words[:i]), " ".join(words[i:])
    return " ".join(words[:-1]), words[-1]


# --- punctuation helpers ---------------------------------------------------------


def _close(text: str, mark: str = ".") -> str:
    """``text`` ending in ``mark``, unless it already ends a sentence."""
    return text if not text or text.endswith(_TERMINAL) else text + mark


def _sentences(*parts: str) -> str:
    """Non-empty ``parts``, each closed with a full stop, joined by spaces."""
    return " ".join(_close(p) for p in parts if p)


def _nest_quotes(text: str) -> str:
    """Double quotes inside a quotation become single ones."""
    return text.replace('"', "'").replace("“", "‘").replace("”", "’")


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def _article(noun: str) -> str:
    return ("an " if noun[:1] in "aeiou" else "a ") + noun


def _quoted_line(src: _Source) -> str:
    return f'"{_nest_quotes(src.text)}"'


# --- the styles ------------------------------------------------------------------


def _plain(src: _Source) -> str:
    quote = _nest_quotes(src.text)
    if not quote.endswith(("?", "!")):
        quote = (quote if quote.endswith(("…", "...")) else quote.rstrip(".,;:")) + ","
    context = [f"at {_article(src.noun)}" if src.noun else "", src.place_phrase()]
    if src.date:
        if "," in src.place:  # "at NATO Headquarters, Brussels, on 2 December 2025"
            context[-1] += ","
        context.append(f"on {src.date.day} {src.date:%B %Y}")
    said = " ".join(p for p in (f'"{quote}"', src.speaker_phrase(), "said", *context) if p)
    return "\n".join(p for p in (_close(said), src.url) if p)


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>~|])")


def _md(text: str) -> str:
    """Escape what Markdown would read as formatting, links or HTML."""
    text = _MD_SPECIAL.sub(r"\\\1", text)
    text = re.sub(r"^(\d+)([.)])", r"\1\\\2", text)  # "1." would start a list
    return re.sub(r"^([#+-])", r"\\\1", text)


def _markdown(src: _Source) -> str:
    url = _percent_encode(src.url, safe=":/?#@!$&'*+,;=%~-._") if src.url else ""
    if src.title and url:
        link = f"[{_md(src.title)}]({url})"
    elif src.title:
        link = f"*{_md(src.title)}*"
    else:
        link = f"<{url}>" if url else ""
    date = f"{src.date.day} {src.date:%B %Y}" if src.date else ""
    credit = ", ".join(p for p in (_md(_capitalise(src.speaker_phrase())), link, _md(src.place), date) if p)
    return f"> {_md(src.text)}\n>\n> — {credit}"


def _genre(src: _Source) -> str:
    return f"{_capitalise(src.noun)} transcript" if src.noun else "Transcript"


def _apa(src: _Source) -> str:
    date = f"({src.date.year}, {src.date:%B} {src.date.day})" if src.date else "(n.d.)"
    title = f"*{src.title}* [{_genre(src)}]" if src.title else f"[{_genre(src)}]"
    publisher = _NATO if src.nato else ""
    if src.family:
        initials = " ".join(_initials(word) for word in src.given.split())
        author = f"{src.family}, {initials}" if initials else src.family
        entry = _sentences(f"{author} {date}", title, publisher)
    else:
        entry = _sentences(title, date, publisher)
    return f"{_quoted_line(src)}\n\n{entry} {src.url}".rstrip()


def _initials(given: str) -> str:
    """ "Mark" → "M.", "Jean-Claude" → "J.-C."."""
    return "-".join(f"{part[0]}." for part in given.split("-") if part)


def _chicago(src: _Source) -> str:
    date = f"{src.date:%B} {src.date.day}, {src.date.year}" if src.date else ""
    if src.title:
        work, details = f'"{src.title}"', [src.noun, src.place, date]
    else:
        work, details = src.noun or "remarks", [src.place, date]
    paren = ", ".join(p for p in details if p)
    if paren:
        work = f"{work} ({paren})"
    pieces = [p for p in (src.name, work, src.url) if p]
    note = " ".join(_chicago_piece(p, "," if i < len(pieces) - 1 else ".") for i, p in enumerate(pieces))
    return f"{_quoted_line(src)}\n\n{_capitalise(note)}"


def _chicago_piece(piece: str, mark: str) -> str:
    """``piece`` followed by ``mark``, which goes inside a closing quotation mark."""
    if piece.endswith('"'):
        return piece if piece.endswith(('?"', '!"')) else piece[:-1] + mark + '"'
    return piece + mark if mark == "," else _close(piece, mark)


def _mla_date(date: _dt.date) -> str:
    return f"{date.day} {_MLA_MONTHS[date.month - 1]} {date.year}"


def _mla(src: _Source) -> str:
    author = f"{src.family}, {src.given}" if src.given else src.family
    title = f'"{_close(src.title)}"' if src.title else _capitalise(src.noun or "transcript")
    container = ", ".join(
        p for p in ("*NATO*" if src.nato else "", _mla_date(src.date) if src.date else "", src.url) if p
    )
    accessed = f"Accessed {_mla_date(src.accessed)}" if src.url else ""
    entry = " ".join(p if p.endswith('"') else _close(p) for p in (author, title, container, accessed) if p)
    return f"{_quoted_line(src)}\n\n{entry}"


_BIBTEX_SPECIAL = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "^": r"\^{}",
    "~": r"\~{}",
}


def _bib(text: str) -> str:
    return "".join(_BIBTEX_SPECIAL.get(ch, ch) for ch in text)


def _ascii_word(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", unicodedata.normalize("NFKD", text).lower())


def _citation_key(src: _Source) -> str:
    """A key that stays the same for the same event and speaker: rutte2025preministerial."""
    words = (_ascii_word(w) for w in src.title.split() if w.lower() not in _KEY_STOPWORDS)
    year = str(src.date.year) if src.date else ""
    return (_ascii_word(src.family) or "anon") + year + next((w for w in words if w), "")


# Everything a URL may hold except braces and backslashes, which would unbalance the
# BibTeX field.
_URL_SAFE_BIBTEX = ":/?#[]@!$&'()*+,;=%~-._"


def _bibtex(src: _Source) -> str:
    author = f"{src.family}, {src.given}" if src.given else src.family
    fields = [
        ("author", _braced(_bib(author))),
        ("title", _braced(f"{{{_bib(src.title)}}}" if src.title else "")),
        ("howpublished", _braced(_bib(_genre(src)))),
        ("address", _braced(_bib(src.place))),
        ("organization", _braced(_NATO if src.nato else "")),
        ("year", _braced(str(src.date.year) if src.date else "")),
        ("month", _BIBTEX_MONTHS[src.date.month - 1] if src.date else ""),  # a macro: no braces
        ("url", _braced(_percent_encode(src.url, safe=_URL_SAFE_BIBTEX))),
        ("urldate", _braced(src.accessed.isoformat() if src.url else "")),
    ]
    body = "".join(f"  {name} = {value},\n" for name, value in fields if value)
    return f"@misc{{{_citation_key(src)},\n{body}}}"


def _braced(value: str) -> str:
    return f"{{{value}}}" if value else ""


def _date_parts(date: _dt.date) -> dict[str, list[list[int]]]:
    return {"date-parts": [[date.year, date.month, date.day]]}


def _csl_json(src: _Source) -> str:
    item: dict[str, object] = {"id": _citation_key(src), "type": "speech", "genre": _genre(src)}
    if src.family:
        item["author"] = [{"family": src.family, "given": src.given} if src.given else {"family": src.family}]
    if src.title:
        item["title"] = src.title
        item["event"] = src.title
    if src.place:
        item["event-place"] = src.place
    if src.nato:
        item["publisher"] = _NATO
    if src.date:
        item["issued"] = _date_parts(src.date)
    if src.url:
        item["URL"] = src.url
        item["accessed"] = _date_parts(src.accessed)
    return json.dumps([item], ensure_ascii=False, indent=2)


_FORMATTERS = {
    "plain": _plain,
    "markdown": _markdown,
    "apa": _apa,
    "chicago": _chicago,
    "mla": _mla,
    "bibtex": _bibtex,
    "csl-json": _csl_json,
}
