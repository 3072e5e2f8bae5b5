"""The caseload (file active): search, create and edit patients, with duplicate checks."""

from __future__ import annotations

import base64
import datetime as dt
import difflib
import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Select, func, or_, select
from sqlalchemy.orm import Session, aliased

from coordapp.errors import InvalidInput, NotFound
from coordapp.models import (
    AuditAction,
    ConsentKind,
    Coordinator,
    Patient,
    PatientStatus,
    Professional,
)
from coordapp.records.patient_fields import (
    CLEANERS,
    check_case_rules,
    clean_patient_values,
    nir_warnings,
)
from coordapp.records.search_keys import patient_search_key
from coordapp.records.unit_of_work import UnitOfWork
from coordapp.services.caseload.index import CaseloadIndex, Entry, as_date
from coordapp.services.caseload.next_due import DIRECT_LIMIT, next_due_of
from coordapp.services.patient.consent import (
    INCLUDED_STATUSES,
    NOT_INFORMED_AT_CREATION,
    record_consent_in,
    require_information,
)
from coordapp.services.patient.identity_origin import (
    ORIGIN_FIELDS,
    IdentityOrigin,
    apply_identity_origin,
    check_validation,
)
from coordapp.services.plans.closure import close_plans, reopen_plans
from coordapp.services.views import PatientSummary, Warning, WriteResult, age_on
from coordapp.services.workspace import Workspace
from coordapp.textkeys import collation_key, fold

EDITABLE_FIELDS = tuple(CLEANERS)
#: A change to one of these checks again the document and date of a validated identity.
IDENTITY_CHECK_FIELDS = ("identity_status", "identity_document", "identity_checked_on")
#: What may change on a closed case (reopening it, correcting its closure).
CLOSURE_FIELDS = frozenset({"status", "closed_on", "closure_reason"})


@dataclass(frozen=True)
class CaseloadPage:
    total: int
    rows: list[PatientSummary]
    next_cursor: str | None


class DuplicateSuspected(InvalidInput):
    """Creating this patient would probably duplicate an existing one."""

    def __init__(self, candidates: list[PatientSummary]) -> None:
        names = "; ".join(
            f"{c.display_name} né(e) le {c.birth_date:%d/%m/%Y} ({c.id})" for c in candidates
        )
        super().__init__(
            f"Doublon probable : {names}. Vérifiez avant de créer un nouveau dossier.",
            "family_name",
        )
        self.candidates = candidates




