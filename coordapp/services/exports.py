"""Export use cases: printed PPCS, FHIR bundle, iCalendar, activity report.

Each one reads what it needs, renders it in memory, then, in one transaction, records
the export in the audit trail (ids and kinds only, never names or clinical text) and
writes the file atomically where the user chose. If the file cannot be written, the
audit entry is rolled back with it; no temporary file is left anywhere.

A PPCS shown in a print preview is rendered once (``render_plan_pdf``, not recorded);
sending it to a printer is recorded with ``record_print``, saving the very bytes shown
with ``save_printed_pdf``.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from coordapp.documents.plan import PlanDocument
from coordapp.errors import InvalidInput, NotFound
from coordapp.export.ical import calendar_bytes
from coordapp.export.pdf_common import RenderedPdf
from coordapp.export.pdf_pool import render_document
from coordapp.models import (
    AuditAction,
    Coordinator,
    Patient,
    PatientStatus,
)
from coordapp.services.activity_report import compute_activity
from coordapp.services.caseload.calendar_entries import CalendarScope, calendar_entries
from coordapp.services.patient.consent import check_sharing, objecting_among
from coordapp.services.plans.document import PlanDocumentService
from coordapp.services.workspace import Workspace
from coordapp.storage.atomic import write_bytes_atomic


class Audience(enum.StrEnum):
    PERSON = "person"  # plain words, large type, a tagged (accessible) PDF
    PERSON_LARGE = "person_large"  # the same in large print (18 pt)
    TEAM = "team"  # the full PPCS


class ReportFormat(enum.StrEnum):
    PDF = "pdf"
    CSV = "csv"


@dataclass(frozen=True)
class PrintedPlan:
    """One person's PPCS within a rendered document (alone, or in a printing round)."""

    patient_id: str
    audience: Audience
    pages: int
    first_page: int = 0  # index of its first page in the document, from 0


@dataclass(frozen=True)
class ExportResult:
    path: Path
    size: int  # bytes written
    pages: int | None = None  # PDF
    items: int | None = None  # FHIR resources, calendar events
    #: Patients left out because they objected to sharing (caseload calendar).
    left_out: int = 0


