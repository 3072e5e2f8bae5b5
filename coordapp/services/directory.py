"""The directory: professionals and structures, searchable, preloaded with real ones."""

from __future__ import annotations

import csv
import io
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import case, func, select

from coordapp import validation as v
from coordapp.errors import InvalidInput, NotFound
from coordapp.models import AuditAction, Coordinator, Professional, Structure, StructureKind
from coordapp.paths import resource_path
from coordapp.records.search_keys import professional_search_key, structure_search_key
from coordapp.records.unit_of_work import UnitOfWork
from coordapp.services.views import Warning, WriteResult
from coordapp.services.workspace import Workspace
from coordapp.textkeys import fold

SEED_STRUCTURES = "structures-directory.csv"
#: French labels found in spreadsheets, to the stored kind.
KIND_LABELS = {"réseau": StructureKind.NETWORK.value, "reseau": StructureKind.NETWORK.value}

#: Fields the directory screen edits, in form order.
PROFESSIONAL_FIELDS = ("family_name", "given_name", "profession", "specialty", "rpps", "adeli",
                       "structure_id", "phone", "email", "address", "postal_code", "city",
                       "accepts_new_patients")
STRUCTURE_FIELDS = ("name", "kind", "operator", "finess", "phone", "email", "address",
                    "postal_code", "city", "hours", "note")


@dataclass(frozen=True)
class Territory:
    postal_code: str
    city: str

    @property
    def department(self) -> str:
        """``08000`` → ``08``; overseas ``97411`` → ``974``; Corsica's 2A/2B share ``20``."""
        code = self.postal_code
        return code[:3] if code[:2] in ("97", "98") else code[:2]


def _territory(uow: UnitOfWork, ws: Workspace) -> str:
    owner = uow.session.get(Coordinator, ws.user_id) if ws.user_id else None
    return Territory(owner.postal_code or "", "").department if owner is not None else ""


def _local_first(column: Any, department: str) -> list[Any]:
    """An ORDER BY term putting the rows of ``department`` first (none without one)."""
    if not department:
        return []
    return [case((column.like(f"{department}%"), 0), else_=1)]


@dataclass(frozen=True)
class ProfessionalView:
    id: str
    family_name: str
    given_name: str | None
    profession: str
    specialty: str | None
    rpps: str | None
    phone: str | None
    email: str | None
    city: str | None
    structure_id: str | None
    structure_name: str | None

    @property
    def display_name(self) -> str:
        return f"{self.given_name} {self.family_name}" if self.given_name else self.family_name


@dataclass(frozen=True)
class StructureView:
    id: str
    name: str
    kind: str
    operator: str | None
    finess: str | None
    address: str | None
    postal_code: str | None
    city: str | None
    phone: str | None


