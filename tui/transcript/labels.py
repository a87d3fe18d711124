"""Recognise speaker labels and read who they name.

A label is the part of a line that says who speaks: alone on its line
(``NATO Spokesperson Allison Hart``), or before the speech (``Jonathan Beale, BBC: …``,
``Reporter – …``, ``Q: …``, ``MR. PRICE: …``, ``**Label:** …``, ``[00:12:31] Name: …``,
``Name (01:47): …``). This module only reads one line; deciding whether a candidate
really is a label (a sentence can look like one) is the parser's job, using how often
the label and its style recur — see :class:`Candidate`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from tui.transcript.model import Role

# Words that make a label a role ("NATO Secretary General") rather than a name, and
# that are strong evidence a short line is a label at all.
ROLE_KEYWORDS = frozenset(
    """secretary secretary-general spokesperson spokesman spokeswoman president
    vice-president minister chancellor ambassador commissioner representative chair
    chairman chairwoman chairperson admiral general commander director king queen prince
    senator governor mayor moderator premier taoiseach rapporteur envoy colonel lieutenant
    major captain brigadier sergeant marshal speaker advisor adviser officer
    secrétaire ministre présidente président porte-parole ambassadeur ambassadrice amiral
    général générale commissaire chancelier chancelière représentant représentante
    bundeskanzler bundeskanzlerin kanzler kanzlerin präsident präsidentin staatspräsident bundespräsident
    bundesminister bundesministerin ministerpräsident staatssekretär regierungssprecher""".split()
)
# Words that may stand in a role phrase beside the keywords.
# A rank abbreviated inside a role ("… AIR FORCE MAJ. GEN. PAT RYDER"), which may also
# stand before a surname alone ("COL. MUNTEANU").
_RANK_ABBREVIATIONS = frozenset("maj gen lt col adm sgt capt brig cmdr cdr radm vadm".split())
_ROLE_MODIFIERS = frozenset(
    """deputy acting vice prime foreign defence defense high chief head assistant under
    former state affairs press special senior supreme allied executive principal
    permanent his her excellency hon honourable honorable rt right sir dame lord
    lady official adjoint adjointe délégué déléguée haut haute madam air force army navy marine corps""".split()
) | _RANK_ABBREVIATIONS
# Lower-case words allowed inside names and role phrases.
_CONNECTORS = frozenset(
    "of the for and de da du des del della van von der den ter la le di al el bin ben y & at on to".split()
)
# Lower-case words that continue a role phrase ("Minister of Defence"), unlike the
# particles inside names ("Minister van Dam").
_PHRASE_CONNECTORS = frozenset("of the for and at on to".split())
# Words naming news outlets: a label made of these is an outlet, not a person.
OUTLET_WORDS = frozenset(
    """radio television tv news agency times post media broadcasting broadcaster service
    journal herald gazette network channel newspaper magazine daily tribune telegraph
    wire press reuters afp bbc cnn ap dpa efe ansa nhk zdf ard rfe politico bloomberg
    euronews interfax ukrinform tass pravda dw nos rnd faz npr abc cbs nbc fox sky
    yle rtl rai tvn shimbun kyodo jiji yomiuri nikkei xinhua agence""".split()
)
# Organisations whose acronyms stand in role names ("NATO SECRETARY GENERAL").
_ORG_ACRONYMS = frozenset("nato otan eu un us uk osce oas au g7 g20 who imf".split())
# Words of offices, roles and page furniture that no person's name contains.
_NOT_IN_NAMES = _ROLE_MODIFIERS - {"sir", "dame", "lord", "lady", "his", "her", "right"} - _RANK_ABBREVIATIONS | frozenset(
    """ministry department office committee council government commission agency
    participants speakers briefing conference transcript statement programme
    headquarters embassy delegation question questions follow-up answer reporter journalist
    cabinet relations communications public information""".split()
)
# Acronyms that start sentences rather than name a reporter's outlet.
_NOT_OUTLETS = frozenset("nato otan eu un us usa uk ok tv".split())
# A line starting with one of these is a sentence, not a label.
_SENTENCE_STARTERS = frozenset(
    """and but so or if when then we i you he she it they this that these those there
    here yes no well okay ok thank thanks now also in on at as for from with to of by
    what why how who where which let please my our your today tomorrow yesterday first
    finally all just because after before once while since not more most some many""".split()
)
# Words that start a sentence but never an outlet's or a role's name.
_PRONOUNS_AND_CONJUNCTIONS = frozenset(
    """and but so or if when we i you he she it they this that there here yes no well
    okay ok thank thanks what why how""".split()
)
# Generic labels that name a role but no person.
_GENERIC: dict[str, Role] = {
    "q": "questioner", "question": "questioner", "questions": "questioner",
    "reporter": "questioner", "journalist": "questioner", "audience": "questioner",
    "audience member": "questioner", "participant": "questioner",
    "unidentified reporter": "questioner", "unidentified speaker": "questioner",
    "unidentified journalist": "questioner", "unidentified questioner": "questioner",
    "unidentified correspondent": "questioner", "off-mic": "questioner", "voice": "questioner",
    "a": "principal", "answer": "principal", "r": "principal",  # "Q :" / "R :" (question / réponse)
    "correspondent": "questioner", "follow-up": "questioner", "follow-up question": "questioner",
    "interviewer": "questioner", "presenter": "questioner", "anchor": "questioner",
    "follow up": "questioner", "follow up question": "questioner", "supplementary question": "questioner",
    "additional question": "questioner", "further question": "questioner", "another question": "questioner",
    "audience question": "questioner", "media": "questioner", "press": "questioner",
    "moderator": "moderator", "host": "moderator", "mc": "moderator",
    "master of ceremonies": "moderator", "chair": "moderator", "operator": "moderator",  # a phone briefing's
    "staff": "moderator",  # the Pentagon's press officer running the room
    "unknown speaker": "questioner", "unknown": "questioner",
    # an interpreter's aside ("Sorry, the channel was interrupted.") manages the room, like a moderator
    "interpreter": "moderator", "interprète": "moderator",
    "modérateur": "moderator", "modératrice": "moderator", "animateur": "moderator",
    "animatrice": "moderator", "journaliste": "questioner", "réponse": "principal",
    # other languages' reporters and questions
    "jurnalist": "questioner", "periodista": "questioner", "giornalista": "questioner", "dziennikarz": "questioner",
    "journalistin": "questioner", "întrebare": "questioner", "pregunta": "questioner", "domanda": "questioner",
    "pytanie": "questioner", "frage": "questioner",
}
# Parenthesised notes after a label that say how, not who.
_NOTE = re.compile(
    r"(?:(?:via|through|in|by|with)\s+(?:the\s+|an?\s+)?)?(?:interpretation|interpreter|translation|translated"
    r"|inaudible|off[- ]mic|continuing|cont'?d|speaking [a-z]+|in [a-z]+|[a-z]+ interpretation|audio|video"
    r"|remote|by video(?:link)?|by phone|as interpreted|interpreted|guest|external|unverified)"
    r"(?:\s+(?:from|into)\s+[a-z]+)?"  # "(interpretation from Ukrainian)"
)
_NUMBERED_SPEAKER = re.compile(r"^(?:Speaker|Participant|Journalist|Reporter|Voice|Person|Interviewer|Caller)\s+\d{1,3}$", re.I)
_NUMBERED_OFFICIAL = re.compile(
    r"^((?:[A-Z][\w.-]*\s+){0,4}(?:Official|Officer|Diplomat|Briefer|Administration Official))\s+(?:\d{1,3}|One|Two|Three)$")
_HONORIFIC = re.compile(r"^(MR|MS|MRS|MISS|DR|PROF|GEN|ADM|AMB|SEN|REP|M|MME|MLLE|SIR|DAME)\.?\s+(.+)$", re.I)
_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?"
_LEADING_TIME = re.compile(rf"^[\[(]?{_TIME}[\])]?\s*[-–—]?\s*")
_BARE_TRAILING_TIME = re.compile(rf"\s+{_TIME}$")
_TRAILING_TIME = re.compile(rf"\s*[\[(]{_TIME}[\])]\s*$")
_BOLD = re.compile(r"^(\*\*|__)(.+?)\1\s*")
_QA_INLINE = re.compile(
    r"^(Q|A|QUESTION|ANSWER|Question|Answer)\s*(?:\(([^()]{1,60})\))?\s*(?::|\.\s*[-–—]|[.\-–—](?!\s*[a-z]))\s*(\S.*)$"
    r"|^(Q)\s+(?:\(([^()]{1,60})\)\s+)?([^\s=].*)$"  # White House style: "Q    Thank you."
)
_INITIAL_AND_SURNAME = re.compile(r"^[A-Z]\.\s?[A-ZÀ-Ö][\w'’-]+(?:[- ][A-ZÀ-Ö][\w'’-]+)?\s*:\s+(?=[A-Z\"“(\[])")
_SUFFIX = re.compile(r",\s*((?:Jr|Sr|JR|SR)\.?)(?=$|[:)])")  # the name's end: not "Jane Doe, Sr. Director …"
# "Question – Agence Europe", "Question – Katarzyna Wrona, TVN24": an outlet or a name, every word capitalised
_ASKER_DASHED = re.compile(r"^(Question|Reporter|Journalist|Q)\s+[–—-]\s+((?:[A-Z0-9][\w.&'’-]*,?\s?){1,6})$")
_TRAILING_NOTE = re.compile(r"^(.+?)\s*\[([^\[\]]{1,40})\]$")
_ASKER_IN_BRACKETS = re.compile(r"^\[([^\[\]]{2,60})\]\s+(\S.*)$")
_QA_DASHED = re.compile(
    r"^(Question|Answer|QUESTION|ANSWER|Q|A)\b\s*(?:[-–—]\s*)?((?:[^-–—:]{1,60}?\s[-–—]\s){1,2})(\S.*)$")
_INLINE_COLON = re.compile(r"^((?:[^:]|:(?!\s)){1,90}?)\s*:\s+(\S.*)$")  # "Name (UA:First): …"
# No space after the colon, as typed on old pages: "JAAP DE HOOP SCHEFFER (Secretary General of NATO):Thank you"
_TIGHT_COLON = re.compile(r"^([^:]{1,88}\)|[A-Z][A-Z .'’-]{2,60}[A-Z]):(?=[A-Z\"“][a-z])(\S.*)$")
_INLINE_DASH = re.compile(r"^(.{1,90}?)(?:\s+[–—-]{1,2}|\.-)\s+(\S.*)$")  # "Name – …", La Moncloa's "Name.- …"
_TWO_PARENS = re.compile(r"^([^()]+?)\s*\(([^()]{1,60})\)\s*\(([^()]{1,20})\)$")
_PAREN = re.compile(r"^([^()]+?)\s*\(([^()]{1,100})\)$")
# Words that open an enumeration or a transition in speech ("Second, Sweden: …").
_ENUMERATORS = frozenset(
    """first second third fourth fifth sixth firstly secondly thirdly lastly finally again also next then
    now today tomorrow yesterday moreover furthermore however meanwhile similarly likewise indeed overall
    otherwise instead therefore still yet here there""".split()
)
_FOLLOW_UP_NOTE = re.compile(r",\s*(?:follow[- ]?up|cont(?:inued|'d)?)(?=\s*\()", re.I)
_QUESTION_NUMBER = re.compile(r"^Q\d{1,3}\s+(?=\S)")
_CHEVRON = re.compile(r"^(?:>>+\s*)+")
_LEADING_TAG = re.compile(r"^(?:\[([^\[\]]{1,60})\]|<v\.?[\w.]*\s+([^<>]{1,60})>)\s*")
_STAGE_NOTE = re.compile(
    r"laughter|laughs|laughing|applause|crosstalk|cross-talk|pause|silence|music|interruption|interrupting"
    r"|overlapping|unintelligible|indistinct|indiscernible|break|recess|end|ends|inaudible|sic|applauds|video"
    r"|audio|clip|chuckles|chuckling|sighs|nods|smiles|difficulties|translation|interpretation|begin|microphone"
    r"|mic|cough|coughs|noise|background|static|unclear|transcript|transcription|graphic|footage|commercial"
)
_STOP = re.compile(r"(?<=[A-Z])\.\s+")
_BRACKETED = re.compile(r"^([^\[\]()]+?)\s*\[([^\[\]]{1,60})\]$")
_ELISION = re.compile(r"^[lLdD]['’](?=\w)")
_ARTICLE = re.compile(r"^(?:The|THE|Le|LE|La|LA|L['’])\s*(?=\w)")
_SENTENCE_END = re.compile(r"[.?!…;,]$")
_WORD = re.compile(r"\w")
_MAX_LABEL_WORDS = 14


@dataclass(frozen=True, slots=True)
class Label:
    """Who a label names. ``strong`` labels carry their own evidence (a role word, an
    outlet after a comma, ``Q:``); weak ones are bare names, accepted only when the
    document shows they are labels (see the parser)."""

    raw: str
    speaker: str
    affiliation: str
    hint: Role | None
    strong: bool

    @property
    def key(self) -> str:
        """Identity of the label text, for counting recurrences."""
        return " ".join(self.raw.casefold().split())


@dataclass(frozen=True, slots=True)
class Candidate:
    """A line that may start a turn: its label, the speech after it on the same line
    (empty for a label alone on its line) and the label's style."""

    label: Label
    rest: str
    style: str