class ExportService:
    def __init__(self, workspace: Workspace) -> None:
        self.ws = workspace

    # -- the plan ---------------------------------------------------------------------

    def plan_document(self, patient_id: str, plan_id: str | None = None) -> PlanDocument:
        return PlanDocumentService(self.ws).build(patient_id, plan_id)

    def render_plan_pdf(self, patient_id: str, audience: Audience | str = Audience.PERSON,
                        plan_id: str | None = None) -> RenderedPdf:
        """The PDF in memory (for a print preview); nothing is written or recorded."""
        audience = _audience(audience)
        return render_document(self.printable_document(patient_id, audience, plan_id),
                               audience.value)

    def printable_document(self, patient_id: str, audience: Audience | str,
                           plan_id: str | None = None) -> PlanDocument:
        """What the PDF of ``audience`` prints (``render_document`` turns it into one):
        ``SharingRefused`` for the team's version of someone who objected, ``NotFound``
        without a plan."""
        if _audience(audience) == Audience.TEAM:
            check_sharing(self.ws, [patient_id], "PPCS pour l'équipe", informed=False)
        doc = self.plan_document(patient_id, plan_id)
        if doc.plan is None:
            raise NotFound("Ce patient n'a pas encore de PPCS : rien à imprimer.")
        return doc

    def export_plan_pdf(self, patient_id: str, path: Path,
                        audience: Audience | str = Audience.PERSON,
                        plan_id: str | None = None) -> ExportResult:
        audience = _audience(audience)
        pdf = self.render_plan_pdf(patient_id, audience, plan_id)
        detail = f"pdf {audience.value}, {pdf.pages} page(s)"
        self._write(path, pdf.data, AuditAction.PRINT, "patient", patient_id, detail)
        return ExportResult(path, len(pdf.data), pages=pdf.pages)

    def record_print(self, patient_id: str, audience: Audience | str, pages: int) -> None:
        """Record in the audit trail that ``pages`` page(s) of this person's PPCS, as
        rendered by :meth:`render_plan_pdf`, were sent to a printer."""
        audience = _audience(audience)
        if pages < 1:
            raise InvalidInput("Aucune page imprimée : rien à enregistrer.", "pages")
        with self.ws.unit_of_work() as uow:
            if uow.session.get(Patient, patient_id) is None:
                raise NotFound(f"Aucun patient avec l'identifiant {patient_id}.")
            uow.audit.record(AuditAction.PRINT, "patient", patient_id,
                             f"impression {audience.value}, {pages} page(s)")

    def save_printed_pdf(self, path: Path, data: bytes,
                         documents: Sequence[PrintedPlan]) -> ExportResult:
        """Write a previewed PDF (one PPCS or a printing round) as is, recording one
        print per person in the same transaction."""
        if not data.startswith(b"%PDF-") or not documents:
            raise InvalidInput("Ce document n'est pas un PPCS rendu : rien n'a été exporté.")
        batch = f", lot de {len(documents)} PPCS" if len(documents) > 1 else ""
        entries = [(AuditAction.PRINT, "patient", doc.patient_id,
                    f"pdf {_audience(doc.audience).value}, {doc.pages} page(s){batch}")
                   for doc in documents]
        self._write_all(path, data, entries)
        return ExportResult(path, len(data), pages=sum(doc.pages for doc in documents))

    def export_fhir(self, patient_id: str, path: Path) -> ExportResult:
        from coordapp.export.fhir import bundle_bytes, fhir_bundle

        check_sharing(self.ws, [patient_id], "fichier FHIR")
        bundle = fhir_bundle(self.plan_document(patient_id))
        data = bundle_bytes(bundle)
        resources = len(bundle["entry"])
        self._write(path, data, AuditAction.EXPORT, "patient", patient_id,
                    f"fhir R4 bundle, {resources} ressource(s)")
        return ExportResult(path, len(data), items=resources)

    # -- calendar ---------------------------------------------------------------------

    def export_ics(self, path: Path, patient_id: str | None = None,
                   coordinator_id: str | None = None, *, with_names: bool = True
                   ) -> ExportResult:
        """Due actions and plan reviews of one patient, or of a coordinator's caseload
        (this installation's owner by default); ``with_names=False`` for a shared agenda
        (initials and the file's short id instead of names)."""
        if patient_id is not None and coordinator_id is not None:
            raise InvalidInput("Choisissez un patient ou un coordinateur, pas les deux.")
        coordinator_id = coordinator_id or (None if patient_id else self.ws.user_id)
        if patient_id is not None:
            check_sharing(self.ws, [patient_id], "agenda", informed=False)
        with self.ws.unit_of_work() as uow:
            # A caseload calendar leaves out the people who objected to sharing.
            left_out = set() if patient_id is not None else objecting_among(
                uow.session, list(uow.session.scalars(select(Patient.id).where(
                    Patient.deleted_hlc.is_(None), Patient.referent_id == coordinator_id,
                    Patient.status != PatientStatus.CLOSED))))
            entries, patients = calendar_entries(
                uow.session, CalendarScope(patient_id, coordinator_id), with_names=with_names,
                exclude=left_out)
        data = calendar_bytes(entries, "CoordApp — échéances des PPCS")
        entity_id: str | None
        if patient_id is not None:
            entity, entity_id, detail = "patient", patient_id, f"ics, {len(entries)} événement(s)"
        else:
            entity, entity_id = "coordinator", coordinator_id
            detail = f"ics file active, {patients} patient(s), {len(entries)} événement(s)"
            if left_out:
                detail += f", {len(left_out)} patient(s) omis (opposition au partage)"
        if not with_names:
            detail += ", sans noms"
        self._write(path, data, AuditAction.EXPORT, entity, entity_id, detail)
        return ExportResult(path, len(data), items=len(entries), left_out=len(left_out))

    # -- activity report --------------------------------------------------------------

    def export_activity_report(self, start: dt.date, end: dt.date, path: Path,
                               fmt: ReportFormat | str | None = None) -> ExportResult:
        """The anonymous report as PDF or CSV (from the file's extension by default)."""
        from coordapp.export.report_csv import report_csv
        from coordapp.export.report_pdf import report_pdf

        kind = report_format(path, fmt)
        with self.ws.unit_of_work() as uow:
            report = compute_activity(uow.session, start, end)
            owner = uow.session.get(Coordinator, self.ws.user_id) if self.ws.user_id else None
            structure = owner.structure_name if owner else None
        pages = None
        if kind == ReportFormat.PDF:
            pdf = report_pdf(report, structure)
            data, pages = pdf.data, pdf.pages
        else:
            data = report_csv(report)
        self._write(path, data, AuditAction.EXPORT, "activity_report", None,
                    f"rapport d'activité {kind.value} {start.isoformat()}..{end.isoformat()}")
        return ExportResult(path, len(data), pages=pages)

    # -- writing ----------------------------------------------------------------------

    def _write(self, path: Path, data: bytes, action: AuditAction, entity: str,
               entity_id: str | None, detail: str) -> None:
        self._write_all(path, data, [(action, entity, entity_id, detail)])

    def _write_all(self, path: Path, data: bytes,
                   entries: Sequence[tuple[AuditAction, str, str | None, str]]) -> None:
        path = Path(path).expanduser()
        with self.ws.unit_of_work() as uow:
            for action, entity, entity_id, detail in entries:
                uow.audit.record(action, entity, entity_id, detail)
            try:
                write_bytes_atomic(path, data)
            except OSError as exc:
                reason = exc.strerror or type(exc).__name__
                raise InvalidInput(
                    f"Impossible d'écrire le fichier {path} ({reason}) : rien n'a été exporté."
                ) from exc


def _audience(value: Audience | str) -> Audience:
    try:
        return Audience(value)
    except ValueError:
        raise InvalidInput(f"Public inconnu : {value} (person, person_large ou team).",
                           "audience") from None


def report_format(path: Path, fmt: ReportFormat | str | None) -> ReportFormat:
    value = fmt or Path(path).suffix.lower().lstrip(".")
    try:
        return ReportFormat(value)
    except ValueError:
        raise InvalidInput("Le rapport s'écrit en .pdf ou en .csv.", "out") from None
