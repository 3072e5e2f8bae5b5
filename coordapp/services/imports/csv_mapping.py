"""How spreadsheet columns and cell values map to CoordApp fields (CSV import).

Headers are compared after :func:`header_key` (accents, case, punctuation, "N°" and small
words ignored), so « Prénom(s) », « PRENOMS » and « prénoms » are the same column. A
mapping override is a JSON object ``{"En-tête du fichier": "clé CoordApp"}``; ``null``,
``""`` or ``"ignorer"`` leaves the column out. Cell values are normalised before the
services' own validation: French dates with two-digit years, « Femme/Homme/1/2 », French
statuses, numbers damaged by spreadsheets (lost leading zero, scientific notation).
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import re
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from coordapp.errors import InvalidInput
from coordapp.models import (
    ClosureReason,
    LegalProtection,
    LivingSituation,
    PatientStatus,
)
from coordapp.records.patient_fields import LABELS
from coordapp.services.patient.identity_origin import DOCUMENT_WORDS
from coordapp.textkeys import fold


class ImportKind(enum.StrEnum):
    PATIENTS = "patients"
    DIRECTORY = "directory"


#: Header → field key (``None``: the column is ignored).
ColumnMapping = dict[str, str | None]
IGNORE_WORDS = ("ignorer", "(ignorer)", "")

_PATIENT_KEYS = ("family_name", "used_name", "given_names", "used_given_name", "birth_date",
                 "sex", "birth_place_code", "nir", "identity_status", "identity_document",
                 "identity_checked_on", "identity_source", "insi_queried_on", "phone",
                 "phone_alt",
                 "email", "address", "postal_code", "city", "gp_name", "ald",
                 "living_situation", "legal_protection", "trusted_person", "situation_notes",
                 "status", "opened_on", "closed_on", "closure_reason",
                 "informed_on", "informed_by", "informed_how", "informed_to")
_IMPORT_ONLY_LABELS = {
    "gp_name": "médecin traitant (nom, relié à l'annuaire)",
    "identity_source": "source de l'identité (logiciel qui l'a transmise)",
    "insi_queried_on": "date d'interrogation du téléservice INSi",
    "informed_on": "information de la personne : date",
    "informed_by": "information de la personne : par qui",
    "informed_how": "information de la personne : comment",
    "informed_to": "information de la personne : à qui (représentant)",
}
PATIENT_FIELDS: dict[str, str] = {
    key: LABELS.get(key) or _IMPORT_ONLY_LABELS[key] for key in _PATIENT_KEYS
}
DIRECTORY_FIELDS: dict[str, str] = {
    "record_type": "type (professionnel, structure, DAC…)",
    "family_name": "nom (du professionnel ou de la structure)",
    "given_name": "prénom",
    "profession": "profession",
    "specialty": "spécialité",
    "rpps": "RPPS",
    "adeli": "ADELI",
    "structure_name": "structure (nom)",
    "finess": "FINESS",
    "operator": "organisme gestionnaire",
    "phone": "téléphone",
    "email": "courriel",
    "address": "adresse",
    "postal_code": "code postal",
    "city": "commune",
}
#: Columns without which a file cannot be imported at all (one of each group).
REQUIRED_COLUMNS: dict[ImportKind, tuple[tuple[str, ...], ...]] = {
    ImportKind.PATIENTS: (("family_name",), ("given_names",), ("birth_date",)),
    ImportKind.DIRECTORY: (("family_name", "structure_name"),),
}

_CONTACT = {
    "phone": ["Téléphone fixe", "Tél. fixe", "Tél. domicile", "Téléphone domicile"],
    "phone_alt": ["Autre téléphone", "Téléphone 2", "Tél. 2", "Tél 2"],
    "email": ["Courriel", "E-mail", "Email", "Mail", "Adresse mail", "Adresse électronique",
              "Messagerie sécurisée", "MSSanté"],
    "address": ["Adresse", "Adresse postale", "Rue", "Domicile", "N° et rue", "Voie"],
    "postal_code": ["CP", "Code postal", "C.P."],
    "city": ["Ville", "Commune", "Localité", "Libellé commune"],
}
_PATIENT_HEADERS = _CONTACT | {
    "family_name": ["Nom de naissance", "Nom de famille", "Nom patronymique",
                    "Nom de jeune fille", "Nom naissance"],
    "used_name": ["Nom d'usage", "Nom utilisé", "Nom marital", "Nom d'épouse", "Nom usuel"],
    "given_names": ["Prénoms de naissance", "Prénom(s) de naissance", "Liste des prénoms"],
    "used_given_name": ["Prénom usuel", "Prénom utilisé", "Prénom d'usage"],
    "birth_date": ["Date de naissance", "Né(e) le", "Né le", "Née le", "Date naissance", "DDN",
                   "Naissance", "Date de naiss."],
    "sex": ["Sexe", "Genre", "Civilité", "H/F", "F/H"],
    "birth_place_code": ["Code INSEE de naissance", "Lieu de naissance (code INSEE)",
                         "Code lieu de naissance", "Code INSEE naissance"],
    "nir": ["NIR", "N° sécu", "N° de sécurité sociale", "Numéro de sécurité sociale",
            "Sécurité sociale", "NSS", "N° SS", "INS", "Matricule INS", "N° INS",
            "N° d'assuré", "NIR/NIA"],
    "identity_status": ["Statut de l'identité", "Statut identité", "Statut INS"],
    "identity_document": ["Pièce d'identité", "Pièce contrôlée", "Justificatif d'identité",
                          "Pièce justificative", "Pièce d'identité contrôlée"],
    "identity_checked_on": ["Date de contrôle de l'identité", "Identité contrôlée le",
                            "Date du contrôle", "Date de validation de l'identité"],
    "identity_source": ["Source de l'identité", "Logiciel source", "Source INS",
                        "Origine de l'identité"],
    "insi_queried_on": ["Date INSi", "Date d'interrogation INSi", "Interrogation INSi",
                        "INSi interrogé le", "Date appel INSi"],
    "gp_name": ["Médecin traitant", "Médecin", "MT", "Médecin généraliste", "Généraliste",
                "Nom du médecin traitant"],
    "ald": ["ALD", "Affection longue durée", "Affections longue durée", "ALD (liste)"],
    "living_situation": ["Mode de vie", "Vit seul", "Situation familiale"],
    "legal_protection": ["Mesure de protection", "Protection juridique", "Protection"],
    "trusted_person": ["Personne de confiance"],
    "situation_notes": ["Notes", "Note", "Commentaire", "Commentaires", "Observations",
                        "Remarques", "Situation"],
    "status": ["Statut", "Statut du dossier", "État", "État du dossier", "Suivi"],
    "opened_on": ["Date d'inclusion", "Inclusion", "Date d'entrée", "Entrée",
                  "Date d'ouverture", "Début de suivi", "Date de début"],
    "closed_on": ["Date de clôture", "Clôture", "Date de sortie", "Sortie", "Fin de suivi",
                  "Date de fin"],
    "closure_reason": ["Motif de clôture", "Motif de sortie", "Motif de fin"],
    "informed_on": ["Information le", "Informé le", "Informée le", "Informé(e) le",
                    "Date d'information", "Date de l'information", "Personne informée le"],
    "informed_by": ["Information par", "Informé par", "Informée par", "Informé(e) par"],
    "informed_how": ["Information (comment)", "Mode d'information", "Information comment",
                     "Modalité d'information"],
    "informed_to": ["Information donnée à", "Informé(e) : représentant",
                    "Information au représentant"],
}
_DIRECTORY_HEADERS = _CONTACT | {
    "record_type": ["Type", "Type de fiche", "Catégorie", "Nature", "Type de structure"],
    "family_name": ["Nom d'exercice", "Nom de famille"],
    "given_name": ["Prénom", "Prénom d'exercice"],
    "profession": ["Profession", "Métier", "Fonction", "Libellé profession", "Qualité"],
    "specialty": ["Spécialité", "Savoir-faire", "Libellé savoir-faire"],
    "rpps": ["RPPS", "N° RPPS", "Identifiant RPPS", "Identifiant PP",
             "Identification nationale PP"],
    "adeli": ["ADELI", "N° ADELI"],
    "structure_name": ["Structure", "Nom de la structure", "Établissement", "Raison sociale",
                       "Cabinet", "Organisme", "Lieu d'exercice", "Raison sociale site"],
    "finess": ["FINESS", "N° FINESS", "FINESS établissement"],
    "operator": ["Gestionnaire", "Organisme gestionnaire"],
}
#: Generic headers: the first key not already taken by a more precise column.
_GENERIC: dict[ImportKind, dict[str, tuple[str, ...]]] = {
    ImportKind.PATIENTS: {
        "Nom": ("family_name", "used_name"), "Prénom": ("given_names", "used_given_name"),
        "Prénoms": ("given_names", "used_given_name"),
        "Prénom(s)": ("given_names", "used_given_name"),
        "Téléphone": ("phone", "phone_alt"), "Tél.": ("phone", "phone_alt"),
        "Portable": ("phone", "phone_alt"), "Mobile": ("phone", "phone_alt"),
        "Tél. portable": ("phone", "phone_alt"), "Téléphone portable": ("phone", "phone_alt"),
    },
    ImportKind.DIRECTORY: {
        "Nom": ("family_name",), "Téléphone": ("phone",), "Tél.": ("phone",),
        "Portable": ("phone",), "Mobile": ("phone",),
    },
}
_SMALL_WORDS = frozenset({"de", "d", "du", "des", "la", "le", "l", "les", "e", "s", "a"})
_NUMBER_WORDS = frozenset({"n", "no", "num", "numero"})


def fields_for(kind: ImportKind) -> dict[str, str]:
    """The importable field keys of ``kind`` with their French labels, in form order."""
    return PATIENT_FIELDS if kind == ImportKind.PATIENTS else DIRECTORY_FIELDS


def header_key(header: str) -> str:
    """A header reduced for comparison: « N° de sécu » → ``"numero secu"``."""
    words = ["numero" if w in _NUMBER_WORDS else w for w in fold(header).split()]
    return " ".join(w for w in words if w not in _SMALL_WORDS)


Candidates = list[tuple[str, tuple[str, ...]]]


def _candidates(kind: ImportKind) -> tuple[Candidates, Candidates]:
    """(header key, field keys) pairs: the precise synonyms, then the generic ones."""
    table = _PATIENT_HEADERS if kind == ImportKind.PATIENTS else _DIRECTORY_HEADERS
    precise: Candidates = [(header_key(h), (key,)) for key, names in table.items() for h in names]
    precise += [(header_key(key), (key,)) for key in table]  # our own keys work too
    return precise, [(header_key(h), keys) for h, keys in _GENERIC[kind].items()]


def auto_mapping(headers: Sequence[str], kind: ImportKind) -> ColumnMapping:
    """Every header → the field it most probably holds, or ``None``.

    Exact matches first (precise synonyms before generic words such as « Nom »), then
    headers that start with a known name (« Téléphone (coord. structure) »).
    """
    mapping: ColumnMapping = dict.fromkeys(headers)
    taken: set[str] = set()
    for exact in (True, False):
        for candidates in _candidates(kind):
            for header in headers:
                if mapping[header] is None:
                    key = _match(header_key(header), candidates, taken, exact=exact)
                    if key is not None:
                        mapping[header] = key
                        taken.add(key)
    return mapping


def _match(hk: str, candidates: Candidates, taken: set[str], *, exact: bool) -> str | None:
    for ck, keys in candidates:
        if hk == ck if exact else hk.startswith(ck + " "):
            free = next((k for k in keys if k not in taken), None)
            if free is not None:
                return free
    return None


def read_mapping_file(path: Path) -> dict[str, str | None]:
    """The JSON override ``{"En-tête du fichier": "clé"}``; refuses any other shape."""
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise InvalidInput(f"Impossible de lire le fichier de correspondance {path}.") from exc
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InvalidInput(f"Fichier de correspondance {path.name} : JSON invalide.") from exc
    if not isinstance(data, dict) or not all(
        isinstance(k, str) and (v is None or isinstance(v, str)) for k, v in data.items()
    ):
        raise InvalidInput(
            'Le fichier de correspondance doit être un objet JSON {"En-tête": "clé", …}.'
        )
    return data


def override_mapping(
    headers: Sequence[str], base: ColumnMapping, override: Mapping[str, str | None],
    kind: ImportKind,
) -> ColumnMapping:
    """``base`` with the columns named in ``override`` set explicitly (case and accents
    ignored); a field given to one column is taken from any other."""
    fields = fields_for(kind)
    by_key = {header_key(h): h for h in headers}
    result = dict(base)
    for name, key in override.items():
        header = name if name in result else by_key.get(header_key(name))
        if header is None:
            raise InvalidInput(f"La correspondance cite la colonne « {name} », absente du "
                               f"fichier (colonnes : {', '.join(headers)}).")
        wanted = None if key is None or key.strip().casefold() in IGNORE_WORDS else key.strip()
        if wanted is not None and wanted not in fields:
            raise InvalidInput(f"Champ inconnu « {key} » dans la correspondance (champs "
                               f"possibles : {', '.join(fields)}).")
        for other, other_key in result.items():
            if wanted is not None and other_key == wanted:
                result[other] = None
        result[header] = wanted
    return result


def check_mapping(mapping: ColumnMapping, kind: ImportKind) -> None:
    """Refuse a mapping without the columns an import needs, or with a field twice."""
    used = [key for key in mapping.values() if key]
    fields = fields_for(kind)
    for key in used:
        if key not in fields:
            raise InvalidInput(f"Champ inconnu : {key}.")
        if used.count(key) > 1:
            headers = [h for h, k in mapping.items() if k == key]
            raise InvalidInput(f"Le champ « {fields[key]} » est associé à plusieurs colonnes "
                               f"({', '.join(headers)}) : gardez-en une seule.")
    missing = [" ou ".join(fields[k] for k in group) for group in REQUIRED_COLUMNS[kind]
               if not set(group) & set(used)]
    if missing:
        raise InvalidInput(f"Colonne(s) obligatoire(s) introuvable(s) : {', '.join(missing)}. "
                           "Indiquez quelle colonne du fichier les contient.")


# -- cell values --------------------------------------------------------------------------

#: A normaliser returns the text to validate and a warning, or raises ``InvalidInput``.
Normaliser = Callable[[str], tuple[str, str | None]]

_SHORT_DATE = re.compile(r"([0-9]{1,2})([/.\-])([0-9]{1,2})\2([0-9]{2})")
_ANY_DATE = re.compile(r"([0-9]{1,2})([/.\-])([0-9]{1,2})\2([0-9]{4})")
_TIME_SUFFIX = re.compile(r"(?:[ T][0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?)$")


def _date(birth: bool) -> Normaliser:
    def normalise(text: str) -> tuple[str, str | None]:
        text = _TIME_SUFFIX.sub("", text.strip())  # "12/03/1941 00:00" from a spreadsheet
        warning = None
        if match := _SHORT_DATE.fullmatch(text):
            yy = int(match[4])
            century = 1900 if yy > dt.date.today().year % 100 else 2000
            text = f"{match[1]}/{match[3]}/{century + yy}"
            if birth and century == 2000:
                warning = (f"Année sur deux chiffres lue {century + yy} : vérifiez (écrivez "
                           "l'année sur quatre chiffres).")
        if match := _ANY_DATE.fullmatch(text):
            try:
                dt.date(int(match[4]), int(match[3]), int(match[1]))
            except ValueError as exc:
                raise InvalidInput(f"Date impossible : le {text} n'existe pas.") from exc
        return text, warning

    return normalise


def _choice(table: Mapping[str, str], expected: str) -> Normaliser:
    folded = {fold(k): v for k, v in table.items()}

    def normalise(text: str) -> tuple[str, str | None]:
        value = folded.get(fold(text))
        if value is None:
            raise InvalidInput(f"Valeur « {text} » non reconnue : {expected} attendu.")
        return value, None

    return normalise


def _phone(text: str) -> tuple[str, str | None]:
    digits = re.sub(r"[\s.\-]", "", text)
    if digits.isdigit() and len(digits) == 9 and digits[0] != "0":
        return "0" + digits, "Le 0 initial manquait (perdu par le tableur) : ajouté."
    return text, None


def _postal_code(text: str) -> tuple[str, str | None]:
    digits = text.strip()
    if digits.isdigit() and len(digits) == 4:
        return "0" + digits, "Le 0 initial du code postal manquait (tableur) : ajouté."
    return text, None


def _nir(text: str) -> tuple[str, str | None]:
    if re.search(r"[0-9][.,]?[0-9]*E\+?[0-9]+$", text.strip(), re.IGNORECASE):
        raise InvalidInput("NIR abîmé par le tableur (notation scientifique) : formatez la "
                           "colonne en texte et exportez de nouveau.")
    return text, None


def _ald(text: str) -> tuple[str, str | None]:
    if fold(text) in ("non", "0", "aucune", "n"):
        return "", None
    if fold(text) in ("oui", "1", "x", "o"):
        return "ALD non précisée", "ALD indiquée sans précision : à compléter dans le dossier."
    return text.replace(";", ","), None


_SEX = {"F": "F", "Femme": "F", "Féminin": "F", "2": "F", "Mme": "F", "Madame": "F",
        "Mlle": "F", "M": "M", "H": "M", "Homme": "M", "Masculin": "M", "1": "M", "Mr": "M",
        "M.": "M", "Monsieur": "M", "U": "U", "I": "U", "Inconnu": "U", "Indéterminé": "U"}
_STATUS = {
    "actif": PatientStatus.ACTIVE, "active": PatientStatus.ACTIVE,
    "en cours": PatientStatus.ACTIVE, "suivi": PatientStatus.ACTIVE,
    "inclus": PatientStatus.ACTIVE, "en suivi": PatientStatus.ACTIVE,
    "en attente": PatientStatus.REQUEST, "attente": PatientStatus.REQUEST,
    "demande": PatientStatus.REQUEST, "a evaluer": PatientStatus.REQUEST,
    "request": PatientStatus.REQUEST, "en pause": PatientStatus.ON_HOLD,
    "suspendu": PatientStatus.ON_HOLD, "on_hold": PatientStatus.ON_HOLD,
    "clos": PatientStatus.CLOSED, "cloture": PatientStatus.CLOSED,
    "closed": PatientStatus.CLOSED, "termine": PatientStatus.CLOSED,
    "sorti": PatientStatus.CLOSED,
}
_CLOSURE = {
    "objectifs atteints": ClosureReason.GOALS_REACHED, "demenagement": ClosureReason.MOVED,
    "entree en etablissement": ClosureReason.CARE_HOME, "ehpad": ClosureReason.CARE_HOME,
    "deces": ClosureReason.DECEASED, "decede": ClosureReason.DECEASED,
    "refus": ClosureReason.REFUSED, "refus de la personne": ClosureReason.REFUSED,
    "relais": ClosureReason.HANDED_OVER, "relais passe": ClosureReason.HANDED_OVER,
    "autre": ClosureReason.OTHER, "autre motif": ClosureReason.OTHER,
} | {r.value: r for r in ClosureReason}
_IDENTITY = {"provisoire": "PROV", "recuperee": "RECUP", "validee": "VALI",
             "qualifiee": "QUAL"} | {s: s for s in ("PROV", "RECUP", "VALI", "QUAL")}
_LIVING = {"seul": LivingSituation.ALONE, "seule": LivingSituation.ALONE,
           "vit seul e": LivingSituation.ALONE, "en couple": LivingSituation.COUPLE,
           "couple": LivingSituation.COUPLE, "en famille": LivingSituation.FAMILY,
           "famille": LivingSituation.FAMILY, "habitat partage": LivingSituation.SHARED_HOUSING,
           "en etablissement": LivingSituation.INSTITUTION,
           "etablissement": LivingSituation.INSTITUTION,
           "sans domicile": LivingSituation.HOMELESS, "autre": LivingSituation.OTHER,
           } | {s.value: s for s in LivingSituation}
_PROTECTION = {"aucune": LegalProtection.NONE, "non": LegalProtection.NONE,
               "sauvegarde de justice": LegalProtection.SAFEGUARD,
               "curatelle": LegalProtection.CURATORSHIP,
               "curatelle renforcee": LegalProtection.REINFORCED_CURATORSHIP,
               "tutelle": LegalProtection.GUARDIANSHIP,
               "habilitation familiale": LegalProtection.FAMILY_AUTHORISATION,
               "mandat de protection future": LegalProtection.FUTURE_PROTECTION,
               } | {p.value: p for p in LegalProtection}

NORMALISERS: dict[str, Normaliser] = {
    "birth_date": _date(birth=True),
    "opened_on": _date(birth=False),
    "closed_on": _date(birth=False),
    "identity_checked_on": _date(birth=False),
    "insi_queried_on": _date(birth=False),
    "informed_on": _date(birth=False),
    "identity_document": _choice(DOCUMENT_WORDS, "carte d'identité, passeport, titre de séjour, "
                                            "acte de naissance…"),
    "sex": _choice(_SEX, "F, M (ou H), Femme, Homme, 1 ou 2"),
    "status": _choice(_STATUS, "actif, en cours, en attente, en pause ou clôturé"),
    "closure_reason": _choice(_CLOSURE, "décès, déménagement, EHPAD, refus, relais, "
                                        "objectifs atteints ou autre"),
    "identity_status": _choice(_IDENTITY, "provisoire, récupérée, validée ou qualifiée"),
    "living_situation": _choice(_LIVING, "seul(e), en couple, en famille, habitat partagé, "
                                         "en établissement, sans domicile ou autre"),
    "legal_protection": _choice(_PROTECTION, "aucune, sauvegarde de justice, curatelle, "
                                             "curatelle renforcée, tutelle…"),
    "phone": _phone,
    "phone_alt": _phone,
    "postal_code": _postal_code,
    "nir": _nir,
    "ald": _ald,
}


def normalise_cell(key: str, text: str) -> tuple[str, str | None]:
    """The cell text ready for validation, and a warning about what was repaired."""
    normaliser = NORMALISERS.get(key)
    return normaliser(text) if normaliser else (text, None)
