"""Importing a caseload or a directory from a spreadsheet saved as CSV.

Three steps, nothing written before the last: :func:`read_source` reads the file (UTF-8
with or without BOM, UTF-16 from « Texte Unicode », else Windows-1252; separator ``;``,
``,`` or tab), :meth:`CsvImportService.preview` checks every row with the services' own
rules and flags probable duplicates (in the file and in the base), then
:meth:`CsvImportService.apply` imports the rows found ready, in one transaction.
Line numbers are the file's own, the header being line 1.
"""

from __future__ import annotations

import codecs
import csv
import io
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coordapp.errors import CoordAppError, InvalidInput
from coordapp.models import AuditAction
from coordapp.services.imports.csv_checks import (
    Issue,
    PatientRowChecker,
    RowChecker,
    RowReport,
    RowState,
)
from coordapp.services.imports.csv_directory import DirectoryRowChecker
from coordapp.services.imports.csv_mapping import ColumnMapping, ImportKind, check_mapping
from coordapp.services.workspace import Workspace

__all__ = [
    "CsvImportService",
    "ImportCancelled",
    "ImportKind",
    "ImportReport",
    "ImportResult",
    "Issue",
    "RowReport",
    "RowState",
    "SourceTable",
    "read_source",
]

MAX_FILE_BYTES = 50 * 1024 * 1024
#: How often (in rows) progress is reported and cancellation looked at.
STEP = 50
Progress = Callable[[int, int, str], None]
Cancel = Callable[[], bool]


class ImportCancelled(CoordAppError):
    default_message = "Import annulé : rien n'a été enregistré."


@dataclass(frozen=True)
class SourceTable:
    """A decoded file: its header and data rows, each with its line number."""

    name: str
    encoding: str
    delimiter: str
    headers: list[str]
    rows: list[tuple[int, list[str]]]
    sheet: str | None = None  # a workbook's sheet that was read (then no delimiter)

    @property
    def delimiter_label(self) -> str:
        return "tabulation" if self.delimiter == "\t" else f"« {self.delimiter} »"

    @property
    def description(self) -> str:
        """« UTF-8, séparateur « ; » » or « classeur Excel (.xlsx), feuille « Suivi » »."""
        if self.sheet is not None:
            return f"{self.encoding}, feuille « {self.sheet} »"
        return f"{self.encoding}, séparateur {self.delimiter_label}"

    def column(self, header: str, limit: int = 3) -> list[str]:
        """The first non-empty values of a column (a preview)."""
        index = self.headers.index(header)
        values = (cells[index] for _line, cells in self.rows if index < len(cells))
        return [v for v in values if v][:limit]


@dataclass
class ImportReport:
    kind: ImportKind
    source: SourceTable
    mapping: ColumnMapping
    rows: list[RowReport]

    def in_state(self, state: RowState) -> list[RowReport]:
        return [row for row in self.rows if row.state == state]

    def to_import(self, *, allow_duplicates: bool = False) -> list[RowReport]:
        wanted = {RowState.READY, RowState.DUPLICATE} if allow_duplicates else {RowState.READY}
        return [row for row in self.rows if row.state in wanted]

    def not_included(self, *, allow_duplicates: bool = False) -> int:
        """Rows to import that are followed in the file but come in as requests: the
        person's information is not given (a case is included only once informed)."""
        return sum(row.not_included for row in self.to_import(allow_duplicates=allow_duplicates))

    @property
    def ignored_columns(self) -> list[str]:
        return [header for header, key in self.mapping.items() if key is None]


@dataclass(frozen=True)
class ImportResult:
    imported: int
    skipped_errors: int
    skipped_duplicates: int
    ids: list[str]
    #: Of the imported, those brought in as requests for want of the information.
    not_included: int = 0


# -- reading ------------------------------------------------------------------------------