@lru_cache(maxsize=8192)
def read_candidate(line: str) -> Candidate | None:
    """Read ``line`` as a labelled line, if it can be one. (Cached: the parser asks
    about the same paragraph at several steps; the answer is immutable.)"""
    line = line.strip()
    if not line or len(line) > 100_000:
        return None
    styled = ""
    bold = _BOLD.match(line)
    if bold:
        inner = bold.group(2).strip()
        after = line[bold.end():].lstrip()
        if inner.endswith(":") or after.startswith(":"):
            inner = inner.rstrip(":").strip()
            after = after.lstrip(":").strip()
            label = read_label(inner)
            if label:
                return Candidate(label, after, "bold")
        return None
    chevron = _CHEVRON.match(line)
    if chevron:  # live captions: ">> MODERATOR: …", and a bare ">>" where the captioner did not know who
        line = line[chevron.end():]
        found = read_candidate(line) if line else None
        if found:
            return Candidate(found.label, found.rest, "chevron-" + found.style)
        return Candidate(Label(">>", "", "", None, True), line, "chevron")
    numbered = _QUESTION_NUMBER.match(line)
    if numbered:  # "Q4<TAB>Dr Carrick: …" (a committee's record numbers its questions)
        found = read_candidate(line[numbered.end():])
        if found and found.rest:
            return Candidate(found.label, found.rest, "numbered-" + found.style)
    timed = _LEADING_TIME.match(line)
    if timed and timed.end() < len(line):
        line = line[timed.end():]
        styled = "timed-"
    tagged = _LEADING_TAG.match(line)
    if tagged:  # "[Minister Sæther] Thank you.", "<v Mark Rutte>Good afternoon."
        label = _tag_label(tagged.group(1) or tagged.group(2))
        if label and tagged.group(2):  # a caption's voice tag says outright who speaks
            label = Label(label.raw, label.speaker, label.affiliation, label.hint, True)
        elif tagged.group(2) and not _is_stage_note(tagged.group(2)):
            name = " ".join(tagged.group(2).split())  # whatever it looks like: "HQ SACT Conf Room 2"
            label = Label(name, name, "", None, True)
        if label:
            return Candidate(label, line[tagged.end():].strip(), styled + "tag")
    dashed = _dashed_qa(line)
    if dashed:
        return Candidate(dashed[0], dashed[1], styled + "qa-dashed")
    asker = _ASKER_DASHED.match(line)
    if asker and len(asker.group(2).split()) <= 6:  # the Council's "Question – Agence Europe" on its own line
        label = read_label(f"{asker.group(1)} ({asker.group(2)})")
        if label:
            return Candidate(label, "", styled + "alone")
    qa = _QA_INLINE.match(line)
    if qa and _INITIAL_AND_SURNAME.match(line):
        qa = None  # "A. Stubb: I agree …" is Alexander Stubb, not an answer
    if qa:
        word, note, rest = (qa.group(1), qa.group(2), qa.group(3)) if qa.group(1) else qa.group(4, 5, 6)
        label = read_label(word + (f" ({note})" if note else ""))
        named = _INLINE_COLON.match(rest)
        if label and label.hint == "questioner" and not note and named and "," in named.group(1) \
                and not re.search(r"[.?!]\s", named.group(1)):
            asker = read_label(named.group(1))  # "Q – Martin Lewis, Reuters: Secretary General, …"
            if asker and asker.speaker and asker.affiliation and asker.hint is None \
                    and not _is_role_phrase(asker.affiliation.split()):
                raw = line[: len(line) - len(named.group(2))].rstrip().rstrip(":").rstrip()
                label = Label(raw, asker.speaker, asker.affiliation, "questioner", True)
                rest = named.group(2)
        bracket = _ASKER_IN_BRACKETS.match(rest)
        if label and label.hint == "questioner" and not note and bracket:
            asker = _tag_label(bracket.group(1))  # "Q. [Ana Ribeiro, Lusa] On the review …", not "[Crosstalk]"
            if asker and asker.hint is None and (asker.strong or " " in asker.speaker):  # not "[NATO] allies …"
                raw = line[: len(line) - len(bracket.group(2))].rstrip()
                label, rest = Label(raw, asker.speaker, asker.affiliation, "questioner", True), bracket.group(2)
        if label:
            return Candidate(label, rest, styled + "qa")
    alone = _alone(line)
    if alone:
        return Candidate(alone, "", styled + "alone")
    clocked = _BARE_TRAILING_TIME.search(line)
    if clocked and not styled:  # "Carla Mendes  0:02" (a meeting recorder's export)
        alone = _alone(line[:clocked.start()])
        if alone and alone.speaker and " " not in alone.speaker and re.fullmatch(r"[A-Z][a-z'’-]+", alone.affiliation):
            # a meeting app's "Pevkur, Hanno  1:08": surname, then given name
            alone = Label(alone.raw, f"{alone.affiliation} {alone.speaker}", "", None, False)
        if alone and (alone.strong or (alone.speaker and _is_person(alone.speaker.split()))):
            # a plain style of its own: a chapter list ("Ukraine Support 5:12") must not pass as established labels
            return Candidate(alone, "", "clocked")
    for style, pattern in (("colon", _INLINE_COLON), ("colon", _TIGHT_COLON), ("dash", _INLINE_DASH)):
        match = pattern.match(line)
        if match and (style == "dash" and match.group(2)[0].islower() or not _WORD.search(match.group(2))):
            continue  # "President Macron – and I spoke to him – has …": an aside, not a label
        if match:
            label = read_label(_TRAILING_TIME.sub("", match.group(1)))
            if label:
                return Candidate(label, match.group(2), styled + style)
    stopped = _stop_label(line)
    if stopped:
        return stopped
    # "Name (01:47) text" without a colon
    paren_time = re.match(rf"^([^()\[\]]{{1,80}}?)\s*[\[(]{_TIME}[\])]\s*:?\s*(\S.*)$", line)
    if paren_time:
        label = read_label(paren_time.group(1))
        if label:
            return Candidate(label, paren_time.group(2), "timed-inline")
    return None


