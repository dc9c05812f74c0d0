"""A meeting in a real process, for the kill -9 test: it writes notes until it is killed.

Usage: python crash_driver.py SESSIONS_FOLDER
After every command it prints one JSON progress line and flushes, so the test knows what the
process had finished (and therefore fsynced) before it was killed.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from session_methods import kot_like, kot_setup

from intervisie_tui.model.method import Capture
from intervisie_tui.session import FakeClock, Rating, Session


def report(session: Session, clock: FakeClock, **extra: object) -> None:
    print(
        json.dumps(
            {
                "path": str(session.path),
                "wall": clock.wall().isoformat(),
                "phase": session.state.index,
                "remaining": session.remaining(),
                **extra,
            }
        ),
        flush=True,
    )


def main() -> None:
    clock = FakeClock()
    session = Session.create(kot_like(), kot_setup(cases=2), clock=clock, folder=Path(sys.argv[1]))
    session.start()
    clock.advance(90)
    session.next()
    session.next()  # "Oplossingsgerichte vragen", 210 s, a round of questions
    report(session, clock)
    number = 0
    while True:
        number += 1
        clock.advance(1)
        note = session.add_note(f"Vraag nummer {number}", Capture.questions)
        if number % 3 == 0:
            session.rate_note(note.id, Rating.warm)
        if number == 5:
            session.pause()
            clock.advance(600)  # a long pause: must not count
            session.resume()
        report(session, clock, note=note.text)


if __name__ == "__main__":
    main()
