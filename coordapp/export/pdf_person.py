"""The person's copy of the plan: plain words, large type, no codes.

Page one carries whom to call (coordinator, GP, what to do when something goes wrong)
and the next review date; then the person's wishes in their own words, what we aim for
together, who does what and when, the people around them and their agreement.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from coordapp.export.fonts import REGULAR
from coordapp.export.labels import (
    ACTION_STATUSES_PLAIN,
    DOMAINS,
    GOAL_STATUSES_PLAIN,
    date_fr,
    label,
    para,
    phone_fr,
)
from coordapp.export.pdf_common import (
    ACCENT,
    FRAME_WIDTH,
    LIGHT,
    PageDecor,
    RenderedPdf,
    Styles,
    born_word,
    data_table,
    fit_rows,
    make_styles,
    render,
)
from coordapp.models import ActionStatus, GoalStatus, PlanStatus
from coordapp.services.plan_document import PlanAction, PlanContent, PlanDocument

BODY_SIZE = 13.0
CELL_SIZE = 12.0
FOOTER_SIZE = 10.0


def person_pdf(doc: PlanDocument) -> RenderedPdf:
    """The person's version of the plan in ``doc`` (which must hold a plan)."""
    plan = doc.plan
    if plan is None:
        raise ValueError("no plan to print")
    s = make_styles(BODY_SIZE, CELL_SIZE)
    story: list[Flowable] = [
        Paragraph("Mon plan d'accompagnement", s.title),
        Paragraph(_for_whom(doc), s.subtitle),
        Paragraph(_plan_state(plan), s.body),
        Spacer(1, 2 * mm),
        _whom_to_call(doc, s),
        Spacer(1, 3 * mm),
        Paragraph(_next_review(plan), s.body),
    ]
    story += _wishes(plan, s)
    story += _goals(plan, s)
    story += _who_does_what(plan, s)
    story += _circle(doc, s)
    story += _agreement(doc, plan, s)
    if plan.validated_at is None:
        version = f"Projet (version {plan.version})"
    else:
        version = f"Version {plan.version} du {date_fr(plan.validated_at.date())}"
    decor = PageDecor(
        header_left=f"Mon plan d'accompagnement — {doc.person.display_name}",
        header_right=version,
        footer_center=f"Imprimé le {date_fr(doc.generated_on)}",
        draft=plan.status == PlanStatus.DRAFT,
        font_size=FOOTER_SIZE,
    )
    return render(story, decor, title="Mon plan d'accompagnement", top=24 * mm,
                  bottom=21 * mm)


def _born(sex: str) -> str:
    return born_word(sex)


def _for_whom(doc: PlanDocument) -> str:
    p = doc.person
    return (f"Pour <b>{para(p.display_name)}</b>, {_born(p.sex)} le "
            f"{date_fr(p.birth_date)}")


def _plan_state(plan: PlanContent) -> str:
    if plan.status == PlanStatus.DRAFT:
        return ("<b>Ceci est un projet</b> : nous allons en parler ensemble avant de le "
                "valider avec vous.")
    if plan.status in (PlanStatus.CLOSED, PlanStatus.SUPERSEDED):
        return "Ce plan est terminé. Il est gardé pour mémoire."
    when = date_fr(plan.validated_at.date()) if plan.validated_at else None
    return f"Plan mis en place avec vous le {when}." if when else "Plan mis en place avec vous."


def _next_review(plan: PlanContent) -> str:
    if plan.review_due is None:
        return "Nous ferons le point sur ce plan avec vous dans les prochains mois."
    return f"<b>Prochain point sur ce plan : le {date_fr(plan.review_due)}</b>"


def _whom_to_call(doc: PlanDocument, s: Styles) -> Table:
    """The framed box of page one: who to call, for what."""
    label_style = s.h2.clone("call-label", spaceBefore=0, spaceAfter=0, keepWithNext=0,
                             fontSize=CELL_SIZE + 0.5, leading=(CELL_SIZE + 0.5) * 1.25)
    big = f'<font size="{BODY_SIZE + 4}"><b>{{}}</b></font>'
    rows: list[list[Flowable | str]] = [["Qui appeler ?", ""]]
    ref = doc.referent
    if ref is not None:
        lines = [f"<b>{para(ref.name)}</b>"]
        if ref.structure:
            lines.append(para(ref.structure))
        lines.append(big.format(phone_fr(ref.phone, "Téléphone non renseigné")))
        rows.append(["Pour toute question sur votre plan", "<br/>".join(lines)])
    gp = doc.gp
    if gp is not None:
        lines = [f"<b>Docteur {para(gp.name)}</b>"]
        if gp.phone:
            lines.append(big.format(phone_fr(gp.phone)))
        rows.append(["Votre médecin traitant", "<br/>".join(lines)])
    else:
        rows.append(["Votre médecin traitant",
                     "Pas de médecin traitant déclaré pour le moment."])
    plan = doc.plan
    if plan is not None and plan.alert_procedure:
        rows.append(["Si quelque chose ne va pas", para(plan.alert_procedure)])
    rows.append(["En cas d'urgence", f"{big.format('Appelez le 15')} (Samu) ou le 112"])
    data = [[Paragraph(rows[0][0], s.h1.clone("call-title", spaceBefore=0, spaceAfter=0,
                                                 textColor=colors.white)), ""]]
    widths = [58 * mm, FRAME_WIDTH - 58 * mm]
    data += fit_rows([[Paragraph(str(k), label_style), Paragraph(str(v), s.cell)]
                      for k, v in rows[1:]], widths, 7)
    return Table(data, colWidths=widths, hAlign="LEFT",
                 style=TableStyle([
                     ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                     ("SPAN", (0, 0), (-1, 0)),
                     ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
                     ("BACKGROUND", (0, 1), (-1, -1), LIGHT),
                     ("BOX", (0, 0), (-1, -1), 2, ACCENT),
                     ("LINEBELOW", (0, 1), (-1, -2), 0.5, colors.white),
                     ("VALIGN", (0, 0), (-1, -1), "TOP"),
                     ("TOPPADDING", (0, 0), (-1, -1), 5),
                     ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                     ("LEFTPADDING", (0, 0), (-1, -1), 7),
                 ]))


