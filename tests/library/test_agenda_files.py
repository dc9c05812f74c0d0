"""Agenda files as a chair writes them: loaded like method files, checked against the library.

`check` must give the chair the same file:line:col a method author gets, with the closest id for
a typo, and `run --agenda` must refuse the same files with the same lines.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from intervisie_tui.cli import main
from intervisie_tui.library import load_file, load_library
from intervisie_tui.library.agenda_refs import agenda_reference_problems
from intervisie_tui.library.schema import schema_text
from intervisie_tui.model.method import Part
from intervisie_tui.session.agenda_file import agenda_from_file

REPO = Path(__file__).resolve().parent.parent.parent
SAMPLE = REPO / "tests" / "data" / "agendas" / "dinsdag.yaml"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "agenda.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def check(capsys: pytest.CaptureFixture[str], path: Path) -> tuple[int, list[str]]:
    code = main(["check", "--lang", "en", str(path)])
    out, _err = capsys.readouterr()
    return code, [line.replace(f"{path}:", "") for line in out.splitlines()]


def test_the_sample_agenda_checks_clean_and_builds_the_meeting() -> None:
    result = load_file(SAMPLE)
    assert result.problems == () and result.agenda is not None
    library = load_library(user=False)
    assert agenda_reference_problems(result, library) == []
    now = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
    agenda = agenda_from_file(result.agenda, library, now)
    assert [item.method_id for item in agenda.items] == [
        "opening",
        "vijf-stappen",
        "pauze",
        "vissenkom",
        "afsluiting",
    ]
    assert [item.part for item in agenda.items][:3] == [Part.opening, Part.case, Part.break_]
    assert agenda.items[1].cases[0].inbrenger == "Bas"
    assert agenda.items[1].cases[0].question is not None
    assert agenda.items[2].minutes == 10
    assert agenda.items[3].outer_group == ("Eva", "Fleur")
    assert agenda.until is not None and agenda.until > now
    assert agenda.until.astimezone().strftime("%H:%M") == "16:30"
    assert agenda.ground_rules is not None and len(agenda.ground_rules.ground_rules) == 10


def test_unknown_ids_and_misplaced_cases_are_named_at_their_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = write(
        tmp_path,
        "chair: Anna\n"
        "participants: [Bas, Cor]\n"
        "items:\n"
        "  - method: openign\n"
        "  - method: vijf-stappen\n"
        "  - method: pauze\n"
        "    inbrenger: Cor\n",
    )
    code, lines = check(capsys, path)
    assert code == 1
    assert lines == [
        "4:13: error: unknown method 'openign'; did you mean 'opening'?",
        "5:5: error: 'vijf-stappen' works on someone's case; add 'inbrenger: NAME' "
        "(and 'question: ...') to this item",
        "7:16: error: 'pauze' is the meeting's break, not a method for a case; put the case "
        "on an item with a method",
    ]


def test_typos_in_keys_and_times_are_named_like_in_a_method_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = write(
        tmp_path,
        "chair: Anna\nuntil: 25:00\nitems:\n  - method: pauze\n    minuten: 10\n",
    )
    code, lines = check(capsys, path)
    assert code == 1
    assert lines == [
        "2:8: error: 'until' '25:00' is not a clock time; write HH:MM, e.g. '16:30'",
        "5:5: error: unknown key 'minuten'; did you mean 'minutes'?",
    ]


def test_people_named_twice_or_the_chair_among_the_circle(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = write(
        tmp_path,
        "chair: Anna\nparticipants: [Bas, Anna, Bas]\nitems:\n  - method: opening\n",
    )
    code, lines = check(capsys, path)
    assert code == 1
    assert lines == [
        "2:21: error: 'Anna' is the chair; the chair guards the process and is not a "
        "participant, so leave the name out here",
        "2:27: error: 'Bas' is named twice; remove one",
    ]


def test_an_unknown_set_of_ground_rules_is_named(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = write(tmp_path, "chair: Anna\nground_rules: spelregel\nitems:\n  - method: opening\n")
    code, lines = check(capsys, path)
    assert code == 1
    assert lines == [
        "2:15: error: no ground rules with id 'spelregel' in the library; "
        "did you mean 'spelregels'?"
    ]


def test_a_method_checked_along_with_the_agenda_counts(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    own = (REPO / "methods" / "pauze.yaml").read_text(encoding="utf-8")
    (tmp_path / "lange-pauze.yaml").write_text(
        own.replace("id: pauze", "id: lange-pauze"), encoding="utf-8"
    )
    path = write(tmp_path, "chair: Anna\nitems:\n  - method: lange-pauze\n")
    code = main(["check", "--lang", "en", str(path), str(tmp_path / "lange-pauze.yaml")])
    out, _err = capsys.readouterr()
    assert (code, out) == (0, "")


def test_the_agenda_schema_is_committed_beside_the_method_schema(
    capsys: pytest.CaptureFixture[str],
) -> None:
    for kind, file in (
        ("agenda", "agenda.schema.json"),
        ("ground-rules", "ground-rules.schema.json"),
    ):
        assert main(["schema", kind]) == 0
        out, _err = capsys.readouterr()
        assert out == schema_text(kind)
        committed = (REPO / "methods" / file).read_text(encoding="utf-8")
        assert committed == out, f"run `intervisie-tui schema {kind} > methods/{file}`"
    schema = json.loads(schema_text("agenda"))
    assert schema["additionalProperties"] is False
    assert "inbrenger" in schema["$defs"]["AgendaEntry"]["properties"]


GROUP_RULES = """\
# yaml-language-server: $schema=./ground-rules.schema.json
id: spelregels
title: Afspraken van team Noord
title_en: Team North's agreements
ground_rules:
  - id: op-tijd
    reminder: We beginnen op tijd
    reminder_en: We start on time
    explanation: Wie te laat is, schuift stil aan.
    explanation_en: Whoever is late joins quietly.