def _dashed_qa(line: str) -> tuple[Label, str] | None:
    """"Question - Tomas Kral - Czech Radio - …", "Q Reuters - …", "Answer - Secretary
    General - …" (older nato.int pages): Q or A, then who, each part ended by a dash."""
    match = _QA_DASHED.match(line)
    if not match:
        return None
    asks = match.group(1)[0] in "Qq"
    parts = [part.strip() for part in re.split(r"\s[-–—]\s", match.group(2).strip(" -–—")) if part.strip()]
    parts = [part for part in parts if not _NOTE.fullmatch(part.strip("()[] ").casefold())]  # "(inaudible)"
    if not parts:
        return None
    who = read_label(", ".join(parts)) if len(parts) == 2 else read_label(parts[0])
    if who is None or who.hint not in (None, "questioner" if asks else "principal"):
        return None
    raw = line[: match.start(3)].rstrip(" -–—")
    if asks:
        if who.speaker and not who.affiliation and len(parts) == 1 and not _is_person(parts[0].split()):
            return None
        return Label(raw, who.speaker, who.affiliation, "questioner", True), match.group(3)
    return Label(raw, who.speaker, who.affiliation, None, True), match.group(3)


def _without_note(inner: str) -> str:
    """"TV 2, via interpretation" → "TV 2": how someone spoke is not who they are."""
    head, comma, last = inner.rpartition(",")
    return head.strip() if comma and _NOTE.fullmatch(last.strip().casefold()) else inner


