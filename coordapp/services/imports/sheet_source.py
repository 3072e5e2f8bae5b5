"""Reading a caseload or directory table from a CSV file or a workbook (.xlsx, .ods).

Workbooks are read with python-calamine: one well-kept reader (Rust calamine) for both
Excel and LibreOffice files, which hands each cell over with its type. openpyxl reads
only .xlsx and would need a second library for .ods. The cells become the text the CSV
path already understands, so mapping, checks, preview and report are the same:

- a number stored as a number (a NIR typed in a numeric cell) keeps all its digits,
  without a decimal part or an exponent (``295109912611193``, not ``2.95E+14``);
- a postal code that lost its leading zero (``8000``) is given back by the usual postal
  code rule, with a warning;
- a date cell becomes ``JJ/MM/AAAA`` (with the time if it has one);
- a true/false cell becomes ``oui``/``non``.

Line numbers are the sheet's own row numbers, as the spreadsheet shows them.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from coordapp.errors import InvalidInput
from coordapp.services.imports.csv_import import (
    MAX_FILE_BYTES,
    SourceTable,
    read_source,
    unique_headers,
)

WORKBOOKS = {".xlsx": "classeur Excel (.xlsx)", ".xlsm": "classeur Excel (.xlsm)",
             ".ods": "classeur LibreOffice (.ods)"}


def is_workbook(path: Path) -> bool:
    return path.suffix.lower() in WORKBOOKS


def read_table(path: Path, sheet: str | None = None) -> SourceTable:
    """A CSV file or one sheet of a workbook (the first one unless ``sheet`` is named)."""
    if is_workbook(path):
        return read_workbook(path, sheet)
    if sheet is not None:
        raise InvalidInput(f"{path.name} n'est pas un classeur : l'option --sheet ne "
                           "s'applique qu'aux fichiers .xlsx et .ods.")
    return read_source(path)


def sheet_names(path: Path) -> list[str]:
    """The sheets of a workbook, in order."""
    workbook = _open(path)
    try:
        return list(workbook.sheet_names)
    finally:
        workbook.close()


def read_workbook(path: Path, sheet: str | None = None) -> SourceTable:
    workbook = _open(path)
    try:
        names = list(workbook.sheet_names)
        if not names:
            raise InvalidInput(f"{path.name} ne contient aucune feuille.")
        if sheet is None:
            sheet = names[0]
        elif sheet not in names:
            raise InvalidInput(f"{path.name} n'a pas de feuille « {sheet} » ; feuilles : "
                               + ", ".join(f"« {n} »" for n in names) + ".")
        try:
            grid = workbook.get_sheet_by_name(sheet).to_python(skip_empty_area=False)
        except Exception as exc:  # calamine raises its own errors on damaged content
            raise InvalidInput(f"{path.name} : feuille « {sheet} » illisible.") from exc
    finally:
        workbook.close()
    headers: list[str] | None = None
    rows: list[tuple[int, list[str]]] = []
    for number, cells in enumerate(grid, start=1):
        texts = [cell_text(c) for c in cells]
        while texts and not texts[-1]:
            texts.pop()
        if not texts:
            continue
        if headers is None:
            headers = unique_headers(texts)
        else:
            rows.append((number, texts))
    if headers is None:
        raise InvalidInput(f"{path.name} : la feuille « {sheet} » est vide (aucune ligne "
                           "d'en-tête).")
    return SourceTable(path.name, WORKBOOKS[path.suffix.lower()], "", headers, rows,
                       sheet=sheet)


def cell_text(value: Any) -> str:
    """One cell as the text a CSV export of it should have held."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return repr(value).replace(".", ",")
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.strftime("%d/%m/%Y")
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    return str(value).strip()


def _open(path: Path) -> Any:
    from python_calamine import CalamineWorkbook  # only when a workbook is read

    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InvalidInput(f"Impossible de lire le fichier {path.name}.") from exc
    if size > MAX_FILE_BYTES:
        raise InvalidInput(f"Fichier trop volumineux ({size // 1_000_000} Mo) : "
                           f"{MAX_FILE_BYTES // 1_000_000} Mo au plus.")
    try:
        return CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # not a workbook, damaged, or protected by a password
        raise InvalidInput(f"{path.name} n'est pas un classeur lisible (fichier abîmé, "
                           "protégé par un mot de passe ou d'un autre format).") from exc
