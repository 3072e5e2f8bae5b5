"""The person's rights (GDPR): a readable copy of everything held about them."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from coordapp.errors import InvalidInput
from coordapp.export.pdf_record import RecordDocument, record_pdf
from coordapp.models import AuditAction
from coordapp.services.assessments.recording import COMPLEXITY_FACTORS
from coordapp.services.patient.file import PatientFileService
from coordapp.services.plans.versions import PlanVersionService
from coordapp.services.safety.audit_log import AuditLogService
from coordapp.services.views import patient_file_json, to_jsonable
from coordapp.services.workspace import Workspace
from coordapp.storage.atomic import write_bytes_atomic


@dataclass(frozen=True)
class PersonalDataExport:
    json_path: Path
    pdf_path: Path
    pdf_pages: int


class PersonalDataService:
    def __init__(self, workspace: Workspace) -> None:
        self.ws = workspace

    def export(self, patient_id: str, out_dir: Path) -> PersonalDataExport:
        """Write ``<id>.json`` (complete, machine-readable) and ``<id>.pdf`` (readable)
        into ``out_dir``: the record, every plan version, and who saw or changed it."""
        if out_dir.exists() and not out_dir.is_dir():
            raise InvalidInput(f"{out_dir} n'est pas un dossier.", "out")
        record = patient_file_json(PatientFileService(self.ws).load(patient_id, audit=False))
        versions_service = PlanVersionService(self.ws)
        plan_versions = [
            to_jsonable(versions_service.show(patient_id, summary.version, audit=False).plan)
            for summary in versions_service.versions(patient_id)
        ]
        history = [to_jsonable(e) for e in AuditLogService(self.ws).entries(patient_id)]
        document = {
            "format": "coordapp-personal-data",
            "version": 1,
            "generated_at": dt.datetime.now().replace(microsecond=0).isoformat(),
            "record": record,
            "plan_versions": plan_versions,
            "access_history": history,
        }
        factors = {code: name for code, (_group, name) in COMPLEXITY_FACTORS.items()}
        pdf = record_pdf(RecordDocument(record, plan_versions, history, dt.date.today(),
                                        factors))
        out_dir.mkdir(parents=True, exist_ok=True)
        json_path = out_dir / f"donnees-{patient_id}.json"
        pdf_path = out_dir / f"donnees-{patient_id}.pdf"
        write_bytes_atomic(json_path, json.dumps(document, ensure_ascii=False,
                                                 indent=2).encode("utf-8"))
        write_bytes_atomic(pdf_path, pdf.data)
        with self.ws.unit_of_work() as uow:
            uow.audit.record(AuditAction.EXPORT, "patient", patient_id, "rgpd json+pdf")
        return PersonalDataExport(json_path, pdf_path, pdf.pages)