def _tag_label(inner: str) -> Label | None:
    """The label in a bracketed tag, unless the tag is a stage note ("[Laughter]")."""
    inner = inner.strip()
    if _is_stage_note(inner):
        return None  # "[Laughter]", "[Audience Laughter]", "[Begin Video Clip]"
    return read_label(inner)


def _is_stage_note(text: str) -> bool:
    folded = text.strip().casefold()
    return bool(_NOTE.fullmatch(folded)) or any(_STAGE_NOTE.fullmatch(word.strip(".,")) for word in folded.split())


def _stop_label(line: str) -> Candidate | None:
    """"SECRETARY GENERAL.  Ladies and gentlemen": a label in capitals ended by a full
    stop (old nato.int pages). Only capitals: a capitalised word ending a short
    sentence ("Thank you. Next.") is never read as a label this way."""
    for match in _STOP.finditer(line[:80]):
        head, rest = line[:match.start()], line[match.end():]
        if not head or not _all_caps(head) or not rest[:1].isupper() or not any(c.islower() for c in rest):
            continue  # in text all in capitals (live captions) a capital label cannot stand out
        if head.split()[-1].casefold() in _ABBREVIATED:
            continue  # "… AIR FORCE MAJ. GEN. PAT RYDER:": a rank's full stop, not the label's
        label = read_label(head)
        if label and label.strong:
            return Candidate(label, line[match.end():], "stop")
    return None


_ABBREVIATED = frozenset("maj gen lt col adm sgt capt brig dr mr ms mrs st sen rep gov amb prof cmdr cdr radm vadm "
                         "hon rt jr sr".split())