def _wishes(plan: PlanContent, s: Styles) -> list[Flowable]:
    if not plan.wishes:
        return []
    return [Paragraph("Ce qui compte pour vous", s.h1),
            Paragraph(f"« {para(plan.wishes)} »", s.quote)]


def _goals(plan: PlanContent, s: Styles) -> list[Flowable]:
    items: list[Flowable] = []
    for need in plan.needs:
        for goal in need.goals:
            if goal.status == GoalStatus.ABANDONED:
                continue
            when = f" — d'ici le {date_fr(goal.target_date)}" if goal.target_date else ""
            state = label(GOAL_STATUSES_PLAIN, goal.status, "")
            mark = " ✓" if goal.status == GoalStatus.REACHED else ""
            items.append(Paragraph(
                f"<b>{label(DOMAINS, need.domain, 'Autre')}</b> : {para(goal.text)}{when}"
                f" <i>({state}{mark})</i>",
                s.body.clone("goal", leftIndent=BODY_SIZE, bulletIndent=2), bulletText="•"))
    if not items:
        return []
    return [Paragraph("Ce que nous voulons obtenir ensemble", s.h1), *items]


def _when(action: PlanAction) -> str:
    parts: list[str] = []
    if action.recurrence:
        parts.append(para(action.recurrence[:1].upper() + action.recurrence[1:]))
        if action.start_on:
            parts.append(f"à partir du {date_fr(action.start_on)}")
    elif action.due_on:
        parts.append(f"D'ici le {date_fr(action.due_on)}")
    elif action.start_on:
        parts.append(f"À partir du {date_fr(action.start_on)}")
    else:
        parts.append("Date à fixer")
    return "<br/>".join(parts)


def _state(action: PlanAction) -> str:
    if action.status == ActionStatus.DONE and action.done_on:
        return f"Fait le {date_fr(action.done_on)}"
    return label(ACTION_STATUSES_PLAIN, action.status, "À faire")


def _who_does_what(plan: PlanContent, s: Styles) -> list[Flowable]:
    rows: list[list[str | Flowable]] = []
    for need, _goal, action in plan.actions:
        if action.status == ActionStatus.CANCELLED:
            continue
        who = (f"<b>{para(action.responsible_name)}</b><br/>"
               f'<font size="{CELL_SIZE - 1.5}">{para(action.responsible_role)}</font>'
               if action.responsible_name else "À préciser")
        domain = label(DOMAINS, need.domain, "Autre")
        rows.append([
            f'<font size="{CELL_SIZE - 1.5}" color="#52606d">{domain}</font><br/>'
            f"{para(action.text)}",
            who, _when(action), _state(action)])
    if not rows:
        return []
    widths = [62 * mm, 50 * mm, 36 * mm, FRAME_WIDTH - 148 * mm]
    return [Paragraph("Qui fait quoi et quand", s.h1),
            data_table(["Quoi", "Qui", "Quand", "Où en est-on ?"], rows, widths, s)]


def _circle(doc: PlanDocument, s: Styles) -> list[Flowable]:
    members = doc.current_circle
    if not members:
        return []
    rows: list[list[str | Flowable]] = [
        [f"<b>{para(m.name)}</b>"
         + (f"<br/>{para(m.relationship)}" if m.relationship else ""),
         para(m.role), phone_fr(m.phone)]
        for m in members
    ]
    widths = [72 * mm, 62 * mm, FRAME_WIDTH - 134 * mm]
    return [Paragraph("Les personnes qui vous accompagnent", s.h1),
            data_table(["Qui", "Pour quoi", "Téléphone"], rows, widths, s)]


def _agreement(doc: PlanDocument, plan: PlanContent, s: Styles) -> list[Flowable]:
    lines: list[str] = []
    if plan.status == PlanStatus.DRAFT:
        lines.append("Ce plan est un projet. Il sera discuté et validé avec vous.")
    else:
        if plan.validated_at:
            by = f" par {para(plan.validated_by_name)}" if plan.validated_by_name else ""
            lines.append(f"Ce plan a été validé le {date_fr(plan.validated_at.date())}{by}.")
        if plan.agreement_on:
            lines.append(f"Vous avez donné votre accord le {date_fr(plan.agreement_on)}.")
    ref = doc.referent
    contact = f" : {para(ref.name)}, {phone_fr(ref.phone, '')}".rstrip(", ") if ref else ""
    lines.append("Si votre situation change, ou si vous n'êtes plus d'accord avec ce plan, "
                 f"appelez votre coordination{contact}.")
    return [KeepTogether([Paragraph("Votre accord", s.h1),
                          *[Paragraph(line, s.body) for line in lines]])]
