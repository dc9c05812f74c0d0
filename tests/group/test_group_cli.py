"""`intervisie-tui group ...` as a chair uses it over a trajectory: make a group, record
meetings, fill in a reflection, read the overview; and what a damaged group file says.

The console script runs in a subprocess with its own data folder; the meetings are real
journals written by the session engine on a fake clock.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from intervisie_tui.library import load_library
from intervisie_tui.session import DATA_DIR_ENV, Case, FakeClock, MeetingSetup, Session
from intervisie_tui.session.clock import DEFAULT_FAKE_START

SCRIPT = str(Path(sys.executable).with_name("intervisie-tui"))

GROUP_YAML = """\
name: Team Noord
members:
  - name: Anna
    learning_questions:
      - id: grenzen
        text: Hoe houd ik mijn grenzen aan als ouders veel van me vragen?
      - id: feedback
        text: Hoe geef ik een collega feedback zonder te sussen?
    learning_plan: Ik breng twee casussen in over ouders en vraag om eerlijke feedback.
  - name: Bo
    learning_questions:
      - id: overleg
        text: Hoe leid ik een overleg dat uitloopt?
  - name: Cas
  - name: Dirk
"""


def cli(data: Path, *argv: str, lang: str = "nl") -> subprocess.CompletedProcess[str]:
    """The console script with its data folder in `data`, as a chair would run it."""
    env = {**os.environ, DATA_DIR_ENV: str(data), "INTERVISIE_TUI_LANG": lang}
    return subprocess.run(
        [SCRIPT, *argv], capture_output=True, text=True, env=env, timeout=60, check=False
    )


def finished_meeting(data: Path, *, days_ago: int, inbrenger: str, chair: str) -> None:
    """A whole KOT meeting for the group, finished, with a question and a first step."""
    clock = FakeClock(start=DEFAULT_FAKE_START - timedelta(days=days_ago))
    kot = load_library(user=False)["kot"]
    people = [name for name in ("Anna", "Bo", "Cas", "Dirk") if name != chair]
    setup = MeetingSetup(
        method_id="kot",
        chair=chair,
        participants=tuple(people),
        cases=(Case(inbrenger=inbrenger, question=f"Vraag van {inbrenger}"),),
    )
    session = Session.create(kot, setup, clock=clock, folder=data / "sessions")
    session.start()
    session.mark_absent("Dirk")
    session.set_first_step(f"{inbrenger} belt maandag de ouders")
    session.finish()
    session.close()


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"


def group_dir(data: Path) -> Path:
    return data / "groups" / "Team Noord"


def test_a_trajectory_of_two_meetings_shows_in_the_overview(data: Path) -> None:
    made = cli(data, "group", "new", "Team Noord", "--members", "Anna,Bo,Cas,Dirk")
    assert made.returncode == 0, made.stderr
    folder = group_dir(data)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert "- name: Dirk" in (folder / "group.yaml").read_text("utf-8")
    (folder / "group.yaml").write_text(GROUP_YAML, "utf-8")

    finished_meeting(data, days_ago=42, inbrenger="Anna", chair="Cas")
    first = cli(data, "group", "record", "Team Noord", "--learning-question", "grenzen")
    assert first.returncode == 0, first.stderr
    assert "3 reflectieformulieren" in first.stdout  # the chair and the two present members
    day_one = folder / "meetings" / "2025-11-24"
    assert (day_one / "report.md").read_text("utf-8").startswith("# Verslag")
    sheet = day_one / "reflections" / "Anna.md"
    blank = sheet.read_text("utf-8")
    assert "## Wat ik leerde over mijn leervraag" in blank
    assert "Anna: Vraag van Anna (KOT" in blank  # the case is named to jog the memory
    assert not (day_one / "reflections" / "Dirk.md").exists()  # Dirk was absent

    filled = blank.replace(
        "## Wat ik anders ga doen\n",
        "## Wat ik anders ga doen\n\nIk zeg eerder nee.\n",
    ).replace("## De casus\n", "## De casus\n\nMijn casus over ouders.\n")
    filled = filled.replace(
        "## Wat ik leerde over mijn leervraag\n",
        "## Wat ik leerde over mijn leervraag\n\nGrenzen stellen mag vriendelijk.\n",
    )
    filled = filled.replace(
        "## Een vraag voor de groep\n", "## Een vraag voor de groep\n\nHoe doen jullie dat?\n"
    )
    sheet.write_text(filled, "utf-8")

    finished_meeting(data, days_ago=0, inbrenger="Bo", chair="Anna")
    stranger = cli(data, "group", "record", "Team Noord", "--next-chair", "Eva")
    assert stranger.returncode == 1
    assert "Eva is geen lid van de groep; kies uit: Anna, Bo, Cas, Dirk" in stranger.stderr
    second = cli(data, "group", "record", "Team Noord", "--next-chair", "Bo")
    assert second.returncode == 0, second.stderr

    shown = cli(data, "group", "show", "Team Noord")
    assert shown.returncode == 0, shown.stderr
    text = shown.stdout
    assert "| Lid | 2025-11-24 | 2026-01-05 |" in text
    assert "| Anna | casus ✎ | vz ! |" in text  # sheet written, then chaired, sheet missing
    assert "| Bo | ✓ ! | casus ! |" in text
    assert "| Dirk | afw | afw |" in text
    assert "Hoe houd ik mijn grenzen aan als ouders veel van me vragen? (aan gewerkt)" in text
    assert "Hoe geef ik een collega feedback zonder te sussen? (nog niet aan gewerkt)" in text
    assert "- Anna, leerplan: Ik breng twee casussen in over ouders" in text
    assert "- Cas: nog nooit een casus ingebracht" in text
    assert "- Bo: Bo belt maandag de ouders" in text  # last time's first step
    assert "2025-11-24: Bo (ontbreekt)" in text
    assert "2025-11-24: Anna" not in text  # hers is filled in
    assert "- Vissenkom" in text and "(`kot`)" not in text  # KOT was tried
    assert "(`pauze`)" not in text and "(`opening`)" not in text  # parts are not methods
    assert "Volgende voorzitter: Bo. Oefen de gekozen methode vooraf alleen" in text

    exported = cli(data, "group", "export", "Team Noord", lang="en")
    assert exported.returncode == 0, exported.stderr
    overview = (folder / "overview.md").read_text("utf-8")
    assert overview.startswith("# Trajectory of Team Noord")
    assert "| Anna | case ✎ | ch ! |" in overview
    assert "(worked on)" in overview and "Fishbowl" in overview


def test_a_damaged_group_file_is_located_and_the_meetings_still_show(data: Path) -> None:
    assert cli(data, "group", "new", "Team Noord", "--members", "Anna,Bo").returncode == 0
    finished_meeting(data, days_ago=0, inbrenger="Anna", chair="Bo")
    assert cli(data, "group", "record", "Team Noord").returncode == 0
    path = group_dir(data) / "group.yaml"
    path.write_text("name: Team Noord\nmembers:\n  - name: Anna\n    leervragen: []\n", "utf-8")
    shown = cli(data, "group", "show", "Team Noord")
    assert shown.returncode == 1
    assert f"{path}:4:5: fout: onbekende sleutel 'leervragen'" in shown.stderr
    assert "Traceback" not in shown.stderr


def test_record_refuses_an_unfinished_meeting_and_an_unknown_question(data: Path) -> None:
    assert cli(data, "group", "new", "Team Noord", "--members", "Anna,Bo").returncode == 0
    finished_meeting(data, days_ago=0, inbrenger="Anna", chair="Bo")
    wrong = cli(data, "group", "record", "Team Noord", "--learning-question", "geen")
    assert wrong.returncode == 1
    assert "leervraag 'geen'" in wrong.stderr
    assert not (group_dir(data) / "meetings" / "2026-01-05").exists()
    missing = cli(data, "group", "show", "Elders")
    assert missing.returncode == 1
    assert "geen groep in" in missing.stderr and "group new" in missing.stderr


def test_a_second_group_of_the_same_name_is_refused(data: Path) -> None:
    assert cli(data, "group", "new", "Team Noord", "--members", "Anna").returncode == 0
    again = cli(data, "group", "new", "Team Noord", "--members", "Bo")
    assert again.returncode == 1
    assert "staat al een groep" in again.stderr
    twice = cli(data, "group", "new", "Ander team", "--members", "Anna,Anna")
    assert twice.returncode == 1
    assert "Anna staat twee keer in de groep" in twice.stderr


def test_a_new_group_keeps_its_own_ground_rules_which_the_meeting_shows(data: Path) -> None:
    from intervisie_tui.tui.launch import catalog_from_library, with_group_rules

    assert cli(data, "group", "new", "Team Noord", "--members", "Anna,Bo").returncode == 0
    rules = group_dir(data) / "ground_rules.yaml"
    text = rules.read_text("utf-8")
    assert text.startswith("# yaml-language-server:")
    assert "# De spelregels van deze groep" in text and "id: spelregels" in text
    rules.write_text(
        text.replace("reminder: Je doet mee omdat je dat wilt", "reminder: Telefoons in de tas"),
        "utf-8",
    )
    catalog = with_group_rules(catalog_from_library(load_library(user=False)), str(group_dir(data)))
    reminders = [rule.reminder for rule in catalog.ground_rules["spelregels"].ground_rules]
    assert reminders[0] == "Telefoons in de tas"
    rules.write_text(text.replace("id: spelregels", "id: Spelregels!"), "utf-8")
    shown = cli(data, "group", "show", "Team Noord")
    assert "ground_rules.yaml:4:5: fout" in shown.stderr and "geen geldige id" in shown.stderr


def test_groep_is_the_dutch_name_of_group_and_the_dutch_help_says_so(data: Path) -> None:
    made = cli(data, "groep", "new", "Team Noord", "--members", "Anna,Bo")
    assert made.returncode == 0, made.stderr
    assert (group_dir(data) / "group.yaml").is_file()
    finished_meeting(data, days_ago=0, inbrenger="Anna", chair="Bo")
    assert cli(data, "groep", "record", "Team Noord").returncode == 0
    shown = cli(data, "groep", "show", "Team Noord")
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.startswith("# Traject van Team Noord")
    dutch = cli(data, "--help").stdout
    assert "groep (group)" in dutch and "het traject van een groep" in dutch
    own = cli(data, "groep", "--help").stdout
    assert "maak de map van een nieuwe groep" in own and "groepsopdrachten" in own
    english = cli(data, "--help", lang="en").stdout
    assert "group (groep)" in english and "a group's trajectory" in english


def unfinished_meeting(data: Path, *, days_ago: int, group: Path | None) -> Session:
    """A KOT meeting begun (for `group`, when given) and left open, as after a crash."""
    from intervisie_tui.group.files import group_ref

    clock = FakeClock(start=DEFAULT_FAKE_START - timedelta(days=days_ago))
    kot = load_library(user=False)["kot"]
    setup = MeetingSetup(
        method_id="kot",
        chair="Bo",
        participants=("Anna", "Cas"),
        cases=(Case(inbrenger="Anna"),),
    )
    ref = group_ref(group) if group is not None else None
    session = Session.create(kot, setup, clock=clock, folder=data / "sessions", group=ref)
    session.start()
    session.close()
    return session


def test_the_resume_list_names_the_group_a_meeting_was_begun_for(data: Path) -> None:
    assert cli(data, "groep", "new", "Team Noord", "--members", "Anna,Bo,Cas").returncode == 0
    with_group = unfinished_meeting(data, days_ago=1, group=group_dir(data))
    without = unfinished_meeting(data, days_ago=2, group=None)
    assert with_group.path is not None and without.path is not None
    first_line = with_group.path.read_text("utf-8").splitlines()[0]
    assert '"group":{"name":"Team Noord","folder":' in first_line
    assert '"group"' not in without.path.read_text("utf-8").splitlines()[0]
    listed = cli(data, "resume")
    assert listed.returncode == 0, listed.stderr
    (grouped,) = [line for line in listed.stdout.splitlines() if with_group.path.stem in line]
    assert grouped.endswith("groep: Team Noord")
    (plain,) = [line for line in listed.stdout.splitlines() if without.path.stem in line]
    assert "groep" not in plain
    english = cli(data, "resume", lang="en")
    assert "group: Team Noord" in english.stdout


def test_a_mistyped_key_in_a_member_names_the_keys_a_member_may_have(data: Path) -> None:
    """Members are a tuple in the model: the hint must still list a member's keys."""
    assert cli(data, "group", "new", "Team Noord", "--members", "Anna,Bo").returncode == 0
    path = group_dir(data) / "group.yaml"
    text = "name: Team Noord\nmembers:\n  - name: Anna\n    learning_question: []\n"
    path.write_text(text, "utf-8")
    shown = cli(data, "group", "show", "Team Noord", lang="en")
    assert shown.returncode == 1
    assert f"{path}:4:5:" in shown.stderr
    assert "'learning_questions'" in shown.stderr, shown.stderr
    # One broken member is not "an empty list of members".
    assert "at least 1" not in shown.stderr, shown.stderr


