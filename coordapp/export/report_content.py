"""The activity report as labelled lines, shared by its CSV and PDF renderings."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from coordapp.documents.activity import ActivityReport, Breakdown
from coordapp.documents.labels import KIND_LABELS, SERVICE_LEVEL_LABELS, STRUCTURE_KIND_LABELS
from coordapp.export.labels import (
    ANSWERS,
    CHANNELS,
    CLOSURE_REASONS,
    DOMAINS,
    REQUESTER_KINDS,
    date_fr,
    label,
)

TITLE = "Rapport d'activité"
ANONYMOUS = "Données agrégées et anonymes — aucune donnée nominative"


@dataclass(frozen=True)
class Section:
    """One breakdown: a title, the label column's header and (code, label, count) rows."""

    title: str
    label_header: str
    rows: tuple[tuple[str, str, int], ...]
    chart: bool = True

    @property
    def total(self) -> int:
        return sum(count for _code, _label, count in self.rows)


def period_text(report: ActivityReport) -> str:
    return f"du {date_fr(report.start)} au {date_fr(report.end)}"


def percent(value: float | None) -> str:
    """``8,5 %`` (French decimal comma), or ``—``."""
    return "—" if value is None else f"{value * 100:.1f} %".replace(".", ",")


def number(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:g}".replace(".", ",")


def key_figures(report: ActivityReport) -> list[tuple[str, str, str]]:
    """(code, French label, value) of the headline numbers."""
    return [
        ("requests", "Demandes d'appui reçues", str(report.requests)),
        ("median_delay_days", "Délai médian demande → premier contact (jours)",
         number(report.median_delay_days)),
        ("delays_measured", "Demandes avec un premier contact daté",
         str(report.delays_measured)),
        ("inclusions", "Inclusions (situations ouvertes)", str(report.inclusions)),
        ("active_at_end", "Situations actives en fin de période", str(report.active_at_end)),
        ("closures", "Clôtures", str(report.closures)),
        ("plans_validated", "PPCS validés (toutes versions)", str(report.plans_validated)),
        ("reviews_done", "Révisions de PPCS réalisées", str(report.reviews_done)),
        ("reviews_overdue", f"Révisions de PPCS en retard au {date_fr(report.overdue_on)}",
         str(report.reviews_overdue)),
        ("information_given", "Informations de la personne enregistrées",
         str(report.information_given)),
        ("objections", "Oppositions au partage exprimées", str(report.objections)),
        ("objections_withdrawn", "Oppositions retirées", str(report.objections_withdrawn)),
        ("followed", "Personnes suivies sur la période", str(report.followed)),
        ("without_gp", "dont sans médecin traitant", str(report.without_gp)),
        ("share_without_gp", "Part sans médecin traitant", percent(report.share_without_gp)),
        ("with_ald", "dont avec au moins une ALD", str(report.with_ald)),
        ("share_with_ald", "Part avec au moins une ALD", percent(report.share_with_ald)),
        ("complex_both_sides", "Demandes en situation complexe (critères des deux volets)",
         str(report.complex_both_sides)),
        ("gp_seekers_at_end", "Personnes cherchant un médecin traitant en fin de période",
         str(report.gp_seekers_at_end)),
        ("gp_found", "Personnes ayant trouvé un médecin traitant", str(report.gp_found)),
        ("median_gp_delay_days", "Délai médian pour trouver un médecin traitant (jours)",
         number(report.median_gp_delay_days)),
        ("dysfunctions", "Dysfonctionnements du parcours signalés", str(report.dysfunctions)),
    ]


def _rows(breakdown: Breakdown, table: Mapping[str, str] | None,
          empty: str) -> tuple[tuple[str, str, int], ...]:
    def text(code: str) -> str:
        if table is not None:
            return label(table, code, code or empty)
        return code or empty

    return tuple((code, text(code), count) for code, count in breakdown)


def sections(report: ActivityReport) -> list[Section]:
    return [
        Section("Demandes par origine", "Origine",
                _rows(report.requests_by_origin, REQUESTER_KINDS, "Non renseignée")),
        Section("Demandes par profession du demandeur", "Profession",
                _rows(report.requests_by_profession, None, "Non renseignée"), chart=False),
        Section("Demandes par canal", "Canal",
                _rows(report.requests_by_channel, CHANNELS, "Non renseigné")),
        Section("Réponses apportées", "Réponse", _rows(report.answers, ANSWERS, "")),
        Section("Clôtures par motif", "Motif",
                _rows(report.closures_by_reason, CLOSURE_REASONS, "")),
        Section("Besoins non couverts par domaine", "Domaine",
                _rows(report.unmet_needs_by_domain, DOMAINS, "Non renseigné")),
        Section("Objectifs non atteints par domaine", "Domaine",
                _rows(report.goals_not_reached_by_domain, DOMAINS, "Non renseigné")),
        Section("Niveaux de service décidés", "Niveau de service",
                _rows(report.service_levels, SERVICE_LEVEL_LABELS, "Non décidé")),
        Section("Dysfonctionnements par type", "Type",
                _rows(report.dysfunctions_by_kind, KIND_LABELS, "Non renseigné")),
        Section("Dysfonctionnements par type de structure", "Type de structure",
                _rows(report.dysfunctions_by_structure_kind, STRUCTURE_KIND_LABELS,
                      "Non renseigné")),
    ]
