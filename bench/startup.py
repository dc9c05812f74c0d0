"""Start-up: seconds from spawn until the first screen is complete, ours against two yardsticks.

Complete means every part a user looks at is drawn: for the library the table, the preview of
the selected method and the footer's keys; for `run kot`, `run kot --rehearse` and `resume`
the clock, the timeline, the flip-over and the footer's keys (harness.LIBRARY_SCREEN and
RUN_SCREEN). Each start runs in a 100x30 pty and is timed until every one of its markers was
on screen; the library's table alone (its first marker) is reported too.

The yardsticks start in the same rounds: a bare Textual app showing one Digits widget
(baseline_app.py), and posting and harlequin, each from a venv of its own (others.py).
Ceilings (#13), on medians: each of our four screens at most 1.8 times the Digits app and at
most half the faster of posting and harlequin.

Every app keeps one home folder for the whole run, as a user does (our result cache filled,
their config written): one round warms them up and is not counted, and the order of the apps
is reversed every other round, so a machine that grows busier during the run favours none.
`--before PATH` starts another build's console script (installed in a venv of its own, see
compare.py) in the same rounds too, for before/after figures that a busy machine does not blur.
"""

from __future__ import annotations

import argparse
import json
import shutil
from dataclasses import dataclass
from pathlib import Path

from harness import (
    APP,
    BASELINE_MARKER,
    LIBRARY_SCREEN,
    RESULTS,
    RUN_ARGS,
    RUN_SCREEN,
    Spread,
    Terminal,
    app_env,
    baseline_command,
    scratch_home,
    warm_cache,
)
from others import ready_apps

CEILING_TO_DIGITS = 1.8
CEILING_TO_OTHERS = 0.5


@dataclass(frozen=True)
class Start:
    """One app to start again and again: its command, its complete screen and its home."""

    name: str
    argv: list[str]
    markers: tuple[str, ...]
    home: Path
    ours: bool = True


def leave_unfinished_session(home: Path, app: str) -> None:
    """Start a meeting in `home` and end the app while it runs, so `resume` has one to open."""
    with Terminal([app, *RUN_ARGS], app_env(home)) as terminal:
        terminal.wait_for_all(RUN_SCREEN)


def our_starts(app: str, prefix: str = "") -> list[Start]:
    """Our four first screens, each with a home whose result cache is warm.

    Another build's (`prefix` "before_") are shown beside ours but held to no ceiling.
    """
    homes = {name: scratch_home() for name in ("library", "run", "rehearse", "resume")}
    for home in homes.values():
        warm_cache(home, app)
    leave_unfinished_session(homes["resume"], app)
    ours = not prefix
    return [
        Start(prefix + "library", [app], LIBRARY_SCREEN, homes["library"], ours),
        Start(prefix + "run", [app, *RUN_ARGS], RUN_SCREEN, homes["run"], ours),
        Start(
            prefix + "rehearse", [app, *RUN_ARGS, "--rehearse"], RUN_SCREEN, homes["rehearse"], ours
        ),
        Start(prefix + "resume", [app, "resume"], RUN_SCREEN, homes["resume"], ours),
    ]


def the_starts(before: str | None) -> tuple[list[Start], list[str], dict[str, str]]:
    """Every app of the run with a home folder prepared; the other apps, and any missing."""
    others, missing = ready_apps()
    starts = [Start("digits", baseline_command(), (BASELINE_MARKER,), scratch_home(), False)]
    starts += our_starts(APP)
    if before is not None:
        starts += our_starts(before, "before_")
    starts += [Start(app.name, app.command, app.markers, scratch_home(), False) for app in others]
    return starts, [app.name for app in others], missing


def one_start(start: Start) -> dict[str, float]:
    """Spawn, wait until every marker was on screen, stop: seconds to each marker."""
    with Terminal(start.argv, app_env(start.home)) as terminal:
        return terminal.wait_for_all(start.markers)


def measure(repetitions: int, before: str | None = None) -> dict[str, object]:
    """The rounds, then medians, ratios and whether each of our screens is within its ceilings."""
    starts, other_names, missing = the_starts(before)
    complete: dict[str, list[float]] = {start.name: [] for start in starts}
    table: list[float] = []
    try:
        for round_number in range(repetitions + 1):
            order = starts if round_number % 2 else starts[::-1]
            for start in order:
                seen = one_start(start)
                if round_number == 0:  # warm-up: bytecode, OS file cache, first-run config
                    continue
                complete[start.name].append(max(seen.values()))
                if start.name == "library":
                    table.append(seen[LIBRARY_SCREEN[0]])
    finally:
        for start in starts:
            shutil.rmtree(start.home, ignore_errors=True)
    spreads = {name: Spread.of(values) for name, values in complete.items()}
    digits = spreads["digits"].median
    faster = min(other_names, key=lambda name: spreads[name].median, default=None)
    screens: dict[str, dict[str, object]] = {}
    for start in starts:
        spread = spreads[start.name]
        entry: dict[str, object] = {
            "median_ms": round(spread.median * 1000),
            "range_ms": [round(spread.low * 1000), round(spread.high * 1000)],
            "ratio_to_digits": round(spread.median / digits, 2),
        }
        if faster is not None:
            entry["ratio_to_faster_other"] = round(spread.median / spreads[faster].median, 2)
        if start.ours:
            entry["met"] = spread.median / digits <= CEILING_TO_DIGITS and (
                faster is None or spread.median / spreads[faster].median <= CEILING_TO_OTHERS
            )
        screens[start.name] = entry
    table_spread = Spread.of(table)
    return {
        "repetitions": repetitions,
        "seconds": complete,
        "screens": screens,
        "library_table_only": {
            "median_ms": round(table_spread.median * 1000),
            "ratio_to_digits": round(table_spread.median / digits, 2),
        },
        "faster_other": faster,
        "others_missing": missing,
        "ceilings": f"<= {CEILING_TO_DIGITS}x digits and <= {CEILING_TO_OTHERS}x the faster "
        "of posting and harlequin",
        "met": all(entry.get("met", True) for entry in screens.values()) and faster is not None,
    }


def main() -> dict[str, object]:
    """Run and print; the JSON also goes to bench/results/startup.json."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repetitions", type=int, default=9)
    parser.add_argument("--before", metavar="PATH", help="another build's intervisie-tui")
    args, _ = parser.parse_known_args()
    result = measure(args.repetitions, args.before)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "startup.json").write_text(json.dumps(result, indent=2))
    print(f"complete first screen, medians of {args.repetitions} starts:")
    for name, entry in result["screens"].items():  # type: ignore[attr-defined]
        verdict = {True: "met", False: "MISSED"}.get(entry.get("met"), "")
        print(
            f"  {name:<10} {entry['median_ms']:>5} ms {entry['range_ms']}  "
            f"x digits {entry['ratio_to_digits']:<5} "
            f"x {result['faster_other']} {entry.get('ratio_to_faster_other', '-'):<5} {verdict}"
        )
    table = result["library_table_only"]
    print(f"  library table alone {table['median_ms']} ms, x digits {table['ratio_to_digits']}")  # type: ignore[index]
    for name, problem in result["others_missing"].items():  # type: ignore[attr-defined]
        print(f"  {name} not measured: {problem}")
    return result


if __name__ == "__main__":
    main()
