"""A group as a folder of plain files the group owns: group.yaml, and one folder per meeting.

    <group>/group.yaml                       members, learning questions, who chairs next
    <group>/meetings/2026-11-27/meeting.yaml the record: chair, who was there, the cases
    <group>/meetings/2026-11-27/report.md    the meeting's report
    <group>/meetings/2026-11-27/reflections/Anna.md   one sheet per member to fill in
    <group>/rehearsals/2026-11-20-Bram-kot.yaml        a rehearsal Bram chose to share

Plain YAML and Markdown, so the files read well without the app, on a shared drive or in a git
repository. Made private (0700/0600) like the journals, because they hold what colleagues
brought in. Reading never raises: a damaged file becomes a located problem and the rest of the
group still reads (a broken group never blocks running a meeting).
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass
from pathlib import Path

import yaml

from intervisie_tui.group.reflection import Reflection, read_reflection, reflection_sheet
from intervisie_tui.library.loader import load_file
from intervisie_tui.library.locations import bundled_methods_dir
from intervisie_tui.library.model_file import load_model_file
from intervisie_tui.library.problem import Problem, Severity
from intervisie_tui.library.source import read_source
from intervisie_tui.messages import Lang, say
from intervisie_tui.model.ground_rules import DEFAULT_GROUND_RULES, GroundRules
from intervisie_tui.model.group import Group, GroupRef, MeetingRecord
from intervisie_tui.model.shared_rehearsal import SharedRehearsal
from intervisie_tui.session.folders import data_dir, private_folder, write_private

__all__ = [
    "GROUP_FILE",
    "RULES_FILE",
    "GroupFolder",
    "StoredMeeting",
    "create_group",
    "group_folder",
    "group_ref",
    "groups_dir",
    "list_groups",
    "read_group",
    "record_meeting",
    "share_rehearsal",
    "sheet_path",
]

GROUP_FILE = "group.yaml"
#: The group's own ground rules: a copy of the bundled ones at `group new`, the group's to edit.
RULES_FILE = "ground_rules.yaml"
MEETINGS = "meetings"
MEETING_FILE = "meeting.yaml"
REPORT_FILE = "report.md"
REFLECTIONS = "reflections"
REHEARSALS = "rehearsals"

_UNSAFE = re.compile(r"[^\w .-]+")


def groups_dir(override: Path | None = None) -> Path:
    """Where groups live unless the chair points elsewhere: the user's data folder."""
    return data_dir(override) / "groups"


def list_groups(base: Path | None = None) -> tuple[Path, ...]:
    """The groups kept in the user's data folder, by name (folders holding a group.yaml)."""
    root = groups_dir(base)
    if not root.is_dir():
        return ()
    try:
        found = [path for path in root.iterdir() if (path / GROUP_FILE).is_file()]
    except OSError:
        return ()
    return tuple(sorted(found, key=lambda path: path.name.casefold()))


def group_folder(name_or_path: str, *, base: Path | None = None) -> Path:
    """A group named on the command line: a path as given, or a name under `groups_dir`."""
    if "/" in name_or_path or name_or_path.startswith(("~", ".")):
        return Path(name_or_path).expanduser()
    return groups_dir(base) / _file_name(name_or_path)


def group_ref(folder: Path) -> GroupRef:
    """How a meeting's journal names its group: the name in group.yaml (the folder's name when
    that file cannot be read today) and the folder as an absolute path, so `resume` finds it
    from any working directory."""
    group, _problems = load_model_file(folder / GROUP_FILE, Group)
    name = group.name if group is not None else folder.name
    return GroupRef(name=name, folder=str(folder.expanduser().resolve()))


def _file_name(name: str) -> str:
    """A person's or group's name as a file name that works on every system."""
    return _UNSAFE.sub("_", name).strip(" .") or "_"


def sheet_path(meeting: Path, member: str) -> Path:
    """The reflection sheet of one member of one meeting."""
    return meeting / REFLECTIONS / f"{_file_name(member)}.md"


def _yaml_text(data: object, header: str) -> str:
    """YAML under a comment that says what the file is (wrapped, so it reads in any editor)."""
    body = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)
    comment = "\n".join(f"# {line}" for line in textwrap.wrap(header, 96))
    return f"{comment}\n{body}"


def create_group(folder: Path, group: Group, lang: Lang) -> Path:
    """Write a new group's folder; FileExistsError when a group is already there."""
    path = folder / GROUP_FILE
    if path.exists():
        raise FileExistsError(17, "exists", str(path))
    private_folder(folder / MEETINGS)
    header = say("group.file.header", lang)
    data = group.model_dump(mode="json", exclude_none=True, exclude_defaults=True)
    data = {"name": group.name, **data}
    write_private(path, _yaml_text(data, header).encode("utf-8"))
    bundled = bundled_methods_dir() / f"{DEFAULT_GROUND_RULES}.yaml"
    try:
        rules = bundled.read_text("utf-8")
    except OSError:
        return path  # an installation without its ground rules: the group simply has none
    modeline, _, body = rules.partition("\n")
    note = "\n".join(f"# {line}" for line in textwrap.wrap(say("group.rules.header", lang), 96))
    write_private(folder / RULES_FILE, f"{modeline}\n{note}\n{body}".encode())
    return path


