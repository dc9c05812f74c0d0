"""The agenda editor's draft and group fields into the session's Agenda, without textual.

Once, when the chair starts: every problem becomes one sentence under the form (a case without
a method, a name with spaces, an end time that is not a time), with the item's number, and
nothing the chair typed is lost.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, tzinfo

from pydantic import ValidationError

from intervisie_tui.messages import Msg, MsgError
from intervisie_tui.model.ground_rules import GroundRules
from intervisie_tui.model.method import Method
from intervisie_tui.session.agenda import Agenda, AgendaItem, needs_inbrenger
from intervisie_tui.session.setup import Case, setup_problem
from intervisie_tui.tui.agenda_draft import Draft, DraftItem
from intervisie_tui.tui.setup_fields import SetupFields
from intervisie_tui.tui.setup_form import parse_until, parse_warning, split_names, uses_groups


def agenda_item(
    number: int, item: DraftItem, methods: Mapping[str, Method], people: tuple[str, ...]
) -> AgendaItem:
    """One draft row as an agenda item; MsgError naming the item's number otherwise."""
    method = methods.get(item.method_id)
    if method is None:
        raise MsgError(Msg("ui.agenda.choose_method", number=number))
    cases: tuple[Case, ...] = ()
    if item.case and (item.inbrenger or needs_inbrenger(method)):
        if not item.inbrenger:
            raise MsgError(Msg("ui.agenda.needs_inbrenger", number=number))
        question = item.question or None
        cases = (Case(inbrenger=item.inbrenger, question=question),)
    inner = split_names(item.inner_group) if uses_groups(method) else ()
    unknown = [name for name in inner if name not in people]
    if unknown:
        raise MsgError(Msg("setup.inner_unknown", names=", ".join(unknown)))
    outer = tuple(name for name in people if name not in inner) if inner else ()
    return AgendaItem.of(method, cases, inner_group=inner, outer_group=outer, minutes=item.minutes)


def build_agenda(
    draft: Draft,
    fields: SetupFields,
    methods: Mapping[str, Method],
    now: datetime,
    tz: tzinfo | None = None,
    *,
    ground_rules: GroundRules | None = None,
    language: str = "nl",
) -> Agenda:
    """The Agenda the editor describes; MsgError with the first problem otherwise."""
    chair = fields.chair.strip()
    if not chair:
        raise MsgError(Msg("setup.no_chair"))
    if not draft.items:
        raise MsgError(Msg("ui.agenda.empty"))
    people = split_names(fields.participants)
    try:
        items = tuple(
            agenda_item(number, item, methods, people)
            for number, item in enumerate(draft.items, start=1)
        )
        warning = parse_warning(fields.warning)
        return Agenda(
            chair=chair,
            participants=people,
            items=items,
            until=parse_until(fields.until, now, tz),
            language=language,
            warnings=(warning, 0) if warning else (0,),
            ground_rules=ground_rules,
        )
    except ValidationError as error:
        raise MsgError(setup_problem(error)) from error
