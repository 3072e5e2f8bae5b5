"""French words for stored codes, dates and phones, as printed documents show them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from xml.sax.saxutils import escape

from coordapp.validation import format_phone

MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
          "septembre", "octobre", "novembre", "décembre")

DOMAINS = {
    "health": "Santé",
    "autonomy": "Autonomie au quotidien",
    "psychological": "Moral et bien-être",
    "social": "Vie sociale et entourage",
    "environment": "Logement et environnement",
    "caregiver": "Soutien de l'aidant",
    "administrative": "Droits et démarches",
}
PLAN_STATUSES = {"draft": "Brouillon (non validé)", "validated": "Validé",
                 "superseded": "Remplacé par une version plus récente", "closed": "Clos"}
GOAL_STATUSES = {"proposed": "Proposé", "in_progress": "En cours", "reached": "Atteint",
                 "not_reached": "Non atteint", "abandoned": "Abandonné"}
#: The person's version: statuses in everyday words.
GOAL_STATUSES_PLAIN = {"proposed": "À commencer", "in_progress": "En cours",
                       "reached": "Atteint", "not_reached": "Pas encore atteint",
                       "abandoned": "Abandonné"}
ACTION_STATUSES = {"planned": "Prévue", "in_progress": "En cours", "done": "Faite",
                   "cancelled": "Annulée"}
ACTION_STATUSES_PLAIN = {"planned": "À faire", "in_progress": "En cours", "done": "Fait",
                         "cancelled": "Annulé"}
SEXES = {"F": "Femme", "M": "Homme", "U": "Non précisé"}
IDENTITY_STATUSES = {"PROV": "Identité provisoire", "RECUP": "Identité récupérée",
                     "VALI": "Identité validée", "QUAL": "Identité qualifiée"}
LIVING_SITUATIONS = {"alone": "Vit seul(e)", "couple": "En couple", "family": "En famille",
                     "shared_housing": "Habitat partagé", "institution": "En établissement",
                     "homeless": "Sans domicile stable", "other": "Autre"}
LEGAL_PROTECTIONS = {"none": "Aucune", "sauvegarde_justice": "Sauvegarde de justice",
                     "curatelle": "Curatelle", "curatelle_renforcee": "Curatelle renforcée",
                     "tutelle": "Tutelle", "habilitation_familiale": "Habilitation familiale",
                     "mandat_protection_future": "Mandat de protection future"}
REQUESTER_KINDS = {
    "gp": "Médecin généraliste", "specialist": "Médecin spécialiste",
    "hospital": "Établissement de santé", "nurse": "Infirmier(ère)",
    "pharmacist": "Pharmacien(ne)", "physiotherapist": "Masseur-kinésithérapeute",
    "home_care_service": "Service à domicile (SSIAD, SAAD, HAD)",
    "social_worker": "Travailleur social", "council": "Conseil départemental",
    "person": "La personne elle-même", "caregiver": "Aidant ou proche", "other": "Autre",
}
CHANNELS = {"phone": "Téléphone", "secure_mail": "Messagerie sécurisée de santé",
            "email": "Courriel", "letter": "Courrier", "in_person": "En personne",
            "meeting": "Réunion", "other": "Autre"}
ANSWERS = {"information": "Information", "orientation": "Orientation",
           "inclusion": "Inclusion", "declined": "Refus", "withdrawn": "Demande retirée",
           "": "Sans réponse à ce jour"}
CLOSURE_REASONS = {"goals_reached": "Objectifs atteints", "moved": "Déménagement",
                   "care_home": "Entrée en établissement", "deceased": "Décès",
                   "refused": "Refus de la personne", "handed_over": "Relais passé",
                   "other": "Autre", "": "Motif non renseigné"}
CONSENT_KINDS = {"information_given": "Information de la personne",
                 "objection": "Opposition", "objection_withdrawn": "Opposition retirée",
                 "sharing_consent": "Consentement au partage",
                 "sharing_consent_withdrawn": "Consentement au partage retiré"}


def label(table: Mapping[str, str], key: str | None, default: str | None = None) -> str:
    """The French label of ``key``; ``default`` (or the key itself) when unknown."""
    found = table.get(key or "")
    if found is not None:
        return found
    return default if default is not None else (key or "")


def date_fr(day: dt.date | None, empty: str = "—") -> str:
    """``12 mars 2026``, ``1er avril 2026``."""
    if day is None:
        return empty
    number = "1er" if day.day == 1 else str(day.day)
    return f"{number} {MONTHS[day.month - 1]} {day.year}"


def datetime_fr(moment: dt.datetime | None, empty: str = "—") -> str:
    """``12 mars 2026 à 14 h 30``."""
    if moment is None:
        return empty
    return f"{date_fr(moment.date())} à {moment.hour} h {moment.minute:02d}"


def short_date(day: dt.date | None, empty: str = "—") -> str:
    return day.strftime("%d/%m/%Y") if day else empty


def phone_fr(phone: str | None, empty: str = "—") -> str:
    """``06 12 34 56 78`` for a stored (E.164) number."""
    return format_phone(phone) if phone else empty


def para(text: str | None, empty: str = "—") -> str:
    """User text made safe for a ReportLab paragraph (markup escaped, line breaks kept)."""
    if text is None or not text.strip():
        return escape(empty)
    return "<br/>".join(escape(line) for line in text.strip().splitlines())
