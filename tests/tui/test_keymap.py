"""A chair's own keys from keys.yaml: remapping works, mistakes are located and harmless.

Every mistake names file:line:col and costs only its own line: the action it concerns keeps
its default keys, the rest of the file still applies, and the help and the footer show the
keys that work now.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from tui_support import PEOPLE, fixture_catalog, make_app

from intervisie_tui.run_options import RunOptions
from intervisie_tui.tui.app import IntervisieApp
from intervisie_tui.tui.keymap import Keymap, KeymapProblem, load_keymap, parse_keymap
from intervisie_tui.tui.keys import all_keys, display_keys
from intervisie_tui.tui.screens.help import HelpScreen
from intervisie_tui.tui.screens.run import RunScreen

HERE = Path("keys.yaml")


def only(keymap: Keymap) -> KeymapProblem:
    assert len(keymap.problems) == 1, keymap.problems
    return keymap.problems[0]


def test_names_map_to_binding_ids() -> None:
    keymap = parse_keymap(HERE, "next: pagedown\npause: f5, p\nplus: +\n")
    assert keymap.problems == ()
    assert keymap.textual() == {
        "intervisie.next": "pagedown",
        "intervisie.pause": "f5,p",
        "intervisie.plus": "plus",
    }
    assert parse_keymap(HERE, "") == Keymap()


def test_mistakes_are_located() -> None:
    problem = only(parse_keymap(HERE, "next: pagedown\nnxt: j\n"))
    assert (problem.line, problem.col) == (2, 1)
    assert "onbekende handeling 'nxt'; bedoel je 'next'?" in str(problem)
    problem = only(parse_keymap(HERE, "next: [\n"))
    assert str(problem).startswith("keys.yaml:2:1: geen geldige YAML")
    assert str(problem).endswith("(alle standaardtoetsen in gebruik)")
    problem = only(parse_keymap(HERE, "- next\n"))
    assert "handeling: toets" in str(problem)
    problem = only(parse_keymap(HERE, "next:\n"))
    assert "geef 'next' een toets" in str(problem)


def test_a_key_name_textual_does_not_know_is_refused_with_the_closest_name() -> None:
    # 'PageDown' used to be accepted: n and → were unbound and the new key never fired.
    keymap = parse_keymap(HERE, "pause: f5\nnext: PageDown\n")
    problem = only(keymap)
    assert (problem.line, problem.col, problem.action) == (2, 7, "next")
    assert "'PageDown' is geen toets die het programma kent; bedoel je 'pagedown'?" in str(problem)
    assert str(problem).endswith("('next' houdt de standaardtoetsen: n, right)")
    assert keymap.textual() == {"intervisie.pause": "f5"}  # the good line still counts
    problem = only(parse_keymap(HERE, "back: xyzzy-qq\n"))
    assert "'xyzzy-qq' is geen toets" in str(problem)


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("next: pagedown\nback: page\x00up\n", (2, 11)),
        ("next: \x1b[6~\n", (1, 7)),
        ("pause: f5\x07\n", (1, 10)),
    ],
)
def test_a_control_character_or_nul_is_located_and_the_app_keeps_its_keys(
    text: str, where: tuple[int, int]
) -> None:
    problem = only(parse_keymap(HERE, text))
    assert (problem.line, problem.col) == where
    assert "stuurteken" in str(problem) and problem.whole_file
    assert parse_keymap(HERE, text).keys == {}


def test_a_key_two_actions_claim_stays_with_the_default_and_swaps_are_fine() -> None:
    problem = only(parse_keymap(HERE, "next: b\n"))
    assert (problem.line, problem.action) == (1, "next")
    assert "'b' is al de toets van 'back'" in str(problem)
    swapped = parse_keymap(HERE, "next: b\nback: n\n")
    assert swapped.problems == ()
    assert swapped.textual() == {"intervisie.next": "b", "intervisie.back": "n"}
    problem = only(parse_keymap(HERE, "quit: ctrl+q\n"))
    assert "vaste toets" in str(problem) and problem.action == "quit"
    problem = only(parse_keymap(HERE, "next: f5\nnext: f6\n"))
    assert (problem.line, problem.action) == (2, None)
    assert parse_keymap(HERE, "next: f5\nnext: f6\n").textual() == {"intervisie.next": "f5"}


def test_the_defaults_never_clash() -> None:
    keys = [key for spec in all_keys() for key in spec.key_list]
    assert len(keys) == len(set(keys))


def test_every_problem_of_a_file_is_reported_in_line_order() -> None:
    text = "nxt: j\nnext: PageDown\npause: f5\nback: \n"
    keymap = parse_keymap(HERE, text)
    assert [(p.line, p.col) for p in keymap.problems] == [(1, 1), (2, 7), (4, 6)]
    assert keymap.textual() == {"intervisie.pause": "f5"}


def test_missing_file_means_default_keys(tmp_path: Path) -> None:
    assert load_keymap(tmp_path) == Keymap()
    (tmp_path / "keys.yaml").write_bytes(b"next: \xff\n")
    assert only(load_keymap(tmp_path)).whole_file


def keyed_app(tmp_path: Path, text: str, options: RunOptions = PEOPLE) -> IntervisieApp:
    """A KOT meeting started from the command line, with `text` as the chair's keys.yaml."""
    base = make_app(tmp_path, method_id="kot", options=options)
    keymap = parse_keymap(HERE, text)
    notice = "\n".join(map(str, keymap.problems)) or None
    return IntervisieApp(
        fixture_catalog(), clock=base.clock, folder=tmp_path, start=base.start_request,
        keymap=keymap, notice=notice,
    )  # fmt: skip


