"""French display texts for stored codes (enum values), dates and phone numbers.

Stored values are English codes (``"home_visit"``); screens show French labels, through
``QCoreApplication.translate`` with one context per value list so Qt Linguist can
translate them. Dates are shown ``JJ/MM/AAAA``, as French users write them.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from coordapp.models import (
    ActionStatus,
    ClosureReason,
    ConsentKind,
    GoalStatus,
    IdentityDocument,
    IdentityStatus,
    JournalKind,
    LegalProtection,
    LivingSituation,
    NeedDomain,
    PatientStatus,
    PlanStatus,
    ReferralAnswer,
    ReferralChannel,
    RequesterKind,
    Sex,
    StructureKind,
    Urgency,
)
from coordapp.validation import format_phone

_tr = QCoreApplication.translate


def _patient_status() -> dict[str, str]:
    return {
        "request": _tr("PatientStatus", "Demande"),
        "active": _tr("PatientStatus", "Actif"),
        "on_hold": _tr("PatientStatus", "En pause"),
        "closed": _tr("PatientStatus", "Clôturé"),
    }


def _identity_status() -> dict[str, str]:
    return {
        "PROV": _tr("IdentityStatus", "Identité provisoire"),
        "RECUP": _tr("IdentityStatus", "Identité récupérée"),
        "VALI": _tr("IdentityStatus", "Identité validée"),
        "QUAL": _tr("IdentityStatus", "Identité qualifiée"),
    }


def _identity_document() -> dict[str, str]:
    return {
        "CN": _tr("IdentityDocument", "Carte nationale d'identité"),
        "PA": _tr("IdentityDocument", "Passeport"),
        "CS": _tr("IdentityDocument", "Carte ou titre de séjour"),
        "eCN": _tr("IdentityDocument", "e-carte d'identité"),
        "IN": _tr("IdentityDocument", "Identité Numérique La Poste"),
        "AV": _tr("IdentityDocument", "Application carte Vitale"),
        "LECV": _tr("IdentityDocument", "Livret de famille et carte Vitale avec photo"),
        "AN": _tr("IdentityDocument", "Extrait d'acte de naissance"),
        "LEP": _tr("IdentityDocument", "Livret de famille des parents"),
        "CC": _tr("IdentityDocument", "Carnet de circulation"),
        "ANCV": _tr("IdentityDocument", "Acte de naissance et carte Vitale avec photo"),
    }


def _sex() -> dict[str, str]:
    return {
        "F": _tr("Sex", "Féminin"),
        "M": _tr("Sex", "Masculin"),
        "U": _tr("Sex", "Inconnu"),
    }


def _legal_protection() -> dict[str, str]:
    return {
        "none": _tr("LegalProtection", "Aucune"),
        "sauvegarde_justice": _tr("LegalProtection", "Sauvegarde de justice"),
        "curatelle": _tr("LegalProtection", "Curatelle"),
        "curatelle_renforcee": _tr("LegalProtection", "Curatelle renforcée"),
        "tutelle": _tr("LegalProtection", "Tutelle"),
        "habilitation_familiale": _tr("LegalProtection", "Habilitation familiale"),
        "mandat_protection_future": _tr("LegalProtection", "Mandat de protection future"),
    }


def _living_situation() -> dict[str, str]:
    return {
        "alone": _tr("LivingSituation", "Vit seul(e)"),
        "couple": _tr("LivingSituation", "En couple"),
        "family": _tr("LivingSituation", "En famille"),
        "shared_housing": _tr("LivingSituation", "Habitat partagé"),
        "institution": _tr("LivingSituation", "En établissement"),
        "homeless": _tr("LivingSituation", "Sans domicile"),
        "other": _tr("LivingSituation", "Autre"),
    }


def _closure_reason() -> dict[str, str]:
    return {
        "goals_reached": _tr("ClosureReason", "Objectifs atteints"),
        "moved": _tr("ClosureReason", "Déménagement"),
        "care_home": _tr("ClosureReason", "Entrée en établissement"),
        "deceased": _tr("ClosureReason", "Décès"),
        "refused": _tr("ClosureReason", "Refus de la personne"),
        "handed_over": _tr("ClosureReason", "Relais passé"),
        "other": _tr("ClosureReason", "Autre motif"),
    }


def _referral_channel() -> dict[str, str]:
    return {
        "phone": _tr("ReferralChannel", "Téléphone"),
        "secure_mail": _tr("ReferralChannel", "Messagerie sécurisée (MSSanté)"),
        "email": _tr("ReferralChannel", "Courriel"),
        "letter": _tr("ReferralChannel", "Courrier"),
        "in_person": _tr("ReferralChannel", "En personne"),
        "meeting": _tr("ReferralChannel", "Réunion"),
        "other": _tr("ReferralChannel", "Autre"),
    }


def _urgency() -> dict[str, str]:
    return {
        "routine": _tr("Urgency", "Normale"),
        "soon": _tr("Urgency", "Rapide"),
        "urgent": _tr("Urgency", "Urgente"),
    }


def _referral_answer() -> dict[str, str]:
    return {
        "information": _tr("ReferralAnswer", "Information"),
        "orientation": _tr("ReferralAnswer", "Orientation"),
        "inclusion": _tr("ReferralAnswer", "Inclusion"),
        "declined": _tr("ReferralAnswer", "Non retenue"),
        "withdrawn": _tr("ReferralAnswer", "Retirée par le demandeur"),
    }


def _requester_kind() -> dict[str, str]:
    return {
        "gp": _tr("RequesterKind", "Médecin généraliste"),
        "specialist": _tr("RequesterKind", "Médecin spécialiste"),
        "hospital": _tr("RequesterKind", "Établissement de santé"),
        "nurse": _tr("RequesterKind", "Infirmier(ère)"),
        "pharmacist": _tr("RequesterKind", "Pharmacien(ne)"),
        "physiotherapist": _tr("RequesterKind", "Masseur-kinésithérapeute"),
        "home_care_service": _tr("RequesterKind", "Service à domicile (SSIAD, SAAD, HAD)"),
        "social_worker": _tr("RequesterKind", "Travailleur social"),
        "council": _tr("RequesterKind", "Conseil départemental"),
        "person": _tr("RequesterKind", "La personne elle-même"),
        "caregiver": _tr("RequesterKind", "Un proche aidant"),
        "other": _tr("RequesterKind", "Autre"),
    }


def _journal_kind() -> dict[str, str]:
    return {
        "call": _tr("JournalKind", "Appel"),
        "home_visit": _tr("JournalKind", "Visite à domicile"),
        "meeting": _tr("JournalKind", "Réunion, concertation"),
        "message": _tr("JournalKind", "Message"),
        "hospital_admission": _tr("JournalKind", "Hospitalisation"),
        "hospital_discharge": _tr("JournalKind", "Sortie d'hospitalisation"),
        "note": _tr("JournalKind", "Note"),
    }


def _consent_kind() -> dict[str, str]:
    return {
        "information_given": _tr("ConsentKind", "Information donnée"),
        "objection": _tr("ConsentKind", "Opposition"),
        "objection_withdrawn": _tr("ConsentKind", "Retrait de l'opposition"),
        "sharing_consent": _tr("ConsentKind", "Consentement au partage"),
        "sharing_consent_withdrawn": _tr("ConsentKind", "Retrait du consentement au partage"),
    }


def _structure_kind() -> dict[str, str]:
    return {
        "hospital": _tr("StructureKind", "Établissement de santé"),
        "council": _tr("StructureKind", "Conseil départemental"),
        "pharmacy": _tr("StructureKind", "Pharmacie"),
        "laboratory": _tr("StructureKind", "Laboratoire"),
        "association": _tr("StructureKind", "Association"),
        "network": _tr("StructureKind", "Réseau de santé"),
        "interpreting": _tr("StructureKind", "Service d'interprétariat"),
        "other": _tr("StructureKind", "Autre structure"),
    }  # DAC, CPTS, MSP, SSIAD, EHPAD… are shown as their acronym


def _need_domain() -> dict[str, str]:
    return {
        "health": _tr("NeedDomain", "Santé"),
        "autonomy": _tr("NeedDomain", "Autonomie"),
        "psychological": _tr("NeedDomain", "Psychologique"),
        "social": _tr("NeedDomain", "Social"),
        "environment": _tr("NeedDomain", "Environnement, logement"),
        "caregiver": _tr("NeedDomain", "Aidant"),
        "administrative": _tr("NeedDomain", "Droits, démarches"),
    }


def _goal_status() -> dict[str, str]:
    return {
        "proposed": _tr("GoalStatus", "Proposé"),
        "in_progress": _tr("GoalStatus", "En cours"),
        "reached": _tr("GoalStatus", "Atteint"),
        "not_reached": _tr("GoalStatus", "Non atteint"),
        "abandoned": _tr("GoalStatus", "Abandonné"),
    }


def _action_status() -> dict[str, str]:
    return {
        "planned": _tr("ActionStatus", "Prévue"),
        "in_progress": _tr("ActionStatus", "En cours"),
        "done": _tr("ActionStatus", "Réalisée"),
        "cancelled": _tr("ActionStatus", "Annulée"),
    }


def _plan_status() -> dict[str, str]:
    return {
        "draft": _tr("PlanStatus", "brouillon"),
        "validated": _tr("PlanStatus", "validée"),
        "superseded": _tr("PlanStatus", "remplacée"),
        "closed": _tr("PlanStatus", "clôturée"),
    }


_TABLES: dict[type[enum.Enum], Callable[[], dict[str, str]]] = {
    PatientStatus: _patient_status,
    IdentityStatus: _identity_status,
    IdentityDocument: _identity_document,
    Sex: _sex,
    LegalProtection: _legal_protection,
    LivingSituation: _living_situation,
    ClosureReason: _closure_reason,
    ReferralChannel: _referral_channel,
    Urgency: _urgency,
    ReferralAnswer: _referral_answer,
    RequesterKind: _requester_kind,
    JournalKind: _journal_kind,
    ConsentKind: _consent_kind,
    StructureKind: _structure_kind,
    NeedDomain: _need_domain,
    GoalStatus: _goal_status,
    ActionStatus: _action_status,
    PlanStatus: _plan_status,
}


def label(kind: type[enum.Enum], value: str | None) -> str:
    """The French label of ``value`` in the list ``kind``; unknown codes are shown as is."""
    if value is None:
        return ""
    return _TABLES[kind]().get(str(value), str(value))


def choices(kind: type[enum.Enum]) -> list[tuple[str, str]]:
    """``(code, label)`` pairs in the enum's order."""
    labels = _TABLES[kind]()
    return [(str(member.value), labels.get(str(member.value), str(member.value)))
            for member in kind]


def fill_combo(combo: QComboBox, kind: type[enum.Enum], *, empty: str | None = None) -> None:
    """Labels shown, codes as item data; ``empty`` adds a first "not set" item (data None)."""
    combo.clear()
    if empty is not None:
        combo.addItem(empty, None)
    for code, text in choices(kind):
        combo.addItem(text, code)


def select_data(combo: QComboBox, value: str | None) -> None:
    """Select the item whose data is ``value`` (the first item if none matches)."""
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


# -- dates and numbers -------------------------------------------------------------------


def format_date(value: dt.date | None) -> str:
    return f"{value:%d/%m/%Y}" if value else ""


def format_datetime(value: dt.datetime | None) -> str:
    return f"{value:%d/%m/%Y %H:%M}" if value else ""


def display_phone(e164: str | None) -> str:
    return format_phone(e164) if e164 else ""


def group_nir(nir: str | None) -> str:
    """``2 95 10 99 126 111 93``: the grouping printed on the carte Vitale."""
    if not nir or len(nir) != 15:
        return nir or ""
    return " ".join((nir[0], nir[1:3], nir[3:5], nir[5:7], nir[7:10], nir[10:13], nir[13:]))
