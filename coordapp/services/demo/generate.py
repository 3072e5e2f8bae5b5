"""Demo caseload: a realistic French caseload, deterministic for a seed, bulk-inserted.

Everything is built as plain dicts (sync metadata included, one change-log row per
record) and written with Core ``executemany`` in batches inside one transaction: all or
nothing. Names, dates and values depend only on the seed and today's date; ids and HLC
stamps are new on every run. Word lists live in ``demo_data``.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection
from stdnum import luhn

from coordapp.errors import CoordAppError, InvalidInput
from coordapp.models import (
    Action,
    Assessment,
    AuditAction,
    CarePlan,
    CareTeamMember,
    ConsentRecord,
    CoordinationTask,
    Coordinator,
    Dysfunction,
    Goal,
    GpProposal,
    GpSearch,
    JournalEntry,
    Need,
    Patient,
    Professional,
    Referral,
    Structure,
)
from coordapp.records.search_keys import (
    patient_search_key,
    professional_search_key,
    structure_search_key,
)
from coordapp.services.bulk import BulkWriter
from coordapp.services.demo import data as d
from coordapp.services.demo.base import Case, email_for, key_of, make_nir, national_number
from coordapp.services.demo.case import CaseParts
from coordapp.services.directory import preload_structures_in
from coordapp.services.views import age_on
from coordapp.services.workspace import Workspace

BATCH_SIZE = 500
#: Page cache while generating (KiB).
CACHE_KIB = 128 * 1024
CANCELLED_MESSAGE = "Génération annulée : rien n'a été enregistré."
#: Insert order: parents before children (foreign keys are enforced).
_ORDER: tuple[type[Any], ...] = (
    Coordinator, Structure, Professional, Patient, ConsentRecord, Referral, CareTeamMember,
    Assessment, CarePlan, Need, Goal, Action, JournalEntry, CoordinationTask, GpSearch,
    GpProposal, Dysfunction,
)
#: The owner is the referent of about this many active cases (late and coming actions
#: on the first screen), the rest shared among the demo's other coordinators.
OWNER_CASES = 30


@dataclass(frozen=True)
class DemoSummary:
    """Records added by one run (structures include the real ones it preloaded)."""

    patients: int
    professionals: int
    structures: int
    referrals: int
    care_team_members: int
    plans: int
    actions: int
    journal_entries: int
    assessments: int
    coordinators: int
    consent_records: int = 0
    coordination_tasks: int = 0
    gp_searches: int = 0
    gp_proposals: int = 0
    dysfunctions: int = 0


def generate_demo(
    workspace: Workspace,
    patients: int,
    seed: int = 1,
    *,
    progress: Callable[[int, int, str], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> DemoSummary:
    """Add a demo caseload of ``patients`` people, with directory, plans and journal.

    ``progress(done, total, label)`` is called after each batch; when ``cancel()``
    returns True the transaction is rolled back and :class:`CoordAppError` raised.
    """
    if patients < 0:
        raise InvalidInput("Le nombre de patients ne peut pas être négatif.", "patients")
    if cancel and cancel():
        raise CoordAppError(CANCELLED_MESSAGE)
    owner = (workspace.user_id, workspace.owner_name() or "") if workspace.user_id else None
    with workspace.unit_of_work() as uow, _large_page_cache(uow.session.connection()):
        preloaded = preload_structures_in(uow)
        writer = BulkWriter(uow.session, workspace, _ORDER)
        demo = _Demo(writer, seed, dt.date.today(), owner)
        demo.directory(patients)
        writer.flush()
        for done in range(0, patients, BATCH_SIZE):
            if cancel and cancel():
                raise CoordAppError(CANCELLED_MESSAGE)
            size = min(BATCH_SIZE, patients - done)
            for _ in range(size):
                demo.patient()
            writer.flush()
            if progress:
                progress(done + size, patients, "Patients…")
        uow.audit.record(AuditAction.GENERATE_DEMO, None, None, f"{patients} patients")
    workspace.store.refresh_statistics()  # for the query planner, on the new rows
    n = writer.counts
    return DemoSummary(
        patients=n[Patient], professionals=n[Professional], structures=n[Structure] + preloaded,
        referrals=n[Referral], care_team_members=n[CareTeamMember], plans=n[CarePlan],
        actions=n[Action], journal_entries=n[JournalEntry], assessments=n[Assessment],
        coordinators=n[Coordinator], consent_records=n[ConsentRecord],
        coordination_tasks=n[CoordinationTask], gp_searches=n[GpSearch],
        gp_proposals=n[GpProposal], dysfunctions=n[Dysfunction],
    )


@contextmanager
def _large_page_cache(conn: Connection) -> Iterator[None]:
    """A bigger page cache while one transaction writes the whole caseload: index pages
    stay decrypted in memory instead of being spilled to the WAL and read back (as the
    bundle import does; the connection's usual size is restored after)."""
    usual = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql(f"PRAGMA cache_size = -{CACHE_KIB}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size = {int(usual or -2000)}")


class _Demo(CaseParts):
    """The directory and the patients, built from the seeded helpers."""

    def directory(self, patients: int) -> None:
        for _ in range(self.ri(3, 6)):
            profession, sex = self.pick(d.COORDINATOR_PROFESSIONS)
            given, family = self.person(sex)
            self.coordinators.append(coordinator := self.w.add(Coordinator, {
                "display_name": f"{given} {family}", "profession": profession,
                "structure_name": self.pick(d.DAC_NAMES),
                "email": email_for(given, family, "dac-coordination.fr"),
                "phone": self.phone(self.dept(), mobile=self.chance(0.5))}))
            self.coordinator_names[coordinator] = f"{given} {family}"
        if self.owner:
            self.coordinator_names[self.owner[0]] = self.owner[1]
        self.owner_cases = 0
        names: Counter[str] = Counter()
        for _ in range(min(patients // 60 + 15, 400)):
            kind, dept = self.weighted(d.STRUCTURE_KINDS), self.dept()
            city, postal, _insee = self.pick(d.PLACES[dept][1])
            operator, pattern = self.pick(d.OPERATORS), self.pick(d.STRUCTURES[kind][1])
            name = pattern.format(city=city, operator=operator, house=self.pick(d.HOUSES),
                                  de_city=f"d'{city}" if city[0] in "AEIOUÉ" else f"de {city}")
            names[name] += 1
            name = name if names[name] == 1 else f"{name} – site {names[name]}"
            finess = None
            if kind in ("SSIAD", "EHPAD", "HAD", "hospital", "MSP") or self.chance(0.3):
                body = f"{dept}{self.rng.randrange(10**6):06d}"
                finess = body + luhn.calc_check_digit(body)
            values = {"name": name, "kind": kind, "finess": finess,
                      "operator": operator if "{operator}" in pattern or kind == "SSIAD" else None,
                      "address": self.address(), "postal_code": postal, "city": city,
                      "phone": self.phone(dept, mobile=False)}
            sid = self.w.add(Structure, values, key_of(structure_search_key, values))
            self.structs.setdefault(kind, {}).setdefault(dept, []).append(sid)
        total = min(patients // 15 + 20, 1500)
        for profession, weight, mss, has_rpps, has_adeli in d.PROFESSIONS:
            for _ in range(max(1, round(total * weight / 100))):
                self.professional(profession, mss, has_rpps, has_adeli)

    def professional(self, profession: str, mss: str | None, has_rpps: bool,
                     has_adeli: bool) -> None:
        role = d.PROFESSION_ROLES[profession]
        given, family = self.person(self.pick("FM"))
        dept = self.dept()
        city, postal, _insee = self.pick(d.PLACES[dept][1])
        rpps = adeli = None
        if has_rpps:
            body = f"10{self.rng.randrange(10**8):08d}"
            rpps = body + luhn.calc_check_digit(body)
        if has_adeli and (not has_rpps or self.chance(0.5)):
            body = f"{dept}{self.pick(('60', '70', '93'))}{self.rng.randrange(10**4):04d}"
            adeli = body + luhn.calc_check_digit(body)
        msp = self.structs.get("MSP", {}).get(dept)
        accepts = role == "gp" and self.accepts_new_patients()
        values = {"family_name": family, "given_name": given, "profession": profession,
                  "specialty": "Gériatrie" if role == "geriatrician" else None,
                  "rpps": rpps, "adeli": adeli,
                  "structure_id": self.pick(msp) if msp and self.chance(0.3) else None,
                  "phone": self.phone(dept, mobile=self.chance(0.3)),
                  "email": email_for(given, family, f"{mss}.mssante.fr") if mss else None,
                  "address": self.address(), "postal_code": postal, "city": city,
                  "accepts_new_patients": accepts}
        pid = self.w.add(Professional, values, key_of(professional_search_key, values))
        if accepts:
            self.accepting.setdefault(dept, []).append(pid)
        self.pros.setdefault(role, {}).setdefault(dept, []).append(pid)
        self.names[pid] = f"{'Dr ' if role in ('gp', 'geriatrician') else ''}{given} {family}"

    # -- one patient and their file ------------------------------------------------------

    def patient(self) -> None:
        today = self.today
        young = self.chance(0.15)
        age = self.ri(40, 64) if young else min(95, int(self.rng.triangular(65, 96, 84)))
        sex = "F" if self.chance(0.5 if young else 0.62) else "M"
        birth = dt.date(today.year - age - 1, 1, 1) + self.days(0, 364)
        pool = self.given[sex] if young else self.old_given[sex]
        given = list(dict.fromkeys(self.pick(pool) for _ in range(
            self.weighted(d.GIVEN_NAMES_COUNT))))
        family = self.pick(self.family)
        used = self.pick(self.family) if sex == "F" and self.chance(0.35 if young else 0.65) \
            else None
        dept = self.dept()
        city, postal, _insee = self.pick(d.PLACES[dept][1])
        r = self.rng.random()
        birth_place = (self.pick(d.ABROAD_BIRTH_PLACES) if r < 0.03
                       else self.pick(d.CORSICA_BIRTH_PLACES) if r < 0.05
                       else self.pick(d.PLACES[self.dept() if r < 0.25 else dept][1])[2])
        precarity = young and self.chance(0.5)
        living = self.weighted(d.LIVING_PRECARITY if precarity else d.LIVING)
        status = self.weighted(d.CASE_STATUS)
        referent = self.pick(self.coordinators)
        if self.owner and status == "active" and self.owner_cases < OWNER_CASES and \
                self.chance(0.22):
            referent = self.owner[0]
            self.owner_cases += 1
        legal = self.weighted(d.LEGAL_PROTECTION)
        opened = None if status == "request" else \
            today - self.days(30 if status == "closed" else 0, 1095)
        c = Case(
            id="", dept=dept, young=young, precarity=precarity, living=living,
            ald=self.rng.sample(d.ALD_YOUNGER if young else d.ALD_ELDERLY,
                                self.weighted(d.ALD_COUNT[young])),
            gp=None if self.chance(0.08) else self.near(self.pros.get("gp"), dept),
            carer=self.carer(sex, family, used, living, dept),
            referent=referent, opened=opened, age=age_on(birth, today), legal=legal,
            closed=self.day(opened + dt.timedelta(days=30), today)
            if opened and status == "closed" else None,
            summary=f"{'Femme' if sex == 'F' else 'Homme'} de {age_on(birth, today)} ans, {city}")
        values = {
            "family_name": family, "given_names": " ".join(given), "birth_date": birth,
            "sex": sex, "birth_place_code": birth_place,
            "nir": make_nir(sex, birth, birth_place, self.ri(1, 999)),
            "identity_status": self.weighted(d.IDENTITY_STATUS),
            "used_name": used if used != family else None,
            "used_given_name": given[1] if len(given) > 1 and self.chance(0.1) else None,
            "phone": self.phone(dept, mobile=young or self.chance(0.4))
            if self.chance(0.85) else None,
            "phone_alt": self.phone(dept, mobile=True) if self.chance(0.25) else None,
            "email": email_for(given[0], family, self.pick(("orange.fr", "free.fr", "gmail.com")))
            if young and self.chance(0.4) else None,
            "address": self.address(), "postal_code": postal, "city": city,
            "gp_id": c.gp, "ald": c.ald, "living_situation": living, **self.languages(),
            "legal_protection": legal,
            "trusted_person": f"{c.carer[0]} ({c.carer[1].lower()}), {national_number(c.carer[2])}"
            if c.carer and self.chance(0.7) else None,
            "situation_notes": self.pick(d.SITUATION_NOTES) if self.chance(0.3) else None,
            "status": status, "referent_id": c.referent, "opened_on": opened,
            "closed_on": c.closed,
            "closure_reason": self.weighted(d.CLOSURE_REASON) if c.closed else None,
        }
        values |= demo_identity_origin(str(values["identity_status"]), opened or today)
        c.id = self.w.add(Patient, values, key_of(patient_search_key, values))
        self.referrals(c)
        members = self.circle(c)
        if opened:
            self.consents(c)
            self.assessments(c)
            self.plan(c, members)
        self.journal(c)
        self.pathway(c)  # tasks, GP search, breaks in the pathway


def demo_identity_origin(status: str, on: dt.date) -> dict[str, Any]:
    """Where a demonstration identity's status comes from, told as honestly as a real one:
    a validated identity was checked on an identity card; a retrieved one came from a
    (fictitious) system that queried INSi."""
    if status == "VALI":
        return {"identity_method": "SM", "identity_document": "CN", "identity_checked_on": on}
    if status in ("RECUP", "QUAL"):
        return {"identity_method": "INSI", "insi_queried_on": on,
                "identity_source": "Démonstration : identité fictive, INSi simulé"}
    return {"identity_method": "SM"}
