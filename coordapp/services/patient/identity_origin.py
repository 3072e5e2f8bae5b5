"""Honest INS statuses: where an identity status comes from decides which one it may be.

The RNIV's four statuses cross two questions: were the traits retrieved from the INSi
teleservice, and was the identity checked on an identity document? CoordApp works
offline and never queries INSi, so:

- typed by hand (screen, ``patient add``/``set``, a spreadsheet without source), the
  best status is VALI, and a validated identity says which document was checked and
  when (FR Core ``validationMode`` and ``validationDate``);
- RECUP and QUAL come only from an import out of a system that queried INSi: the FHIR
  import (its identity-reliability extension), or a spreadsheet whose columns give that
  system and the date of the INSi query. The source and that date are recorded.

The origin fields (``identity_method``, ``identity_source``, ``insi_queried_on``) are
never typed: only :class:`IdentityOrigin`, built by an import, sets them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from coordapp.errors import InvalidInput
from coordapp.models import IdentityDocument

INSI_STATUSES = ("RECUP", "QUAL")
#: How spreadsheets name the identity documents (folded) -> the FR Core code.
DOCUMENT_WORDS = {"carte d'identite": "CN", "carte nationale d'identite": "CN", "cni": "CN",
                  "carte identite": "CN", "passeport": "PA", "carte de sejour": "CS",
                  "titre de sejour": "CS", "e-carte d'identite": "eCN",
                  "identite numerique la poste": "IN", "application carte vitale": "AV",
                  "acte de naissance": "AN", "extrait d'acte de naissance": "AN",
                  "livret de famille": "LEP", "carnet de circulation": "CC",
                  } | {d.value.lower(): d.value for d in IdentityDocument}
ORIGIN_FIELDS = ("identity_method", "identity_source", "insi_queried_on")


@dataclass(frozen=True)
class IdentityOrigin:
    """An identity that came from another system, which may have queried INSi."""

    source: str  # « Import FHIR dossier.json », « Import du tableur suivi.xlsx (DPI X) »
    insi_queried_on: dt.date | None = None
    method: str | None = None  # fr-core-cs-method-collection code (INSI, CV, AV…)
    #: The source says it queried INSi without giving the date (an FR Core Patient INS
    #: carrying an INS matricule, a methodCollection INSI, CV or AV).
    insi: bool = False

    @property
    def had_insi(self) -> bool:
        return self.insi or self.insi_queried_on is not None


def refusal(status: str) -> str:
    what = "qualifiée (QUAL)" if status == "QUAL" else "récupérée (RECUP)"
    return (f"Une identité {what} vient du téléservice INSi, que CoordApp (hors ligne) "
            "n'interroge pas : elle ne s'attribue pas à la main, seulement par un import "
            "depuis un logiciel qui a interrogé INSi (avec la date de cette interrogation). "
            "Saisie à la main, une identité est au mieux validée (VALI), après contrôle "
            "d'une pièce d'identité.")


def apply_identity_origin(values: dict[str, Any], previous: Mapping[str, Any] | None,
                          origin: IdentityOrigin | None) -> None:
    """Check the identity status in ``values`` (cleaned, about to be written) against its
    origin and complete the origin fields; ``InvalidInput`` (nothing written) if refused.

    ``previous`` is the stored patient's values (None on creation)."""
    if "identity_status" not in values:
        return
    status = values["identity_status"]
    before = previous.get("identity_status") if previous else None
    changed = previous is None or status != before
    if not changed and origin is None:
        return  # the status stays: its recorded origin stays too
    if status in INSI_STATUSES:
        if origin is None or not origin.had_insi:
            raise InvalidInput(refusal(status), "identity_status")
        values |= {"identity_method": origin.method or "INSI",
                   "identity_source": origin.source,
                   "insi_queried_on": origin.insi_queried_on}
        return
    values |= {"identity_method": (origin.method if origin else None) or "SM",
               "identity_source": origin.source if origin else None,
               "insi_queried_on": origin.insi_queried_on if origin else None}


def check_validation(merged: Mapping[str, Any]) -> None:
    """A validated or qualified identity names the document checked and when."""
    if merged.get("identity_status") not in ("VALI", "QUAL"):
        return
    checked_on = merged.get("identity_checked_on")
    if checked_on and checked_on > dt.date.today():
        raise InvalidInput("La date du contrôle de l'identité est dans le futur.",
                           "identity_checked_on")
    if merged.get("identity_status") == "VALI" and not merged.get("identity_source"):
        if not merged.get("identity_document"):
            raise InvalidInput("Identité validée (VALI) : indiquez la pièce d'identité "
                               "contrôlée (carte d'identité, passeport, titre de séjour…).",
                               "identity_document")
        if not checked_on:
            raise InvalidInput("Identité validée (VALI) : indiquez la date du contrôle de "
                               "la pièce d'identité.", "identity_checked_on")
