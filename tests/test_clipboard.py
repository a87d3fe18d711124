"""Clipboard routes with a faked machine: SSH or local, tools present, missing,
failing or hanging. Nothing raises, and the message never claims more than was done."""

from __future__ import annotations

import subprocess
from typing import Any

import pytest

from tui.clipboard import TOOL_TIMEOUT, copy_text

TEXT = "“Tango,” Rutte said — ½ ü"


class FakeMachine:
    """Tools on PATH and how each behaves when run; records what was run."""

    def __init__(self, tools: dict[str, Any]) -> None:
        self.tools = tools  # name -> exit code, or an exception to raise
        self.calls: list[tuple[list[str], bytes, dict[str, Any]]] = []

    def which(self, name: str) -> str | None:
        return f"/usr/bin/{name}" if name in self.tools else None

    def run(self, argv: list[str], **kwargs: Any) -> subprocess.CompletedProcess[bytes]:
        self.calls.append((argv, kwargs["input"], kwargs))
        outcome = self.tools[argv[0].rsplit("/", 1)[-1]]
        if isinstance(outcome, BaseException):
            raise outcome
        return subprocess.CompletedProcess(argv, outcome)


class Osc52:
    def __init__(self, error: OSError | None = None) -> None:
        self.sent: list[str] = []
        self.error = error

    def __call__(self, text: str) -> None:
        if self.error:
            raise self.error
        self.sent.append(text)


def copy(machine: FakeMachine, env: dict[str, str], osc52: Osc52 | None = None) -> Any:
    return copy_text(TEXT, osc52=osc52, env=env, which=machine.which, run=machine.run)


def test_local_x11_uses_osc52_and_xclip() -> None:
    machine, osc52 = FakeMachine({"xclip": 0, "xsel": 0}), Osc52()
    result = copy(machine, {"DISPLAY": ":0"}, osc52)
    assert osc52.sent == [TEXT]
    assert result.routes == ["OSC 52", "xclip"] and result.failures == []
    argv, data, kwargs = machine.calls[0]
    assert argv == ["/usr/bin/xclip", "-selection", "clipboard"]
    assert data.decode("utf-8") == TEXT
    assert kwargs["timeout"] == TOOL_TIMEOUT
    # a tool that forks to serve the selection must not hold a pipe open
    assert kwargs["stdout"] is subprocess.DEVNULL and kwargs["stderr"] is subprocess.DEVNULL
    assert len(machine.calls) == 1  # one tool that works is enough
    assert result.message == "Copied with xclip; also sent via OSC 52 (terminal must allow it)"


@pytest.mark.parametrize("variable", ["SSH_TTY", "SSH_CONNECTION"])
def test_over_ssh_only_osc52_is_used(variable: str) -> None:
    machine, osc52 = FakeMachine({"xclip": 0, "pbcopy": 0}), Osc52()
    result = copy(machine, {"DISPLAY": ":0", variable: "/dev/pts/3"}, osc52)
    assert machine.calls == []
    assert result.routes == ["OSC 52"]
    assert result.ok
    assert result.message == "Sent via OSC 52 (terminal must allow it)"
    assert "copied" not in result.message.lower()


def test_over_ssh_without_osc52_nothing_is_claimed() -> None:
    result = copy(FakeMachine({"xclip": 0}), {"SSH_TTY": "/dev/pts/1"})
    assert result.routes == [] and not result.ok
    assert result.message == "Could not copy to the clipboard"


def test_missing_tools_are_skipped_quietly() -> None:
    machine = FakeMachine({})
    result = copy(machine, {"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, Osc52())
    assert machine.calls == []
    assert result.routes == ["OSC 52"] and result.failures == []


def test_tools_needing_a_display_are_not_run_without_one() -> None:
    machine = FakeMachine({"xclip": 0, "wl-copy": 0})
    result = copy(machine, {}, None)
    assert machine.calls == [] and result.routes == []


def test_failing_tool_falls_through_to_the_next() -> None:
    machine = FakeMachine({"wl-copy": 1, "xclip": FileNotFoundError(2, "No such file"), "xsel": 0})
    result = copy(machine, {"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, None)
    assert [argv[0] for argv, _, _ in machine.calls] == ["/usr/bin/wl-copy", "/usr/bin/xclip", "/usr/bin/xsel"]
    assert machine.calls[-1][0] == ["/usr/bin/xsel", "--clipboard", "--input"]
    assert result.routes == ["xsel"]
    assert result.failures == ["wl-copy failed (exit 1)", "xclip failed (No such file)"]
    assert result.message == "Copied with xsel; wl-copy failed (exit 1); xclip failed (No such file)"


def test_hanging_tool_times_out_without_raising() -> None:
    machine = FakeMachine({"pbcopy": subprocess.TimeoutExpired(["pbcopy"], TOOL_TIMEOUT)})
    result = copy(machine, {}, Osc52())
    assert result.routes == ["OSC 52"]
    assert result.failures == ["pbcopy timed out"]
    assert result.message == "Sent via OSC 52 (terminal must allow it); pbcopy timed out"


def test_nothing_works_says_so() -> None:
    machine = FakeMachine({"pbcopy": PermissionError(13, "Permission denied")})
    result = copy(machine, {}, Osc52(BrokenPipeError(32, "Broken pipe")))
    assert result.routes == [] and not result.ok
    assert result.message == (
        "Could not copy to the clipboard; OSC 52 failed (Broken pipe); pbcopy failed (Permission denied)"
    )


def test_clip_exe_gets_utf16() -> None:
    machine = FakeMachine({"clip.exe": 0})
    result = copy(machine, {}, None)
    assert result.routes == ["clip.exe"]
    assert machine.calls[0][1].decode("utf-16") == TEXT


def test_a_real_missing_tool_does_not_crash() -> None:
    """The real subprocess.run with a path that does not exist."""
    result = copy_text("x", osc52=None, env={"DISPLAY": ":0"}, which=lambda name: f"/nonexistent/{name}")
    assert not result.ok
    assert result.failures[0].startswith("pbcopy failed (")
    assert len(result.failures) == 4  # pbcopy, xclip, xsel, clip.exe: each tried, none raised
