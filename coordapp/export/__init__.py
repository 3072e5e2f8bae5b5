"""Outputs of a plan and of the activity: printed PPCS (person and team versions),
FHIR R4 bundle, iCalendar, activity report (PDF and CSV).

Modules here only render plain dataclasses into bytes: they never open a session.
The use cases that read the database, write files and record the audit trail are in
``coordapp.services.exports``.
"""
