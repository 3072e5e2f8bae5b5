"""The person's copy of the plan: plain words, large type, no codes — a tagged PDF.

Page one carries whom to call (coordinator, GP, interpreting, what to do when something
goes wrong) and the next review date; then the person's wishes in their own words, what
we aim for together, who does what and when, the people around them and their agreement.

The plan must be "explicite et accessible": this document is built with Typst, which
writes a tagged PDF (structure tree with headings, lists and tables with header cells,
reading order, ``/Lang fr-FR``, document title) identified as PDF/UA-1 and checked
against it while compiling. ReportLab, used for the team's documents, cannot tag. The
texts are handed to the template as JSON data (``sys.inputs``), never as markup, and
stay in memory: no temporary file holds them.
"""

from __future__ import annotations

import functools
import io
import json
import re
import threading
from typing import Any

from coordapp.documents.plan import PlanAction, PlanContent, PlanDocument
from coordapp.export.labels import (
    ACTION_STATUSES_PLAIN,
    DOMAINS,
    GOAL_STATUSES_PLAIN,
    date_fr,
    label,
    phone_fr,
)
from coordapp.export.pdf_common import CONFIDENTIAL, DRAFT_MARK, RenderedPdf, born_word
from coordapp.models import ActionStatus, GoalStatus, PlanStatus
from coordapp.paths import resource_path

TITLE = "Mon plan d'accompagnement"
#: Point sizes: the usual copy, and the large-print one (18 pt at least everywhere).
#: (body, table cells, secondary lines, header and footer)
SIZES = {False: (13.0, 12.0, 10.5, 10.0), True: (18.0, 18.0, 18.0, 14.0)}
#: A table row longer than this (characters) may continue on the next page; shorter
#: rows are never cut.
LONG_ROW = 1200


@functools.cache
def _template() -> bytes:
    return resource_path("typst", "person_plan.typ").read_bytes()


@functools.cache
def _compiler() -> Any:
    """One Typst compiler per process, kept: it loads the fonts and the template once
    (a fresh ``typst.compile`` spent about 250 ms of its 300 ms doing that again)."""
    import typst

    return typst.Compiler(font_paths=[str(resource_path("fonts"))], ignore_system_fonts=True)


#: The compiler is not meant to be used by two threads at once (the preview and a
#: printing round may render together).
_compiling = threading.Lock()
_PAGE = re.compile(rb"/Type\s*/Page\b")


def person_pdf(doc: PlanDocument, *, large_print: bool = False) -> RenderedPdf:
    """The person's version of the plan in ``doc`` (which must hold a plan)."""
    if doc.plan is None:
        raise ValueError("no plan to print")
    data = person_data(doc, large_print=large_print)
    with _compiling:
        pdf = _compiler().compile(
            input=_template(), sys_inputs={"data": json.dumps(data, ensure_ascii=False)},
            pdf_standards=["ua-1"])
    assert isinstance(pdf, bytes)
    return RenderedPdf(pdf, page_count(pdf))


def page_count(pdf: bytes) -> int:
    """Pages of a PDF Typst wrote: its page objects, counted in the bytes (Typst writes
    no object streams); read with pypdf otherwise."""
    if b"/ObjStm" not in pdf:
        return len(_PAGE.findall(pdf))
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)


def person_data(doc: PlanDocument, *, large_print: bool = False) -> dict[str, Any]:
    """Everything the template prints, as plain texts."""
    plan = doc.plan
    assert plan is not None
    size, cell, small, footer = SIZES[large_print]
    if plan.validated_at is None:
        version = f"Projet (version {plan.version})"
    else:
        version = f"Version {plan.version} du {date_fr(plan.validated_at.date())}"
    p = doc.person
    return {
        "size": size, "cell_size": cell, "small_size": small, "footer_size": footer,
        "title": TITLE, "author": doc.referent.name if doc.referent else "CoordApp",
        "header_left": f"{TITLE} — {p.display_name}", "header_right": version,
        "footer_center": f"Imprimé le {date_fr(doc.generated_on)}",
        "confidential": CONFIDENTIAL, "draft": plan.status == PlanStatus.DRAFT,
        "draft_mark": DRAFT_MARK,
        "person_name": p.display_name,
        "born": f"{born_word(p.sex)} le {date_fr(p.birth_date)}",
        "state": _plan_state(plan),
        "call_title": "Qui appeler ?", "phone_alt": "Pictogramme d'un téléphone",
        "calls": _calls(doc),
        "next_review": _next_review(plan),
        "wishes": (plan.wishes or "").strip() or None,
        "goals": _goals(plan),
        "actions": _actions(plan),
        # Large print: fewer, wider columns would not fit; give "Quoi" the most room.
        "action_widths": [62, 50, 36, 30] if not large_print else [60, 46, 38, 34],
        "circle": [{"name": m.name, "relationship": m.relationship, "role": m.role,
                    "phone": phone_fr(m.phone)} for m in doc.current_circle],
        "agreement": _agreement(doc, plan),
    }


def _plan_state(plan: PlanContent) -> str:
    if plan.status == PlanStatus.DRAFT:
        return ("Ceci est un projet : nous allons en parler ensemble avant de le valider "
                "avec vous.")
    if plan.status in (PlanStatus.CLOSED, PlanStatus.SUPERSEDED):
        return "Ce plan est terminé. Il est gardé pour mémoire."
    when = date_fr(plan.validated_at.date()) if plan.validated_at else None
    return f"Plan mis en place avec vous le {when}." if when else "Plan mis en place avec vous."


