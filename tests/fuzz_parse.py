"""Fuzz the decoder and parser for a bounded time; report inputs per second and failures.

    python tests/fuzz_parse.py [--seconds 60] [--seed 1]

Inputs: random bytes, random Unicode (controls, bidi, markup), and the sample
transcripts mutated (bytes flipped, lines deleted, duplicated and shuffled, labels
spliced in, encodings changed, truncated). A failure is any exception other than the
one-line TranscriptError the decoder is meant to raise, or a parse that breaks an
invariant (a thread pointing outside the event, control characters in the output).
Not part of the test suite: it is a script that prints numbers.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tui.resources import SAMPLE_CORPUS  # noqa: E402
from tui.transcript.decode import TranscriptError, decode_bytes  # noqa: E402
from tui.transcript.parser import parse_text  # noqa: E402

LABELS = ["Q:", "A:", "Question", "NATO Secretary General Mark Rutte", "Reporter –", "MR. PRICE:",
          "**Jane:**", "[00:01:02] Sam:", "Ana (01:47):", "Allison Hart, NATO Spokesperson:", "1/ 1",
          "Programme", "[bold]", "[@click=app.quit]x[/]", "\x1b]52;c;aGk=\x07", "\u202e", "\x00"]


def mutate(rng: random.Random, seed: bytes) -> bytes:
    data = bytearray(seed)
    kind = rng.randrange(7)
    if kind == 0:
        for _ in range(rng.randint(1, 50)):
            data[rng.randrange(len(data))] = rng.randrange(256)
    elif kind == 1:
        lines = bytes(data).split(b"\n")
        rng.shuffle(lines)
        data = bytearray(b"\n".join(lines[: rng.randint(1, len(lines))]))
    elif kind == 2:
        lines = bytes(data).split(b"\n")
        for _ in range(rng.randint(1, 20)):
            lines.insert(rng.randrange(len(lines) + 1), rng.choice(LABELS).encode())
        data = bytearray(b"\n".join(lines))
    elif kind == 3:
        data = bytearray(bytes(data).decode("utf-8", "replace").encode(rng.choice(["utf-16", "utf-16-le", "cp1252"]), "replace"))
    elif kind == 4:
        data = data[: rng.randrange(len(data))]
    elif kind == 5:
        data = bytearray(bytes(data).replace(b"\n", rng.choice([b"\r\n", b"\r", b" ", b"\n\n\n"])))
    else:
        data = bytearray(bytes(data) * rng.randint(2, 4))
    return bytes(data)


def random_input(rng: random.Random, seeds: list[bytes]) -> bytes:
    choice = rng.random()
    if choice < 0.15:
        return rng.randbytes(rng.randint(0, 4000))
    if choice < 0.3:
        alphabet = "ab Q:A–-\n\n[]/@=.,?!\x1b\x07\u202e\u00a0\t\r" + "".join(chr(rng.randrange(32, 0x3000)) for _ in range(20))
        return "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 3000))).encode("utf-8", "surrogatepass")
    return mutate(rng, rng.choice(seeds))


def check(data: bytes) -> str | None:
    try:
        text, _ = decode_bytes(data)
    except TranscriptError as error:
        return None if "\n" not in str(error) else f"multi-line error: {error!r}"
    event = parse_text(text)
    for thread in event.threads:
        if any(not 0 <= i < len(event.turns) for i in thread.turns):
            return "thread points outside the event"
    for turn in (*event.statement, *event.turns):
        for paragraph in turn.paragraphs:
            if any(ord(ch) < 32 and ch != "\n" or ch == "\x1b" for ch in paragraph):
                return "control character in output"
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    seeds = [p.read_bytes() for p in sorted(SAMPLE_CORPUS.glob("*.txt"))]
    start = time.perf_counter()
    runs = failures = 0
    examples: list[str] = []
    while time.perf_counter() - start < args.seconds:
        data = random_input(rng, seeds)
        try:
            problem = check(data)
        except Exception:  # noqa: BLE001 - counting crashes is the point
            problem = traceback.format_exc(limit=3).splitlines()[-1]
        runs += 1
        if problem:
            failures += 1
            if len(examples) < 5:
                examples.append(problem)
    elapsed = time.perf_counter() - start
    report = {"inputs": runs, "seconds": round(elapsed, 1), "inputs_per_second": round(runs / elapsed, 1),
              "failures": failures, "examples": examples}
    print(json.dumps(report, indent=1))
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