async def test_remapped_key_moves_the_meeting_on_and_the_help_shows_it(tmp_path: Path) -> None:
    # Four cases: 24 phases, more than the timeline shows, so it can scroll; a focused
    # timeline used to take Page Down for itself.
    four = replace(PEOPLE, inbrenger="Anna, Bram, Chris, Dewi")
    app = keyed_app(tmp_path, "next: pagedown\n", four)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, RunScreen)
        shown = {a.binding.id: a.binding for a in screen.active_bindings.values()}
        assert app.get_key_display(shown["intervisie.next"]) == "pgdn"  # the footer's key
        await pilot.press("n")  # no longer bound
        await pilot.pause()
        assert screen.session.state.index == 0
        await pilot.press("pagedown")
        await pilot.pause()
        assert screen.session.state.index == 1
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        (next_spec,) = [spec for spec in all_keys() if spec.name == "next"]
        assert display_keys(next_spec, app.screen.keymap.keys_of(next_spec)) == "pgdn"


async def test_a_bad_key_leaves_the_default_working(tmp_path: Path) -> None:
    app = keyed_app(tmp_path, "next: PageDown\npause: f5\n")
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, RunScreen)
        await pilot.press("n")
        await pilot.pause()
        assert screen.session.state.index == 1
        await pilot.press("right")
        await pilot.pause()
        assert screen.session.state.index == 2
        await pilot.press("f5")
        await pilot.pause()
        assert not screen.session.state.running


def test_guide_names_every_action() -> None:
    from intervisie_tui.tui.keymap import known_names

    guide = (Path(__file__).parents[2] / "docs" / "chair-guide.md").read_text(encoding="utf-8")
    listed = guide.split("De namen van de handelingen:")[1].split(".")[0]
    assert {name.strip() for name in listed.replace("\n", " ").split(",")} == set(known_names())


async def test_a_moved_pause_key_says_resume_in_a_pause(tmp_path: Path) -> None:
    app = keyed_app(tmp_path, "pause: p\n")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, RunScreen)
        await pilot.press("p")
        await pilot.pause()
        assert not screen.session.state.running
        shown = {a.binding.id: a.binding for a in screen.active_bindings.values()}
        assert shown["intervisie.pause"].description == "verder"
        assert app.get_key_display(shown["intervisie.pause"]) == "p"
