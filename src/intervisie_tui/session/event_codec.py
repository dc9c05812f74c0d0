"""Reading journal lines back into events, validated by pydantic.

A journal may be old, hand-edited or damaged, so every line is checked against the event types
before replay trusts it; this is the only part of the session layer that needs pydantic.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, TypeAdapter

from intervisie_tui.session.events import Event

_EVENT_ADAPTER: TypeAdapter[Event] = TypeAdapter(Annotated[Event, Field(discriminator="type")])


def decode_event(line: str | bytes) -> Event:
    """One journal line as its event; raises pydantic.ValidationError on a bad line."""
    return _EVENT_ADAPTER.validate_json(line)
