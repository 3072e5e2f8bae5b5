"""The folded search key stored on each searchable record (accents, case and spacing
ignored): written by the use cases and by the merge of a colleague's bundle alike."""

from __future__ import annotations

from coordapp.models import Patient, Professional, Structure
from coordapp.textkeys import search_key


def patient_search_key(patient: Patient) -> str:
    return search_key(
        patient.family_name, patient.used_name, patient.given_names, patient.used_given_name,
        patient.nir, patient.city, patient.postal_code,
    )


def professional_search_key(p: Professional) -> str:
    return search_key(p.family_name, p.given_name, p.profession, p.specialty, p.city, p.rpps)


def structure_search_key(s: Structure) -> str:
    return search_key(s.name, s.kind, s.operator, s.city, s.postal_code, s.finess)
