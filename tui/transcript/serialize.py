"""Events to and from plain JSON-able data: the ``parse --json`` shape and the
compact form the parse cache stores."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tui.transcript.model import ROLES, Event, Thread, Turn


def event_to_json(event: Event) -> dict[str, Any]:
    """The documented ``presser parse --json`` shape (plus ``id``, ``source``,
    ``number``/``who`` on threads and ``paragraphs`` on turns)."""
    return {
        "id": event.id,
        "title": event.title,
        "date": event.date.isoformat() if event.date else None,
        "place": event.place,
        "kind": event.kind,
        "url": event.url,
        "source": event.source,
        "statement": [{"speaker": t.speaker, "affiliation": t.affiliation, "text": t.text} for t in event.statement],
        "turns": [
            {"role": t.role, "speaker": t.speaker, "affiliation": t.affiliation, "text": t.text,
             "paragraphs": len(t.paragraphs), "label": t.label}
            for t in event.turns
        ],
        "threads": [
            {"number": th.number, "questioner": th.questioner, "affiliation": th.affiliation, "turns": th.turns}
            for th in event.threads
        ],
        "warnings": event.warnings,
        "preamble": event.preamble,
    }


def event_to_cache(event: Event) -> list[Any]:
    """A compact, positional form (lists, not dicts: the cache holds thousands)."""
    return [
        event.id, event.title, event.date.isoformat() if event.date else None, event.place,
        event.kind, event.url, event.source,
        [_turn(t) for t in event.statement],
        [_turn(t) for t in event.turns],
        [[th.number, th.questioner, th.affiliation, th.turns] for th in event.threads],
        event.warnings,
        event.preamble,
    ]


def event_from_cache(row: list[Any]) -> Event:
    """Rebuild an event from :func:`event_to_cache`; raises ``ValueError``,
    ``TypeError`` or ``IndexError`` on anything malformed, so a damaged cache is
    detected rather than trusted."""
    ident, title, date, place, kind, url, source, statement, turns, threads, warnings, preamble = row
    event = Event(
        id=_str(ident), title=_str(title), date=dt.date.fromisoformat(date) if date else None,
        place=_str(place), kind=_str(kind), url=_str(url), source=_str(source),
        statement=[_unturn(t) for t in statement], turns=[_unturn(t) for t in turns],
        threads=[Thread(int(n), _str(q), _str(a), [int(i) for i in idx]) for n, q, a, idx in threads],
        warnings=[_str(w) for w in warnings], preamble=[_str(line) for line in preamble],
    )
    for thread in event.threads:
        if any(not 0 <= i < len(event.turns) for i in thread.turns):
            raise ValueError("thread points outside the event")
    return event


def _turn(turn: Turn) -> list[Any]:
    return [turn.role, turn.speaker, turn.affiliation, turn.paragraphs, turn.label]


def _unturn(row: list[Any]) -> Turn:
    role, speaker, affiliation, paragraphs, label = row
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}")
    return Turn(role, _str(speaker), _str(affiliation), [_str(p) for p in paragraphs], _str(label))


def _str(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError("expected a string")
    return value