class CaseloadService:
    def __init__(self, workspace: Workspace) -> None:
        self.ws = workspace

    # -- reading ----------------------------------------------------------------------

    def page(
        self,
        text: str = "",
        *,
        status: str | None = None,
        referent_id: str | None = None,
        sort: str = "name",
        desc: bool = False,
        limit: int | None = None,
        offset: int = 0,
        after: str | None = None,
        audit: bool = False,
    ) -> CaseloadPage:
        """Live patients matching every word of ``text`` (accents and case ignored),
        ``status`` and ``referent_id``, in ``sort`` order (``SORTS``): the total, the
        rows from ``offset`` or from after the patient a cursor names, ``limit`` of them,
        and the cursor of the next page (None on the last)."""
        after_id = decode_cursor(after, sort, desc) if after is not None else None
        with self.ws.reading() as uow:
            conn = uow.session.connection()
            index = index_for(self.ws)
            if limit is not None and offset == 0:  # a page: a partial sort is enough
                window = index.first(conn, limit, text, status=status,
                                     referent_id=referent_id, sort=sort, desc=desc,
                                     after=after_id)
            else:
                window = _window(index.matching(
                    conn, text, status=status, referent_id=referent_id, sort=sort,
                    desc=desc), index, conn, offset, limit, after_id, sort, desc)
            if window is None:
                raise InvalidInput("Ce curseur ne correspond à aucun patient de cette "
                                   "base : relancez la liste sans --after.", "after")
            total, chosen, more = window
            rows = index.summaries(chosen, dt.date.today())
            if audit:
                uow.audit.record(AuditAction.SEARCH, "patient", None, f"{len(rows)} résultat(s)")
        cursor = encode_cursor(chosen[-1].id, sort, desc) if more and chosen else None
        return CaseloadPage(total, rows, cursor)

    def search(self, text: str = "", *, status: str | None = None,
               referent_id: str | None = None, limit: int | None = None, offset: int = 0,
               audit: bool = False) -> list[PatientSummary]:
        """The rows of :meth:`page` in name order."""
        return self.page(text, status=status, referent_id=referent_id, limit=limit,
                         offset=offset, audit=audit).rows

    def count(self, text: str = "", *, status: str | None = None,
              referent_id: str | None = None) -> int:
        return len(self.matching(text, status=status, referent_id=referent_id))

    def matching(self, text: str = "", *, status: str | None = None,
                 referent_id: str | None = None, sort: str = "name",
                 desc: bool = False) -> list[str]:
        """Ids of every match, in order (the screen reads the rows it shows by id)."""
        with self.ws.reading() as uow:
            return [e.id for e in index_for(self.ws).matching(
                uow.session.connection(), text, status=status, referent_id=referent_id,
                sort=sort, desc=desc)]

    def rows(self, ids: Sequence[str]) -> list[PatientSummary | None]:
        """The caseload lines of ``ids``, in that order (None: no longer a live patient)."""
        with self.ws.reading() as uow:
            index = index_for(self.ws)
            entries = index.by_id(uow.session.connection(), ids)
            lines = iter(index.summaries([e for e in entries if e], dt.date.today()))
        return [next(lines) if e else None for e in entries]

    def next_due(self, ids: Sequence[str]) -> dict[str, dt.date | None]:
        """Each patient's earliest open action due in the current plan."""
        with self.ws.reading() as uow:
            index = index_for(self.ws)
            conn = uow.session.connection()
            if len(ids) <= DIRECT_LIMIT and not index.actions_loaded:
                due = next_due_of(conn, ids)  # a few lines: no need to load every action
            else:
                index.refresh(conn)
                due = index.next_due(conn)
        return {pid: as_date(due.get(pid)) for pid in ids}

    # -- before the index is loaded (the screen loads it on a worker thread) ---------

    def is_ready(self) -> bool:
        """True when the caseload index is in memory: searches answer without SQL."""
        return index_for(self.ws).loaded

    def prepare(self) -> int:
        """Load the caseload index (and its name order); the number of live patients."""
        with self.ws.reading() as uow:
            return len(index_for(self.ws).matching(uow.session.connection()))

    def live_count(self, at_most: int) -> int:
        """Live patients counted by SQL up to ``at_most`` (the scan stops there: counting
        all 20,000 reads the whole index, about 0.1 s of decryption)."""
        live = select(Patient.id).where(Patient.deleted_hlc.is_(None)).limit(at_most)
        with self.ws.reading() as uow:
            return int(uow.session.execute(
                select(func.count()).select_from(live.subquery())).scalar_one())

    def preview(self, limit: int) -> list[PatientSummary]:
        """The first ``limit`` live patients in name order, read by SQL without the
        index (what the screen shows while the index loads)."""
        query = _summary_query().where(Patient.deleted_hlc.is_(None)).order_by(
            Patient.family_name, Patient.given_names, Patient.id).limit(limit)
        today = dt.date.today()
        with self.ws.reading() as uow:
            rows = [_summary(row, today) for row in uow.session.execute(query)]
        return sorted(rows, key=lambda r: (collation_key(r.family_name),
                                           collation_key(r.given_names), r.id))

    def get(self, patient_id: str) -> PatientSummary:
        query = _summary_query().where(Patient.id == patient_id, Patient.deleted_hlc.is_(None))
        with self.ws.reading() as uow:
            row = uow.session.execute(query).one_or_none()
        if row is None:
            raise NotFound(f"Aucun patient avec l'identifiant {patient_id}.")
        return _summary(row, dt.date.today())

    def find_duplicates(
        self,
        family_name: str,
        given_names: str,
        birth_date: dt.date,
        nir: str | None = None,
        *,
        exclude_id: str | None = None,
    ) -> list[PatientSummary]:
        """Patients who may be the same person: same NIR, or same birth date with a close
        birth or used name and a close first given name."""
        with self.ws.reading() as uow:
            return _duplicates(uow.session, family_name, given_names, birth_date, nir, exclude_id)

    # -- writing ----------------------------------------------------------------------

    def add_patient(
        self, raw: Mapping[str, Any], *, allow_duplicate: bool = False,
        information: Mapping[str, Any] | None = None,
    ) -> WriteResult:
        """Validate and create a patient; refuses probable duplicates unless allowed.
        A case created followed (active or paused) needs ``information`` (recorded_on,
        given_by -- the user by default --, how, recipient, note), recorded with it."""
        if information is not None:
            information = {"given_by": self.ws.owner_name(), **information}
        with self.ws.unit_of_work() as uow:
            return create_patient_in(uow, raw, allow_duplicate=allow_duplicate,
                                     information=information)

    def update_patient(self, patient_id: str, raw: Mapping[str, Any]) -> WriteResult:
        """Validate and apply field changes; nothing is written if any value is refused."""
        with self.ws.unit_of_work() as uow:
            return update_patient_in(uow, patient_id, raw)


