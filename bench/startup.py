"""Start-up: seconds from spawn to the first usable frame, intervisie-tui against the baseline.

"Usable" means the chair can act: for intervisie-tui the library table is filled (a bundled
method title is on screen), for the baseline the Digits face is drawn. Both apps are spawned the
same way in a 100x30 pty, alternating, and the median of the repetitions is compared.
The library's result cache is warmed once (every start after the first install is like that);
a start with an empty cache is reported separately. A third app, `floor_app.py`, shows the
library screen's widgets with no logic at all: how far the Digits baseline is from it is
Textual's cost for those widgets, how far intervisie-tui is from it is ours.
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
    Spread,
    Terminal,
    app_env,
    baseline_command,
    floor_command,
    scratch_home,
)

TARGET_RATIO = 1.10


def first_frame(argv: list[str], marker: str, home_is_fresh: bool, home: object) -> float:
    """One start: spawn, wait for the marker, stop the app."""
    folder = scratch_home() if home_is_fresh else home
    assert folder is not None
    with Terminal(argv, app_env(folder)) as terminal:  # type: ignore[arg-type]
        seconds = terminal.wait_for(marker)
    if home_is_fresh:
        shutil.rmtree(folder)  # type: ignore[arg-type]
    return seconds


def measure(repetitions: int) -> dict[str, object]:
    """Alternate baseline, app (warm cache) and app (empty cache); one warm-up each first."""
    warm_home = scratch_home()
    runs: dict[str, list[float]] = {
        "baseline": [],
        "floor": [],
        "app": [],
        "app_cold_cache": [],
    }
    for round_number in range(repetitions + 1):
        base = first_frame(baseline_command(), BASELINE_MARKER, True, None)
        floor = first_frame(floor_command(), LIBRARY_MARKER, True, None)
        app = first_frame([APP], LIBRARY_MARKER, False, warm_home)
        cold = first_frame([APP], LIBRARY_MARKER, True, None)
        if round_number:  # the first round only warms the OS file cache and our result cache
            runs["baseline"].append(base)
            runs["floor"].append(floor)
            runs["app"].append(app)
            runs["app_cold_cache"].append(cold)
    shutil.rmtree(warm_home)
    spreads = {name: Spread.of(values) for name, values in runs.items()}
    ratio = spreads["app"].median / spreads["baseline"].median
    cold_ratio = spreads["app_cold_cache"].median / spreads["baseline"].median
    floor_ratio = spreads["floor"].median / spreads["baseline"].median
    over_floor = spreads["app"].median / spreads["floor"].median
    return {
        "repetitions": repetitions,
        "seconds": runs,
        "baseline": spreads["baseline"].ms(),
        "floor": spreads["floor"].ms(),
        "floor_ratio": round(floor_ratio, 3),
        "app_over_floor": round(over_floor, 3),
        "app": spreads["app"].ms(),
        "app_cold_cache": spreads["app_cold_cache"].ms(),
        "ratio": round(ratio, 3),
        "ratio_cold_cache": round(cold_ratio, 3),
        "target": f"ratio <= {TARGET_RATIO}",
        "met": ratio <= TARGET_RATIO,
    }


def main() -> dict[str, object]:
    """Run and print; the JSON also goes to bench/results/startup.json."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repetitions", type=int, default=9)
    args, _ = parser.parse_known_args()
    result = measure(args.repetitions)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "startup.json").write_text(json.dumps(result, indent=2))
    print(
        f"start-up to first usable frame: baseline {result['baseline']}, "
        f"intervisie-tui {result['app']} -> ratio {result['ratio']} "
        f"(target {result['target']}: {'met' if result['met'] else 'MISSED'}); "
        f"empty result cache {result['app_cold_cache']} -> ratio {result['ratio_cold_cache']}; "
        f"same widgets, no logic {result['floor']} -> ratio {result['floor_ratio']}, "
        f"intervisie-tui / that floor {result['app_over_floor']}"
    )
    return result


if __name__ == "__main__":
    main()
