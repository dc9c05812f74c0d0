"""Playing a WAV file with what this system has, and telling the caller when that fails.

Windows has `winsound` in the standard library; macOS has `afplay`; Linux desktops have
PipeWire's `pw-play`, PulseAudio's `paplay` or ALSA's `aplay`. Each is tried in that order, and
one that fails (no sound device, a server that is not running) is not tried again this run.
`Chimes.play` blocks while the chime sounds: the screen runs it in a worker thread.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from intervisie_tui.messages import Msg
from intervisie_tui.settings import SoundChoice

if TYPE_CHECKING:
    from intervisie_tui.sound.chimes import Chime

#: The command-line players, best first, with the options that keep them quiet.
LINUX_PLAYERS: tuple[tuple[str, ...], ...] = (("pw-play",), ("paplay",), ("aplay", "-q"))
MAC_PLAYERS: tuple[tuple[str, ...], ...] = (("afplay",),)
#: No chime lasts this long; a player still busy then is stuck (a sound server that hangs).
PLAY_TIMEOUT_SECONDS = 10.0


class PlayerFailed(Exception):
    """A player could not play the file; `reason` says why, in the chair's language."""

    def __init__(self, reason: Msg | str) -> None:
        super().__init__(str(reason))
        self.reason = reason


class Player(Protocol):
    """Something that plays a WAV file to the end, or raises PlayerFailed."""

    @property
    def name(self) -> str:
        """The program's name, as the chair would look it up."""
        ...

    def play(self, path: Path) -> None:
        """Play `path`; return when it has sounded."""
        ...


Run = Callable[..., "subprocess.CompletedProcess[bytes]"]


@dataclass(frozen=True)
class CommandPlayer:
    """A player program: `argv` followed by the file's path."""

    argv: tuple[str, ...]
    run: Run = subprocess.run

    @property
    def name(self) -> str:
        """The program, e.g. 'paplay'."""
        return Path(self.argv[0]).name

    def play(self, path: Path) -> None:
        """Run the program to the end; its own last word of complaint is the reason."""
        try:
            done = self.run(
                [*self.argv, str(path)],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                timeout=PLAY_TIMEOUT_SECONDS,
                check=False,
            )
        except subprocess.TimeoutExpired as error:
            raise PlayerFailed(Msg("sound.reason.timeout")) from error
        except OSError as error:
            raise PlayerFailed(error.strerror or str(error)) from error
        if done.returncode != 0:
            said = (done.stderr or b"").decode("utf-8", "replace").strip().splitlines()
            raise PlayerFailed(said[-1] if said else Msg("sound.reason.exit", code=done.returncode))


class WinsoundPlayer:
    """Windows' own player, from the standard library."""

    name = "winsound"

    def play(self, path: Path) -> None:
        """Play synchronously (the caller is a worker thread)."""
        if sys.platform != "win32":
            raise PlayerFailed("winsound")
        import winsound

        try:
            winsound.PlaySound(str(path), winsound.SND_FILENAME | winsound.SND_NODEFAULT)
        except RuntimeError as error:
            raise PlayerFailed(str(error)) from error


def system_players(
    platform: str = sys.platform, which: Callable[[str], str | None] = shutil.which
) -> list[Player]:
    """The players this system has, best first (none: the terminal bell it is)."""
    if platform == "win32":
        return [WinsoundPlayer()]
    candidates = MAC_PLAYERS if platform == "darwin" else LINUX_PLAYERS
    found: list[Player] = []
    for argv in candidates:
        program = which(argv[0])
        if program is not None:
            found.append(CommandPlayer((program, *argv[1:])))
    return found


def tried_names(platform: str = sys.platform) -> str:
    """The players looked for on this system, for the notice that none was found."""
    if platform == "win32":
        return "winsound"
    candidates = MAC_PLAYERS if platform == "darwin" else LINUX_PLAYERS
    return ", ".join(argv[0] for argv in candidates)


class Outcome(StrEnum):
    """What `Chimes.play` did: the chime sounded, the caller must ring the bell, or nothing."""

    chimed = "chimed"
    bell = "bell"
    silent = "silent"


class Chimes:
    """The chair's sound choice, the players that still work, and the one notice about them.

    Thread-safe: each chime is played in a worker thread and two may be asked for at once
    (the warning and zero crossed by one '-'); they sound one after the other.
    """

    def __init__(
        self,
        choice: SoundChoice,
        players: Sequence[Player] = (),
        *,
        folder: Path | None = None,
        tried: str = "",
    ) -> None:
        self.choice = choice
        self._players = list(players)
        self._folder = folder
        self._tried = tried
        self._lock = threading.Lock()
        self._notice: Msg | None = None
        self._told = False
        #: Every chime that sounded, in order (the chair's log; tests read it).
        self.played: list[Chime] = []

    def play(self, chime: Chime) -> Outcome:
        """Sound `chime` through the first player that works; `bell` when none does."""
        if self.choice is SoundChoice.off:
            return Outcome.silent
        if self.choice is SoundChoice.bell:
            return Outcome.bell
        with self._lock:
            if not self._players:
                self._fall_back(Msg("sound.no_player", tried=self._tried))
                return Outcome.bell
            # The chimes (and the session's timer events they answer) are imported when the
            # first one sounds: the app makes its Chimes as it opens, before the first screen.
            from intervisie_tui.sound.chimes import chime_file

            try:
                path = chime_file(self._chime_folder(), chime)
            except OSError as error:
                self._players.clear()
                self._fall_back(Msg("sound.no_file", reason=error.strerror or str(error)))
                return Outcome.bell
            while self._players:
                player = self._players[0]
                try:
                    player.play(path)
                except PlayerFailed as failure:
                    self._players.pop(0)
                    if not self._players:
                        reason = failure.reason
                        self._fall_back(
                            Msg("sound.player_failed", player=player.name, reason=reason)
                        )
                    continue
                self.played.append(chime)
                return Outcome.chimed
            return Outcome.bell

    def take_notice(self) -> Msg | None:
        """Why the bell sounds instead of the chime, the first time only (then None)."""
        with self._lock:
            if self._notice is None or self._told:
                return None
            self._told = True
            return self._notice

    def _fall_back(self, why: Msg) -> None:
        if self._notice is None:
            self._notice = why

    def _chime_folder(self) -> Path:
        if self._folder is None:
            from platformdirs import user_cache_path

            from intervisie_tui import APP_NAME

            self._folder = user_cache_path(APP_NAME) / "sound"
        return self._folder
