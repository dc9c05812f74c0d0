"""The bundled method library against the team's reference (../shared/REFERENCE.md).

A chair trusts the countdown on the wall: if a method file says 15 minutes where the source says
10, the meeting runs wrong without anyone noticing. These tests read the reference's method table
(and its KOT protocol table) and hold every bundled method file to it, step by step, in order.
They also hold the library to what rehearsal and the projected screen need: clean validation,
incidents that point at a rule that is really active in their step, English titles, and no rule
that no step ever shows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from intervisie_tui.library import MODELINE, load_file
from intervisie_tui.model import Method, RepeatOrder, RepeatUnit, RoleKind, TotalScope, TurnMode
from intervisie_tui.model.english import is_bilingual, missing_english

REPO = Path(__file__).resolve().parent.parent
METHODS_DIR = REPO / "methods"
#: The team's reference lives in a shared/ folder beside the checkout; a worktree sits a level
#: or two deeper than the main checkout, so the nearest one above it counts.
REFERENCE = next(
    (
        folder / "shared" / "REFERENCE.md"
        for folder in REPO.parents
        if (folder / "shared" / "REFERENCE.md").is_file()
    ),
    REPO.parent / "shared" / "REFERENCE.md",
)

#: The 15 ids REFERENCE.md lists; parametrizing on a fixed list keeps every case visible even
#: when a method file does not exist yet (its case then fails, naming the missing file).
METHOD_IDS = [
    "kot",
    "vissenkom",
    "adviesrondes",
    "vijf-stappen",
    "tien-stappen",
    "roddelmethode",
    "dominante-ideeen",
    "clinic",
    "oplossingsgericht",
    "intuitief",
    "incident-roddel",
    "modelling",
    "socratisch",
    "balint",
    "collegiale-consultatie",
]

_NUMBER = r"\d+(?:\.\d+)?"


@dataclass(frozen=True)
class ReferenceRow:
    """One method as REFERENCE.md describes it."""

    id: str
    #: Minutes of the timed steps, in order.
    minutes: tuple[float, ...]
    #: Per timed step: marked '*' (optional) in the reference.
    optional: tuple[bool, ...]
    #: Positions where the reference notes an untimed step: after this many timed steps.
    untimed_after: tuple[int, ...]
    #: Minutes of the steps that repeat per topic/case, when the reference splits them off.
    repeated: tuple[float, ...] | None
    #: The seed's own total and whether it is per case/topic.
    total: float
    total_per: str | None


def _table_rows(lines: list[str], header_start: str) -> list[list[str]]:
    """Cells of the Markdown table whose header row starts with `header_start`."""
    starts = [index for index, line in enumerate(lines) if line.startswith(header_start)]
    assert starts, f"no table starting with {header_start!r} in {REFERENCE}"
    index = starts[0]
    rows = []
    for line in lines[index + 2 :]:  # skip the header and the |---| row
        if not line.startswith("|"):
            break
        rows.append([cell.strip() for cell in line.strip().strip("|").split("|")])
    return rows


def _kot_minutes(lines: list[str]) -> tuple[float, ...]:
    return tuple(float(row[1]) for row in _table_rows(lines, "| step | min |"))


def _parse_minutes(cell: str) -> tuple[list[float], list[bool], list[int]]:
    """Numbers with their '*' flags, and where a parenthesis notes an untimed step."""
    minutes: list[float] = []
    optional: list[bool] = []
    untimed_after: list[int] = []
    for match in re.finditer(rf"\(([^)]*)\)|({_NUMBER})(\*?)", cell):
        note, number, star = match.groups()
        if note is not None:
            if "untimed" in note:
                untimed_after.append(len(minutes))
            continue
        minutes.append(float(number))
        optional.append(star == "*")
    return minutes, optional, untimed_after


def parse_reference(text: str) -> dict[str, ReferenceRow]:
    """Every method row of REFERENCE.md's method table, keyed by id."""
    lines = text.splitlines()
    kot = _kot_minutes(lines)
    parsed: dict[str, ReferenceRow] = {}
    for cells in _table_rows(lines, "| id (suggested)"):
        method_id, _title, _section, minutes_cell, total_cell = cells
        repeated: tuple[float, ...] | None = None
        if "see below" in minutes_cell:
            minutes, optional, untimed = list(kot), [False] * len(kot), list[int]()
        else:
            minutes, optional, untimed = _parse_minutes(minutes_cell)
            if "per topic:" in minutes_cell:
                repeated = tuple(_parse_minutes(minutes_cell.split("per topic:", 1)[1])[0])
        total_match = re.match(rf"({_NUMBER})(?: per (case|topic))?", total_cell)
        assert total_match, f"no total in {total_cell!r} for {method_id}"
        parsed[method_id] = ReferenceRow(
            id=method_id,
            minutes=tuple(minutes),
            optional=tuple(optional),
            untimed_after=tuple(untimed),
            repeated=repeated,
            total=float(total_match.group(1)),
            total_per=total_match.group(2),
        )
    return parsed


