"""Loading and validating method files: the bundled library, and generated libraries to 1,000.

Each figure is the best of several in-process repetitions after the imports (which start-up
measures). "parse" runs with the result cache off, so every file is read, parsed with
positions, validated and cross-checked; "cached" is a normal start with an unchanged library.
The baseline is the least any loader must do, measured in the same run: libyaml's
`CSafeLoader` parsing the same bundled files into plain data (no positions, no validation).
Generated libraries copy the bundled files under new ids; 250, 500 and 1,000 methods show
whether the cost per method stays flat (linear) as the library grows. Each is also parsed
with plain libyaml right after it is loaded, for a ratio that a busy machine blurs less.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import yaml

from harness import REPO, RESULTS

BUNDLED_TARGET_MS = 50.0
THOUSAND_TARGET_S = 2.0
SIZES = (250, 500, 1000)


def timed(action: Callable[[], object], repetitions: int) -> float:
    """Best seconds of `action` over `repetitions` runs.

    The best, not the median: other processes share this machine, and they only ever add time.
    """
    times = []
    for _ in range(repetitions):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def generate(folder: Path, count: int) -> None:
    """`count` valid method files made from the bundled ones, each under its own id."""
    sources = [path.read_text("utf-8") for path in sorted((REPO / "methods").glob("*.yaml"))]
    for number in range(count):
        text = sources[number % len(sources)]
        text = re.sub(r"^id: (\S+)$", rf"id: \1-{number:04d}", text, count=1, flags=re.M)
        (folder / f"m{number:04d}.yaml").write_text(text, "utf-8")


def measure(repetitions: int) -> dict[str, object]:
    """Bundled library (parse and cached), the yaml baseline, and generated libraries."""
    cache_home = Path(tempfile.mkdtemp(prefix="intervisie-bench-cache-"))
    os.environ["INTERVISIE_TUI_CACHE_DIR"] = str(cache_home)
    os.environ["INTERVISIE_TUI_CONFIG_DIR"] = str(cache_home / "config")
    from intervisie_tui.library import load_library, load_paths

    bundled = load_library(user=False, cache=False)
    assert not bundled.has_errors, [str(p) for p in bundled.problems]
    count = len(bundled)
    texts = [path.read_text("utf-8") for path in sorted((REPO / "methods").glob("*.yaml"))]
    fastest = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    def plain_parse(texts: list[str] = texts) -> None:
        for text in texts:
            yaml.load(text, Loader=fastest)

    load_library(user=False)  # fill the result cache
    result: dict[str, object] = {
        "bundled_methods": count,
        "bundled_parse_ms": timed(lambda: load_library(user=False, cache=False), repetitions)
        * 1000,
        "bundled_cached_ms": timed(lambda: load_library(user=False), repetitions) * 1000,
        "baseline_plain_yaml_ms": timed(plain_parse, repetitions) * 1000,
    }
    generated: dict[str, dict[str, float]] = {}
    for size in SIZES:
        folder = Path(tempfile.mkdtemp(prefix=f"intervisie-bench-{size}-"))
        generate(folder, size)
        library = load_paths([folder], cache=False)
        assert len(library) == size and not library.has_errors
        # Let it go: a large heap makes Python's collector, and so the baseline, slower.
        del library
        seconds = timed(lambda folder=folder: load_paths([folder], cache=False), 3)  # type: ignore[misc]
        load_paths([folder])  # fill the cache, then time a start with an unchanged library
        cached = timed(lambda folder=folder: load_paths([folder]), 3)  # type: ignore[misc]
        # The baseline on these very files, timed right after them: a busy machine slows both.
        generated_texts = [path.read_text("utf-8") for path in sorted(folder.glob("*.yaml"))]
        plain = timed(lambda texts=generated_texts: plain_parse(texts), 3)  # type: ignore[misc]
        generated[str(size)] = {
            "seconds": round(seconds, 3),
            "ms_per_method": seconds / size * 1000,
            "cached_seconds": round(cached, 3),
            "plain_yaml_ms_per_method": plain / size * 1000,
            "ratio_to_plain_yaml": round(seconds / plain, 2),
        }
        shutil.rmtree(folder)
    shutil.rmtree(cache_home)
    per_method = [entry["ms_per_method"] for entry in generated.values()]
    result["generated"] = generated
    result["linearity"] = round(max(per_method) / min(per_method), 2)
    result["bundled_ratio_to_plain_yaml"] = round(
        float(result["bundled_parse_ms"]) / float(result["baseline_plain_yaml_ms"]),
        2,  # type: ignore[arg-type]
    )
    thousand = generated["1000"]["seconds"]
    result["met"] = {
        f"bundled parse < {BUNDLED_TARGET_MS:.0f} ms": float(result["bundled_parse_ms"])  # type: ignore[arg-type]
        < BUNDLED_TARGET_MS,
        f"1,000 methods < {THOUSAND_TARGET_S:.0f} s": thousand < THOUSAND_TARGET_S,
        "linear (ms per method within 1.25x)": result["linearity"] <= 1.25,  # type: ignore[operator]
    }
    return result


def main() -> dict[str, object]:
    """Run and print; the JSON also goes to bench/results/library.json."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repetitions", type=int, default=7)
    args, _ = parser.parse_known_args()
    result = measure(args.repetitions)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "library.json").write_text(json.dumps(result, indent=2))
    print(
        f"bundled library ({result['bundled_methods']} methods): parse+validate "
        f"{result['bundled_parse_ms']:.1f} ms, cached {result['bundled_cached_ms']:.1f} ms; "
        f"plain libyaml parse of the same files {result['baseline_plain_yaml_ms']:.1f} ms "
        f"-> ratio {result['bundled_ratio_to_plain_yaml']}"
    )
    for size, entry in result["generated"].items():  # type: ignore[attr-defined]
        print(
            f"  {size:>5} methods: {entry['seconds']:.3f} s ({entry['ms_per_method']:.2f} "
            f"ms/method), cached {entry['cached_seconds']:.3f} s; plain libyaml "
            f"{entry['plain_yaml_ms_per_method']:.2f} ms/method -> ratio "
            f"{entry['ratio_to_plain_yaml']}"
        )
    print(f"  linearity (max/min ms per method): {result['linearity']}; met: {result['met']}")
    return result


if __name__ == "__main__":
    main()
