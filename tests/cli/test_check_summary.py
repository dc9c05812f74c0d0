"""`check` on an agenda file says what it found: an agenda and its items, not "0 methods"."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(sys.executable).parent / "intervisie-tui"
ROOT = Path(__file__).resolve().parents[2]
AGENDA = ROOT / "tests" / "data" / "agendas" / "dinsdag.yaml"
METHODS = ROOT / "methods"


def check(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env["XDG_CONFIG_HOME"] = str(home / "config")  # no user methods of this machine
    env.pop("INTERVISIE_TUI_CONFIG_DIR", None)
    return subprocess.run(
        [str(SCRIPT), *args], capture_output=True, text=True, env=env, timeout=60, check=False
    )


def test_a_good_agenda_is_summed_up_as_an_agenda_with_its_items_and_cases(tmp_path: Path) -> None:
    done = check("check", str(AGENDA), home=tmp_path)
    assert done.returncode == 0, done
    assert done.stderr.strip() == (
        "1 bestand(en) gecontroleerd, 1 programma bruikbaar (5 onderdelen, waarvan 2 casus(sen)):"
        " 0 fout(en), 0 waarschuwing(en)"
    )
    english = check("--lang", "en", "check", str(AGENDA), home=tmp_path)
    assert english.stderr.strip() == (
        "1 file(s) checked, 1 agenda usable (5 items, 2 of them case(s)): 0 error(s), 0 warning(s)"
    )


def test_an_agenda_with_an_unknown_method_is_not_counted_usable(tmp_path: Path) -> None:
    bad = tmp_path / "agenda.yaml"
    bad.write_text(
        AGENDA.read_text(encoding="utf-8").replace("vijf-stappen", "vijf-stapppen"),
        encoding="utf-8",
    )
    done = check("check", str(bad), home=tmp_path)
    assert done.returncode == 1
    assert f"{bad}:8:13: fout: onbekende methode 'vijf-stapppen'" in done.stdout
    assert "0 programma('s) bruikbaar: 1 fout(en)" in done.stderr


def test_methods_and_ground_rules_checked_with_an_agenda_are_each_named(tmp_path: Path) -> None:
    done = check(
        "--lang", "en", "check", str(AGENDA), str(METHODS / "spelregels.yaml"), home=tmp_path
    )
    assert done.returncode == 0, done
    assert "2 file(s) checked, 1 agenda usable (5 items, 2 of them case(s)) and 1 ground" in (
        done.stderr
    )
    alone = check("check", str(METHODS / "kot.yaml"), home=tmp_path)
    assert "1 bestand(en) gecontroleerd, 1 methode(n) bruikbaar: 0 fout(en)" in alone.stderr
