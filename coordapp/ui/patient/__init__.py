"""One person's file: identity, requests, care circle, journal, information and consent."""

from coordapp.ui.patient.window import PatientWindow

__all__ = ["PatientWindow"]