def _alone(line: str) -> Label | None:
    """A label alone on its line, with or without a trailing colon."""
    if len(line) > 120:
        return None  # labels are short; a long line is speech
    text = line.rstrip()
    had_colon = text.endswith((":", " –", " —", " -"))  # a separator with the speech below
    text = _TRAILING_TIME.sub("", text.rstrip(":–—- ")).rstrip()
    had_colon = had_colon or text.endswith(":")
    text = text.rstrip(":").rstrip()
    asker = _ASKER_DASHED.match(text)
    if asker and len(asker.group(2).split()) <= 6:  # the Council's "Question – Agence Europe" on its own line
        return read_label(f"{asker.group(1)} ({asker.group(2)})")
    if re.search(r":\s|\s[–—-]{1,2}\s", text):
        return None  # an inline label with speech after it, not a label alone
    if not had_colon and _SENTENCE_END.search(text.rstrip("\"'”’)]")) and not _abbrev_end(text):
        return None
    enclosed = re.fullmatch(r"\(([^()]{2,80})\)", text)
    if enclosed:  # the Japanese Prime Minister's site: "(Prime Minister Kishida)", "(Reporter)"; not "(Laughter)"
        return None if _is_stage_note(enclosed.group(1)) else read_label(enclosed.group(1))
    return read_label(text)


def _abbrev_end(text: str) -> bool:
    """'Q.' or 'MR. PRICE.'-style endings are not sentence ends."""
    return bool(re.search(r"(?:^|\s)(?:Q|A|Mr|Ms|Mrs|Dr|Jr|Sr)\.$", text))


@lru_cache(maxsize=16384)
def read_label(text: str) -> Label | None:
    """Read who ``text`` (a whole label, without its colon) names, or None if it
    cannot be a label. (Cached like read_candidate: headers and tables ask again.)"""
    raw = " ".join(text.replace("**", "").split())
    raw = _SUFFIX.sub(r" \1", raw.rstrip(":").strip())  # "CHARLES Q. BROWN, JR." is one name
    noted = _TRAILING_NOTE.match(raw)
    if noted and _is_stage_note(noted.group(2)):
        raw = noted.group(1)  # "Reporter (Émilie Gagnon, Radio-Canada) [Interpretation]"
    if not raw or len(raw) > 90 or raw[0] in "\"'“‘([" and not raw.startswith("("):
        return None
    bracketed = _BRACKETED.match(raw)
    if bracketed:  # "Question [Iryna Koval, Ukrinform]" reads like its parenthesised twin
        label = read_label(f"{bracketed.group(1)} ({bracketed.group(2)})")
        return Label(raw, label.speaker, label.affiliation, label.hint, label.strong) if label else None
    article = _ARTICLE.match(raw)
    if article:  # "The Prime Minister", "Le Secrétaire général": an office, no name
        office = read_label(raw[article.end():])
        if office and office.affiliation and office.hint is None and _is_role_phrase(office.affiliation.split()):
            return Label(raw, office.speaker, office.affiliation, None, True)
    words = raw.split()
    if len(words) > _MAX_LABEL_WORDS or (len(words) > 1 and words[-1].casefold() in _CONNECTORS):
        return None  # too long, or ends mid-phrase ("Minister of the")
    if re.search(r"\w['’][sS]\b", raw):
        return None  # a possessive: "SECRETARY-GENERAL'S TRAVELS" is a heading
    generic = _generic(raw) or _generic_with_name(raw)
    if generic:
        return generic
    numbered = _NUMBERED_SPEAKER.match(raw)
    if numbered:  # "Speaker 4" (machine transcription): a person whose name is unknown
        return Label(raw, raw, "", None, True)
    official = _NUMBERED_OFFICIAL.match(raw)
    if official:  # "Senior NATO Official 1" (a background briefing): one person, unnamed, in that office
        return Label(raw, raw, official.group(1), None, True)
    honorific = _HONORIFIC.match(raw)
    if honorific and _all_caps(honorific.group(2)) and "," not in raw and _name_tokens(honorific.group(2).split()):
        if len(honorific.group(2).split()) >= 2 and _is_person(honorific.group(2).split()):
            return Label(raw, _titled(honorific.group(2)), "", None, True)  # "MR RADOSŁAW SIKORSKI": a full name
        title = honorific.group(1).capitalize()
        return Label(raw, f"{title}. {_titled(honorific.group(2))}", "", None, True)
    twice = _TWO_PARENS.match(raw)
    if twice:  # "Oliver Pennington (Mid Wiltshire) (Con)": a member, the seat and the party
        first = read_label(f"{twice.group(1)} ({twice.group(2)})")
        if first and first.speaker:
            return Label(raw, first.speaker, f"{first.affiliation} ({twice.group(3)})".strip(), first.hint, True)
    paren = _PAREN.match(raw)
    if paren:
        inner = _without_note(paren.group(2).strip())
        name = paren.group(1).strip()
        if _NOTE.fullmatch(inner.casefold()):  # "Prime Minister Tõnis Kask (interpretation)"
            inner_label = read_label(name)
            return Label(raw, inner_label.speaker, inner_label.affiliation, inner_label.hint,
                         inner_label.strong) if inner_label else None
        if not _affiliation_like(inner):
            return None
        if _is_person(name.split()):
            return Label(raw, _titled(name), inner, None, True)
        titled = read_label(name)  # "Admiral Henrik Solberg (Chair of the NATO Military Committee)"
        if titled and titled.speaker and titled.hint is None:
            return Label(raw, titled.speaker, inner, None, True)
        if titled and not titled.speaker and titled.affiliation and _is_person(inner.split()):
            return Label(raw, _titled(inner), titled.affiliation, titled.hint, True)  # "Madam Deputy Speaker (Harriet Cole)"
        return None
    for separator in (" / ", " - ", " – "):  # "Maïa Lefort / Politico Europe", "Tom Hadley - Defense News"
        if separator in raw:
            return _comma_label(raw.replace(separator, ", ", 1))
    if "," in raw:
        return _comma_label(raw)
    return _plain_label(raw)


