"""CPU over a quiet minute and peak memory, intervisie-tui against the baseline.

Four apps run side by side in 100x30 ptys for the same wall time: the baseline Digits app idle
and counting down once a second (the least any Textual countdown costs), the library screen
(idle: nothing changes) and the run screen with a phase counting down. CPU is
utime+stime from /proc/<pid>/stat between "first frame" and the end of the window, and the same
for the main thread alone (/proc/<pid>/task/<pid>/stat). In a plain Textual app, like both
baselines, the input thread polls the terminal ten times a second, about 0.08-0.10 s a minute
here; intervisie-tui's input thread sleeps until a key comes (tui/driver.py). Peak memory is
VmHWM at the end. The countdown must redraw only when the shown second changes, so its CPU
should stay close to the ticking baseline's.
"""

from __future__ import annotations

import argparse
import json
import shutil

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

CPU_TARGET_SECONDS = 0.2
MEMORY_TARGET_RATIO = 1.3


def measure(seconds: float) -> dict[str, object]:
    """Run the three apps together for `seconds` after each has drawn its first frame."""
    homes = [scratch_home() for _ in range(4)]
    for home in homes[2:]:
        warm_cache(home)  # the usual start: the library comes from the result cache
    apps = {
        "baseline": (baseline_command(), BASELINE_MARKER),
        "baseline_ticking": ([*baseline_command(), "--tick"], BASELINE_MARKER),
        "library_idle": ([APP], LIBRARY_MARKER),
        "countdown": ([APP, *RUN_ARGS], RUN_MARKER),
    }
    terminals = {
        name: Terminal(argv, app_env(home))
        for (name, (argv, _)), home in zip(apps.items(), homes, strict=True)
    }
    try:
        markers = {name: marker for name, (_, marker) in apps.items()}
        cpu, main = cpu_over_window(terminals, markers, seconds)
        peak = {name: t.peak_rss_mib() for name, t in terminals.items()}
        still_counting = "01:" in terminals["countdown"].text()[-20000:]
    finally:
        for terminal in terminals.values():
            terminal.close()
        for home in homes:
            shutil.rmtree(home)
    memory_ratio = max(peak["library_idle"], peak["countdown"]) / peak["baseline"]
    cpu_ratio = cpu["countdown"] / max(cpu["baseline_ticking"], 0.001)
    return {
        "window_seconds": seconds,
        "cpu_seconds": {name: round(value, 3) for name, value in cpu.items()},
        "cpu_seconds_main_thread": {name: round(value, 3) for name, value in main.items()},
        "peak_rss_mib": {name: round(value, 1) for name, value in peak.items()},
        "countdown_visible": still_counting,
        "cpu_target": f"countdown <= {CPU_TARGET_SECONDS} s CPU per 60 s",
        "cpu_met": cpu["countdown"] * 60 / seconds <= CPU_TARGET_SECONDS,
        "cpu_ratio_to_ticking_baseline": round(cpu_ratio, 2),
        "memory_ratio": round(memory_ratio, 3),
        "memory_target": f"ratio <= {MEMORY_TARGET_RATIO}",
        "memory_met": memory_ratio <= MEMORY_TARGET_RATIO,
    }


def main() -> dict[str, object]:
    """Run and print; the JSON also goes to bench/results/idle.json."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=60.0)
    args, _ = parser.parse_known_args()
    result = measure(args.seconds)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "idle.json").write_text(json.dumps(result, indent=2))
    cpu = result["cpu_seconds"]
    main = result["cpu_seconds_main_thread"]
    peak = result["peak_rss_mib"]
    print(
        f"CPU over {args.seconds:.0f} s: {cpu} "
        f"({'met' if result['cpu_met'] else 'MISSED'} {result['cpu_target']}); countdown vs "
        f"ticking baseline: {result['cpu_ratio_to_ticking_baseline']}x"
    )
    print(f"of which the main thread (the baselines' rest is mostly their input thread): {main}")
    print(
        f"peak RSS MiB: {peak} -> ratio {result['memory_ratio']} "
        f"({'met' if result['memory_met'] else 'MISSED'} {result['memory_target']})"
    )
    return result


if __name__ == "__main__":
    main()
