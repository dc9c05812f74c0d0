"""Run every benchmark in one go and write bench/results/summary.json.

Usage: .venv/bin/python bench/run.py [--quick] [library timing startup idle room]
--quick repeats once and shortens the CPU window to 10 s (a smoke test, not for figures).
Run it on a quiet machine: every app figure is a ratio against apps measured in the same run,
but a busy machine still widens the spread.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

from harness import BENCH, RESULTS, machine

SCRIPTS = {
    "library": ["library_load.py"],
    "timing": ["timing.py"],
    "startup": ["startup.py"],
    "idle": ["idle.py"],
    "room": ["room.py"],
}
QUICK = {
    "library": ["--repetitions", "1"],
    "timing": ["--seconds", "5"],
    "startup": ["--repetitions", "1"],
    "idle": ["--seconds", "10", "--rounds", "1"],
    "room": ["--presses", "3"],
}


def main() -> int:
    """Each benchmark in its own process (so imports and memory do not leak between them)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("only", nargs="*", help=f"run only these: {', '.join(SCRIPTS)}")
    args = parser.parse_args()
    RESULTS.mkdir(exist_ok=True)
    summary: dict[str, object] = {"machine": machine()}
    print(summary["machine"])
    failed = False
    for name, script in SCRIPTS.items():
        if args.only and name not in args.only:
            continue
        extra = QUICK[name] if args.quick else []
        done = subprocess.run([sys.executable, str(BENCH / script[0]), *extra], check=False)
        failed |= done.returncode != 0
        output = RESULTS / f"{name}.json"
        if output.exists():
            summary[name] = json.loads(output.read_text())
    (RESULTS / "summary.json").write_text(json.dumps(summary, indent=2))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
