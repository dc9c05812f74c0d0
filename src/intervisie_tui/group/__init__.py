"""A group's trajectory over months: its folder of files, the meetings it ran, reflections.

Sits above the session (it records finished meetings) and beside rehearsal; never imports
textual, so the command line and any screen use the same code.
"""
