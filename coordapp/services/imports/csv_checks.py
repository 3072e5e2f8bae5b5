"""Row checks of the CSV import: one checker per kind of file, inside one transaction.

A checker turns a row's cell texts (by field key) into a :class:`RowReport` with the
values the services will write, every error found (not only the first), warnings and
probable duplicates, in the file and in the base. The duplicate rule is the one
``CaseloadService.find_duplicates`` applies, run on an in-memory index so that checking
thousands of rows costs one query, not one per row.
"""

from __future__ import annotations

import datetime as dt
import difflib
import enum
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordapp import validation as v
from coordapp.errors import InvalidInput
from coordapp.models import (
    ClosureReason,
    Patient,
    PatientStatus,
    Professional,
)
from coordapp.records.patient_fields import (
    LABELS,
    check_case_rules,
    clean_patient_values,
    nir_warnings,
)
from coordapp.records.unit_of_work import UnitOfWork
from coordapp.services.caseload.patients import create_patient_in
from coordapp.services.imports.csv_mapping import normalise_cell
from coordapp.services.patient.consent import INCLUDED_STATUSES
from coordapp.services.patient.identity_origin import (
    IdentityOrigin,
    apply_identity_origin,
    check_validation,
)
from coordapp.textkeys import fold

#: Columns that tell where the identities come from (not patient fields one may type).
ORIGIN_COLUMNS = ("identity_source", "insi_queried_on")
#: Columns of the person's information (a consent record written with the patient).
INFORMATION_COLUMNS = ("informed_on", "informed_by", "informed_how", "informed_to")
_INFORMATION_FIELDS = {"informed_by": "given_by", "informed_how": "how",
                       "informed_to": "recipient"}
NOT_INFORMED_IMPORT = (
    "Information de la personne non indiquée (colonne « Information le ») : importé(e) "
    "en demande, pas en suivi actif. Enregistrez son information puis incluez-la.")
_NIR_SEX = {"1": "M", "3": "M", "7": "M", "2": "F", "4": "F", "8": "F"}
_TITLES = frozenset({"dr", "docteur", "pr", "professeur", "m", "mme", "mr", "madame",
                     "monsieur"})


class RowState(enum.StrEnum):
    READY = "ready"
    ERROR = "error"
    DUPLICATE = "duplicate"


@dataclass(frozen=True)
class Issue:
    """What is wrong (or doubtful) with a row: the file's column header ("" for the whole
    row) and a French sentence."""

    column: str
    message: str


@dataclass
class RowReport:
    """One data row of the file, checked."""

    line: int
    record: str  # "patient", "professional" or "structure"
    label: str  # who the row is about, for the person reading the report
    values: dict[str, Any] = field(default_factory=dict)  # what would be written
    errors: list[Issue] = field(default_factory=list)
    duplicates: list[Issue] = field(default_factory=list)
    warnings: list[Issue] = field(default_factory=list)
    link: str | None = None  # a structure of the same file, by name, to link to
    origin: IdentityOrigin | None = None  # patients: where the identity comes from
    #: Patients: the person's information (``record_consent_in``'s fields), if given.
    information: dict[str, Any] | None = None
    #: Patients: followed in the file, brought in as a request for want of information.
    not_included: bool = False

    @property
    def state(self) -> RowState:
        if self.errors:
            return RowState.ERROR
        return RowState.DUPLICATE if self.duplicates else RowState.READY


class RowChecker:
    """Checks rows of one kind; ``columns``: field key → the file header it comes from."""

    entity = ""
    #: Dates come as text whose day/month order must be checked (not a workbook's cells).
    text_dates = True

    def __init__(self, session: Session, columns: Mapping[str, str]) -> None:
        self.session = session
        self.columns = dict(columns)

    def column(self, key: str | None) -> str:
        return self.columns.get(key or "", "")

    def check(self, line: int, texts: Mapping[str, str]) -> RowReport:
        raise NotImplementedError

    def finish(self, rows: Sequence[RowReport]) -> None:
        """After the last row: what needs the whole file (links between rows)."""

    def order(self, rows: Sequence[RowReport]) -> list[RowReport]:
        return list(rows)

    def exists(self, row: RowReport) -> bool:
        """Whether the base now holds a probable duplicate of ``row``."""
        raise NotImplementedError

    def write(self, uow: UnitOfWork, row: RowReport) -> str:
        raise NotImplementedError


