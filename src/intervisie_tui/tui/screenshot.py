"""The palette's screenshot, told in the chair's language.

Textual's `deliver_screenshot` says "Saved screenshot to ..." in English when it is done; the
same public delivery (`App.deliver_text`) under our own name lets the app say it in Dutch or
English (`DeliveryComplete` and `DeliveryFailed` carry the name back).
"""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path
from typing import Any

from textual.app import App

#: The name the delivery carries back, so the app knows the file is its screenshot.
SCREENSHOT = "intervisie-tui-screenshot"


def deliver_screenshot_svg(app: App[Any], folder: Path | None, now: datetime) -> str | None:
    """Save the screen as an SVG file in `folder` (None: Textual's choice, the downloads
    folder), named by the meeting's clock; the delivery key (None where it cannot be sent)."""
    name = f"intervisie-tui {now:%Y-%m-%d %H%M%S}.svg"
    return app.deliver_text(
        io.StringIO(app.export_screenshot()),
        save_directory=folder,
        save_filename=name,
        open_method="browser",
        mime_type="image/svg+xml",
        name=SCREENSHOT,
    )
