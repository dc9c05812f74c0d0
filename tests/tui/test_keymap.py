"""A chair's own keys from keys.yaml: remapping works, mistakes are located and harmless."""

from __future__ import annotations

from pathlib import Path

from tui_support import PEOPLE, fixture_catalog, make_app

from intervisie_tui.messages import Msg, say
from intervisie_tui.tui.app import IntervisieApp
from intervisie_tui.tui.keymap import KeymapProblem, load_keymap, parse_keymap
from intervisie_tui.tui.screens.run import RunScreen

HERE = Path("keys.yaml")


def test_names_map_to_binding_ids() -> None:
    assert parse_keymap(HERE, "next: pagedown\npause: f5, p\n") == {
        "intervisie.next": "pagedown",
        "intervisie.pause": "f5,p",
    }
    assert parse_keymap(HERE, "") == {}


def test_mistakes_are_located() -> None:
    problem = parse_keymap(HERE, "next: pagedown\nnxt: j\n")
    assert isinstance(problem, KeymapProblem)
    assert (problem.line, problem.col) == (2, 1)
    assert "onbekende actie 'nxt'" in str(problem) and "next" in str(problem)
    assert say(problem.located, "en").startswith("keys.yaml:2:1: unknown action 'nxt'")
    problem = parse_keymap(HERE, "next: [\n")
    assert isinstance(problem, KeymapProblem)
    assert str(problem).startswith("keys.yaml:2:1: geen geldige YAML")
    problem = parse_keymap(HERE, "- next\n")
    assert isinstance(problem, KeymapProblem) and problem.message == Msg("keymap.not_mapping")
    assert "action: key" in say(problem.message, "en")
    problem = parse_keymap(HERE, "next:\n")
    assert isinstance(problem, KeymapProblem)
    assert "give 'next' a key" in say(problem.message, "en")


def test_missing_file_means_default_keys(tmp_path: Path) -> None:
    assert load_keymap(tmp_path) == {}
    (tmp_path / "keys.yaml").write_bytes(b"next: \xff\n")
    assert isinstance(load_keymap(tmp_path), KeymapProblem)


async def test_remapped_key_moves_the_meeting_on(tmp_path: Path) -> None:
    base = make_app(tmp_path, method_id="kot", options=PEOPLE)
    app = IntervisieApp(
        fixture_catalog(),
        clock=base.clock,
        folder=tmp_path,
        start=base.start_request,
        keymap={"intervisie.next": "pagedown"},
    )
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, RunScreen)
        await pilot.press("n")  # no longer bound
        await pilot.pause()
        assert screen.session.state.index == 0
        await pilot.press("pagedown")
        await pilot.pause()
        assert screen.session.state.index == 1


def test_guide_names_every_action() -> None:
    from intervisie_tui.tui.keymap import known_names

    guide = (Path(__file__).parents[2] / "docs" / "chair-guide.md").read_text(encoding="utf-8")
    listed = guide.split("De namen van de handelingen:")[1].split(".")[0]
    assert {name.strip() for name in listed.replace("\n", " ").split(",")} == set(known_names())
