"""CPU while nothing or only the countdown changes, and peak memory, against bare Textual apps.

Four apps run side by side in 100x30 ptys over the same windows of wall time: the Digits app
(baseline_app.py) idle and counting down (redrawing its one Digits widget once a second: the
yardstick for any Textual countdown), our library screen with nothing happening, and our run
screen with a phase counting down. CPU is utime+stime from /proc/<pid>/stat over each window,
after every app has drawn its first screen and settled for a second; the main thread's share
(/proc/<pid>/task/<pid>/stat) is reported beside it. Peak memory is VmHWM at the end.

Ceilings (#13), on the medians of the windows, per minute: the countdown at most 1.25 times
the ticking Digits app; the idle library screen at most 0.05 s; peak memory of either of our
screens at most 1.5 times the idle Digits app's.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics

from harness import (
    APP,
    BASELINE_MARKER,
    LIBRARY_MARKER,
    RESULTS,
    RUN_ARGS,
    RUN_MARKER,
    Terminal,
    app_env,
    baseline_command,
    cpu_over_window,
    scratch_home,
    warm_cache,
)

COUNTDOWN_CEILING_RATIO = 1.25
IDLE_CEILING_SECONDS = 0.05
MEMORY_CEILING_RATIO = 1.5

Figures = dict[str, float]


def one_window(seconds: float) -> tuple[Figures, Figures, Figures]:
    """CPU seconds per minute (whole process, main thread) and peak MiB of each app."""
    apps = {
        "digits": (baseline_command(), BASELINE_MARKER),
        "digits_ticking": ([*baseline_command(), "--tick"], BASELINE_MARKER),
        "library_idle": ([APP], LIBRARY_MARKER),
        "countdown": ([APP, *RUN_ARGS], RUN_MARKER),
    }
    homes = {name: scratch_home() for name in apps}
    for name in ("library_idle", "countdown"):
        warm_cache(homes[name])  # the usual start: the library comes from the result cache
    terminals = {name: Terminal(argv, app_env(homes[name])) for name, (argv, _) in apps.items()}
    try:
        markers = {name: marker for name, (_, marker) in apps.items()}
        total, main = cpu_over_window(terminals, markers, seconds)
        peak = {name: t.peak_rss_mib() for name, t in terminals.items()}
    finally:
        for terminal in terminals.values():
            terminal.close()
        for home in homes.values():
            shutil.rmtree(home)
    per_minute = 60 / seconds
    return (
        {name: value * per_minute for name, value in total.items()},
        {name: value * per_minute for name, value in main.items()},
        peak,
    )


def median_of(windows: list[Figures]) -> Figures:
    """Each app's median over the windows."""
    return {name: statistics.median(w[name] for w in windows) for name in windows[0]}


def measure(seconds: float, rounds: int) -> dict[str, object]:
    """`rounds` windows of `seconds`; medians, ratios and the ceilings."""
    totals: list[Figures] = []
    mains: list[Figures] = []
    peaks: list[Figures] = []
    for _ in range(rounds):
        total, main, peak = one_window(seconds)
        totals.append(total)
        mains.append(main)
        peaks.append(peak)
    cpu, cpu_main, peak = median_of(totals), median_of(mains), median_of(peaks)
    countdown_ratio = cpu["countdown"] / max(cpu["digits_ticking"], 0.001)
    memory_ratio = max(peak["library_idle"], peak["countdown"]) / peak["digits"]
    return {
        "window_seconds": seconds,
        "windows": rounds,
        "cpu_seconds_per_minute": {name: round(value, 3) for name, value in cpu.items()},
        "cpu_seconds_per_minute_main_thread": {k: round(v, 3) for k, v in cpu_main.items()},
        "cpu_per_window": [{k: round(v, 3) for k, v in w.items()} for w in totals],
        "peak_rss_mib": {name: round(value, 1) for name, value in peak.items()},
        "countdown_ratio_to_ticking_digits": round(countdown_ratio, 2),
        "memory_ratio": round(memory_ratio, 2),
        "met": {
            f"countdown <= {COUNTDOWN_CEILING_RATIO}x ticking Digits": countdown_ratio
            <= COUNTDOWN_CEILING_RATIO,
            f"library idle <= {IDLE_CEILING_SECONDS} s a minute": cpu["library_idle"]
            <= IDLE_CEILING_SECONDS,
            f"peak memory <= {MEMORY_CEILING_RATIO}x Digits": memory_ratio <= MEMORY_CEILING_RATIO,
        },
    }


def main() -> dict[str, object]:
    """Run and print; the JSON also goes to bench/results/idle.json."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--rounds", type=int, default=3)
    args, _ = parser.parse_known_args()
    result = measure(args.seconds, args.rounds)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "idle.json").write_text(json.dumps(result, indent=2))
    print(f"CPU s a minute, median of {args.rounds} windows: {result['cpu_seconds_per_minute']}")
    print(f"  main thread: {result['cpu_seconds_per_minute_main_thread']}")
    print(f"  countdown / ticking Digits: {result['countdown_ratio_to_ticking_digits']}")
    print(f"peak RSS MiB: {result['peak_rss_mib']} -> ratio {result['memory_ratio']}")
    print(f"met: {result['met']}")
    return result


if __name__ == "__main__":
    main()