@pytest.fixture(scope="module")
def reference() -> dict[str, ReferenceRow]:
    if not REFERENCE.is_file():
        pytest.skip(f"{REFERENCE} is not present (it lives beside the repository)")
    return parse_reference(REFERENCE.read_text(encoding="utf-8"))


def load_method(method_id: str) -> Method:
    """The bundled method, loaded by the real library loader; fails naming what is wrong."""
    path = METHODS_DIR / f"{method_id}.yaml"
    assert path.is_file(), f"{path.relative_to(REPO)} does not exist yet"
    result = load_file(path)
    assert result.method is not None, "\n".join(str(problem) for problem in result.problems)
    return result.method


# --- the parser itself, so a wrong parse cannot make the comparisons pass vacuously ---------


def test_reference_parser_reads_all_fifteen_methods_and_the_kot_table(
    reference: dict[str, ReferenceRow],
) -> None:
    assert list(reference) == METHOD_IDS
    assert reference["kot"].minutes == (2, 2, 3.5, 1.5, 4.5, 1.5)
    assert reference["adviesrondes"].minutes == (5, 5, 3, 3, 3, 1)
    assert reference["adviesrondes"].repeated == (5, 3, 3, 3, 1)
    assert reference["socratisch"].optional.count(True) == 2
    assert reference["balint"].untimed_after == (3,)
    assert (reference["kot"].total, reference["kot"].total_per) == (15, "case")


def test_parse_minutes_handles_stars_notes_and_decimals() -> None:
    minutes, optional, untimed = _parse_minutes("5 10* 3.5 (chair chosen, untimed) 1")
    assert minutes == [5, 10, 3.5, 1]
    assert optional == [False, True, False, False]
    assert untimed == [3]


# --- every method against the reference -----------------------------------------------------


@pytest.mark.parametrize("method_id", METHOD_IDS)
def test_timed_step_minutes_match_reference(
    method_id: str, reference: dict[str, ReferenceRow]
) -> None:
    method = load_method(method_id)
    expected = reference[method_id]
    timed = [step for step in method.steps if step.minutes is not None]
    assert tuple(step.minutes for step in timed) == expected.minutes
    assert tuple(step.optional for step in timed) == expected.optional, "optional ('*') steps"
    for after in expected.untimed_after:
        between = method.steps[
            method.steps.index(timed[after - 1]) + 1 : method.steps.index(timed[after])
        ]
        assert any(step.minutes is None for step in between), (
            f"REFERENCE.md notes an untimed step after timed step {after}"
        )


@pytest.mark.parametrize("method_id", METHOD_IDS)
def test_declared_total_is_the_seeds_own(
    method_id: str, reference: dict[str, ReferenceRow]
) -> None:
    method = load_method(method_id)
    expected = reference[method_id]
    assert method.total is not None, "declare the seed's own total"
    assert method.total.minutes == expected.total
    if expected.total_per is None:
        assert method.total.scope is TotalScope.method
        return
    assert method.total.scope is TotalScope.repeat
    assert method.repeat is not None
    assert method.repeat.per is RepeatUnit(expected.total_per)
    repeated = tuple(step.minutes for step in method.repeated_steps)
    if expected.repeated is not None:
        assert repeated == expected.repeated
    assert sum(step or 0 for step in repeated) == expected.total


# --- what the projected screen and rehearsal need -------------------------------------------


@pytest.mark.parametrize("method_id", METHOD_IDS)
def test_validates_with_no_problem_not_even_a_warning(method_id: str) -> None:
    path = METHODS_DIR / f"{method_id}.yaml"
    assert path.is_file(), f"{path.relative_to(REPO)} does not exist yet"
    assert path.read_text(encoding="utf-8").split("\n", 1)[0] == MODELINE
    result = load_file(path)
    unexpected = [str(problem) for problem in result.problems]
    assert result.method is not None
    assert unexpected == []


