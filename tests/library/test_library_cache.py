"""The result cache: same answers as a fresh parse, and never stale or in the way."""

from __future__ import annotations

import pickle
import shutil
from pathlib import Path

import pytest

from intervisie_tui.library import load_paths
from intervisie_tui.library.cache import CACHE_DIR_ENV

TESTS = Path(__file__).resolve().parent.parent
VALID = TESTS / "data" / "valid"
BROKEN = TESTS / "data" / "broken"


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(CACHE_DIR_ENV, str(folder))
    return folder


def test_cached_results_equal_fresh_ones(cache_dir: Path) -> None:
    fresh = load_paths([VALID, BROKEN], cache=False)
    first = load_paths([VALID, BROKEN])
    assert any(cache_dir.glob("*.pickle"))
    second = load_paths([VALID, BROKEN])
    assert first.files == fresh.files
    assert second.files == fresh.files
    assert list(second.methods) == list(fresh.methods)


def test_an_edited_file_is_parsed_again(cache_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "m.yaml"
    shutil.copy(VALID / "mini.yaml", path)
    assert load_paths([path]).files[0].problems == ()
    path.write_text(path.read_text().replace("minutes: 10", "minuten: 10"))
    (problem,) = load_paths([path]).files[0].problems
    assert "unknown key 'minuten'" in problem.message


def test_results_follow_the_file_they_are_loaded_from(cache_dir: Path, tmp_path: Path) -> None:
    load_paths([BROKEN / "unknown-key.yaml"])
    copy = tmp_path / "copy.yaml"
    shutil.copy(BROKEN / "unknown-key.yaml", copy)
    (problem,) = load_paths([copy]).files[0].problems
    assert problem.path == copy


def test_a_corrupt_entry_is_ignored(cache_dir: Path) -> None:
    load_paths([VALID / "mini.yaml"])
    (entry,) = cache_dir.glob("*.pickle")
    for damage in (b"\x80\x05 not a pickle", pickle.dumps({"method": "kapot"}), b""):
        entry.write_bytes(damage)
        library = load_paths([VALID / "mini.yaml"])
        assert list(library.methods) == ["mini"]


def test_an_unwritable_cache_is_not_in_the_way(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(CACHE_DIR_ENV, str(blocker / "cache"))
    assert list(load_paths([VALID]).methods) == ["herhaal", "mini"]


def test_an_empty_setting_switches_the_cache_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CACHE_DIR_ENV, "")
    monkeypatch.chdir(tmp_path)
    assert list(load_paths([VALID]).methods) == ["herhaal", "mini"]
    assert list(tmp_path.iterdir()) == []


def test_any_change_to_the_judging_code_is_a_new_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An edited or added module of model/ or library/ must never be answered from old pickles."""
    from intervisie_tui.library import cache

    package = tmp_path / "intervisie_tui"
    for name in ("model", "library"):
        shutil.copytree(Path(cache.__file__).parent.parent / name, package / name)
    monkeypatch.setattr(cache, "_PACKAGE", package)

    def key() -> str:
        cache._code_fingerprint.cache_clear()
        return cache.ResultCache(tmp_path).key("id: demo\n")

    first = key()
    assert key() == first
    (package / "library" / "new_rule.py").write_text("RULE = 1\n", encoding="utf-8")
    added = key()
    assert added != first
    messages = package / "library" / "messages.py"
    messages.write_text(messages.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert key() not in (first, added)
    cache._code_fingerprint.cache_clear()
