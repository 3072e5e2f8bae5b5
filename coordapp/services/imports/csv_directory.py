"""Row checks of a directory file: professionals, and structures when a « Type » column
says so. Duplicates: same RPPS, or same name, first name and profession (professionals);
same name or FINESS (structures); in the file and in the base."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordapp.errors import InvalidInput
from coordapp.models import AuditAction, Professional, Structure, StructureKind
from coordapp.records.search_keys import professional_search_key, structure_search_key
from coordapp.records.unit_of_work import UnitOfWork
from coordapp.services.directory import clean_professional, clean_structure
from coordapp.services.imports.csv_checks import Issue, RowChecker, RowReport
from coordapp.services.imports.csv_mapping import normalise_cell
from coordapp.services.views import Warning
from coordapp.textkeys import fold

_PROFESSIONAL_TYPES = frozenset({"", "professionnel", "professionnelle", "pro", "ps",
                                 "professionnel de sante", "liberal", "personne",
                                 "professional"})
_STRUCTURE_TYPES = {fold(k.value): k.value for k in StructureKind} | {
    "structure": "other", "etablissement": "other", "organisme": "other", "service": "other",
    "autre": "other", "autre structure": "other", "hopital": "hospital", "ch": "hospital",
    "chu": "hospital", "clinique": "hospital", "etablissement de sante": "hospital",
    "conseil departemental": "council", "departement": "council", "pharmacie": "pharmacy",
    "laboratoire": "laboratory", "reseau": "network", "reseau de sante": "network",
}
_PROFESSIONAL_KEYS = ("family_name", "given_name", "profession", "specialty", "rpps", "adeli",
                      "phone", "email", "address", "postal_code", "city")
_STRUCTURE_KEYS = ("operator", "finess", "phone", "email", "address", "postal_code", "city")
Cleaner = Callable[[Mapping[str, Any]], tuple[dict[str, Any], list[Warning]]]


class DirectoryRowChecker(RowChecker):
    """Professionals, and structures when a « Type » column says so (« structure », or a
    kind such as DAC, SSIAD, EHPAD, pharmacie…)."""

    entity = "directory"

    def __init__(self, session: Session, columns: Mapping[str, str]) -> None:
        super().__init__(session, columns)
        self.rpps: dict[str, str] = {}
        self.people: dict[tuple[str, str, str], str] = {}
        self.names: dict[str, str] = {}  # folded structure name → where
        self.finess: dict[str, str] = {}
        self.structure_ids: dict[str, str] = {}  # folded name → id, in the base
        query = select(Professional.family_name, Professional.given_name,
                       Professional.profession, Professional.rpps).where(
            Professional.deleted_hlc.is_(None))
        for fam, given, profession, rpps in session.execute(query):
            self._remember_professional(fam, given, profession, rpps, "de l'annuaire")
        structures = select(Structure.id, Structure.name, Structure.finess).where(
            Structure.deleted_hlc.is_(None))
        for sid, name, finess in session.execute(structures):
            self._remember_structure(name, finess, "de l'annuaire")
            self.structure_ids[fold(name)] = sid
        self.in_base = (set(self.rpps), set(self.people), set(self.names), set(self.finess))

    def _remember_professional(self, fam: str, given: str | None, profession: str,
                               rpps: str | None, where: str) -> None:
        self.people.setdefault((fold(fam), fold(given), fold(profession)), where)
        if rpps:
            self.rpps.setdefault(rpps, where)

    def _remember_structure(self, name: str, finess: str | None, where: str) -> None:
        self.names.setdefault(fold(name), where)
        if finess:
            self.finess.setdefault(finess, where)

    def check(self, line: int, texts: Mapping[str, str]) -> RowReport:
        kind_text = texts.get("record_type", "")
        kind = _STRUCTURE_TYPES.get(fold(kind_text))
        if "record_type" not in texts and "family_name" not in texts:
            kind = StructureKind.OTHER.value  # no type, no person's name: structures only
        name = texts.get("family_name", "")
        if kind is not None:
            name = texts.get("structure_name") or name
            self.columns["name"] = self.column(
                "structure_name" if texts.get("structure_name") else "family_name")
        label = " ".join(p for p in (name.upper() if kind is None else name,
                                     texts.get("given_name", "")) if p)
        row = RowReport(line, "professional" if kind is None else "structure",
                      label or "(sans nom)")
        if kind is None and fold(kind_text) not in _PROFESSIONAL_TYPES:
            row.errors.append(Issue(self.column("record_type"), (
                f"Type « {kind_text} » inconnu : professionnel, structure ou un type de "
                "structure (DAC, SSIAD, EHPAD, pharmacie…) attendu.")))
            return row
        raw: dict[str, Any] = {}
        for key in _PROFESSIONAL_KEYS if kind is None else _STRUCTURE_KEYS:
            text, warning = normalise_cell(key, texts.get(key, ""))
            raw[key] = text
            if warning:
                row.warnings.append(Issue(self.column(key), warning))
        if kind is not None:
            raw |= {"name": name, "kind": kind}
        values, warnings = self._clean(row, clean_structure if kind else clean_professional,
                                       raw)
        row.warnings += [Issue(self.column(w.field), w.message) for w in warnings]
        if row.errors:
            return row
        row.values = values
        if kind is None:
            self._check_professional(row, values, texts.get("structure_name", ""))
        else:
            self._check_structure(row, values)
        return row

    def _clean(self, row: RowReport, clean: Cleaner, raw: dict[str, Any]
               ) -> tuple[dict[str, Any], list[Warning]]:
        """Every error of the row: clean, note the error, blank that field, clean again."""
        for _attempt in range(len(raw) + 1):
            try:
                return clean(raw)
            except InvalidInput as exc:
                row.errors.append(Issue(self.column(exc.field), exc.message))
                if exc.field not in raw:
                    break
                required = exc.field in ("family_name", "profession", "name")
                raw[exc.field] = "?" if required else None
        return {}, []

    def _check_professional(self, row: RowReport, values: dict[str, Any],
                            structure: str) -> None:
        key = (fold(values["family_name"]), fold(values["given_name"]),
               fold(values["profession"]))
        if values.get("rpps") in self.rpps:
            row.duplicates.append(Issue(self.column("rpps"), "Doublon probable : même RPPS "
                                         f"qu'une fiche {self.rpps[values['rpps']]}."))
        elif key in self.people:
            row.duplicates.append(Issue("", "Doublon probable : même nom et même profession "
                                         f"qu'une fiche {self.people[key]}."))
        self._remember_professional(values["family_name"], values["given_name"],
                                    values["profession"], values.get("rpps"),
                                    f"de la ligne {row.line} du fichier")
        if structure:
            values["structure_id"] = self.structure_ids.get(fold(structure))
            row.link = None if values["structure_id"] else structure

    def _check_structure(self, row: RowReport, values: dict[str, Any]) -> None:
        name, finess = fold(values["name"]), values.get("finess")
        if name in self.names:
            row.duplicates.append(Issue(self.column("name"), "Doublon probable : même nom "
                                         f"qu'une structure {self.names[name]}."))
        elif finess and finess in self.finess:
            row.duplicates.append(Issue(self.column("finess"), "Doublon probable : même "
                                         f"FINESS qu'une structure {self.finess[finess]}."))
        self._remember_structure(values["name"], finess, f"de la ligne {row.line} du fichier")

    def finish(self, rows: Sequence[RowReport]) -> None:
        created = {fold(r.values["name"]) for r in rows
                   if r.record == "structure" and r.values and not r.duplicates}
        for row in rows:
            name = row.link
            if name and fold(name) not in created:
                row.link = None
                row.warnings.append(Issue(self.column("structure_name"), (
                    f"Structure « {name} » absente de l'annuaire : fiche importée sans lien.")))

    def order(self, rows: Sequence[RowReport]) -> list[RowReport]:
        """Structures first, so that professionals can be linked to them."""
        return sorted(rows, key=lambda r: r.record != "structure")

    def exists(self, row: RowReport) -> bool:
        rpps, people, names, finess = self.in_base
        v = row.values
        if row.record == "structure":
            return fold(v["name"]) in names or (bool(v.get("finess")) and v["finess"] in finess)
        return v.get("rpps") in rpps or (
            fold(v["family_name"]), fold(v["given_name"]), fold(v["profession"])) in people

    def write(self, uow: UnitOfWork, row: RowReport) -> str:
        values = dict(row.values)
        if row.record == "structure":
            s = uow.changes.create(Structure, values)
            s.search_key = structure_search_key(s)
            self.structure_ids.setdefault(fold(s.name), s.id)
            uow.audit.record(AuditAction.CREATE, "structure", s.id)
            return s.id
        if row.link:
            values["structure_id"] = self.structure_ids.get(fold(row.link))
        p = uow.changes.create(Professional, values)
        p.search_key = professional_search_key(p)
        uow.audit.record(AuditAction.CREATE, "professional", p.id)
        return p.id
