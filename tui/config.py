"""The user's settings: a small TOML file they edit by hand.

A broken config must never stop the reader: whatever cannot be used (a syntax error,
a value of the wrong type, a key Presser does not know) is reported in one line
naming the file and the key, and the default is used instead. Presser never
rewrites this file, so the user's comments and layout survive.
"""

from __future__ import annotations

import datetime as _dt
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from tui.cite import DEFAULT_STYLE, STYLES
from tui.paths import config_dir
from tui.storage import quarantine, read_text_or_quarantine

DEFAULT_THEME = "textual-dark"


@dataclass(slots=True)
class Config:
    """Effective settings (defaults for everything the file leaves out)."""

    #: Transcript directories opened when ``--corpus`` is not given (empty: the sample).
    corpus_dirs: list[Path] = field(default_factory=list)
    #: Name of a Textual theme; the app checks that it exists.
    theme: str = DEFAULT_THEME
    #: Key of :data:`tui.cite.STYLES` used by ``c`` and ``presser cite``.
    citation_style: str = DEFAULT_STYLE
    #: Stack the panes (True), side by side (False), or decide from the width (None).
    compact_layout: bool | None = None


class _Invalid(ValueError):
    """A value of the right key but the wrong type or content."""


def config_path() -> Path:
    """Where the config file is (it need not exist)."""
    return config_dir() / "config.toml"


def load_config(path: Path | None = None) -> tuple[Config, list[str]]:
    """The config at ``path`` (default :func:`config_path`) and one warning per thing ignored.

    A missing file is not a problem (all defaults). A file that is not valid TOML
    (corrupt, truncated) gives all defaults and a warning, and a copy is kept.
    """
    path = path or config_path()
    config = Config()
    text, warning = read_text_or_quarantine(path)
    if text is None:
        return config, [warning] if warning else []
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        return config, [quarantine(path, f"not valid TOML ({exc})")]
    warnings: list[str] = []
    for key, value in data.items():
        parse = _PARSERS.get(key)
        if parse is None:
            warnings.append(f"{path}: unknown key {key!r} ignored (known: {', '.join(_PARSERS)})")
            continue
        try:
            setattr(config, key, parse(value, path.parent))
        except _Invalid as exc:
            warnings.append(f"{path}: {key} {exc}; using the default")
    return config, warnings


def dump_config(config: Config) -> str:
    """``config`` as TOML that :func:`load_config` reads back to the same values."""
    lines = []
    for item in fields(config):
        value = getattr(config, item.name)
        lines.append(f"{item.name} = {_toml_value(value)}")
    return "\n".join(lines) + "\n"


# --- reading values ---------------------------------------------------------------


def _describe(value: Any) -> str:
    """What a TOML value is, in the words of the TOML spec."""
    kinds = [
        (bool, "a boolean"),
        (int, "an integer"),
        (float, "a float"),
        (str, "a string"),
        (list, "an array"),
        (dict, "a table"),
        ((_dt.date, _dt.time), "a date/time"),
    ]
    return next((name for kind, name in kinds if isinstance(value, kind)), type(value).__name__)


def _corpus_dirs(value: Any, base: Path) -> list[Path]:
    """A directory or a list of them; ``~`` expanded, relative paths from the config's folder."""
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(item, str) and item.strip() for item in items):
        raise _Invalid(f"must be an array of directory paths, not {_describe(value)}")
    return [base / Path(item).expanduser() for item in items]


def _theme(value: Any, base: Path) -> str:
    if not isinstance(value, str) or not value.strip():
        raise _Invalid(f"must be a theme name (a string), not {_describe(value)}")
    return value.strip()


def _citation_style(value: Any, base: Path) -> str:
    if not isinstance(value, str):
        raise _Invalid(f"must be a string, not {_describe(value)}")
    if value not in STYLES:
        raise _Invalid(f"{value!r} is not a style (one of: {', '.join(STYLES)})")
    return value


def _compact_layout(value: Any, base: Path) -> bool | None:
    if value == "auto":
        return None
    if not isinstance(value, bool):
        raise _Invalid(f'must be true, false or "auto", not {_describe(value)}')
    return value


_PARSERS: dict[str, Callable[[Any, Path], Any]] = {
    "corpus_dirs": _corpus_dirs,
    "theme": _theme,
    "citation_style": _citation_style,
    "compact_layout": _compact_layout,
}


# --- writing values -----------------------------------------------------------------


def _toml_value(value: Any) -> str:
    if value is None:
        return '"auto"'
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(item) for item in value) + "]"
    return _toml_string(str(value))


def _toml_string(text: str) -> str:
    """A TOML basic string: backslash, quote and control characters escaped."""
    out = []
    for ch in text:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'