@pytest.mark.parametrize("method_id", METHOD_IDS)
def test_incidents_break_a_rule_active_in_their_step(method_id: str) -> None:
    method = load_method(method_id)
    assert len(method.incidents) >= 3
    for incident in method.incidents:
        step = method.step(incident.step)
        assert incident.rule in step.rules, (
            f"incident '{incident.id}' breaks '{incident.rule}', which step '{step.id}' "
            f"does not show"
        )
        assert len(incident.weaker) == 2, f"incident '{incident.id}': two weaker responses"


@pytest.mark.parametrize("method_id", METHOD_IDS)
def test_every_rule_is_shown_in_at_least_one_step(method_id: str) -> None:
    method = load_method(method_id)
    shown = {rule_id for step in method.steps for rule_id in step.rules}
    assert [rule.id for rule in method.rules if rule.id not in shown] == []


@pytest.mark.parametrize("method_id", METHOD_IDS)
def test_english_titles_and_reminders_are_translations(method_id: str) -> None:
    method = load_method(method_id)
    assert [rule.id for rule in method.rules if rule.reminder_en == rule.reminder] == []
    untranslated = [step.title for step in method.steps if step.title_en == step.title]
    # A few titles are the same word in both languages ("Start"); a copied file is not.
    assert len(untranslated) * 2 < len(method.steps), untranslated


@pytest.mark.parametrize("method_id", METHOD_IDS)
def test_every_step_gives_the_chair_opening_words(method_id: str) -> None:
    method = load_method(method_id)
    assert [step.id for step in method.steps if step.opening is None] == []


# --- the two repeating methods ---------------------------------------------------------------


def test_kot_repeats_every_step_per_case_four_cases_an_hour() -> None:
    method = load_method("kot")
    assert method.repeat is not None
    assert method.repeated_steps == method.steps
    assert method.repeat.per is RepeatUnit.case
    assert method.repeat.default_count * method.computed_minutes == 60


def test_kot_question_round_is_one_solution_focused_question_each() -> None:
    method = load_method("kot")
    asking = [step for step in method.steps if "een-vraag" in step.rules]
    assert len(asking) == 1
    step = asking[0]
    assert (step.turns.mode, step.turns.items, step.turns.item) == (TurnMode.round, 1, "vraag")
    assert "geen-advies" in step.rules
    text = " ".join(step.questions).lower()
    for kind in ("werkt", "schaal van 0 tot 10", "wonder", "minder"):
        assert kind in text, f"KOT questions lack the '{kind}' question type"


def test_adviesrondes_repeats_topic_steps_by_importance() -> None:
    method = load_method("adviesrondes")
    assert method.repeat is not None
    assert method.repeat.per is RepeatUnit.topic
    assert method.repeat.order is RepeatOrder.importance
    assert method.steps[0] not in method.repeated_steps
    assert len(method.repeated_steps) == len(method.steps) - 1


# --- rehearsal incidents: enough of them, of the kinds a chair meets, in both languages ------


def _last_required_step(method: Method) -> str:
    return [step.id for step in method.steps if not step.optional][-1]


@pytest.mark.parametrize("method_id", METHOD_IDS)
def test_eight_incidents_in_both_languages(method_id: str) -> None:
    method = load_method(method_id)
    assert len(method.incidents) >= 8
    assert [i.id for i in method.incidents if not i.text_en or i.text_en == i.text] == []


@pytest.mark.parametrize("method_id", METHOD_IDS)
def test_incidents_include_the_chair_the_inbrenger_and_the_closing_step(method_id: str) -> None:
    """A chair tempted to join in, an inbrenger who is moved, and a closing that overruns."""
    method = load_method(method_id)
    kinds = {incident.id: method.role(incident.who).kind for incident in method.incidents}
    assert RoleKind.chair in kinds.values(), "no incident where the chair is tempted to join in"
    if any(role.kind is RoleKind.inbrenger for role in method.roles):
        assert RoleKind.inbrenger in kinds.values(), "no incident for the inbrenger"
    last = _last_required_step(method)
    assert any(incident.step == last for incident in method.incidents), (
        f"no incident in the closing step '{last}', where groups overrun"
    )


