"""A reflection sheet for each participant, to fill in after the meeting.

Intervision trajectories ask each participant for a short written reflection in a fixed format
after every meeting: what the case was, what I learned, what I will try. The sheet is written
beside the report with what the journal knows already (the meeting, its cases and questions,
one's own first step), so a participant only writes the part that is theirs.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from intervisie_tui.messages import Lang, pick, say
from intervisie_tui.model.method import Part
from intervisie_tui.session.folders import private_folder, write_private
from intervisie_tui.session.report import case_numbers, md_text
from intervisie_tui.session.state import SessionState


def reflection_sheet(state: SessionState, name: str, lang: Lang = Lang.nl) -> str:
    """One participant's sheet as Markdown: the facts filled in, the reflection left open."""

    def t(key: str, **values: str | int) -> str:
        return say(f"reflection.{key}", lang, **values)

    agenda = state.agenda
    start = state.created_at.astimezone()
    lines = [f"# {t('title', name=md_text(name))}", ""]
    lines.append(f"- **{t('date')}:** {start:%Y-%m-%d}")
    lines.append(f"- **{t('chair')}:** {md_text(agenda.chair)}")
    if agenda.title:
        lines.append(f"- **{t('meeting')}:** {md_text(agenda.title)}")
    lines += ["", f"## {t('cases')}", ""]
    numbers = case_numbers(state)
    own_steps: list[str] = []
    for (item, case), number in numbers.items():
        entry = agenda.items[item]
        if entry.part is not Part.case or item in state.dropped_items:
            continue
        found = state.item_cases[item][case]
        method = md_text(pick(entry.method.title, entry.method.title_en, lang))
        who = md_text(found.inbrenger) if found.inbrenger else t("nobody")
        question = f": {md_text(found.question)}" if found.question else ""
        lines.append(f"- {t('case', number=number, inbrenger=who, method=method)}{question}")
        step = state.first_step(item, case)
        if found.inbrenger == name and step:
            own_steps.append(md_text(step))
    lines += ["", f"_{t('case_hint')}_", "", "", f"## {t('learned')}", ""]
    lines += [f"_{t('learned_hint')}_", "", "", f"## {t('try')}", ""]
    if own_steps:
        lines += [*(f"- {t('own_first_step', step=step)}" for step in own_steps), ""]
    lines += [f"_{t('try_hint')}_", "", ""]
    return "\n".join(lines)


def _file_name(name: str, taken: set[str]) -> str:
    """A safe file name for a person's sheet: 'Chloë de Vries' -> 'chloe-de-vries.md'."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-") or "deelnemer"
    candidate, number = slug, 2
    while candidate in taken:
        candidate, number = f"{slug}-{number}", number + 1
    taken.add(candidate)
    return f"{candidate}.md"


def reflections_folder(journal: Path) -> Path:
    """Where a meeting's reflection sheets go: a folder beside its journal and report."""
    return journal.with_name(f"{journal.stem}-reflectie")


def write_reflections(journal: Path, state: SessionState, lang: Lang = Lang.nl) -> Path:
    """Write a sheet for the chair and everyone in the circle (0600 files in a 0700 folder);
    the folder. OSError when the disk refuses."""
    folder = private_folder(reflections_folder(journal))
    taken: set[str] = set()
    for name in (state.agenda.chair, *state.agenda.everyone):
        text = reflection_sheet(state, name, lang)
        write_private(folder / _file_name(name, taken), text.encode("utf-8"))
    return folder
