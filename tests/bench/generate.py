"""Generate an archive-sized benchmark corpus from the sample transcripts' structure.

    python tests/bench/generate.py --n 5000 --workdir /tmp/presser-bench

writes WORKDIR/corpus/*.txt (N events; N=5000 gives about a million sentences) and
WORKDIR/quotes.jsonl (remembered quotes: the original sentence, where it is, and a
misremembered version of it).

Events follow the sample transcripts: an opening statement by the principal (the
Secretary General of the day, 1997–2026), then a moderator giving the floor to
reporters from many outlets, questions, multi-paragraph answers and interjections.
Sentences are drawn from the samples and varied (word substitutions from the samples'
vocabulary, dropped and swapped words, other numbers), so the archive is full of near
copies — the hard case for a quote finder. Each file uses one of five label styles
found in real transcripts: labels alone on a line, "Name, Outlet: text",
"Q:"/"A:", "MR. NAME:" and "Name – text". The date is in the file name and on a
date line.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tui.corpus import load_file  # noqa: E402
from tui.resources import SAMPLE_CORPUS  # noqa: E402
from tui.transcript.sentences import split_sentences  # noqa: E402

PRINCIPALS = [  # (from, name, title)
    (dt.date(1995, 12, 5), "Javier Solana", "NATO Secretary General"),
    (dt.date(1999, 10, 14), "George Robertson", "NATO Secretary General"),
    (dt.date(2004, 1, 1), "Jaap de Hoop Scheffer", "NATO Secretary General"),
    (dt.date(2009, 8, 1), "Anders Fogh Rasmussen", "NATO Secretary General"),
    (dt.date(2014, 10, 1), "Jens Stoltenberg", "NATO Secretary General"),
    (dt.date(2024, 10, 1), "Mark Rutte", "NATO Secretary General"),
]
MODERATORS = ["Allison Hart", "Oana Lungescu", "Jamie Shea", "James Appathurai", "Farah Dakhlallah",
              "Carmen Romero", "Piers Cazalet", "Dylan White", "Yves Brodeur", "Robert Pszczel"]
FIRST = ("Anna Vlad Iryna Jonathan Teri Thomas Ellen Sachiyo Nashaat Andrey Lorne Henry Maria Jan "
         "Sofia Pieter Lucas Ingrid Marek Olga Daniel Laura Kenji Ahmet Elif Giorgi Nino Petra "
         "Rasmus Hanna Tomas Luis Ines Chloe Pablo Ewa Karel Mihai Zeynep Oksana Sven Aino "
         "Bjorn Keiko Rafael Sara Miguel Kristina Dmitri Leila Omar Paul Claire Martin").split()
LAST = ("Ungar Somer Beale Schultz Gutschker Francis Sugita Eldeehy Smolyakov Cook Foy Novak "
        "Kowalski Jensen Rossi Dubois Müller Nowak Horvath Popescu Yilmaz Kovacs Larsen Berg "
        "Sørensen Virtanen Petrov Ivanova Garcia Fernandes Costa Papadopoulos Nagy Janssen "
        "Peeters Schmidt Fischer Weber Lindqvist Andersen Halvorsen Tamm Ozols Kazlauskas "
        "Brennan Walsh Okafor Tanaka Suzuki Kim Park Haddad Mansour Dupont Leroy Moreau").split()
OUTLETS = ("BBC|Reuters|AFP|Associated Press|Bloomberg|Politico|Deutsche Welle|ZDF|ARD|NOS|"
           "Romanian National TV|Interfax Ukraine|Ukrinform|Polish Radio|TVN24|Washington Post|"
           "New York Times|Financial Times|Wall Street Journal|The Guardian|Le Monde|El País|"
           "Corriere della Sera|NHK|Kyodo News|Yonhap|Anadolu Agency|NTV Türkiye|TRT World|"
           "Euronews|Sky News|CNN|NPR|CBC|ABC News|Radio Free Europe|Estonian Public Broadcasting|"
           "LRT|Latvian Television|Yle|SVT|NRK|DR|Belga|RTL|RAI|EFE|ANSA|Lusa|ERT|Hina|"
           "Czech Television|Slovak Radio|Hungarian News Agency|Georgian Public Broadcaster|"
           "1+1 TV|Ten TV|Al Jazeera|FAZ|Handelsblatt|Der Spiegel|Dutch Daily|Irish Times").split("|")
PLACES = ["NATO Headquarters, Brussels", "Brussels, Belgium", "Vilnius, Lithuania", "Madrid, Spain",
          "Washington, D.C.", "Warsaw, Poland", "Kyiv, Ukraine", "Istanbul, Türkiye", "Riga, Latvia",
          "Prague, Czech Republic", "Bucharest, Romania", "The Hague, Netherlands", "London, United Kingdom"]
INTERJECTIONS = ["Hi.", "Thank you.", "Sorry, where are you?", "Yes, please.", "Go ahead.", "Thanks."]
CUES = ["Okay, let's start right here, second row.", "Next question, please.",
        "Let's go to the back of the room.", "We have time for a couple more questions.",
        "All right, the man in the centre with the blue tie.", "Fourth row, woman in the centre.",
        "Okay, final question for today.", "Let's take one more from this side."]
NUMBER_WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven",
                8: "eight", 9: "nine", 10: "ten", 12: "twelve", 15: "fifteen", 20: "twenty",
                30: "thirty", 40: "forty", 50: "fifty", 100: "one hundred"}
STYLES = ("alone", "colon", "qa", "caps", "dash")
_WORD = re.compile(r"[A-Za-z][a-z]{2,}")


@dataclass
class Pools:
    statement: list[str]
    answers: list[str]
    questions: list[str]
    vocabulary: list[str]


def load_pools() -> Pools:
    """Sentences of the sample transcripts by who says them, and their vocabulary."""
    statement: list[str] = []
    answers: list[str] = []
    questions: list[str] = []
    for path in sorted(SAMPLE_CORPUS.glob("*.txt")):
        event = load_file(path)
        for turn in event.statement:
            statement.extend(s for p in turn.paragraphs for s in split_sentences(p))
        for turn in event.turns:
            target = answers if turn.role == "principal" else questions if turn.role == "questioner" else None
            if target is not None:
                target.extend(s for p in turn.paragraphs for s in split_sentences(p))
    vocabulary = sorted({w.lower() for s in statement + answers + questions for w in _WORD.findall(s)})
    return Pools(statement, answers, questions, vocabulary)


class Writer:
    """Builds one event's text in its label style, remembering where sentences went."""

    def __init__(self, rng: random.Random, pools: Pools) -> None:
        self.rng = rng
        self.pools = pools

    def vary(self, sentence: str) -> str:
        """A new sentence from a sample one: substituted, dropped, swapped words, other numbers."""
        rng = self.rng
        words = sentence.split()
        out: list[str] = []
        for word in words:
            roll = rng.random()
            if roll < 0.22 and _WORD.fullmatch(word.strip(".,;:?!")):
                new = rng.choice(self.pools.vocabulary)
                tail = word[len(word.rstrip(".,;:?!")):]
                out.append((new.capitalize() if word[0].isupper() else new) + tail)
            elif roll < 0.26 and len(words) > 6:
                continue
            elif word[0].isdigit() and roll < 0.6:
                tail = word[len(word.rstrip(".,;:?!%")):]
                out.append(str(rng.choice([2, 3, 4, 5, 12, 15, 20, 40, 100, 300, 1000, 2000, 20000])) + tail)
            else:
                out.append(word)
        if len(out) > 4 and rng.random() < 0.5:
            i = rng.randrange(len(out) - 2)
            out[i], out[i + 1] = out[i + 1], out[i]
        text = " ".join(out)
        return text[0].upper() + text[1:] if text else sentence

    def paragraph(self, pool: list[str], lo: int, hi: int) -> list[str]:
        return [self.vary(self.rng.choice(pool)) for _ in range(self.rng.randint(lo, hi))]


