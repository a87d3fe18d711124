"""One text normalisation for the search corpus and for queries.

A remembered quote differs from the transcript in ways that carry no meaning: case,
accents, curly quotes, punctuation, contractions and how numbers are written. Mapping
both sides through the same function makes those differences vanish before any fuzzy
scoring, so the scorer only has to deal with the real ones (missing, swapped or
misspelt words).

The corpus side runs over about a million sentences on a cold index build, so the
work is done on one big UTF-8 block of lines at a time (:func:`normalize_block`):
``bytes.translate``, ``bytes.replace`` and regular expressions that start with a
literal (which the regex engine can skip to quickly) cost a few seconds for the whole
archive, where a Python loop per sentence or per word would cost a minute.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence

__all__ = ["normalize", "normalize_block", "normalize_many", "words"]

# -- characters ---------------------------------------------------------------------

_SPECIAL_LETTERS = {"æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ı": "i", "þ": "th", "ð": "d"}
_TYPOGRAPHY = {**dict.fromkeys("‘’‚‛′`´ʼ", "'"),
               **dict.fromkeys("“”„‟″«»‐‑‒–—―−…•·\u00a0\u2000\u2001\u2002\u2003\u2004\u2005"
                               "\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000", " "),
               **dict.fromkeys("\u200b\u200c\u200d\u2060\ufeff\u00ad", "")}
_NON_ASCII_RE = re.compile(rb"[\xc0-\xff][\x80-\xbf]+")


@functools.lru_cache(maxsize=4096)
def _fold_char(char: bytes) -> bytes:
    """One non-ASCII character, lower-cased, without accents, typography made ASCII.

    Worked out per distinct character (a block has few), so any script and any Latin
    letter with diacritics is handled without a hand-written table of them all.
    """
    text = char.decode(errors="replace")
    if text in _TYPOGRAPHY:
        return _TYPOGRAPHY[text].encode()
    text = text.casefold()
    text = "".join(_SPECIAL_LETTERS.get(c, c) for c in text)
    base = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return (base or text).encode()


def _fold_match(match: re.Match[bytes]) -> bytes:
    return _fold_char(match.group())


def _ascii_table() -> bytes:
    """ASCII letters lower-cased, punctuation to space; digits, apostrophe, %, newline kept.

    Bytes >= 0x80 (letters of other scripts, in UTF-8) are kept as they are.
    """
    keep = b"abcdefghijklmnopqrstuvwxyz0123456789'%\n\x01"
    return bytes(c + 32 if 65 <= c <= 90 else c if c in keep or c >= 0x80 else 0x20 for c in range(256))


_ASCII = _ascii_table()
# Punctuation that sits next to a space or inside an abbreviation ("U.S.") is deleted
# rather than turned into a space: fewer runs of spaces to collapse afterwards.
_DELETE = b".,;:!?\"()[]{}"
_DECIMAL = b"\x01"  # stands in for a decimal point while punctuation is removed
_DECIMAL_RE = re.compile(rb"\.(?<=\d\.)(?=\d)")
_THOUSANDS_RE = re.compile(rb",(?<=\d,)(?=\d{3}(?!\d))")

# -- contractions -------------------------------------------------------------------

_WHOLE_WORDS = {b"won't": b"will not", b"can't": b"can not", b"shan't": b"shall not",
                b"ain't": b"is not", b"let's": b"let us", b"y'all": b"you all"}
_SUFFIXES = {b"re": b" are", b"ve": b" have", b"ll": b" will", b"d": b" would", b"m": b" am"}
# "'s" means "is" only after these words; elsewhere it is a possessive ("NATO's").
_IS_WORDS = frozenset(b"it that there here what who where how he she this everything nothing "
                      b"something everyone nobody somebody why when".split())

# -- numbers ------------------------------------------------------------------------

_SMALL = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
_TENS = {w: 10 * (i + 2) for i, w in enumerate(
    "twenty thirty forty fifty sixty seventy eighty ninety".split())}
_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}


def _number_run_re() -> re.Pattern[bytes]:
    """A run of numbers: "20000", "twenty thousand", "1 billion", "one hundred and five".

    It starts with a space then one character class, and the word alternatives are
    grouped by first letter: the regex engine then rejects the ordinary word after
    each space at once, which keeps this pass fast over a whole archive.
    """
    groups: dict[str, list[str]] = {}
    for word in (*_SMALL, *_TENS, "hundred", *_SCALES):
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    alternatives = "|".join(f"{first}(?:{'|'.join(sorted(rest, key=len, reverse=True))})"
                            for first, rest in groups.items())
    item = rf"(?:\d[\d\x01]*|(?:{alternatives})(?= ))"
    return re.compile(rf" (?=[0-9{''.join(groups)}]){item}(?: (?:and )?{item})*(?= )".encode())


_NUMBER_RUN_RE = _number_run_re()

_SPACES_RE = re.compile(rb"  +")
_WORD_RE = re.compile(r"[^\W_]+(?:\.\d+)?")


def normalize(text: str) -> str:
    """The canonical form of ``text``: the key both corpus and query are compared on."""
    return normalize_block([text]).decode()


def normalize_many(texts: Sequence[str]) -> list[str]:
    """:func:`normalize` over many strings at once (much faster than one by one)."""
    if not texts:
        return []
    return normalize_block(texts).decode().split("\n")


def words(text: str) -> list[str]:
    """The words of an already normalised text."""
    return _WORD_RE.findall(text)


def normalize_block(texts: Sequence[str]) -> bytes:
    """The normalised ``texts`` as UTF-8, one per line, in one pass per step."""
    data = "\n".join(t.replace("\n", " ") for t in texts).encode()
    data = _NON_ASCII_RE.sub(_fold_match, data)
    data = _THOUSANDS_RE.sub(b"", data)
    data = _DECIMAL_RE.sub(_DECIMAL, data)
    data = b" " + data.translate(_ASCII, _DELETE).replace(b"\n", b" \n ") + b" "
    if b"'" in data:
        data = _expand_contractions(data)
    if b"%" in data:
        data = data.replace(b"%", b" percent ")
    data = data.replace(b" per cent ", b" percent ").replace(b" cannot ", b" can not ")
    data = _SPACES_RE.sub(b" ", data)
    data = _NUMBER_RUN_RE.sub(_number_text, data)
    data = data.replace(_DECIMAL, b".")
    return data.replace(b" \n", b"\n").replace(b"\n ", b"\n").strip(b" ")


def _expand_contractions(data: bytes) -> bytes:
    """Rewrite every word with an apostrophe: "isn't" → "is not", "NATO's" → "natos".

    One split on the apostrophe and a look at the word on each side, rather than a
    regex per contraction: apostrophes are rare next to the bytes around them.
    """
    pieces = data.split(b"'")
    out = [pieces[0]]
    for piece in pieces[1:]:
        left = out[-1]
        word = left[left.rfind(b" ") + 1:]
        suffix = piece[:piece.find(b" ")]
        whole = _WHOLE_WORDS.get(word + b"'" + suffix)
        if whole is not None:
            out[-1] = left[:len(left) - len(word)] + whole
            piece = piece[len(suffix):]
        elif suffix == b"t" and word.endswith(b"n"):
            out[-1] = left[:-1]
            piece = b" not" + piece[1:]
        elif suffix in _SUFFIXES and word:
            piece = _SUFFIXES[suffix] + piece[len(suffix):]
        elif suffix == b"s" and word in _IS_WORDS:
            piece = b" is" + piece[1:]
        out.append(piece)
    return b"".join(out)


def _number_text(match: re.Match[bytes]) -> bytes:
    """Rewrite one run of number words/digits as canonical digits."""
    tokens = match.group().replace(_DECIMAL, b".").decode().split()
    return (" " + " ".join(_parse_numbers(tokens))).replace(".", "\x01").encode()


def _parse_numbers(tokens: list[str]) -> list[str]:
    """Values of a run of number tokens; a new number starts where grammar says so.

    "twenty thousand" is one number, "two three" are two, and "one and two" stays as
    it is ("and" joins only after a hundred or a scale word: "one hundred and five").
    """
    out: list[str] = []
    total = 0.0
    current = 0.0
    prev = ""  # kind of the previous token: unit, tens, hundred, scale, digits, and

    def flush() -> None:
        nonlocal total, current, prev
        if prev:
            out.append(_format(total + current))
        total, current, prev = 0.0, 0.0, ""

    for token in tokens:
        if token == "and":
            if prev in ("hundred", "scale"):
                prev = "and"
            else:
                flush()
                out.append("and")
        elif token in _SMALL or token in _TENS:
            value = _SMALL[token] if token in _SMALL else _TENS[token]
            tens_then_unit = prev == "tens" and token in _SMALL and value < 10
            if prev in ("unit", "tens", "digits") and not tens_then_unit:
                flush()
            current += value
            prev = "tens" if token in _TENS else "unit"
        elif token == "hundred":
            current = (current or 1) * 100
            prev = "hundred"
        elif token in _SCALES:
            total += (current or 1) * _SCALES[token]
            current = 0.0
            prev = "scale"
        else:
            if prev in ("unit", "tens", "digits", "hundred"):
                flush()
            current += float(token)
            prev = "digits"
    flush()
    return out


def _format(value: float) -> str:
    if value == int(value):
        return str(int(value))
    return f"{value:.6f}".rstrip("0").rstrip(".")
