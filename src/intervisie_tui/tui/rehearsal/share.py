"""Sharing a rehearsal with the group, from the debrief, only when the member chooses to.

A rehearsal for a group (`run ID --rehearse --group NAME`, or o on the groups screen) knows
whose it is and which group it is for; the debrief then offers one key that writes the
figures into the group's folder. Without that key nothing leaves the chair's own rehearsals
folder.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from intervisie_tui.messages import Lang, Msg

if TYPE_CHECKING:
    from intervisie_tui.rehearsal.debrief import Debrief

__all__ = ["ShareTarget", "share"]


@dataclass(frozen=True)
class ShareTarget:
    """Whose rehearsal this is and which group it may be shared with."""

    folder: Path
    group: str
    member: str


def share(
    debrief: Debrief, target: ShareTarget, day: dt.date, lang: Lang
) -> tuple[Path | None, Msg]:
    """Write the debrief's figures into the group: the file (None when it failed) and a line
    for the screen that says where it went or why not."""
    # The group's files are imported when the chair shares: a rehearsal's screen holds its
    # ShareTarget from the start, and its first frame needs none of them (bench/startup.py).
    from intervisie_tui.group.files import share_rehearsal
    from intervisie_tui.rehearsal.sharing import shared_rehearsal

    shared = shared_rehearsal(debrief, target.member, day, lang)
    try:
        path = share_rehearsal(target.folder, shared, lang)
    except OSError as error:
        reason = error.strerror or str(error)
        return None, Msg("rehearsal.share.failed", path=str(target.folder), reason=reason)
    return path, Msg("rehearsal.share.done", group=target.group, path=str(path))
