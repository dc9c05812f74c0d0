"""Before and after, side by side: two builds of intervisie-tui counting down in the same windows.

A single `idle.py` run on a shared machine moves by 10-20 %; two builds measured in the same
60 s windows, next to the ticking Digits baseline, move together. Install the other build in a
venv of its own (e.g. `git archive <commit> | tar -x -C /tmp/before` and `pip install -e` it
there), then:

    .venv/bin/python bench/compare.py /tmp/before/.venv/bin/intervisie-tui --rounds 3

"after" is this venv's console script. CPU is utime+stime over each window, per minute.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import time

from harness import (
    APP,
    BASELINE_MARKER,
    RUN_ARGS,
    RUN_MARKER,
    Terminal,
    app_env,
    baseline_command,
    scratch_home,
)


def one_round(before: str, seconds: float) -> dict[str, float]:
    """CPU seconds per minute of each app over one shared window."""
    apps = {
        "baseline": (baseline_command(), BASELINE_MARKER),
        "baseline_ticking": ([*baseline_command(), "--tick"], BASELINE_MARKER),
        "before": ([before, *RUN_ARGS], RUN_MARKER),
        "after": ([APP, *RUN_ARGS], RUN_MARKER),
    }
    homes = {name: scratch_home() for name in apps}
    terminals = {name: Terminal(argv, app_env(homes[name])) for name, (argv, _) in apps.items()}
    try:
        for name, terminal in terminals.items():
            terminal.wait_for(apps[name][1])
        time.sleep(1.0)  # the same settling as idle.py
        start = {name: t.cpu_seconds() for name, t in terminals.items()}
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            for terminal in terminals.values():
                terminal.pump(0.05)
        return {
            name: (t.cpu_seconds() - start[name]) * 60 / seconds for name, t in terminals.items()
        }
    finally:
        for terminal in terminals.values():
            terminal.close()
        for home in homes.values():
            shutil.rmtree(home)


def main() -> None:
    """Run the rounds and print each, then the medians and the ratios to the ticking baseline."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("before", help="the other build's intervisie-tui console script")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=60.0)
    args = parser.parse_args()
    rounds = []
    for number in range(args.rounds):
        result = one_round(args.before, args.seconds)
        rounds.append(result)
        print(f"round {number + 1}: " + ", ".join(f"{k} {v:.2f}" for k, v in result.items()))
    median = {name: statistics.median(r[name] for r in rounds) for name in rounds[0]}
    ticking = max(median["baseline_ticking"], 0.001)
    print("median s/min: " + ", ".join(f"{k} {v:.2f}" for k, v in median.items()))
    print(
        f"ratio to the ticking baseline: before {median['before'] / ticking:.2f}, "
        f"after {median['after'] / ticking:.2f}"
    )


if __name__ == "__main__":
    main()
