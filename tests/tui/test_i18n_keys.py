"""The screens follow the chosen language, and the key table is complete and consistent."""

from __future__ import annotations

from pathlib import Path

import pytest

from intervisie_tui.tui.i18n import Lang, language, set_language, tr
from intervisie_tui.tui.keys import REHEARSAL_KEYS, REHEARSAL_QUIT, all_keys, display_keys

GUIDE = Path(__file__).parents[2] / "docs" / "chair-guide.md"


def test_language_switch_changes_the_strings() -> None:
    assert tr("ui.run.speaking") == "Aan het woord"
    set_language("en")
    assert language() is Lang.en
    assert tr("ui.run.speaking") == "Speaking"
    assert tr("ui.run.step", n=2, m=6) == "Step 2 of 6"


def test_unknown_key_fails_loudly() -> None:
    with pytest.raises(KeyError):
        tr("no.such.key")


def test_every_key_has_a_footer_label_a_command_and_its_help() -> None:
    specs = (*all_keys(), *REHEARSAL_KEYS, REHEARSAL_QUIT)
    assert len({spec.binding_id for spec in specs}) == len(specs)
    for spec in specs:
        assert tr(spec.footer) and tr(spec.command) and tr(spec.command + ".help")
        binding = spec.binding()
        assert binding.id == f"intervisie.{spec.name}"


def test_the_issue_keys_are_all_there() -> None:
    keys = {key for spec in all_keys() for key in spec.key_list}
    wanted = {"space", "n", "right", "b", "left", "plus", "minus", "t", "s", "a", "h", "m"}
    assert wanted | {"question_mark", "q"} <= keys


def test_chair_guide_lists_every_key() -> None:
    guide = GUIDE.read_text(encoding="utf-8")
    for spec in (*all_keys(), *REHEARSAL_KEYS, REHEARSAL_QUIT):
        assert f"| {display_keys(spec)} |" in guide, display_keys(spec)
