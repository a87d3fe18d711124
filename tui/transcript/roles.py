"""Decide who is the principal, the moderator and the questioners.

Labels rarely say so outright. A role word helps ("Spokesperson", "Secretary
General"), an outlet after a comma marks a reporter, ``Q``/``A`` say it directly; but
where a label is only a name, the role is read from behaviour: the principal makes the
opening statement and gives long answers right after questions, the moderator speaks
in short cues that hand the floor to someone who then asks, and questioners ask.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from statistics import median

from tui.transcript.labels import OUTLET_WORDS, ROLE_KEYWORDS, Label
from tui.transcript.model import Role
from tui.transcript.speakers import Identity

_MODERATOR = re.compile(
    r"\b(?:spokesperson|spokesman|spokeswoman|moderator|press officer|press secretary|public affairs|pao|master of ceremonies"
    r"|porte-parole|host|(?:deputy )?speaker of the house|(?:madam|mr\.?|deputy) speaker)\b"
)
_PRINCIPAL = re.compile(
    r"\b(?:secretary[ -]general|president|prime minister|minister|chancellor|king|queen"
    r"|commissioner|high representative|ambassador|admiral|general|secretary of|governor"
    r"|mayor|senator|premier|director|commander|prime minister"
    r"|secrétaire général|ministre|présidente?|chanceli[eè]re?|commissaire|ambassad(?:eur|rice)|amiral"
    r"|bundes\w+|\w*kanzler(?:in)?|\w*präsident(?:in)?|ministerpräsident(?:in)?|staatssekretär(?:in)?)\b"
)


_RANKS = frozenset(
    "general admiral commander colonel lieutenant major captain brigadier sergeant marshal".split()
) | {"lieutenant general", "lieutenant colonel", "major general", "brigadier general", "vice admiral",
     "rear admiral", "air marshal", "air chief marshal", "lieutenant commander", "air vice marshal"}
_OFFICIAL = re.compile(
    r"\b(?:ministry|ministerium|office|department|government|committee|council|commission|federal"
    r"|embassy|delegation|secretariat|headquarters|cabinet|chancellery|presidency|army|navy|air force"
    r"|armed forces|command|staff|official)\b"
)


@dataclass(slots=True)
class RawTurn:
    """A labelled stretch of speech before roles are known."""

    label: Label
    identity: Identity
    paragraphs: list[str]

    @property
    def words(self) -> int:
        return sum(len(p.split()) for p in self.paragraphs)

    @property
    def asks(self) -> bool:
        return any("?" in p for p in self.paragraphs)


def assign_roles(turns: list[RawTurn], statement_by: str | None,
                 seats: dict[str, str] | None = None) -> list[Role]:
    """Return a role for each turn. ``statement_by`` is the identity key of whoever
    made an unlabelled opening statement, if known; ``seats`` maps identity keys to
    the role the header lists them in (a label naming a role still wins)."""
    prior: dict[str, Role] = {key: role for key, role in (seats or {}).items()}  # type: ignore[misc]
    for turn in turns:
        role = label_role(turn.label)
        if role and turn.identity.named and (prior.get(turn.identity.key, "questioner") == "questioner"
                                             or role != "questioner"):
            prior[turn.identity.key] = role  # a label naming a role outweighs one naming an outlet
    if statement_by:
        prior[statement_by] = "principal"

    positions: dict[str, list[int]] = {}
    for i, turn in enumerate(turns):
        if turn.identity.named:
            positions.setdefault(turn.identity.key, []).append(i)
    officials = {t.identity.key for t in turns if _OFFICIAL.search(t.label.affiliation.casefold())}
    roles: dict[str, Role] = dict(prior)
    for _ in range(2):  # a second pass lets conclusions about some inform others
        for key, mine in positions.items():
            if key not in prior:
                roles[key] = _behaviour(mine, turns, roles)
                if key in officials and roles[key] == "questioner" and _asks(mine, turns) < 0.5:
                    roles[key] = "principal"  # an official who does not ask: "Albers (Foreign Office)"
    _demote_answering_moderator(positions, turns, roles)
    _briefing_spokesperson(turns, roles)

    result: list[Role] = []
    for turn in turns:
        if turn.identity.named:
            result.append(roles[turn.identity.key])
        else:
            result.append(turn.label.hint or label_role(turn.label) or "questioner")
    _ensure_principal(turns, result)
    return result


def label_role(label: Label) -> Role | None:
    """The role a label states, if it states one: ``Q``, "Spokesperson", "Secretary
    General", an outlet. Other roles and offices ("Chair", "Federal Foreign Office")
    are left to behaviour."""
    if label.hint:
        return label.hint
    text = label.affiliation.casefold()
    if text in _RANKS:
        return None  # "Commander Ana Reyes": a rank says nothing of the part played here
    if _MODERATOR.search(text):
        return "moderator"
    if _PRINCIPAL.search(text):
        return "principal"
    if not label.affiliation or _OFFICIAL.search(text) or any(w in ROLE_KEYWORDS for w in text.split()):
        return None
    if label.affiliation.isupper() and text not in OUTLET_WORDS:
        return None  # "SACEUR", "STAFF": an unknown acronym may be an office
    return "questioner"  # "Name, Outlet"


def _behaviour(mine: list[int], turns: list[RawTurn], roles: dict[str, Role]) -> Role:
    """The role that the turns at positions ``mine`` (one speaker's) behave like."""
    words = median(turns[i].words for i in mine)
    asks = sum(turns[i].asks for i in mine) / len(mine)
    after_question = sum(1 for i in mine if i > 0 and _is_question(turns[i - 1], roles)) / len(mine)
    before_question = sum(
        1 for i in mine if i + 1 < len(turns) and _is_question(turns[i + 1], roles)
    ) / len(mine)
    if len(mine) >= 2 and words <= 30 and asks < 0.5 and before_question >= 0.5 and after_question < 0.5:
        return "moderator"
    if after_question >= 0.5 and asks < 0.5:
        return "principal"
    if len(mine) >= 3 and words >= 60 and asks < 0.3:
        return "principal"
    return "questioner"


def _asks(mine: list[int], turns: list[RawTurn]) -> float:
    return sum(turns[i].asks for i in mine) / len(mine)


def _is_question(turn: RawTurn, roles: dict[str, Role]) -> bool:
    role = roles.get(turn.identity.key) if turn.identity.named else turn.label.hint
    if role:
        return role == "questioner"
    return turn.asks


def _demote_answering_moderator(positions: dict[str, list[int]], turns: list[RawTurn], roles: dict[str, Role]) -> None:
    """A spokesperson who answers the questions (a ministry's or the Commission's own
    briefing) is a principal there, not a moderator, even if they also give the floor."""
    for key, role in list(roles.items()):
        if role != "moderator":
            continue
        mine = positions.get(key, [])
        answers = [i for i in mine if i > 0 and _is_question(turns[i - 1], roles) and turns[i].words > 12]
        if not mine or not answers:
            continue
        if (len(answers) >= 2 and len(answers) / len(mine) >= 0.4) or median(turns[i].words for i in mine) > 40:
            roles[key] = "principal"


def _briefing_spokesperson(turns: list[RawTurn], roles: dict[str, Role]) -> None:
    """A spokesperson who opens a briefing with announcements of their own (the
    Commission's midday, a government press conference) made the opening statement,
    so they are its principal, even if they only give the floor afterwards. Where a
    principal speaks (or is labelled) too, the spokesperson only introduced them, unless
    they also answer questions themselves."""
    first_question = next((i for i, t in enumerate(turns) if _is_question(t, roles)), None)
    if first_question is None:
        return
    opening = [t for t in turns[:first_question] if t.identity.named]
    briefed: dict[str, int] = {}
    for turn in opening:
        if roles.get(turn.identity.key) == "moderator":
            briefed[turn.identity.key] = briefed.get(turn.identity.key, 0) + turn.words
    introduced = any(label_role(t.label) == "principal" for t in turns) or any(
        roles.get(t.identity.key) == "principal" for t in opening)
    for key, words in briefed.items():
        answered = sum(1 for i, turn in enumerate(turns) if i and turn.identity.key == key
                       and _is_question(turns[i - 1], roles) and turn.words > 25) >= 2
        # one who briefs and also answers (Operation Unified Protector's weekly briefing) is a
        # principal beside the others; one who only briefs is, unless they introduced someone
        if words >= _BRIEFING_WORDS and (answered or (not introduced and words == max(briefed.values()))):
            roles[key] = "principal"


#: Words of one's own before the first question that make an opening a briefing, not an introduction.
_BRIEFING_WORDS = 60


def _ensure_principal(turns: list[RawTurn], result: list[Role]) -> None:
    """With questions but no principal found, whoever answers most is the principal."""
    if "principal" in result or "questioner" not in result:
        return
    answers: dict[str, int] = {}
    for i, turn in enumerate(turns):
        if i and result[i - 1] == "questioner" and turn.identity.named and result[i] != "moderator":
            answers[turn.identity.key] = answers.get(turn.identity.key, 0) + 1
    if answers:
        best = max(answers, key=answers.__getitem__)
        for i, turn in enumerate(turns):
            if turn.identity.key == best:
                result[i] = "principal"
