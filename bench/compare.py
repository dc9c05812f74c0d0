"""Before and after, side by side: two builds of intervisie-tui counting down in the same windows.

A single `idle.py` run on a shared machine moves by 10-20 %; two builds measured in the same
60 s windows, next to the ticking Digits baseline, move together. Install the other build in a
venv of its own (e.g. `git archive <commit> | tar -x -C /tmp/before` and `pip install -e` it
there), then:

    .venv/bin/python bench/compare.py /tmp/before/.venv/bin/intervisie-tui --rounds 3

"after" is this venv's console script (or `--after PATH`). CPU is utime+stime over each
window, per minute, for the whole process and for its main thread alone (where the app's own
work happens; the rest is Textual's input and writer threads). `--idle` compares the library
screen with nothing happening instead of a phase counting down.
"""

from __future__ import annotations

import argparse
import shutil
import statistics

from harness import (
    APP,
    BASELINE_MARKER,
    LIBRARY_MARKER,
    RUN_ARGS,
    RUN_MARKER,
    Terminal,
    app_env,
    baseline_command,
    cpu_over_window,
    scratch_home,
    warm_cache,
)

Figures = dict[str, float]


def one_round(
    before: str, seconds: float, *, idle: bool = False, after: str = APP
) -> tuple[Figures, Figures]:
    """CPU seconds per minute of each app over one shared window: whole process, main thread."""
    args, marker = ([], LIBRARY_MARKER) if idle else (RUN_ARGS, RUN_MARKER)
    apps = {
        "baseline": (baseline_command(), BASELINE_MARKER),
        "baseline_ticking": ([*baseline_command(), "--tick"], BASELINE_MARKER),
        "before": ([before, *args], marker),
        "after": ([after, *args], marker),
    }
    homes = {name: scratch_home() for name in apps}
    if idle:
        for name in ("before", "after"):
            # As idle.py: the usual start reads the library from the result cache.
            warm_cache(homes[name], apps[name][0][0])
    terminals = {name: Terminal(argv, app_env(homes[name])) for name, (argv, _) in apps.items()}
    try:
        markers = {name: marker for name, (_, marker) in apps.items()}
        total, main = cpu_over_window(terminals, markers, seconds)
        per_minute = 60 / seconds
        total = {name: value * per_minute for name, value in total.items()}
        main = {name: value * per_minute for name, value in main.items()}
        return total, main
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
    parser.add_argument("--idle", action="store_true", help="the library screen, idle")
    parser.add_argument("--after", default=APP, help="another build instead of this venv's")
    args = parser.parse_args()
    rounds: list[Figures] = []
    main_rounds: list[Figures] = []
    for number in range(args.rounds):
        total, main = one_round(args.before, args.seconds, idle=args.idle, after=args.after)
        rounds.append(total)
        main_rounds.append(main)
        print(f"round {number + 1}: " + ", ".join(f"{k} {v:.2f}" for k, v in total.items()))
        print("  main thread: " + ", ".join(f"{k} {v:.2f}" for k, v in main.items()))
    for label, figures in (("", rounds), ("main thread ", main_rounds)):
        median = {name: statistics.median(r[name] for r in figures) for name in figures[0]}
        ticking = max(median["baseline_ticking"], 0.001)
        print(f"{label}median s/min: " + ", ".join(f"{k} {v:.2f}" for k, v in median.items()))
        print(
            f"{label}ratio to the ticking baseline: before {median['before'] / ticking:.2f}, "
            f"after {median['after'] / ticking:.2f}"
        )


if __name__ == "__main__":
    main()
