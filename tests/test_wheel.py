"""The built wheel carries the method library and works outside the checkout."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(REPO), "--no-deps", "-q", "-w", str(out)],
        check=True,
        timeout=300,
    )
    (built,) = out.glob("intervisie_tui-*.whl")
    return built


def test_wheel_contains_every_method_file_and_the_schema(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for path in [*REPO.glob("methods/*.yaml"), REPO / "methods" / "schema.json"]:
        assert f"intervisie_tui/methods/{path.name}" in names


def test_wheel_contains_every_stylesheet(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    package = REPO / "src" / "intervisie_tui"
    sheets = [path.relative_to(package.parent).as_posix() for path in package.rglob("*.tcss")]
    assert sheets, "the screens have no .tcss files"
    assert [sheet for sheet in sheets if sheet not in names] == []


def test_wheel_contains_the_room_views_page(wheel: Path) -> None:
    """`intervisie-tui mirror` serves this one file; without it every viewer gets an error."""
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "intervisie_tui/room/page.html" in names


#: Run inside the installed wheel: every CSS_PATH of every class in tui/ names a file that is
#: there (Textual reads it only when the screen first opens, so a missing one fails mid-meeting).
CSS_PATHS_RESOLVE = """
import importlib, inspect, pkgutil, sys
from pathlib import Path
import intervisie_tui.tui as tui
seen, missing = 0, []
for info in pkgutil.walk_packages(tui.__path__, "intervisie_tui.tui."):
    module = importlib.import_module(info.name)
    for _, cls in inspect.getmembers(module, inspect.isclass):
        paths = cls.__dict__.get("CSS_PATH")
        if cls.__module__ != info.name or paths is None:
            continue
        for path in [paths] if isinstance(paths, str) else paths:
            seen += 1
            if not (Path(inspect.getfile(cls)).parent / path).is_file():
                missing.append(f"{cls.__name__}: {path}")
print(seen, missing)
sys.exit(1 if missing or not seen else 0)
"""


def test_wheel_contains_every_style_sheet_and_the_licence(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    package = REPO / "src" / "intervisie_tui"
    sheets = sorted(package.rglob("*.tcss"))
    assert sheets, "the screens' styles live in .tcss files beside them"
    for sheet in sheets:
        assert f"intervisie_tui/{sheet.relative_to(package).as_posix()}" in names
    assert any(name.endswith(".dist-info/licenses/LICENSE") for name in names)


def test_installed_wheel_lists_the_bundled_library_from_anywhere(
    wheel: Path, tmp_path: Path
) -> None:
    target = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(target)
    python = target / "bin" / "python"
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps",
         "--no-index", str(wheel)],
        check=True,
        timeout=300,
    )  # fmt: skip
    # Dependencies come from the project's venv (appended after the fresh venv's own packages,
    # and without processing its .pth files, so the editable checkout is not on the path).
    site = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
    )
    (site / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    env = {
        **os.environ,
        "INTERVISIE_TUI_CONFIG_DIR": str(tmp_path / "config"),
        "INTERVISIE_TUI_CACHE_DIR": str(tmp_path / "cache"),
    }
    env.pop("PYTHONPATH", None)
    where = subprocess.run(
        [
            str(python),
            "-c",
            "import intervisie_tui.library as l; print(l.__file__, l.bundled_methods_dir())",
        ],
        cwd=tmp_path,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    module_file, methods_dir = where.split()
    assert module_file.startswith(str(target)), where
    assert methods_dir.startswith(str(target)) and methods_dir.endswith("intervisie_tui/methods")
    listed = subprocess.run(
        [str(target / "bin" / "intervisie-tui"), "list", "--json"],
        cwd=tmp_path,
        env=env,
        check=True,
        capture_output=True,
        text=True,
        timeout=60,
    )
    ids = {entry["id"] for entry in json.loads(listed.stdout)}
    parts = {"opening", "inventarisatie", "pauze", "afsluiting", "spelregels"}
    assert ids == {path.stem for path in REPO.glob("methods/*.yaml")} - parts
    assert ids, "the bundled library is empty"
    styled = subprocess.run(
        [str(python), "-c", CSS_PATHS_RESOLVE],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert styled.returncode == 0, styled.stdout + styled.stderr
    checked = subprocess.run(
        [str(target / "bin" / "intervisie-tui"), "check"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