def _next_review(plan: PlanContent) -> str:
    if plan.review_due is None:
        return "Nous ferons le point sur ce plan avec vous dans les prochains mois."
    return f"Prochain point sur ce plan : le {date_fr(plan.review_due)}"


def _line(text: str, *, big: bool = False, bold: bool = False,
          after: str | None = None) -> dict[str, Any]:
    return {"text": text, "big": big, "bold": bold, "after": after}


def _calls(doc: PlanDocument) -> list[dict[str, Any]]:
    """The rows of the "Qui appeler ?" box."""
    rows: list[dict[str, Any]] = []
    ref = doc.referent
    if ref is not None:
        lines = [_line(ref.name, bold=True)]
        if ref.structure:
            lines.append(_line(ref.structure))
        lines.append(_line(phone_fr(ref.phone, "Téléphone non renseigné"), big=True))
        rows.append({"label": "Pour toute question sur votre plan", "lines": lines})
    gp = doc.gp
    if gp is not None:
        lines = [_line(f"Docteur {gp.name}", bold=True)]
        if gp.phone:
            lines.append(_line(phone_fr(gp.phone), big=True))
        rows.append({"label": "Votre médecin traitant", "lines": lines})
    else:
        rows.append({"label": "Votre médecin traitant",
                     "lines": [_line("Pas de médecin traitant déclaré pour le moment.")]})
    interpreting = _interpreting(doc)
    if interpreting:
        rows.append({"label": "Interprète", "lines": interpreting})
    plan = doc.plan
    if plan is not None and plan.alert_procedure:
        rows.append({"label": "Si quelque chose ne va pas",
                     "lines": [_line(t) for t in plan.alert_procedure.strip().splitlines()
                               if t.strip()]})
    rows.append({"label": "En cas d'urgence",
                 "lines": [_line("Appelez le 15", big=True, after="(Samu) ou le 112")]})
    return rows


def _interpreting(doc: PlanDocument) -> list[dict[str, Any]]:
    p = doc.person
    if not p.interpreter_needed:
        return []
    languages = ", ".join(p.languages) if p.languages else "votre langue"
    lines = [_line(f"Un interprète ({languages}) participe à nos échanges.")]
    for member in doc.current_circle:
        if member.kind == "structure" and member.profession == "interpreting":
            lines.append(_line(member.name, bold=True))
            if member.phone:
                lines.append(_line(phone_fr(member.phone), big=True))
    return lines


def _goals(plan: PlanContent) -> list[dict[str, str]]:
    items = []
    for need in plan.needs:
        for goal in need.goals:
            if goal.status == GoalStatus.ABANDONED:
                continue
            mark = " ✓" if goal.status == GoalStatus.REACHED else ""
            items.append({
                "domain": label(DOMAINS, need.domain, "Autre"), "text": goal.text.strip(),
                "when": f" — d'ici le {date_fr(goal.target_date)}" if goal.target_date else "",
                "state": label(GOAL_STATUSES_PLAIN, goal.status, "") + mark,
            })
    return items


def _when(action: PlanAction) -> list[str]:
    if action.recurrence:
        parts = [action.recurrence[:1].upper() + action.recurrence[1:]]
        if action.start_on:
            parts.append(f"à partir du {date_fr(action.start_on)}")
        return parts
    if action.due_on:
        return [f"D'ici le {date_fr(action.due_on)}"]
    if action.start_on:
        return [f"À partir du {date_fr(action.start_on)}"]
    return ["Date à fixer"]


def _state(action: PlanAction) -> str:
    if action.status == ActionStatus.DONE and action.done_on:
        return f"Fait le {date_fr(action.done_on)}"
    return label(ACTION_STATUSES_PLAIN, action.status, "À faire")


def _actions(plan: PlanContent) -> list[dict[str, Any]]:
    rows = []
    for need, _goal, action in plan.actions:
        if action.status == ActionStatus.CANCELLED:
            continue
        rows.append({
            "domain": label(DOMAINS, need.domain, "Autre"), "text": action.text.strip(),
            "who": action.responsible_name, "role": action.responsible_role or "",
            "when": _when(action), "state": _state(action),
            "long": len(action.text) > LONG_ROW,
        })
    return rows


def _agreement(doc: PlanDocument, plan: PlanContent) -> list[str]:
    lines: list[str] = []
    if plan.status == PlanStatus.DRAFT:
        lines.append("Ce plan est un projet. Il sera discuté et validé avec vous.")
    else:
        if plan.validated_at:
            by = f" par {plan.validated_by_name}" if plan.validated_by_name else ""
            lines.append(f"Ce plan a été validé le {date_fr(plan.validated_at.date())}{by}.")
        if plan.agreement_on:
            lines.append(f"Vous avez donné votre accord le {date_fr(plan.agreement_on)}.")
    ref = doc.referent
    contact = f" : {ref.name}, {phone_fr(ref.phone, '')}".rstrip(", ") if ref else ""
    lines.append("Si votre situation change, ou si vous n'êtes plus d'accord avec ce plan, "
                 f"appelez votre coordination{contact}.")
    return lines
