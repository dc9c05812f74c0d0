"""The drill on a fake clock: the room speaks, the chair notices (or not), the debrief counts.

These are the behaviours #17 asks for: with a fixed seed some lines are fine and some breach a
rule; intervening on a fine line is a false alarm and counts; a breach that passes unnoticed is
missed and the debrief shows the moment; every phase waits for the opening words.
"""

from __future__ import annotations

from scripted_chair import breaches, deaf, good, play, undecided, weak

from intervisie_tui.messages import Lang
from intervisie_tui.model import Method
from intervisie_tui.rehearsal.debrief import rehearsal_report
from intervisie_tui.rehearsal.debrief_text import debrief_markdown
from intervisie_tui.rehearsal.drill import Heard, Prompt, Rehearsal
from intervisie_tui.rehearsal.scoring import NOTICE_SECONDS, FalseAlarm, Outcome
from intervisie_tui.session.clock import FakeClock

SEED = 7


def drill(method: Method, clock: FakeClock, seed: int = SEED, speed: float = 6) -> Rehearsal:
    return Rehearsal(method, seed=seed, speed=speed, base_clock=clock)


def listen_until(rehearsal: Rehearsal, clock: FakeClock, wanted) -> Heard:  # type: ignore[no-untyped-def]
    """Tick a quarter second at a time until a line `wanted` picks is said in this phase."""
    for _ in range(4000):
        for heard in rehearsal.tick():
            if wanted(heard):
                return heard
        clock.advance(0.25)
    raise AssertionError("no such line in this phase")


def test_a_fixed_seed_room_says_fine_lines_and_breaches(kot: Method) -> None:
    clock = FakeClock()
    rehearsal = drill(kot, clock)
    played = play(rehearsal, clock, notice=deaf)
    fine = [h for h in played.heard if h.line.breach is None]
    breached = [h for h in played.heard if h.line.breach is not None]
    assert breached and len(fine) > 2 * len(breached)  # most of what is said is fine
    # every line has a speaker or is a scene, and says something in both languages
    for heard in played.heard:
        assert heard.text(Lang.nl) and heard.text(Lang.en)
    # the chair never intervened: every breach said is missed, with its moment
    card = rehearsal.debrief().card
    assert card.counts.missed == len(breached) and card.counts.noticed == 0
    assert all(r.said_at is not None for r in rehearsal.results if r.outcome is Outcome.missed)


def test_each_phase_waits_for_the_opening_words_with_time_still(kot: Method) -> None:
    clock = FakeClock()
    rehearsal = drill(kot, clock)
    rehearsal.start()
    assert rehearsal.awaiting_opening
    clock.advance(60)  # a minute of reading the cue card aloud
    assert rehearsal.session.elapsed() == 0
    assert rehearsal.tick() == ()  # nobody talks over the chair
    assert rehearsal.opening_said()
    assert not rehearsal.opening_said()  # once is enough
    clock.advance(10)
    assert rehearsal.session.elapsed() == 60  # ten real seconds at speed 6
    rehearsal.next_phase()
    assert rehearsal.awaiting_opening and rehearsal.session.elapsed() == 0


def test_the_default_speed_gives_a_two_minute_phase_twenty_real_seconds(kot: Method) -> None:
    clock = FakeClock()
    rehearsal = Rehearsal(kot, seed=SEED, base_clock=clock)  # default speed
    rehearsal.start()
    rehearsal.opening_said()
    assert rehearsal.state.planned(0).total_seconds() == 120  # type: ignore[union-attr]
    clock.advance(19.9)
    remaining = rehearsal.session.remaining()
    assert remaining is not None and remaining > 0


def test_intervening_on_a_fine_line_is_a_false_alarm_that_counts(kot: Method) -> None:
    clock = FakeClock()
    rehearsal = drill(kot, clock)
    rehearsal.start()
    rehearsal.opening_said()
    heard = listen_until(rehearsal, clock, lambda h: h.line.breach is None)
    outcome = rehearsal.intervene()
    assert isinstance(outcome, FalseAlarm)
    assert outcome.line == heard.line and outcome.speaker == heard.speaker
    assert rehearsal.prompt is None  # no options: there was nothing to set right
    rehearsal.finish()
    card = rehearsal.debrief().card
    assert card.counts.false_alarms == 1 and card.false_alarms == (outcome,)
    assert card.phases[0].counts.false_alarms == 1
    # counted against each rule she was guarding in that phase, by rule
    in_force = set(kot.steps[0].rules)
    assert in_force and {r.rule_id for r in card.rules if r.counts.false_alarms == 1} == in_force
    text = debrief_markdown(rehearsal.debrief(), Lang.en)
    assert heard.text(Lang.en) in text


