"""Error text for the command line: library advice in CLI terms, signals as interrupts."""

from __future__ import annotations

import contextlib
import re
import signal
import threading
from collections.abc import Iterator
from types import FrameType

__all__ = ["Interrupted", "cli_advice", "exit_code", "signals_as_interrupts"]

_ADVICE = (
    (re.compile(r'\bencoding="([^"]*)"'), r"--encoding \1"),
    (re.compile(r'\berrors="([^"]*)"'), r"--errors \1"),
    (re.compile(r"\bpass it to povcorpus\.load\(\) to read"), "pass the folder itself to read"),
)


def cli_advice(message: str) -> str:
    """``message`` with the library's keyword-argument advice spelled as command-line flags."""
    for pattern, replacement in _ADVICE:
        message = pattern.sub(replacement, message)
    return message


class Interrupted(KeyboardInterrupt):
    """``SIGTERM`` (or a second kind of stop signal) turned into a Ctrl-C, with its number."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


def exit_code(error: KeyboardInterrupt) -> int:
    """The shell's convention: 128 plus the signal number (130 for Ctrl-C, 143 for ``SIGTERM``)."""
    return 128 + getattr(error, "signum", signal.SIGINT)


def _interrupt(signum: int, frame: FrameType | None) -> None:
    """Stop the run like Ctrl-C; later stop signals are ignored so that the cleanup can finish."""
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    raise Interrupted(signum)


@contextlib.contextmanager
def signals_as_interrupts() -> Iterator[None]:
    """Within the block, ``SIGTERM`` and ``SIGINT`` raise :class:`Interrupted` (once); restored after."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {number: signal.getsignal(number) for number in (signal.SIGTERM, signal.SIGINT)}
    for number in previous:
        signal.signal(number, _interrupt)
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
