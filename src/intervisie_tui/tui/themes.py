"""The app's two looks: dark for a dim room, light and high-contrast for a lit one.

A projector in a lit meeting room washes out a dark screen: grey on black becomes a pale
smudge. The light theme is black on white with saturated, dark accents. The clock's own
colours follow the theme's light or dark mode (widgets/countdown.py).
"""

from __future__ import annotations

from textual.theme import Theme

from intervisie_tui.settings import Look

#: Textual's theme name for each look; dark is Textual's own.
THEME_NAMES: dict[Look, str] = {Look.dark: "textual-dark", Look.light: "intervisie-light"}

LIGHT = Theme(
    name=THEME_NAMES[Look.light],
    primary="#0a3d91",
    secondary="#5a2d82",
    accent="#005f5f",
    foreground="#000000",
    background="#ffffff",
    surface="#f3f5f9",
    panel="#dde3ee",
    warning="#9a4a00",
    error="#b00000",
    success="#006b1f",
    dark=False,
    variables={
        # Textual mixes the "muted" shades towards the background: pale on white, so the
        # panel borders and the secondary lines are set dark enough to read on a wall.
        "primary-muted": "#2a4d8f",
        "text-muted": "#3a3a3a",
        "foreground-muted": "#4a4a4a",
        # An input field's frame: white on white was invisible in the set-up form.
        "border-blurred": "#7a869a",
        "footer-key-foreground": "#0a3d91",
        "block-cursor-background": "#0a3d91",
        "block-cursor-foreground": "#ffffff",
    },
)


def theme_name(look: Look) -> str:
    """The Textual theme to set for `look`."""
    return THEME_NAMES[look]


def look_of(name: str) -> Look:
    """The look a Textual theme name stands for (any theme but ours counts as dark)."""
    return Look.light if name == THEME_NAMES[Look.light] else Look.dark
