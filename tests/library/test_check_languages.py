"""`check` speaks the author's language: every problem the library finds exists in Dutch and
English, and the words are chosen where the problem is shown, never when the file is loaded.

The keys are read from the source with `ast` (every `Msg("...")` and every "check.*" literal in
model/ and library/), so a new check without its two sentences fails here, not on a wall.
"""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from intervisie_tui.library import load_paths
from intervisie_tui.library.cache import CACHE_DIR_ENV
from intervisie_tui.messages import Lang, catalogue, placeholders

PACKAGE = Path(__file__).parents[2] / "src" / "intervisie_tui"
BROKEN = Path(__file__).parents[1] / "data" / "broken"
SCRIPT = Path(sys.executable).parent / "intervisie-tui"
#: A catalogue key as the library writes it: area, dot, words.
KEY = re.compile(r"[a-z_]+(?:\.[a-z_]+)+")


def _keys_in(tree: ast.AST) -> set[str]:
    """The first argument of each Msg(...) call, and every string that is a check.* key."""
    keys: set[str] = set()
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in ("Msg", "MsgError")
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            keys.add(node.args[0].value)
        if (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and node.value.startswith("check.")
            and KEY.fullmatch(node.value)
        ):
            keys.add(node.value)
    return keys


def library_keys() -> set[str]:
    """Every message key the model and the library can put in a problem."""
    files = [*(PACKAGE / "model").glob("*.py"), *(PACKAGE / "library").glob("*.py")]
    return {key for path in files for key in _keys_in(ast.parse(path.read_text("utf-8")))}


def test_the_scan_sees_the_library_s_messages() -> None:
    keys = library_keys()
    assert len(keys) > 80
    assert {"check.unknown_key", "check.yaml_syntax", "check.no_english"} <= keys


def test_every_message_the_library_can_produce_is_in_both_languages() -> None:
    known = catalogue()
    missing = sorted(key for key in library_keys() if key not in known)
    assert not missing, f"keys without sentences in messages/areas: {missing}"
    for key in library_keys():
        dutch, english = known[key]
        assert dutch.strip() and english.strip(), key
        assert placeholders(dutch) == placeholders(english), key


def _check(*argv: str, lang: str | None, cache: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, CACHE_DIR_ENV: str(cache)}
    env.pop("INTERVISIE_TUI_LANG", None)
    if lang is not None:
        env["INTERVISIE_TUI_LANG"] = lang
    return subprocess.run(
        [str(SCRIPT), "check", *argv],
        capture_output=True,
        text=True,
        check=False,
        env=env,
        timeout=60,
    )


def test_a_broken_file_is_told_in_dutch_under_nl_and_in_english_under_en(tmp_path: Path) -> None:
    path = BROKEN / "unknown-key.yaml"
    cache = tmp_path / "cache"
    dutch = _check(str(path), lang="nl", cache=cache)
    english = _check(str(path), lang="en", cache=cache)  # answered from the cache nl filled
    flag = _check("--lang", "en", str(path), lang="nl", cache=cache)
    assert dutch.returncode == english.returncode == 1
    assert f"{path}:40:5: fout: onbekende sleutel 'minuten': bedoel je 'minutes'?" in dutch.stdout
    assert f"{path}:40:5: error: unknown key 'minuten'; did you mean 'minutes'?" in english.stdout
    assert flag.stdout == english.stdout
    # The same problems at the same places, only the words differ.
    where = re.compile(r"^(.+?:\d+:\d+): ", re.M)
    assert where.findall(dutch.stdout) == where.findall(english.stdout)
    assert "did you mean" not in dutch.stdout and "bedoel je" not in english.stdout


def test_a_cached_problem_is_said_in_the_language_asked_for_later(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CACHE_DIR_ENV, str(tmp_path / "cache"))
    fresh = load_paths([BROKEN], cache=False).problems
    load_paths([BROKEN])  # fills the cache
    cached = load_paths([BROKEN]).problems
    assert cached == fresh
    said = {problem.said(Lang.nl) for problem in cached}
    assert any(text.startswith("onbekende sleutel 'minuten'") for text in said)
    assert any(problem.said(Lang.en).startswith("unknown key 'minuten'") for problem in cached)
