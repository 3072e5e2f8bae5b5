"""Colours of the assessment and PPCS screens (same palette as the patient screens,
WCAG AA on white)."""

ERROR_COLOUR = "#b3261e"
WARNING_COLOUR = "#8a5300"
OK_COLOUR = "#2e7d32"
PERSON_COLOUR = "#1a5fb4"  # the marker of the person's own priority

ERROR_STYLE = f"color: {ERROR_COLOUR};"
OK_STYLE = f"color: {OK_COLOUR};"
MUTED_STYLE = "color: palette(placeholder-text);"
BANNER_STYLE = (
    "QLabel { color: #8a1c12; background: #fdecea; border: 1px solid #f1b0a8; "
    "border-radius: 4px; padding: 4px 8px; }"
)
INFO_BANNER_STYLE = (
    "QLabel { color: #1c3d6e; background: #e8f0fb; border: 1px solid #b6cbea; "
    "border-radius: 4px; padding: 4px 8px; }"
)
SCORE_STYLE = (
    "QLabel {{ color: white; background: {colour}; border-radius: 4px; "
    "padding: 2px 10px; font-weight: bold; }}"
)
#: GIR 1 (most dependent) dark red … GIR 6 (autonomous) green.
GIR_COLOURS = {1: "#8a1c12", 2: "#b3261e", 3: "#b35c00", 4: "#8a5300", 5: "#3b6e22",
               6: "#2e7d32"}
