"""Put text on the user's clipboard by every route that can work, and say honestly which.

OSC 52 (an escape sequence asking the terminal to set the clipboard) is the only
route that works over SSH, but no terminal ever confirms it and many ignore it. On
a local session the platform's clipboard tool is tried as well. A missing, failing
or hanging tool is reported, never raised: copying is never worth a crash.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

#: Seconds a clipboard tool may take before it is given up on.
TOOL_TIMEOUT = 2.0

OSC52 = "OSC 52"


@dataclass(frozen=True, slots=True)
class _Tool:
    route: str
    command: tuple[str, ...]
    needs_env: str = ""  # only worth trying when this variable is set (a display)
    encoding: str = "utf-8"


# In the order they are tried; the first that succeeds is enough.
_TOOLS = (
    _Tool("pbcopy", ("pbcopy",)),
    _Tool("wl-copy", ("wl-copy",), needs_env="WAYLAND_DISPLAY"),
    _Tool("xclip", ("xclip", "-selection", "clipboard"), needs_env="DISPLAY"),
    _Tool("xsel", ("xsel", "--clipboard", "--input"), needs_env="DISPLAY"),
    # clip.exe (Windows, WSL) reads UTF-16 with a BOM correctly, UTF-8 not.
    _Tool("clip.exe", ("clip.exe",), encoding="utf-16"),
)


@dataclass(slots=True)
class CopyResult:
    """What a copy did: the routes that took the text and the ones that failed."""

    routes: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True if at least one route took the text (OSC 52 counts, unconfirmed)."""
        return bool(self.routes)

    @property
    def message(self) -> str:
        """One line for the user that claims no more than was done."""
        confirmed = [route for route in self.routes if route != OSC52]
        parts = []
        if confirmed:
            parts.append(f"copied with {', '.join(confirmed)}")
        if OSC52 in self.routes:
            parts.append(f"{'also ' if confirmed else ''}sent via OSC 52 (terminal must allow it)")
        if not parts:
            parts.append("could not copy to the clipboard")
        if self.failures:
            parts.append("; ".join(self.failures))
        line = "; ".join(parts)
        return line[:1].upper() + line[1:]


def is_remote(env: Mapping[str, str]) -> bool:
    """True in an SSH session, where a local clipboard tool would fill the wrong clipboard."""
    return bool(env.get("SSH_TTY") or env.get("SSH_CONNECTION"))


def copy_text(
    text: str,
    *,
    osc52: Callable[[str], None] | None,
    env: Mapping[str, str] = os.environ,
    which: Callable[[str], str | None] = shutil.which,
    run: Callable[..., subprocess.CompletedProcess[bytes]] = subprocess.run,
) -> CopyResult:
    """Copy ``text``: OSC 52 through ``osc52`` if given, then (locally) a platform tool.

    ``env``, ``which`` and ``run`` are injectable so tests can fake the machine.
    """
    result = CopyResult()
    if osc52 is not None:
        try:
            osc52(text)
        except OSError as exc:
            result.failures.append(f"OSC 52 failed ({exc.strerror or exc})")
        else:
            result.routes.append(OSC52)
    if is_remote(env):
        return result
    for tool in _TOOLS:
        if tool.needs_env and not env.get(tool.needs_env):
            continue
        executable = which(tool.command[0])
        if executable is None:
            continue
        failure = _run_tool(tool, executable, text, env, run)
        if failure is None:
            result.routes.append(tool.route)
            break
        result.failures.append(failure)
    return result


def _run_tool(
    tool: _Tool,
    executable: str,
    text: str,
    env: Mapping[str, str],
    run: Callable[..., subprocess.CompletedProcess[bytes]],
) -> str | None:
    """Run one tool; None on success, else why it failed.

    Its output goes to /dev/null, not a pipe: xclip and wl-copy leave a child behind
    to serve the selection, and a pipe it holds open would block until the timeout.
    """
    try:
        completed = run(
            [executable, *tool.command[1:]],
            input=text.encode(tool.encoding, errors="replace"),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=dict(env),
            timeout=TOOL_TIMEOUT,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return f"{tool.route} timed out"
    except OSError as exc:
        return f"{tool.route} failed ({exc.strerror or exc})"
    if completed.returncode != 0:
        return f"{tool.route} failed (exit {completed.returncode})"
    return None
