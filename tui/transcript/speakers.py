"""One person is one speaker, whatever the label's spelling.

"NATO Secretary General Mark Rutte", "NATO Secretary General, Mark Rutte" and
"Mark Rutte, NATO Secretary General" all name Mark Rutte; "Rutte" alone names him too
when he is the only Rutte in the event; "MARK RUTTE" and "Mark  Rutte " likewise. An
unnamed "NATO Spokesperson" is the event's one named spokesperson, if there is one.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from tui.transcript.labels import Label

_HONORIFICS = frozenset("mr mrs ms miss dr prof sir dame mister madam".split())


@dataclass(slots=True)
class Identity:
    """A person (or, unnamed, a seat such as "Reporter") across an event's labels."""

    key: str
    name: str
    affiliation: str
    named: bool


def name_key(name: str) -> str:
    """Case-, accent- and honorific-insensitive key of a person's name."""
    folded = unicodedata.normalize("NFKD", name.casefold())
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    words = [w for w in re.split(r"[^\w]+", folded) if w and w not in _HONORIFICS]
    return " ".join(words)


def resolve(labels: list[Label]) -> list[Identity]:
    """Map each label to an :class:`Identity`; equal people get equal identities."""
    named_keys = [name_key(label.speaker) for label in labels if label.speaker]
    full_keys = sorted({k for k in named_keys if " " in k}, key=len, reverse=True)
    alias: dict[str, str] = {}
    for key in set(named_keys):
        alias[key] = _full_name_for(key, full_keys)

    spellings: dict[str, Counter[str]] = {}
    affiliations: dict[str, Counter[str]] = {}
    for label in labels:
        if label.speaker:
            key = alias[name_key(label.speaker)]
            spellings.setdefault(key, Counter())[label.speaker] += 1
            if label.affiliation:
                affiliations.setdefault(key, Counter())[label.affiliation] += 1

    people = {
        key: Identity(key, _best(spellings[key]), _best(affiliations.get(key, Counter())), True)
        for key in spellings
    }
    by_affiliation: dict[str, list[str]] = {}
    for key, person in people.items():
        by_affiliation.setdefault(person.affiliation.casefold(), []).append(key)

    identities: list[Identity] = []
    for label in labels:
        if label.speaker:
            identities.append(people[alias[name_key(label.speaker)]])
            continue
        holders = by_affiliation.get(label.affiliation.casefold(), []) if label.affiliation else []
        if len(holders) == 1 and label.hint is None:
            identities.append(people[holders[0]])  # "NATO Spokesperson" → the one spokesperson
        else:
            seat = label.affiliation or (label.hint or "speaker")
            identities.append(Identity(f"?{seat.casefold()}", "", label.affiliation, False))
    return identities


def _full_name_for(key: str, full_keys: list[str]) -> str:
    """A one-word name ("Rutte") stands for the one full name ending (or starting)
    with it, if exactly one does."""
    if " " in key:
        return key
    matches = [full for full in full_keys if full.split()[-1] == key or full.split()[0] == key]
    return matches[0] if len(matches) == 1 else key


def _best(counter: Counter[str]) -> str:
    """Most frequent spelling; ties go to the longer, more complete one."""
    if not counter:
        return ""
    return max(counter.items(), key=lambda item: (item[1], len(item[0])))[0]
