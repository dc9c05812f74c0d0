"""The chair's settings: `settings.yaml` in the user config folder, beside keys.yaml.

Choices a chair makes once per laptop or room: how the app sounds (`sound: chime | bell |
off`), how it looks (`theme: dark | light`), and whether the room view's page plays the chime
too (`room_sound: off | chime`). Like keys.yaml, every mistake is reported as
path:line:col, and a mistaken line costs only its own setting (which keeps its default); the
app starts anyway. The theme key in the app writes its choice back into the same file,
changing only the `theme:` line, so the chair's other lines and comments stay as typed.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from intervisie_tui.chair_yaml import Wording
from intervisie_tui.messages import Lang, Msg, say
from intervisie_tui.session.folders import write_private

if TYPE_CHECKING:
    from intervisie_tui.chair_yaml import Pairs

FILE_NAME = "settings.yaml"
#: How the messages name a setting the file does not know or gives twice.
WORDING = Wording("settings.unknown", "settings.unknown.close", "settings.twice")


class SoundChoice(StrEnum):
    """How the warning, zero and overtime are heard: a real chime, the terminal bell, nothing."""

    chime = "chime"
    bell = "bell"
    off = "off"


class Look(StrEnum):
    """Light on dark for a dim room, black on white for a lit one (the projector washes out)."""

    dark = "dark"
    light = "light"


class RoomSound(StrEnum):
    """Whether the room view's page plays the chime too (off unless the chair turns it on:
    a browser on the wall may be the video call's, where a second chime only echoes)."""

    off = "off"
    chime = "chime"


#: Each setting with its choices; the first choice is the default.
CHOICES: dict[str, tuple[str, ...]] = {
    "sound": tuple(SoundChoice),
    "theme": tuple(Look),
    "room_sound": tuple(RoomSound),
}


@dataclass(frozen=True)
class SettingsProblem:
    """One mistake in settings.yaml, located; `setting` keeps its default because of it."""

    path: Path
    line: int
    col: int
    message: Msg
    setting: str | None = None
    whole_file: bool = False

    def describe(self, lang: Lang | str) -> str:
        """'path:line:col: what is wrong (what the app does instead)' in `lang`."""
        where = f"{self.path}:{self.line}:{self.col}: {say(self.message, lang)}"
        if self.whole_file:
            return f"{where} ({say('settings.fallback.all', lang)})"
        if self.setting is None:
            return where
        default = CHOICES[self.setting][0]
        fallback = say("settings.fallback.one", lang, name=self.setting, value=default)
        return f"{where} ({fallback})"


@dataclass(frozen=True)
class Settings:
    """The settings in force, and what was wrong in the file that set them."""

    sound: SoundChoice = SoundChoice.chime
    theme: Look = Look.dark
    room_sound: RoomSound = RoomSound.off
    problems: tuple[SettingsProblem, ...] = ()
    #: Where each setting's value stands in the file (line, first column, column after it,
    #: counted from 1), so the theme key can rewrite that value in place.
    where: Mapping[str, tuple[int, int, int]] = field(default_factory=dict)


def parse_settings(path: Path, text: str) -> Settings:
    """The settings `text` sets; each mistake located, a mistaken line keeps its default."""
    from intervisie_tui.chair_yaml import Located, compose_mapping

    pairs = compose_mapping(text, Msg("settings.not_mapping"))
    if isinstance(pairs, Located):
        problem = SettingsProblem(path, pairs.line, pairs.col, pairs.message, whole_file=True)
        return Settings(problems=(problem,))
    return _resolve(path, pairs)


def _resolve(path: Path, pairs: Pairs) -> Settings:
    import yaml

    from intervisie_tui.chair_yaml import entries, position

    found, mistakes = entries(pairs, CHOICES, WORDING)
    problems = [SettingsProblem(path, m.line, m.col, m.message) for m in mistakes]
    chosen: dict[str, str] = {}
    where: dict[str, tuple[int, int, int]] = {}
    for entry in found:
        name, node = entry.name, entry.value
        line, col = position(node)
        where[name] = (line, col, node.end_mark.column + 1)
        value = str(node.value).strip() if isinstance(node, yaml.ScalarNode) else ""
        if value in CHOICES[name]:
            chosen[name] = value
        else:
            problems.append(SettingsProblem(path, line, col, _bad_value(name, value), name))
    problems.sort(key=lambda problem: (problem.line, problem.col))
    return Settings(
        sound=SoundChoice(chosen.get("sound", SoundChoice.chime)),
        theme=Look(chosen.get("theme", Look.dark)),
        room_sound=RoomSound(chosen.get("room_sound", RoomSound.off)),
        problems=tuple(problems),
        where=where,
    )


def _bad_value(name: str, value: str) -> Msg:
    choices = CHOICES[name]
    close = difflib.get_close_matches(value.lower(), list(choices), n=1)
    if close:
        return Msg("settings.bad_value.close", name=name, value=value, close=close[0])
    return Msg("settings.bad_value", name=name, value=value, choices=" | ".join(choices))


def load_settings(folder: Path) -> Settings:
    """The settings from `folder/settings.yaml`; the defaults when there is no such file."""
    path = folder / FILE_NAME
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Settings()
    except (OSError, UnicodeDecodeError) as error:
        message = Msg("settings.unreadable", error=str(error))
        return Settings(problems=(SettingsProblem(path, 1, 1, message, whole_file=True),))
    return parse_settings(path, text)


def save_theme(folder: Path, look: Look) -> Msg | None:
    """Remember `look` in settings.yaml; why not, as a message (None when it was kept).

    Only the `theme:` line changes (added at the end when there is none); a file with
    mistakes is left alone, since rewriting it could lose what the chair typed.
    """
    path = folder / FILE_NAME
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        text = ""
    except (OSError, UnicodeDecodeError) as error:
        return Msg("settings.not_saved", path=str(path), reason=str(error))
    settings = parse_settings(path, text)
    if any(problem.whole_file or problem.setting for problem in settings.problems):
        return Msg("settings.not_saved.damaged", path=str(path))
    try:
        write_private(path, _with_theme(text, settings, look).encode("utf-8"))
    except OSError as error:
        return Msg("settings.not_saved", path=str(path), reason=error.strerror or str(error))
    return None


def _with_theme(text: str, settings: Settings, look: Look) -> str:
    """`text` with the theme's value replaced where it stands, or a `theme:` line added."""
    if "theme" not in settings.where:
        joiner = "" if not text or text.endswith("\n") else "\n"
        return f"{text}{joiner}theme: {look.value}\n"
    line, start, end = settings.where["theme"]
    lines = text.splitlines(keepends=True)
    row = lines[line - 1]
    lines[line - 1] = row[: start - 1] + look.value + row[end - 1 :]
    return "".join(lines)
