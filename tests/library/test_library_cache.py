"""The result cache: same answers as a fresh parse, plain JSON lines, never stale or in the way."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from intervisie_tui.library import load_paths
from intervisie_tui.library import loader as loader_module
from intervisie_tui.library.cache import CACHE_DIR_ENV, SUFFIX

TESTS = Path(__file__).resolve().parent.parent
VALID = TESTS / "data" / "valid"
BROKEN = TESTS / "data" / "broken"


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(CACHE_DIR_ENV, str(folder))
    return folder


@pytest.fixture
def parsed(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The files the loader really parsed (not answered from the cache), in order."""
    paths: list[Path] = []
    real = loader_module.load_source

    def counting(source):  # type: ignore[no-untyped-def]
        paths.append(source.path)
        return real(source)

    monkeypatch.setattr(loader_module, "load_source", counting)
    return paths


Entry = list[object]  # the JSON texts of one line after the name: head, method, rules, agenda


def read_cache(file: Path) -> tuple[dict[str, object], dict[str, Entry]]:
    """A folder's cache file as plain data: its header, and each file's decoded entry."""
    header, *lines = file.read_text(encoding="utf-8").splitlines()
    entries = {}
    for line in lines:
        name, *parts = [json.loads(text) for text in line.split("\t")]
        entries[name] = parts
    return json.loads(header), entries


def write_cache(file: Path, header: dict[str, object], entries: dict[str, Entry]) -> None:
    lines = [json.dumps(header)]
    lines += [
        "\t".join(json.dumps(text) for text in [name, *parts]) for name, parts in entries.items()
    ]
    file.write_text("\n".join(lines) + "\n", encoding="utf-8")


def copy_folder(source: Path, target: Path) -> Path:
    shutil.copytree(source, target)
    return target


def test_cached_results_equal_fresh_ones(cache_dir: Path, parsed: list[Path]) -> None:
    fresh = load_paths([VALID, BROKEN], cache=False)
    first = load_paths([VALID, BROKEN])
    parsed.clear()
    second = load_paths([VALID, BROKEN])
    assert parsed == []  # every file came from the cache
    assert first.files == fresh.files
    assert second.files == fresh.files
    assert list(second.methods) == list(fresh.methods)


def test_the_cache_is_plain_json_lines_one_file_per_folder(cache_dir: Path) -> None:
    load_paths([VALID, BROKEN])
    files = sorted(cache_dir.iterdir())
    assert len(files) == 2
    for file in files:
        assert file.suffix == SUFFIX
        header, entries = read_cache(file)
        assert set(header) == {"format", "code"}
        for head, *models in entries.values():
            assert isinstance(head, dict)
            assert set(head) == {"sha256", "problems", "id_position"}
            assert all(model is None or isinstance(model, dict) for model in models)
    _, valid = read_cache(next(file for file in files if "mini.yaml" in read_cache(file)[1]))
    assert sorted(valid) == ["herhaal.yaml", "mini.yaml"]
    assert not list(cache_dir.glob("*.pickle"))


