"""settings.yaml: sound and theme chosen once, every mistake located, the theme kept in place."""

from __future__ import annotations

from pathlib import Path

import pytest

from intervisie_tui.messages import Msg
from intervisie_tui.settings import (
    FILE_NAME,
    Look,
    RoomSound,
    Settings,
    SoundChoice,
    load_settings,
    parse_settings,
    save_theme,
)

HERE = Path("settings.yaml")


def test_no_file_means_the_chime_and_the_dark_theme(tmp_path: Path) -> None:
    assert load_settings(tmp_path) == Settings()
    assert (Settings().sound, Settings().theme) == (SoundChoice.chime, Look.dark)


def test_the_choices_are_read() -> None:
    settings = parse_settings(HERE, "# for the lit room\nsound: bell\ntheme: light\n")
    assert (settings.sound, settings.theme, settings.problems) == (SoundChoice.bell, Look.light, ())
    assert parse_settings(HERE, "").problems == ()


def test_the_room_view_plays_the_chime_only_when_the_chair_says_so() -> None:
    assert Settings().room_sound is RoomSound.off
    assert parse_settings(HERE, "room_sound: chime\n").room_sound is RoomSound.chime
    mistaken = parse_settings(HERE, "room_sound: on\n")
    assert mistaken.room_sound is RoomSound.off
    (problem,) = mistaken.problems
    assert (problem.line, problem.col) == (1, 13)
    assert "off | chime" in problem.describe("en")


def test_a_wrong_value_is_located_and_keeps_only_its_own_default() -> None:
    settings = parse_settings(HERE, "theme: light\nsound: chimes\n")
    assert settings.theme is Look.light
    assert settings.sound is SoundChoice.chime
    (problem,) = settings.problems
    assert (problem.line, problem.col) == (2, 8)
    assert problem.message == Msg(
        "settings.bad_value.close", name="sound", value="chimes", close="chime"
    )
    assert problem.describe("nl") == (
        "settings.yaml:2:8: 'chimes' kan niet bij 'sound'; bedoel je 'chime'? "
        "('sound' blijft 'chime')"
    )
    assert problem.describe("en").endswith("did you mean 'chime'? ('sound' stays 'chime')")


def test_every_kind_of_mistake_is_located() -> None:
    text = "sond: off\ntheme: purple\ntheme: light\ncolour: red\nsound: [bell]\n"
    problems = parse_settings(HERE, text).problems
    assert [(p.line, p.col, p.message.key) for p in problems] == [
        (1, 1, "settings.unknown.close"),
        (2, 8, "settings.bad_value"),
        (3, 1, "settings.twice"),
        (4, 1, "settings.unknown"),
        (5, 8, "settings.bad_value"),
    ]
    assert "dark | light" in problems[1].describe("en")


@pytest.mark.parametrize(
    ("text", "where", "key"),
    [
        ("sound: [bell\n", (2, 1), "chairfile.not_yaml"),
        ("- sound\n- bell\n", (1, 1), "settings.not_mapping"),
        ("sound: bell\ttheme\x00\n", (1, 18), "chairfile.control"),
    ],
)
def test_a_file_that_cannot_be_read_keeps_every_default(
    text: str, where: tuple[int, int], key: str
) -> None:
    settings = parse_settings(HERE, text)
    (problem,) = settings.problems
    assert ((problem.line, problem.col), problem.message.key) == (where, key)
    assert problem.whole_file
    assert (settings.sound, settings.theme) == (SoundChoice.chime, Look.dark)
    assert problem.describe("nl").endswith("(alle standaardinstellingen in gebruik)")


def test_the_theme_is_remembered_in_a_new_private_file(tmp_path: Path) -> None:
    folder = tmp_path / "config"
    assert save_theme(folder, Look.light) is None
    path = folder / FILE_NAME
    assert path.read_text(encoding="utf-8") == "theme: light\n"
    assert path.stat().st_mode & 0o777 == 0o600
    assert load_settings(folder).theme is Look.light


def test_the_theme_line_changes_and_nothing_else(tmp_path: Path) -> None:
    path = tmp_path / FILE_NAME
    path.write_text("# mijn zaal\nsound: bell   # de gong is te zacht\ntheme: 'dark'  # avond\n")
    assert save_theme(tmp_path, Look.light) is None
    assert path.read_text() == (
        "# mijn zaal\nsound: bell   # de gong is te zacht\ntheme: light  # avond\n"
    )
    assert save_theme(tmp_path, Look.dark) is None
    assert path.read_text().endswith("theme: dark  # avond\n")
    path.write_text("sound: off")  # no newline at the end, no theme yet
    assert save_theme(tmp_path, Look.light) is None
    assert path.read_text() == "sound: off\ntheme: light\n"


def test_a_file_with_mistakes_is_not_rewritten(tmp_path: Path) -> None:
    path = tmp_path / FILE_NAME
    path.write_text("sound: chimes\ntheme: dark\n")
    problem = save_theme(tmp_path, Look.light)
    assert problem == Msg("settings.not_saved.damaged", path=str(path))
    assert path.read_text() == "sound: chimes\ntheme: dark\n"


def test_a_folder_that_cannot_hold_the_file_says_why(tmp_path: Path) -> None:
    blocker = tmp_path / "config"
    blocker.write_text("a file where the folder should be")
    problem = save_theme(blocker, Look.light)
    assert problem is not None and problem.key == "settings.not_saved"
    assert str(blocker / FILE_NAME) in str(problem.values["path"])
