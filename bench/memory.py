"""Peak memory (VmHWM) of the library screen and a running meeting, before and after a change.

Memory hardly moves with the machine's load, so the apps run one after another: the Digits
app (baseline_app.py), then each build's library screen (result cache warm, as a chair's usual
start) and `run kot ...` counting down, each in a 100x30 pty for `--seconds` after its first
screen. VmHWM and VmRSS come from /proc at the end; the median over `--rounds`.

The Digits app with one pydantic model validated before it runs is shown too: pydantic's own
share (its import and the machinery any model class brings), which every start of ours pays
because the models validate the result cache.

A build other than this venv's is a source tree (`git worktree add /tmp/before <commit>`),
passed as `--before /tmp/before/src`: it runs with this venv's console script and
dependencies, its own package first on PYTHONPATH.

    .venv/bin/python bench/memory.py --before /tmp/before/src --rounds 3
"""

from __future__ import annotations

import argparse
import shutil
import statistics
from pathlib import Path

from harness import (
    APP,
    BASELINE_MARKER,
    LIBRARY_MARKER,
    RUN_ARGS,
    RUN_MARKER,
    Terminal,
    app_env,
    baseline_command,
    scratch_home,
    warm_cache,
)

CEILING_RATIO = 1.5


def status_mib(pid: int) -> dict[str, float]:
    """VmHWM and VmRSS of a process, in MiB."""
    found = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmHWM", "VmRSS"):
            found[key] = int(value.split()[0]) / 1024
    return found


def one(argv: list[str], marker: str, source: str | None, seconds: float) -> dict[str, float]:
    """Start one app, wait for its first screen, let it run `seconds`, and read its memory."""
    home = scratch_home()
    try:
        env = app_env(home)
        if source is not None:
            env["PYTHONPATH"] = source
        if argv[0] == APP:
            # As idle.py: the usual start reads the library from a warm result cache.
            warm_cache(home, env=env)
        with Terminal(argv, env) as terminal:
            terminal.wait_for(marker)
            terminal.drain(seconds)
            return status_mib(terminal.pid)
    finally:
        shutil.rmtree(home)


def main() -> None:
    """Measure and print each app's median VmHWM (VmRSS) and its ratio to the Digits app."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--before", help="the other build's src folder")
    parser.add_argument("--seconds", type=float, default=3.0)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    builds: dict[str, str | None] = {"after": None}
    if args.before:
        builds = {"before": args.before, "after": None}
    apps: dict[str, tuple[list[str], str, str | None]] = {
        "digits": (baseline_command(), BASELINE_MARKER, None),
        # Not a yardstick: what pydantic alone adds to the Digits app (baseline_app.py).
        "digits+pydantic": ([*baseline_command(), "--pydantic"], BASELINE_MARKER, None),
    }
    for build, source in builds.items():
        apps[f"{build} library"] = ([APP], LIBRARY_MARKER, source)
        apps[f"{build} run"] = ([APP, *RUN_ARGS], RUN_MARKER, source)
    runs: dict[str, list[dict[str, float]]] = {name: [] for name in apps}
    for _ in range(args.rounds):
        for name, (argv, marker, source) in apps.items():
            runs[name].append(one(argv, marker, source, args.seconds))
    digits = statistics.median(r["VmHWM"] for r in runs["digits"])
    print(f"median of {args.rounds}, {args.seconds} s after the first screen", end="; ")
    print(f"ceiling {CEILING_RATIO}x the Digits app: {CEILING_RATIO * digits:.1f} MiB")
    for name, measured in runs.items():
        hwm = statistics.median(r["VmHWM"] for r in measured)
        rss = statistics.median(r["VmRSS"] for r in measured)
        print(f"  {name:16} VmHWM {hwm:5.1f} MiB ({hwm / digits:.2f}x)  VmRSS {rss:5.1f} MiB")


if __name__ == "__main__":
    main()
