"""Word lists for the demo caseload: places, names, reasons, plan contents, notes.

Plain data only (see ``coordapp.services.demo.generate`` for the generator). Texts are short,
realistic French as a coordinator would write them; none names a real person.
"""

from __future__ import annotations

#: Département -> (weight, [(city, postal code, INSEE commune code)]). Grand Est and
#: Haute-Savoie, weighted roughly by population.
PLACES: dict[str, tuple[int, list[tuple[str, str, str]]]] = {
    "08": (4, [("Charleville-Mézières", "08000", "08105"), ("Sedan", "08200", "08409"),
               ("Rethel", "08300", "08362"), ("Givet", "08600", "08190"),
               ("Revin", "08500", "08363")]),
    "10": (5, [("Troyes", "10000", "10387"), ("Romilly-sur-Seine", "10100", "10323"),
               ("Bar-sur-Aube", "10200", "10033"), ("Nogent-sur-Seine", "10400", "10268"),
               ("La Chapelle-Saint-Luc", "10600", "10081")]),
    "51": (9, [("Reims", "51100", "51454"), ("Châlons-en-Champagne", "51000", "51108"),
               ("Épernay", "51200", "51230"), ("Vitry-le-François", "51300", "51649"),
               ("Sézanne", "51120", "51535"), ("Tinqueux", "51430", "51573")]),
    "52": (3, [("Chaumont", "52000", "52121"), ("Saint-Dizier", "52100", "52448"),
               ("Langres", "52200", "52269"), ("Joinville", "52300", "52250")]),
    "54": (11, [("Nancy", "54000", "54395"), ("Vandœuvre-lès-Nancy", "54500", "54547"),
                ("Lunéville", "54300", "54329"), ("Toul", "54200", "54528"),
                ("Pont-à-Mousson", "54700", "54431"), ("Longwy", "54400", "54323")]),
    "55": (3, [("Verdun", "55100", "55545"), ("Bar-le-Duc", "55000", "55029"),
               ("Commercy", "55200", "55122"), ("Saint-Mihiel", "55300", "55463")]),
    "57": (16, [("Metz", "57000", "57463"), ("Thionville", "57100", "57672"),
                ("Forbach", "57600", "57227"), ("Sarreguemines", "57200", "57631"),
                ("Montigny-lès-Metz", "57950", "57480"), ("Sarrebourg", "57400", "57630"),
                ("Hayange", "57700", "57306"), ("Saint-Avold", "57500", "57606")]),
    "67": (18, [("Strasbourg", "67000", "67482"), ("Haguenau", "67500", "67180"),
                ("Schiltigheim", "67300", "67447"), ("Illkirch-Graffenstaden", "67400", "67218"),
                ("Sélestat", "67600", "67462"), ("Saverne", "67700", "67437"),
                ("Obernai", "67210", "67348"), ("Bischwiller", "67240", "67046")]),
    "68": (12, [("Mulhouse", "68100", "68224"), ("Colmar", "68000", "68066"),
                ("Saint-Louis", "68300", "68297"), ("Wittenheim", "68270", "68376"),
                ("Guebwiller", "68500", "68112"), ("Altkirch", "68130", "68004"),
                ("Thann", "68800", "68334")]),
    "74": (13, [("Annecy", "74000", "74010"), ("Annemasse", "74100", "74012"),
                ("Thonon-les-Bains", "74200", "74281"), ("Cluses", "74300", "74081"),
                ("Sallanches", "74700", "74256"), ("Rumilly", "74150", "74225"),
                ("Bonneville", "74130", "74042"), ("Évian-les-Bains", "74500", "74119")]),
    "88": (6, [("Épinal", "88000", "88160"), ("Saint-Dié-des-Vosges", "88100", "88413"),
               ("Remiremont", "88200", "88383"), ("Gérardmer", "88400", "88196"),
               ("Neufchâteau", "88300", "88321"), ("Vittel", "88800", "88516")]),
}

#: Landline prefixes (after +33) by département: 03 24 Ardennes, 04 50 Haute-Savoie…
LANDLINE_PREFIXES = {"08": "324", "10": "325", "51": "326", "52": "325", "54": "383",
                     "55": "329", "57": "387", "67": "388", "68": "389", "74": "450",
                     "88": "329"}