def _generic(raw: str) -> Label | None:
    """``Q``, ``Question``, ``Reporter (AFP)``, ``Question from Reuters``, ``A``…"""
    text = _FOLLOW_UP_NOTE.sub("", raw)  # "Question 1, follow-up (Reuters)" is Question 1's reporter again
    match = re.match(
        r"^((?:[^\W\d_]|[ -])+?)(?:\s+\d{1,3}(?:\s*(?:bis|ter|[a-z]))?)?\s*(?:\(([^()]+)\)|\s(?:from|of|by|with)\s(.+)|,\s*([^,]+))?$", text)
    if not match:
        return None
    word = match.group(1).casefold().rstrip(".").strip()  # "Question 1 (Le Monde)" too
    role = _GENERIC.get(word)
    if role is None:
        return None
    if not raw[0].isupper():
        return None  # "answer the question" is speech; labels are capitalised
    inner = _without_note((match.group(2) or match.group(3) or match.group(4) or "").strip())  # "Reporter, NRK" too
    if _is_stage_note(inner.rstrip(". ")):
        inner = ""  # "Q (As interpreted.)"
    inner = re.sub(r",\s*(?:follow[- ]up|cont(?:inued|'d)?|again)$", "", inner, flags=re.I)  # "Reuters, follow-up"
    if not inner:  # "CHAIR:" is one person's seat, so it names them; "Q:" names nobody
        return Label(raw, "", "Chair" if word == "chair" else "", role, True)
    if not _affiliation_like(inner):
        if match.group(3) or match.group(4):
            return None
        return Label(raw, "", "", role, True)  # "QUESTION (interpretation)": a note
    if role == "questioner":  # "Question (Lange)", "Question (Lili Novak, Euronews)"
        name, _, outlet = (part.strip() for part in inner.partition(","))
        if outlet and _is_person(name.split()):
            return Label(raw, _titled(name), outlet, role, True)
        # one word is more often an outlet ("QUESTION (Reuters)") than a surname
        if not outlet and len(name.split()) >= 2 and _is_person(name.split()):
            return Label(raw, _titled(name), "", role, True)
    elif len(inner.split()) >= 2 and _is_person(inner.split()):  # "MODERATOR (Oana Lungescu)"
        return Label(raw, _titled(inner), "", role, True)
    return Label(raw, "", inner, role, True)


def _generic_with_name(raw: str) -> Label | None:
    """"QUESTION BRANDT", "FOLLOW-UP QUESTION KELLER", "Chair Wehling": a generic label and a surname."""
    words = raw.split()
    for cut in (2, 1):
        if len(words) > cut:
            label = _generic(" ".join(words[:cut]))
            rest = words[cut:]
            if label is not None and label.hint in ("questioner", "moderator") and len(rest) <= 3 and _is_person(rest):
                return Label(raw, _titled(" ".join(rest)), "", label.hint, True)  # "Chair Wehling"
    return None


def _comma_label(raw: str) -> Label | None:
    left, right = (part.strip() for part in raw.split(",", 1))
    if not left or not right:
        return None
    bare = _HONORIFIC.match(left)
    if bare and len(bare.group(2).split()) >= 2 and _is_person(bare.group(2).split()):
        left = bare.group(2)  # "MR RADOSŁAW SIKORSKI, DEPUTY PRIME MINISTER …"
    left_words, right_words = left.split(), right.split()
    if _is_role_phrase(left_words) and _is_person(right_words):
        return Label(raw, _titled(right), left, None, True)
    if _is_role_phrase(left_words) and len(right_words) >= 2:
        ranked = _plain_label(right)  # "Chair of the NATO Military Committee, Admiral Giuseppe Cavo Dragone"
        if ranked and ranked.speaker and ranked.hint is None and " " in ranked.speaker:
            return Label(raw, ranked.speaker, left, None, True)
    if _is_person(left_words) and _affiliation_like(right):
        if len(left_words) == 1 and not _mentions(right, ROLE_KEYWORDS | OUTLET_WORDS):
            if _outlet_shaped(right_words) and left.casefold() not in _ENUMERATORS:  # "Helen, STAT", "Olivier, Le Temps": the document must confirm it
                return Label(raw, _titled(left), right, None, False)
            return None  # "Tallinn, 15 February 2018"
        return Label(raw, _titled(left), right, None, True)
    if len(right_words) == 1 and right[:1].isupper() and _mentions(left, OUTLET_WORDS) \
            and _is_person(right_words) and len(left_words) <= 4:
        return Label(raw, _titled(right), left, "questioner", True)  # "Kyodo News, Watanabe": outlet, then surname
    if len(left_words) >= 3 and _affiliation_like(right):
        titled = _plain_label(left)  # "Admiral Rob Bauer, Chair of the NATO Military Committee"
        if titled and titled.speaker and titled.hint is None:
            return Label(raw, titled.speaker, right, None, True)
    return None


def _outlet_shaped(words: list[str]) -> bool:
    """One acronym ("STAT") or up to three capitalised words without digits ("Le Temps").
    (Only reached for a one-word name; see _ENUMERATORS for what that name may not be.)"""
    if len(words) == 1 and _acronym(words[0]) and len(words[0]) <= 6:
        return True
    return 1 <= len(words) <= 3 and all(w[:1].isupper() and not any(c.isdigit() for c in w) for w in words)


def _mentions(text: str, words: frozenset[str]) -> bool:
    return any(w.casefold().strip(".,()") in words for w in text.split())