class DirectoryService:
    def __init__(self, workspace: Workspace) -> None:
        self.ws = workspace

    def search_professionals(self, text: str = "", limit: int = 200) -> list[ProfessionalView]:
        """Matching professionals, those of the user's territory (the department of the
        structure's postal code, Préférences › Mon profil) first."""
        with self.ws.reading() as uow:
            local = _local_first(Professional.postal_code, _territory(uow, self.ws))
            query = (
                select(Professional, Structure.name)
                .outerjoin(Structure, Structure.id == Professional.structure_id)
                .where(Professional.deleted_hlc.is_(None),
                       *_words(Professional.search_key, text))
                .order_by(*local, Professional.family_name, Professional.given_name)
                .limit(limit)
            )
            return [_professional_view(p, name) for p, name in uow.session.execute(query)]

    def search_structures(self, text: str = "", limit: int = 200) -> list[StructureView]:
        with self.ws.reading() as uow:
            local = _local_first(Structure.postal_code, _territory(uow, self.ws))
            query = (
                select(Structure)
                .where(Structure.deleted_hlc.is_(None), *_words(Structure.search_key, text))
                .order_by(*local, Structure.name)
                .limit(limit)
            )
            return [_structure_view(s) for s in uow.session.scalars(query)]

    def home_territory(self) -> Territory:
        """The postal code and commune of the user's structure (empty when not set)."""
        with self.ws.reading() as uow:
            owner = uow.session.get(Coordinator, self.ws.user_id) if self.ws.user_id else None
            if owner is None:
                return Territory("", "")
            return Territory(owner.postal_code or "", owner.city or "")

    def get_professional(self, professional_id: str) -> ProfessionalView:
        with self.ws.reading() as uow:
            p = uow.session.get(Professional, professional_id)
            if p is None or p.is_deleted:
                raise NotFound("Professionnel introuvable dans l'annuaire.")
            s = uow.session.get(Structure, p.structure_id) if p.structure_id else None
            return _professional_view(p, s.name if s else None)

    def get_structure(self, structure_id: str) -> StructureView:
        with self.ws.reading() as uow:
            s = uow.session.get(Structure, structure_id)
            if s is None or s.is_deleted:
                raise NotFound("Structure introuvable dans l'annuaire.")
            return _structure_view(s)

    def add_professional(self, raw: Mapping[str, Any]) -> WriteResult:
        values, warnings = clean_professional(raw)
        with self.ws.unit_of_work() as uow:
            p = uow.changes.create(Professional, values)
            p.search_key = professional_search_key(p)
            uow.audit.record(AuditAction.CREATE, "professional", p.id)
            return WriteResult(p.id, sorted(values), warnings)

    def add_structure(self, raw: Mapping[str, Any]) -> WriteResult:
        values, warnings = clean_structure(raw)
        with self.ws.unit_of_work() as uow:
            s = uow.changes.create(Structure, values)
            s.search_key = structure_search_key(s)
            uow.audit.record(AuditAction.CREATE, "structure", s.id)
            return WriteResult(s.id, sorted(values), warnings)

    def preload_structures(self, csv_path: Path | None = None) -> int:
        """Add the shipped real support structures not yet in the directory (by name)."""
        with self.ws.unit_of_work() as uow:
            return preload_structures_in(uow, csv_path)

    def count_structures(self) -> int:
        with self.ws.reading() as uow:
            query = select(func.count()).select_from(Structure).where(
                Structure.deleted_hlc.is_(None)
            )
            return int(uow.session.scalar(query) or 0)

    # -- editing (the directory screen) ---------------------------------------------------

    def professional_fields(self, professional_id: str) -> dict[str, Any]:
        """The stored values of the editable fields (``PROFESSIONAL_FIELDS``)."""
        with self.ws.reading() as uow:
            p = uow.session.get(Professional, professional_id)
            if p is None or p.is_deleted:
                raise NotFound("Professionnel introuvable dans l'annuaire.")
            return {key: getattr(p, key) for key in PROFESSIONAL_FIELDS}

    def structure_fields(self, structure_id: str) -> dict[str, Any]:
        """The stored values of the editable fields (``STRUCTURE_FIELDS``)."""
        with self.ws.reading() as uow:
            s = uow.session.get(Structure, structure_id)
            if s is None or s.is_deleted:
                raise NotFound("Structure introuvable dans l'annuaire.")
            return {key: getattr(s, key) for key in STRUCTURE_FIELDS}

    def update_professional(self, professional_id: str, raw: Mapping[str, Any]) -> WriteResult:
        """Validate the whole form and write the fields that changed (an empty field
        clears the stored value); doubtful RPPS or ADELI numbers come back as warnings."""
        values, warnings = clean_professional(raw)
        values.setdefault("rpps", None)
        values.setdefault("adeli", None)
        with self.ws.unit_of_work() as uow:
            p = uow.session.get(Professional, professional_id)
            if p is None or p.is_deleted:
                raise NotFound("Professionnel introuvable dans l'annuaire.")
            structure_id = values["structure_id"]
            if structure_id and uow.session.get(Structure, structure_id) is None:
                raise InvalidInput("Structure inconnue dans l'annuaire.", "structure_id")
            changed = uow.changes.update(p, values)
            if changed:
                p.search_key = professional_search_key(p)
                uow.audit.record(AuditAction.UPDATE, "professional", professional_id,
                                 ",".join(changed))
        return WriteResult(professional_id, changed, warnings)

    def update_structure(self, structure_id: str, raw: Mapping[str, Any]) -> WriteResult:
        """Validate the whole form and write the fields that changed."""
        values, warnings = clean_structure(raw)
        values.setdefault("finess", None)
        with self.ws.unit_of_work() as uow:
            s = uow.session.get(Structure, structure_id)
            if s is None or s.is_deleted:
                raise NotFound("Structure introuvable dans l'annuaire.")
            changed = uow.changes.update(s, values)
            if changed:
                s.search_key = structure_search_key(s)
                uow.audit.record(AuditAction.UPDATE, "structure", structure_id,
                                 ",".join(changed))
        return WriteResult(structure_id, changed, warnings)

    @staticmethod
    def check_professional(raw: Mapping[str, Any]) -> list[Warning]:
        """What saving ``raw`` would warn about; raises ``InvalidInput`` as saving would."""
        return clean_professional(raw)[1]

    @staticmethod
    def check_structure(raw: Mapping[str, Any]) -> list[Warning]:
        """Like :meth:`check_professional`, for a structure."""
        return clean_structure(raw)[1]


#: Namespace of the ids of the structures shipped with CoordApp (uuid5 of the folded name).
SEED_NAMESPACE = uuid.UUID("6f0d6c55-3b8e-4b7e-9a52-2f1f4c1e0a11")


def seed_structure_id(name: str) -> str:
    return str(uuid.uuid5(SEED_NAMESPACE, fold(name)))


