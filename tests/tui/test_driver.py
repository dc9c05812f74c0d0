"""The input thread sleeps until input comes, yet a lone Escape still arrives (tui/driver.py).

Driven through a real pseudo-terminal, the way a terminal feeds the app. Nothing is timed: the
test records each wait the thread asks `select` for, and which keys come out. The queues'
timeouts only keep a broken driver from hanging the run. The whole app in a real terminal is
in tests/e2e/test_tmux.py.
"""

from __future__ import annotations

import os
import queue
import selectors
import signal
import sys
from collections.abc import AsyncIterator, Mapping
from threading import Thread
from typing import Any, cast

import pytest
from textual import constants, events
from textual.message import Message

from intervisie_tui.tui.app import IntervisieApp

pytest.importorskip("termios", reason="Textual's Linux/macOS driver: not on Windows")
import tty

from intervisie_tui.tui.driver import SleepingLinuxDriver

GUARD = 10.0  # seconds before a broken driver fails the test instead of hanging it


class Probe(SleepingLinuxDriver):
    """The driver with its messages collected here instead of posted to an app."""

    def __init__(self) -> None:
        super().__init__(cast(Any, None), mouse=False)
        self.messages: queue.Queue[Message] = queue.Queue()

    def process_message(self, message: Message) -> None:
        self.messages.put(message)

    def next_key(self) -> events.Key:
        while True:
            message = self.messages.get(timeout=GUARD)
            if isinstance(message, events.Key):
                return message


class RecordingSelector(selectors.SelectSelector):
    """Records the timeout of every wait the input thread asks for (None: until input)."""

    waits: queue.Queue[float | None]

    def select(self, timeout: float | None = None) -> list[tuple[selectors.SelectorKey, int]]:
        self.waits.put(timeout)
        return super().select(timeout)


@pytest.fixture
async def pty_driver(
    monkeypatch: pytest.MonkeyPatch,
) -> AsyncIterator[tuple[Probe, int, queue.Queue[Any]]]:
    """A driver reading from a pty's terminal side, its input thread running; the pty's other
    side (what the terminal would write) and the recorded waits. Async only because a Textual
    driver wants the running event loop."""
    handlers: Mapping[int, Any] = {
        number: signal.getsignal(number)
        for number in (signal.SIGTSTP, signal.SIGCONT, signal.SIGWINCH)
    }
    master, slave = os.openpty()
    tty.setraw(slave)  # as start_application_mode does: each key as it comes, no echo
    waits: queue.Queue[float | None] = queue.Queue()
    monkeypatch.setattr(RecordingSelector, "waits", waits, raising=False)
    monkeypatch.setattr(selectors, "SelectSelector", RecordingSelector)
    with os.fdopen(slave, "rb", buffering=0) as terminal_side:
        monkeypatch.setattr(sys, "__stdin__", terminal_side)
        driver = Probe()
        driver._open_wake_pipe()
        driver._key_thread = Thread(target=driver.run_input_thread, daemon=True)
        driver._key_thread.start()
        try:
            yield driver, master, waits
        finally:
            driver.disable_input()
            os.close(master)
            for number, handler in handlers.items():
                signal.signal(number, handler)


async def test_the_input_thread_waits_without_timeout_until_a_key_comes(
    pty_driver: tuple[Probe, int, queue.Queue[Any]],
) -> None:
    driver, terminal, waits = pty_driver
    assert waits.get(timeout=GUARD) is None
    os.write(terminal, b"x")
    assert driver.next_key().key == "x"
    assert waits.get(timeout=GUARD) is None  # asleep again


async def test_a_lone_escape_arrives_after_the_parsers_delay_with_no_key_after_it(
    pty_driver: tuple[Probe, int, queue.Queue[Any]],
) -> None:
    driver, terminal, waits = pty_driver
    assert waits.get(timeout=GUARD) is None
    os.write(terminal, b"\x1b")
    wait = waits.get(timeout=GUARD)
    assert wait is not None and 0 <= wait <= constants.ESCAPE_DELAY
    assert driver.next_key().key == "escape"
    while (wait := waits.get(timeout=GUARD)) is not None:
        pass  # a select may return a little early; then it waits the rest
    assert driver.messages.empty()


async def test_an_escape_sequence_is_one_key(
    pty_driver: tuple[Probe, int, queue.Queue[Any]],
) -> None:
    driver, terminal, _ = pty_driver
    os.write(terminal, b"\x1b[A")
    assert driver.next_key().key == "up"


async def test_a_character_split_across_two_reads_arrives_whole(
    pty_driver: tuple[Probe, int, queue.Queue[Any]],
) -> None:
    driver, terminal, waits = pty_driver
    assert waits.get(timeout=GUARD) is None
    os.write(terminal, "é".encode()[:1])
    assert waits.get(timeout=GUARD) is None  # read alone, and nothing came of it
    os.write(terminal, "é".encode()[1:])
    assert driver.next_key().character == "é"


async def test_stopping_wakes_the_sleeping_thread_and_closes_its_pipe(
    pty_driver: tuple[Probe, int, queue.Queue[Any]],
) -> None:
    driver, _, waits = pty_driver
    assert waits.get(timeout=GUARD) is None  # blocked with no timeout
    pipe = driver._wake_pipe
    assert pipe is not None
    driver.disable_input()  # Textual's own: set the exit event, join the thread
    assert driver._key_thread is not None and not driver._key_thread.is_alive()
    assert driver._wake_pipe is None
    for fd in pipe:
        with pytest.raises(OSError):
            os.fstat(fd)


def test_the_app_uses_it_where_textual_would_use_its_linux_driver(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from textual.drivers.linux_driver import LinuxDriver

    monkeypatch.setattr(constants, "DRIVER", None)
    app = IntervisieApp.__new__(IntervisieApp)
    assert issubclass(app.get_driver_class(), LinuxDriver)
    assert app.get_driver_class() is SleepingLinuxDriver
    monkeypatch.setattr(constants, "DRIVER", "textual.drivers.linux_driver:LinuxDriver")
    assert app.get_driver_class() is LinuxDriver  # a driver named in TEXTUAL_DRIVER is kept
