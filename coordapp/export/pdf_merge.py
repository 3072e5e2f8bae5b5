"""Several rendered PDFs as one document, in memory (a printing round)."""

from __future__ import annotations

import io
from collections.abc import Sequence

from pypdf import PdfReader, PdfWriter

from coordapp.export.pdf_common import RenderedPdf


def merge_pdfs(parts: Sequence[bytes], titles: Sequence[str] = (),
               document_title: str | None = None) -> RenderedPdf:
    """``parts`` one after the other; each gets a bookmark from ``titles`` when given."""
    writer = PdfWriter()
    for index, data in enumerate(parts):
        title = (titles[index] or None) if index < len(titles) else None
        writer.append(PdfReader(io.BytesIO(data)), outline_item=title)
    if document_title:
        writer.add_metadata({"/Title": document_title})
    out = io.BytesIO()
    writer.write(out)
    return RenderedPdf(out.getvalue(), len(writer.pages))
