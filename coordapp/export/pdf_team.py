"""The team's copy: the full PPCS in the four HAS parts, then validation and agreement.

1. general information (the person, the coordination, the care circle);
2. needs by priority and domain, and the person's wishes;
3. the action plan: goals with evaluation criteria, actions (who, when, status);
4. goals not reached and unmet needs;
then the alert procedure, version, validation and the person's agreement.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from coordapp.documents.plan import Contact, PlanContent, PlanDocument, PlanGoal, PlanNeed
from coordapp.export.fonts import REGULAR
from coordapp.export.labels import (
    ACTION_STATUSES,
    CONSENT_KINDS,
    DOMAINS,
    GOAL_STATUSES,
    IDENTITY_STATUSES,
    LEGAL_PROTECTIONS,
    LIVING_SITUATIONS,
    PLAN_STATUSES,
    SEXES,
    date_fr,
    datetime_fr,
    label,
    para,
    phone_fr,
    short_date,
)
from coordapp.export.pdf_common import (
    FRAME_WIDTH,
    RULE,
    PageDecor,
    RenderedPdf,
    Styles,
    born_word,
    data_table,
    key_value_table,
    make_styles,
    render,
)
from coordapp.models import IdentityStatus, PlanStatus

BODY_SIZE = 9.5
CELL_SIZE = 8.5
KV_WIDTHS = (48 * mm, FRAME_WIDTH - 48 * mm)


def team_pdf(doc: PlanDocument) -> RenderedPdf:
    """The full PPCS in ``doc`` (which must hold a plan), for the professionals."""
    plan = doc.plan
    if plan is None:
        raise ValueError("no plan to print")
    s = make_styles(BODY_SIZE, CELL_SIZE)
    p = doc.person
    born = f"{born_word(p.sex)} le {short_date(p.birth_date)}"
    story: list[Flowable] = [
        Paragraph("Plan personnalisé de coordination en santé (PPCS)", s.title),
        Paragraph(f"<b>{para(p.identity_line)}</b>, {born} ({p.age} ans)", s.subtitle),
        key_value_table(_summary(plan), KV_WIDTHS, s),
    ]
    story += _general(doc, s)
    story += _needs(plan, s)
    story += _action_plan(plan, s)
    story += _unmet(plan, s)
    story += _validation(doc, plan, s)
    if plan.status == PlanStatus.DRAFT:
        right = f"Version {plan.version} — brouillon"
    else:
        stamp = short_date(plan.validated_at.date()) if plan.validated_at else "—"
        right = f"Version {plan.version} — validée le {stamp}"
    decor = PageDecor(
        header_left=f"PPCS — {p.identity_line} — {born}",
        header_right=right,
        footer_center=f"Édité le {date_fr(doc.generated_on)}",
        draft=plan.status == PlanStatus.DRAFT,
    )
    return render(story, decor, title="Plan personnalisé de coordination en santé")


def _summary(plan: PlanContent) -> list[tuple[str, str]]:
    validated = "Non validé" if plan.validated_at is None else (
        f"{datetime_fr(plan.validated_at)} par {para(plan.validated_by_name, 'inconnu')}")
    return [
        ("Version", f"{plan.version} — {label(PLAN_STATUSES, plan.status)}"),
        ("Validation", validated),
        ("Prochaine révision", date_fr(plan.review_due, "non fixée")),
        ("Accord de la personne", _agreement_text(plan)),
    ]


def _agreement_text(plan: PlanContent) -> str:
    if plan.agreement_on is None and not plan.agreement:
        return "Non recueilli"
    when = f"le {date_fr(plan.agreement_on)}" if plan.agreement_on else "date non renseignée"
    how = f" — {para(plan.agreement)}" if plan.agreement else ""
    return f"Recueilli {when}{how}"


def _contact(c: Contact | None, empty: str) -> str:
    if c is None:
        return empty
    parts = [f"<b>{para(c.name)}</b>"]
    parts += [para(x) for x in (c.profession, c.structure) if x]
    if c.phone:
        parts.append(f"tél. {phone_fr(c.phone)}")
    if c.email:
        parts.append(para(c.email))
    if c.rpps:
        parts.append(f"RPPS {c.rpps}")
    return " — ".join(parts)


def _general(doc: PlanDocument, s: Styles) -> list[Flowable]:
    p = doc.person
    ins = label(IDENTITY_STATUSES, p.identity_status)
    if p.nir and p.identity_status == IdentityStatus.QUAL:
        ins += f" — matricule INS {p.nir}"
    phones = ", ".join(phone_fr(x) for x in (p.phone, p.phone_alt) if x) or "—"
    rows = [
        ("Nom de naissance", para(p.family_name.upper())),
        ("Prénoms de naissance", para(p.given_names)),
        ("Nom et prénom utilisés", para(" ".join(x for x in (p.used_given_name, p.used_name)
                                                 if x) or None)),
        ("Date de naissance", f"{date_fr(p.birth_date)} ({p.age} ans)"),
        ("Sexe", label(SEXES, p.sex)),
        ("Lieu de naissance (code INSEE)", para(p.birth_place_code)),
        ("Identité", ins),
        ("Adresse", para(p.address_line)),
        ("Téléphone", phones),
        ("Courriel", para(p.email)),
        ("Mode de vie", label(LIVING_SITUATIONS, p.living_situation, "—")),
        ("Mesure de protection", label(LEGAL_PROTECTIONS, p.legal_protection, "—")),
        ("Personne de confiance", para(p.trusted_person)),
        ("Langues parlées", para(", ".join(p.languages) or None)
         + (" — <b>interprète nécessaire</b>" if p.interpreter_needed else "")),
        ("Affections de longue durée", para(", ".join(p.ald) or None, "Non renseignées")),
        ("Accompagnement depuis le", date_fr(p.opened_on)),
        ("Dernière évaluation", para(doc.assessment, "aucune")),
    ]
    coordination = [
        ("Coordinateur référent", _contact(doc.referent, "Non désigné")),
        ("Médecin traitant", _contact(doc.gp, "Aucun médecin traitant déclaré")),
    ]
    story: list[Flowable] = [
        Paragraph("1. Informations générales", s.h1),
        Paragraph("La personne", s.h2), key_value_table(rows, KV_WIDTHS, s),
        Paragraph("La coordination", s.h2), key_value_table(coordination, KV_WIDTHS, s),
        Paragraph("Le cercle de soins", s.h2),
    ]
    members = doc.care_circle
    if not members:
        return [*story, Paragraph("Aucun membre enregistré.", s.body)]
    rows_circle: list[list[str | Flowable]] = []
    for m in members:
        role = para(m.role) + (" <b>(aidant principal)</b>" if m.is_main_caregiver else "")
        detail = para(m.relationship or m.profession)
        period = f"depuis le {short_date(m.started_on)}" if m.started_on else ""
        if m.ended_on:
            period = f"{period} jusqu'au {short_date(m.ended_on)}".strip()
        rows_circle.append([role, f"<b>{para(m.name)}</b>", detail, phone_fr(m.phone),
                            period or "—"])
    widths = [40 * mm, 42 * mm, 36 * mm, 26 * mm, FRAME_WIDTH - 144 * mm]
    story.append(data_table(["Rôle", "Nom", "Profession ou lien", "Téléphone", "Période"],
                            rows_circle, widths, s))
    return story


def _needs(plan: PlanContent, s: Styles) -> list[Flowable]:
    story: list[Flowable] = [Paragraph("2. Besoins et souhaits de la personne", s.h1),
                             Paragraph("Souhaits et préférences, dans ses mots", s.h2),
                             Paragraph(f"« {para(plan.wishes, 'non recueillis')} »", s.quote)]
    if not plan.needs:
        return [*story, Paragraph("Aucun besoin enregistré.", s.body)]
    rows: list[list[str | Flowable]] = [
        [str(n.priority), label(DOMAINS, n.domain), para(n.text),
         "Oui" if n.raised_by_person else "Non", "<b>Oui</b>" if n.unmet else "Non"]
        for n in plan.needs
    ]
    widths = [18 * mm, 38 * mm, 80 * mm, 22 * mm, FRAME_WIDTH - 158 * mm]
    story += [Paragraph("Besoins par priorité", s.h2),
              data_table(["Priorité", "Domaine", "Besoin", "Exprimé par la personne",
                          "Non couvert"], rows, widths, s)]
    return story


def _goal_block(number: str, goal: PlanGoal, s: Styles) -> list[Flowable]:
    facts = [f"Critère d'évaluation : {para(goal.evaluation_criterion, 'non défini')}",
             f"Échéance : {date_fr(goal.target_date, 'non fixée')}",
             f"Statut : <b>{label(GOAL_STATUSES, goal.status)}</b>"]
    head = [Paragraph(f"<b>Objectif {number}</b> : {para(goal.text)}",
                      s.body.clone("goal-head", spaceBefore=4, spaceAfter=1, keepWithNext=1)),
            Paragraph(" · ".join(facts), s.small.clone("goal-facts", keepWithNext=1)),
            Paragraph(f"Avis de la personne : {para(goal.person_opinion, 'non recueilli')}",
                      s.small.clone("goal-opinion", spaceAfter=3,
                                    keepWithNext=1 if goal.actions else 0))]
    if not goal.actions:
        return [*head, Paragraph("Aucune action.", s.small)]
    rows: list[list[str | Flowable]] = []
    for a in goal.actions:
        who = (f"{para(a.responsible_name)}<br/><i>{para(a.responsible_role)}</i>"
               if a.responsible_name else "À désigner")
        when = short_date(a.due_on) if a.due_on else ""
        if a.recurrence:
            when = para(a.recurrence) + (f"<br/>échéance {when}" if when else "")
        status = label(ACTION_STATUSES, a.status)
        if a.done_on:
            status += f" le {short_date(a.done_on)}"
        rows.append([para(a.text), who, short_date(a.start_on), when or "—", status,
                     para(a.result)])
    widths = [50 * mm, 34 * mm, 20 * mm, 26 * mm, 22 * mm, FRAME_WIDTH - 152 * mm]
    table = data_table(["Action", "Responsable", "Début", "Échéance ou fréquence", "Statut",
                        "Résultat"], rows, widths, s)
    # keepWithNext: the goal's heading moves to the next page with its table's first rows.
    return [*head, table]


def _need_heading(index: int, need: PlanNeed) -> str:
    flags = []
    if need.raised_by_person:
        flags.append("exprimé par la personne")
    if need.unmet:
        flags.append("non couvert")
    extra = f" <i>({', '.join(flags)})</i>" if flags else ""
    return f"Besoin {index} — {label(DOMAINS, need.domain)} : {para(need.text)}{extra}"


def _action_plan(plan: PlanContent, s: Styles) -> list[Flowable]:
    story: list[Flowable] = [Paragraph("3. Plan d'action", s.h1)]
    if not plan.needs:
        return [*story, Paragraph("Aucun objectif ni action.", s.body)]
    for i, need in enumerate(plan.needs, 1):
        story.append(Paragraph(_need_heading(i, need), s.h2))
        if not need.goals:
            story.append(Paragraph("Aucun objectif défini pour ce besoin.", s.small))
        for j, goal in enumerate(need.goals, 1):
            story += _goal_block(f"{i}.{j}", goal, s)
    return story


def _unmet(plan: PlanContent, s: Styles) -> list[Flowable]:
    story: list[Flowable] = [
        Paragraph("4. Objectifs non atteints et besoins non couverts", s.h1)]
    items = plan.unmet
    if not items:
        return [*story, Paragraph("Aucun à ce jour.", s.body)]
    rows: list[list[str | Flowable]] = [
        [label(DOMAINS, u.domain),
         "Besoin non couvert" if u.kind == "need" else "Objectif non atteint",
         para(u.text), para(u.need_text) if u.kind == "goal" else "—"]
        for u in items
    ]
    widths = [36 * mm, 32 * mm, 60 * mm, FRAME_WIDTH - 128 * mm]
    return [*story, data_table(["Domaine", "Nature", "Libellé", "Besoin concerné"], rows,
                               widths, s)]


def _validation(doc: PlanDocument, plan: PlanContent, s: Styles) -> list[Flowable]:
    consents = "<br/>".join(
        f"{label(CONSENT_KINDS, c.kind)} le {short_date(c.recorded_on)}"
        + (f" ({para(c.how)})" if c.how else "")
        for c in doc.consents
    ) or "Aucun enregistrement"
    rows = [
        ("Procédure d'alerte", para(plan.alert_procedure, "non définie")),
        ("Version", f"{plan.version} — {label(PLAN_STATUSES, plan.status)}"),
        ("Validée le", datetime_fr(plan.validated_at, "non validée")),
        ("Validée par", para(plan.validated_by_name)),
        ("Accord de la personne", _agreement_text(plan)),
        ("Information et consentements", consents),
        ("Prochaine révision", date_fr(plan.review_due, "non fixée")),
    ]
    signature = Table(
        [["La personne ou son représentant", "Le coordinateur référent"], ["", ""]],
        colWidths=[FRAME_WIDTH / 2] * 2, rowHeights=[None, 22 * mm], hAlign="LEFT",
        style=TableStyle([("BOX", (0, 0), (0, -1), 0.6, RULE),
                          ("BOX", (1, 0), (1, -1), 0.6, RULE),
                          ("FONT", (0, 0), (-1, -1), REGULAR, CELL_SIZE),
                          ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return [Paragraph("Alerte, validation et accord", s.h1),
            key_value_table(rows, KV_WIDTHS, s), Spacer(1, 5 * mm),
            KeepTogether([Paragraph("Signatures", s.h2), signature])]
