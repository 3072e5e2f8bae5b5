"""The latest assessment in one line, for the team's PPCS (GIR, Zarit of any form)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordapp.models import Assessment
from coordapp.services.assessments import zarit


def latest_assessment_line(session: Session, patient_id: str) -> str | None:
    """« Le 12/11/2026 : GIR 4 ; mini-Zarit 3,5/7 (fardeau léger à modéré) », or None."""
    record = session.scalars(
        select(Assessment)
        .where(Assessment.patient_id == patient_id, Assessment.deleted_hlc.is_(None))
        .order_by(Assessment.assessed_on.desc(), Assessment.id.desc()).limit(1)).first()
    if record is None:
        return None
    parts = [f"GIR {record.gir}" if record.gir else "GIR non évalué"]
    result = zarit.score(record.zarit_items or [])
    if result is not None:
        name = {zarit.MINI: "mini-Zarit", zarit.SHORT: "Zarit (dépistage)"}.get(
            result.form, "Zarit")
        parts.append(f"{name} {result.display} ({result.label})")
    return f"Le {record.assessed_on:%d/%m/%Y} : " + " ; ".join(parts)