def principal_for(date: dt.date) -> tuple[str, str]:
    name, title = PRINCIPALS[0][1], PRINCIPALS[0][2]
    for start, n, t in PRINCIPALS:
        if date >= start:
            name, title = n, t
    return name, title


def make_event(rng: random.Random, pools: Pools, date: dt.date, style: str) -> tuple[str, list[tuple[str, str]]]:
    """The transcript text and its principal's sentences (for the quote set)."""
    writer = Writer(rng, pools)
    principal, title = principal_for(date)
    moderator = rng.choice(MODERATORS)
    place = rng.choice(PLACES)
    kind = rng.choice(["Press conference", "Joint press conference", "Press point", "Doorstep statement"])
    lines = [kind, f"by {title} {principal} {rng.choice(['following the meeting of the North Atlantic Council', 'ahead of the meetings of NATO Ministers of Defence', 'at the NATO Summit', 'with the Prime Minister'])}",
             f"• {date.day:02d} {date.strftime('%b')}. {date.year} -", "(As delivered)", ""]
    spoken: list[tuple[str, str]] = []  # (role, sentence) of the principal, in order

    def label(role: str, name: str, affiliation: str) -> str:
        """The label as this style writes it (empty for Q/A answer continuation)."""
        if style == "alone":
            return f"{affiliation} {name}" if role != "questioner" else f"{name}, {affiliation}"
        if style == "colon":
            return f"{name}, {affiliation}"
        if style == "qa":
            return {"questioner": "Q", "principal": "A", "moderator": "MODERATOR"}[role]
        if style == "caps":
            if role == "questioner":
                return "Q"
            return f"MR. {name.split()[-1].upper()}"
        return f"{affiliation}, {name}" if role != "questioner" else name

    def turn(role: str, name: str, affiliation: str, paragraphs: list[list[str]]) -> None:
        texts = [" ".join(p) for p in paragraphs]
        if role == "principal":
            spoken.extend(("principal", s) for p in paragraphs for s in p)
        tag = label(role, name, affiliation)
        if style == "alone":
            lines.append(tag)
            lines.append("")
            for text in texts:
                lines.extend([text, ""])
            return
        sep = " – " if style == "dash" else ": "
        lines.extend([f"{tag}{sep}{texts[0]}", ""])
        for text in texts[1:]:
            lines.extend([text, ""])

    statement = [writer.paragraph(pools.statement, 1, 3) for _ in range(rng.randint(8, 20))]
    spoken.extend(("statement", s) for p in statement for s in p)
    for p in statement:
        lines.extend([" ".join(p), ""])
    lines[-1:] = ["", "And with that, I am ready to take your questions.", ""]
    for _ in range(rng.randint(7, 15)):
        reporter = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        outlet = rng.choice(OUTLETS)
        if style != "qa":
            turn("moderator", moderator, "NATO Spokesperson", [[rng.choice(CUES)]])
        question = [writer.paragraph(pools.questions, 2, 4) for _ in range(rng.randint(1, 2))]
        question[0].insert(0, f"{reporter}, {outlet}.")
        turn("questioner", reporter, outlet, question)
        if rng.random() < 0.15:
            turn("principal", principal, title, [[rng.choice(INTERJECTIONS)]])
            turn("questioner", reporter, outlet, [writer.paragraph(pools.questions, 1, 2)])
        turn("principal", principal, title, [writer.paragraph(pools.answers, 2, 6) for _ in range(rng.randint(1, 4))])
    if style != "qa":
        turn("moderator", moderator, "NATO Spokesperson", [["Thank you everyone. Have a good day."]])
    lines.extend(["", place])
    return "\n".join(lines) + "\n", spoken


