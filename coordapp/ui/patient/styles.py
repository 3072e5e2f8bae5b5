"""Colours of inline feedback, shared by the patient screens (WCAG AA on white)."""

ERROR_STYLE = "color: #b3261e;"
WARNING_STYLE = "color: #8a5300;"
OK_STYLE = "color: #2e7d32;"
MUTED_STYLE = "color: palette(placeholder-text);"
#: Identity status badges: provisional grey, recovered amber, validated blue, qualified green.
IDENTITY_BADGE_COLOURS = {
    "PROV": "#5f6368", "RECUP": "#8a5300", "VALI": "#1a5fb4", "QUAL": "#2e7d32",
}
BADGE_STYLE = (
    "QLabel {{ color: white; background: {colour}; border-radius: 4px; "
    "padding: 2px 8px; font-weight: bold; }}"
)
FLAG_STYLE = (
    "QLabel { color: #8a1c12; background: #fdecea; border: 1px solid #f1b0a8; "
    "border-radius: 4px; padding: 2px 8px; }"
)
