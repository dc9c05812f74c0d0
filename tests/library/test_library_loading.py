"""Loading files into a Library: usable methods, failed files, origins, cross-file ids."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from intervisie_tui.library import (
    MODELINE,
    Origin,
    Severity,
    bundled_methods_dir,
    load_file,
    load_library,
    load_paths,
    user_methods_dir,
)
from intervisie_tui.library.messages import allowed_keys, did_you_mean
from intervisie_tui.messages import Msg

TESTS = Path(__file__).resolve().parent.parent
VALID = TESTS / "data" / "valid"
BROKEN = TESTS / "data" / "broken"
REPO = TESTS.parent


def test_valid_fixture_loads_without_problems() -> None:
    result = load_file(VALID / "mini.yaml")
    assert result.problems == ()
    assert result.method is not None and result.method.id == "mini"
    assert result.id_position == (2, 5)


def test_a_warning_leaves_the_method_usable() -> None:
    result = load_file(BROKEN / "total-mismatch.yaml")
    assert result.method is not None
    assert not result.has_errors
    assert [p.severity for p in result.problems] == [Severity.warning]


def test_an_error_makes_the_method_unusable() -> None:
    result = load_file(BROKEN / "unknown-role.yaml")
    assert result.method is None and result.has_errors


def test_problems_come_top_to_bottom(tmp_path: Path) -> None:
    text = (VALID / "mini.yaml").read_text(encoding="utf-8")
    text = text.replace("    minutes: 10\n", "    minuten: 10\n").replace(
        "kind: chair", "kind: chiar"
    )
    path = tmp_path / "m.yaml"
    path.write_text(text, encoding="utf-8")
    problems = load_file(path).problems
    assert [p.line for p in problems] == sorted(p.line for p in problems)
    assert any("did you mean 'chair'?" in p.said() for p in problems)


def test_an_id_with_spaces_around_it_is_refused_not_trimmed(tmp_path: Path) -> None:
    text = (VALID / "mini.yaml").read_text(encoding="utf-8").replace("id: mini", "id: ' mini'")
    path = tmp_path / "m.yaml"
    path.write_text(text, encoding="utf-8")
    (problem,) = [p for p in load_file(path).problems if p.is_error]
    assert "is not a valid id" in problem.said()
    assert (problem.line, problem.col) == (2, 5)


def test_missing_modeline_is_a_warning_on_line_one(tmp_path: Path) -> None:
    path = tmp_path / "m.yaml"
    path.write_text((VALID / "mini.yaml").read_text().replace(MODELINE + "\n", ""))
    (problem,) = load_file(path).problems
    assert (problem.line, problem.col, problem.severity) == (1, 1, Severity.warning)


def test_one_bad_file_never_stops_the_others() -> None:
    library = load_paths([BROKEN, VALID])
    assert set(library.methods) == {
        "gedeeld",
        "total-mismatch",
        "missing-modeline",
        "mini",
        "herhaal",
    }
    failed = {result.path.name for result in library.failed}
    assert "syntax-error.yaml" in failed and "binary.yaml" in failed and "empty.yaml" in failed
    assert library.has_errors


def test_user_methods_load_after_bundled_and_duplicates_are_refused(
    _isolated_user_config: Path,
) -> None:
    user_dir = user_methods_dir()
    user_dir.mkdir(parents=True)
    assert user_dir == _isolated_user_config / "methods"
    shutil.copy(VALID / "herhaal.yaml", user_dir / "herhaal.yaml")
    bundled = sorted(bundled_methods_dir().glob("*.yaml"))
    if bundled:
        shutil.copy(bundled[0], user_dir / "copy.yaml")
    library = load_library()
    assert library.methods["herhaal"].origin is Origin.user
    if bundled:
        first_id = load_file(bundled[0]).method
        assert first_id is not None
        assert library.methods[first_id.id].origin is Origin.bundled
        (copy,) = [r for r in library.files if r.path.name == "copy.yaml"]
        assert copy.method is None
        assert "already used by" in copy.problems[-1].said()


def test_methods_dirs_and_missing_folders(tmp_path: Path) -> None:
    library = load_library([VALID, tmp_path / "nowhere"], bundled=False, user=False)
    assert set(library.methods) == {"mini", "herhaal"}
    (missing,) = library.failed
    assert "folder not found" in missing.problems[0].said()


def test_bundled_dir_is_the_repo_methods_in_a_checkout() -> None:
    assert bundled_methods_dir() == REPO / "methods"


def test_bundled_library_loads_cleanly() -> None:
    library = load_library(user=False)
    assert not library.has_errors, [str(p) for p in library.problems]
    files = list((REPO / "methods").glob("*.yaml"))
    assert len(library) + len(library.ground_rules) == len(files)
    assert "spelregels" in library.ground_rules


def test_hints_come_from_the_model() -> None:
    assert "minutes" in allowed_keys(("steps", 3))
    assert "reminder_en" in allowed_keys(("rules", 0))
    assert did_you_mean("titel", allowed_keys(())) == Msg("check.did_you_mean", word="title")
    assert did_you_mean("xyz", allowed_keys(())) == ""


@pytest.mark.parametrize(
    "module", ["intervisie_tui.library", "intervisie_tui.cli", "intervisie_tui.model"]
)
def test_loader_and_cli_never_import_textual(module: str) -> None:
    code = (
        f"import sys, {module}; from intervisie_tui.cli import main; "
        "main(['list']); main(['check']); main(['schema']); "
        "bad = [m for m in sys.modules if m.split('.')[0] == 'textual']; "
        "assert not bad, bad"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr


def test_the_authors_guide_names_every_key() -> None:
    from intervisie_tui.model import method as model
    from intervisie_tui.model.base import Frozen

    guide = (REPO / "docs" / "methods.md").read_text(encoding="utf-8")
    models = [value for value in vars(model).values() if isinstance(value, type)]
    checked = 0
    for cls in models:
        if issubclass(cls, Frozen) and cls is not Frozen:
            for name in cls.model_fields:
                assert f"| `{name}` |" in guide, f"docs/methods.md lacks {cls.__name__}.{name}"
                checked += 1
    assert checked > 60


def test_the_guides_annotated_example_is_a_valid_method(tmp_path: Path) -> None:
    guide = (REPO / "docs" / "methods.md").read_text(encoding="utf-8")
    example = guide.split("## A full example, annotated")[1].split("```yaml\n")[1].split("```")[0]
    path = tmp_path / "example.yaml"
    path.write_text(example, encoding="utf-8")
    result = load_file(path)
    assert result.problems == ()
    assert result.method is not None and result.method.repeat is not None
