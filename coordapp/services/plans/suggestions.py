"""Needs an assessment suggests for the PPCS, each rule with its stated condition.

Every rule below says when it applies (``condition``, shown as the reason of the
suggestion) and is tested at its boundary. Rights follow the person's age at the
assessment date:

- APA (allocation personnalisée d'autonomie) is for people of **60 and over** in GIR 1
  to 4 (CASF L232-1, L232-2, R232-1 for the age). Under 60, the route is the MDPH and
  the PCH (prestation de compensation du handicap, CASF L245-1), with the
  accompanying services (SAVS, SAMSAH) and a home-help service (SAAD).
- GIR 5 and 6 at 60 and over open no APA; the retirement funds' social action (aide à
  domicile, « plan d'actions personnalisé ») is the usual answer when help is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from coordapp.models import NeedDomain, Patient
from coordapp.services.assessments import zarit
from coordapp.services.views import AssessmentDetail, age_on

APA_MIN_AGE = 60
APA_MAX_GIR = 4

#: Complexity factor code -> (category, French label).
COMPLEXITY_FACTORS: dict[str, tuple[str, str]] = {
    "polypathology": ("medical", "Polypathologie"),
    "polymedication": ("medical", "Polymédication"),
    "falls": ("medical", "Chutes"),
    "cognitive_decline": ("medical", "Troubles cognitifs"),
    "isolation": ("psychosocial", "Isolement"),
    "precarity": ("psychosocial", "Précarité"),
    "abuse_suspected": ("psychosocial", "Suspicion de maltraitance"),
    "exhausted_caregiver": ("organisational", "Aidant épuisé"),
    "refusal_of_help": ("organisational", "Refus d'aide"),
    "no_gp": ("organisational", "Sans médecin traitant"),
    "repeated_hospitalisations": ("organisational", "Hospitalisations répétées"),
}

#: Suggestion code -> (need domain, need text as added to the plan).
SUGGESTIONS: dict[str, tuple[str, str]] = {
    "caregiver_respite": (NeedDomain.CAREGIVER, "Soulager l'aidant épuisé : organiser du "
                          "répit et soutenir l'aidant"),
    "caregiver_support": (NeedDomain.CAREGIVER, "Soutenir l'aidant : information, écoute, "
                          "plateforme d'accompagnement et de répit"),
    "find_gp": (NeedDomain.HEALTH, "Trouver et déclarer un médecin traitant"),
    "home_help": (NeedDomain.AUTONOMY, "Mettre en place ou réviser les aides à domicile (APA)"),
    "disability_rights": (NeedDomain.ADMINISTRATIVE, "Déposer un dossier à la MDPH : "
                          "prestation de compensation du handicap (PCH) et services "
                          "d'accompagnement"),
    "pension_fund_help": (NeedDomain.AUTONOMY, "Demander l'aide à domicile de la caisse "
                          "de retraite (action sociale, GIR 5 ou 6)"),
    "fall_prevention": (NeedDomain.AUTONOMY, "Prévenir les chutes : bilan, rééducation, "
                        "aménagement du logement"),
    "remote_alert": (NeedDomain.ENVIRONMENT, "Pouvoir alerter à distance (téléassistance)"),
    "medication_review": (NeedDomain.HEALTH, "Réviser et sécuriser les traitements (bilan "
                          "partagé de médication)"),
    "cognitive_assessment": (NeedDomain.HEALTH, "Bilan des troubles cognitifs et adaptation "
                             "de l'accompagnement"),
    "care_coordination": (NeedDomain.HEALTH, "Coordonner le suivi des pathologies multiples"),
    "hospital_prevention": (NeedDomain.HEALTH, "Prévenir les hospitalisations évitables "
                            "(signes d'alerte, lien avec l'hôpital)"),
    "break_isolation": (NeedDomain.SOCIAL, "Rompre l'isolement : visites, activités, liens "
                        "sociaux"),
    "rights_access": (NeedDomain.ADMINISTRATIVE, "Ouvrir et faire valoir les droits "
                      "(assurance maladie, aides sociales)"),
    "protection_assessment": (NeedDomain.PSYCHOLOGICAL, "Évaluer la suspicion de "
                              "maltraitance et protéger la personne"),
    "adherence": (NeedDomain.PSYCHOLOGICAL, "Travailler l'adhésion de la personne aux aides "
                  "proposées"),
}
_FACTOR_SUGGESTIONS = {
    "exhausted_caregiver": "caregiver_respite", "no_gp": "find_gp",
    "falls": "fall_prevention", "polymedication": "medication_review",
    "cognitive_decline": "cognitive_assessment", "polypathology": "care_coordination",
    "repeated_hospitalisations": "hospital_prevention", "isolation": "break_isolation",
    "precarity": "rights_access", "abuse_suspected": "protection_assessment",
    "refusal_of_help": "adherence",
}


@dataclass(frozen=True)
class Facts:
    """What the rules look at."""

    detail: AssessmentDetail
    age: int  # at the assessment date
    has_gp: bool


@dataclass(frozen=True)
class Rule:
    code: str
    applies: Callable[[Facts], bool]
    condition: Callable[[Facts], str]  # the reason shown, stating the condition met


def _zarit(facts: Facts) -> zarit.ZaritResult | None:
    return zarit.score(facts.detail.zarit_items) if facts.detail.zarit_items else None


def _zarit_reason(facts: Facts) -> str:
    result = _zarit(facts)
    assert result is not None
    name = "Mini-Zarit" if result.form == zarit.MINI else "Zarit"
    return f"{name} {result.display} : {result.label}"


def _gir(facts: Facts) -> int | None:
    return facts.detail.gir


RULES: tuple[Rule, ...] = (
    Rule("caregiver_respite",
         lambda f: (r := _zarit(f)) is not None and r.high_burden, _zarit_reason),
    Rule("caregiver_support",
         lambda f: (r := _zarit(f)) is not None and r.band == "light_to_moderate",
         _zarit_reason),
    Rule("find_gp", lambda f: not f.has_gp,
         lambda f: "Aucun médecin traitant renseigné dans le dossier"),
    Rule("home_help",
         lambda f: (g := _gir(f)) is not None and g <= APA_MAX_GIR and f.age >= APA_MIN_AGE,
         lambda f: f"GIR {_gir(f)} (1 à 4) et {f.age} ans (60 ou plus) : droit à l'APA"),
    Rule("disability_rights",
         lambda f: (g := _gir(f)) is not None and g <= APA_MAX_GIR and f.age < APA_MIN_AGE,
         lambda f: f"GIR {_gir(f)} et {f.age} ans (moins de 60) : pas d'APA ; PCH et "
                   "services par la MDPH"),
    Rule("pension_fund_help",
         lambda f: (g := _gir(f)) is not None and g > APA_MAX_GIR and f.age >= APA_MIN_AGE,
         lambda f: f"GIR {_gir(f)} (5 ou 6) et {f.age} ans : pas d'APA ; action sociale "
                   "des caisses de retraite"),
    Rule("remote_alert",
         lambda f: f.detail.aggir.get("communication") in ("B", "C"),
         lambda f: "AGGIR : communication à distance altérée "
                   f"({f.detail.aggir.get('communication')})"),
)


def suggested(detail: AssessmentDetail, patient: Patient) -> dict[str, str]:
    """Suggestion code -> reason (French), in the order of :data:`SUGGESTIONS`."""
    facts = Facts(detail, age_on(patient.birth_date, detail.assessed_on),
                  patient.gp_id is not None)
    found: dict[str, str] = {}
    for rule in RULES[:2]:  # the caregiver first: one of the two at most
        if rule.applies(facts):
            found[rule.code] = rule.condition(facts)
            break
    for factor in detail.complexity_factors:
        code = _FACTOR_SUGGESTIONS.get(factor)
        if code and code not in found:
            found[code] = f"Facteur de complexité : {COMPLEXITY_FACTORS[factor][1].lower()}"
    for rule in RULES[2:]:
        if rule.code not in found and rule.applies(facts):
            found[rule.code] = rule.condition(facts)
    return {code: found[code] for code in SUGGESTIONS if code in found}