#: Occasional births in Corsica (NIR département 2A/2B) and abroad (99 + country code).
CORSICA_BIRTH_PLACES = ["2A004", "2A247", "2B033", "2B050", "2B096"]
ABROAD_BIRTH_PLACES = ["99127", "99139", "99122", "99134", "99350", "99351", "99352",
                       "99208"]  # Italie, Portugal, Pologne, Espagne, Maroc, Tunisie…

#: Given names of people born 1930-1960 (Faker's lists are younger).
OLD_GIVEN_F = [
    "Marie", "Jeanne", "Monique", "Jacqueline", "Colette", "Simone", "Denise", "Odette",
    "Germaine", "Yvette", "Paulette", "Josette", "Suzanne", "Marcelle", "Ginette",
    "Françoise", "Nicole", "Danielle", "Christiane", "Michèle", "Bernadette", "Andrée",
    "Lucienne", "Geneviève", "Madeleine", "Huguette", "Renée", "Thérèse", "Raymonde",
    "Yvonne", "Marthe", "Lucie", "Hélène", "Anne", "Élisabeth", "Jeannine", "Éliane",
    "Gisèle", "Annick", "Claudine", "Marie-Thérèse", "Marie-Louise", "Odile", "Rose",
]
OLD_GIVEN_M = [
    "Jean", "Pierre", "Michel", "André", "Jacques", "Bernard", "Claude", "Marcel", "Roger",
    "René", "Robert", "Gérard", "Daniel", "Henri", "Louis", "Georges", "Paul", "Raymond",
    "Lucien", "Maurice", "Guy", "Alain", "Gilbert", "Roland", "Christian", "Joseph", "Yves",
    "Francis", "Serge", "Fernand", "Alphonse", "Antoine", "Charles", "Émile", "Albert",
    "Jean-Pierre", "Jean-Claude", "Jean-Marie", "François", "Léon", "Marc", "Xavier",
]
#: Family names common in Alsace, Lorraine, Champagne and Savoie.
REGIONAL_NAMES = [
    "Muller", "Schmitt", "Meyer", "Weber", "Klein", "Schneider", "Fischer", "Wagner",
    "Hoffmann", "Becker", "Walter", "Roth", "Keller", "Fuchs", "Koenig", "Zimmermann",
    "Haas", "Kieffer", "Jacquot", "Thiriet", "Colin", "Didier", "Mangin", "Gérardin",
    "Marchal", "Thomas", "Humbert", "Pierron", "Masson", "Grandjean", "Favre", "Bouvier",
    "Dupraz", "Pollet", "Duret", "Mermoud", "Jacquier", "Tissot", "Perrillat", "Rey",
    "Baud", "Dubois", "Lefèvre", "Lambert", "Gauthier", "Vautrin", "Poirot", "Antoine",
    "Stoltz", "Wendling", "Bastian", "Riedinger", "Kuntz", "Lorentz",
]

ALD_ELDERLY = [
    "Diabète de type 2", "Insuffisance cardiaque", "Maladie d'Alzheimer", "BPCO",
    "Cancer du sein", "Maladie de Parkinson", "Insuffisance rénale chronique",
    "Accident vasculaire cérébral", "Artériopathie des membres inférieurs",
    "Cancer de la prostate", "Cardiopathie ischémique", "Troubles du rythme cardiaque",
]
ALD_YOUNGER = [
    "Diabète de type 2", "Diabète de type 1", "Sclérose en plaques",
    "Affection psychiatrique de longue durée", "Insuffisance rénale chronique",
    "Cancer du côlon", "Cirrhose", "Insuffisance respiratoire chronique",
    "Polyarthrite rhumatoïde", "Infection par le VIH",
]

