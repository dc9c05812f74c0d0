"""Loading method files: the bundled library in the app's process, and `check` on 1,000 files.

1. The bundled library loaded and validated, warm: in this process, after the imports and one
   load (so the files are in the OS cache), `load_library(user=False)` as the app calls it,
   and the same with every file parsed and validated again (no result cache). Medians of the
   repetitions. Ceiling (#13): < 50 ms, judged on the load as the app does it (what a chair
   waits for: every entry read from the result cache is validated by the same pydantic models
   and cross-checked, so it is loaded and validated); the full parse is shown beside it, as
   what an author's edited file costs.
2. `intervisie-tui check FOLDER` on 1,000 generated method files (copies of the bundled ones
   under new ids), as a whole command: spawn to exit, interpreter start-up included, in three
   states of the result cache: empty (the first check of a new library, which also fills the
   cache), unchanged, and after one file was edited (which must re-read that file, not the
   whole library). Medians of the repetitions. Ceiling (#13): < 2 s in every state.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from harness import APP, REPO, RESULTS, app_env

BUNDLED_CEILING_MS = 50.0
CHECK_CEILING_S = 2.0
CHECK_FILES = 1000


def median_seconds(action: Callable[[], object], repetitions: int) -> float:
    """Median seconds of `action` over `repetitions` runs."""
    times = []
    for _ in range(repetitions):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bundled(repetitions: int) -> dict[str, object]:
    """The bundled library in this process, after one load: as the app loads it, and parsed."""
    home = Path(tempfile.mkdtemp(prefix="intervisie-bench-"))
    os.environ["INTERVISIE_TUI_CACHE_DIR"] = str(home / "cache")
    os.environ["INTERVISIE_TUI_CONFIG_DIR"] = str(home / "config")
    from intervisie_tui.library import load_library

    library = load_library(user=False)
    assert not library.has_errors, [str(p) for p in library.problems]
    as_the_app = median_seconds(lambda: load_library(user=False), repetitions) * 1000
    parsed = median_seconds(lambda: load_library(user=False, cache=False), repetitions) * 1000
    shutil.rmtree(home)
    return {
        "methods": len(library),
        "as_the_app_loads_it_ms": round(as_the_app, 1),
        "every_file_parsed_and_validated_ms": round(parsed, 1),
        "met": as_the_app < BUNDLED_CEILING_MS,
    }


def generate(folder: Path, count: int) -> list[Path]:
    """`count` valid method files made from the bundled ones, each under its own id."""
    sources = [path.read_text("utf-8") for path in sorted((REPO / "methods").glob("*.yaml"))]
    paths = []
    for number in range(count):
        text = sources[number % len(sources)]
        text = re.sub(r"^id: (\S+)$", rf"id: \1-{number:04d}", text, count=1, flags=re.M)
        path = folder / f"m{number:04d}.yaml"
        path.write_text(text, "utf-8")
        paths.append(path)
    return paths


def check_seconds(folder: Path, home: Path) -> float:
    """One `intervisie-tui check FOLDER`, spawn to exit; it must find no problem."""
    start = time.perf_counter()
    done = subprocess.run(
        [APP, "check", str(folder)], env=app_env(home), capture_output=True, text=True
    )
    seconds = time.perf_counter() - start
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    return seconds


#: The floor under any check that reads the files through PyYAML's node graph (which #13 asks
#: for, to locate every problem): a fresh interpreter that only composes every file with
#: libyaml's loader, spawn to exit, the same files in the same rounds.
COMPOSE_ONLY = """
import sys, yaml
loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
for name in sys.argv[1:]:
    with open(name, encoding="utf-8") as handle:
        yaml.compose(handle, Loader=loader)
"""


def compose_seconds(paths: list[Path]) -> float:
    """Spawn to exit of a Python that only composes the YAML of `paths` (the yardstick)."""
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", COMPOSE_ONLY, *map(str, paths)], capture_output=True, text=True
    )
    seconds = time.perf_counter() - start
    assert done.returncode == 0, done.stderr[-2000:]
    return seconds


def check_thousand(repetitions: int) -> dict[str, object]:
    """`check` on 1,000 files with an empty, an unchanged and a just-edited result cache."""
    folder = Path(tempfile.mkdtemp(prefix="intervisie-bench-check-"))
    paths = generate(folder, CHECK_FILES)
    megabytes = sum(path.stat().st_size for path in paths) / 1e6
    states: dict[str, list[float]] = {
        "compose_only": [],
        "empty_cache": [],
        "unchanged": [],
        "one_file_edited": [],
    }
    for number in range(repetitions + 1):  # the first round only warms the OS file cache
        home = Path(tempfile.mkdtemp(prefix="intervisie-bench-"))
        compose = compose_seconds(paths)
        empty = check_seconds(folder, home)
        unchanged = check_seconds(folder, home)
        edited = paths[(number * 37) % len(paths)]
        edited.write_text(edited.read_text("utf-8") + f"\n# edited {number}\n", "utf-8")
        after_edit = check_seconds(folder, home)
        shutil.rmtree(home)
        if number:
            states["compose_only"].append(compose)
            states["empty_cache"].append(empty)
            states["unchanged"].append(unchanged)
            states["one_file_edited"].append(after_edit)
    shutil.rmtree(folder)
    medians = {name: round(statistics.median(values), 3) for name, values in states.items()}
    checks = {name: value for name, value in medians.items() if name != "compose_only"}
    return {
        "files": CHECK_FILES,
        "megabytes": round(megabytes, 1),
        "median_seconds": medians,
        "empty_cache_vs_compose_only": round(medians["empty_cache"] / medians["compose_only"], 2),
        "seconds": {name: [round(v, 3) for v in values] for name, values in states.items()},
        "met": max(checks.values()) < CHECK_CEILING_S,
    }


def main() -> dict[str, object]:
    """Run and print; the JSON also goes to bench/results/library.json."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repetitions", type=int, default=5)
    args, _ = parser.parse_known_args()
    result = {
        "bundled": bundled(max(args.repetitions, 3) * 4),
        "check": check_thousand(args.repetitions),
    }
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "library.json").write_text(json.dumps(result, indent=2))
    bundled_result, check = result["bundled"], result["check"]
    print(
        f"bundled library ({bundled_result['methods']} methods), warm: as the app loads it "
        f"{bundled_result['as_the_app_loads_it_ms']} ms, every file parsed and validated "
        f"{bundled_result['every_file_parsed_and_validated_ms']} ms "
        f"(< {BUNDLED_CEILING_MS:.0f} ms: {'met' if bundled_result['met'] else 'MISSED'})"
    )
    print(
        f"check on {CHECK_FILES} files ({check['megabytes']} MB), whole command, median s: "
        f"{check['median_seconds']} (< {CHECK_CEILING_S:.0f} s: "
        f"{'met' if check['met'] else 'MISSED'}); empty cache = "
        f"{check['empty_cache_vs_compose_only']}x composing the same YAML and nothing else"
    )
    return result


if __name__ == "__main__":
    main()
