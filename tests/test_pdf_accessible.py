"""The person's plan is an accessible PDF: PDF/UA-1 identified, tagged (headings, lists,
tables with header cells, an image with alternative text), in French, its text read in
order; and a large-print variant in 18 pt."""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

import pytest
from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject

from coordapp.services.exports import ExportService
from coordapp.services.workspace import Workspace
from tests.test_export_helpers import make_plan

ORDER = ["Mon plan d'accompagnement", "Qui appeler ?", "Prochain point sur ce plan",
         "Ce qui compte pour vous", "Ce que nous voulons obtenir ensemble",
         "Qui fait quoi et quand", "Les personnes qui vous accompagnent", "Votre accord"]


def elements(node: Any, depth: int = 0) -> Iterator[tuple[int, DictionaryObject]]:
    """Structure elements of the tree, depth first, in document order."""
    node = node.get_object()
    if not isinstance(node, DictionaryObject):
        return
    if "/S" in node:
        yield depth, node
    kids = node.get("/K")
    if kids is None:
        return
    kids = kids.get_object()
    for kid in kids if isinstance(kids, ArrayObject) else [kids]:
        yield from elements(kid, depth + 1)


@pytest.fixture
def person_pdf(workspace: Workspace) -> PdfReader:
    ids = make_plan(workspace, actions=8)
    return PdfReader(io.BytesIO(ExportService(workspace).render_plan_pdf(ids.patient).data))


def test_the_person_pdf_is_identified_pdf_ua_1_in_french(person_pdf: PdfReader):
    root = person_pdf.trailer["/Root"]
    assert root["/Lang"] == "fr-FR"
    assert bool(root["/MarkInfo"]["/Marked"])
    assert bool(root["/ViewerPreferences"]["/DisplayDocTitle"])
    xmp = person_pdf.xmp_metadata
    assert xmp is not None
    metadata = xmp.stream.get_data().decode("utf-8")
    assert "<pdfuaid:part>1</pdfuaid:part>" in metadata
    assert "Mon plan d&apos;accompagnement" in metadata.replace("&#39;", "&apos;")
    assert person_pdf.metadata is not None
    assert person_pdf.metadata.title == "Mon plan d'accompagnement"


def test_its_structure_tree_holds_headings_lists_tables_and_alt_text(person_pdf: PdfReader):
    tree = person_pdf.trailer["/Root"]["/StructTreeRoot"]
    tags = [(depth, e["/S"]) for depth, e in elements(tree)]
    names = [name for _depth, name in tags]
    assert names.count("/H1") == 1
    assert names.count("/H2") == len(ORDER) - 2  # every section but the title and review
    assert {"/L", "/LI", "/Lbl", "/LBody"} <= set(names)
    assert names.count("/Table") == 2  # who does what, the people around
    assert {"/THead", "/TBody", "/TR", "/TH", "/TD"} <= set(names)
    headers = [e for _d, e in elements(tree) if e["/S"] == "/TH"]
    assert len(headers) == 4 + 3  # Quoi, Qui, Quand, Où en est-on ? | Qui, Pour quoi, Tél.
    figures = [e for _d, e in elements(tree) if e["/S"] == "/Figure"]
    assert [str(f["/Alt"]) for f in figures] == ["Pictogramme d'un téléphone"]
    # The H1 comes before every H2: headings nest in order
    assert names.index("/H1") < names.index("/H2")
    # Every page carries its tab order by structure (PDF/UA)
    assert all(page["/Tabs"] == "/S" for page in person_pdf.pages)


def test_its_text_is_extracted_in_reading_order(person_pdf: PdfReader):
    text = "\n".join(page.extract_text() for page in person_pdf.pages)
    positions = [text.find(heading) for heading in ORDER]
    assert -1 not in positions, dict(zip(ORDER, positions, strict=True))
    assert positions == sorted(positions)
    # Inside the table, each row reads what, who, when, state, then the next row
    first = text.find("Action n°02")
    assert first < text.find("Zoé Lefèvre", first) < text.find("Action n°04", first)


def test_the_large_print_variant_is_18_pt(workspace: Workspace):
    ids = make_plan(workspace, actions=8)
    service = ExportService(workspace)
    usual = service.render_plan_pdf(ids.patient, "person")
    large = service.render_plan_pdf(ids.patient, "person_large")
    assert large.pages > usual.pages
    reader = PdfReader(io.BytesIO(large.data))
    assert reader.trailer["/Root"]["/Lang"] == "fr-FR"
    sizes: dict[str, float] = {}

    def visit(text: str, _cm: Any, tm: Any, _font: Any, size: float) -> None:
        if text.strip():
            sizes.setdefault(text.strip(), round(size * tm[0], 1))

    for page in reader.pages:
        page.extract_text(visitor_text=visit)
    body = [size for text, size in sizes.items()
            if not text.startswith(("Mon plan d'accompagnement —", "Version", "Confidentiel",
                                    "Imprimé", "Page", "Éloïse DVO", "décembre"))]
    assert body and min(body) >= 18.0, sorted(sizes.items(), key=lambda kv: kv[1])[:5]
