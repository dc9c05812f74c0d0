"""`intervisie-tui mirror` as the chair starts it: what it prints, what it refuses."""

from __future__ import annotations

import os
import socket
import subprocess
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from room_support import SCRIPT, kot_meeting, start_mirror

from intervisie_tui.session import FakeClock


def _without_language() -> dict[str, str]:
    """The environment without a language setting: Dutch unless --lang says otherwise."""
    return {name: value for name, value in os.environ.items() if name != "INTERVISIE_TUI_LANG"}


def _status(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return int(response.status)
    except urllib.error.HTTPError as refused:
        return refused.code


def test_under_lan_a_request_without_the_code_is_refused(data_dir: Path) -> None:
    mirror = start_mirror(data_dir, "--lan", "--port", "0")
    try:
        assert mirror.token is not None and len(mirror.token) >= 22
        assert _status(mirror.local(token=False)) == 403
        assert _status(mirror.local("/events", token=False)) == 403
        assert _status(mirror.local() + "x") == 403  # a code that is almost right
        assert _status(mirror.local()) == 200
    finally:
        printed = "\n".join(mirror.lines) + mirror.stop()
    assert "Op het netwerk" in printed
    assert "█" in printed or "▀" in printed, "no QR code was drawn"
    assert "Kamerweergave gestopt." in printed


def test_the_code_is_kept_for_the_next_start_until_a_new_one_is_asked(data_dir: Path) -> None:
    first = start_mirror(data_dir, "--lan", "--port", "0")
    first.stop()
    again = start_mirror(data_dir, "--lan", "--port", "0")
    again.stop()
    fresh = start_mirror(data_dir, "--lan", "--port", "0", "--new-token")
    fresh.stop()
    assert first.token == again.token
    assert fresh.token != first.token
    token_file = data_dir / "room-token"
    assert token_file.stat().st_mode & 0o077 == 0


def test_by_default_only_this_computer_can_watch(data_dir: Path) -> None:
    mirror = start_mirror(data_dir, "--port", "0", "--lang", "en")
    try:
        assert mirror.url.startswith("http://127.0.0.1:") and mirror.token is None
        assert _status(mirror.local()) == 200
    finally:
        printed = "\n".join(mirror.lines) + mirror.stop()
    assert "This computer only" in printed
    assert "Room view stopped." in printed


def test_a_taken_port_is_explained(data_dir: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run(
            [str(SCRIPT), "mirror", "--port", str(port)],
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert done.returncode == 1
    assert f"kan niet luisteren op 127.0.0.1:{port}" in done.stderr
    assert "--port" in done.stderr and "Traceback" not in done.stderr


def test_an_unknown_meeting_is_explained(data_dir: Path, sessions: Path) -> None:
    kot_meeting(sessions, FakeClock()).close()
    done = subprocess.run(
        [str(SCRIPT), "mirror", "no-such-meeting", "--lang", "en"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    assert "no-such-meeting" in done.stderr and "Traceback" not in done.stderr


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["mirror", "--port", "99999"], "mirror: fout: --port: '99999' is geen poort: geef een"),
        (["mirror", "--port", "acht", "--lang", "en"], "error: --port: 'acht' is not a port"),
        (["run", "kot", "--mirror", "--port", "-1"], "run: fout: --port: '-1' is geen poort"),
        (["resume", "--mirror", "--port", "x", "--lang", "en"], "'x' is not a port: give a"),
    ],
)
def test_a_bad_port_is_a_usage_error_in_the_chairs_language(
    data_dir: Path, argv: list[str], said: str
) -> None:
    done = subprocess.run(
        [str(SCRIPT), *argv], capture_output=True, text=True, timeout=60, env=_without_language()
    )
    assert done.returncode == 2
    assert said in done.stderr and "Traceback" not in done.stderr
    english = "--lang" in argv
    assert ("is not a port" in done.stderr) is english, done.stderr


def test_a_new_code_without_the_network_is_a_usage_error(data_dir: Path) -> None:
    done = subprocess.run(
        [str(SCRIPT), "mirror", "--new-token"], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 2
    assert "--new-token werkt alleen met --lan" in done.stderr  # the default language: Dutch


def test_sound_is_the_settings_choice_unless_the_chair_says_otherwise(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "config"
    config.mkdir()
    (config / "settings.yaml").write_text("room_sound: chime\n", encoding="utf-8")
    monkeypatch.setenv("INTERVISIE_TUI_CONFIG_DIR", str(config))
    remembered = start_mirror(data_dir, "--port", "0")
    printed = "\n".join(remembered.lines) + remembered.stop()
    assert 'klik daar één keer op "Geluid aan"' in printed
    muted = start_mirror(data_dir, "--port", "0", "--no-sound", "--lang", "en")
    printed = "\n".join(muted.lines) + muted.stop()
    assert "Sound on" not in printed
    (config / "settings.yaml").write_text("room_sound: loud\n", encoding="utf-8")
    mistaken = start_mirror(data_dir, "--port", "0", "--lang", "en")
    printed = "\n".join(mistaken.lines) + mistaken.stop()
    assert "settings.yaml:1:13:" in printed and "'room_sound'" in printed


def test_room_options_on_run_need_mirror_and_a_real_meeting(data_dir: Path) -> None:
    alone = subprocess.run(
        [str(SCRIPT), "run", "kot", "--lan"], capture_output=True, text=True, timeout=60
    )
    assert alone.returncode == 2
    assert "--lan werkt alleen met --mirror" in alone.stderr
    rehearsal = subprocess.run(
        [str(SCRIPT), "run", "kot", "--rehearse", "--mirror", "--lang", "en"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert rehearsal.returncode == 2
    assert "--mirror does not work with --rehearse" in rehearsal.stderr
    resumed = subprocess.run(
        [str(SCRIPT), "resume", "--mirror", "--new-token"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert resumed.returncode == 2
    assert "--new-token werkt alleen met --lan" in resumed.stderr
