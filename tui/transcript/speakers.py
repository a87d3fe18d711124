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
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from tui.transcript.labels import Label

_HONORIFICS = frozenset("mr mrs ms miss dr prof sir dame mister madam hon rt lord lady shri smt sri m mme mlle"
                        " gen maj lt col adm sgt capt brig cmdr cdr sec".split())  # "GEN. RYDER" is Pat Ryder
# Generic labels that one person fills for a whole event, so the header can name them.
_SEATS_OF_ONE = frozenset("interviewer presenter anchor host moderator chair guest interviewee".split())
# One seat, several names: the "ANCHOR:" of a show "with Nadia Kerrigan" is its host.
_SEAT_NAMES = {
    "anchor": ("anchor", "host", "presenter"), "host": ("host", "anchor", "presenter"),
    "presenter": ("presenter", "host", "anchor"), "moderator": ("moderator", "chair"), "chair": ("chair", "moderator"),
    "guest": ("guest",), "interviewee": ("guest", "interviewee"),
}
_SUFFIXES = frozenset("jr sr ii iii iv mp mep qc kc ac obe mbe phd td".split())


@dataclass(slots=True)
class Identity:
    """A person (or, unnamed, a seat such as "Reporter") across an event's labels.

    ``named`` identities are one speaker throughout the event (a person, or a role
    such as "Spokesman"); the others are seats that different people may fill
    ("Q", "Reporter").
    """

    key: str
    name: str
    affiliation: str
    named: bool


def name_key(name: str) -> str:
    """Case-, accent- and honorific-insensitive key of a person's name."""
    folded = unicodedata.normalize("NFKD", name.casefold())
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch)).replace("'", "").replace("’", "")
    words = [w for w in re.split(r"[^\w]+", folded) if w and w not in _HONORIFICS]
    while len(words) > 1 and words[-1] in _SUFFIXES:
        words.pop()
    if len(words) > 2:
        words = [w for i, w in enumerate(words) if i in (0, len(words) - 1) or len(w) > 1]  # "Lloyd J. Austin"
    return " ".join(words)


def resolve(labels: list[Label], known: Sequence[tuple[str, str]] = (),
            answers: Callable[[str], bool] | None = None) -> list[Identity]:
    """Map each label to an :class:`Identity`; equal people get equal identities.

    ``known`` lists (name, role) pairs the document states outside its labels (its
    title, its header): they complete labels that give only a surname ("MR.
    HOLLAND") or only a role ("SECRETARY GENERAL"). ``answers`` tells whether a role
    is one that answers questions: a label naming such an office is the one person the
    document names in such a role, even when the two are worded differently ("NATO
    Secretary General:" under a French title naming "le secrétaire général").
    """
    known_people = [(name, role) for name, role in known if name]
    named_keys = [name_key(label.speaker) for label in labels if label.speaker]
    full_keys = sorted({k for k in [*named_keys, *(name_key(n) for n, _ in known_people)] if " " in k},
                       key=len, reverse=True)
    alias = {key: _full_name_for(key, full_keys) for key in set(named_keys)}

    spellings: dict[str, Counter[str]] = {}
    affiliations: dict[str, Counter[str]] = {}
    for name, role in known_people:
        key = name_key(name)
        if key in alias.values():
            spellings.setdefault(key, Counter())[name] += 0
            if role:
                affiliations.setdefault(key, Counter())[role] += 0
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
    # "MODERATOR (Oana Lungescu)" once, then "MODERATOR:": the seat's one named holder
    seated: dict[str, set[str]] = {}
    for label in labels:
        if label.speaker and label.hint and _seat(label) in _SEATS_OF_ONE:
            seated.setdefault(_seat(label), set()).add(alias[name_key(label.speaker)])

    labelled = {alias[name_key(label.speaker)] for label in labels if label.speaker}
    identities: list[Identity] = []
    for label in labels:
        if label.speaker:
            identities.append(people[alias[name_key(label.speaker)]])
            continue
        word = name_key(label.affiliation) if label.affiliation and " " not in label.affiliation.strip() \
            and label.hint is None else ""
        # "RUTTE:" is the Mark Rutte the title names; "LK:" the Laura Kuenssberg it names
        surname = [key for key in full_keys if word and (key.split()[-1] == word or (
            label.affiliation.isupper() and 2 <= len(word) <= 3 and "".join(w[0] for w in key.split()) == word))]
        known_as = [(n, r) for n, r in known_people if surname and name_key(n) == surname[0]]
        if len(surname) == 1 and (surname[0] in people or known_as):  # "RUTTE:" (too short to tell from an outlet)
            name, role = known_as[0] if known_as else ("", "")
            identities.append(people.setdefault(surname[0], Identity(surname[0], name, role, True)))
            continue
        holders = by_affiliation.get(label.affiliation.casefold(), []) if label.affiliation else []
        if not holders and label.affiliation and label.hint is None \
                and not _known_holder(label.affiliation, known_people):
            # "Le Secrétaire général" is the one "Secrétaire général de l’OTAN, Jens Stoltenberg"
            # (whole words: "President" is not the "Vice-President")
            wanted = re.compile(rf"(?<![\w/-]){re.escape(label.affiliation.casefold())}(?![\w/-])")
            holders = [key for key, person in people.items() if wanted.search(person.affiliation.casefold())]
            # "THE MINISTER" beside "MR SIKORSKI": of the ministers the title names, the one
            # who has no label of his own
            unlabelled = {name_key(n): (n, r) for n, r in known_people
                          if wanted.search(r.casefold()) and name_key(n) not in labelled}
            if len(unlabelled) == 1:
                key, (name, role) = next(iter(unlabelled.items()))
                identities.append(people.setdefault(key, Identity(key, name, role, True)))
                continue
            if unlabelled:
                holders = []  # several people hold that office: the label cannot say which
        if len(holders) == 1 and label.hint is None:
            identities.append(people[holders[0]])  # "NATO Spokesperson" → the one spokesperson
            continue
        role_word = label.affiliation if label.hint is None else (
            label.raw.casefold().rstrip(":") if label.raw.casefold().rstrip(":") in _SEATS_OF_ONE else "")
        holder = _known_holder(role_word, known_people)
        if not holder and answers and label.hint is None and label.affiliation and answers(label.affiliation):
            answering = {(n, r) for n, r in known_people if r and answers(r)}
            holder = answering.pop() if len({name_key(n) for n, _ in answering}) == 1 else None
        holders = seated.get(role_word, set())
        if not holder and len(holders) == 1:
            identities.append(people[next(iter(holders))])
        elif holder:  # "SECRETARY GENERAL" → the Secretary General the title names
            key = name_key(holder[0])
            person = people.setdefault(key, Identity(key, holder[0], holder[1] or label.affiliation, True))
            identities.append(person)
        elif label.affiliation and label.hint is None:
            # a seat known only by its role ("Spokesman:", "PRIME MINISTER:"): one
            # speaker throughout, whose role is read from behaviour like a named one's
            key = f"?{label.affiliation.casefold()}"
            identities.append(people.setdefault(key, Identity(key, "", label.affiliation, True)))
        else:
            seat = label.affiliation or (label.hint or "speaker")
            identities.append(Identity(f"?{seat.casefold()}", "", label.affiliation, False))
    return identities