REASONS = [
    "Chutes répétées, vit seule, refuse l'entrée en établissement",
    "Retour à domicile après hospitalisation en gériatrie, aides à organiser",
    "Épuisement de l'aidant principal, troubles cognitifs évolutifs",
    "Troubles cognitifs, oublis de traitement, isolement",
    "Situation sociale dégradée : impayés, logement insalubre",
    "Polypathologie et multiples intervenants, besoin de coordination",
    "Refus de soins, inquiétude du voisinage",
    "Sortie d'hospitalisation prévue, pas de médecin traitant",
    "Dénutrition et perte de poids, vit seul",
    "Suspicion de maltraitance financière signalée par la pharmacie",
    "Aggravation de l'insuffisance cardiaque, hospitalisations répétées",
    "Demande d'APA et de mesure de protection à accompagner",
    "Fin de vie à domicile souhaitée, coordination avec l'HAD",
    "Personne en situation de précarité, ruptures de parcours de soins",
]
INFO_REASONS = [
    "Demande d'information sur l'APA",
    "Recherche d'un accueil de jour pour un parent",
    "Renseignements sur les aides au retour à domicile",
    "Demande de coordonnées d'un SSIAD",
    "Question sur la mise sous protection juridique",
    "Recherche d'un hébergement temporaire en EHPAD",
    "Demande d'orientation vers une consultation mémoire",
]
INFO_ANSWERS = [
    "Informations transmises par téléphone, documentation envoyée.",
    "Orientée vers le CCAS de la commune.",
    "Orientation vers le service autonomie du conseil départemental.",
    "Coordonnées de la consultation mémoire transmises au demandeur.",
    "Orienté vers la plateforme d'accompagnement et de répit.",
]
HOSPITALS = [
    "CHU de Reims", "CHRU de Nancy", "CHR Metz-Thionville",
    "Hôpitaux universitaires de Strasbourg", "GHR Mulhouse Sud-Alsace", "Hôpitaux Civils de Colmar",
    "Centre hospitalier Annecy Genevois", "Hôpitaux du Léman", "CH de Troyes",
    "CH de Charleville-Mézières", "CH Émile Durkheim Épinal", "CH de Verdun Saint-Mihiel",
]

#: Requester kind -> (weight, profession label or None).
REQUESTERS: dict[str, tuple[int, str | None]] = {
    "gp": (30, "Médecin généraliste"), "hospital": (22, "Assistant(e) social(e) hospitalier(ère)"),
    "nurse": (10, "Infirmier(ère) libéral(e)"), "pharmacist": (4, "Pharmacien"),
    "physiotherapist": (2, "Masseur-kinésithérapeute"), "specialist": (4, "Gériatre"),
    "home_care_service": (7, "Infirmier(ère) coordinateur(trice) SSIAD"),
    "social_worker": (8, "Assistant(e) social(e) de secteur"),
    "council": (4, "Évaluateur(trice) APA"), "person": (3, None), "caregiver": (5, None),
    "other": (1, None),
}

#: Professionals: (profession, weight, MSSanté domain, has RPPS, has ADELI).
PROFESSIONS = [
    ("Médecin généraliste", 45, "medecin", True, False),
    ("Infirmier(ère) libéral(e)", 22, "infirmier", True, True),
    ("Pharmacien", 12, "pharmacien", True, False),
    ("Masseur-kinésithérapeute", 10, "masseur-kinesitherapeute", True, True),
    ("Assistant(e) social(e)", 6, None, False, True),
    ("Médecin gériatre", 5, "medecin", True, False),
]

#: Structure kind -> (weight, name patterns); ``{de_city}`` is "de Metz" or "d'Épinal".
STRUCTURES: dict[str, tuple[int, list[str]]] = {
    "SSIAD": (20, ["SSIAD {de_city}", "SSIAD {operator} {city}"]),
    "SAAD": (24, ["{operator} – aide à domicile {city}", "SAAD {operator} {de_city}"]),
    "CCAS": (10, ["CCAS {de_city}"]),
    "EHPAD": (15, ["EHPAD {house} – {city}", "EHPAD {house}"]),
    "HAD": (6, ["HAD {operator} {city}"]),
    "MSP": (10, ["Maison de santé pluriprofessionnelle {de_city}", "MSP {house} {city}"]),
    "council": (5, ["Maison des solidarités {de_city}"]),
    "association": (6, ["France Alzheimer – antenne {de_city}", "Plateforme de répit {de_city}",
                        "Association {operator} {city}"]),
    "hospital": (4, ["Centre hospitalier {de_city}"]),
}
OPERATORS = ["ADMR", "UNA", "Croix-Rouge française", "Mutualité française", "AMAPA",
             "APA Alsace", "Domicile Action", "Vivre chez soi", "Présence Verte",
             "Fondation Partage et Vie"]
