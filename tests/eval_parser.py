"""Measure the transcript parser on hand-labelled transcripts it was not written against.

    python tests/eval_parser.py [-v] [DIR ...]      (default DIR: tests/unseen)

Each ``DIR/<name>.json`` describes, as a careful human reads it, the transcript
named in its ``file`` key: the opening statement (``speech``, with its ``turns``),
the speaker turns (role, name, affiliation, first eight words, paragraph count,
optional ``aliases``) and the question threads. See tests/unseen/README.md.

Why an alignment instead of comparing turn i with turn i: one missed label would
otherwise shift every later turn and report the rest of the file as wrong. Expected
and parsed turns (statement turns first, then the rest) are matched on their first
eight words; an expected turn with no parsed turn starting the same way counts as
wrong (its label was missed, or text was split or merged around it).

The headline figure is the one the user asked for: the share of expected turns read
with the right role and the right speaker. "Right speaker" means the expected name
(or one of its aliases); for someone known only by outlet or title, that outlet as
speaker or affiliation; for an anonymous reporter, no name (or a generic word such
as "Question"). Affiliations, paragraph counts, the statement and the threads are
reported beside it, not folded into it.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tui.corpus import load_file  # noqa: E402
from tui.safety import clean_line  # noqa: E402
from tui.transcript.decode import read_transcript  # noqa: E402
from tui.transcript.model import Event, Turn  # noqa: E402

UNSEEN = Path(__file__).parent / "unseen"
#: Speaker strings that name nobody: acceptable for an anonymous turn.
GENERIC = {"", "q", "question", "questioner", "reporter", "journalist", "moderator", "audience"}
FIRST_WORDS = 8


@dataclass
class FileScore:
    """One transcript's result; ``problems`` are one-line, human-readable findings."""

    file: str
    expected_turns: int
    parsed_turns: int
    checked: int = 0  # expected statement turns + turns
    correct: int = 0
    statement_ok: bool = True
    threads_ok: bool = True
    paragraphs_off: int = 0
    affiliations_off: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.correct / self.checked if self.checked else 1.0


def norm(text: str) -> str:
    """Compare names and words ignoring case and runs of (any) whitespace."""
    return " ".join(text.split()).casefold()


def words(text: str, n: int = FIRST_WORDS) -> str:
    return " ".join(text.split()[:n])


def expected_files(dirs: Sequence[Path]) -> list[Path]:
    return sorted(p for d in dirs for p in d.glob("*.json"))


def same_speaker(want: dict[str, Any], turn: Turn) -> bool:
    """Whether ``turn`` names the person the expected turn ``want`` names."""
    aliases = {norm(a) for a in want.get("aliases", [])}
    speaker = norm(turn.speaker)
    if want["name"]:
        return speaker in aliases | {norm(want["name"])}
    if want["affiliation"]:
        outlet = norm(want["affiliation"])
        return speaker in GENERIC | aliases | {outlet} and outlet in (speaker, norm(turn.affiliation))
    return speaker in GENERIC | aliases


def describe(turn: Turn) -> str:
    who = ", ".join(x for x in (turn.speaker, turn.affiliation) if x) or "anonymous"
    return f"{turn.role} ({who})"


def describe_expected(want: dict[str, Any]) -> str:
    who = ", ".join(x for x in (want["name"], want["affiliation"]) if x) or "anonymous"
    return f"{want['role']} ({who})"


def opening_lines(text: str, openings: Sequence[str]) -> list[int | None]:
    """1-based line of each turn's opening words in the transcript, searching on from
    the previous turn so that repeated phrases ("Thank you.") land on the right one."""
    lines: list[int | None] = []
    start = 0
    for opening in openings:
        tokens = opening.split()[:FIRST_WORDS]
        match = re.compile(r"\s+".join(re.escape(t) for t in tokens)).search(text, start) if tokens else None
        lines.append(text.count("\n", 0, match.start()) + 1 if match else None)
        start = match.end() if match else start
    return lines


