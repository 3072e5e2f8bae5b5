"""The one-page information sheet for a requester: the resources of the territory that
match the need, near the person's commune, in plain French (same look as the plans)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from coordapp.documents.info_sheet import InfoSheet
from coordapp.documents.labels import STRUCTURE_KIND_LABELS
from coordapp.export.labels import date_fr, para, phone_fr
from coordapp.export.pdf_common import (
    FRAME_WIDTH,
    PageDecor,
    RenderedPdf,
    data_table,
    make_styles,
    render,
)

TITLE = "Les ressources près de chez vous"
BODY_SIZE = 11.0
CELL_SIZE = 10.0


def info_sheet_pdf(sheet: InfoSheet) -> RenderedPdf:
    s = make_styles(BODY_SIZE, CELL_SIZE)
    kinds = ", ".join(STRUCTURE_KIND_LABELS.get(k, k) for k in sheet.kinds)
    story: list[Flowable] = [
        Paragraph(TITLE, s.title),
        Paragraph(f"Pour : {para(kinds)} — autour de {para(sheet.commune)}", s.subtitle),
        Paragraph("Voici les services qui peuvent vous aider. Appelez-les de notre part ; "
                  "si vous ne savez pas lequel choisir, rappelez-nous.", s.body),
        Spacer(1, 2 * mm),
    ]
    if sheet.entries:
        rows: list[list[str | Flowable]] = []
        for entry in sheet.entries:
            where = ", ".join(p for p in (entry.address, entry.city) if p)
            rows.append([
                f"<b>{para(entry.name)}</b><br/>{para(where, '')}",
                para(entry.what, STRUCTURE_KIND_LABELS.get(entry.kind, entry.kind)),
                f"<b>{phone_fr(entry.phone)}</b>",
                para(entry.hours, "Horaires : appelez"),
            ])
        widths = [62 * mm, 56 * mm, 30 * mm, FRAME_WIDTH - 148 * mm]
        story.append(data_table(["Qui", "Ce qu'ils font", "Téléphone", "Quand"], rows,
                                widths, s))
    else:
        story.append(Paragraph("Nous n'avons pas trouvé de service de ce type près de chez "
                               "vous dans notre annuaire : rappelez-nous, nous chercherons "
                               "avec vous.", s.body))
    if sheet.more:
        story.append(Paragraph(f"Et {sheet.more} autre(s) service(s) : demandez-nous la "
                               "liste complète.", s.small))
    story.append(Paragraph("En cas d'urgence, appelez le 15 (Samu) ou le 112.", s.body))
    decor = PageDecor(header_left=TITLE, header_right=f"Remise le {date_fr(sheet.made_on)}",
                      footer_center="Informations de l'annuaire du dispositif",
                      footer_left="Document d'information")
    return render(story, decor, title=TITLE)
