"""What each first screen imports before it is drawn: modules, ours among them, and their time.

startup.py times the whole start, which a busy machine blurs. The modules a start imports
before its first screen is complete do not depend on the load, and most of a start is spent
importing them, so this is the figure to watch when a change moves an import (a screen, a
dialog or a model the first screen does not show belongs inside the action that opens it).

Each of our four openings (as in startup.py: the library, `run kot`, `run kot --rehearse`,
`resume`) and the Digits app runs once in a 100x30 pty under `python -X importtime`
(PYTHONPROFILEIMPORTTIME); the imports reported before the screen's last marker first appears
are counted. The import time is the sum of each module's own time (`-X importtime`'s self
column), a median over `--repetitions` starts; it moves with the load, the counts hardly do
(a few modules either way: Textual's writer thread may send the frame while the main thread
reports its next imports).
`--before PATH` adds another build's console script, `--list NAME` prints our modules of one
opening (e.g. `--list library`) in the order they were imported.
"""

from __future__ import annotations

import argparse
import re
import shutil
import statistics
from dataclasses import dataclass

from harness import APP, BASELINE_MARKER, Terminal, app_env, baseline_command, scratch_home
from startup import Start, our_starts

#: One line of `-X importtime`: self and cumulative microseconds, then the indented name.
IMPORT_LINE = re.compile(r"import time:\s+(\d+) \|\s+\d+ \|\s*([A-Za-z_][\w.]*)")
OURS = "intervisie_tui"


@dataclass(frozen=True)
class Imports:
    """The modules one start imported before its first screen was complete, in order."""

    modules: tuple[str, ...]
    self_us: int

    @property
    def ours(self) -> tuple[str, ...]:
        """Our own modules among them."""
        return tuple(name for name in self.modules if name.split(".")[0] == OURS)


def imports_before_screen(start: Start) -> Imports:
    """Start once under -X importtime; the imports reported before the screen was complete."""
    env = app_env(start.home) | {"PYTHONPROFILEIMPORTTIME": "1"}
    with Terminal(start.argv, env) as terminal:
        terminal.wait_for_all(start.markers)
        text = terminal.text()
    # Textual writes its frames to the same terminal: count what came before the frame that
    # completed the screen (the one where its last marker first appears).
    end = max(text.find(marker) for marker in start.markers)
    own_time: dict[str, int] = {}
    for micros, name in IMPORT_LINE.findall(text[:end]):
        own_time.setdefault(name, int(micros))  # a module is reported once (rarely twice)
    return Imports(tuple(own_time), sum(own_time.values()))


def main() -> None:
    """Print, for each opening, the module counts and the median import time."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repetitions", type=int, default=3)
    parser.add_argument("--before", metavar="PATH", help="another build's intervisie-tui")
    parser.add_argument("--list", metavar="NAME", help="print our modules of this opening")
    args = parser.parse_args()
    starts = [Start("digits", baseline_command(), (BASELINE_MARKER,), scratch_home(), False)]
    starts += our_starts(APP)
    if args.before is not None:
        starts += our_starts(args.before, "before_")
    try:
        for start in starts:
            imports_before_screen(start)  # uncounted: bytecode written, caches warm
        seen: dict[str, list[Imports]] = {}
        for start in starts:
            seen[start.name] = [imports_before_screen(start) for _ in range(args.repetitions)]
    finally:
        for start in starts:
            shutil.rmtree(start.home, ignore_errors=True)
    print(f"imports before each first screen is complete; time: median of {args.repetitions}")
    for name, runs in seen.items():
        first = runs[0]
        took = statistics.median(run.self_us for run in runs) / 1000
        counts = f"{len(first.modules):>4} modules, {len(first.ours):>3} ours"
        print(f"  {name:<16} {counts}, {took:6.0f} ms")
    if args.list is not None:
        print(f"our modules of {args.list}, in import order:")
        for module in seen[args.list][0].ours:
            print(f"  {module}")


if __name__ == "__main__":
    main()