def score(expected: dict[str, Any], event: Event, text: str) -> FileScore:
    """Compare one parsed event with its expected structure."""
    want_statement = expected["speech"].get("turns", [])
    want_turns: list[dict[str, Any]] = [*want_statement, *expected["turns"]]
    got_turns: list[Turn] = [*event.statement, *event.turns]
    result = FileScore(expected["file"], len(expected["turns"]), len(event.turns), checked=len(want_turns))
    offset_want, offset_got = len(want_statement), len(event.statement)

    lines = opening_lines(text, [w["first_words"] for w in want_turns])

    def where(i: int) -> str:
        kind = "statement turn" if i < offset_want else "turn"
        index = i if i < offset_want else i - offset_want
        line = lines[i]
        return f"{kind} {index}" + (f" (line {line})" if line else "")

    got_for = align([w["first_words"] for w in want_turns], [t.paragraphs for t in got_turns], offset_want)

    for i, want in enumerate(want_turns):
        label = f"{want['label']!r} " if want["label"] else ""
        if i not in got_for:
            result.problems.append(f"{where(i)}: {label}{want['first_words']!r} not read as a turn; {_whereabouts(want, got_turns)}")
            continue
        got = got_turns[got_for[i]]
        if got.role == want["role"] and same_speaker(want, got):
            result.correct += 1
        else:
            result.problems.append(f"{where(i)}: {label}expected {describe_expected(want)}, got {describe(got)}")
        if len(got.paragraphs) != want["paragraphs"]:
            result.paragraphs_off += 1
            result.problems.append(f"{where(i)}: {want['paragraphs']} paragraph(s) expected, got {len(got.paragraphs)}")
        if want["name"] and want["affiliation"] and norm(got.affiliation) != norm(want["affiliation"]):
            result.affiliations_off += 1
    matched_got = set(got_for.values())
    statement_listed = "turns" in expected["speech"]  # the seeds' files do not list them
    for j, got in enumerate(got_turns):
        if j not in matched_got and (j >= offset_got or statement_listed):
            kind = "statement turn" if j < offset_got else "turn"
            result.problems.append(f"parsed {kind} {j if j < offset_got else j - offset_got} is not a turn: "
                                   f"{describe(got)} {clean_line(words(got.text))!r}")

    result.statement_ok = _statement_ok(expected["speech"], event)
    if not result.statement_ok:
        paras = [p for t in event.statement for p in t.paragraphs]
        got_first = clean_line(words(paras[0])) if paras else ""
        result.problems.append(
            f"statement: expected {expected['speech']['paragraphs']} paragraph(s) from "
            f"{expected['speech']['first_words']!r}, got {len(paras)} from {got_first!r}")

    to_want = {j - offset_got: i - offset_want for i, j in got_for.items() if i >= offset_want and j >= offset_got}
    got_threads = [[to_want.get(t, -1) for t in th.turns] for th in event.threads]
    want_threads = [th["turn_indexes"] for th in expected["threads"]]
    result.threads_ok = got_threads == want_threads
    if not result.threads_ok:
        missing = [th for th in want_threads if th not in got_threads]
        extra = [th for th in got_threads if th not in want_threads]
        result.problems.append(f"threads: expected {len(want_threads)}, got {len(got_threads)}; "
                               f"not found {missing[:4]}; unexpected {extra[:4]} (expected-turn indexes, -1 = no such turn)")
    return result


def align(want_openings: Sequence[str], got_paragraphs: Sequence[list[str]], statement_turns: int = 0) -> dict[int, int]:
    """Longest order-preserving matching of expected turns to parsed turns, where a
    parsed turn matches when it opens with the expected opening words (an expected
    turn shorter than eight words is compared with as many words). The first
    ``statement_turns`` expected turns may also match a parsed turn in which they
    start a later paragraph: leftover title lines at the top of a statement are
    reported as a statement problem, not as a mis-attributed speaker."""
    want = [norm(w).split()[:FIRST_WORDS] for w in want_openings]  # a labeller may have written more
    starts = [[norm(" ".join(paras[k:])).split()[:FIRST_WORDS] for k in range(len(paras))] or [[]]
              for paras in got_paragraphs]

    def same(i: int, j: int) -> bool:
        candidates = starts[j] if i < statement_turns else starts[j][:1]
        return bool(want[i]) and any(c[: len(want[i])] == want[i] for c in candidates)

    n, m = len(want), len(starts)
    best = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            best[i][j] = max(best[i + 1][j], best[i][j + 1], best[i + 1][j + 1] + 1 if same(i, j) else 0)
    pairs: dict[int, int] = {}
    i = j = 0
    while i < n and j < m:
        if same(i, j) and best[i][j] == best[i + 1][j + 1] + 1:
            pairs[i] = j
            i, j = i + 1, j + 1
        elif best[i + 1][j] >= best[i][j + 1]:
            i += 1
        else:
            j += 1
    return pairs