HOUSES = ["Les Tilleuls", "Saint-Joseph", "Les Jardins du Lac", "Le Clos fleuri",
          "Les Glycines", "Sainte-Odile", "La Roseraie", "Les Charmilles", "Le Val d'Or",
          "Les Hirondelles", "Notre-Dame", "Les Érables"]

DAC_NAMES = ["DAC des Ardennes", "Appui Santé Aube", "DAC de la Marne",
             "DAC de la Haute-Marne", "DAC 54", "DAC de la Meuse", "DAC Moselle",
             "DAC Alsace", "DAC des Vosges", "DAC 74 – Haute-Savoie"]
COORDINATOR_PROFESSIONS = [
    ("Infirmière coordinatrice", "F"), ("Infirmier coordinateur", "M"),
    ("Assistante sociale", "F"), ("Conseillère en économie sociale et familiale", "F"),
    ("Ergothérapeute coordinatrice", "F"), ("Psychologue coordinatrice", "F"),
    ("Assistant social", "M"),
]

#: Informal carers: (relationship, possessive, carer sex or "", is a spouse).
RELATIONS = [
    ("Fille", "sa fille", "F", False), ("Fils", "son fils", "M", False),
    ("Belle-fille", "sa belle-fille", "F", False), ("Nièce", "sa nièce", "F", False),
    ("Voisine", "sa voisine", "F", False), ("Petite-fille", "sa petite-fille", "F", False),
    ("Sœur", "sa sœur", "F", False), ("Ami", "un ami", "M", False),
]

WISHES = [
    "Rester chez moi le plus longtemps possible.",
    "Je ne veux pas aller en maison de retraite.",
    "Pouvoir continuer à aller au marché le samedi.",
    "Ne plus tomber et ne plus avoir peur quand je suis seule.",
    "Que ma fille puisse souffler un peu.",
    "Garder mon chien avec moi.",
    "Retourner dans mon jardin cet été.",
    "Ne plus retourner à l'hôpital.",
    "Qu'on m'aide pour les papiers, je n'y comprends plus rien.",
    "Mourir chez moi, entouré des miens.",
    "Retrouver un logement correct et un médecin.",
]
ALERTS = [
    "En cas de chute : appeler l'aidant principal puis le médecin traitant ; "
    "la nuit, téléassistance.",
    "Si aggravation de l'essoufflement ou prise de poids de plus de 2 kg en 3 jours : "
    "prévenir le médecin traitant le jour même, sinon le 15.",
    "Si absence de réponse au passage de l'infirmière : prévenir la fille, puis la "
    "coordinatrice du DAC.",
    "En cas d'épuisement de l'aidant : appeler la coordinatrice pour organiser un "
    "hébergement temporaire.",
    "Hors heures ouvrées : SAMU (15). Le dossier de liaison d'urgence est sur le "
    "réfrigérateur.",
]
AGREEMENTS = [
    "Accord oral lors de la visite à domicile", "Plan relu et signé par la personne",
    "Accord de la personne en présence de sa fille",
    "Accord du mandataire judiciaire et de la personne",
]
OPINIONS = [
    "D'accord.", "Souhaite essayer d'abord seule.", "Réticent mais accepte d'essayer.",
    "Très demandeuse.", "Accepte pour rassurer sa famille.", None,
]

#: Need domain -> (needs, goals (text, criterion), actions (text, who, recurrence)).
#: ``who`` picks the care-circle member in charge (see ROLE_KEYS in demo.py).
RESULTS = ["Réalisé comme prévu.", "Fait, à réévaluer dans 3 mois.",
           "Mis en place, la personne est satisfaite.", "Réalisé avec retard.",
           "Fait ; l'aidant signale une nette amélioration."]
