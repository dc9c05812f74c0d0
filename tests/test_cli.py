"""The console script as a user runs it: exact positions from `check`, and list/show/schema."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import types
from datetime import time
from pathlib import Path
from typing import Any

import pytest

from intervisie_tui.cli import main
from intervisie_tui.library import MODELINE, load_library
from intervisie_tui.library.schema import schema_text
from intervisie_tui.library.source import MAX_BYTES
from intervisie_tui.run_options import RoomAsk, RunOptions

TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent
BROKEN = TESTS / "data" / "broken"
VALID = TESTS / "data" / "valid"
METHODS = REPO / "methods"
MARKER = re.compile(r'# expect: (error|warning) at "(.+?)"')
LINE = re.compile(
    r"^(?P<path>.+?):(?P<line>\d+):(?P<col>\d+): (?P<severity>error|warning): (?P<msg>.+)$"
)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def expected_positions(path: Path) -> set[tuple[int, int, str]]:
    """(line, col, severity) from the fixture's own `# expect:` markers.

    The column is where the quoted token first appears on the marked line, so a fixture edit
    moves the expectation with it. Bytes that are not UTF-8 count as one character each.
    """
    text = path.read_bytes().decode("utf-8", errors="replace")
    expected = set()
    for number, line in enumerate(text.split("\n"), start=1):
        match = MARKER.search(line)
        if match:
            expected.add((number, line.index(match.group(2)) + 1, match.group(1)))
    return expected


def printed(out: str) -> dict[str, set[tuple[int, int, str]]]:
    found: dict[str, set[tuple[int, int, str]]] = {}
    for line in out.splitlines():
        match = LINE.match(line)
        assert match, f"not in path:line:col: severity: message form: {line!r}"
        found.setdefault(match["path"], set()).add(
            (int(match["line"]), int(match["col"]), match["severity"])
        )
    return found


@pytest.fixture(scope="module")
def broken_check() -> tuple[int, str]:
    """`intervisie-tui check tests/data/broken` run once for all position tests."""
    from contextlib import redirect_stdout
    from io import StringIO

    buffer = StringIO()
    with redirect_stdout(buffer):
        code = main(["check", "--lang", "en", str(BROKEN)])
    return code, buffer.getvalue()


MARKED = sorted(path.name for path in BROKEN.iterdir() if b"# expect:" in path.read_bytes())


def test_every_failure_kind_has_a_fixture() -> None:
    kinds = {
        "syntax-error", "wrong-type", "unknown-key", "missing-key", "not-utf8", "binary",
        "empty", "list-instead-of-mapping", "alias-bomb", "unknown-role", "unknown-rule",
        "duplicate-step-id", "duplicate-method-id-b", "negative-minutes", "absurd-minutes",
        "empty-steps", "total-mismatch",
    }  # fmt: skip
    assert kinds <= {path.stem for path in BROKEN.iterdir()}
    assert kinds - {"empty"} <= {Path(name).stem for name in MARKED}


@pytest.mark.parametrize("name", MARKED)
def test_check_prints_the_marked_position(name: str, broken_check: tuple[int, str]) -> None:
    code, out = broken_check
    path = BROKEN / name
    assert code == 1
    assert printed(out).get(str(path), set()) == expected_positions(path)


def test_check_names_the_empty_file_at_its_start(broken_check: tuple[int, str]) -> None:
    _code, out = broken_check
    assert f"{BROKEN / 'empty.yaml'}:1:1: error: the file is empty" in out


def test_a_valid_file_next_to_broken_ones_has_no_problems(broken_check: tuple[int, str]) -> None:
    _code, out = broken_check
    assert str(BROKEN / "duplicate-method-id-a.yaml") not in printed(out)


def test_messages_say_what_to_do(broken_check: tuple[int, str]) -> None:
    _code, out = broken_check
    assert "unknown key 'minuten'; did you mean 'minutes'?" in out
    assert "already used by" in out and "duplicate-method-id-a.yaml" in out
    assert "not valid UTF-8: save the file as UTF-8" in out
    assert "minutes typed as seconds?" in out
    assert "unknown role 'notulist' (known: groep, inbrenger, voorzitter)" in out
    assert "Traceback" not in out


def test_check_refuses_a_file_that_is_too_big(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    big = tmp_path / "big.yaml"
    big.write_text(MODELINE + "\n" + "# padding\n" * (MAX_BYTES // 10))
    code, out, _err = run(capsys, "check", "--lang", "en", str(big))
    assert code == 1
    assert out.startswith(f"{big}:1:1: error: file is larger than 256 KiB")


def test_check_exit_code_is_zero_with_only_warnings(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, "check", "--lang", "en", str(BROKEN / "total-mismatch.yaml"))
    assert code == 0
    assert ": warning: declared total 20 min differs" in out


def test_check_of_a_missing_path_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _err = run(capsys, "check", "--lang", "en", str(tmp_path / "nope.yaml"))
    assert code == 1
    assert "file not found" in out


def test_check_without_paths_checks_the_whole_bundled_library(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(capsys, "check", "--lang", "en")
    assert code == 0, out
    assert ": error:" not in out
    files = len(list(METHODS.glob("*.yaml")))
    assert f"{files} file(s) checked" in err


def test_check_includes_methods_dirs(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, "--methods", str(BROKEN), "check", "--lang", "en")
    assert code == 1
    assert str(BROKEN / "unknown-key.yaml") in out


def test_every_bundled_file_starts_with_the_modeline() -> None:
    for path in METHODS.glob("*.yaml"):
        first = path.read_text(encoding="utf-8").split("\n", 1)[0]
        if path.stem == "spelregels":  # ground rules, not a method: their own schema
            assert first == "# yaml-language-server: $schema=./ground-rules.schema.json"
            continue
        assert first == MODELINE, path


#: Bundled files that are not methods for a case: the meeting's parts and the ground rules.
NOT_CASE_METHODS = {"opening", "inventarisatie", "pauze", "afsluiting", "spelregels"}


def test_list_json_matches_the_contract(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, "list", "--json", "--methods", str(VALID))
    assert code == 0
    entries = json.loads(out)
    by_id = {entry["id"]: entry for entry in entries}
    for entry in entries:
        assert set(entry) == {"id", "title", "total_minutes", "steps"}
        for step in entry["steps"]:
            assert set(step) == {"title", "minutes"}
    herhaal = by_id["herhaal"]
    assert herhaal["title"] == "Herhaalmethode"
    # File order, one entry per step (the repeated block listed once), untimed as null.
    assert herhaal["steps"] == [
        {"title": "Onderwerpen kiezen", "minutes": None},
        {"title": "Toelichting", "minutes": 3},
        {"title": "Adviesronde", "minutes": 4.5},
        {"title": "Evaluatie", "minutes": 2},
    ]
    assert herhaal["total_minutes"] == 9.5
    assert by_id["mini"]["total_minutes"] == 15
    bundled = {path.stem for path in METHODS.glob("*.yaml")}
    assert bundled - NOT_CASE_METHODS <= set(by_id)
    assert not NOT_CASE_METHODS & set(by_id)


def test_list_shows_every_bundled_method(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, "list")
    assert code == 0
    listed = {line.split()[0] for line in out.splitlines()}
    assert listed == {path.stem for path in METHODS.glob("*.yaml")} - NOT_CASE_METHODS
    assert len(listed) == 15


def test_list_warns_about_files_that_failed(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--methods", str(BROKEN), "list", "--lang", "nl")
    assert code == 0
    assert "gedeeld" in out  # the broken files do not stop the good one
    assert "konden niet worden geladen" in err and "intervisie-tui check" in err
    code, out, err = run(capsys, "--methods", str(BROKEN), "list", "--lang", "en")
    assert "could not be loaded" in err and "intervisie-tui check" in err
    assert " steps " in out and " stappen " not in out


def test_show_prints_a_protocol(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, "show", "herhaal", "--methods", str(VALID))
    assert code == 0
    for text in (
        "Herhaalmethode",
        "Onderwerpen kiezen",
        "vrij",  # the untimed step
        "4,5 min",
        "optioneel",
        "↻ per onderwerp",
        "opgegeven totaal 7,5 min per herhaling",
        "stappen samen 9,5 min (7,5 min zonder optionele stappen)",
        "Nog geen advies",
        "op volgorde van belang",
        "luistert alleen",
        "om de beurt",
    ):
        assert text in " ".join(out.split()), text
    assert not any(line.endswith(" ") for line in out.splitlines())


def test_show_speaks_english_under_lang_en(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, "show", "herhaal", "--methods", str(VALID), "--lang", "en")
    assert code == 0
    for text in (
        "Repeating method",  # the method's own English title
        "declared total 7.5 min per repeat; steps together 9.5 min (7.5 min without optional",
        "once per topic, most important first; 3x by default",
        "What the chair says",
        "Evaluation (optional)",
        "4.5 min",
        "only listens",
        "in turn",
    ):
        assert text in " ".join(out.split()), text
    for dutch in ("Stappen", "Aan het woord", "optioneel", "luistert alleen", "Beurten"):
        assert dutch not in out, dutch


def test_show_kot_reads_as_a_protocol(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, "show", "kot")
    assert code == 0
    kot = load_library(user=False)["kot"]
    positions = [out.index(f"{n}. {step.title}") for n, step in enumerate(kot.steps, start=1)]
    assert positions == sorted(positions)
    for step in kot.steps:
        if step.opening:
            assert step.opening.split()[0] in out


def test_show_json_is_the_full_model(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, "show", "mini", "--json", "--methods", str(VALID))
    assert code == 0
    method = load_library([VALID], bundled=False)["mini"]
    assert json.loads(out) == method.model_dump(mode="json")


def test_show_unknown_id_suggests_the_close_one(capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, "show", "minii", "--methods", str(VALID), "--lang", "en")
    assert code == 1
    assert "unknown method 'minii'. Did you mean 'mini'?" in err
    code, _out, err = run(capsys, "show", "minii", "--methods", str(VALID), "--lang", "nl")
    assert "onbekende methode 'minii'. Bedoelde je 'mini'?" in err


def test_schema_command_matches_the_committed_schema(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, "schema")
    assert code == 0
    assert out == schema_text()
    assert (METHODS / "schema.json").read_text(encoding="utf-8") == out, (
        "methods/schema.json is out of date: run `intervisie-tui schema > methods/schema.json`"
    )
    schema = json.loads(out)
    assert schema["additionalProperties"] is False
    assert "minutes" in schema["$defs"]["Step"]["properties"]


class _FakeLaunch:
    def __init__(self) -> None:
        self.calls: list[dict[str, Any]] = []

    def launch_app(self, library: object, *, method_id: str | None, options: RunOptions) -> int:
        self.calls.append({"library": library, "method_id": method_id, "options": options})
        return 0


@pytest.fixture
def fake_launch(monkeypatch: pytest.MonkeyPatch) -> _FakeLaunch:
    fake = _FakeLaunch()
    module = types.ModuleType("intervisie_tui.tui.launch")
    module.launch_app = fake.launch_app  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "intervisie_tui.tui.launch", module)
    return fake


def test_run_passes_every_option_to_the_app(
    fake_launch: _FakeLaunch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, _err = run(
        capsys,
        "run", "mini", "--methods", str(VALID), "--inbrenger", "Bas",
        "--participants", " Ann, Bas ,Cor", "--chair", "Dee", "--until", "16:30",
        "--rehearse", "--speed", "12", "--seed", "7", "--lang", "en",
    )  # fmt: skip
    assert code == 0
    (call,) = fake_launch.calls
    assert call["method_id"] == "mini"
    assert "mini" in call["library"]
    assert call["options"] == RunOptions(
        inbrenger="Bas",
        participants=("Ann", "Bas", "Cor"),
        chair="Dee",
        until=time(16, 30),
        rehearse=True,
        speed=12.0,
        seed=7,
        lang="en",
    )


def test_no_command_opens_the_app(
    fake_launch: _FakeLaunch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys)[0] == 0
    assert fake_launch.calls[0]["method_id"] is None
    assert fake_launch.calls[0]["options"] == RunOptions()


@pytest.mark.parametrize(
    ("argv", "setting", "expected"),
    [
        ((), "en", "en"),  # the setting opens the library in English
        (("--lang", "nl"), "en", "nl"),  # the flag wins over the setting
        (("run", "mini", "--methods", str(VALID)), "EN", "en"),
        (("run", "mini", "--methods", str(VALID), "--lang", "nl"), "en", "nl"),
        ((), "", "nl"),
    ],
)
def test_language_comes_from_the_flag_else_the_setting_else_dutch(
    fake_launch: _FakeLaunch,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    argv: tuple[str, ...],
    setting: str,
    expected: str,
) -> None:
    monkeypatch.setenv("INTERVISIE_TUI_LANG", setting)
    assert run(capsys, *argv)[0] == 0
    assert fake_launch.calls[0]["options"].lang == expected


def test_an_unknown_language_setting_is_named_and_dutch_is_used(
    fake_launch: _FakeLaunch, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("INTERVISIE_TUI_LANG", "fr")
    code, _out, err = run(capsys)
    assert code == 0
    assert "INTERVISIE_TUI_LANG='fr'" in err and "Nederlands wordt gebruikt" in err
    assert fake_launch.calls[0]["options"].lang == "nl"


def test_run_unknown_method_does_not_open_the_app(
    fake_launch: _FakeLaunch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = run(capsys, "run", "bestaat-niet", "--lang", "nl")
    assert code == 1
    assert "onbekende methode 'bestaat-niet'" in err
    assert fake_launch.calls == []


@pytest.mark.parametrize(
    ("flag", "value", "message"),
    [
        ("--until", "half vijf", "schrijf UU:MM"),
        ("--until", "25:00", "schrijf UU:MM"),
        ("--speed", "0", "geef een getal van 1 (echte tijd) tot 600"),
        ("--speed", "inf", "'inf' is geen snelheid"),
        ("--speed", "nan", "'nan' is geen snelheid"),
        ("--speed", "-5", "'-5' is geen snelheid"),
        ("--speed", "1e300", "'1e300' is geen snelheid"),
        ("--speed", "601", "'601' is geen snelheid"),
        ("--speed", "snel", "'snel' is geen snelheid"),
        ("--seed", "vijf", "--seed: 'vijf' is geen nummer van een oefening: geef een heel getal"),
        ("--seed", "1.5", "--seed: '1.5' is geen nummer van een oefening"),
        ("--participants", " , ", "gescheiden door komma's"),
        ("--lang", "de", "kies uit 'nl', 'en'"),
    ],
)
def test_run_rejects_bad_flags_clearly(
    flag: str, value: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["run", "mini", flag, value])
    assert exit_info.value.code == 2
    assert message in capsys.readouterr().err


def test_the_console_script_refuses_an_infinite_speed_before_the_app_opens() -> None:
    # inf used to pass and crash the rehearsal clock inside the app (with exit status 0).
    script = Path(sys.executable).parent / "intervisie-tui"
    done = subprocess.run(
        [str(script), "run", "kot", "--rehearse", "--speed", "inf"],
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 2
    assert "fout: --speed: 'inf' is geen snelheid" in done.stderr
    assert "Traceback" not in done.stderr + done.stdout


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["run"], "fout: geef een methode-id of --agenda BESTAND (niet allebei)"),
        (["run", "kot", "--agenda", "a.yaml", "--lang", "en"], "error: give a method id or"),
        (["run", "--agenda", "a.yaml", "--chair", "Vera"], "fout: met --agenda staan de mensen"),
        (["run", "--agenda", "a.yaml", "--rehearse", "--lang", "en"], "only --until may be"),
    ],
)
def test_the_console_script_says_what_run_needs_in_the_chairs_language(
    argv: list[str], said: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("INTERVISIE_TUI_LANG", raising=False)
    script = Path(sys.executable).parent / "intervisie-tui"
    done = subprocess.run(
        [str(script), *argv],
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 2
    assert said in done.stderr and "Traceback" not in done.stderr
    english = "--lang" in argv
    assert ("the people are in the file" in done.stderr or "method id" in done.stderr) is english


@pytest.mark.parametrize("flags", [("--speed", "10"), ("--seed", "3"), ("--seed", "0")])
def test_speed_and_seed_belong_to_a_rehearsal(
    flags: tuple[str, str], fake_launch: _FakeLaunch, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["run", "mini", "--methods", str(VALID), *flags])
    assert exit_info.value.code == 2
    assert f"{flags[0]} werkt alleen met --rehearse" in capsys.readouterr().err
    assert fake_launch.calls == []


def test_report_and_resume_dispatch_to_the_command_line_glue(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import intervisie_tui.cli_meetings as glue

    seen: list[object] = []

    def print_report(session: str | None, lang: str) -> int:
        seen.append((session, lang))
        return 0

    def resume(
        library: object,
        chosen: str | None,
        lang: str,
        group: str | None,
        notices: tuple[str, ...],
        mirror: object,
    ) -> int:
        seen.append(chosen if mirror is None else (chosen, mirror))
        return 0

    monkeypatch.setattr(glue, "print_report", print_report)
    monkeypatch.setattr(glue, "resume", resume)
    monkeypatch.delenv("INTERVISIE_TUI_LANG", raising=False)
    assert run(capsys, "report", "2026-01-05")[0] == 0
    assert run(capsys, "report", "--lang", "en")[0] == 0
    assert run(capsys, "resume", "2026-01-05_090000_kot")[0] == 0
    assert run(capsys, "resume")[0] == 0
    assert run(capsys, "resume", "--mirror", "--lan")[0] == 0
    beside = (None, RoomAsk(lan=True))
    assert seen == [("2026-01-05", "nl"), (None, "en"), "2026-01-05_090000_kot", None, beside]


def test_check_names_every_mistake_of_the_chairs_keys_yaml(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    keys = tmp_path / "keys.yaml"
    keys.write_text("pause: f5\nnext: PageDown\nnxt: j\n", encoding="utf-8")
    monkeypatch.setenv("INTERVISIE_TUI_CONFIG_DIR", str(tmp_path))
    monkeypatch.setenv("INTERVISIE_TUI_LANG", "en")
    code, out, err = run(
        capsys, "check", "--lang", "en"
    )  # the whole library, and the config's keys.yaml
    assert code == 1
    assert f"{keys}:2:7: 'PageDown' is not a key the app knows; did you mean 'pagedown'?" in out
    assert f"{keys}:3:1: unknown action 'nxt'; did you mean 'next'?" in out
    assert "1 key map(s) checked: 2 error(s)" in err
    code, out, _err = run(capsys, "check", "--lang", "en", str(keys))  # or named on its own
    assert code == 1 and "'PageDown'" in out
    keys.write_text("next: pagedown\n", encoding="utf-8")
    code, out, err = run(capsys, "check", "--lang", "en", str(keys))
    assert (code, out) == (0, "")
    assert "1 key map(s) checked: 0 error(s)" in err


def test_a_declared_total_with_a_note_says_why_instead_of_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A source's stated total contradicts its own steps: the author explains, check accepts."""
    text = (BROKEN / "total-mismatch.yaml").read_text(encoding="utf-8")
    noted = tmp_path / "noted.yaml"
    noted.write_text(
        text.replace('  minutes: 20  # expect: warning at "20"\n', "  minutes: 20\n")
        + "  note: Zo staat het in de bron\n  note_en: That is the source's own figure\n",
        encoding="utf-8",
    )
    code, out, _err = run(capsys, "check", "--lang", "en", str(noted))
    assert (code, out) == (0, "")
    code, out, _err = run(
        capsys, "show", "--methods", str(tmp_path), "--lang", "en", "total-mismatch"
    )
    assert "declared total 20 min (That is the source's own figure)" in " ".join(out.split())


