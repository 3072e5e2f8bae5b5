"""One person's file: identity, requests, care circle, journal, information and consent.

``PatientWindow`` is imported when first asked for: the PPCS and assessment tabs
(``coordapp.ui.plan``) use this package's parts (busy retry, styles, date fields) and the
window uses those tabs, so an eager import here made ``import coordapp.ui.plan`` on its
own fail on the cycle.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coordapp.ui.patient.window import PatientWindow

__all__ = ["PatientWindow"]


def __getattr__(name: str) -> object:
    if name == "PatientWindow":
        from coordapp.ui.patient.window import PatientWindow

        return PatientWindow
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