def _seat(label: Label) -> str:
    """The generic word of a label that names a seat: "MODERATOR (Oana Lungescu)" → "moderator"."""
    return label.raw.partition("(")[0].strip().rstrip(":").casefold()


def _known_holder(role: str, known: list[tuple[str, str]]) -> tuple[str, str] | None:
    """The one known person whose role contains ``role`` ("Secretary General" is
    held by the "NATO Secretary General" the title names)."""
    if not role:
        return None
    wanted = _OFFICE_ABBREVIATIONS.get(role.casefold(), role.casefold()).replace("-", " ")  # "PM:" is the Prime Minister
    others = _SEAT_NAMES.get(wanted, ())  # another name of the seat counts only as the whole role ("Host")
    holders = {(n, r) for n, r in known  # (hyphens aside: "SG" holds the "Secretary-General")
               if r and (wanted in r.casefold().replace("-", " ") or r.casefold() in wanted or r.casefold() in others)}
    return holders.pop() if len(holders) == 1 else None


_OFFICE_ABBREVIATIONS = {"pm": "prime minister", "fm": "foreign minister", "sg": "secretary general",
                         "dsg": "deputy secretary general", "sgnato": "secretary general", "hr/vp": "high representative",
                         "hrvp": "high representative"}


def _full_name_for(key: str, full_keys: list[str]) -> str:
    """A one-word name ("Rutte") stands for the one full name ending (or starting)
    with it, if exactly one does."""
    if " " in key:  # "Jean-Pierre" (two words in a key) is the one "Karine Jean-Pierre"
        longer = [full for full in full_keys if full.endswith(" " + key)]
        initial, _, surname = key.partition(" ")
        if not longer and len(initial) == 1:  # "A. Stubb" is the one "Alexander Stubb"
            longer = [full for full in full_keys if full != key and full.startswith(initial)
                      and full.split()[-1] == surname]
        return longer[0] if len(longer) == 1 else key
    matches = [full for full in full_keys if full.split()[-1] == key or full.split()[0] == key]
    return matches[0] if len(matches) == 1 else key


def _best(counter: Counter[str]) -> str:
    """The most complete spelling ("Matthew Holland" over "Mr. Holland"), then the
    most frequent."""
    if not counter:
        return ""
    return max(counter.items(), key=lambda item: (
        sum(len(word) > 1 for word in name_key(item[0]).split()), item[1], len(item[0])))[0]  # not "G. Nausėda"