def _plain_label(raw: str) -> Label | None:
    german = _GERMAN_OFFICE.match(raw)
    if german:  # a Mitschrift's "BK’in Merkel", "P Sarkozy"
        office = _GERMAN_OFFICES[german.group(1).replace("’", "'").casefold()]
        return Label(raw, german.group(2), office, None, True)
    words = raw.split()
    if not _name_tokens(words) or words[0].casefold() in _SENTENCE_STARTERS:
        return None
    folded = [w.casefold().strip(".") for w in words]
    shouting = _all_caps(raw)  # in a label written in capitals every word looks like an acronym
    keyword_at = max((i for i, w in enumerate(folded) if _is_role_word(w)), default=-1)
    role_at = [
        i for i, w in enumerate(folded)
        if (_is_role_word(w) or w in _ROLE_MODIFIERS or (w in _ORG_ACRONYMS if shouting else (
            _acronym(words[i]) and not (i > keyword_at >= 0 and len(w) >= 5))))  # "… Minister NAKATANI Gen": a surname
        and not (w in _RANK_ABBREVIATIONS and i == len(words) - 1)  # and "Gen" a given name
    ]
    has_keyword = any(_is_role_word(w) for w in folded)
    if has_keyword:
        name, affiliation = _split_role_and_name(words, role_at)
        if name is None:
            return None
        # a lone role word ("Minister") is a label only if the document repeats it
        return Label(raw, name, _titled(affiliation), None, bool(name) or len(words) > 1)
    if any(w in OUTLET_WORDS for w in folded) and (len(words) >= 2 or words[0][:1].isupper()):
        return Label(raw, "", raw, "questioner", True)  # "Lithuanian National Radio", "Reuters —"
    if len(words) == 1 and _acronym(words[0]) and folded[0] not in _NOT_OUTLETS:
        if len(folded[0]) >= 6 and folded[0] not in OUTLET_WORDS:
            return Label(raw, _titled(raw), "", None, False)  # "STOLTENBERG:", a surname
        # "ANSA:", "BBC –" ask; an unknown one ("STAFF:") is left to behaviour
        known_outlet = folded[0] in OUTLET_WORDS
        return Label(raw, "", raw, "questioner" if known_outlet else None, known_outlet)
    if len(words) in (2, 3) and _office_acronym(words[0]) and _is_person(words[1:]) and not shouting:
        return Label(raw, _titled(" ".join(words[1:])), words[0], None, False)  # "FM Sikorski", "HR/VP Kallas"
    if _is_person(words):
        return Label(raw, _titled(raw), "", None, False)
    if sum(w in _NOT_IN_NAMES for w in folded) >= 2:
        return Label(raw, "", _titled(raw), None, False)  # "SENIOR STATE DEPARTMENT OFFICIAL ONE"
    return None


# The German government's transcripts abbreviate offices before a surname.
_GERMAN_OFFICES = {"bk'in": "Bundeskanzlerin", "bk": "Bundeskanzler", "bm'in": "Bundesministerin",
                   "bm": "Bundesminister", "sts": "Staatssekretär", "p": "Präsident", "mp": "Ministerpräsident"}
_GERMAN_OFFICE = re.compile(r"^(BK[’']in|BK|BM[’']in|BM|StS|P|MP)\s+([A-ZÄÖÜ][\w'’-]+)$")


def _is_role_word(folded: str) -> bool:
    """A role keyword, alone or joined by a slash or hyphens ("representative/vice-president",
    "chairperson-in-office", "director-general")."""
    return folded in ROLE_KEYWORDS or any(part in ROLE_KEYWORDS for part in re.split(r"[/-]", folded) if part)


def _split_role_and_name(words: list[str], role_at: list[int]) -> tuple[str | None, str]:
    """Split "NATO Secretary General Mark Rutte" (or "Mark Rutte NATO Secretary
    General", or "President of Ukraine Volodymyr Zelenskyy") into name and role."""
    last = role_at[-1]
    rest = words[last + 1:]
    if not rest:
        first = role_at[0]
        head = words[:first]
        if len(head) >= 2 and _is_person(head):  # "Mark Rutte NATO Secretary General"
            return _titled(" ".join(head)), " ".join(words[first:])
        if head and (any(w.casefold() in _NOT_IN_NAMES for w in head)
                     or (len(head) == 1 and sum(c.isupper() for c in head[0]) >= 2)):
            return "", " ".join(words)  # "FINANCE MINISTRY SPOKESPERSON", "MoD press officer": an office's role
        if head:
            return None, ""
        return "", " ".join(words)
    if rest[0].casefold() in _PHRASE_CONNECTORS:
        # an organisation phrase follows the role: the name is the last two capitalised
        # words and any particles between them ("Ursula von der Leyen")
        capitals = [i for i, w in enumerate(rest) if w[:1].isupper()]
        if len(capitals) < 3:
            return "", " ".join(words)
        # "of Norway Jonas Gahr Støre": one country after "of", then a three-word name
        left = rest[2:]
        if rest[0].casefold() == "of" and capitals[0] == 1 and len(left) == 3 and _is_person(left):
            return _titled(" ".join(left)), " ".join(words[: len(words) - len(left)])
        start = capitals[-2]
        while start > 0 and rest[start - 1].casefold() in _CONNECTORS and start - 1 > capitals[-3]:
            start -= 1
        if rest[start].casefold() in _CONNECTORS:
            start = capitals[-2]
        name = rest[start:]
        return _titled(" ".join(name)), " ".join(words[: len(words) - len(name)])
    particles = next((i for i, w in enumerate(rest) if w.casefold() not in _CONNECTORS), len(rest))
    if _is_person(rest) or (len(rest) == 1 and rest[0][:1].isupper()) or (
            0 < particles < len(rest) and _is_person(rest[particles:])):  # "Minister van Dam", "President von der Leyen"
        return _titled(" ".join(rest)), " ".join(words[: last + 1])
    return None, ""


