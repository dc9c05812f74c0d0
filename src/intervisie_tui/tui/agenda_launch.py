"""Opening the agenda editor: the group and the agenda of last time, or a usual meeting.

Apart from app.py so the app only routes: what the editor starts with is decided here.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from intervisie_tui.messages import Msg
from intervisie_tui.model.ground_rules import DEFAULT_GROUND_RULES
from intervisie_tui.model.method import Method, Part
from intervisie_tui.session.agenda import Agenda
from intervisie_tui.session.clock import Clock
from intervisie_tui.tui.agenda_draft import Draft, DraftItem, is_case_method
from intervisie_tui.tui.catalog import Catalog
from intervisie_tui.tui.memory import (
    LastGroup,
    read_last_agenda,
    read_last_group,
    save_last_agenda,
    save_last_group,
)
from intervisie_tui.tui.screens.agenda import AgendaScreen

if TYPE_CHECKING:
    from intervisie_tui.model.group import GroupRef
    from intervisie_tui.session import Session

#: A usual meeting in the seeds: opening, a case, a break, a case, closing.
USUAL = (Part.opening, Part.case, Part.break_, Part.case, Part.closing)


def usual_draft(methods: Mapping[str, Method]) -> Draft:
    """The usual meeting with the library's parts; a part the library lacks is left out."""
    by_part: dict[Part, str] = {}
    for method in methods.values():
        if not is_case_method(method):
            by_part.setdefault(method.part, method.id)
    items = []
    for part in USUAL:
        if part is Part.case:
            items.append(DraftItem("", case=True))
        elif part in by_part:
            items.append(DraftItem(by_part[part]))
    return Draft(tuple(items))


def open_agenda(
    folder: Path, catalog: Catalog, now: datetime, tz: tzinfo | None
) -> tuple[AgendaScreen, list[Msg]]:
    """The editor with last time's group and agenda (its items still in the library), and
    what could not be read of them, for the chair to be told."""
    methods = {method.id: method for method in (*catalog.methods, *catalog.parts)}
    group, group_problem = read_last_group(folder)
    items, agenda_problem = read_last_agenda(folder)
    kept = tuple(item for item in items if item.method_id in methods or item.case)
    draft = Draft(kept) if kept else usual_draft(methods)
    screen = AgendaScreen(
        methods,
        now,
        draft,
        last_group=group,
        remembered=bool(kept),
        tz=tz,
        ground_rules=catalog.ground_rules.get(DEFAULT_GROUND_RULES),
    )
    return screen, [p for p in (group_problem, agenda_problem) if p is not None]


def begin_agenda(
    folder: Path, agenda: Agenda, draft: Draft, clock: Clock, *, group: GroupRef | None = None
) -> Session:
    """Remember the group and the agenda's shape, create the meeting and its journal, fit
    it to the end time and start the clock (a disk that refuses is shown on the run screen).

    `group`: the group the meeting is for (`run --group`), kept in its journal."""
    from intervisie_tui.session import Session, sessions_dir

    save_last_group(folder, LastGroup(agenda.chair, agenda.participants))
    save_last_agenda(folder, draft.items)
    session = Session.create_agenda(agenda, clock=clock, folder=sessions_dir(folder), group=group)
    session.fit_to_end()
    session.start()
    return session