# -- patients -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Person:
    names: tuple[str, ...]  # folded birth and used names
    given: tuple[str, ...]  # folded given-name words
    birth_date: dt.date
    nir: str | None
    where: str  # "de la ligne 4 du fichier", "d'un dossier existant : …"


class _PersonIndex:
    """The duplicate rule of ``caseload._duplicates``: same NIR, or same birth date with a
    close birth or used name and a close first given name."""

    def __init__(self) -> None:
        self.by_birth: dict[dt.date, list[_Person]] = defaultdict(list)
        self.by_nir: dict[str, list[_Person]] = defaultdict(list)

    def add(self, family: str, used: str | None, given: str, used_given: str | None,
            birth_date: dt.date, nir: str | None, where: str) -> None:
        person = _Person(tuple(n for n in (fold(family), fold(used)) if n),
                         tuple(fold(f"{given} {used_given or ''}").split()), birth_date, nir,
                         where)
        self.by_birth[birth_date].append(person)
        if nir:
            self.by_nir[nir].append(person)

    def match(self, family: str, given: str, birth_date: dt.date, nir: str | None
              ) -> list[_Person]:
        found = list(self.by_nir.get(nir, [])) if nir else []
        name, first = fold(family), (fold(given).split(" ")[0] if given else "")
        for p in self.by_birth.get(birth_date, []):
            if p not in found and any(_close(name, n) for n in p.names) and any(
                _close(first, g) for g in p.given
            ):
                found.append(p)
        return found


def _patient_label(texts: Mapping[str, str], birth_date: dt.date | None) -> str:
    """« DUPONT Marie (15/06/1945) », from what the row holds."""
    given = texts.get("given_names", "").split(" ")[0]
    label = " ".join(p for p in (texts.get("family_name", "").upper(), given) if p)
    born = f"{birth_date:%d/%m/%Y}" if birth_date else texts.get("birth_date", "")
    label = f"{label} ({born})" if born else label
    return label or "(sans nom)"


DATE_KEYS = ("birth_date", "opened_on", "closed_on")
_SLASH_DATE = re.compile(r"([0-9]{1,2})([/.\-])([0-9]{1,2})\2([0-9]{4})")


def _close(a: str, b: str) -> bool:
    return a == b or difflib.SequenceMatcher(None, a, b).ratio() >= 0.8


