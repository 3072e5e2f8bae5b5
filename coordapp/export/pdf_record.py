"""Everything CoordApp holds about one person, readable, for a GDPR access request
(article 15): identity, requests, care circle, assessments, plans, journal, consents,
and who viewed or changed the file."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from reportlab.platypus import Flowable, Paragraph

from coordapp.export.labels import (
    ANSWERS,
    CONSENT_KINDS,
    DOMAINS,
    IDENTITY_STATUSES,
    LEGAL_PROTECTIONS,
    LIVING_SITUATIONS,
    PLAN_STATUSES,
    REQUESTER_KINDS,
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
    PageDecor,
    RenderedPdf,
    data_table,
    key_value_table,
    make_styles,
    render,
)

JOURNAL_KINDS = {"call": "Appel", "home_visit": "Visite à domicile", "meeting": "Réunion",
                 "message": "Message", "hospital_admission": "Hospitalisation",
                 "hospital_discharge": "Sortie d'hôpital", "note": "Note"}
AUDIT_ACTIONS = {"view": "Consultation", "create": "Création", "update": "Modification",
                 "delete": "Suppression", "print": "Impression", "export": "Export",
                 "import": "Import", "search": "Recherche"}


@dataclass(frozen=True)
class RecordDocument:
    """The plain data of one person's record, as the GDPR export gathers it.

    ``factor_labels`` names the complexity factor codes in French."""

    record: dict[str, Any]  # the JSON of ``coordapp patient show``
    plan_versions: list[dict[str, Any]]
    history: list[dict[str, Any]]  # audit entries: at, user_name, action, entity
    generated_on: dt.date
    factor_labels: dict[str, str]


def record_pdf(doc: RecordDocument) -> RenderedPdf:
    s = make_styles(10.5, 9.5)
    r = doc.record
    factor_labels = doc.factor_labels
    name = f"{str(r['family_name']).upper()} {r['given_names']}"
    story: list[Flowable] = [
        Paragraph("Vos données enregistrées dans CoordApp", s.title),
        Paragraph(f"<b>{para(name)}</b>, né(e) le {short_date(_day(r['birth_date']))}. "
                  f"Document établi le {date_fr(doc.generated_on)} à votre demande.", s.subtitle),
        Paragraph("Identité et situation", s.h1),
        key_value_table(_identity(r), [52 * 2.835, FRAME_WIDTH - 52 * 2.835], s),
    ]
    story += _section(s, "Demandes d'appui reçues", ["Reçue le", "Demandeur", "Motif", "Réponse"],
                      [[short_date(_day(x["received_at"])),
                        para(" — ".join(filter(None, [label(REQUESTER_KINDS, x["requester_kind"]),
                                                      x.get("requester_name")]))),
                        para(x["reason"]),
                        para(label(ANSWERS, x.get("answer"), "En attente"))]
                       for x in r.get("referrals", [])], [22, 45, 75, 36])
    story += _section(s, "Cercle de soins", ["Rôle", "Nom", "Téléphone", "Depuis"],
                      [[para(m["role"]), para(m["name"]), phone_fr(m.get("phone")),
                        short_date(_day(m.get("started_on")))]
                       for m in r.get("care_team", [])], [45, 70, 35, 28])
    story += _section(s, "Évaluations", ["Date", "GIR", "Zarit", "Facteurs de complexité"],
                      [[short_date(_day(a["assessed_on"])), str(a.get("gir") or "—"),
                        str(a.get("zarit_total") if a.get("zarit_total") is not None else "—"),
                        para(", ".join(factor_labels.get(f, f)
                                       for f in a.get("complexity_factors", [])))]
                       for a in r.get("assessments", [])], [25, 15, 18, 120])
    for version in doc.plan_versions:
        story += _plan(s, version)
    story += _section(s, "Journal de suivi", ["Date", "Type", "Par", "Note"],
                      [[datetime_fr(_moment(e["occurred_at"])),
                        para(label(JOURNAL_KINDS, e["kind"])),
                        para(e.get("author_name")), para(e["text"])]
                       for e in r.get("journal", [])], [30, 22, 30, 96])
    story += _section(s, "Information et consentement", ["Date", "Objet", "Par", "Comment"],
                      [[short_date(_day(c["recorded_on"])), para(label(CONSENT_KINDS, c["kind"])),
                        para(c.get("given_by")), para(c.get("how"))]
                       for c in r.get("consents", [])], [25, 70, 40, 43])
    story += _section(s, "Qui a consulté ou modifié votre dossier",
                      ["Date", "Personne", "Action", "Élément"],
                      [[datetime_fr(_moment(h["at"])), para(h.get("user_name")),
                        para(label(AUDIT_ACTIONS, h["action"])), para(h.get("entity"))]
                       for h in doc.history], [32, 50, 36, 60])
    decor = PageDecor(header_left=f"Données de {name}", header_right="Droit d'accès (RGPD)",
                      footer_center=f"Établi le {date_fr(doc.generated_on)}")
    return render(story, decor, title="Vos données dans CoordApp")


def _identity(r: dict[str, Any]) -> list[tuple[str, str]]:
    rows = [
        ("Nom de naissance", para(r["family_name"])),
        ("Nom utilisé", para(r.get("used_name"))),
        ("Prénoms de naissance", para(r["given_names"])),
        ("Sexe", label(SEXES, r.get("sex"))),
        ("NIR", para(r.get("nir"))),
        ("Statut de l'identité", label(IDENTITY_STATUSES, r.get("identity_status"))),
        ("Adresse", para(" ".join(filter(None, [r.get("address"), r.get("postal_code"),
                                                 r.get("city")])))),
        ("Téléphone", phone_fr(r.get("phone"))),
        ("Médecin traitant", para(r.get("gp_name"), "Aucun")),
        ("Affections de longue durée", para(", ".join(r.get("ald") or []))),
        ("Mode de vie", label(LIVING_SITUATIONS, r.get("living_situation"))),
        ("Mesure de protection", label(LEGAL_PROTECTIONS, r.get("legal_protection"))),
        ("Personne de confiance", para(r.get("trusted_person"))),
        ("Notes sur la situation", para(r.get("situation_notes"))),
        ("Coordinateur référent", para(r.get("referent_name"))),
    ]
    return rows


def _plan(s: Any, version: dict[str, Any]) -> list[Flowable]:
    title = (f"PPCS version {version['version']} — "
             f"{label(PLAN_STATUSES, version['status'])}")
    rows = []
    for need in version.get("needs", []):
        for goal in need.get("goals", []) or [{"text": "", "actions": []}]:
            actions = goal.get("actions", []) or [{"text": "", "due_on": None}]
            for action in actions:
                rows.append([para(label(DOMAINS, need["domain"])), para(need["text"]),
                             para(goal.get("text")), para(action.get("text")),
                             short_date(_day(action.get("due_on")))])
    return _section(s, title, ["Domaine", "Besoin", "Objectif", "Action", "Échéance"], rows,
                    [26, 38, 40, 50, 24])


def _section(s: Any, title: str, header: list[str], rows: list[list[str]],
             widths_mm: list[float]) -> list[Flowable]:
    story: list[Flowable] = [Paragraph(title, s.h1)]
    if not rows:
        return [*story, Paragraph("Aucun élément.", s.body)]
    scale = FRAME_WIDTH / sum(widths_mm)
    return [*story, data_table(header, rows, [w * scale for w in widths_mm], s)]


def _day(value: Any) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _moment(value: Any) -> dt.datetime | None:
    if value in (None, ""):
        return None
    return value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))