def test_a_rehearsal_for_the_group_must_say_which_member_rehearses(data: Path) -> None:
    assert cli(data, "groep", "new", "Team Noord", "--members", "Anna,Bo").returncode == 0
    rehearse = ["run", "kot", "--rehearse", "--group", "Team Noord"]
    nobody = cli(data, *rehearse)
    assert nobody.returncode == 1
    assert "wie oefent er? Geef --chair NAAM" in nobody.stderr and "Anna, Bo" in nobody.stderr
    stranger = cli(data, *rehearse, "--chair", "Zoë", lang="en")
    assert stranger.returncode == 1
    assert "Zoë is not a member of the group; choose from: Anna, Bo" in stranger.stderr
    assert not (group_dir(data) / "rehearsals").exists()


SHARED = """\
date: '2026-11-20'
member: Bo
method: kot
method_title: KOT
said: 4
noticed: 3
missed: 1
false_alarms: 2
phases:
  - title: Vraag en doel
    planned: 2.0
    actual: 2.5
"""


def test_a_shared_rehearsal_shows_and_a_damaged_one_is_located(data: Path) -> None:
    assert cli(data, "groep", "new", "Team Noord", "--members", "Anna,Bo").returncode == 0
    shared = group_dir(data) / "rehearsals"
    shared.mkdir()
    (shared / "2026-11-20-Bo-kot.yaml").write_text(SHARED, "utf-8")
    shown = cli(data, "groep", "show", "Team Noord")
    assert shown.returncode == 0, shown.stderr
    row = "| 2026-11-20 | Bo | KOT (`kot`) | 3 van 4 | 1 | 2 | 0 van 0 | Vraag en doel 2/2,5 |"
    assert row in shown.stdout
    broken = shared / "2026-11-21-Bo-kot.yaml"
    broken.write_text(SHARED.replace("missed: 1", "gemist: 1"), "utf-8")
    shown = cli(data, "groep", "show", "Team Noord")
    assert shown.returncode == 1
    assert f"{broken}:7:1:" in shown.stderr and "'gemist'" in shown.stderr
    assert row in shown.stdout  # the readable one still shows
    assert "Traceback" not in shown.stderr


