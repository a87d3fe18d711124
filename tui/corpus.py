"""Load a corpus: every transcript under the given directories, parsed into events.

Loading never stops at a bad file: each one becomes a one-line :class:`LoadProblem`
naming it, and the rest load. Parsed events are cached (see :mod:`tui.parse_cache`);
files that need parsing are parsed in parallel worker processes when there are enough
of them to repay the start-up cost.
"""

from __future__ import annotations

import gc
import hashlib
import os
import stat
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from tui.parse_cache import FileKey, ParseCache
from tui.paths import cache_dir
from tui.sidecar import Sidecars, load_sidecars
from tui.transcript.decode import TranscriptError, read_transcript
from tui.transcript.model import Event
from tui.transcript.parser import PARSER_VERSION, parse_text

TRANSCRIPT_SUFFIX = ".txt"
#: Below this many files to parse, worker processes cost more than they save.
PARALLEL_THRESHOLD = 48
_CHUNK = 16

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class LoadProblem:
    """A file (or directory) that could not be loaded, and why, in one line."""

    path: Path
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


@dataclass(slots=True)
class Corpus:
    """The loaded events, newest first (undated last), and what went wrong."""

    events: list[Event] = field(default_factory=list)
    problems: list[LoadProblem] = field(default_factory=list)
    #: A digest of every file's path, size and mtime and the parser version: equal
    #: fingerprints mean equally parsed speech (the parse cache's own contract), so
    #: the search index can be keyed on it without re-hashing all the text.
    fingerprint: str = ""

    def event(self, key: str) -> Event:
        """The event named by its id, a unique id prefix, or its date (YYYY-MM-DD)
        when only one event has it. Raises ``LookupError`` with a one-line reason."""
        for event in self.events:
            if event.id == key:
                return event
        matches = [e for e in self.events if e.id.startswith(key)] if key else []
        if not matches:
            matches = [e for e in self.events if e.date and e.date.isoformat() == key]
        if len(matches) == 1:
            return matches[0]
        if not matches:
            raise LookupError(f"no event matches {key!r} (try `presser list`)")
        sample = ", ".join(e.id for e in matches[:4])
        raise LookupError(f"{key!r} matches {len(matches)} events ({sample}…); give more of the id")

    def index_of(self, event_id: str) -> int:
        """Position of the event with id ``event_id`` in :attr:`events`."""
        for i, event in enumerate(self.events):
            if event.id == event_id:
                return i
        raise LookupError(event_id)


def load_corpus(
    dirs: Sequence[Path],
    *,
    use_cache: bool = True,
    progress: Progress | None = None,
    workers: int | None = None,
) -> Corpus:
    """Load every transcript under ``dirs`` (directories or single files)."""
    # Loading creates millions of long-lived objects (paragraphs, turns); the cyclic
    # garbage collector would re-scan them over and over and more than double the time
    # of a warm start, while none of them can form a cycle that needs it.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _load(dirs, use_cache=use_cache, progress=progress, workers=workers)
    finally:
        if collecting:
            gc.enable()


def _load(dirs: Sequence[Path], *, use_cache: bool, progress: Progress | None, workers: int | None) -> Corpus:
    corpus = Corpus()
    jobs: list[tuple[Path, Path, FileKey]] = []  # (directory, file, key) to parse
    cached: list[tuple[Path, FileKey, Event]] = []
    caches: dict[Path, ParseCache] = {}
    sidecars: dict[Path, Sidecars] = {}

    for root in dirs:
        for directory, files, problems in _discover(Path(root)):
            corpus.problems.extend(problems)
            cache = caches.setdefault(directory, ParseCache(cache_dir(), directory))
            if use_cache:
                cache.load()
            sidecars[directory] = load_sidecars(directory)
            for path, key in files:
                event = cache.get(path.name, key) if use_cache else None
                if event is None:
                    jobs.append((directory, path, key))
                else:
                    cached.append((path, key, event))
            if use_cache:
                cache.keep_only({path.name for path, _ in files})

    keys = [(path, key) for _, path, key in jobs] + [(path, key) for path, key, _ in cached]
    total = len(jobs) + len(cached)
    done = len(cached)
    if progress:
        progress(done, total)
    parsed: list[tuple[Path, Event]] = [(path, event) for path, _, event in cached]
    for (directory, path, key), result in zip(jobs, _parse_all([p for _, p, _ in jobs], workers, progress, done, total)):
        if isinstance(result, Event):
            parsed.append((path, result))
            if use_cache:
                caches[directory].put(path.name, key, result)
        else:
            corpus.problems.append(LoadProblem(path, result))

    if use_cache:
        for cache in caches.values():
            error = cache.save()
            if error:
                corpus.problems.append(LoadProblem(cache.path, "cache not saved (loading still works)"))
    seen: dict[str, int] = {}
    for path, event in parsed:
        sidecars[path.parent].apply(event, path)
        count = seen.get(event.id, 0)
        seen[event.id] = count + 1
        if count:
            event.id = f"{event.id}~{count + 1}"  # same file name in two directories
        corpus.events.append(event)
    for side in sidecars.values():
        corpus.problems.extend(LoadProblem(p, m) for p, m in side.problems)
    corpus.events.sort(key=lambda e: (e.date is not None, e.date or 0, e.id), reverse=True)
    corpus.fingerprint = _fingerprint(keys)
    return corpus


