"""The drill on the real session engine: incidents fire, answers are judged, timing is kept."""

from __future__ import annotations

import pytest
from scripted_chair import good, play, silent, weak

from intervisie_tui.messages import Lang, Msg, say
from intervisie_tui.model import Method
from intervisie_tui.rehearsal.debrief import debrief_markdown, rehearsal_report
from intervisie_tui.rehearsal.drill import Feedback, Prompt, Rehearsal
from intervisie_tui.rehearsal.scoring import RESPONSE_LIMIT_SECONDS, Outcome, TimingFault
from intervisie_tui.rehearsal.script import IncidentKind
from intervisie_tui.session.clock import FakeClock
from intervisie_tui.session.state import CommandRejected


def make(method: Method, seed: int = 42, speed: float = 20) -> tuple[Rehearsal, FakeClock]:
    clock = FakeClock()
    return Rehearsal(method, seed=seed, speed=speed, base_clock=clock), clock


def test_first_incident_fires_at_its_moment_and_holds_method_time(kot: Method) -> None:
    rehearsal, clock = make(kot)
    rehearsal.start()
    rehearsal.next_phase()  # leaving after 0 s: too early, but allowed
    rehearsal.next_phase()
    first = rehearsal.script.for_phase(2)[0]
    assert rehearsal.tick() is None
    clock.advance(first.offset_seconds / 20 - 0.05)
    assert rehearsal.tick() is None
    clock.advance(0.05)
    prompt = rehearsal.tick()
    assert isinstance(prompt, Prompt) and prompt.incident == first
    assert prompt.still_waiting is None
    assert prompt.incident.who == f"{first.who_name} (Collega's)"
    held_at = rehearsal.session.elapsed()
    clock.advance(10)  # the chair thinks for ten real seconds
    assert rehearsal.session.elapsed() == pytest.approx(held_at)
    assert prompt.seconds_left(rehearsal.real_now()) == pytest.approx(RESPONSE_LIMIT_SECONDS - 10)
    with pytest.raises(CommandRejected) as refused:
        rehearsal.next_phase()
    assert refused.value.message == Msg("rehearsal.choose_first")
    feedback = rehearsal.answer(first.good.number)
    assert feedback.result.outcome is Outcome.good
    assert feedback.result.response_seconds == pytest.approx(10)
    assert say(feedback.rule).startswith(f"Regel: {first.rule_reminder}: ")
    clock.advance(1)
    assert rehearsal.session.elapsed() == pytest.approx(held_at + 20)


def test_an_unanswered_prompt_expires_after_the_real_time_limit(kot: Method) -> None:
    rehearsal, clock = make(kot)
    rehearsal.start()
    rehearsal.next_phase()
    rehearsal.next_phase()
    clock.advance(60)
    assert isinstance(rehearsal.tick(), Prompt)
    clock.advance(RESPONSE_LIMIT_SECONDS - 0.5)
    assert rehearsal.tick() is None
    clock.advance(0.5)
    feedback = rehearsal.tick()
    assert isinstance(feedback, Feedback)
    assert feedback.result.outcome is Outcome.missed
    assert feedback.headline == Msg("rehearsal.feedback.missed")
    assert say(feedback.headline).startswith("Te laat")
    assert rehearsal.prompt is None


def test_an_answer_that_is_no_option_keeps_the_prompt_open(kot: Method) -> None:
    rehearsal, clock = make(kot)
    rehearsal.start()
    rehearsal.next_phase()
    rehearsal.next_phase()
    clock.advance(60)
    rehearsal.tick()
    with pytest.raises(ValueError, match="no option 7"):
        rehearsal.answer(7)
    assert rehearsal.prompt is not None


def test_time_up_names_who_still_waits_and_is_dropped_when_the_round_is_complete(
    kot: Method,
) -> None:
    rehearsal, clock = make(kot)
    rehearsal.start()
    rehearsal.next_phase()
    rehearsal.next_phase()
    rehearsal.next_phase()  # complimenten, case 1: 90 s, one incident at 45 s
    order = rehearsal.state.turn_order
    rehearsal.session.next_turn()
    clock.advance(45 / 20)
    assert isinstance(rehearsal.tick(), Prompt)
    rehearsal.answer(1)
    clock.advance(45 / 20)
    time_up = rehearsal.tick()
    assert isinstance(time_up, Prompt)
    assert time_up.incident.kind is IncidentKind.time_up
    assert time_up.waiting == order[1:]
    assert time_up.still_waiting == Msg("rehearsal.still_waiting", names=", ".join(order[1:]))
    assert say(time_up.still_waiting, "en").startswith("Still waiting for a turn: ")
    rehearsal.answer(time_up.incident.good.number)
    rehearsal.next_phase()  # suggesties: complete the round in time
    for _ in rehearsal.state.turn_order:
        rehearsal.session.next_turn()
    clock.advance(135 / 20)
    assert isinstance(rehearsal.tick(), Prompt)  # the inbrenger defends
    rehearsal.answer(1)
    clock.advance(135 / 20)
    assert rehearsal.tick() is None  # the round is complete: no time-up moment
    rehearsal.next_phase()
    keys = {r.incident.key: r.outcome for r in rehearsal.results}
    assert "tijd-om@4" not in keys
    timings = {t.phase_index: t for t in rehearsal.timings}
    assert timings[3].round_complete is False
    assert timings[4].round_complete is True