CANCEL_RESULTS = ["Refus de la personne.", "Devenu sans objet après l'hospitalisation.",
                  "Annulé : pas de place disponible."]

#: Journal kind -> (weight, notes); ``{rel}`` becomes "sa fille", "son fils"…
JOURNAL: dict[str, tuple[int, list[str]]] = {
    "call": (34, ["Appel de {rel} : inquiète, nouvelle chute sans gravité.",
                  "Point téléphonique avec l'infirmière libérale, traitements bien pris.",
                  "Appel au médecin traitant pour l'informer de l'inclusion.",
                  "Appel de la personne : se sent mieux depuis le passage du SSIAD.",
                  "Relance du conseil départemental sur le dossier APA."]),
    "home_visit": (22, ["Visite à domicile : logement encombré, réfrigérateur presque vide.",
                        "Évaluation multidimensionnelle réalisée au domicile avec {rel}.",
                        "Visite : la personne a repris des forces, marche avec un déambulateur.",
                        "Visite conjointe avec l'assistante sociale."]),
    "meeting": (10, ["Concertation pluriprofessionnelle : PPCS présenté et validé.",
                     "Réunion avec l'équipe du SSIAD pour adapter les passages.",
                     "Réunion de famille : organisation des relais le week-end."]),
    "message": (14, ["Message sécurisé au médecin traitant : synthèse de l'évaluation.",
                     "Compte rendu envoyé au SSIAD par messagerie sécurisée.",
                     "Courriel de {rel} avec les justificatifs demandés."]),
    "hospital_admission": (6, ["Hospitalisation aux urgences après une chute.",
                               "Hospitalisation pour décompensation cardiaque.",
                               "Admission en court séjour gériatrique."]),
    "hospital_discharge": (6, ["Retour à domicile, passage infirmier renforcé pendant 15 jours.",
                               "Sortie d'hospitalisation : compte rendu reçu, PPCS à revoir.",
                               "Sortie vers un SSR pour trois semaines."]),
    "note": (8, ["Attente de la notification APA.", "Dossier relu, plan à réviser.",
                 "La personne souhaite faire une pause dans l'accompagnement."]),
}

SITUATION_NOTES = [
    "Ancienne commerçante, très attachée à son quartier.",
    "Vit au 3e étage sans ascenseur.",
    "Chat au domicile, refuse toute solution sans lui.",
    "Enfants éloignés (Paris, Lyon), appels réguliers.",
    "Ancien mineur, bronchopathie chronique.",
    "Suivi par le service de tutelle depuis 2021.",
    "Travailleur frontalier jusqu'à sa retraite.",
    "Hébergé chez un ami, sans logement stable.",
]
ASSESSMENT_NOTES = {
    "health": ["Polypathologie, 9 médicaments par jour.", "Chutes : 3 depuis janvier.",
               "Troubles cognitifs modérés (MMS 19/30)."],
    "social": ["Vit seule, une fille à 40 km.", "Ressources : petite retraite, pas d'APA.",
               "Entourage présent mais épuisé."],
    "environment": ["Maison de plain-pied, salle de bain inadaptée.",
                    "Appartement au 2e étage sans ascenseur."],
}

#: GIR profile -> weights of the answers C, B, A for each discriminant variable.
#: Elderly mix gives about GIR 1: 1 %, 2: 18 %, 3: 16 %, 4: 32 %, 5: 17 %, 6: 16 %.
AGGIR_SEVERITY = {1: {"C": 80, "B": 15, "A": 5}, 2: {"C": 45, "B": 35, "A": 20},
                  3: {"C": 18, "B": 45, "A": 37}, 4: {"C": 6, "B": 40, "A": 54},
                  5: {"C": 2, "B": 25, "A": 73}, 6: {"C": 0, "B": 8, "A": 92}}
#: Care-circle role key -> role label; profession -> role key.
ROLES = {"gp": "Médecin traitant", "nurse": "Infirmier(ère) libéral(e)",
         "pharmacist": "Pharmacien", "physio": "Masseur-kinésithérapeute",
         "social": "Assistant(e) social(e)", "geriatrician": "Gériatre", "SSIAD": "SSIAD",
         "SAAD": "Aide à domicile (SAAD)", "EHPAD": "EHPAD", "carer": "Aidant principal",
         "carer2": "Aidant"}