#: Issue #16: per method, the incident a rehearsing chair meets for each of the four situations
#: every method must rehearse. An incident counts only if that situation is what happens in it.
#: None: the method has no role that could be in that situation (Vissenkom has no inbrenger).
SILENT, MOVED, OVERRUN, CHAIR = "silent member", "emotional inbrenger", "overrun", "chair"
SITUATIONS: dict[str, dict[str, str | None]] = {
    "kot": {
        SILENT: "collega-past",
        MOVED: "inbrenger-schiet-vol",
        OVERRUN: "groep-reageert-op-eerste-stap",
        CHAIR: "voorzitter-ziet-de-oplossing",
    },
    "vissenkom": {
        SILENT: "stil-lid-binnengroep",
        MOVED: None,
        OVERRUN: "evaluatie-loopt-uit",
        CHAIR: "voorzitter-weet-het-antwoord",
    },
    "adviesrondes": {
        SILENT: "adviseur-klapt-dicht",
        MOVED: "inbrenger-emotioneel",
        OVERRUN: "adviseurs-lichten-toe",
        CHAIR: "begeleider-wil-adviseren",
    },
    "vijf-stappen": {
        SILENT: "groepslid-zonder-advies",
        MOVED: "inbrenger-geraakt-door-definitie",
        OVERRUN: "evaluatie-casus-opnieuw",
        CHAIR: "voorzitter-eigen-advies",
    },
    "tien-stappen": {
        SILENT: "geen-vragen-opgeschreven",
        MOVED: "inbrenger-geraakt-bij-antwoord",
        OVERRUN: "evaluatie-nieuwe-adviezen",
        CHAIR: "voorzitter-scherpt-definitie-aan",
    },
    "roddelmethode": {
        SILENT: "groepslid-vraagt-niets",
        MOVED: "inbrenger-loopt-weg",
        OVERRUN: "evaluatie-roddelt-door",
        CHAIR: "voorzitter-wil-meeroddelen",
    },
    "dominante-ideeen": {
        SILENT: "groepslid-zwijgt",
        MOVED: "inbrenger-geraakt-door-flap",
        OVERRUN: "evaluatie-nieuwe-ideeen",
        CHAIR: "voorzitter-heeft-alternatief",
    },
    "clinic": {
        SILENT: "durft-niet-te-spelen",
        MOVED: "inbrenger-raakt-ontdaan",
        OVERRUN: "evaluatie-wordt-nieuwe-ronde",
        CHAIR: "voorzitter-wil-meespelen",
    },
    "oplossingsgericht": {
        SILENT: "geen-compliment-paraat",
        MOVED: "inbrenger-herkent-zich-niet",
        OVERRUN: "evaluatie-nieuwe-tips",
        CHAIR: "voorzitter-ziet-een-hulpbron",
    },
    "intuitief": {
        SILENT: "geen-voorkeur",
        MOVED: "inbrenger-trekt-zich-terug",
        OVERRUN: "evaluatie-wordt-nabespreking",
        CHAIR: "voorzitter-heeft-een-impuls",
    },
    "incident-roddel": {
        SILENT: "geen-advies-paraat",
        MOVED: "inbrenger-breekt-buiten-kring",
        OVERRUN: "evaluatie-tweede-roddelronde",
        CHAIR: "voorzitter-roddelt-mee",
    },
    "modelling": {
        SILENT: "partner-schrijft-niets",
        MOVED: "inbrenger-ziet-zichzelf-niet",
        OVERRUN: "evaluatie-flappen-opnieuw",
        CHAIR: "gespreksleider-schrijft-mee",
    },
    "socratisch": {
        SILENT: "luisteraar-past",
        MOVED: "protagonist-schiet-vol",
        OVERRUN: "reacties-op-herorientatie",
        CHAIR: "gespreksleider-heeft-een-mening",
    },
    "balint": {
        SILENT: "niets-te-delen",
        MOVED: "casusinbrenger-overmand",
        OVERRUN: "delen-loopt-uit",
        CHAIR: "gespreksleider-heeft-een-vraag",
    },
    "collegiale-consultatie": {
        SILENT: "vakgenoot-past-steeds",
        MOVED: "inbrenger-voelt-zich-aangevallen",
        OVERRUN: "evaluatie-wordt-inhoud",
        CHAIR: "voorzitter-mist-het-punt",
    },
}
#: Methods whose table still lacks a situation, with what is missing; their case must fail.
SITUATION_GAPS: dict[str, str] = {}
_GROUP_KINDS = {RoleKind.members, RoleKind.inner_group, RoleKind.outer_group, RoleKind.everyone}


