"""Word lists and weights for the demo's pathway records: coordination tasks, hospital
discharges, people looking for a GP, breaks in the pathway, languages. Fictitious."""

from __future__ import annotations

#: A hospital request is about a discharge this often (when it concerns a person).
DISCHARGE_SHARE = 0.55
DISCHARGE_REASONS = [
    "Retour à domicile après hospitalisation en gériatrie, aides à organiser",
    "Sortie d'hospitalisation prévue après une fracture du col du fémur",
    "Sortie de médecine polyvalente après une décompensation cardiaque",
    "Retour à domicile après un AVC, rééducation à poursuivre en ville",
]
WARDS = ["Médecine gériatrique", "Court séjour gériatrique", "Cardiologie", "Orthopédie",
         "Médecine polyvalente", "Neurologie", "Pneumologie", "SMR (soins de suite)"]
WARD_CONTACTS = ["Cadre de santé du service", "Assistante sociale du service",
                 "Infirmière de coordination de sortie", "Interne du service"]
#: Day-0 items (DischargeItem codes) -> how often they are listed.
DISCHARGE_READY = {"nurse": 0.8, "home_help": 0.55, "equipment": 0.4, "medicines": 0.6,
                   "follow_up": 0.5}
DISCHARGE_NOTES = ["Lit médicalisé à livrer avant la sortie.",
                   "Ordonnance de sortie faxée à la pharmacie.",
                   "La fille sera présente le jour du retour.", None, None]

#: Notes of done tasks, by task kind (they go to the journal after the task's title).
TASK_NOTES = {
    "gp_contact": ["médecin traitant informé de la demande, d'accord pour une évaluation",
                   "message laissé au secrétariat, rappel du médecin le lendemain",
                   "échange avec le médecin traitant, il confirme la fragilité",
                   "médecin prévenu par messagerie sécurisée, réponse reçue"],
    "find_gp": ["médecin traitant trouvé, déclaration faite à la CPAM",
                "premier rendez-vous pris au cabinet du nouveau médecin"],
    "discharge_call": ["retour bien passé, infirmière passée le soir même",
                       "fatiguée mais rassurée, l'aide à domicile est venue",
                       "le matériel n'était pas livré, relance du prestataire",
                       "pas de réponse, rappel de {rel} qui confirme que tout va bien"],
}
#: Share of GPs of the directory who take new patients.
GP_ACCEPTS_NEW = 0.12
#: A person without a GP who is on the CPTS list (not everyone asks).
SEEKS_GP = 0.85
#: A person with a GP found that GP through the list (the search is closed).
FOUND_THROUGH_SEARCH = 0.05
SEARCH_NOTES = ["Médecin traitant parti à la retraite", "Traitements à renouveler rapidement",
                "Sort d'hospitalisation, suivi à organiser", "Ne peut pas se déplacer",
                "A essuyé plusieurs refus de cabinets"]

#: Dysfunction kind -> (weight, [(structure kinds, names pattern, text)]).
DYSFUNCTIONS: dict[str, tuple[int, list[tuple[list[str], str, str]]]] = {
    "discharge_not_prepared": (30, [
        (["hospital"], "{hospital}",
         "Sortie un vendredi soir sans ordonnance ni passage infirmier prévu."),
        (["hospital", "SSIAD"], "{hospital}, SSIAD",
         "SSIAD prévenu la veille de la sortie, pas de place avant 10 jours."),
        (["hospital"], "{hospital}",
         "Retour à domicile sans matériel : lit médicalisé livré trois jours après."),
    ]),
    "redundant_exams": (20, [
        (["hospital", "laboratory"], "{hospital}, laboratoire de ville",
         "Bilan sanguin refait à l'hôpital deux jours après celui de ville."),
        (["hospital"], "{hospital}",
         "Deux scanners en un mois, prescrits par deux services différents."),
    ]),
    "unchecked_delegation": (20, [
        (["hospital"], "{hospital}",
         "Pansements complexes confiés à l'infirmière libérale sans vérifier sa disponibilité."),
        (["HAD", "hospital"], "{hospital}, HAD",
         "Antibiothérapie intraveineuse prévue à domicile, aucun infirmier disponible."),
    ]),
    "rights_not_opened": (20, [
        (["council"], "Conseil départemental", "Dossier APA en attente depuis quatre mois."),
        (["CCAS"], "CCAS", "Complémentaire santé non renouvelée, soins reportés."),
        (["council"], "Conseil départemental", "Prestation de compensation non ouverte."),
    ]),
    "no_gp": (10, [
        ([], "", "Aucun médecin traitant : renouvellements d'ordonnance aux urgences."),
    ]),
}
DYSFUNCTION_KINDS = {kind: weight for kind, (weight, _cases) in DYSFUNCTIONS.items()}
#: Followed cases with one break in the pathway, and with a second one.
DYSFUNCTION_SHARE, SECOND_DYSFUNCTION = 0.12, 0.2

#: Languages spoken by people who do not speak French (or not well), the first preferred.
LANGUAGES = [["arabe"], ["arabe", "français"], ["turc"], ["portugais", "français"],
             ["polonais"], ["russe"], ["tamoul"], ["dari"], ["albanais"], ["roumain"]]
LANGUAGE_SHARE = 0.04
