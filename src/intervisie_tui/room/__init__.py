"""The room view: a read-only web page of the running meeting for the wall and remote people.

It follows the meeting's journal (the chair's app is the only writer), turns it into what the
room should see (`snapshot.py`), and serves one self-contained page with live updates over
Server-Sent Events (`server.py`). It may import the session layer and the catalogue, never
textual or the chair's screens (import-linter checks this; see pyproject.toml).
"""