def test_good_chair_scores_full_marks_on_kot(kot: Method) -> None:
    rehearsal, clock = make(kot)
    played = play(rehearsal, clock, answer=good)
    card = rehearsal.debrief().card
    authored = [i for i in rehearsal.script.incidents if i.kind is IncidentKind.authored]
    assert card.counts.good == len(authored) == 4 * 4  # 2 + 1 + 1 per case, four cases
    assert card.counts.not_reached == card.counts.missed == 0
    assert card.total.percent == 100
    assert card.timing.judged == 24 and card.timing.on_time == 24
    assert all(f.result.outcome is Outcome.good for f in played.feedback)


def test_weak_hasty_chair_loses_points_where_expected(kot: Method) -> None:
    rehearsal, clock = make(kot)
    play(rehearsal, clock, answer=weak, stay=lambda i: 0.5, turns=False)
    card = rehearsal.debrief().card
    timing = card.timing
    assert timing.too_early == 24  # every phase left at half its time
    rounds = 3 * 4
    assert timing.round_forgotten == rounds
    assert timing.on_time == 0
    # At half time only incidents at or before the middle happen: at 0.2, 0.4 (questions),
    # 0.5 (compliments, suggestions); "at 0.6" incidents never come.
    reached = [r for r in rehearsal.results if r.scored]
    assert all(r.incident.offset_seconds <= 0.5 * 270 for r in reached)
    assert card.counts.weak == len(reached)
    assert card.incidents.points == len(reached)
    assert card.incidents.percent == 50


def test_a_silent_chair_misses_everything_and_the_debrief_says_what_to_do(kot: Method) -> None:
    rehearsal, clock = make(kot)
    play(rehearsal, clock, answer=silent, turns=False)
    debrief = rehearsal.debrief()
    card = debrief.card
    assert card.incidents.points == 0
    assert card.counts.missed == len(card.not_good) > 0
    text = debrief_markdown(debrief)
    for result in card.not_good:
        assert result.incident.good.text.split()[0] in text
    assert "## Gemiste incidenten en de betere reactie" in text
    assert f"geen keuze binnen {RESPONSE_LIMIT_SECONDS:g} seconden" in text
    # every round phase ran out of time with people still waiting and the round was left open
    assert card.timing.round_forgotten == 12
    time_rule = next(rule for rule in card.rules if rule.rule_id == "tijd-en-beurten")
    assert time_rule.counts.missed == 12
    english = debrief_markdown(debrief, Lang.en)
    assert english.startswith(f"# Rehearsal debrief: {kot.title_en}")
    assert "## Missed incidents and the better response" in english
    assert f"no choice within {RESPONSE_LIMIT_SECONDS:g} seconds — *too late*" in english
    assert "# Rehearsal — Intervision report: " in english
    for dutch in ("Gemiste", "Tijdsdiscipline", "Verslag", "te laat", "hele groep", "Casus 1"):
        assert dutch not in english, dutch


def test_far_over_is_caught(kot: Method) -> None:
    rehearsal, clock = make(kot)
    play(rehearsal, clock, stay=lambda i: 1.5 if i == 0 else 1.0)
    card = rehearsal.debrief().card
    assert card.phases[0].faults == (TimingFault.far_over,)
    assert card.timing.far_over == 1 and card.timing.on_time == 23


def test_same_seed_gives_the_same_rehearsal_and_debrief(kot: Method) -> None:
    texts = []
    for _ in range(2):
        rehearsal, clock = make(kot, seed=7)
        play(rehearsal, clock, answer=weak)
        texts.append(debrief_markdown(rehearsal.debrief()))
    assert texts[0] == texts[1]
    other, clock = make(kot, seed=8)
    play(other, clock, answer=weak)
    assert debrief_markdown(other.debrief()) != texts[0]


def test_the_report_is_the_session_report_marked_as_rehearsal(kot: Method) -> None:
    rehearsal, clock = make(kot)
    play(rehearsal, clock)
    debrief = rehearsal.debrief()
    report = rehearsal_report(debrief.state, debrief.seed, debrief.speed)
    assert report in debrief_markdown(debrief)
    assert report.startswith("# Oefening — Verslag intervisie: KOT-intervisiemodel")
    assert "## Aanwezigheid" in report
    assert "## Casus 4:" in report
    assert "gesimuleerd (oefening 42)" in report
