"""The one CSV dialect CoordApp writes for spreadsheets, as French Excel and LibreOffice
expect it: UTF-8 with a BOM (so the accents are read right), ``;`` between cells, CRLF
line ends, dates as JJ/MM/AAAA. Every CSV export goes through :func:`french_csv`, so a
rule on cell contents is added in one place (:func:`csv_cell`).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from coordapp.text_input import csv_safe

#: Stored codes shown in French in spreadsheet exports.
PATIENT_STATUSES = {"request": "Demande", "active": "Suivi en cours", "on_hold": "En pause",
                    "closed": "Clos"}
AUDIT_ACTIONS = {
    "create_database": "Création de la base", "unlock": "Ouverture de la base",
    "change_passphrase": "Changement de phrase de passe", "view": "Consultation",
    "create": "Création", "update": "Modification", "delete": "Suppression",
    "search": "Recherche", "print": "Impression", "export": "Export", "import": "Import",
    "generate_demo": "Base de démonstration", "backup": "Sauvegarde",
    "restore": "Restauration", "verify_audit": "Vérification du journal",
}


class FrenchSpreadsheet(csv.Dialect):
    delimiter = ";"
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\r\n"
    quoting = csv.QUOTE_MINIMAL


def csv_cell(value: Any) -> str:
    """One value as the text of its cell; text that a spreadsheet would run as a formula
    (``=``, ``+``, ``-``, ``@``, tab, CR first) is made inert (``coordapp.text_input``)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, dt.datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, list | tuple):
        return csv_safe(", ".join(csv_cell(item) for item in value))
    return csv_safe(value) if isinstance(value, str) else str(value)


def french_csv(rows: Iterable[Sequence[Any]]) -> bytes:
    """``rows`` (the header first) as the bytes of a French spreadsheet CSV file."""
    out = io.StringIO()
    writer = csv.writer(out, dialect=FrenchSpreadsheet)
    for row in rows:
        writer.writerow([csv_cell(value) for value in row])
    return out.getvalue().encode("utf-8-sig")


def table_csv(records: Iterable[Mapping[str, Any]], columns: Sequence[tuple[str, str]],
              labels: Mapping[str, Mapping[str, str]] | None = None) -> bytes:
    """Records as a CSV table: ``columns`` pairs a key with its French header;
    ``labels`` gives the French words for the coded values of some keys."""
    labels = labels or {}

    def value(record: Mapping[str, Any], key: str) -> Any:
        raw = record.get(key)
        words = labels.get(key)
        return words.get(str(raw), raw) if words and raw is not None else raw

    header = [title for _key, title in columns]
    return french_csv([header, *([value(r, k) for k, _t in columns] for r in records)])