def misremember(rng: random.Random, sentence: str) -> str:
    """What someone recalls of ``sentence``: a fragment, with a few honest mistakes."""
    words = sentence.rstrip(".?!").split()
    if len(words) > 14:
        start = rng.randrange(len(words) - 10)
        words = words[start:start + rng.randint(8, 12)]
    edits = rng.sample(["drop", "swap", "typo", "contract", "number", "case", "extra"], k=3)
    for edit in edits:
        if edit == "drop" and len(words) > 5:
            del words[rng.randrange(len(words))]
        elif edit == "swap" and len(words) > 3:
            i = rng.randrange(len(words) - 1)
            words[i], words[i + 1] = words[i + 1], words[i]
        elif edit == "typo":
            long = [i for i, w in enumerate(words) if len(w) >= 6]
            if long:
                i = rng.choice(long)
                w = words[i]
                j = rng.randrange(1, len(w) - 2)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
        elif edit == "contract":
            text = " ".join(words)
            for full, short in (("is not", "isn't"), ("do not", "don't"), ("we are", "we're"),
                                ("I am", "I'm"), ("cannot", "can't"), ("it is", "it's"), ("will not", "won't")):
                if full in text:
                    text = text.replace(full, short, 1)
                    break
                if short in text:
                    text = text.replace(short, full, 1)
                    break
            words = text.split()
        elif edit == "number":
            words = [NUMBER_WORDS.get(int(w), w) if w.isdigit() else w for w in words]
        elif edit == "case":
            words = [w.lower().strip(",;:") for w in words]
        elif edit == "extra":
            words.insert(rng.randrange(len(words) + 1), rng.choice(["really", "very", "just", "actually"]))
    return " ".join(words)


def generate(n: int, workdir: Path, seed: int = 1, quotes: int = 40) -> None:
    rng = random.Random(seed)
    pools = load_pools()
    corpus = workdir / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    first, last = dt.date(1997, 1, 1).toordinal(), dt.date(2026, 2, 28).toordinal()
    candidates: list[dict[str, str]] = []
    for i in range(n):
        date = dt.date.fromordinal(rng.randint(first, last))
        style = STYLES[i % len(STYLES)]
        text, spoken = make_event(rng, pools, date, style)
        stem = f"{date.isoformat()}_{i:05d}_press-conference"
        (corpus / f"{stem}.txt").write_text(text, encoding="utf-8")
        if len(candidates) < quotes * 20 and rng.random() < max(0.05, quotes * 40 / n):
            good = [s for _, s in spoken if len(s.split()) >= 10]
            if good:
                candidates.append({"event_id": stem, "sentence": rng.choice(good), "style": style})
    chosen = rng.sample(candidates, min(quotes, len(candidates)))
    with (workdir / "quotes.jsonl").open("w", encoding="utf-8") as out:
        for item in chosen:
            item["query"] = misremember(rng, item["sentence"])
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"wrote {n} events to {corpus} and {len(chosen)} quotes to {workdir / 'quotes.jsonl'}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=500, help="number of events (5000 ≈ 1M sentences)")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/presser-bench"))
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--quotes", type=int, default=40)
    args = parser.parse_args()
    generate(args.n, args.workdir, args.seed, args.quotes)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
