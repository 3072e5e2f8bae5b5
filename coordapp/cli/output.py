"""Printing CLI results as an aligned table, JSON or CSV."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Sequence
from typing import Any, TextIO

from coordapp.export.spreadsheet_csv import table_csv
from coordapp.services.views import to_jsonable

FORMATS = ("table", "json", "csv")


def emit(
    rows: Sequence[dict[str, Any]],
    columns: Sequence[tuple[str, str]],
    fmt: str,
    out: TextIO | None = None,
    labels: dict[str, dict[str, str]] | None = None,
) -> None:
    """``columns`` pairs a key with its French header (used by table and CSV). CSV is
    the French spreadsheet dialect (UTF-8 with BOM, ``;``, CRLF), with the French words
    of ``labels`` for coded values."""
    out = out or sys.stdout
    if fmt == "json":
        emit_json(list(rows), out)
    elif fmt == "csv":
        data = table_csv(rows, columns, labels)
        out.flush()
        if hasattr(out, "buffer"):  # bytes as they are: the BOM and the CRLF
            out.buffer.write(data)
        else:
            out.write(data.decode("utf-8"))
        out.flush()
    else:
        table = [[header for _key, header in columns]]
        table += [[_cell(row.get(key)) for key, _header in columns] for row in rows]
        widths = [max(len(line[i]) for line in table) for i in range(len(columns))]
        for line in table:
            out.write("  ".join(cell.ljust(width) for cell, width in zip(line, widths,
                                                                           strict=True)).rstrip())
            out.write("\n")


def emit_json(data: Any, out: TextIO | None = None) -> None:
    out = out or sys.stdout
    json.dump(to_jsonable(data), out, ensure_ascii=False, indent=2)
    out.write("\n")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    return str(value)