def test_editing_one_file_of_a_large_folder_parses_only_that_file(
    cache_dir: Path, tmp_path: Path, parsed: list[Path]
) -> None:
    folder = tmp_path / "methods"
    folder.mkdir()
    text = (VALID / "mini.yaml").read_text(encoding="utf-8")
    for number in range(520):
        path = folder / f"m{number:03d}.yaml"
        path.write_text(text.replace("id: mini", f"id: m{number:03d}"), encoding="utf-8")
    assert len(load_paths([folder])) == 520
    edited = folder / "m250.yaml"
    edited.write_text(edited.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
    parsed.clear()
    assert len(load_paths([folder])) == 520
    assert parsed == [edited]
    parsed.clear()
    assert len(load_paths([folder])) == 520
    assert parsed == []


def test_an_edited_file_is_parsed_again(cache_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "m.yaml"
    shutil.copy(VALID / "mini.yaml", path)
    assert load_paths([path]).files[0].problems == ()
    path.write_text(path.read_text().replace("minutes: 10", "minuten: 10"))
    (problem,) = load_paths([path]).files[0].problems
    assert "unknown key 'minuten'" in problem.said()


def test_results_follow_the_file_they_are_loaded_from(cache_dir: Path, tmp_path: Path) -> None:
    copy = copy_folder(BROKEN, tmp_path / "a")
    load_paths([copy / "unknown-key.yaml"])
    other = tmp_path / "b"
    other.mkdir()
    shutil.copy(copy / "unknown-key.yaml", other / "unknown-key.yaml")
    (problem,) = load_paths([other / "unknown-key.yaml"]).files[0].problems
    assert problem.path == other / "unknown-key.yaml"


def test_a_removed_file_leaves_the_cache(cache_dir: Path, tmp_path: Path) -> None:
    folder = copy_folder(VALID, tmp_path / "methods")
    load_paths([folder])
    (folder / "herhaal.yaml").unlink()
    (folder / "mini.yaml").write_text(
        (folder / "mini.yaml").read_text(encoding="utf-8") + "# edited\n", encoding="utf-8"
    )
    load_paths([folder])
    (file,) = cache_dir.glob(f"*{SUFFIX}")
    assert list(read_cache(file)[1]) == ["mini.yaml"]


@pytest.mark.parametrize(
    "damage",
    [
        b"\x80\x05 not json",
        b"",
        b"[]",
        b'{"code": "other", "files": {}}',
        pytest.param(b"[" * 100_000 + b"]" * 100_000, id="nested-past-recursion-limit"),
        b"CODE",  # right code, entry of the wrong shape
        b"CRAFTED",  # right code, a method that refers to a role it does not have
        b"NESTED",  # right code, lines nested past what json or pydantic decode
        b"CUT",  # right code, every line cut short
        b"SWAPPED",  # right code, each file's entry under the other's name
    ],
)
def test_a_damaged_or_crafted_cache_is_ignored(
    cache_dir: Path, tmp_path: Path, damage: bytes, parsed: list[Path]
) -> None:
    folder = copy_folder(VALID, tmp_path / "methods")
    load_paths([folder])
    (file,) = cache_dir.glob(f"*{SUFFIX}")
    header, entries = read_cache(file)
    text = file.read_bytes()
    if damage == b"CODE":
        entries["mini.yaml"][0]["problems"] = [["een", 1, "error", "x"]]  # type: ignore[index]
        write_cache(file, header, entries)
    elif damage == b"CRAFTED":
        method = entries["mini.yaml"][1]
        method["steps"][0]["speakers"] = ["niemand"]  # type: ignore[index]
        write_cache(file, header, entries)
    elif damage == b"NESTED":
        deep = b"[" * 100_000 + b"]" * 100_000
        head, rest = text.split(b"\n", 1)
        lines = [line.split(b"\t") for line in rest.splitlines()]
        nested = [b"\t".join([name, deep, *parts[1:]]) for name, *parts in lines[:1]]
        nested += [b"\t".join([*parts[:2], deep, *parts[3:]]) for parts in lines[1:]]
        file.write_bytes(b"\n".join([head, deep + b"\t" + deep, *nested]) + b"\n")
    elif damage == b"CUT":
        file.write_bytes(
            b"\n".join(line[:-5] if b"\t" in line else line for line in text.split(b"\n"))
        )
    elif damage == b"SWAPPED":
        (first, one), (second, other) = entries.items()
        write_cache(file, header, {first: other, second: one})
    else:
        file.write_bytes(damage)
    parsed.clear()
    library = load_paths([folder])
    assert list(library.methods) == ["herhaal", "mini"]
    assert library.files == load_paths([folder], cache=False).files
    assert folder / "mini.yaml" in parsed


def test_caches_of_earlier_builds_are_removed_unread(cache_dir: Path) -> None:
    cache_dir.mkdir()
    old = cache_dir / "0123abcd.pickle"
    old.write_bytes(b"cos\nsystem\n(S'echo never'\ntR.")
    document = cache_dir / "4567cdef.json"  # format 2: one JSON document per folder
    document.write_text('{"format": 2, "code": "", "files": {}}', encoding="utf-8")
    load_paths([VALID])
    assert not old.exists()
    assert not document.exists()


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


def test_any_change_to_the_judging_code_drops_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An edited or added module of model/ or library/ must never be answered from old entries."""
    from intervisie_tui.library import cache

    package = tmp_path / "intervisie_tui"
    for name in ("model", "library"):
        shutil.copytree(Path(cache.__file__).parent.parent / name, package / name)
    monkeypatch.setattr(cache, "_PACKAGE", package)

    def code() -> str:
        cache.code_fingerprint.cache_clear()
        return cache.code_fingerprint()

    first = code()
    assert code() == first
    (package / "library" / "new_rule.py").write_text("RULE = 1\n", encoding="utf-8")
    added = code()
    assert added != first
    messages = package / "library" / "messages.py"
    messages.write_text(messages.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert code() not in (first, added)
    cache.code_fingerprint.cache_clear()


def test_a_cache_of_the_sentence_era_is_ignored_not_misread(
    cache_dir: Path, parsed: list[Path]
) -> None:
    """Before format 2 a problem was stored as an English sentence; such a cache is parsed anew."""
    fresh = load_paths([BROKEN], cache=False)
    parsed.clear()
    load_paths([BROKEN])
    cached = sorted(parsed)
    for file in cache_dir.glob(f"*{SUFFIX}"):
        header, entries = read_cache(file)
        del header["format"]
        for head, *_ in entries.values():
            problems = head["problems"]  # type: ignore[index]
            head["problems"] = [[*p[:3], "an old English sentence"] for p in problems]  # type: ignore[index]
        write_cache(file, header, entries)
    parsed.clear()
    again = load_paths([BROKEN])
    assert cached and sorted(parsed) == cached  # every cached file parsed again
    assert again.files == fresh.files
