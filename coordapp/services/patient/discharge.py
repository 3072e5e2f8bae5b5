"""A request that is a hospital discharge: when, from which ward, whom to call there, and
what must be ready at home on day 0."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordapp.errors import InvalidInput
from coordapp.models import Referral
from coordapp.services.inputs import date_or_none, text_or_none
from coordapp.validation import ValidationError

#: The person is called this many days after the discharge (the "J+2" call).
CALL_AFTER_DAYS = 2


class DischargeItem(enum.StrEnum):
    NURSE = "nurse"
    HOME_HELP = "home_help"
    EQUIPMENT = "equipment"
    MEDICINES = "medicines"
    FOLLOW_UP = "follow_up"


DISCHARGE_ITEM_LABELS: dict[str, str] = {
    DischargeItem.NURSE: "Infirmier à domicile",
    DischargeItem.HOME_HELP: "Aide à domicile",
    DischargeItem.EQUIPMENT: "Matériel",
    DischargeItem.MEDICINES: "Médicaments",
    DischargeItem.FOLLOW_UP: "Rendez-vous de suivi",
}


def discharge_values(raw: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """The stored discharge object (dates in ISO), or None; refuses what is unclear."""
    if not raw:
        return None
    if not isinstance(raw, Mapping):
        raise InvalidInput("« discharge » doit être un objet JSON.", "discharge")
    try:
        planned_on = date_or_none(raw.get("planned_on"))
    except ValidationError as exc:
        raise InvalidInput(f"Date de sortie : {exc.message}", "discharge.planned_on") from exc
    if planned_on is None:
        raise InvalidInput("Indiquez la date de sortie prévue.", "discharge.planned_on")
    ready = raw.get("ready") or []
    codes = [item.value for item in DischargeItem]
    unknown = [item for item in ready if item not in codes]
    if unknown:
        raise InvalidInput(f"Élément inconnu pour le jour de la sortie : {unknown[0]!r} "
                           f"(attendu : {', '.join(codes)}).", "discharge.ready")
    return {
        "planned_on": planned_on.isoformat(),
        "ward": text_or_none(raw.get("ward")),
        "contact": text_or_none(raw.get("contact")),
        "ready": [code for code in codes if code in ready],
        "note": text_or_none(raw.get("note")),
    }


def planned_on(discharge: Mapping[str, Any] | None) -> dt.date | None:
    if not discharge or not discharge.get("planned_on"):
        return None
    return dt.date.fromisoformat(str(discharge["planned_on"]))


def discharge_lines(discharge: Mapping[str, Any] | None) -> list[str]:
    """Plain French lines describing the discharge, for a plan or a template."""
    day = planned_on(discharge)
    if discharge is None or day is None:
        return []
    lines = [f"Sortie prévue le {day:%d/%m/%Y}"
             + (f", service {discharge['ward']}" if discharge.get("ward") else "")]
    if discharge.get("contact"):
        lines.append(f"Contact dans le service : {discharge['contact']}")
    ready = [DISCHARGE_ITEM_LABELS[c] for c in discharge.get("ready") or []]
    if ready:
        lines.append("Prêt le jour de la sortie : " + ", ".join(ready).lower())
    call = day + dt.timedelta(days=CALL_AFTER_DAYS)
    lines.append(f"Appel de la personne le {call:%d/%m/%Y} (J+{CALL_AFTER_DAYS})")
    return lines


def latest_discharge(session: Session, patient_id: str) -> dict[str, Any] | None:
    """The discharge details of the person's latest request that is a discharge."""
    return session.scalar(
        select(Referral.discharge).where(
            Referral.patient_id == patient_id, Referral.deleted_hlc.is_(None),
            Referral.discharge.is_not(None))
        .order_by(Referral.received_at.desc()).limit(1))


def ready_text(discharge: Mapping[str, Any]) -> str | None:
    """"Vérifier que tout est prêt le jour de la sortie : …" (None: nothing listed)."""
    ready = [DISCHARGE_ITEM_LABELS[c].lower() for c in discharge.get("ready") or []]
    if not ready:
        return None
    return "Vérifier que tout est prêt le jour de la sortie : " + ", ".join(ready)


def ward_text(discharge: Mapping[str, Any]) -> str | None:
    parts = [p for p in (discharge.get("ward"), discharge.get("contact")) if p]
    return "Service hospitalier de sortie : " + " — ".join(parts) if parts else None
