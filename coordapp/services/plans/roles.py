"""Who in the care circle does an action a template gives to a role.

A template says "Médecin traitant", "Infirmier(ère) libéral(e)", "Aidant principal"; the
circle says "Médecin traitant", "IDEL", "Médecin généraliste" (the role suggested from the
directory's profession) or "Fille, aidant principal". Both sides are read as one *family*
(GP, nurse, pharmacist…) from their folded words; the file's GP is the GP whatever role
the circle gives them, the main carer is the family carer. The first member of a family
(oldest first) is chosen; members whose intervention ended are never chosen.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordapp.models import CareTeamMember, Patient, Professional
from coordapp.textkeys import fold

#: Family -> folded words, any of which puts a role or a profession in the family.
FAMILIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("gp", ("medecin traitant", "medecin generaliste", "generaliste")),
    ("home_nursing", ("ssiad", "soins infirmiers a domicile")),
    ("nurse", ("infirmier", "idel", "ide ")),
    ("pharmacist", ("pharmacien", "pharmacie", "officine")),
    ("physiotherapist", ("kinesitherapeute", "kine")),
    ("social_worker", ("assistant social", "assistante sociale", "assistant e social",
                       "travailleur social", "ccas")),
    ("home_help", ("saad", "aide a domicile", "auxiliaire de vie")),
    ("main_carer", ("aidant principal",)),
    ("carer", ("aidant",)),
    ("occupational_therapist", ("ergotherapeute",)),
)


def role_family(text: str | None) -> str | None:
    """The family of a role or profession text, None when none applies."""
    folded = f" {fold(text)} "
    for family, words in FAMILIES:
        if any(f" {word}" in folded for word in words):
            return family
    return None


def responsible_by_family(session: Session, patient_id: str) -> dict[str, str]:
    """Family -> the care-circle member id who takes that family's actions."""
    patient = session.get(Patient, patient_id)
    gp_id = patient.gp_id if patient is not None else None
    members = list(session.scalars(
        select(CareTeamMember).where(CareTeamMember.patient_id == patient_id,
                                     CareTeamMember.deleted_hlc.is_(None),
                                     CareTeamMember.ended_on.is_(None))
        .order_by(CareTeamMember.created_hlc, CareTeamMember.id)))
    professions = _professions(session, [m.professional_id for m in members
                                         if m.professional_id])
    found: dict[str, str] = {}
    for member in members:
        families = []
        if gp_id is not None and member.professional_id == gp_id:
            families.append("gp")
        if member.is_main_caregiver:
            families += ["main_carer", "carer"]
        for text in (member.role, professions.get(member.professional_id or "")):
            family = role_family(text)
            if family == "main_carer":
                families += ["main_carer", "carer"]
            elif family is not None:
                families.append(family)
        for family in families:
            found.setdefault(family, member.id)
    if "main_carer" not in found and "carer" in found:
        found["main_carer"] = found["carer"]  # the only close one helping is the main one
    return found


def pick(by_family: dict[str, str], role: str | None) -> str | None:
    """The member who takes an action given to ``role`` (None: nobody matches)."""
    family = role_family(role)
    return by_family.get(family) if family is not None else None


def _professions(session: Session, ids: Iterable[str]) -> dict[str, str]:
    wanted = list(set(ids))
    if not wanted:
        return {}
    rows = session.execute(select(Professional.id, Professional.profession)
                           .where(Professional.id.in_(wanted)))
    return {pid: profession or "" for pid, profession in rows}
