"""A library larger than the result cache's limit is still served from the cache.

The cache used to clear itself whenever it held MAX_ENTRIES files, checked on every write, so a
library with more files than that cleared its own entries while loading and parsed every file
again on each start (bench/library_load.py: 1,000 methods took longer with the cache than
without). Counted by parses, not by time.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from intervisie_tui.library import cache as cache_module
from intervisie_tui.library import load_paths
from intervisie_tui.library import loader as loader_module

KOT = Path(__file__).resolve().parents[2] / "methods" / "kot.yaml"


def test_more_files_than_the_cache_limit_load_from_the_cache_the_second_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cache_module, "MAX_ENTRIES", 5)
    monkeypatch.setenv("INTERVISIE_TUI_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "methods"
    folder.mkdir()
    text = KOT.read_text("utf-8")
    for number in range(8):
        copy = re.sub(r"^id: kot$", f"id: kot-{number}", text, count=1, flags=re.M)
        (folder / f"kot-{number}.yaml").write_text(copy, "utf-8")

    parsed: list[Path] = []
    real = loader_module.load_source

    def counting(source):  # type: ignore[no-untyped-def]
        parsed.append(source.path)
        return real(source)

    monkeypatch.setattr(loader_module, "load_source", counting)
    first = load_paths([folder])
    assert len(first) == 8 and len(parsed) == 8
    parsed.clear()
    second = load_paths([folder])
    assert len(second) == 8
    assert parsed == []  # every file came from the cache
    assert [m.method for m in second.methods.values()] == [m.method for m in first.methods.values()]