def record_meeting(
    folder: Path, group: Group, record: MeetingRecord, report: str | None, lang: Lang
) -> Path:
    """Keep one finished meeting in the group: its record, report and blank reflection sheets.

    A second meeting on the same day gets its own folder (2026-11-27-2). Returns the folder.
    """
    meetings = private_folder(folder / MEETINGS)
    day = record.date.isoformat()
    target = meetings / day
    number = 2
    while target.exists():
        target = meetings / f"{day}-{number}"
        number += 1
    private_folder(target)
    if report is not None:
        write_private(target / REPORT_FILE, report.encode("utf-8"))
        record = record.model_copy(update={"report": REPORT_FILE})
    data = record.model_dump(mode="json", exclude_none=True, exclude_defaults=True)
    data = {"date": record.date.isoformat(), "chair": record.chair, **data}
    header = say("group.meeting_file.header", lang)
    write_private(target / MEETING_FILE, _yaml_text(data, header).encode("utf-8"))
    case_lines = tuple(
        say(
            "group.reflection.case_line",
            lang,
            who=case.inbrenger or "-",
            question=case.question or "-",
            method=case.method_title,
        )
        for case in record.cases
    )
    for member in record.people:
        write_private(
            sheet_path(target, member),
            reflection_sheet(
                group=group.name,
                member=member,
                day=record.date.strftime("%d-%m-%Y"),
                case_lines=case_lines,
                lang=lang,
            ).encode("utf-8"),
        )
    return target


@dataclass(frozen=True)
class StoredMeeting:
    """One meeting folder as read back: its record and each member's sheet (None: no file)."""

    folder: Path
    record: MeetingRecord
    reflections: dict[str, Reflection | None]


@dataclass(frozen=True)
class GroupFolder:
    """Everything a group's folder holds that could be read, and what could not."""

    folder: Path
    group: Group | None
    meetings: tuple[StoredMeeting, ...]
    problems: tuple[Problem, ...]
    ground_rules: GroundRules | None = None
    """The group's own ground rules (ground_rules.yaml), when the group keeps them."""
    rehearsals: tuple[SharedRehearsal, ...] = ()
    """Rehearsals members chose to share (rehearsals/*.yaml), oldest first."""


def share_rehearsal(folder: Path, shared: SharedRehearsal, lang: Lang) -> Path:
    """Write a rehearsal a member chose to share into the group (0600); OSError to the caller.

    A second one of the same member, method and day gets its own file (…-2.yaml).
    """
    target = private_folder(folder / REHEARSALS)
    stem = f"{shared.date.isoformat()}-{_file_name(shared.member)}-{shared.method}"
    path = target / f"{stem}.yaml"
    number = 2
    while path.exists():
        path = target / f"{stem}-{number}.yaml"
        number += 1
    data = shared.model_dump(mode="json", exclude_none=True)
    data = {"date": shared.date.isoformat(), **data}
    header = say("group.rehearsal_file.header", lang, name=shared.member)
    write_private(path, _yaml_text(data, header).encode("utf-8"))
    return path


def _read_rehearsals(folder: Path) -> tuple[tuple[SharedRehearsal, ...], list[Problem]]:
    root = folder / REHEARSALS
    found: list[SharedRehearsal] = []
    problems: list[Problem] = []
    paths = sorted(root.glob("*.yaml")) if root.is_dir() else []
    for path in paths:
        shared, located = load_model_file(path, SharedRehearsal)
        problems.extend(located)
        if shared is not None:
            found.append(shared)
    found.sort(key=lambda shared: shared.date)
    return tuple(found), problems


def _read_sheets(
    folder: Path, record: MeetingRecord
) -> tuple[dict[str, Reflection | None], list[Problem]]:
    sheets: dict[str, Reflection | None] = {}
    problems: list[Problem] = []
    for member in record.people:
        path = sheet_path(folder, member)
        if not path.exists():
            sheets[member] = None
            continue
        source = read_source(path)
        if isinstance(source, Problem):
            problems.append(source)
            sheets[member] = None
            continue
        reflection = read_reflection(source.text)
        problems.extend(
            Problem(path, line, 1, Severity.warning, message)
            for line, message in reflection.problems()
        )
        sheets[member] = reflection
    return sheets, problems


def read_group(folder: Path) -> GroupFolder:
    """Read a group's folder; every damaged file is a located problem, never an exception."""
    problems: list[Problem] = []
    group, found = load_model_file(folder / GROUP_FILE, Group)
    problems.extend(found)
    rules: GroundRules | None = None
    if (folder / RULES_FILE).exists():
        loaded = load_file(folder / RULES_FILE)
        problems.extend(loaded.problems)
        rules = loaded.ground_rules
    meetings: list[StoredMeeting] = []
    root = folder / MEETINGS
    candidates = sorted(path for path in root.iterdir() if path.is_dir()) if root.is_dir() else []
    for meeting in candidates:
        record, found = load_model_file(meeting / MEETING_FILE, MeetingRecord)
        problems.extend(found)
        if record is None:
            continue
        sheets, found_in_sheets = _read_sheets(meeting, record)
        problems.extend(found_in_sheets)
        meetings.append(StoredMeeting(meeting, record, sheets))
    meetings.sort(key=lambda stored: (stored.record.date, stored.folder.name))
    rehearsals, found_in_rehearsals = _read_rehearsals(folder)
    problems.extend(found_in_rehearsals)
    return GroupFolder(folder, group, tuple(meetings), tuple(sorted(problems)), rules, rehearsals)
