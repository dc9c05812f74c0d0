"""The three chimes as WAV files, written with `wave` and `math` (nothing shipped, nothing fetched).

Each is short and has a shape the room learns without looking: the warning one soft high
tone, the end of a phase a falling two-note "ding-dong", overtime three low insistent knocks.
Bell-like tones (a sine with a quieter octave, a quick attack and an exponential decay) carry
through a laptop speaker without being shrill.
"""

from __future__ import annotations

import math
import struct
import wave
from enum import StrEnum
from functools import cache
from io import BytesIO
from pathlib import Path

from intervisie_tui.session.folders import write_private
from intervisie_tui.session.view import TimerEventKind

RATE = 22_050
#: Loudness of one note at its peak (of 1.0); notes that overlap are kept below clipping.
PEAK = 0.45


class Chime(StrEnum):
    """Which moment a chime marks."""

    warning = "warning"
    end = "end"
    overtime = "overtime"


#: The chime for each moment the session reports (the app and the room view alike).
CHIME_OF: dict[TimerEventKind, Chime] = {
    TimerEventKind.warning: Chime.warning,
    TimerEventKind.zero: Chime.end,
    TimerEventKind.overtime: Chime.overtime,
}

#: Each chime as notes: (start s, frequency Hz, length s).
NOTES: dict[Chime, tuple[tuple[float, float, float], ...]] = {
    Chime.warning: ((0.0, 880.0, 0.9),),
    Chime.end: ((0.0, 987.77, 0.7), (0.45, 659.25, 1.1)),
    Chime.overtime: ((0.0, 392.0, 0.3), (0.35, 392.0, 0.3), (0.7, 392.0, 0.5)),
}


def samples(chime: Chime) -> list[float]:
    """The chime as samples between -1 and 1."""
    notes = NOTES[chime]
    length = max(start + seconds for start, _, seconds in notes)
    out = [0.0] * int(length * RATE)
    for start, frequency, seconds in notes:
        first = int(start * RATE)
        for i in range(int(seconds * RATE)):
            t = i / RATE
            envelope = min(1.0, t / 0.005) * math.exp(-4.0 * t / seconds)
            tone = math.sin(2 * math.pi * frequency * t)
            tone += 0.3 * math.sin(4 * math.pi * frequency * t)
            out[first + i] += PEAK * envelope * tone / 1.3
    return out


@cache
def wav_bytes(chime: Chime) -> bytes:
    """The chime as a 16-bit mono WAV file (made once per run)."""
    frames = b"".join(
        struct.pack("<h", round(max(-1.0, min(1.0, sample)) * 32767)) for sample in samples(chime)
    )
    buffer = BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(frames)
    return buffer.getvalue()


def chime_file(folder: Path, chime: Chime) -> Path:
    """The chime's WAV file in `folder`, written the first time it is needed; OSError if not.

    A player program reads a file, so the chime is kept in the user's cache folder. A file of
    the wrong size (a crash halfway, another version's chime) is written again.
    """
    path = folder / f"chime-{chime.value}.wav"
    data = wav_bytes(chime)
    try:
        if path.stat().st_size == len(data):
            return path
    except FileNotFoundError:
        pass
    write_private(path, data)
    return path
