"""The chimes and their players, without a loudspeaker: fake players, no sleeps, no audio."""

from __future__ import annotations

import subprocess
import wave
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest

from intervisie_tui.messages import Msg, say
from intervisie_tui.settings import SoundChoice
from intervisie_tui.sound.chimes import RATE, Chime, chime_file, samples, wav_bytes
from intervisie_tui.sound.players import (
    Chimes,
    CommandPlayer,
    Outcome,
    PlayerFailed,
    system_players,
)


class FakePlayer:
    """Plays nothing; records what it was asked, or fails as a broken sound server would."""

    def __init__(self, name: str = "fake", fails: str | None = None) -> None:
        self.name = name
        self.fails = fails
        self.files: list[Path] = []

    def play(self, path: Path) -> None:
        self.files.append(path)
        if self.fails is not None:
            raise PlayerFailed(self.fails)


def test_each_chime_is_a_real_short_wav_and_the_three_differ() -> None:
    shapes = set()
    for chime in Chime:
        with wave.open(BytesIO(wav_bytes(chime))) as read:
            assert (read.getnchannels(), read.getsampwidth(), read.getframerate()) == (1, 2, RATE)
            seconds = read.getnframes() / RATE
            assert 0.5 < seconds < 2.0
        sound = samples(chime)
        assert max(abs(sample) for sample in sound) <= 1.0  # never clipped
        assert max(abs(sample) for sample in sound) > 0.2  # and not silent
        shapes.add(wav_bytes(chime))
    assert len(shapes) == 3


def test_the_wav_is_written_once_and_rewritten_when_damaged(tmp_path: Path) -> None:
    path = chime_file(tmp_path, Chime.end)
    assert path.read_bytes() == wav_bytes(Chime.end)
    path.write_bytes(b"half")
    assert chime_file(tmp_path, Chime.end).read_bytes() == wav_bytes(Chime.end)


def test_a_working_player_plays_the_chime_file(tmp_path: Path) -> None:
    player = FakePlayer()
    chimes = Chimes(SoundChoice.chime, [player], folder=tmp_path)
    assert chimes.play(Chime.warning) is Outcome.chimed
    assert chimes.play(Chime.overtime) is Outcome.chimed
    assert [path.name for path in player.files] == ["chime-warning.wav", "chime-overtime.wav"]
    assert player.files[0].read_bytes() == wav_bytes(Chime.warning)
    assert chimes.played == [Chime.warning, Chime.overtime]
    assert chimes.take_notice() is None


def test_no_player_rings_the_bell_and_says_so_once(tmp_path: Path) -> None:
    chimes = Chimes(SoundChoice.chime, [], folder=tmp_path, tried="pw-play, paplay, aplay")
    assert chimes.play(Chime.warning) is Outcome.bell
    notice = chimes.take_notice()
    assert notice == Msg("sound.no_player", tried="pw-play, paplay, aplay")
    assert "terminalbel" in say(notice, "nl") and "pw-play" in say(notice, "nl")
    assert "terminal bell" in say(notice, "en")
    assert chimes.play(Chime.end) is Outcome.bell
    assert chimes.take_notice() is None


def test_a_failing_player_gives_way_to_the_next_then_to_the_bell(tmp_path: Path) -> None:
    broken = FakePlayer("pw-play", fails="Host is down")
    working = FakePlayer("paplay")
    chimes = Chimes(SoundChoice.chime, [broken, working], folder=tmp_path)
    assert chimes.play(Chime.end) is Outcome.chimed
    assert chimes.play(Chime.end) is Outcome.chimed
    assert (len(broken.files), len(working.files)) == (1, 2)  # the broken one is not retried
    assert chimes.take_notice() is None

    alone = Chimes(SoundChoice.chime, [FakePlayer("aplay", fails="no soundcard")], folder=tmp_path)
    assert alone.play(Chime.end) is Outcome.bell
    notice = alone.take_notice()
    assert notice is not None
    assert (
        say(notice, "en")
        == "aplay does not play the chime (no soundcard): you hear the terminal bell."
    )
    assert alone.play(Chime.warning) is Outcome.bell
    assert alone.take_notice() is None


def test_bell_and_off_never_touch_a_player(tmp_path: Path) -> None:
    player = FakePlayer()
    assert Chimes(SoundChoice.bell, [player], folder=tmp_path).play(Chime.end) is Outcome.bell
    assert Chimes(SoundChoice.off, [player], folder=tmp_path).play(Chime.end) is Outcome.silent
    assert player.files == []


def test_a_chime_folder_that_cannot_be_written_means_the_bell(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    chimes = Chimes(SoundChoice.chime, [FakePlayer()], folder=blocker / "sound")
    assert chimes.play(Chime.end) is Outcome.bell
    notice = chimes.take_notice()
    assert notice is not None and notice.key == "sound.no_file"


def completed(code: int, stderr: bytes = b"") -> Any:
    def run(argv: list[str], **kwargs: Any) -> subprocess.CompletedProcess[bytes]:
        run.argv = argv  # type: ignore[attr-defined]
        return subprocess.CompletedProcess(argv, code, b"", stderr)

    return run


def test_a_player_program_gets_the_file_and_its_complaint_is_the_reason(tmp_path: Path) -> None:
    fine = completed(0)
    CommandPlayer(("/usr/bin/aplay", "-q"), run=fine).play(tmp_path / "x.wav")
    assert fine.argv == ["/usr/bin/aplay", "-q", str(tmp_path / "x.wav")]
    complaint = b"ALSA lib ...\naplay: main:831: audio open error: No such file or directory\n"
    player = CommandPlayer(("/usr/bin/aplay", "-q"), run=completed(1, complaint))
    with pytest.raises(PlayerFailed) as failed:
        player.play(tmp_path / "x.wav")
    assert failed.value.reason == "aplay: main:831: audio open error: No such file or directory"
    assert player.name == "aplay"
    with pytest.raises(PlayerFailed) as silent_failure:
        CommandPlayer(("paplay",), run=completed(3)).play(tmp_path / "x.wav")
    assert silent_failure.value.reason == Msg("sound.reason.exit", code=3)


def test_a_player_program_that_is_gone_or_hangs_fails_cleanly(tmp_path: Path) -> None:
    def gone(argv: list[str], **kwargs: Any) -> subprocess.CompletedProcess[bytes]:
        raise FileNotFoundError(2, "No such file or directory")

    def hangs(argv: list[str], **kwargs: Any) -> subprocess.CompletedProcess[bytes]:
        raise subprocess.TimeoutExpired(argv, kwargs["timeout"])

    with pytest.raises(PlayerFailed):
        CommandPlayer(("pw-play",), run=gone).play(tmp_path / "x.wav")
    with pytest.raises(PlayerFailed) as failed:
        CommandPlayer(("pw-play",), run=hangs).play(tmp_path / "x.wav")
    assert failed.value.reason == Msg("sound.reason.timeout")


def test_the_system_players_are_found_best_first() -> None:
    linux = {"/usr/bin/aplay", "/usr/bin/pw-play"}

    def which(name: str) -> str | None:
        return next((path for path in linux if path.endswith("/" + name)), None)

    found = system_players("linux", which)
    assert [player.name for player in found] == ["pw-play", "aplay"]
    assert [player.name for player in system_players("darwin", lambda name: None)] == []
    assert [player.name for player in system_players("win32", which)] == ["winsound"]
