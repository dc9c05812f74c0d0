"""The method model: what a method file means, with no I/O and no textual.

Everything above this layer (library, session, rehearsal, tui) reads methods only through these
frozen models, so a method that validated once cannot change under a running meeting.
"""

from intervisie_tui.model.method import (
    Capture,
    Choice,
    DeclaredTotal,
    Fit,
    InbrengerState,
    Incident,
    Method,
    Part,
    QuestionKind,
    Repeat,
    RepeatOrder,
    RepeatUnit,
    Response,
    Role,
    RoleKind,
    Rule,
    Step,
    TotalScope,
    TurnMode,
    Turns,
)
from intervisie_tui.model.prompts import PhasePrompt, PromptMoment
from intervisie_tui.model.references import Finding, Severity, check_method

__all__ = [
    "Capture",
    "Choice",
    "DeclaredTotal",
    "Finding",
    "Fit",
    "InbrengerState",
    "Incident",
    "Method",
    "Part",
    "PhasePrompt",
    "PromptMoment",
    "QuestionKind",
    "Repeat",
    "RepeatOrder",
    "RepeatUnit",
    "Response",
    "Role",
    "RoleKind",
    "Rule",
    "Severity",
    "Step",
    "TotalScope",
    "TurnMode",
    "Turns",
    "check_method",
]
