"""Terminologies of the FHIR export: FR Core and ANS systems, and CoordApp's own.

Codes come from the ANS terminologies (TRE/JDV, read from the FR Core 2.2.0-ballot IG
sources and the ANS terminology packages) where one covers the notion; the PPCS need
domains, the unmet-need flag and the care-circle roles have none, so the export defines
them as CodeSystems under CoordApp's canonical base and ships them in every bundle.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from coordapp.export.labels import DOMAINS

FR_CORE = "https://hl7.fr/ig/fhir/core"
#: CoordApp's canonical base (the domain of the application's bundle identifier).
CANONICAL_BASE = "https://coordapp.fr/fhir"
MOS = "https://mos.esante.gouv.fr/NOS"
HL7 = "http://terminology.hl7.org/CodeSystem"

# -- systems --------------------------------------------------------------------------
IDENTITY_STATUS_SYSTEM = f"{FR_CORE}/CodeSystem/fr-core-cs-identity-status"
VALIDATION_MODE_SYSTEM = f"{FR_CORE}/CodeSystem/fr-core-cs-mode-validation-identity"
METHOD_COLLECTION_SYSTEM = f"{FR_CORE}/CodeSystem/fr-core-cs-method-collection"
ID_TYPES = f"{FR_CORE}/CodeSystem/fr-core-cs-v2-0203"
COMMUNE_SYSTEM = f"{MOS}/TRE_R13-CommuneOM/FHIR/TRE-R13-CommuneOM"
COUNTRY_SYSTEM = f"{MOS}/TRE_R20-Pays/FHIR/TRE-R20-Pays"
G15_SYSTEM = f"{MOS}/TRE_G15-ProfessionSante/FHIR/TRE-G15-ProfessionSante"
R94_SYSTEM = f"{MOS}/TRE_R94-ProfessionSocial/FHIR/TRE-R94-ProfessionSocial"
R38_SYSTEM = f"{MOS}/TRE_R38-SpecialiteOrdinale/FHIR/TRE-R38-SpecialiteOrdinale"
R216_SYSTEM = f"{MOS}/TRE_R216-HL7RoleCode/FHIR/TRE-R216-HL7RoleCode"
INS_NIR_SYSTEM = "urn:oid:1.2.250.1.213.1.4.8"
INS_NIA_SYSTEM = "urn:oid:1.2.250.1.213.1.4.9"
IDNPS_SYSTEM = "urn:oid:1.2.250.1.71.4.2.1"
IDNST_SYSTEM = "urn:oid:1.2.250.1.71.4.2.2"
RPPS_SYSTEM = "https://rpps.esante.gouv.fr"
FINESS_SYSTEM = "https://finess.esante.gouv.fr"
NEED_DOMAIN_SYSTEM = f"{CANONICAL_BASE}/CodeSystem/ppcs-need-domain"
NEED_FLAG_SYSTEM = f"{CANONICAL_BASE}/CodeSystem/ppcs-need-flag"
CIRCLE_ROLE_SYSTEM = f"{CANONICAL_BASE}/CodeSystem/care-circle-role"
COORDINATION_TASK_SYSTEM = f"{CANONICAL_BASE}/CodeSystem/coordination-task"
BCP47_SYSTEM = "urn:ietf:bcp:47"

# -- profiles -------------------------------------------------------------------------
PROFILE = {name: f"{FR_CORE}/StructureDefinition/fr-core-{name}" for name in (
    "patient", "patient-ins", "practitioner", "practitioner-role", "organization",
    "related-person", "consent")}
EXT_IDENTITY_RELIABILITY = f"{FR_CORE}/StructureDefinition/fr-core-identity-reliability"
EXT_BIRTH_LIST_GIVEN_NAME = f"{FR_CORE}/StructureDefinition/fr-core-patient-birth-list-given-name"
EXT_INSEE_CODE = f"{FR_CORE}/StructureDefinition/fr-core-address-insee-code"
EXT_BIRTH_PLACE = "http://hl7.org/fhir/StructureDefinition/patient-birthPlace"
EXT_INTERPRETER_REQUIRED = "http://hl7.org/fhir/StructureDefinition/patient-interpreterRequired"

# -- codes with their French display ----------------------------------------------------
IDENTITY_STATUSES = {"PROV": "Identité provisoire", "RECUP": "Identité récupérée",
                     "VALI": "Identité validée", "QUAL": "Identité qualifiée"}
#: fr-core-cs-mode-validation-identity: the documents that validate an identity.
VALIDATION_MODES = {
    "CN": "Carte nationale d'identité", "PA": "Passeport", "CS": "Carte de séjour",
    "eCN": "e-carte d'identité", "IN": "Identité Numérique La Poste",
    "AV": "Application Carte Vitale",
    "LECV": "Livret de famille, accompagné de la carte Vitale avec photographie",
    "AN": "Extrait d'acte de naissance", "LEP": "Livret de famille des parents",
    "CC": "Carnet de circulation",
    "ANCV": "Acte de naissance, accompagné de la carte Vitale avec photographie",
}
#: fr-core-cs-method-collection: how the identity traits were obtained.
METHOD_COLLECTIONS = {"SM": "Saisie manuelle", "CV": "Carte Vitale", "INSI": "Téléservice INSi",
                      "CB": "Code à barre", "RFID": "Puce RFID",
                      "AV": "Application carte Vitale"}
ID_TYPE_DISPLAYS = {"INS-NIR": "NIR définitif", "INS-NIA": "NIR temporaire",
                    "IDNPS": "Identifiant National de Professionnel de Santé",
                    "RPPS": "N° RPPS", "FINEG": "FINESS d'entité géographique",
                    "IDNST": "Identification nationale de structure définie par l’ANS dans "
                             "le CI_SIS"}
GENDERS = {"F": "female", "M": "male", "U": "unknown"}
#: CoordApp plan / action / goal statuses -> FHIR (CarePlan, Task, Goal).
PLAN_STATUSES = {"draft": "draft", "validated": "active", "superseded": "revoked",
                 "closed": "completed"}
TASK_STATUSES = {"planned": "requested", "in_progress": "in-progress", "done": "completed",
                 "cancelled": "cancelled"}
#: goal status -> (lifecycleStatus, achievementStatus code or None)
GOAL_STATUSES_FHIR = {"proposed": ("proposed", None), "in_progress": ("active", "in-progress"),
                      "reached": ("completed", "achieved"),
                      "not_reached": ("completed", "not-achieved"),
                      "abandoned": ("cancelled", None)}
ACHIEVEMENTS = {"in-progress": "En cours", "achieved": "Atteint",
                "not-achieved": "Non atteint"}
CONSENT_SCOPES = {"treatment": "Soins", "patient-privacy": "Confidentialité"}

#: Words found in a profession label -> (system, code, display); first match wins.
PROFESSIONS: list[tuple[tuple[str, ...], str, str, str]] = [
    (("medecin", "geriatre", "generaliste"), G15_SYSTEM, "10", "Médecin"),
    (("pharmacien",), G15_SYSTEM, "21", "Pharmacien"),
    (("infirmier",), G15_SYSTEM, "60", "Infirmier"),
    (("kinesitherapeute",), G15_SYSTEM, "70", "Masseur-Kinésithérapeute"),
    (("pedicure", "podologue"), G15_SYSTEM, "80", "Pédicure-Podologue"),
    (("orthophoniste",), G15_SYSTEM, "91", "Orthophoniste"),
    (("orthoptiste",), G15_SYSTEM, "92", "Orthoptiste"),
    (("ergotherapeute",), G15_SYSTEM, "94", "Ergothérapeute"),
    (("dieteticien",), G15_SYSTEM, "95", "Diététicien"),
    (("psychomotricien",), G15_SYSTEM, "96", "Psychomotricien"),
    (("sage-femme",), G15_SYSTEM, "50", "Sage-Femme"),
    (("dentiste",), G15_SYSTEM, "40", "Chirurgien-Dentiste"),
    (("assistant(e) social", "assistant social", "assistante sociale",
      "assistant de service social"), R94_SYSTEM, "41", "Assistant de service social"),
]
#: (system, code) -> display, for reading a profession coded by another system.
PROFESSION_DISPLAYS = {(system, code): display for _w, system, code, display in PROFESSIONS}
#: Ordinal specialties (TRE-R38) where the profession label names one.
SPECIALTIES: list[tuple[tuple[str, ...], str, str]] = [
    (("generaliste",), "SM54", "Médecine générale (SM)"),
    (("geriatre", "geriatrie"), "SM18", "Gériatrie (SM)"),
]
#: Relationship label -> HL7 RoleCode (ANS TRE-R216), display from the ANS French pack.
RELATIONSHIPS = {
    "fille": ("DAUC", "Fille"), "fils": ("SONC", "Fils"),
    "belle-fille": ("DAUINLAW", "Belle-fille"), "gendre": ("SONINLAW", "Gendre"),
    "niece": ("NIECE", "Nièce"), "neveu": ("NEPHEW", "Neveu"),
    "voisin": ("NBOR", "Voisin(e)"), "voisine": ("NBOR", "Voisin(e)"),
    "petite-fille": ("GRNDDAU", "Petite-fille"), "petit-fils": ("GRNDSON", "Petit-fils"),
    "soeur": ("SIS", "Sœur"), "frere": ("BRO", "Frère"),
    "ami": ("FRND", "Autre proche"), "amie": ("FRND", "Autre proche"),
    "epouse": ("WIFE", "Epouse"), "epoux": ("HUSB", "Epoux"),
    "conjoint": ("SPS", "Epoux ou épouse"), "conjointe": ("SPS", "Epoux ou épouse"),
    "mere": ("MTH", "Mère"), "pere": ("FTH", "Père"),
}
CIRCLE_ROLES = {"referent": "Coordinateur(trice) de parcours référent(e)",
                "gp": "Médecin traitant", "main-caregiver": "Aidant(e) principal(e)",
                "caregiver": "Aidant(e) ou proche", "professional": "Professionnel(le)",
                "structure": "Structure ou service"}
COORDINATION_TASKS = {
    "gp_contact": "Prendre contact avec le médecin traitant",
    "find_gp": "Aider à trouver un médecin traitant",
    "discharge_call": "Appeler la personne (J+2 après la sortie)",
    "gp_search": "Recherche d'un médecin traitant (personne inscrite sur la liste)",
    "gp_proposal": "Proposition d'un médecin traitant à la personne",
}
#: Language names as coordinators type them (folded) -> BCP-47 tag (IETF, IANA registry).
LANGUAGES = {
    "francais": "fr", "anglais": "en", "arabe": "ar", "turc": "tr", "portugais": "pt",
    "espagnol": "es", "italien": "it", "allemand": "de", "polonais": "pl", "russe": "ru",
    "roumain": "ro", "albanais": "sq", "serbe": "sr", "ukrainien": "uk", "georgien": "ka",
    "armenien": "hy", "tamoul": "ta", "dari": "prs", "pachto": "ps", "persan": "fa",
    "farsi": "fa", "kurde": "ku", "ourdou": "ur", "bengali": "bn", "chinois": "zh",
    "mandarin": "zh", "vietnamien": "vi", "lingala": "ln", "wolof": "wo", "bambara": "bm",
    "soninke": "snk", "peul": "ff", "somali": "so", "tigrigna": "ti", "amharique": "am",
    "kabyle": "kab", "creole haitien": "ht", "langue des signes francaise": "fsl",
}
NEED_FLAGS = {"unmet": "Besoin non couvert sur le territoire",
              "raised-by-person": "Priorité exprimée par la personne"}


def fold(text: str) -> str:
    """Lower case without accents, for matching labels typed in many ways."""
    decomposed = unicodedata.normalize("NFKD", text.replace("œ", "oe").replace("Œ", "oe"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower().strip()


def profession_coding(label: str | None) -> dict[str, str] | None:
    if not label:
        return None
    folded = fold(label)
    for words, system, code, display in PROFESSIONS:
        if any(w in folded for w in words):
            return {"system": system, "code": code, "display": display}
    return None


def specialty_coding(label: str | None) -> dict[str, str] | None:
    folded = fold(label or "")
    for words, code, display in SPECIALTIES:
        if any(w in folded for w in words):
            return {"system": R38_SYSTEM, "code": code, "display": display}
    return None


def relationship_coding(label: str | None) -> dict[str, str] | None:
    found = RELATIONSHIPS.get(fold(label or ""))
    return {"system": R216_SYSTEM, "code": found[0], "display": found[1]} if found else None


def language_coding(name: str) -> dict[str, str] | None:
    code = LANGUAGES.get(fold(name))
    return {"system": BCP47_SYSTEM, "code": code, "display": name} if code else None


def _code_system(system: str, name: str, title: str, description: str,
                 concepts: dict[str, str]) -> dict[str, Any]:
    return {
        "resourceType": "CodeSystem", "id": system.rsplit("/", 1)[1], "url": system,
        "version": "1.0.0", "name": name, "title": title, "status": "active",
        "experimental": False, "publisher": "CoordApp", "description": description,
        "caseSensitive": True, "content": "complete", "language": "fr-FR",
        "concept": [{"code": code, "display": display} for code, display in concepts.items()],
    }


def local_code_systems(coordination: bool = False) -> list[dict[str, Any]]:
    """The CodeSystems the bundle uses and defines itself (no ANS terminology covers
    them); ``coordination``: the bundle holds coordination tasks or GP searches."""
    found = [
        _code_system(NEED_DOMAIN_SYSTEM, "PpcsNeedDomain", "Domaines des besoins du PPCS",
                     "Domaines de la synthèse des besoins du plan personnalisé de "
                     "coordination en santé (HAS 2019).", DOMAINS),
        _code_system(NEED_FLAG_SYSTEM, "PpcsNeedFlag", "Qualificatifs d'un besoin du PPCS",
                     "Besoin sans réponse sur le territoire ; besoin exprimé en priorité "
                     "par la personne.", NEED_FLAGS),
        _code_system(CIRCLE_ROLE_SYSTEM, "CareCircleRole", "Rôles dans le cercle de soins",
                     "Place d'un membre dans le cercle de soins d'une personne "
                     "accompagnée par un dispositif d'appui à la coordination.", CIRCLE_ROLES),
    ]
    if not coordination:
        return found
    return [
        *found,
        _code_system(COORDINATION_TASK_SYSTEM, "CoordinationTask",
                     "Tâches de coordination hors PPCS",
                     "Tâches d'un dispositif d'appui à la coordination qui n'appartiennent à "
                     "aucune action du plan : contact du médecin traitant, appel après une "
                     "sortie d'hospitalisation, recherche d'un médecin traitant (mission 1 "
                     "des CPTS) et propositions faites à la personne.", COORDINATION_TASKS),
    ]