def test_the_situation_table_covers_every_method() -> None:
    assert list(SITUATIONS) == METHOD_IDS
    assert all(set(row) == {SILENT, MOVED, OVERRUN, CHAIR} for row in SITUATIONS.values())


@pytest.mark.parametrize(
    "method_id",
    [
        pytest.param(
            method_id, marks=pytest.mark.xfail(strict=True, reason=SITUATION_GAPS[method_id])
        )
        if method_id in SITUATION_GAPS
        else method_id
        for method_id in METHOD_IDS
    ],
)
def test_incidents_rehearse_the_four_situations_of_issue_16(method_id: str) -> None:
    """A silent member, a moved inbrenger, an overrunning evaluation and a chair tempted to join.

    Each named incident exists and is the right person at the right moment: the silent one is a
    group member, the moved one is the inbrenger, the overrun happens in the closing step and is
    the group's doing, and the tempted one is the chair.
    """
    method = load_method(method_id)
    incidents = {incident.id: incident for incident in method.incidents}
    situations = SITUATIONS[method_id]
    missing = {
        name: id_ for name, id_ in situations.items() if id_ is not None and id_ not in incidents
    }
    assert not missing, f"no such incident in {method_id}: {missing}"

    def kind(situation: str) -> RoleKind | None:
        id_ = situations[situation]
        return None if id_ is None else method.role(incidents[id_].who).kind

    assert kind(SILENT) in _GROUP_KINDS, f"the silent one is not a group member: {kind(SILENT)}"
    if situations[MOVED] is None:
        assert all(role.kind is not RoleKind.inbrenger for role in method.roles), (
            "the method has an inbrenger, so an incident where the inbrenger is moved is due"
        )
    else:
        assert kind(MOVED) is RoleKind.inbrenger, (
            f"the moved one is not the inbrenger: {kind(MOVED)}"
        )
    overrun = situations[OVERRUN]
    assert overrun is not None, "every method closes, so the group can overrun its closing"
    assert incidents[overrun].step == _last_required_step(method), (
        "the overrun is not in the closing step"
    )
    assert kind(OVERRUN) in _GROUP_KINDS, f"the overrun is not the group's doing: {kind(OVERRUN)}"
    assert kind(CHAIR) is RoleKind.chair, f"the tempted one is not the chair: {kind(CHAIR)}"


@pytest.mark.parametrize("method_id", METHOD_IDS)
def test_whoever_breaks_a_rule_is_in_the_room_for_that_step(method_id: str) -> None:
    """The rule breaker speaks or listens in that step, or is the chair guarding it."""
    method = load_method(method_id)
    for incident in method.incidents:
        step = method.step(incident.step)
        present = {*step.speakers, *step.listeners}
        assert incident.who in present or method.role(incident.who).kind is RoleKind.chair, (
            f"incident '{incident.id}': '{incident.who}' neither speaks nor listens in '{step.id}'"
        )


@pytest.mark.parametrize("method_id", METHOD_IDS)
def test_the_good_response_is_not_simply_the_longest(method_id: str) -> None:
    """A rehearsing chair who always picks the longest answer must not score full marks."""
    method = load_method(method_id)
    outdone = [
        incident.id
        for incident in method.incidents
        if any(len(weaker.text) > len(incident.good.text) for weaker in incident.weaker)
    ]
    assert len(outdone) * 4 >= len(method.incidents), (
        f"only {outdone} have a weaker answer longer than the good one"
    )


# --- English for every prose field, and when to choose the method ----------------------------


@pytest.mark.parametrize("method_id", METHOD_IDS)
def test_every_prose_field_has_its_english_twin(method_id: str) -> None:
    """`check` prints no 'has no English' warning for the bundled library."""
    method = load_method(method_id)
    assert is_bilingual(method)
    gaps = [".".join(map(str, finding.loc)) for finding in missing_english(method)]
    assert gaps == []
    result = load_file(METHODS_DIR / f"{method_id}.yaml")
    untranslated = ("check.no_english", "check.more_no_english")
    assert [str(p) for p in result.problems if p.message.key in untranslated] == []


@pytest.mark.parametrize("method_id", METHOD_IDS)
def test_each_method_says_when_to_choose_it(method_id: str) -> None:
    method = load_method(method_id)
    fit = method.fit
    assert fit is not None, "add a fit: block (kind of case, group size, what to prepare)"
    assert fit.questions, "name the kinds of question the method suits"
    assert fit.group_min is not None and fit.group_max is not None
    assert fit.prepare and fit.prepare_en and fit.when and fit.when_en