def _whereabouts(want: dict[str, Any], got_turns: list[Turn]) -> str:
    """Where the parser put an expected turn's opening words instead."""
    needle = norm(" ".join(want["first_words"].split()[:4]))
    for j, turn in enumerate(got_turns):
        if needle and needle in norm(turn.text):
            return f"its text is inside parsed turn {describe(turn)} starting {clean_line(words(turn.text, 6))!r}"
    return "its words are in no parsed turn (lost, or kept inside a label/furniture)"


def _statement_ok(speech: dict[str, Any], event: Event) -> bool:
    paras = [p for t in event.statement for p in t.paragraphs]
    if len(paras) != speech["paragraphs"]:
        return False
    if not paras:
        return True
    opening = norm(speech["first_words"]).split()
    return norm(paras[0]).split()[: len(opening)] == opening and norm(paras[-1]).endswith(norm(speech["last_words"]))


def evaluate(dirs: Sequence[Path]) -> list[FileScore]:
    """Parse every expected file's transcript and score it."""
    scores = []
    for path in expected_files(dirs):
        expected = json.loads(path.read_text(encoding="utf-8"))
        source = path.parent / expected["file"]
        text, _ = read_transcript(source)
        scores.append(score(expected, load_file(source), text))
    return scores


def overall(scores: Sequence[FileScore]) -> float:
    checked = sum(s.checked for s in scores)
    return sum(s.correct for s in scores) / checked if checked else 1.0


def report(scores: Sequence[FileScore], verbose: bool) -> str:
    width = max((len(s.file) for s in scores), default=10)
    head = f"{'file':<{width}}  turns exp/got  role+speaker     stmt  threads  para≠  affil≠"
    lines = [head, "-" * len(head)]
    for s in scores:
        mark = "" if s.expected_turns == s.parsed_turns else " ≠"
        lines.append(
            f"{s.file:<{width}}  {s.expected_turns:>5}/{s.parsed_turns:<5}{mark:2}  "
            f"{s.correct:>3}/{s.checked:<3} {100 * s.accuracy:5.1f}%  "
            f"{'ok' if s.statement_ok else 'BAD':>4}  {'ok' if s.threads_ok else 'BAD':>7}  "
            f"{s.paragraphs_off:>5}  {s.affiliations_off:>6}")
    lines.append("-" * len(head))
    correct, checked = sum(s.correct for s in scores), sum(s.checked for s in scores)
    lines.append(f"overall role+speaker: {correct}/{checked} = {100 * overall(scores):.1f}%   "
                 f"turn counts right: {sum(s.expected_turns == s.parsed_turns for s in scores)}/{len(scores)}   "
                 f"threads right: {sum(s.threads_ok for s in scores)}/{len(scores)}   "
                 f"statements right: {sum(s.statement_ok for s in scores)}/{len(scores)}")
    if verbose:
        for s in scores:
            if s.problems:
                lines.append("")
                lines.append(f"{s.file}:")
                lines.extend(f"  {p}" for p in s.problems)
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="*", type=Path, default=[UNSEEN], help="directories of expected JSON files")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every mis-read turn")
    args = parser.parse_args(argv)
    scores = evaluate(args.dirs)
    if not scores:
        print("no expected files found", file=sys.stderr)
        return 1
    print(report(scores, args.verbose))
    return 0


if __name__ == "__main__":
    sys.exit(main())