class PatientRowChecker(RowChecker):
    entity = "patient"
    REQUIRED = ("family_name", "given_names", "birth_date")

    def __init__(self, session: Session, columns: Mapping[str, str]) -> None:
        super().__init__(session, columns)
        self.base = _PersonIndex()
        query = select(Patient.family_name, Patient.used_name, Patient.given_names,
                       Patient.used_given_name, Patient.birth_date, Patient.nir).where(
            Patient.deleted_hlc.is_(None))
        for fam, used, given, used_given, born, nir in session.execute(query):
            first = (used_given or given).split(" ")[0]
            where = (f"d'un dossier existant : {fam.upper()} {first}, né(e) le "
                     f"{born:%d/%m/%Y}")
            self.base.add(fam, used, given, used_given, born, nir, where)
        self.file = _PersonIndex()
        #: Every date written with separators (row, field, first part, second part).
        self.slash_dates: list[tuple[RowReport, str, int, int]] = []
        self.doctors: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
        doctors = select(Professional.id, Professional.family_name, Professional.given_name,
                         Professional.profession).where(Professional.deleted_hlc.is_(None))
        for pid, surname, forename, profession in session.execute(doctors):
            self.doctors[fold(surname)].append((pid, fold(forename), fold(profession)))

    #: The file's name, recorded as the source of the identities it brings.
    source_name = ""

    def check(self, line: int, texts: Mapping[str, str]) -> RowReport:
        row = RowReport(line, "patient", _patient_label(texts, None))
        for key in DATE_KEYS:  # even unreadable ones: "05/26/1950" shows the file's order
            match = _SLASH_DATE.fullmatch((texts.get(key) or "").strip())
            if match:
                self.slash_dates.append((row, key, int(match[1]), int(match[3])))
        values: dict[str, Any] = {}
        row.origin = self._origin(row, texts)
        row.information = self._information(row, texts)
        for key, text in texts.items():
            if key in ORIGIN_COLUMNS or key in INFORMATION_COLUMNS:
                continue
            if not text:
                if key in self.REQUIRED:
                    row.errors.append(Issue(self.column(key),
                                             f"Le champ « {LABELS[key]} » est obligatoire."))
                continue
            try:
                text, warning = normalise_cell(key, text)
                if warning:
                    row.warnings.append(Issue(self.column(key), warning))
                values |= {key: text} if key == "gp_name" else clean_patient_values({key: text})
            except InvalidInput as exc:
                row.errors.append(Issue(self.column(key), exc.message))
        row.label = _patient_label(texts, values.get("birth_date"))
        if row.errors:
            return row
        self._complete(row, values)
        try:
            check_case_rules({"identity_status": "PROV", **values})
            checked = {"identity_status": "PROV", **values}
            apply_identity_origin(checked, None, row.origin)
            check_validation(checked)
        except InvalidInput as exc:
            row.errors.append(Issue(self.column(exc.field), exc.message))
            return row
        self._note_dates(row, texts, values)
        if row.errors:
            return row
        row.warnings += [Issue(self.column("nir"), w.message) for w in nir_warnings(values)]
        self._link_gp(row, values)
        row.values = values
        args = (values["family_name"], values["given_names"], values["birth_date"],
                values.get("nir"))
        for found in self.file.match(*args) + self.base.match(*args):
            row.duplicates.append(Issue("", f"Doublon probable {found.where}."))
        self.file.add(values["family_name"], values.get("used_name"), values["given_names"],
                      values.get("used_given_name"), values["birth_date"], values.get("nir"),
                      f"de la ligne {line} du fichier")
        return row

    def _origin(self, row: RowReport, texts: Mapping[str, str]) -> IdentityOrigin:
        """The file (and the system the source column names) the identity comes from,
        with the date INSi was queried when a column gives it."""
        system = " ".join(texts.get("identity_source", "").split())[:120]
        queried_on = None
        if texts.get("insi_queried_on"):
            try:
                text, _warning = normalise_cell("insi_queried_on", texts["insi_queried_on"])
                queried_on = v.parse_date(text)
            except (InvalidInput, v.ValidationError) as exc:
                row.errors.append(Issue(self.column("insi_queried_on"),
                                        f"Date d'interrogation INSi illisible : {exc}"))
        name = (f"Import du fichier {self.source_name}" if self.source_name else "Import") \
            + f" du {dt.date.today():%d/%m/%Y}"
        return IdentityOrigin(source=f"{name} ({system})" if system else name,
                              insi_queried_on=queried_on,
                              method="INSI" if queried_on else None)

    def _information(self, row: RowReport, texts: Mapping[str, str]) -> dict[str, Any] | None:
        """The person's information from the « Information le/par/comment/à » columns:
        None without a date (the other columns alone say nothing of when)."""
        text = (texts.get("informed_on") or "").strip()
        if not text:
            extra = [key for key in _INFORMATION_FIELDS if (texts.get(key) or "").strip()]
            if extra:
                row.warnings.append(Issue(self.column(extra[0]), (
                    "Information de la personne sans date (colonne « Information le ») : "
                    "non reprise.")))
            return None
        try:
            day = v.parse_date(normalise_cell("informed_on", text)[0])
        except (InvalidInput, v.ValidationError) as exc:
            row.errors.append(Issue(self.column("informed_on"),
                                    f"Date de l'information illisible : {exc}"))
            return None
        if day > dt.date.today():
            row.errors.append(Issue(self.column("informed_on"), (
                "La date de l'information ne peut pas être dans le futur.")))
            return None
        information: dict[str, Any] = {"recorded_on": day}
        for key, field_name in _INFORMATION_FIELDS.items():
            value = " ".join((texts.get(key) or "").split())[:200]
            if value:
                information[field_name] = value
        return information

    def _note_dates(self, row: RowReport, texts: Mapping[str, str],
                    values: Mapping[str, Any]) -> None:
        """Day/month order: refuse a birth date that the NIR's month contradicts while
        the swapped reading agrees (a file saved in US order); note the others for
        :meth:`finish`, which judges the file as a whole."""
        nir, born = values.get("nir"), values.get("birth_date")
        match = _SLASH_DATE.fullmatch((texts.get("birth_date") or "").strip())
        if not (nir and born and match) or not nir[:1].isdigit():
            return
        nir_month, first, second = int(nir[3:5]), int(match[1]), int(match[3])
        if 1 <= nir_month <= 12 and second != nir_month and first == nir_month \
                and second <= 12:
            row.errors.append(Issue(self.column("birth_date"), (
                f"Date de naissance {texts['birth_date'].strip()} : le NIR indique le mois "
                f"{nir_month:02d}, la date serait donc écrite mois/jour (ordre américain). "
                "Corrigez-la (JJ/MM/AAAA ou AAAA-MM-JJ) : la ligne n'est pas importée.")))

    def finish(self, rows: Sequence[RowReport]) -> None:
        """A file whose dates could all be read both ways (every day and month ≤ 12), or
        whose dates are written month first, is refused: never guessed silently."""
        if not self.slash_dates or not self.text_dates:
            return
        day_first = any(first > 12 for _r, _k, first, _s in self.slash_dates)
        month_first = any(second > 12 for _r, _k, _f, second in self.slash_dates)
        if day_first and not month_first:
            return
        if not month_first and len(self.slash_dates) < 2:
            return  # one date alone says nothing about the file's order
        reason = ("ce fichier écrit les dates mois/jour (ordre américain)" if month_first else
                  "aucune date du fichier n'a un jour supérieur à 12 : l'ordre jour/mois ne "
                  "peut pas être vérifié")
        for row, key, _first, _second in self.slash_dates:
            message = (f"Date « {LABELS[key]} » ambiguë : {reason}. Écrivez les dates "
                       "AAAA-MM-JJ (ou corrigez l'ordre dans le tableur) : rien n'est "
                       "importé de cette ligne.")
            if not any(issue.message == message for issue in row.errors):
                row.errors.append(Issue(self.column(key), message))

    def _complete(self, row: RowReport, values: dict[str, Any]) -> None:
        """Defaults an import needs: sex (from the NIR if possible), status, closure."""
        if not values.get("sex"):
            nir = values.get("nir")
            values["sex"] = _NIR_SEX.get(nir[0], "U") if nir else "U"
            row.warnings.append(Issue(self.column("sex"), (
                "Sexe non renseigné : déduit du NIR." if nir else
                "Sexe non renseigné : « inconnu » (U) retenu, à compléter.")))
        values.setdefault("status", PatientStatus.ACTIVE.value)
        if values["status"] in INCLUDED_STATUSES and row.information is None:
            values["status"] = PatientStatus.REQUEST.value
            row.not_included = True
            row.warnings.append(Issue(self.column("status"), NOT_INFORMED_IMPORT))
        if values["status"] == PatientStatus.CLOSED and not values.get("closure_reason"):
            values["closure_reason"] = ClosureReason.OTHER.value
            row.warnings.append(Issue(self.column("status"),
                                       "Dossier clôturé sans motif : « autre motif » retenu."))

    def _link_gp(self, row: RowReport, values: dict[str, Any]) -> None:
        text = values.pop("gp_name", None)
        if not text:
            return
        words = [w for w in fold(text).split() if w not in _TITLES]
        found = {
            entry for size in (1, 2, 3) for i in range(len(words) - size + 1)
            for entry in self.doctors.get(" ".join(words[i:i + size]), [])
        }
        if len(found) > 1:  # several with this name: the first name, then the GP, decide
            found = {e for e in found if e[1] and e[1] in words} or found
        if len(found) > 1:
            found = {e for e in found if "medecin" in e[2] or "generaliste" in e[2]} or found
        if len(found) == 1:
            values["gp_id"] = next(iter(found))[0]
            return
        note = f"Médecin traitant indiqué à l'import : {text}"
        values["situation_notes"] = "\n".join(
            p for p in (values.get("situation_notes"), note) if p)
        row.warnings.append(Issue(self.column("gp_name"), (
            "Plusieurs médecins de l'annuaire portent ce nom" if found else
            "Médecin traitant absent de l'annuaire") + " : noté dans la situation, à relier."))

    def exists(self, row: RowReport) -> bool:
        v = row.values
        return bool(self.base.match(v["family_name"], v["given_names"], v["birth_date"],
                                    v.get("nir")))

    def write(self, uow: UnitOfWork, row: RowReport) -> str:
        # Duplicates were looked for (same rule) just before: no second query per row.
        return create_patient_in(uow, row.values, allow_duplicate=True, origin=row.origin,
                                 information=row.information).id