def read_source(path: Path) -> SourceTable:
    """Decode and split a CSV file; ``InvalidInput`` when it is not one we can read."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InvalidInput(f"Fichier trop volumineux ({size // 1_000_000} Mo) : "
                               f"{MAX_FILE_BYTES // 1_000_000} Mo au plus.")
        data = path.read_bytes()
    except OSError as exc:
        raise InvalidInput(f"Impossible de lire le fichier {path.name}.") from exc
    text, encoding = _decode(data, path.name)
    lines = text.splitlines()
    forced = None
    first = lines[0].strip(" \r\n") if lines else ""
    if first.casefold().startswith("sep=") and len(first) == 5 and first[4] in ";,\t":
        forced = first[4]  # Excel's "sep=;" first line
        text = "\n".join(lines[1:])
    delimiter = forced or _delimiter(text, path.name)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    headers: list[str] | None = None
    rows: list[tuple[int, list[str]]] = []
    first_line = 1 + (1 if forced else 0)  # physical line of the record being read
    base = 0  # physical line of the header, minus one: the header is line 1
    try:
        for cells in reader:
            line, first_line = first_line, reader.line_num + 1 + (1 if forced else 0)
            cleaned = [c.strip() for c in cells]
            if not any(cleaned):
                continue
            if headers is None:
                headers, base = unique_headers(cleaned), line - 1
            else:
                rows.append((line - base, cleaned))
    except csv.Error as exc:
        raise InvalidInput(f"{path.name} : fichier CSV mal formé ({exc}).") from exc
    if headers is None:
        raise InvalidInput(f"{path.name} est vide : aucune ligne d'en-tête.")
    return SourceTable(path.name, encoding, delimiter, headers, rows)


def _decode(data: bytes, name: str) -> tuple[str, str]:
    if data.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        raise InvalidInput(f"{name} est un classeur (Excel, LibreOffice) mais son nom ne se "
                           "termine pas par .xlsx ou .ods : renommez-le, ou enregistrez-le "
                           "au format .xlsx, .ods ou CSV.")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        candidates = [("utf-16", "UTF-16")]
    elif data.startswith(codecs.BOM_UTF8):
        candidates = [("utf-8-sig", "UTF-8 (avec BOM)")]
    else:
        candidates = [("utf-8", "UTF-8"), ("cp1252", "Windows-1252")]
    for codec, label in candidates:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        controls = sum(1 for c in text if c not in "\t\r\n" and unicodedata.category(c) == "Cc")
        if controls > len(text) // 100:
            break
        return text, label
    raise InvalidInput(f"{name} n'est pas un fichier texte CSV lisible (encodage non reconnu) : "
                       "enregistrez-le au format « CSV UTF-8 ».")


def _delimiter(text: str, name: str) -> str:
    lines = [line for line in text.splitlines() if line.strip()][:30]
    if not lines:
        raise InvalidInput(f"{name} est vide : aucune ligne d'en-tête.")
    counts = {c: lines[0].count(c) for c in ";,\t"}
    try:
        sniffed = csv.Sniffer().sniff("\n".join(lines), delimiters=";,\t").delimiter
    except csv.Error:
        sniffed = ""
    best = max(counts, key=lambda c: counts[c])
    if counts[best] == 0:
        raise InvalidInput(f"{name} : colonnes introuvables (séparateur « ; », « , » ou "
                           "tabulation attendu sur la ligne d'en-tête).")
    # The header rarely holds a separator inside a name: trust it over the sniffer.
    return sniffed if counts.get(sniffed, 0) == counts[best] else best


def unique_headers(cells: Sequence[str]) -> list[str]:
    headers: list[str] = []
    for index, cell in enumerate(cells, start=1):
        name = cell or f"Colonne {index}"
        if name in headers:
            name = f"{name} ({index})"
        headers.append(name)
    return headers


# -- checking and importing ---------------------------------------------------------------


class CsvImportService:
    def __init__(self, workspace: Workspace) -> None:
        self.ws = workspace

    def preview(
        self,
        source: SourceTable,
        kind: ImportKind,
        mapping: ColumnMapping,
        *,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> ImportReport:
        """Check every row; writes nothing. ``InvalidInput`` if the mapping lacks a
        required column; ``ImportCancelled`` when ``cancel()`` becomes true."""
        check_mapping(mapping, kind)
        columns = [(i, h, key) for i, h in enumerate(source.headers)
                   if (key := mapping.get(h)) is not None]
        total = len(source.rows)
        with self.ws.unit_of_work() as uow:
            checker = _checker(kind, uow.session, {key: h for _i, h, key in columns},
                               source.name)
            # A workbook's date cells are typed: only a text file's order can be in doubt.
            checker.text_dates = source.sheet is None
            rows: list[RowReport] = []
            for done, (line, cells) in enumerate(source.rows):
                if done % STEP == 0:
                    _step(progress, cancel, done, total, "Vérification des lignes…",
                          "Vérification annulée.")
                values = {key: cells[i] if i < len(cells) else "" for i, _h, key in columns}
                row = checker.check(line, values)
                if any(c for c in cells[len(source.headers):]):
                    row.warnings.append(Issue("", "Cellules au-delà de la dernière colonne "
                                                  "ignorées."))
                rows.append(row)
            checker.finish(rows)
        if progress:
            progress(total, total, "Vérification terminée.")
        return ImportReport(kind, source, dict(mapping), rows)

    def apply(
        self,
        report: ImportReport,
        *,
        allow_duplicates: bool = False,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> ImportResult:
        """Import the ready rows (and the probable duplicates if allowed) in one
        transaction, with one IMPORT audit entry; on cancel or error nothing is kept."""
        chosen = report.to_import(allow_duplicates=allow_duplicates)
        total = len(chosen)
        skipped_errors = len(report.in_state(RowState.ERROR))
        skipped_duplicates = len(report.rows) - total - skipped_errors
        ids: list[str] = []
        not_included = 0
        with self.ws.unit_of_work() as uow:
            checker = _checker(report.kind, uow.session, {}, report.source.name)
            for done, row in enumerate(checker.order(chosen)):
                if done % STEP == 0:
                    _step(progress, cancel, done, total, "Import…", ImportCancelled.default_message)
                # The base may have changed since the preview: look again before writing.
                if row.state == RowState.READY and checker.exists(row):
                    skipped_duplicates += 1
                    continue
                ids.append(checker.write(uow, row))
                not_included += row.not_included
            if cancel and cancel():
                raise ImportCancelled()
            if ids:
                what = "d'un classeur" if report.source.sheet is not None else "d'un fichier CSV"
                uow.audit.record(AuditAction.IMPORT, checker.entity, None,
                                 f"{len(ids)} fiche(s) importée(s) {what}")
        if progress:
            progress(total, total, "Import terminé.")
        return ImportResult(len(ids), skipped_errors, skipped_duplicates, ids, not_included)


def _checker(kind: ImportKind, session: Any, columns: dict[str, str],
             source_name: str) -> RowChecker:
    if kind == ImportKind.PATIENTS:
        checker = PatientRowChecker(session, columns)
        checker.source_name = source_name
        return checker
    return DirectoryRowChecker(session, columns)


def _step(progress: Progress | None, cancel: Cancel | None, done: int, total: int,
          label: str, cancelled: str) -> None:
    if cancel and cancel():
        raise ImportCancelled(cancelled)
    if progress:
        progress(done, total, label)