def test_list_gives_a_repeated_block_per_case(capsys: pytest.CaptureFixture[str]) -> None:
    """KOT is fifteen minutes a case, not in all; a block beside other steps adds to them."""
    code, out, _err = run(capsys, "list", "--lang", "nl", "--methods", str(VALID))
    rows = {line.split()[0]: " ".join(line.split()) for line in out.splitlines()}
    assert code == 0
    assert rows["kot"].startswith("kot 15 min per casus 6 stappen")
    assert rows["herhaal"].startswith("herhaal 2 min + 7,5 min per onderwerp 4 stappen")
    assert rows["mini"].startswith("mini 15 min 2 stappen")
    code, out, _err = run(capsys, "list", "--lang", "en")
    assert "kot 15 min per case 6 steps" in " ".join(out.split())


def test_check_names_every_mistake_of_the_chairs_settings_yaml(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = tmp_path / "settings.yaml"
    settings.write_text("sound: chimes\nthem: light\n", encoding="utf-8")
    monkeypatch.setenv("INTERVISIE_TUI_CONFIG_DIR", str(tmp_path))
    monkeypatch.setenv("INTERVISIE_TUI_LANG", "en")
    code, out, err = run(
        capsys, "check", "--lang", "en"
    )  # the whole library, and the config's settings.yaml
    assert code == 1
    assert f"{settings}:1:8: 'chimes' is not a choice for 'sound'; did you mean 'chime'?" in out
    assert f"{settings}:2:1: unknown setting 'them'; did you mean 'theme'?" in out
    assert "1 settings file(s) checked: 2 error(s)" in err
    settings.write_text("sound: bell\ntheme: light\n", encoding="utf-8")
    code, out, err = run(capsys, "check", "--lang", "en", str(settings))  # or named on its own
    assert (code, out) == (0, "")
    assert "1 settings file(s) checked: 0 error(s)" in err


def test_help_and_usage_errors_follow_the_language(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """argparse's own words too: a Dutch chair reads 'gebruik', 'opties' and 'fout'."""
    monkeypatch.delenv("INTERVISIE_TUI_LANG", raising=False)
    with pytest.raises(SystemExit):
        main(["run", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("gebruik: intervisie-tui run ")
    assert "\nargumenten:\n" in out and "\nopties:\n" in out
    assert "toon deze hulp en stop" in out and "wie de bijeenkomst voorzit" in out
    for english in ("usage", "options", "positional", "show this help"):
        assert english not in out
    with pytest.raises(SystemExit) as exit_info:
        main(["run", "--until", "1630", "kot"])
    assert exit_info.value.code == 2
    assert "intervisie-tui run: fout: --until: '1630' is geen tijd" in capsys.readouterr().err
    monkeypatch.setenv("INTERVISIE_TUI_LANG", "en")
    with pytest.raises(SystemExit):
        main(["check", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("usage: intervisie-tui check ")
    assert "--watch" in out and "check again each time a file is saved" in out
    with pytest.raises(SystemExit):
        main(["--lang", "nl", "lijst"])  # --lang wins over the setting, also for errors
    err = capsys.readouterr().err
    assert "fout: COMMAND: 'lijst' kan niet; kies uit 'run', 'list'" in err