# -- writes inside a unit of work (shared with other use cases) ---------------------------


def create_patient_in(
    uow: UnitOfWork, raw: Mapping[str, Any], *, allow_duplicate: bool = False,
    origin: IdentityOrigin | None = None, id: str | None = None,
    information: Mapping[str, Any] | None = None,
) -> WriteResult:
    """``origin``: the system an imported identity comes from (None when typed); ``id``:
    the identifier to give the new record (an import keeping the source's);
    ``information``: the person's information (``record_consent_in``'s fields), which a
    case created followed (active or paused) cannot do without."""
    values = clean_patient_values(raw)
    values.setdefault("identity_status", "PROV")
    values.setdefault("status", PatientStatus.REQUEST.value)
    values.setdefault("ald", [])
    check_case_rules(values)
    apply_identity_origin(values, None, origin)
    check_validation(values)
    if values["status"] in INCLUDED_STATUSES and information is None:
        raise InvalidInput(NOT_INFORMED_AT_CREATION, "consent")
    if values["status"] == PatientStatus.ACTIVE and not values.get("opened_on"):
        values["opened_on"] = dt.date.today()
    _check_links(uow.session, values)
    if not allow_duplicate:
        found = _duplicates(uow.session, values["family_name"], values["given_names"],
                            values["birth_date"], values.get("nir"), None)
        if found:
            raise DuplicateSuspected(found)
    patient = uow.changes.create(Patient, values, id=id)
    patient.search_key = patient_search_key(patient)
    uow.audit.record(AuditAction.CREATE, "patient", patient.id)
    if information is not None:
        uow.session.flush()  # the patient row first: the record refers to it
        record_consent_in(uow, patient.id, ConsentKind.INFORMATION_GIVEN, information)
    warnings = [Warning(w.field, w.message) for w in nir_warnings(values)]
    return WriteResult(patient.id, sorted(values), warnings)


def update_patient_in(uow: UnitOfWork, patient_id: str, raw: Mapping[str, Any], *,
                      origin: IdentityOrigin | None = None) -> WriteResult:
    values = clean_patient_values(raw)
    patient = uow.session.get(Patient, patient_id)
    if patient is None or patient.is_deleted:
        raise NotFound(f"Aucun patient avec l'identifiant {patient_id}.")
    if patient.status == PatientStatus.CLOSED and set(values) - CLOSURE_FIELDS:
        raise InvalidInput("Le dossier de ce patient est clôturé : il est en lecture "
                           "seule. Rouvrez-le (statut actif) pour le modifier.", "status")
    was_closed = patient.status == PatientStatus.CLOSED
    if was_closed and values.get("status") not in (None, PatientStatus.CLOSED):
        values.setdefault("closure_reason", None)  # reopening clears the closure
        values.setdefault("closed_on", None)
    merged = {key: getattr(patient, key) for key in EDITABLE_FIELDS} | values
    if values.get("status") == PatientStatus.CLOSED and not merged.get("closed_on"):
        merged["closed_on"] = values["closed_on"] = dt.date.today()
    if values.get("status") == PatientStatus.ACTIVE and not merged.get("opened_on"):
        merged["opened_on"] = values["opened_on"] = dt.date.today()
    check_case_rules(merged)
    stored = {key: getattr(patient, key) for key in (*IDENTITY_CHECK_FIELDS, *ORIGIN_FIELDS)}
    apply_identity_origin(values, stored, origin)
    if any(key in values and values[key] != stored[key] for key in IDENTITY_CHECK_FIELDS):
        check_validation(stored | values)
    if values.get("status") in INCLUDED_STATUSES and patient.status not in INCLUDED_STATUSES:
        require_information(uow.session, patient_id, "d'inclure la personne")
    _check_links(uow.session, values)
    changed = uow.changes.update(patient, values)
    if changed:
        patient.search_key = patient_search_key(patient)
        uow.audit.record(AuditAction.UPDATE, "patient", patient_id, ",".join(changed))
    # The plan follows the case, whichever screen or command closed or reopened it.
    if not was_closed and patient.status == PatientStatus.CLOSED:
        close_plans(uow, patient_id, patient.closed_on or dt.date.today())
    elif was_closed and patient.status != PatientStatus.CLOSED:
        reopen_plans(uow, patient_id)
    warnings = [Warning(w.field, w.message) for w in nir_warnings(merged)] if changed else []
    return WriteResult(patient_id, changed, warnings)


# -- queries ------------------------------------------------------------------------------