def _is_role_phrase(words: list[str]) -> bool:
    bare = [_elided(w) for w in words]
    folded = [w.casefold().strip(".") for w in bare]
    return any(w in ROLE_KEYWORDS for w in folded) and all(
        w in ROLE_KEYWORDS or w in _ROLE_MODIFIERS or w in _CONNECTORS or _acronym(orig) or orig[:1].isupper()
        for w, orig in zip(folded, bare)
    )


def _elided(word: str) -> str:
    """The word without a French elided article: "l’OTAN" → "OTAN"."""
    return _ELISION.sub("", word)


def _is_person(words: list[str]) -> bool:
    """1–5 capitalised words (particles allowed inside), no outlet or role words."""
    if not 1 <= len(words) <= 5 or not _name_tokens(words):
        return False
    folded = [w.casefold().strip(".") for w in words]
    if folded[0] in _SENTENCE_STARTERS or words[-1].casefold() in _CONNECTORS:
        return False
    if any(w in OUTLET_WORDS or w in ROLE_KEYWORDS or w in _NOT_IN_NAMES or w in _PHRASE_CONNECTORS for w in folded):
        return False  # (nor "of" or "the": "Tusk of Poland" is a surname and a country)
    return all(not any(ch.isdigit() for ch in w) for w in words)


def _name_tokens(words: list[str]) -> bool:
    """Every word capitalised (or a digit-led outlet token, or a particle inside)."""
    if not words or not (words[0][:1].isupper() or words[0][:1].isdigit()):
        return False
    for word in words:
        core = _elided(word.strip("\"'“”‘’()."))
        if not core:
            return False
        if core.casefold() in _CONNECTORS or (
                core.casefold() in ROLE_KEYWORDS or core.casefold() in _ROLE_MODIFIERS) and word is not words[0]:
            continue  # "Secrétaire général": French offices keep their adjectives lower-case
        if not (core[0].isupper() or core[0].isdigit()):
            return False
        if any(ch in "?!;" for ch in core):
            return False
    return True


def _affiliation_like(text: str) -> bool:
    """An outlet or role after a comma: short, starts with a capital or digit, not a
    sentence ("Doxa Russian exiled media", "1+1 TV", "First Western, Channel 24")."""
    words = text.split()
    if not 1 <= len(words) <= 10:
        return False
    if re.fullmatch(r"[a-z0-9-]+\.[a-z]{2,}(?:\.[a-z]{2,})?", text) or text.casefold() in OUTLET_WORDS:
        return True  # an outlet known by its domain ("swissinfo.ch") or written lower-case ("dpa")
    if not (words[0][:1].isupper() or words[0][:1].isdigit()):
        return False
    if words[0].casefold() in _PRONOUNS_AND_CONJUNCTIONS:
        return False
    if re.search(r"[.?!;]\s", text):
        return False  # "15min. The counter-drone equipment": a sentence has begun
    return not _SENTENCE_END.search(text.rstrip(".")) and "?" not in text and not re.search(r":(?:\s|$)", text)


def _office_acronym(word: str) -> bool:
    """"FM", "DSG", "HR/VP": capitals naming an office, not an outlet or an organisation."""
    core = word.replace("/", "")
    return 2 <= len(core) <= 5 and core.isalpha() and core.isupper() and word.casefold() not in OUTLET_WORDS \
        and word.casefold() not in _ORG_ACRONYMS and word.casefold() not in _NOT_OUTLETS


def _acronym(word: str) -> bool:
    core = word.strip(".,()")
    return len(core) >= 2 and core.isalpha() and core.isupper()


def _all_caps(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters)


def _titled(name: str) -> str:
    """Names written in capitals ("JOHN KIRBY") are shown as "John Kirby"; so is a
    family name in capitals ("NAKAGAWA Haruto", "Jean-Noël BARROT", as Japanese and
    French sites write them), and a full name loses its "Mr." as it would in print."""
    words = name.split()
    honorific = _HONORIFIC.match(name)
    if honorific and len(words) >= 3 and not honorific.group(1).isupper() and words[1][:1].isupper():
        words = words[1:]  # "Mr. NAKAGAWA Haruto"; not "MR. PRICE" (a label's own style)
    while len(words) >= 3 and words[0].casefold().rstrip(".") in _RANK_ABBREVIATIONS and not words[0].isupper():
        words = words[1:]  # "Lt Col Anneke de Vries"
    if _all_caps(name) and sum(c.isalpha() for c in name) > 3:
        return " ".join(
            w.casefold() if w.casefold() in _CONNECTORS and i  # "DE HOOP SCHEFFER", but "BEN WALLACE"
            else w if w.casefold() in _ORG_ACRONYMS
            else _capitalised(w)
            for i, w in enumerate(words)
        )
    if len(words) < 2:
        return " ".join(words)
    return " ".join(_capitalised(w) if _is_capital_surname(w) else w for w in words)


def _is_capital_surname(word: str) -> bool:
    """"BARROT" in "Jean-Noël BARROT"; not an initialism ("JD Vance") or "NATO"."""
    return _all_caps(word) and len(word) >= 3 and "." not in word and word.casefold() not in _ORG_ACRONYMS


def _capitalised(word: str) -> str:
    """"O'HANLON" → "O'Hanlon", "KOSINIAK-KAMYSZ" → "Kosiniak-Kamysz"."""
    return re.sub(r"[^\W\d_]+", lambda part: part.group(0).capitalize(), word)
