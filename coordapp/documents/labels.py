"""French labels of coded values, shared by the screens, the use cases and the reports."""

from __future__ import annotations

from coordapp.models import DysfunctionKind, MedicalCriterion, PsychosocialCriterion, ServiceLevel

#: The complex situation's medical side.
MEDICAL_LABELS: dict[str, str] = {
    MedicalCriterion.SEVERAL_ILLNESSES: "Plusieurs maladies et/ou plusieurs ALD",
    MedicalCriterion.SEVERITY: "Sévérité des pathologies",
    MedicalCriterion.UNBALANCED: "Équilibre non atteint depuis plusieurs mois",
    MedicalCriterion.REPEATED_HOSPITALISATIONS:
        "Hospitalisations répétées dans l'année pour le même problème",
}
PSYCHOSOCIAL_LABELS: dict[str, str] = {
    PsychosocialCriterion.LITTLE_USE_OF_CARE: "Faible recours aux soins (isolement)",
    PsychosocialCriterion.SOCIAL_VULNERABILITY: "Vulnérabilité sociale",
    PsychosocialCriterion.UNSUITED_PRACTICES: "Pratiques de santé inadaptées",
    PsychosocialCriterion.DEPENDENCY: "Intrication des maladies avec une dépendance",
    PsychosocialCriterion.SEVERAL_ACTORS: "Intervention de plusieurs acteurs nécessaire",
}
SERVICE_LEVEL_LABELS: dict[str, str] = {
    ServiceLevel.INFORMATION: "Information sur les ressources",
    ServiceLevel.ORIENTATION: "Orientation, appui ponctuel à l'organisation du parcours",
    ServiceLevel.COMPLEX_COORDINATION: "Coordination complexe avec un PPCS",
    ServiceLevel.PROFESSIONAL_SUPPORT:
        "Soutien au professionnel (analyse d'une situation difficile)",
}

#: Breaks in the pathway (dysfunctions).
KIND_LABELS: dict[str, str] = {
    DysfunctionKind.REDUNDANT_EXAMS: "Examens redondants (qui prescrit quoi et quand)",
    DysfunctionKind.DISCHARGE_NOT_PREPARED: "Sortie d'hospitalisation non préparée",
    DysfunctionKind.UNCHECKED_DELEGATION:
        "Soins délégués à la ville sans vérifier leur faisabilité",
    DysfunctionKind.RIGHTS_NOT_OPENED: "Droits non ouverts",
    DysfunctionKind.NO_GP: "Pas de médecin traitant",
    DysfunctionKind.OTHER: "Autre rupture de parcours",
}

#: Types of structure in plain French (acronyms stay as they are), for the report.
STRUCTURE_KIND_LABELS: dict[str, str] = {
    "hospital": "Établissement de santé", "council": "Conseil départemental",
    "pharmacy": "Pharmacie", "laboratory": "Laboratoire", "association": "Association",
    "network": "Réseau de santé", "interpreting": "Service d'interprétariat",
    "other": "Autre structure",
    **{k: k for k in ("DAC", "CPTS", "MSP", "ESP", "SSIAD", "SAAD", "HAD", "CCAS", "EHPAD")},
}
