"""Two methods with the same title are told apart in the library.

A chair who copies a bundled method into her own method folder and keeps its title would see
two identical rows; her copy is marked "(eigen)" ("(own)") in front, where the table never cuts
it off, and the preview names its file. Without a shared title nothing is marked.
"""

from __future__ import annotations

from datetime import UTC
from pathlib import Path
from types import MappingProxyType

import pytest
from tui_support import screen_text

from intervisie_tui.library import bundled_methods_dir, load_paths
from intervisie_tui.library.library import Origin
from intervisie_tui.session import FakeClock
from intervisie_tui.tui.app import IntervisieApp
from intervisie_tui.tui.catalog import Catalog
from intervisie_tui.tui.screens.library import MethodPreview


def catalog_with_own_copy(folder: Path) -> Catalog:
    """The bundled KOT and the chair's copy of it under another id, its title kept."""
    bundled = bundled_methods_dir() / "kot.yaml"
    own = folder / "kot-eigen.yaml"
    own.write_text(bundled.read_text("utf-8").replace("id: kot\n", "id: kot-eigen\n"), "utf-8")
    methods = load_paths([bundled, own]).methods
    kot, copy = methods["kot"], methods["kot-eigen"]
    assert kot.method.title == copy.method.title
    origins = {"kot": (Origin.bundled, kot.path), "kot-eigen": (Origin.user, own)}
    return Catalog((kot.method, copy.method), origins=MappingProxyType(origins))


@pytest.mark.parametrize(("lang", "mark"), [("nl", "(eigen)"), ("en", "(own)")])
async def test_the_chairs_copy_with_the_same_title_is_marked_own(
    tmp_path: Path, lang: str, mark: str
) -> None:
    catalog = catalog_with_own_copy(tmp_path)
    app = IntervisieApp(catalog, clock=FakeClock(), lang=lang, folder=tmp_path, tz=UTC)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        rows = [line for line in screen_text(app).splitlines() if "KOT" in line]
        assert sum(mark in row for row in rows[:2]) == 1, rows
        await pilot.press("down")
        await pilot.pause()
        text = screen_text(app)
        assert f"{mark} KOT" in text  # the preview's heading
        app.query_one(MethodPreview).scroll_end(animate=False)  # the chair scrolls down to it
        await pilot.pause()
        assert "kot-eigen.yaml" in screen_text(app)  # the preview names the file


async def test_distinct_titles_are_not_marked(tmp_path: Path) -> None:
    catalog = catalog_with_own_copy(tmp_path)
    only_own = Catalog(catalog.methods[1:], origins=catalog.origins)
    app = IntervisieApp(only_own, clock=FakeClock(), lang="nl", folder=tmp_path, tz=UTC)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert "(eigen)" not in screen_text(app)
