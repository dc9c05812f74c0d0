"""Solo rehearsal: a chair practises leading a method on the real session engine.

Nothing here imports textual: the drill (incidents, timing, scoring, debrief) is pure logic on
top of `intervisie_tui.session`, so it can be tested at full speed and shown by any front end.
"""