@functools.cache
def _summary_query() -> Select[*tuple[Any, ...]]:
    """The caseload line's columns and joins (built once: statements are immutable, and
    building this one cost more than running it on a keystroke)."""
    gp = aliased(Professional)
    referent = aliased(Coordinator)
    return (
        select(
            Patient.id, Patient.family_name, Patient.used_name, Patient.given_names,
            Patient.used_given_name, Patient.birth_date, Patient.sex, Patient.nir,
            Patient.city, Patient.status, Patient.identity_status, Patient.gp_id,
            (func.coalesce(gp.given_name + " ", "") + gp.family_name).label("gp_name"),
            Patient.referent_id, referent.display_name.label("referent_name"),
        )
        .select_from(Patient)
        .outerjoin(gp, gp.id == Patient.gp_id)
        .outerjoin(referent, referent.id == Patient.referent_id)
    )


def _window(found: list[Entry], index: CaseloadIndex, conn: Connection, offset: int,
            limit: int | None, after: str | None, sort: str, desc: bool
            ) -> tuple[int, list[Entry], bool] | None:
    """The part of the whole listing ``found`` a page shows (None: unknown cursor)."""
    start = offset
    if after is not None:
        position = index.position_after(conn, found, after, sort, desc)
        if position is None:
            return None
        start = position
    chosen = found[start:] if limit is None else found[start:start + limit]
    return len(found), chosen, start + len(chosen) < len(found)


def index_for(workspace: Workspace) -> CaseloadIndex:
    """The workspace's caseload index (created empty, loaded on first use)."""
    index = workspace.caches.get("caseload")
    if index is None:
        index = workspace.caches["caseload"] = CaseloadIndex()
    return index


def encode_cursor(patient_id: str, sort: str, desc: bool) -> str:
    """An opaque ``--after`` value: the last patient listed and the order it was in."""
    raw = f"{sort}:{int(desc)}:{patient_id}".encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str, sort: str, desc: bool) -> str:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        cursor_sort, cursor_desc, patient_id = raw.split(":", 2)
    except (ValueError, UnicodeDecodeError):
        raise InvalidInput("Curseur illisible : reprenez la valeur de next_cursor telle "
                           "quelle.", "after") from None
    if (cursor_sort, cursor_desc) != (sort, str(int(desc))):
        raise InvalidInput("Ce curseur vient d'une liste triée autrement : gardez les mêmes "
                           "--sort et --desc d'une page à l'autre.", "after")
    return patient_id


def _summary(row: Any, today: dt.date) -> PatientSummary:
    # Positional, in _summary_query's column order: a page is 200 of these per keystroke.
    (pid, family_name, used_name, given_names, used_given_name, birth_date, sex, nir, city,
     status, identity_status, gp_id, gp_name, referent_id, referent_name) = row
    return PatientSummary(
        pid, family_name, used_name, given_names, used_given_name, birth_date,
        age_on(birth_date, today), sex, nir, city, status, identity_status, gp_id, gp_name,
        referent_id, referent_name,
    )


def _duplicates(
    session: Session,
    family_name: str,
    given_names: str,
    birth_date: dt.date,
    nir: str | None,
    exclude_id: str | None,
) -> list[PatientSummary]:
    same_birth = Patient.birth_date == birth_date
    query = _summary_query().where(
        Patient.deleted_hlc.is_(None),
        or_(same_birth, Patient.nir == nir) if nir else same_birth,
    )
    if exclude_id:
        query = query.where(Patient.id != exclude_id)
    wanted_name = fold(family_name)
    wanted_first = fold(given_names).split(" ")[0] if given_names else ""
    today = dt.date.today()
    found: list[PatientSummary] = []
    for row in session.execute(query):
        if nir and row.nir == nir:
            found.append(_summary(row, today))
            continue
        names = [fold(row.family_name), fold(row.used_name)]
        name_close = any(_close(wanted_name, name) for name in names if name)
        first_close = any(
            _close(wanted_first, given)
            for given in fold(f"{row.given_names} {row.used_given_name or ''}").split()
        )
        if name_close and first_close:
            found.append(_summary(row, today))
    return found


def _close(a: str, b: str) -> bool:
    return a == b or difflib.SequenceMatcher(None, a, b).ratio() >= 0.8


def _check_links(session: Session, values: Mapping[str, Any]) -> None:
    gp_id = values.get("gp_id")
    if gp_id and session.get(Professional, gp_id) is None:
        raise InvalidInput("Médecin traitant inconnu dans l'annuaire.", "gp_id")
    referent_id = values.get("referent_id")
    if referent_id and session.get(Coordinator, referent_id) is None:
        raise InvalidInput("Coordinateur référent inconnu.", "referent_id")
