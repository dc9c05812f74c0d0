"""A terminal driver whose input thread sleeps while nobody types (Linux and macOS).

Why it exists: Textual's `LinuxDriver` reads the keyboard in a thread that calls
`select(0.1)` in a loop, ten wake-ups a second for as long as the app runs, only so that its
parser can time out a lone Escape and the loop notices when it must stop. That costs every
Textual app 0.09-0.10 s of CPU a minute on the projecting laptop, half of the budget for a
counting phase (bench/README.md). Here the thread blocks until a key (or any other input)
arrives, or until the app stops: stopping writes a byte to a pipe the thread also waits on.
Only while the parser holds the start of an escape sequence does the thread wait with a
timeout (the parser's own, ESCDELAY), so a lone Escape still arrives as Escape.

It follows textual 8.2.8 (pinned in pyproject.toml): everything but the input loop is
inherited (terminal modes, signals, the writer thread, `process_message` with the in-band
resize). `run_input_thread` is the parent's loop with the wait changed; compare it with
`textual/drivers/linux_driver.py` when Textual is upgraded, and drop this module once Textual
blocks by itself.
"""

from __future__ import annotations

import os
import selectors
from codecs import getincrementaldecoder
from contextlib import suppress
from threading import Event
from typing import Any

from textual._parser import ParseError
from textual._time import get_time
from textual._xterm_parser import XTermParser
from textual.drivers.linux_driver import LinuxDriver


class WakingEvent(Event):
    """The driver's `exit_event`: setting it also wakes a thread waiting on `wake_fd`.

    `LinuxDriver.disable_input` sets the event and joins the input thread, which would never
    notice while it blocks in `select` with no timeout; a byte on the pipe wakes it.
    """

    def __init__(self) -> None:
        super().__init__()
        #: The write end of the current input thread's pipe (None while none runs).
        self.wake_fd: int | None = None

    def set(self) -> None:
        """Set the flag, then wake the input thread (a full pipe is already awake)."""
        super().set()
        if self.wake_fd is not None:
            with suppress(OSError):
                os.write(self.wake_fd, b"\0")


def parser_wait(parser: XTermParser) -> float | None:
    """Seconds until the parser gives up waiting for the rest of a sequence; None: not waiting.

    After a lone Escape the parser waits ESCDELAY (100 ms) for more; `parser.tick()` then
    turns it into the Escape key. Reads the deadline `Parser.feed` keeps (textual 8.2.8).
    """
    deadline: float | None = parser._timeout_time
    if deadline is None:
        return None
    return max(0.0, deadline - get_time())


class SleepingLinuxDriver(LinuxDriver):
    """`LinuxDriver` with an input thread that wakes only for input, an Escape's timeout or exit.

    The pipe lives from `start_application_mode` to the end of `disable_input` (both on the
    app's thread), so each input thread (one per start, again after a suspend) has its own and
    no pipe is written to after it is closed.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.exit_event: WakingEvent = WakingEvent()
        self._wake_pipe: tuple[int, int] | None = None

    def start_application_mode(self) -> None:
        """Open the input thread's wake-up pipe, then start as Textual does."""
        self._open_wake_pipe()
        super().start_application_mode()  # type: ignore[no-untyped-call]

    def disable_input(self) -> None:
        """Stop the input thread as Textual does (set, join), then close its pipe."""
        super().disable_input()
        thread = self._key_thread
        if thread is None or not thread.is_alive():
            self._close_wake_pipe()

    def _open_wake_pipe(self) -> None:
        if self._wake_pipe is None:
            self._wake_pipe = os.pipe()
            os.set_blocking(self._wake_pipe[1], False)
            self.exit_event.wake_fd = self._wake_pipe[1]

    def _close_wake_pipe(self) -> None:
        if self._wake_pipe is not None:
            self.exit_event.wake_fd = None
            for fd in self._wake_pipe:
                os.close(fd)
            self._wake_pipe = None

    def run_input_thread(self) -> None:
        """Wait for input and dispatch events: `LinuxDriver.run_input_thread`, but blocking.

        Differences from the parent: `select` has no timeout unless the parser waits for the
        rest of an escape sequence; the wake-up pipe is watched too; a terminal at end of file
        is no longer watched (the parent would spin on it). The parent's last pass selects
        after unregistering the terminal, so it reads nothing and only waits 0.1 s before a
        last tick; this one ticks at once.
        """
        assert self._wake_pipe is not None, "start_application_mode opens the pipe"
        fileno = self.fileno
        selector = selectors.SelectSelector()  # as the parent: select() works for ttys on macOS
        selector.register(fileno, selectors.EVENT_READ)
        selector.register(self._wake_pipe[0], selectors.EVENT_READ)
        watching_input = True

        parser = XTermParser(self._debug)
        feed = parser.feed
        tick = parser.tick
        decode = getincrementaldecoder("utf-8")().decode
        read = os.read

        try:
            while not self.exit_event.is_set():
                ready = selector.select(parser_wait(parser))
                if watching_input and any(key.fd == fileno for key, _ in ready):
                    data = read(fileno, 1024 * 4)
                    if data:
                        # "" while a UTF-8 character is incomplete: feed("") would mean EOF.
                        text = decode(data)
                        for event in feed(text) if text else ():
                            self.process_message(event)
                    else:
                        selector.unregister(fileno)  # end of file: nothing more will come
                        watching_input = False
                for event in tick():
                    self.process_message(event)
            for event in tick():
                self.process_message(event)
        finally:
            selector.close()
            with suppress(EOFError, ParseError):
                for _event in feed(""):
                    pass
