"""Room view: how long a chair's key takes to reach every viewer, and 200 viewers holding.

A real meeting (the bundled KOT, a real journal in a temporary data folder) and the real
`intervisie-tui mirror` as its own process on loopback. Viewers are Server-Sent Events streams
opened with aiohttp's client in this process, which is also the chair: a "key" is
`Session.next()` or `Session.back()` (the journal line written and synced, as the app does it),
and a viewer's latency is from just before that call until its stream delivered the snapshot
of the new step. Both ends read the same monotonic clock, so no clock sync is involved.

1. 10 viewers, PRESSES keys: every viewer's latency per key (ceiling: 300 ms, issue #15).
2. 200 viewers connected at once: how long until all had their first snapshot, then PRESSES
   keys with the same measure, then whether all 200 are still connected and saw every key.

Bounded: the whole run stops after --limit seconds (default 180) whatever happens, and the
mirror process is ended in every case.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

import aiohttp

from harness import RESULTS

if TYPE_CHECKING:
    from intervisie_tui.session import Session

CEILING_MS = 300.0
PRESSES = 20
SCRIPT = Path(sys.executable).parent / "intervisie-tui"


class Viewer:
    """One open stream: when each snapshot arrived and which step it showed."""

    def __init__(self) -> None:
        self.arrivals: list[tuple[float, int | None]] = []
        self.arrived = asyncio.Event()
        self.open = False
        self.task: asyncio.Task[None] | None = None

    def stop(self) -> None:
        """Close the stream (the viewer leaves)."""
        if self.task is not None:
            self.task.cancel()

    async def watch(self, http: aiohttp.ClientSession, url: str) -> None:
        async with http.get(url, timeout=aiohttp.ClientTimeout(total=None)) as response:
            self.open = True
            try:
                async for line in response.content:
                    if line.startswith(b"data: "):
                        phase = json.loads(line[6:]).get("phase")
                        self.arrivals.append((time.perf_counter(), phase))
                        self.arrived.set()
            finally:
                self.open = False

    async def first(self, phase: int, after: float) -> float:
        """When the first snapshot of `phase` arrived after `after`."""
        while True:
            for at, shown in self.arrivals:
                if at >= after and shown == phase:
                    return at
            self.arrived.clear()
            await self.arrived.wait()


def start_mirror(journal: Path, env: dict[str, str]) -> tuple[subprocess.Popen[str], str]:
    process = subprocess.Popen(
        [str(SCRIPT), "mirror", str(journal), "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
    )
    assert process.stdout is not None
    for line in process.stdout:
        match = re.search(r"http://\S+", line)
        if match:
            return process, match.group(0)
    raise RuntimeError("the mirror printed no link")


async def connect(http: aiohttp.ClientSession, url: str, count: int) -> tuple[list[Viewer], float]:
    """Open `count` streams; the seconds until every one had its first snapshot."""
    viewers = [Viewer() for _ in range(count)]
    started = time.perf_counter()
    for viewer in viewers:
        viewer.task = asyncio.create_task(viewer.watch(http, url + "events"))
    for viewer in viewers:
        await viewer.arrived.wait()
    return viewers, time.perf_counter() - started


async def press(session: Session, viewers: list[Viewer], presses: int) -> list[float]:
    """The chair's keys, one at a time; every viewer's latency for each, in milliseconds."""
    latencies: list[float] = []
    for number in range(presses):
        before = time.perf_counter()
        if session.state.index == 0:
            session.next()
        else:
            session.back()
        phase = session.state.index
        arrived = await asyncio.gather(*(viewer.first(phase, before) for viewer in viewers))
        latencies.extend((at - before) * 1000 for at in arrived)
        await asyncio.sleep(0.1 + 0.01 * (number % 5))  # a chair does not press 100 times a second
    return latencies


def summary(latencies: list[float]) -> dict[str, float]:
    ordered = sorted(latencies)
    return {
        "median_ms": round(statistics.median(ordered), 1),
        "p95_ms": round(ordered[int(0.95 * (len(ordered) - 1))], 1),
        "max_ms": round(ordered[-1], 1),
        "max_over_ceiling": round(ordered[-1] / CEILING_MS, 3),
    }


async def run(presses: int) -> dict[str, object]:
    from intervisie_tui.library import load_library
    from intervisie_tui.session import Case, MeetingSetup, Session

    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "INTERVISIE_TUI_DATA_DIR": home}
        setup = MeetingSetup(
            method_id="kot",
            chair="Vera",
            participants=("Ann", "Bas", "Cor", "Dirk"),
            cases=(Case(inbrenger="Ann"),),
        )
        session = Session.create(
            load_library(user=False)["kot"], setup, folder=Path(home) / "sessions"
        )
        session.start()
        assert session.path is not None
        process, url = start_mirror(session.path, env)
        try:
            connector = aiohttp.TCPConnector(limit=0)
            async with aiohttp.ClientSession(connector=connector) as http:
                ten, ten_ready = await connect(http, url, 10)
                ten_latency = await press(session, ten, presses)
                for viewer in ten:
                    viewer.stop()
                crowd, crowd_ready = await connect(http, url, 200)
                crowd_latency = await press(session, crowd, presses)
                held = sum(viewer.open for viewer in crowd)
                for viewer in crowd:
                    viewer.stop()
        finally:
            process.terminate()
            process.wait(timeout=10)
            session.close()
    return {
        "ceiling_ms": CEILING_MS,
        "presses": presses,
        "viewers_10": {"first_snapshot_all_s": round(ten_ready, 3), **summary(ten_latency)},
        "viewers_200": {
            "first_snapshot_all_s": round(crowd_ready, 3),
            **summary(crowd_latency),
            "still_connected": held,
        },
        "met": max(ten_latency) <= CEILING_MS and held == 200,
    }


def main() -> dict[str, object]:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--presses", type=int, default=PRESSES)
    parser.add_argument("--limit", type=float, default=180.0, help="stop after this many seconds")
    args, _ = parser.parse_known_args()
    result = asyncio.run(asyncio.wait_for(run(args.presses), args.limit))
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "room.json").write_text(json.dumps(result, indent=2))
    print(f"10 viewers:  {result['viewers_10']}")
    print(f"200 viewers: {result['viewers_200']}")
    verdict = "met" if result["met"] else "MISSED"
    print(f"ceiling {CEILING_MS:.0f} ms for 10 viewers, all 200 held: {verdict}")
    return result


if __name__ == "__main__":
    main()