PROFESSION_ROLES = {"Médecin généraliste": "gp", "Infirmier(ère) libéral(e)": "nurse",
                    "Pharmacien": "pharmacist", "Masseur-kinésithérapeute": "physio",
                    "Assistant(e) social(e)": "social", "Médecin gériatre": "geriatrician"}
#: Optional care-circle members and how often they are present.
CIRCLE_OPTIONS = [("nurse", 0.7), ("pharmacist", 0.6), ("SSIAD", 0.35), ("SAAD", 0.45),
                  ("physio", 0.2), ("social", 0.2), ("geriatrician", 0.1)]

# -- Weighted draws: value -> weight -------------------------------------------------------

DEPARTEMENTS = {dept: weight for dept, (weight, _places) in PLACES.items()}
STRUCTURE_KINDS = {kind: weight for kind, (weight, _names) in STRUCTURES.items()}
REQUESTER_KINDS = {kind: weight for kind, (weight, _label) in REQUESTERS.items()}
JOURNAL_KINDS = {kind: weight for kind, (weight, _notes) in JOURNAL.items()}
GIVEN_NAMES_COUNT = {1: 45, 2: 40, 3: 15}
ALD_COUNT = {False: {0: 20, 1: 45, 2: 25, 3: 10}, True: {0: 20, 1: 50, 2: 25, 3: 5}}
LIVING = {"alone": 42, "couple": 30, "family": 12, "institution": 7, "shared_housing": 2,
          "other": 7}
LIVING_PRECARITY = {"alone": 50, "homeless": 15, "shared_housing": 15, "family": 20}
CASE_STATUS = {"active": 70, "request": 10, "on_hold": 5, "closed": 15}
IDENTITY_STATUS = {"VALI": 55, "PROV": 35, "RECUP": 10}  # never QUAL: only INSi qualifies
LEGAL_PROTECTION = {"none": 80, "curatelle": 6, "curatelle_renforcee": 4, "tutelle": 4,
                    "habilitation_familiale": 3, "sauvegarde_justice": 2,
                    "mandat_protection_future": 1}
CLOSURE_REASON = {"goals_reached": 22, "care_home": 20, "deceased": 25, "moved": 8,
                  "refused": 10, "handed_over": 12, "other": 3}
CHANNEL = {"phone": 50, "secure_mail": 25, "email": 10, "letter": 5, "in_person": 5,
           "meeting": 5}
URGENCY = {"routine": 65, "soon": 28, "urgent": 7}
GIR = {False: {1: 3, 2: 14, 3: 22, 4: 30, 5: 14, 6: 17},
       True: {1: 1, 2: 4, 3: 8, 4: 20, 5: 20, 6: 47}}  # by "younger than 65"
ASSESSMENTS_COUNT = {0: 15, 1: 60, 2: 25}
NEEDS_COUNT = {2: 40, 3: 35, 4: 17, 5: 8}
GOALS_COUNT = {1: 70, 2: 30}
ACTIONS_COUNT = {1: 50, 2: 33, 3: 17}
JOURNAL_COUNT = {2: 26, 3: 24, 4: 18, 5: 12, 6: 9, 7: 6, 8: 5}
GOAL_STATUS = {True: {"reached": 5, "not_reached": 3, "abandoned": 2},  # by "case closed"
               False: {"in_progress": 75, "proposed": 10, "reached": 15}}
GOAL_STATUS_PAST = {"reached": 55, "not_reached": 35, "abandoned": 10}  # past their date
INFORMATION_HOW = ["Oral, lors de la visite à domicile", "Oral, par téléphone",
                   "Notice d'information remise et expliquée", "Courrier d'information"]
ACTION_STATUS = {"closed": {"done": 7, "cancelled": 3},
                 "draft": {"in_progress": 15, "planned": 85},
                 "live": {"done": 38, "in_progress": 15, "planned": 42, "cancelled": 5}}