@pytest.mark.parametrize("damaged", ["meeting.yaml", "shared rehearsal"])
def test_a_damaged_meeting_or_rehearsal_file_never_blocks_the_next_meeting(
    data: Path, damaged: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from intervisie_tui.cli_group import with_group
    from intervisie_tui.group.keeping import keep_in_group
    from intervisie_tui.messages import Lang
    from intervisie_tui.run_options import RunOptions
    from intervisie_tui.session.journal import latest, read_journal, replay_journal

    assert cli(data, "groep", "new", "Team Noord", "--members", "Anna,Bo,Cas").returncode == 0
    folder = group_dir(data)
    finished_meeting(data, days_ago=7, inbrenger="Anna", chair="Bo")
    assert cli(data, "groep", "record", "Team Noord").returncode == 0
    if damaged == "meeting.yaml":
        (path,) = folder.glob("meetings/*/meeting.yaml")
        path.write_text("date: 2026-01-05\nchair: [Bo\n", "utf-8")
    else:
        path = folder / "rehearsals" / "2026-11-20-Bo-kot.yaml"
        path.parent.mkdir()
        path.write_text(SHARED.replace("said: 4", "said: veel"), "utf-8")

    options = with_group(RunOptions(group=str(folder), chair="Bo"))
    assert options.group == str(folder)  # the meeting runs for the group
    assert options.participants == ("Anna", "Cas")
    shown = cli(data, "groep", "show", "Team Noord")
    assert f"{path}:" in shown.stderr and "Traceback" not in shown.stderr
    line = shown.stderr.split(f"{path}:")[1]
    assert line.split(":")[0].isdigit() and line.split(":")[1].isdigit()  # file:line:col

    finished_meeting(data, days_ago=0, inbrenger="Cas", chair="Bo")
    journal = latest(data / "sessions")
    assert journal is not None
    said = keep_in_group(folder, replay_journal(read_journal(journal)), Lang.nl)
    assert said.key == "group.keep.done"  # and it is kept, beside the damaged file
    assert len(list(folder.glob("meetings/*/report.md"))) == 2


def test_a_damaged_group_file_starts_the_meeting_without_the_group(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from intervisie_tui.cli_group import with_group
    from intervisie_tui.run_options import RunOptions

    assert cli(data, "groep", "new", "Team Noord", "--members", "Anna,Bo").returncode == 0
    path = group_dir(data) / "group.yaml"
    path.write_text("name: Team Noord\nmembers:\n  - naam: Anna\n", "utf-8")
    options = with_group(RunOptions(group=str(group_dir(data)), participants=("Anna",)))
    assert options.group is None and options.participants == ("Anna",)
    err = capsys.readouterr().err
    assert f"{path}:3:5:" in err and "'naam'" in err
    assert "de bijeenkomst begint zonder groep" in err


def test_a_rehearsal_for_a_damaged_group_starts_but_says_it_cannot_be_shared(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from intervisie_tui.cli_group import rehearsing_member, with_group
    from intervisie_tui.run_options import RunOptions

    assert cli(data, "groep", "new", "Team Noord", "--members", "Anna,Bo").returncode == 0
    (group_dir(data) / "group.yaml").write_text("name: Team Noord\nmembers: [\n", "utf-8")
    asked = RunOptions(group=str(group_dir(data)), chair="Bo", rehearse=True)
    options = rehearsing_member(with_group(asked))
    assert options is not None and options.group is None and options.rehearse
    err = capsys.readouterr().err
    assert "group.yaml:" in err and "de oefening begint, maar kan niet" in err
