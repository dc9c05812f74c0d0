"""Reusable parts of the projected run screen: clock, rules, people, notes, timeline."""