def preload_structures_in(uow: UnitOfWork, csv_path: Path | None = None) -> int:
    """Inside a transaction: add the shipped structures missing from the directory."""
    path = csv_path or resource_path(SEED_STRUCTURES)
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
    known = {fold(n) for n in uow.session.scalars(select(Structure.name))}
    added = 0
    for row in rows:
        name = (row.get("name") or "").strip()
        if not name or fold(name) in known:
            continue
        values, _warnings = clean_structure({
            "name": name,
            "kind": (row.get("kind") or "").strip() or StructureKind.OTHER.value,
            "operator": row.get("operator"),
            "address": row.get("address"),
            "postal_code": row.get("postal_code"),
            "city": row.get("city"),
            "phone": row.get("phone"),
        })
        # The same id on every installation: once colleagues sync, each shipped
        # structure stays one record instead of one per copy.
        s = uow.changes.create(Structure, values, id=seed_structure_id(name))
        s.search_key = structure_search_key(s)
        known.add(fold(name))
        added += 1
    if added:
        uow.audit.record(AuditAction.IMPORT, "structure", None, f"{added} structure(s)")
    return added


def _words(column: Any, text: str) -> list[Any]:
    return [column.like(f"%{word}%") for word in fold(text).split()]


def _opt(value: Any) -> str | None:
    text = " ".join(str(value).split()) if value is not None else ""
    return text or None


def clean_professional(raw: Mapping[str, Any]) -> tuple[dict[str, Any], list[Warning]]:
    warnings: list[Warning] = []
    family_name = _opt(raw.get("family_name"))
    profession = _opt(raw.get("profession"))
    if not family_name:
        raise InvalidInput("Le nom du professionnel est obligatoire.", "family_name")
    if not profession:
        raise InvalidInput("La profession est obligatoire.", "profession")
    values: dict[str, Any] = {
        "family_name": family_name,
        "given_name": _opt(raw.get("given_name")),
        "profession": profession,
        "specialty": _opt(raw.get("specialty")),
        "structure_id": _opt(raw.get("structure_id")),
        "address": _opt(raw.get("address")),
        "city": _opt(raw.get("city")),
        "email": v.validate_email(raw["email"]) if _opt(raw.get("email")) else None,
        "phone": v.validate_phone(raw["phone"]) if _opt(raw.get("phone")) else None,
        "postal_code": (
            v.validate_postal_code(raw["postal_code"]) if _opt(raw.get("postal_code")) else None
        ),
        "accepts_new_patients": bool(raw.get("accepts_new_patients")),
    }
    for key, check in (("rpps", v.validate_rpps), ("adeli", v.validate_adeli)):
        if _opt(raw.get(key)):
            values[key], found = check(str(raw[key]))
            warnings.extend(Warning(w.field, w.message) for w in found)
    return values, warnings


def clean_structure(raw: Mapping[str, Any]) -> tuple[dict[str, Any], list[Warning]]:
    warnings: list[Warning] = []
    name = _opt(raw.get("name"))
    if not name:
        raise InvalidInput("Le nom de la structure est obligatoire.", "name")
    kind = _opt(raw.get("kind")) or StructureKind.OTHER.value
    kind = KIND_LABELS.get(kind.casefold(), kind)
    if kind not in {k.value for k in StructureKind}:
        kind = StructureKind.OTHER.value
    values: dict[str, Any] = {
        "name": name,
        "kind": kind,
        "operator": _opt(raw.get("operator")),
        "address": _opt(raw.get("address")),
        "city": _opt(raw.get("city")),
        "email": v.validate_email(raw["email"]) if _opt(raw.get("email")) else None,
        "phone": v.validate_phone(raw["phone"]) if _opt(raw.get("phone")) else None,
        "postal_code": (
            v.validate_postal_code(raw["postal_code"]) if _opt(raw.get("postal_code")) else None
        ),
        "hours": _opt(raw.get("hours")),
        "note": _opt(raw.get("note")),
    }
    if _opt(raw.get("finess")):
        values["finess"], found = v.validate_finess(str(raw["finess"]))
        warnings.extend(Warning(w.field, w.message) for w in found)
    return values, warnings


def _professional_view(p: Professional, structure_name: str | None) -> ProfessionalView:
    return ProfessionalView(
        id=p.id, family_name=p.family_name, given_name=p.given_name, profession=p.profession,
        specialty=p.specialty, rpps=p.rpps, phone=p.phone, email=p.email, city=p.city,
        structure_id=p.structure_id, structure_name=structure_name,
    )


def _structure_view(s: Structure) -> StructureView:
    return StructureView(
        id=s.id, name=s.name, kind=s.kind, operator=s.operator, finess=s.finess,
        address=s.address, postal_code=s.postal_code, city=s.city, phone=s.phone,
    )

