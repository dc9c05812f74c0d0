"""`run ... --until`: an end time that has passed, or lies half a day ahead, is refused."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

SCRIPT = Path(sys.executable).parent / "intervisie-tui"
AGENDA = Path(__file__).resolve().parents[1] / "data" / "agendas" / "dinsdag.yaml"


def run(*args: str, home: Path, answer: str = "") -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.update(
        {
            "XDG_CONFIG_HOME": str(home / "config"),
            "INTERVISIE_TUI_DATA_DIR": str(home / "data"),
            "TZ": "UTC",
        }
    )
    env.pop("INTERVISIE_TUI_CONFIG_DIR", None)
    return subprocess.run(
        [str(SCRIPT), *args],
        capture_output=True,
        text=True,
        env=env,
        input=answer,
        timeout=60,
        check=False,
    )


def clock(minutes: int) -> str:
    """The time of day `minutes` from now on the subprocess's clock (TZ=UTC)."""
    return (datetime.now(UTC) + timedelta(minutes=minutes)).strftime("%H:%M")


def test_an_end_time_that_has_passed_is_refused_in_both_languages(tmp_path: Path) -> None:
    past = clock(-60)
    done = run("run", "--agenda", str(AGENDA), "--until", past, home=tmp_path)
    assert done.returncode == 1
    assert f"--until: eindtijd {past} is al voorbij of ligt meer dan 12 uur vooruit" in done.stderr
    assert not (tmp_path / "data" / "sessions").exists()
    english = run("--lang", "en", "run", "--agenda", str(AGENDA), "--until", past, home=tmp_path)
    assert f"end time {past} has passed or lies more than 12 hours ahead" in english.stderr


def test_a_shortened_plan_not_accepted_starts_nothing(tmp_path: Path) -> None:
    soon = clock(44)
    done = run("run", "--agenda", str(AGENDA), "--until", soon, home=tmp_path, answer="n\n")
    assert done.returncode == 1
    assert "Dit plan aannemen en beginnen? [j/N]" in done.stdout
    assert "Pauze: 10 -> 10 min" in done.stdout  # the break the chair set is not cut
    assert "Bewustwordingsfase: 20 -> 20 min" not in done.stdout
    assert "Er is niets gestart." in done.stderr
    assert not (tmp_path / "data" / "sessions").exists()
