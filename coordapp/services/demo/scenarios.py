"""Demo PPCS content drawn from coherent scenarios: each need comes with the goals that
answer it, and each goal with actions done by someone whose role can do them (a GP
prescribes, a nurse gives care, a social worker opens rights, a relative helps at home).

A scenario may hold only for some people (``when``): the APA from 60, the MDPH under
60, the caregiver's needs when there is a caregiver.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from coordapp.services.demo.base import Case

#: (text, role key of who does it, recurrence)
ActionSpec = tuple[str, str, str | None]


@dataclass(frozen=True)
class GoalSpec:
    text: str
    criterion: str
    actions: tuple[ActionSpec, ...]


@dataclass(frozen=True)
class Scenario:
    domain: str
    need: str
    goals: tuple[GoalSpec, ...]
    when: Callable[[Case], bool] = lambda c: True


def _g(text: str, criterion: str, *actions: ActionSpec) -> GoalSpec:
    return GoalSpec(text, criterion, actions)


SCENARIOS: tuple[Scenario, ...] = (
    Scenario("health", "Chutes répétées à domicile", (
        _g("Prévenir les chutes", "Nombre de chutes sur 3 mois",
           ("Séances de rééducation à la marche et à l'équilibre", "physio",
            "deux fois par semaine"),
           ("Bilan de chute et révision des traitements à risque", "gp", None)),
        _g("Pouvoir alerter en cas de chute", "Téléassistance installée et testée",
           ("Souscrire et installer une téléassistance", "carer", None)))),
    Scenario("health", "Observance médicamenteuse insuffisante", (
        _g("Sécuriser la prise des traitements", "Piluliers vérifiés sans erreur",
           ("Réévaluer l'ordonnance (conciliation médicamenteuse)", "gp", None),
           ("Préparer le pilulier hebdomadaire", "pharmacist", "chaque semaine"),
           ("Passage infirmier pour la distribution des traitements", "nurse",
            "chaque jour")),)),
    Scenario("health", "Décompensations cardiaques répétées", (
        _g("Éviter les réhospitalisations", "Aucune hospitalisation non programmée",
           ("Pesée et surveillance des œdèmes", "nurse", "chaque semaine"),
           ("Bilan sanguin et adaptation du traitement diurétique", "gp",
            "tous les 3 mois")),)),
    Scenario("health", "Dénutrition (perte de 5 kg en 6 mois)", (
        _g("Stabiliser le poids", "Poids mensuel ≥ poids de référence",
           ("Prescrire des compléments nutritionnels oraux", "gp", None),
           ("Pesée mensuelle", "nurse", "chaque mois"),
           ("Aide à la préparation des repas", "SAAD", "chaque midi")),)),
    Scenario("health", "Troubles de la mémoire non explorés", (
        _g("Poser un diagnostic et adapter l'accompagnement",
           "Consultation mémoire réalisée",
           ("Adresser en consultation mémoire", "gp", None),
           ("Évaluation gériatrique standardisée", "geriatrician", None)),)),
    Scenario("autonomy", "Difficultés pour la toilette et l'habillage", (
        _g("Assurer une toilette complète chaque jour", "Toilette réalisée chaque jour",
           ("Soins d'hygiène par le SSIAD", "SSIAD", "chaque matin"),
           ("Prescrire les soins infirmiers d'hygiène", "gp", None)),)),
    Scenario("autonomy", "Perte d'autonomie pour les courses et les repas", (
        _g("Assurer des repas équilibrés", "Deux repas complets par jour",
           ("Aide à domicile pour les repas et les courses", "SAAD", "du lundi au vendredi"),
           ("Courses du week-end", "carer", "chaque samedi")),)),
    Scenario("administrative", "Dossier APA à constituer", (
        _g("Obtenir l'APA", "Plan d'aide APA notifié",
           ("Constituer et déposer le dossier APA au conseil départemental", "social", None),
           ("Rassembler les justificatifs de ressources", "carer", None)),),
        when=lambda c: c.age >= 60),
    Scenario("administrative", "Droits liés au handicap à ouvrir (MDPH)", (
        _g("Obtenir la prestation de compensation du handicap",
           "Décision de la MDPH notifiée",
           ("Constituer le dossier MDPH (PCH aide humaine)", "social", None),
           ("Remplir le certificat médical MDPH", "gp", None)),),
        when=lambda c: c.age < 60),
    Scenario("administrative", "Mesure de protection à mettre en place", (
        _g("Protéger la personne et ses biens",
           "Décision du juge des contentieux de la protection",
           ("Rédiger la requête au juge avec la famille", "social", None),
           ("Adresser au médecin inscrit pour le certificat circonstancié", "gp", None)),),
        when=lambda c: c.legal == "none"),
    Scenario("administrative", "Papiers d'identité et carte Vitale périmés", (
        _g("Renouveler les papiers", "Carte Vitale et pièce d'identité à jour",
           ("Prendre rendez-vous en mairie et accompagner la personne", "carer", None),
           ("Mettre à jour la carte Vitale auprès de la CPAM", "social", None)),)),
    Scenario("social", "Ressources insuffisantes, factures impayées", (
        _g("Ouvrir les droits", "Droits ouverts et versés",
           ("Constituer le dossier de complémentaire santé solidaire", "social", None),
           ("Demander une aide du fonds de solidarité logement (énergie)", "social",
            None)),)),
    Scenario("social", "Isolement social, plus de sorties", (
        _g("Rompre l'isolement", "Au moins deux visites ou sorties par semaine",
           ("Inscrire aux visites de bénévoles d'une association locale", "social", None),
           ("Appel quotidien et visite le dimanche", "carer", "chaque jour")),)),
    Scenario("psychological", "Tristesse et anxiété depuis le décès du conjoint", (
        _g("Apaiser l'anxiété", "Ressenti de la personne à 3 mois",
           ("Consultation et réévaluation du traitement", "gp", None),
           ("Orientation vers un accueil de jour", "social", None)),)),
    Scenario("environment", "Baignoire inaccessible, logement inadapté", (
        _g("Adapter le logement", "Douche de plain-pied installée",
           ("Demande d'aide à l'adaptation du logement", "social", None),
           ("Prescrire les barres d'appui et le siège de douche", "gp", None)),)),
    Scenario("caregiver", "Épuisement de l'aidant principal", (
        _g("Soulager l'aidant", "Score de Zarit en baisse à la réévaluation",
           ("Contacter la plateforme d'accompagnement et de répit", "carer", None),
           ("Organiser un hébergement temporaire d'une semaine", "social", None)),
        _g("Organiser le relais le week-end", "Solution de relais effective",
           ("Passage de l'aide à domicile le samedi", "SAAD", "chaque samedi"),)),
        when=lambda c: c.carer is not None),
)

#: Roles a demo plan may add to the circle when a scenario needs them.
ADDABLE_ROLES = ("nurse", "pharmacist", "physio", "social", "geriatrician", "SSIAD", "SAAD")


def scenarios_for(c: Case, domain: str) -> list[Scenario]:
    return [s for s in SCENARIOS if s.domain == domain and s.when(c)]


DOMAINS = tuple(dict.fromkeys(s.domain for s in SCENARIOS))