def _fingerprint(keys: list[tuple[Path, FileKey]]) -> str:
    digest = hashlib.blake2b(digest_size=20)
    digest.update(f"parser {PARSER_VERSION}\n".encode())
    for path, key in sorted(keys):
        digest.update(f"{path}\x1f{key.size}\x1f{key.mtime_ns}\x1e".encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def load_file(path: Path) -> Event:
    """Parse one transcript file (no cache, no sidecar). Raises
    :class:`~tui.transcript.decode.TranscriptError`."""
    text, warnings = read_transcript(path)
    event = parse_text(text, event_id=path.stem, source=str(path))
    event.warnings.extend(warnings)
    return event


def _discover(root: Path) -> Iterator[tuple[Path, list[tuple[Path, FileKey]], list[LoadProblem]]]:
    """Yield (directory, transcript files with their keys, problems) under ``root``.

    Symbolic links to directories are not followed (no loops); FIFOs, devices and
    directories named like transcripts are reported, not opened.
    """
    try:
        info = os.stat(root)
    except OSError as error:
        yield root, [], [LoadProblem(root, _reason(error))]
        return
    if not stat.S_ISDIR(info.st_mode):
        files, problems = _classify([root])
        yield root.parent, files, problems
        return
    stack = [root]
    while stack:
        directory = stack.pop()
        try:
            entries = sorted(os.scandir(directory), key=lambda e: e.name)
        except OSError as error:
            yield directory, [], [LoadProblem(directory, _reason(error))]
            continue
        candidates: list[Path] = []
        problems: list[LoadProblem] = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = Path(entry.path)
            try:
                is_dir = entry.is_dir(follow_symlinks=False)
            except OSError:
                is_dir = False
            if is_dir:
                if entry.name.lower().endswith(TRANSCRIPT_SUFFIX):
                    problems.append(LoadProblem(path, "is a directory, not a transcript file"))
                else:
                    stack.append(path)
            elif entry.name.lower().endswith(TRANSCRIPT_SUFFIX):
                candidates.append(path)
        files, file_problems = _classify(candidates)
        yield directory, files, problems + file_problems


def _classify(paths: list[Path]) -> tuple[list[tuple[Path, FileKey]], list[LoadProblem]]:
    files: list[tuple[Path, FileKey]] = []
    problems: list[LoadProblem] = []
    for path in paths:
        try:
            info = os.stat(path)
        except OSError as error:
            problems.append(LoadProblem(path, _reason(error)))
            continue
        if stat.S_ISDIR(info.st_mode):
            problems.append(LoadProblem(path, "is a directory, not a transcript file"))
        elif not stat.S_ISREG(info.st_mode):
            problems.append(LoadProblem(path, "not a regular file (FIFO, device or socket); skipped"))
        else:
            files.append((path, FileKey(info.st_size, info.st_mtime_ns)))
    return files, problems


def _reason(error: OSError) -> str:
    return (error.strerror or str(error)).lower()


def _parse_one(path: Path) -> Event | str:
    try:
        return load_file(path)
    except TranscriptError as error:
        return str(error)
    except Exception as error:  # noqa: BLE001 - a parser bug must cost one file, not the corpus
        return f"could not be parsed ({type(error).__name__}: {error})"


def _parse_chunk(paths: list[Path]) -> list[Event | str]:
    return [_parse_one(path) for path in paths]


def _parse_all(paths: list[Path], workers: int | None, progress: Progress | None, done: int, total: int) -> list[Event | str]:
    workers = workers if workers is not None else (os.cpu_count() or 1)
    results: list[Event | str] = []
    if len(paths) < PARALLEL_THRESHOLD or workers <= 1:
        for path in paths:
            results.append(_parse_one(path))
            done += 1
            if progress and (done % 8 == 0 or done == total):
                progress(done, total)
        return results
    chunks = [paths[i:i + _CHUNK] for i in range(0, len(paths), _CHUNK)]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for chunk, chunk_results in zip(chunks, pool.map(_parse_chunk, chunks)):
            results.extend(chunk_results)
            done += len(chunk)
            if progress:
                progress(done, total)
    return results
