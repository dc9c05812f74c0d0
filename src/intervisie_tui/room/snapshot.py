"""What the room sees at one moment, as the JSON the page lays out.

Everything a person reads is said here, in the meeting's language, from the catalogue and the
method's own words: the page's script only places these strings and counts the clock down, so
the browser needs no translations and cannot show a sentence the catalogue lacks. What only the
chair sees (opening words, questions to ask, what to watch for, the time line) is never in it;
the notes only when the chair turned them on.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from intervisie_tui.messages import Lang, Msg, pick, say
from intervisie_tui.model.method import InbrengerState
from intervisie_tui.room.agenda import agenda_line
from intervisie_tui.room.follow import Followed
from intervisie_tui.session.events import Rating
from intervisie_tui.session.state import SessionState
from intervisie_tui.session.view import PhaseView, RoleView, TurnView, phase_view

#: Seconds the rules flash after a phase starts (the run screen's FLASH_SECONDS).
FLASH_SECONDS = 4.0

#: A JSON object as the page receives it.
Snapshot = dict[str, Any]


def waiting_snapshot(lang: Lang) -> Snapshot:
    """Before there is a meeting to show: the page says it waits."""
    return {"mode": "waiting", "message": say("room.waiting", lang)}


def _roles(state: SessionState, roles: tuple[RoleView, ...], lang: Lang) -> list[Snapshot]:
    shown = []
    for view in roles:
        try:
            role = state.method.role(view.role_id)
            name = pick(role.name, role.name_en, lang)
        except KeyError:
            name = view.role_name
        shown.append({"role": name, "names": ", ".join(view.names)})
    return shown


def _turn(turn: TurnView, item_en: str | None, lang: Lang) -> Snapshot:
    def mark(name: str) -> str:
        if name == turn.current:
            return "current"
        if name in turn.done:
            return "done"
        return "passed" if name in turn.passed else "waiting"

    item = None
    if turn.items and turn.item:
        item = say("ui.run.item", lang, items=turn.items, item=pick(turn.item, item_en, lang))
    return {
        "label": say("ui.run.turn", lang),
        "current": turn.current,
        "complete": say("ui.run.round_full", lang) if turn.round_complete else None,
        "order_label": say("ui.run.order", lang),
        "order": [{"name": name, "mark": mark(name)} for name in turn.order],
        "round": say("ui.run.round", lang, n=turn.round),
        "item": item,
    }


def _case_line(state: SessionState, lang: Lang) -> str | None:
    case, index = state.case, state.phase.case
    if case is None or index is None:
        return None
    repeat = state.method.repeat
    unit = say(f"ui.unit.{repeat.per.value}", lang) if repeat is not None else ""
    label = say("ui.run.case", lang, unit=unit.capitalize(), n=index + 1, m=len(state.cases))
    # The inbrenger may be chosen inside the method (#14): until then only the case's number;
    # the run screen's "choose with i" is the chair's, not the room's.
    return label if case.inbrenger is None else f"{label}: {case.inbrenger}"


def _next_line(state: SessionState, lang: Lang) -> str:
    following = state.next_index()
    if following is None:
        return say("ui.run.next_end", lang)
    step = state.phases[following].step
    planned = state.planned(following)
    if planned is None:
        length = say("ui.run.untimed", lang)
    else:
        whole = planned.total_seconds() / 60
        length = f"{int(whole) if whole.is_integer() else round(whole, 1)} min"
    return say("ui.run.next", lang, title=pick(step.title, step.title_en, lang), minutes=length)


def _mode(view: PhaseView) -> str:
    if view.finished:
        return "finished"
    if not view.started:
        return "ready"
    return "running" if view.running else "paused"


def room_snapshot(followed: Followed, at: datetime, lang: Lang, *, notes: bool) -> Snapshot:
    """The room's view of the meeting at wall time `at`, every text in `lang`.

    The clock travels as seconds left at `at` (`remaining`, negative in overtime) plus the
    seconds spent (`elapsed`); the browser counts on from them by its own clock until the next
    snapshot, so no second has to cross the network.
    """
    state = followed.state
    view = phase_view(state, at)
    step = state.phase.step
    warnings = [t for t in state.setup.warnings if t > 0]
    shown: Snapshot = {
        "mode": _mode(view),
        "phase": view.index,
        "entered": followed.entered_at.isoformat(),
        "phase_age": (at - followed.entered_at).total_seconds(),
        "flash_seconds": FLASH_SECONDS,
        "method": pick(state.method.title, state.method.title_en, lang),
        "step": say("ui.run.step", lang, n=view.number, m=view.total),
        "title": pick(step.title, step.title_en, lang),
        "description": pick(step.description, step.description_en, lang),
        "case": _case_line(state, lang),
        "question": view.question,
        "clock": {
            "remaining": view.remaining_seconds,
            "elapsed": view.elapsed_seconds,
            "running": view.running,
            "warning": max(warnings, default=0),
        },
        "paused": say("ui.run.paused", lang),
        "speaking_label": say("ui.run.speaking", lang),
        "speaking": _roles(state, view.speakers, lang),
        "listening_label": say("ui.run.listening", lang),
        "listening": _roles(state, view.listeners, lang),
        "inbrenger": None,
        "turn": None if view.turn is None else _turn(view.turn, step.turns.item_en, lang),
        "rules_label": say("ui.run.rules", lang),
        "rules": [pick(rule.reminder, rule.reminder_en, lang) for rule in view.rules],
        "next": _next_line(state, lang),
        "agenda": None,
        "message": None,
        "damage": None,
    }
    if view.inbrenger and view.inbrenger_state is not InbrengerState.not_applicable:
        doing = say(f"ui.inbrenger.{view.inbrenger_state.value}", lang)
        shown["inbrenger"] = f"{view.inbrenger}: {doing}"
    agenda = agenda_line(state, at)
    if agenda is not None:
        shown["agenda"] = say(agenda, lang)
    if view.finished:
        shown["message"] = say("room.finished", lang)
    elif not view.started:
        shown["message"] = say("room.ready", lang)
    if followed.damage is not None:
        shown["damage"] = say(Msg("room.damaged", line=followed.damage.line), lang)
    if notes:
        shown["notes_label"] = say("ui.run.notes", lang)
        shown["notes"] = [_note(note.text, note.rating, lang) for note in view.notes]
    return shown


def _note(text: str, rating: Rating | None, lang: Lang) -> str:
    if rating is None:
        return text
    return f"{text} · {say(f'ui.rating.{rating.value}', lang)}"