def test_noticing_a_breach_opens_the_options_and_times_the_reaction(kot: Method) -> None:
    clock = FakeClock()
    rehearsal = drill(kot, clock)
    rehearsal.start()
    while True:  # on to the first phase with a breach
        rehearsal.opening_said()
        if any(line.breach for line in rehearsal.script.for_phase(rehearsal.state.index)):
            break
        rehearsal.next_phase()
    heard = listen_until(rehearsal, clock, lambda h: h.line.breach is not None)
    clock.advance(3.5)
    elapsed = rehearsal.session.elapsed()
    prompt = rehearsal.intervene()
    assert isinstance(prompt, Prompt) and prompt.heard == heard
    assert prompt.reaction_seconds == 3.5
    clock.advance(10)
    assert rehearsal.session.elapsed() == elapsed  # method time stands still while she chooses
    feedback = rehearsal.answer(prompt.incident.good.number)
    assert feedback.result.outcome is Outcome.good and feedback.result.reaction_seconds == 3.5
    assert feedback.rule == prompt.incident.rule_reminder  # the rule is named only now


def test_a_breach_left_longer_than_the_window_is_missed(kot: Method) -> None:
    clock = FakeClock()
    rehearsal = drill(kot, clock)
    rehearsal.start()
    while not any(line.breach for line in rehearsal.script.for_phase(rehearsal.state.index)):
        rehearsal.next_phase()
    rehearsal.opening_said()
    heard = listen_until(rehearsal, clock, lambda h: h.line.breach is not None)
    clock.advance(NOTICE_SECONDS + 0.5)
    rehearsal.tick()
    assert heard.line.breach is not None
    result = next(r for r in rehearsal.results if r.incident.key == heard.line.breach.key)
    assert result.outcome is Outcome.missed and result.said_at == heard.said_at


def test_a_perfect_chair_notices_everything_and_scores_full_marks(kot: Method) -> None:
    clock = FakeClock()
    rehearsal = drill(kot, clock)
    played = play(rehearsal, clock, notice=breaches, answer=good)
    card = rehearsal.debrief().card
    assert played.prompts and not played.alarms
    assert card.counts.noticed == card.counts.said == len(played.prompts)
    assert card.counts.missed == 0 and card.counts.false_alarms == 0
    assert card.incidents.percent == 100
    assert card.reaction == 2.0


def test_weak_and_undecided_answers_earn_one_point_each(kot: Method) -> None:
    for answer, outcome in ((weak, Outcome.weak), (undecided, Outcome.undecided)):
        clock = FakeClock()
        rehearsal = drill(kot, clock)
        played = play(rehearsal, clock, answer=answer)
        assert {f.result.outcome for f in played.feedback} == {outcome}
        card = rehearsal.debrief().card
        assert card.incidents.points == card.counts.said


def test_same_seed_gives_the_same_rehearsal_and_debrief(kot: Method) -> None:
    texts = []
    for _ in range(2):
        clock = FakeClock()
        rehearsal = drill(kot, clock, seed=11)
        play(rehearsal, clock)
        texts.append(debrief_markdown(rehearsal.debrief()))
    assert texts[0] == texts[1]
    other = drill(kot, FakeClock(), seed=12)
    assert other.script != drill(kot, FakeClock(), seed=11).script


def test_the_report_is_the_session_report_marked_as_rehearsal(kot: Method) -> None:
    clock = FakeClock()
    rehearsal = drill(kot, clock)
    play(rehearsal, clock)
    report = rehearsal_report(rehearsal.state, SEED, 6)
    assert report.startswith("# Oefening — Verslag intervisie")
    clock = FakeClock()
    in_english = Rehearsal(kot, seed=SEED, speed=6, base_clock=clock, lang=Lang.en)
    play(in_english, clock)
    english = rehearsal_report(in_english.state, SEED, 6, Lang.en)
    assert english.startswith("# Rehearsal — ") and "Practice case 1" in english
    assert "Oefen" not in english and "Jij" not in english