"""


def test_a_groups_own_ground_rules_replace_ours(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    folder = tmp_path / "config" / "methods"
    folder.mkdir(parents=True)
    (folder / "spelregels.yaml").write_text(GROUP_RULES, encoding="utf-8")
    monkeypatch.setenv("INTERVISIE_TUI_CONFIG_DIR", str(tmp_path / "config"))
    library = load_library()
    assert not library.has_errors
    rules = library.ground_rules["spelregels"]
    assert rules.path == folder / "spelregels.yaml"
    assert [rule.reminder for rule in rules.rules.ground_rules] == ["We beginnen op tijd"]


def test_the_same_ground_rules_twice_in_one_folder_is_an_error(tmp_path: Path) -> None:
    for name in ("a.yaml", "b.yaml"):
        (tmp_path / name).write_text(GROUP_RULES, encoding="utf-8")
    library = load_library([tmp_path], bundled=False, user=False)
    assert [str(problem).replace(f"{tmp_path}/", "") for problem in library.problems] == [
        "b.yaml:2:5: error: ground rules id 'spelregels' is already used by a.yaml; "
        "give these rules another id (or remove one of the files)"
    ]


USER_AGENDA = """\
chair: Anna
participants: [Bas, Cor, Dirk, Eva, Fleur]
items:
  - method: opening
  - method: kot
    inbrenger: Bass
    question: Hoe zeg ik nee?
  - method: pauze
    minutes: 10
  - method: vissenkom
    inner_group: [Bas, Cor, Drik, Anna]
  - method: afsluiting
"""


def test_a_name_nobody_listed_is_an_error_with_the_closest_participant(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """'Bass' and 'Drik' used to pass with 0 errors and put nobody in the inner group."""
    path = write(tmp_path, USER_AGENDA)
    code, lines = check(capsys, path)
    assert code == 1
    assert lines == [
        "6:16: error: 'Bass' is not among the participants; correct the name or add it to"
        " 'participants'; did you mean 'Bas'?",
        "11:29: error: 'Drik' is not among the participants; correct the name or add it to"
        " 'participants'; did you mean 'Dirk'?",
        "11:35: error: 'Anna' is the chair; the chair guards the process and is not a"
        " participant, so leave the name out here",
    ]
    assert main(["check", "--lang", "nl", str(path)]) == 1
    dutch = capsys.readouterr().out
    assert "6:16: fout: 'Bass' staat niet bij de deelnemers" in dutch
    assert ": bedoel je 'Bas'?" in dutch
    # run --agenda refuses the same file with the same lines, and starts nothing.
    assert main(["run", "--lang", "en", "--agenda", str(path)]) == 1
    _out, err = capsys.readouterr()
    assert "6:16: error: 'Bass' is not among the participants" in err


def test_a_typo_in_a_key_no_longer_hides_the_other_errors(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    text = USER_AGENDA.replace("inbrenger: Bass", "inbreger: Bas").replace(
        "method: pauze", "method: pauzee"
    )
    path = write(tmp_path, text.replace(", Anna]", "]"))
    code, lines = check(capsys, path)
    assert code == 1
    assert lines == [
        "6:5: error: unknown key 'inbreger'; did you mean 'inbrenger'?",
        "8:13: error: unknown method 'pauzee'; did you mean 'pauze'?",
        "11:29: error: 'Drik' is not among the participants; correct the name or add it to"
        " 'participants'; did you mean 'Dirk'?",
    ]  # and no "kot needs an inbrenger": that follows from the key left out
