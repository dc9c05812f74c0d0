"""The one page the room view serves, filled in with the meeting's language, and its CSP.

The page (page.html beside this module, shipped in the wheel) holds its own style and script:
no CDN, no web font, nothing fetched but its own update stream, so it works on a network
without internet. Its Content-Security-Policy allows exactly that page's script and style (by
their hashes), connections back to this server and its chimes, so even a name typed as HTML in
a journal could not run anything in a viewer's browser (the script sets names as text, never
HTML).
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from intervisie_tui.messages import Lang, say

#: The strings the script itself shows before or between snapshots.
LABEL_KEYS = {
    "offline": "room.offline",
    "waiting": "room.waiting",
    "untimed": "ui.run.untimed",
    "sound_on": "room.sound_on",
    "sound_hint": "room.sound_hint",
}


@dataclass(frozen=True)
class Page:
    """The page's bytes and the Content-Security-Policy that lets exactly them run."""

    body: bytes
    policy: str


def _hash(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


@cache
def _template() -> str:
    return files("intervisie_tui.room").joinpath("page.html").read_text(encoding="utf-8")


def _blocks(template: str, tag: str) -> list[str]:
    return re.findall(rf"<{tag}>(.*?)</{tag}>", template, flags=re.DOTALL)


@cache
def room_page(lang: Lang) -> Page:
    """The page in `lang`: its title and the script's own labels filled in, and its policy."""
    template = _template()
    labels = {name: say(key, lang) for name, key in LABEL_KEYS.items()}
    # Inside <script type="application/json">: "</" must not end the element early.
    data = json.dumps(labels, ensure_ascii=False).replace("</", "<\\/")
    body = (
        template.replace("__LANG__", lang.value)
        .replace("__TITLE__", html.escape(say("room.page_title", lang)))
        .replace("__LABELS__", data)
    )
    scripts = " ".join(_hash(block) for block in _blocks(template, "script"))
    styles = " ".join(_hash(block) for block in _blocks(template, "style"))
    policy = (
        "default-src 'none'; "
        f"script-src {scripts}; style-src {styles}; "
        "connect-src 'self'; img-src data:; media-src 'self'; "
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    )
    return Page(body.encode("utf-8"), policy)
