"""Every write lands in the change log; the audit trail is a verifiable hash chain."""

from __future__ import annotations

from sqlalchemy import select, text

from coordapp.models import AuditEvent, Change, Patient
from coordapp.records.audit import first_broken_entry
from coordapp.services.caseload.patients import CaseloadService
from coordapp.services.workspace import Workspace

PATIENT = {"family_name": "Martin", "given_names": "Paul", "birth_date": "1938-07-01",
           "sex": "M", "city": "Troyes"}


def changes_for(workspace: Workspace, entity_id: str) -> list[Change]:
    with workspace.unit_of_work() as uow:
        return list(uow.session.scalars(
            select(Change).where(Change.entity_id == entity_id).order_by(Change.hlc)
        ))


def test_creation_and_update_are_logged_field_by_field(workspace: Workspace):
    service = CaseloadService(workspace)
    patient_id = service.add_patient(PATIENT).id
    result = service.update_patient(patient_id, {"city": "Reims", "family_name": "Martin"})
    assert result.changed == ["city"]

    create, update = changes_for(workspace, patient_id)
    assert create.kind == "create" and create.entity == "patient"
    assert create.values["family_name"] == "Martin"
    assert create.values["birth_date"] == "1938-07-01"
    assert create.base_hlc is None
    assert update.kind == "update" and update.values == {"city": "Reims"}
    assert update.base_hlc == create.hlc < update.hlc
    assert update.device_id == workspace.device_id
    assert update.author_id == workspace.user_id

    with workspace.unit_of_work() as uow:
        patient = uow.session.get(Patient, patient_id)
        assert patient is not None
        assert patient.updated_hlc == update.hlc
        assert patient.created_hlc == create.hlc
        assert patient.origin_device == workspace.device_id
        assert "reims" in patient.search_key


def test_an_unchanged_update_logs_nothing(workspace: Workspace):
    service = CaseloadService(workspace)
    patient_id = service.add_patient(PATIENT).id
    assert service.update_patient(patient_id, {"city": "Troyes"}).changed == []
    assert len(changes_for(workspace, patient_id)) == 1


def test_audit_trail_records_views_without_clinical_text(workspace: Workspace):
    service = CaseloadService(workspace)
    patient_id = service.add_patient(PATIENT).id
    service.search("martin", audit=True)
    with workspace.unit_of_work() as uow:
        events = list(uow.session.scalars(select(AuditEvent).order_by(AuditEvent.seq)))
    actions = [e.action for e in events]
    assert actions[0] == "create_database"
    assert "create" in actions and "search" in actions
    assert any(e.entity_id == patient_id for e in events)
    assert not any("Martin" in (e.detail or "") for e in events)


def test_editing_or_removing_an_audit_entry_breaks_the_chain_there(workspace: Workspace):
    service = CaseloadService(workspace)
    for year in (1930, 1931, 1932):
        service.add_patient(PATIENT | {"birth_date": f"{year}-01-01"})
    with workspace.unit_of_work() as uow:
        assert first_broken_entry(uow.session, uow.audit.key) is None
        seqs = list(uow.session.scalars(select(AuditEvent.seq).order_by(AuditEvent.seq)))
        uow.session.execute(text("UPDATE audit_event SET detail = 'x' WHERE seq = :s"),
                            {"s": seqs[2]})
        assert first_broken_entry(uow.session, uow.audit.key) == seqs[2]
        uow.session.rollback()
    with workspace.unit_of_work() as uow:
        uow.session.execute(text("DELETE FROM audit_event WHERE seq = :s"), {"s": seqs[1]})
        assert first_broken_entry(uow.session, uow.audit.key) == seqs[2]
        uow.session.rollback()
