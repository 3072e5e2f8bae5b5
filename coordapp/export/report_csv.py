"""The activity report as CSV in the French spreadsheet dialect (``spreadsheet_csv``),
one section after another, each with its header row."""

from __future__ import annotations

from typing import Any

from coordapp.documents.activity import ActivityReport
from coordapp.export.labels import short_date
from coordapp.export.report_content import ANONYMOUS, TITLE, key_figures, sections
from coordapp.export.spreadsheet_csv import french_csv


def report_csv(report: ActivityReport) -> bytes:
    rows: list[list[Any]] = [
        [TITLE, "Du", short_date(report.start), "Au", short_date(report.end), "Édité le",
         short_date(report.generated_on)],
        [ANONYMOUS], [], ["Chiffres clés"], ["Code", "Indicateur", "Valeur"],
        *[list(r) for r in key_figures(report)],
    ]
    for section in sections(report):
        rows += [[], [section.title], ["Code", section.label_header, "Nombre"],
                 *[list(r) for r in section.rows], ["total", "Total", section.total]]
    return french_csv(rows)
