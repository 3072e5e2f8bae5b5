"""The activity report as CSV: ``;``-separated UTF-8 (with a BOM, so that spreadsheet
programs read the accents), one section after another, each with its header row."""

from __future__ import annotations

import csv
import io

from coordapp.export.labels import short_date
from coordapp.export.report_content import ANONYMOUS, TITLE, key_figures, sections
from coordapp.services.activity_report import ActivityReport


def report_csv(report: ActivityReport) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([TITLE, "Du", short_date(report.start), "Au", short_date(report.end),
                     "Édité le", short_date(report.generated_on)])
    writer.writerow([ANONYMOUS])
    writer.writerow([])
    writer.writerow(["Chiffres clés"])
    writer.writerow(["Code", "Indicateur", "Valeur"])
    writer.writerows(key_figures(report))
    for section in sections(report):
        writer.writerow([])
        writer.writerow([section.title])
        writer.writerow(["Code", section.label_header, "Nombre"])
        writer.writerows(section.rows)
        writer.writerow(["total", "Total", section.total])
    return out.getvalue().encode("utf-8-sig")
