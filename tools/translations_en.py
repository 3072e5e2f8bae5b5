# ruff: noqa: E501  (one translated text per line, however long)
"""English translations of the screens, by French source text (see update_translations.py).

French is the reference language: each key is the exact French text of a ``tr()`` call.
``EN_BY_CONTEXT`` overrides ``EN`` where one French word needs two English ones.
"""

from __future__ import annotations

EN_BY_CONTEXT: dict[tuple[str, str], str] = {
    ("ReferralAnswer", "Orientation"): "Referred elsewhere",
}

EN: dict[str, str] = {
    '&Nouvelle demande…':
        '&New request…',
    "Enregistrer une demande d'appui pour une nouvelle personne":
        'Record a request for support for a new person',
    '&Rechercher un patient':
        '&Find a patient',
    'Chercher dans la file active':
        'Search the caseload',
    '&Verrouiller':
        '&Lock',
    'Fermer la base et masquer les dossiers':
        'Close the database and hide the files',
    '&Quitter':
        '&Quit',
    'À &faire':
        '&To do',
    'Actions en retard, révisions, demandes sans réponse':
        'Overdue actions, reviews, unanswered requests',
    'File &active':
        '&Caseload',
    'Les patients suivis':
        'The patients being followed',
    'A&nnuaire':
        '&Directory',
    'Professionnels et structures':
        'Professionals and organisations',
    '&Préférences…':
        '&Preferences…',
    "Langue de l'interface":
        'Interface language',
    'À &propos de CoordApp':
        '&About CoordApp',
    '&Fichier':
        '&File',
    '&Affichage':
        '&View',
    '&Outils':
        '&Tools',
    'Ai&de':
        '&Help',
    " (jusqu'au {date})":
        ' (until {date})',
    'Ce qui est fait, concrètement':
        'What is done, in practice',
    'ex. chaque semaine':
        'e.g. every week',
    "Ce qui a été obtenu, ou pourquoi l'action a été annulée":
        'What was achieved, or why the action was cancelled',
    "C&lore l'action…":
        'C&lose the action…',
    '&Action :':
        '&Action:',
    '&Responsable :':
        '&Responsible:',
    '&Début :':
        '&Start:',
    'Éc&héance :':
        '&Due:',
    '&Fréquence :':
        '&Frequency:',
    'S&tatut :':
        'S&tatus:',
    'Réalisée l&e :':
        'Done &on:',
    'Résu&ltat :':
        'Resu&lt:',
    '— à désigner —':
        '— to be assigned —',
    'Objectif : {goal}':
        'Goal: {goal}',
    'Nouvelle action':
        'New action',
    'Action':
        'Action',
    'Prévue':
        'Planned',
    'En cours':
        'In progress',
    'Réalisée':
        'Done',
    'Annulée':
        'Cancelled',
    'Cohérence':
        'Coherence',
    'converser, se comporter de façon sensée':
        'converse and behave sensibly',
    'Orientation':
        'Orientation',
    'se repérer dans le temps et les lieux':
        "find one's way in time and place",
    'Toilette':
        'Washing',
    'se laver, haut et bas du corps':
        'wash, upper and lower body',
    'Habillage':
        'Dressing',
    "s'habiller, se déshabiller":
        'dress and undress',
    'Alimentation':
        'Eating',
    'se servir et manger':
        'serve oneself and eat',
    'Élimination':
        'Elimination',
    'hygiène urinaire et fécale':
        'urinary and bowel hygiene',
    'Transferts':
        'Transfers',
    "se lever, se coucher, s'asseoir":
        'get up, lie down, sit down',
    'Déplacements intérieurs':
        'Moving indoors',
    'se déplacer dans le logement':
        'move around the home',
    'Déplacements extérieurs':
        'Moving outdoors',
    'sortir du logement':
        'go out of the home',
    'Communication à distance':
        'Remote communication',
    'téléphone, alarme, sonnette':
        'telephone, alarm, doorbell',
    'Gestion':
        'Management',
    'budget, papiers, démarches':
        'budget, paperwork, formalities',
    'Cuisine':
        'Cooking',
    'préparer ses repas':
        "prepare one's meals",
    'Ménage':
        'Housework',
    'entretenir son logement':
        "keep one's home clean",
    'Transports':
        'Transport',
    'prendre un moyen de transport':
        'use a means of transport',
    'Achats':
        'Shopping',
    'faire ses courses':
        "do one's shopping",
    'Suivi du traitement':
        'Following treatment',
    'prendre ses médicaments comme prescrit':
        "take one's medicines as prescribed",
    'Activités de temps libre':
        'Leisure activities',
    'loisirs, vie sociale':
        'hobbies, social life',
    'A : fait seul, totalement, habituellement et correctement':
        'A: does it alone, fully, usually and correctly',
    'B : fait partiellement, ou pas habituellement, ou pas correctement':
        'B: does it partly, or not usually, or not correctly',
    'C : ne fait pas':
        'C: does not do it',
    'Tapez A, B ou C sur chaque ligne : le curseur passe à la suivante. A = fait seul, B = fait partiellement, C = ne fait pas.':
        'Type A, B or C on each line: the cursor moves to the next one. A = does it alone, B = does it partly, C = does not do it.',
    'Variables discriminantes (calcul du GIR)':
        'Discriminant variables (GIR calculation)',
    'Variables illustratives (hors calcul)':
        'Illustrative variables (not in the calculation)',
    'Résultat :':
        'Result:',
    'GIR —':
        'GIR —',
    '{n} variables discriminantes sur 10 renseignées':
        '{n} of 10 discriminant variables filled in',
    'GIR {gir}':
        'GIR {gir}',
    "rang {rank} (groupe {group} de l'algorithme)":
        'rank {rank} (group {group} of the algorithm)',
    'Répondre à la demande':
        'Answer the request',
    'Demande reçue le {date} : {reason}':
        'Request received on {date}: {reason}',
    'Ce qui a été répondu, à qui, la suite…':
        'What was answered, to whom, next steps…',
    'Enregistrer la réponse':
        'Save the answer',
    'Annuler':
        'Cancel',
    'Réponse':
        'Answer',
    'Note':
        'Note',
    "Le dossier passera au statut « Actif », inclus aujourd'hui.":
        'The file will become “Active”, included today.',
    '&Inclure : la personne est accompagnée (dossier actif)':
        '&Include: the person is supported (active file)',
    'Information ou &orientation seulement':
        'Information or &referral only',
    'À traiter plus &tard (demande en attente)':
        'Deal with it &later (pending request)',
    'Enregistrer aussi la personne (dossier au statut « Demande »)':
        'Also record the person (file with status “Request”)',
    'Note sur la réponse':
        'Note on the answer',
    'Un dossier actif sera créé, la demande répondue « Inclusion ».':
        'An active file will be created, the request answered “Inclusion”.',
    'Le dossier existant sera actif, la demande répondue « Inclusion ».':
        'The existing file will become active, the request answered “Inclusion”.',
    'La demande est rattachée au dossier existant, sans changer son statut.':
        'The request is linked to the existing file, without changing its status.',
    'Un dossier au statut « Demande » sera créé ; la demande reste à traiter.':
        'A file with status “Request” will be created; the request remains to be dealt with.',
    'La demande est rattachée au dossier existant et reste à traiter.':
        'The request is linked to the existing file and remains to be dealt with.',
    'Un dossier au statut « Demande » sera créé.':
        'A file with status “Request” will be created.',
    'Aucun dossier ne sera créé : la demande est enregistrée seule.':
        'No file will be created: only the request is recorded.',
    "Enregistrer l'évaluation":
        'Save the assessment',
    'Ctrl+Entrée':
        'Ctrl+Enter',
    '&Autonomie (AGGIR)':
        '&Autonomy (AGGIR)',
    'Aidan&t (Zarit)':
        'Care&giver (Zarit)',
    'Com&plexité et notes':
        'Com&plexity and notes',
    '&Date :':
        '&Date:',
    'Facteurs de complexité {kind}':
        '{kind} complexity factors',
    'Notes par domaine':
        'Notes by area',
    'Nouvelle évaluation':
        'New assessment',
    'Évaluation du {date}':
        'Assessment of {date}',
    'Zarit : {given} réponses sur {count}. Complétez la grille ou choisissez « Non réalisée ».':
        'Zarit: {given} answers out of {count}. Complete the grid or choose “Not done”.',
    'Zarit —':
        'Zarit —',
    'Zarit {total}':
        'Zarit {total}',
    '&Nouvelle évaluation':
        '&New assessment',
    'Ctrl+N':
        'Ctrl+N',
    '&Modifier':
        '&Edit',
    '&Besoins suggérés':
        'Suggested &needs',
    "Aucune évaluation pour l'instant : « Nouvelle évaluation » (Ctrl+N) pour saisir la grille AGGIR, le Zarit et les facteurs de complexité.":
        'No assessment yet: “New assessment” (Ctrl+N) to fill in the AGGIR grid, the Zarit and the complexity factors.',
    'Comparaison et évolution du GIR':
        'Comparison and GIR trend',
    'Abandonner la saisie de cette évaluation ?':
        'Discard this assessment?',
    'Évaluation':
        'Assessment',
    '{n} évaluations choisies.':
        '{n} assessments selected.',
    "Toutes les évaluations ; sélectionnez-en plusieurs (Ctrl+clic, Maj+flèches) pour n'en comparer que certaines.":
        'All assessments; select several (Ctrl+click, Shift+arrows) to compare only some of them.',
    'Date':
        'Date',
    'GIR':
        'GIR',
    'Zarit':
        'Zarit',
    "Fardeau de l'aidant":
        'Caregiver burden',
    'Facteurs de complexité':
        'Complexity factors',
    'Évaluateur':
        'Assessor',
    "Changé depuis l'évaluation précédente ({before})":
        'Changed since the previous assessment ({before})',
    'Oui':
        'Yes',
    'Rôle':
        'Role',
    'Nom':
        'Name',
    'Profession ou lien':
        'Profession or relationship',
    'Téléphone':
        'Phone',
    'Depuis le':
        'Since',
    "Jusqu'au":
        'Until',
    'Aidant principal':
        'Main caregiver',
    "Ajouter depuis l'&annuaire…":
        'Add from the &directory…',
    'Ajouter un p&roche…':
        'Add a &relative…',
    "&Fin d'intervention…":
        '&End of involvement…',
    "Le membre reste visible dans l'historique du cercle de soins":
        "The member stays visible in the care circle's history",
    "Fin d'intervention":
        'End of involvement',
    "{name} ({role}) n'intervient plus auprès de la personne.":
        '{name} ({role}) is no longer involved with the person.',
    'Dernier jour':
        'Last day',
    'Ajouter un proche au cercle de soins':
        'Add a relative to the care circle',
    'Prénom et nom':
        'First name and surname',
    'Époux':
        'Husband',
    'Épouse':
        'Wife',
    'Fille':
        'Daughter',
    'Fils':
        'Son',
    'Belle-fille':
        'Daughter-in-law',
    'Gendre':
        'Son-in-law',
    'Petite-fille':
        'Granddaughter',
    'Petit-fils':
        'Grandson',
    'Sœur':
        'Sister',
    'Frère':
        'Brother',
    'Nièce':
        'Niece',
    'Neveu':
        'Nephew',
    'Voisin(e)':
        'Neighbour',
    'Ami(e)':
        'Friend',
    '06 12 34 56 78':
        '06 12 34 56 78',
    'Nom (obligatoire)':
        'Name (required)',
    'Lien':
        'Relationship',
    'Ajouter':
        'Add',
    'Indiquez le nom du proche.':
        "Enter the relative's name.",
    'Aidant':
        'Caregiver',
    'Prénom(s)':
        'First name(s)',
    'Naissance':
        'Born',
    'Âge':
        'Age',
    'Commune':
        'Town',
    'Médecin traitant':
        'GP',
    'Statut':
        'Status',
    'Référent':
        'Referent',
    'Sans médecin traitant':
        'No GP',
    'Rechercher un nom, un NIR, une commune…':
        'Search for a name, a NIR, a town…',
    'Tous':
        'All',
    'Statut du dossier':
        'Case status',
    'Aucun patient':
        'No patients',
    '1 patient':
        '1 patient',
    '{count} patients':
        '{count} patients',
    "Clore l'action":
        'Close the action',
    '&Réalisée':
        '&Done',
    'A&nnulée':
        'Ca&ncelled',
    'Action :':
        'Action:',
    'Issue :':
        'Outcome:',
    'Résultat ou &motif :':
        'Result or &reason:',
    'Réalisée &le :':
        'Done &on:',
    "Indiquez le résultat de l'action (ou le motif de son annulation).":
        'Enter the result of the action (or the reason it was cancelled).',
    "Date de réalisation : une date passée ou d'aujourd'hui, au format JJ/MM/AAAA.":
        'Completion date: a past date or today, as DD/MM/YYYY.',
    'Objectifs atteints':
        'Goals reached',
    'Déménagement':
        'Moved away',
    'Entrée en établissement':
        'Entered a care home',
    'Décès':
        'Deceased',
    'Refus de la personne':
        'Refused by the person',
    'Relais passé':
        'Handed over',
    'Autre motif':
        'Other reason',
    'Polypathologie':
        'Multiple conditions',
    'Polymédication':
        'Polypharmacy',
    'Chutes':
        'Falls',
    'Troubles cognitifs':
        'Cognitive impairment',
    'Isolement':
        'Isolation',
    'Précarité':
        'Precarity',
    'Suspicion de maltraitance':
        'Suspected abuse',
    'Aidant épuisé':
        'Exhausted caregiver',
    "Refus d'aide":
        'Refusal of help',
    'Hospitalisations répétées':
        'Repeated hospital stays',
    'Médicaux':
        'Medical',
    'Psycho-sociaux':
        'Psychosocial',
    'Organisationnels':
        'Organisational',
    "La personne (ou son représentant) a été informée de l'accompagnement par le dispositif et du partage d'informations au sein de l'équipe de soins.":
        'The person (or their representative) was informed of the support by the service and of the information sharing within the care team.',
    "La personne s'oppose au partage de ses informations (droit d'opposition).":
        'The person objects to the sharing of their information (right to object).',
    'La personne lève son opposition.':
        'The person withdraws their objection.',
    "La personne consent au partage de ses informations au-delà de l'équipe de soins.":
        'The person consents to their information being shared beyond the care team.',
    'La personne retire son consentement au partage.':
        'The person withdraws their consent to sharing.',
    'Oralement':
        'Orally',
    'Par écrit':
        'In writing',
    'Par téléphone':
        'By phone',
    'Auprès du représentant légal':
        'Through the legal representative',
    'Enregistrer':
        'Save',
    'Le':
        'On',
    'Informée par':
        'Informed by',
    'Recueilli par':
        'Recorded by',
    'Comment':
        'How',
    'Information donnée':
        'Information given',
    'Opposition':
        'Objection',
    "Retrait de l'opposition":
        'Objection withdrawn',
    'Consentement au partage':
        'Consent to sharing',
    'Retrait du consentement au partage':
        'Consent to sharing withdrawn',
    'Inform&ation donnée…':
        '&Information given…',
    '&Opposition…':
        '&Objection…',
    "&Retrait de l'opposition…":
        '&Withdraw the objection…',
    'Consente&ment au partage…':
        '&Consent to sharing…',
    'Re&trait du consentement…':
        'With&draw the consent…',
    'Événement':
        'Event',
    'Par':
        'By',
    "Information sur l'accompagnement : <b>pas encore donnée</b>":
        'Information about the support: <b>not given yet</b>',
    'Information donnée le <b>{date}</b>{by}':
        'Information given on <b>{date}</b>{by}',
    ' par {name}':
        ' by {name}',
    'Opposition au partage : <b>oui</b>, depuis le {date}':
        'Objection to sharing: <b>yes</b>, since {date}',
    'Opposition au partage : <b>non</b> (levée le {date})':
        'Objection to sharing: <b>no</b> (withdrawn on {date})',
    'Opposition au partage : <b>non</b>':
        'Objection to sharing: <b>no</b>',
    'Consentement au partage hors équipe de soins : <b>non recueilli</b>':
        'Consent to sharing outside the care team: <b>not obtained</b>',
    'Consentement au partage hors équipe de soins : <b>donné le {date}</b>':
        'Consent to sharing outside the care team: <b>given on {date}</b>',
    'Consentement au partage hors équipe de soins : <b>retiré le {date}</b>':
        'Consent to sharing outside the care team: <b>withdrawn on {date}</b>',
    'Patient':
        'Patient',
    'Objet':
        'Subject',
    'Qui':
        'Who',
    'Délai':
        'Delay',
    'Actions en retard':
        'Overdue actions',
    'Actions à échéance cette semaine':
        'Actions due this week',
    'Révisions de PPCS à faire (30 jours)':
        'Care plan (PPCS) reviews due (30 days)',
    'Nouvelles demandes sans réponse':
        'New requests not answered',
    'Patients actifs sans médecin traitant':
        'Active patients without a GP',
    'Besoin : {need}\nObjectif : {goal}\nAction : {action}':
        'Need: {need}\nGoal: {goal}\nAction: {action}',
    'Responsable non désigné':
        'No one responsible yet',
    'Réviser le PPCS (version {version})':
        'Review the PPCS (version {version})',
    "reçue aujourd'hui":
        'received today',
    'depuis 1 jour':
        'for 1 day',
    'depuis {n} jours':
        'for {n} days',
    'Personne non précisée':
        'Person not specified',
    'Demande non rattachée à un dossier patient.\n{reason}':
        'Request not linked to a patient file.\n{reason}',
    'suivi depuis le {date}':
        'followed since {date}',
    '1 jour de retard':
        '1 day overdue',
    '{n} jours de retard':
        '{n} days overdue',
    "aujourd'hui":
        'today',
    'demain':
        'tomorrow',
    'dans {n} jours':
        'in {n} days',
    'Afficher les {count} autres…':
        'Show the {count} others…',
    'Entrée ou double-clic : afficher toute la liste':
        'Enter or double-click: show the whole list',
    '&Seulement mes patients':
        '&Only my patients',
    'Patients dont vous êtes le ou la référent(e)':
        'Patients for whom you are the referent',
    'Actualiser':
        'Refresh',
    'Relire la base (F5)':
        'Read the database again (F5)',
    'À faire — {date}':
        'To do — {date}',
    'Rien à faire parmi vos patients. Décochez « Seulement mes patients » pour voir toute la file active.':
        'Nothing to do among your patients. Untick “Only my patients” to see the whole caseload.',
    "Rien à faire aujourd'hui.":
        'Nothing to do today.',
    'Valider':
        'Validate',
    'JJ/MM/AAAA':
        'DD/MM/YYYY',
    'JJ/MM/AAAA, ou +30 pour dans 30 jours':
        'DD/MM/YYYY, or +30 for in 30 days',
    '&Modifier…':
        '&Edit…',
    'Plus de {count} résultats : précisez la recherche':
        'More than {count} results: refine the search',
    'Aucun résultat':
        'No results',
    '1 résultat':
        '1 result',
    '{count} résultats':
        '{count} results',
    'Choisir le médecin traitant':
        'Choose the GP',
    "Ajouter au cercle de soins depuis l'annuaire":
        'Add to the care circle from the directory',
    'Nom, profession, commune, RPPS…':
        'Name, profession, town, RPPS…',
    'Professionnels':
        'Professionals',
    'Structures':
        'Organisations',
    'Médecins généralistes seulement':
        'GPs only',
    'Profession ou type':
        'Profession or type',
    'Nouveau professionnel…':
        'New professional…',
    "Ajouter à l'annuaire un professionnel absent":
        'Add a missing professional to the directory',
    'Rôle dans le cercle de soins':
        'Role in the care circle',
    'Intervient depuis le':
        'Involved since',
    'Choisir':
        'Choose',
    'Infirmier(ère) libéral(e)':
        'Community nurse',
    'Pharmacien':
        'Pharmacist',
    'Masseur-kinésithérapeute':
        'Physiotherapist',
    'Médecin spécialiste':
        'Specialist doctor',
    'Gériatre':
        'Geriatrician',
    'Assistant(e) social(e)':
        'Social worker',
    'SSIAD':
        'SSIAD (home nursing service)',
    'Aide à domicile (SAAD)':
        'Home help (SAAD)',
    'HAD':
        'HAD (hospital at home)',
    'EHPAD':
        'EHPAD (care home)',
    'Accueil de jour':
        'Day care',
    'Mandataire judiciaire':
        'Court-appointed guardian',
    '{count} résultat(s)':
        '{count} result(s)',
    "{name} a été ajouté(e) à l'annuaire.":
        '{name} was added to the directory.',
    'Rechercher un nom, une profession, une commune, un RPPS…':
        'Search for a name, a profession, a town, an RPPS number…',
    '&Nouveau professionnel…':
        '&New professional…',
    'Rechercher un nom, un type, une commune, un FINESS…':
        'Search for a name, a type, a town, a FINESS number…',
    '&Nouvelle structure…':
        '&New organisation…',
    '&Professionnels':
        '&Professionals',
    '&Structures':
        '&Organisations',
    'Fiche enregistrée. À vérifier : {warnings}':
        'Entry saved. To check: {warnings}',
    'Fiche enregistrée.':
        'Entry saved.',
    'Bienvenue dans CoordApp':
        'Welcome to CoordApp',
    'Créer ma base':
        'Create my database',
    'Continuer':
        'Continue',
    'Vos dossiers sont enregistrés sur cet ordinateur, dans une base chiffrée. Indiquez votre nom et choisissez une phrase de passe : au moins 12 caractères, par exemple quatre mots sans rapport entre eux.':
        'Your files are stored on this computer, in an encrypted database. Enter your name and choose a passphrase: at least 12 characters, for example four unrelated words.',
    'Emplacement : {path}':
        'Location: {path}',
    'Infirmière coordinatrice…':
        'Nurse coordinator…',
    'DAC, CPTS, MSP…':
        'DAC, CPTS, MSP…',
    'Profession':
        'Profession',
    'Structure':
        'Organisation',
    'Phrase de passe':
        'Passphrase',
    'Confirmation':
        'Confirmation',
    'Votre code de récupération':
        'Your recovery code',
    "Recopiez ce code sur papier et rangez-le en lieu sûr : il permet d'ouvrir la base si vous oubliez votre phrase de passe. Il ne sera plus affiché.":
        'Copy this code on paper and keep it in a safe place: it opens the database if you forget your passphrase. It will not be shown again.',
    "J'ai recopié le code de récupération":
        'I have copied the recovery code',
    'Les deux saisies ne correspondent pas.':
        'The two entries do not match.',
    "Impossible d'écrire la base ({path}) : {reason}":
        'Cannot write the database ({path}): {reason}',
    'Aucun GIR calculé.':
        'No GIR calculated.',
    'GIR {gir} le {date} (une seule évaluation).':
        'GIR {gir} on {date} (a single assessment).',
    "↘ perte d'autonomie":
        '↘ loss of autonomy',
    "↗ gain d'autonomie":
        '↗ gain in autonomy',
    '→ stable':
        '→ stable',
    'GIR {first} ({start}) → GIR {last} ({end}) : {trend}':
        'GIR {first} ({start}) → GIR {last} ({end}): {trend}',
    'Ce qui doit changer, partagé avec la personne':
        'What needs to change, agreed with the person',
    "Ce qu'en dit la personne":
        'What the person says about it',
    "Comment saura-t-on que c'est atteint ?":
        'How will we know it has been reached?',
    '&Objectif :':
        '&Goal:',
    'A&vis de la personne :':
        "&Person's opinion:",
    "&Critère d'évaluation :":
        '&Evaluation criterion:',
    'Besoin : {need}':
        'Need: {need}',
    'Nouvel objectif':
        'New goal',
    'Objectif':
        'Goal',
    'Proposé':
        'Proposed',
    'Atteint':
        'Reached',
    'Non atteint':
        'Not reached',
    'Abandonné':
        'Abandoned',
    'Choisir…':
        'Choose…',
    "Choisir le médecin traitant dans l'annuaire":
        'Choose the GP from the directory',
    'Retirer':
        'Remove',
    "La personne n'a pas de médecin traitant":
        'The person has no GP',
    'Dr {name}':
        'Dr {name}',
    'Une ALD par ligne':
        'One long-term condition (ALD) per line',
    "Tous les prénoms de naissance, dans l'ordre de l'état civil.":
        'All the birth first names, in civil-register order.',
    'Code INSEE, ex. 08105':
        'INSEE code, e.g. 08105',
    "Code INSEE de la commune de naissance, ou 99 suivi du code du pays pour une personne née à l'étranger.":
        'INSEE code of the town of birth, or 99 followed by the country code for a person born abroad.',
    'nom@domaine.fr':
        'name@domain.fr',
    'Nom, lien, téléphone':
        'Name, relationship, phone',
    'Non renseigné':
        'Not filled in',
    'Non renseignée':
        'Not filled in',
    'À préciser':
        'To be specified',
    'Identité (traits INS)':
        'Identity (INS traits)',
    'Nom de naissance':
        'Birth name',
    'Prénoms de naissance':
        'Birth first names',
    'Date de naissance':
        'Date of birth',
    'Sexe':
        'Sex',
    'Lieu de naissance':
        'Place of birth',
    'NIR':
        'NIR',
    "Statut de l'identité":
        'Identity status',
    "Identité d'usage":
        'Usual identity',
    'Nom utilisé':
        'Used name',
    'Prénom utilisé':
        'Used first name',
    'Coordonnées':
        'Contact details',
    'Autre téléphone':
        'Other phone',
    'Courriel':
        'Email',
    'Adresse':
        'Address',
    'Code postal':
        'Postcode',
    'Dossier':
        'File',
    "Date d'inclusion":
        'Inclusion date',
    'Motif de clôture':
        'Closure reason',
    'Date de clôture':
        'Closure date',
    'Coordinateur référent':
        'Referent coordinator',
    'Situation':
        'Situation',
    'ALD':
        'ALD (long-term conditions)',
    'Mode de vie':
        'Living situation',
    'Protection juridique':
        'Legal protection',
    'Personne de confiance':
        'Trusted person',
    'Notes':
        'Notes',
    "Statut INS de l'identité. QUAL seulement si l'identité a été vérifiée par le téléservice INSi.":
        'INS status of the identity. QUAL only if the identity was verified by the INSi teleservice.',
    'Identité provisoire':
        'Provisional identity',
    'Identité récupérée':
        'Retrieved identity',
    'Identité validée':
        'Validated identity',
    'Identité qualifiée':
        'Qualified identity',
    'Provisoire : identité déclarée, sans pièce vérifiée.':
        'Provisional: declared identity, no document checked.',
    'Récupérée : traits reçus du téléservice INSi, identité non contrôlée sur pièce.':
        'Retrieved: traits received from the INSi teleservice, identity not checked against a document.',
    "Validée : identité contrôlée sur une pièce d'identité.":
        'Validated: identity checked against an identity document.',
    "Qualifiée : à choisir uniquement si l'identité a été vérifiée sur pièce ET par le téléservice INSi. CoordApp, hors ligne, ne peut pas le faire.":
        'Qualified: choose only if the identity was checked against a document AND by the INSi teleservice. CoordApp, being offline, cannot do it.',
    'Annuler le dernier enregistrement':
        'Undo the last save',
    'Annuler les modifications':
        'Discard the changes',
    'Enregistrer les modifications (Ctrl+S)':
        'Save the changes (Ctrl+S)',
    'Aucun':
        'None',
    '{name} (moi)':
        '{name} (me)',
    'Moi':
        'Me',
    'Aucune modification à enregistrer.':
        'No changes to save.',
    ("Ce dossier a été modifié ailleurs pendant votre saisie. Vos modifications ne sont pas "
     "encore enregistrées : enregistrez pour garder votre version des champs modifiés, ou "
     "annulez vos modifications pour reprendre la version à jour."):
        ("This file was changed elsewhere while you were editing. Your changes are not saved "
         "yet: save to keep your version of the fields you changed, or undo your changes to "
         "take the up-to-date version."),
    "Rien n'a été enregistré : corrigez le champ signalé.":
        'Nothing was saved: correct the field shown.',
    'Modifications enregistrées.':
        'Changes saved.',
    '{name}, né(e) le {date}':
        '{name}, born on {date}',
    "<b>Doublon probable</b> : {names}. Vérifiez qu'il ne s'agit pas de la même personne.":
        '<b>Probable duplicate</b>: {names}. Check that this is not the same person.',
    'Dernier enregistrement annulé.':
        'Last save undone.',
    "<b>Choisissez un élément du plan</b><br><br>Inser ou Ctrl+N : ajouter (un besoin, un objectif sous le besoin, une action sous l'objectif)<br>F2 ou Entrée : modifier l'élément<br>Suppr : supprimer<br>Ctrl+↑ / Ctrl+↓ : changer la priorité d'un besoin<br>Ctrl+Entrée : enregistrer, Échap : annuler":
        '<b>Choose an item of the plan</b><br><br>Ins or Ctrl+N: add (a need, a goal under the need, an action under the goal)<br>F2 or Enter: edit the item<br>Del: delete<br>Ctrl+↑ / Ctrl+↓: change the priority of a need<br>Ctrl+Enter: save, Esc: cancel',
    'Échap':
        'Esc',
    'Appel':
        'Call',
    'Visite à domicile':
        'Home visit',
    'Réunion, concertation':
        'Meeting, case conference',
    'Message':
        'Message',
    'Hospitalisation':
        'Hospital admission',
    "Sortie d'hospitalisation":
        'Hospital discharge',
    'Date et heure du contact':
        'Date and time of the contact',
    "Ce qui s'est passé, ce qui a été décidé… (Ctrl+Entrée pour ajouter)":
        'What happened, what was decided… (Ctrl+Enter to add)',
    'Ajouter la note au journal (Ctrl+Entrée)':
        'Add the note to the log (Ctrl+Enter)',
    'Les notes du journal ne sont plus modifiables une fois ajoutées.':
        'Log notes can no longer be edited once added.',
    'Type':
        'Type',
    'Auteur':
        'Author',
    "Écrivez la note avant de l'ajouter.":
        'Write the note before adding it.',
    'Aucune':
        'None',
    'Sauvegarde de justice':
        'Court protection (sauvegarde de justice)',
    'Curatelle':
        'Curatorship',
    'Curatelle renforcée':
        'Enhanced curatorship',
    'Tutelle':
        'Guardianship',
    'Habilitation familiale':
        'Family authorisation',
    'Mandat de protection future':
        'Lasting power of attorney',
    'Vit seul(e)':
        'Lives alone',
    'En couple':
        'As a couple',
    'En famille':
        'With family',
    'Habitat partagé':
        'Shared housing',
    'En établissement':
        'In an institution',
    'Sans domicile':
        'Homeless',
    'Autre':
        'Other',
    'CoordApp':
        'CoordApp',
    '{file} — {count}':
        '{file} — {count}',
    '{count} patient':
        '{count} patient',
    'CoordApp est verrouillé.':
        'CoordApp is locked.',
    '{file} — verrouillée':
        '{file} — locked',
    'CoordApp — verrouillé':
        'CoordApp — locked',
    'Enregistrer ce que vous avez saisi ?':
        'Save what you have entered?',
    'Ne pas enregistrer':
        "Don't save",
    '&Général':
        '&General',
    'Mon &profil':
        'My &profile',
    'Afficher la clé publique':
        'Show the public key',
    'Masquer la clé publique':
        'Hide the public key',
    'Copier la clé':
        'Copy the key',
    'La clé publique, à donner aux collègues qui vous envoient des paquets':
        'The public key, to give to colleagues who send you bundles',
    'DAC des Ardennes':
        'DAC des Ardennes',
    'Ces coordonnées figurent sur chaque PPCS imprimé : la personne sait qui appeler.':
        'These details are printed on every care plan: the person knows whom to call.',
    "Le NIR saisi n'est pas valide. Corrigez-le, ou videz le champ pour continuer sans NIR.":
        'The NIR entered is not valid. Correct it, or clear the field to go on without a NIR.',
    "Langue enregistrée : elle s'appliquera au prochain démarrage de CoordApp.":
        'Language saved: it will apply the next time CoordApp starts.',
    "<h3>CoordApp {version}</h3><p>Suivi des situations complexes et plans personnalisés de coordination (PPCS), hors ligne et chiffré.</p><p>Base de données :<br><code>{path}</code></p><p><b>Votre code de récupération est le seul moyen d'ouvrir la base si vous oubliez votre phrase de passe</b> : personne d'autre ne peut la retrouver. Gardez-le sur papier, en lieu sûr.</p>":
        '<h3>CoordApp {version}</h3><p>Follow-up of complex situations and personalised care coordination plans (PPCS), offline and encrypted.</p><p>Database:<br><code>{path}</code></p><p><b>Your recovery code is the only way to open the database if you forget your passphrase</b>: nobody else can recover it. Keep it on paper, in a safe place.</p>',
    'À propos de CoordApp':
        'About CoordApp',
    'Santé':
        'Health',
    'Autonomie':
        'Autonomy',
    'Psychologique':
        'Psychological',
    'Social':
        'Social',
    'Environnement, logement':
        'Environment, housing',
    'Droits, démarches':
        'Rights, formalities',
    "Le besoin, tel qu'il est formulé avec la personne":
        'The need, as worded with the person',
    'Priorité exprimée par la &personne (★, en tête du plan)':
        'Priority expressed by the &person (★, at the top of the plan)',
    'Besoin &non couvert sur le territoire':
        'Need &not met in the area',
    '&Besoin :':
        '&Need:',
    '&Domaine :':
        '&Area:',
    'Remonté au territoire parmi les besoins sans réponse (partie 4 du PPCS).':
        'Reported to the area among the unmet needs (part 4 of the PPCS).',
    'Nouveau besoin':
        'New need',
    "Ctrl+Entrée pour l'ajouter, Échap pour annuler.":
        'Ctrl+Enter to add it, Esc to cancel.',
    'Besoin (priorité {n})':
        'Need (priority {n})',
    '{goals} objectif(s)':
        '{goals} goal(s)',
    "Nouvelle demande d'appui":
        'New request for support',
    '‹ &Précédent':
        '‹ &Previous',
    '&Suivant ›':
        '&Next ›',
    '&Enregistrer':
        '&Save',
    '1. La demande':
        '1. The request',
    '2. La personne concernée':
        '2. The person concerned',
    '3. La réponse':
        '3. The answer',
    'une personne non précisée':
        'an unspecified person',
    'Demande de {who} au sujet de {about}.':
        'Request from {who} about {about}.',
    'Dossier existant.':
        'Existing file.',
    "Des dossiers proches existent : choisissez « C'est cette personne » ou cochez « Aucune de ces personnes ».":
        'Similar files exist: choose “This is the person” or tick “None of these people”.',
    'Indiquez le motif de la demande.':
        'Enter the reason for the request.',
    "Doublon probable : choisissez « C'est cette personne » ou confirmez qu'il s'agit d'une autre personne.":
        'Probable duplicate: choose “This is the person” or confirm that it is someone else.',
    'Abandonner la demande':
        'Discard the request',
    "Cette demande n'est pas enregistrée. L'abandonner ?":
        'This request is not saved. Discard it?',
    'Abandonner':
        'Discard',
    'Continuer la saisie':
        'Keep editing',
    'Enregistrer la demande':
        'Save the request',
    '15 caractères, clé comprise':
        '15 characters, including the key',
    '{count}/15 caractères':
        '{count}/15 characters',
    '✓ NIR valide (clé correcte)':
        '✓ Valid NIR (correct key)',
    'Née le {date}':
        'Born on {date}',
    'Né le {date}':
        'Born on {date}',
    'Né(e) le {date}':
        'Born on {date}',
    '{age} ans':
        '{age} years old',
    'Clôturé le {date}':
        'Closed on {date}',
    'Actif depuis le {date}':
        'Active since {date}',
    'Médecin traitant : Dr {name}':
        'GP: Dr {name}',
    'Référent : {name}':
        'Referent: {name}',
    'Pas de référent désigné':
        'No referent assigned',
    'Demande':
        'Request',
    'Actif':
        'Active',
    'En pause':
        'On hold',
    'Clôturé':
        'Closed',
    '&Identité et contacts':
        '&Identity and contacts',
    '&Demandes':
        '&Requests',
    '&Cercle de soins':
        '&Care circle',
    '&Journal':
        '&Log',
    'In&formation et consentement':
        'I&nformation and consent',
    'Fermer le dossier':
        'Close the file',
    '{name} — CoordApp[*]':
        '{name} — CoordApp[*]',
    'Enregistré.':
        'Saved.',
    'Modifications non enregistrées':
        'Unsaved changes',
    "L'identité de ce patient a été modifiée. Enregistrer les modifications avant de fermer ?":
        "This patient's identity was changed. Save the changes before closing?",
    'Ignorer':
        'Ignore',
    "Tous les prénoms de naissance, dans l'ordre":
        'All the birth first names, in order',
    'NIR (si connu)':
        'NIR (if known)',
    "C'est &cette personne":
        'This is &the person',
    "Aucune de ces personnes : c'est une autre personne":
        'None of these people: this is someone else',
    '&Nouvelle personne':
        '&New person',
    'Ne pas rattacher la demande à ce dossier':
        'Do not link the request to this file',
    'Dossiers existants qui pourraient correspondre':
        'Existing files that might match',
    "Saisissez le nom, le prénom et la date de naissance : les dossiers existants proches s'affichent ici.":
        'Enter the surname, first name and date of birth: similar existing files appear here.',
    '{count} dossier(s) existant(s) pourraient concerner la même personne.':
        '{count} existing file(s) might concern the same person.',
    'Aucun dossier existant proche.':
        'No similar existing file.',
    'Doublon probable : vérifiez ces dossiers avant de créer un nouveau dossier.':
        'Probable duplicate: check these files before creating a new one.',
    'La demande sera rattachée au dossier existant de {name}, né(e) le {date} ({status}).':
        'The request will be linked to the existing file of {name}, born on {date} ({status}).',
    'libellé':
        'wording',
    'domaine':
        'area',
    'rang de priorité':
        'priority rank',
    'priorité de la personne':
        "person's priority",
    'besoin non couvert':
        'unmet need',
    'avis de la personne':
        "person's opinion",
    'échéance':
        'due date',
    "critère d'évaluation":
        'evaluation criterion',
    'statut':
        'status',
    'responsable':
        'responsible',
    'début':
        'start',
    'fréquence':
        'frequency',
    'réalisée le':
        'done on',
    'résultat':
        'result',
    'souhaits de la personne':
        "person's wishes",
    "procédure d'alerte":
        'alert procedure',
    'date de révision':
        'review date',
    'Besoin':
        'Need',
    '(fixée à la validation)':
        '(set at validation)',
    '(vide)':
        '(empty)',
    'oui':
        'yes',
    'non':
        'no',
    '(membre retiré du cercle)':
        '(member removed from the circle)',
    'du besoin':
        'of the need',
    "de l'objectif":
        'of the goal',
    'Ajouté':
        'Added',
    'Supprimé':
        'Deleted',
    'Modifié':
        'Changed',
    'Informations générales du PPCS':
        'General information of the PPCS',
    'Dans les mots de la personne : « Je veux rester chez moi… »':
        "In the person's own words: “I want to stay at home…”",
    "Qui appeler, quand : signes d'alerte, numéros, conduite à tenir":
        'Whom to call, when: warning signs, numbers, what to do',
    '&Souhaits de la personne :':
        "Person's &wishes:",
    "Procédure d'&alerte :":
        '&Alert procedure:',
    '&Révision prévue le :':
        '&Review due on:',
    "Vide : 6 mois après la validation ({date} si le plan est validé aujourd'hui). JJ/MM/AAAA, ou +90 pour dans 90 jours.":
        'Empty: 6 months after validation ({date} if the plan is validated today). DD/MM/YYYY, or +90 for in 90 days.',
    'Accord de la personne le {date} : {text}':
        "Person's agreement on {date}: {text}",
    "L'accord de la personne est recueilli à la validation du plan.":
        "The person's agreement is recorded when the plan is validated.",
    'Appliquer un &modèle…':
        'Apply a &template…',
    'Enregistrer comme modèle…':
        'Save as a template…',
    '&Valider le plan…':
        '&Validate the plan…',
    'Nouvelle v&ersion':
        'New v&ersion',
    '&Historique':
        '&History',
    'Ouvre un brouillon copié de la version validée, pour la réviser':
        'Opens a draft copied from the validated version, to review it',
    'PPCS — pas encore de plan':
        'PPCS — no plan yet',
    "Commencez un plan vide ou partez d'un modèle.":
        'Start an empty plan or use a template.',
    'PPCS — version {n} — {status}':
        'PPCS — version {n} — {status}',
    ' le {date}':
        ' on {date}',
    'révision de la version {n}':
        'review of version {n}',
    'révision prévue le {date}':
        'review due on {date}',
    '{needs} besoin(s), {goals} objectif(s), {actions} action(s)':
        '{needs} need(s), {goals} goal(s), {actions} action(s)',
    'Dossier clôturé : le PPCS est en lecture seule. Rouvrez le dossier pour le modifier.':
        'Closed file: the PPCS is read-only. Reopen the file to edit it.',
    'Version validée, figée : seul le suivi se saisit ici (statut et résultat des actions, statut des objectifs, besoin non couvert). « Nouvelle version » pour réviser le contenu.':
        'Validated version, frozen: only follow-up is entered here (status and result of actions, status of goals, unmet need). “New version” to review the content.',
    'brouillon':
        'draft',
    'validée':
        'validated',
    'remplacée':
        'superseded',
    'clôturée':
        'closed',
    '★ priorité exprimée par la personne · Inser : ajouter · F2 : modifier · Suppr : supprimer · Ctrl+↑/↓ : priorité du besoin':
        '★ priority expressed by the person · Ins: add · F2: edit · Del: delete · Ctrl+↑/↓: priority of the need',
    "Cet élément n'est pas modifiable ici.":
        'This item cannot be edited here.',
    'Supprimer le besoin « {text} » avec ses {goals} objectif(s) et {actions} action(s) ?':
        'Delete the need “{text}” with its {goals} goal(s) and {actions} action(s)?',
    "Supprimer l'objectif « {text} » avec ses {actions} action(s) ?":
        'Delete the goal “{text}” with its {actions} action(s)?',
    "Supprimer l'action « {text} » ?":
        'Delete the action “{text}”?',
    'Les priorités exprimées par la personne (★) restent en tête du plan.':
        'Priorities expressed by the person (★) stay at the top of the plan.',
    'PPCS':
        'PPCS',
    'Dossier clôturé : le PPCS est en lecture seule.':
        'Closed file: the PPCS is read-only.',
    'Cette version du PPCS est figée : « Nouvelle version » pour en modifier le contenu.':
        'This version of the PPCS is frozen: “New version” to edit its content.',
    'Libellé':
        'Wording',
    'Responsable':
        'Responsible',
    'Échéance':
        'Due date',
    'Souhaits de la personne : « {wishes} »':
        "Person's wishes: “{wishes}”",
    "Souhaits de la personne, procédure d'alerte (à compléter)":
        "Person's wishes, alert procedure (to be completed)",
    'Révision le {date} · {text}':
        'Review on {date} · {text}',
    'Non couvert':
        'Not met',
    'aucun objectif':
        'no goal',
    'à désigner':
        'to be assigned',
    'En retard':
        'Overdue',
    '{mark} Priorité exprimée par la personne\n{text}':
        '{mark} Priority expressed by the person\n{text}',
    '{status}, échéance dépassée de %n jour(s)':
        '{status}, %n day(s) past the due date',
    'Résultat : {result}':
        'Result: {result}',
    'Plan : besoins, objectifs et actions':
        'Plan: needs, goals and actions',
    'Préférences':
        'Preferences',
    "La nouvelle langue s'appliquera au prochain démarrage de CoordApp.":
        'The new language will apply the next time CoordApp starts.',
    "&Langue de l'interface":
        'Interface &language',
    'Modifier un professionnel':
        'Edit a professional',
    'Nouveau professionnel':
        'New professional',
    'Médecin généraliste':
        'General practitioner',
    'Pharmacien(ne)':
        'Pharmacist',
    'Ergothérapeute':
        'Occupational therapist',
    'Orthophoniste':
        'Speech therapist',
    'Psychologue':
        'Psychologist',
    'Diététicien(ne)':
        'Dietitian',
    '(aucune)':
        '(none)',
    '&Nom *':
        '&Surname *',
    '&Prénom':
        '&First name',
    'P&rofession *':
        'P&rofession *',
    'Spécialité':
        'Speciality',
    'RPPS':
        'RPPS',
    '11 chiffres':
        '11 digits',
    'ADELI':
        'ADELI',
    '9 chiffres':
        '9 digits',
    '&Téléphone':
        '&Phone',
    '&Courriel':
        '&Email',
    'adresse MSSanté de préférence':
        'preferably an MSSanté address',
    "Nouveau professionnel dans l'annuaire":
        'New professional in the directory',
    'Médecin gériatre':
        'Geriatrician',
    '03 24 00 00 00':
        '03 24 00 00 00',
    'MSSanté de préférence':
        'preferably MSSanté',
    'Prénom':
        'First name',
    'Profession (obligatoire)':
        'Profession (required)',
    "Ajouter à l'annuaire":
        'Add to the directory',
    'Information':
        'Information',
    'Inclusion':
        'Inclusion',
    'Non retenue':
        'Not accepted',
    'Retirée par le demandeur':
        'Withdrawn by the requester',
    'Messagerie sécurisée (MSSanté)':
        'Secure messaging (MSSanté)',
    'Courrier':
        'Letter',
    'En personne':
        'In person',
    'Réunion':
        'Meeting',
    'Médecin généraliste, infirmière…':
        'General practitioner, nurse…',
    'Cabinet, hôpital, service…':
        'Practice, hospital, department…',
    "Pourquoi le demandeur appelle : la situation, ce qui inquiète, ce qu'il attend":
        'Why the requester is calling: the situation, what worries them, what they expect',
    'Reçue le':
        'Received on',
    'Demandeur':
        'Requester',
    'Nom du demandeur':
        "Requester's name",
    'Téléphone du demandeur':
        "Requester's phone",
    'Motif (obligatoire)':
        'Reason (required)',
    'Urgence':
        'Urgency',
    'Infirmier(ère)':
        'Nurse',
    'En attente':
        'Pending',
    'Canal':
        'Channel',
    'Répondue le':
        'Answered on',
    'Motif':
        'Reason',
    '&Nouvelle demande…':
        '&New request…',
    '&Répondre…':
        '&Answer…',
    'Établissement de santé':
        'Hospital or clinic',
    'Service à domicile (SSIAD, SAAD, HAD)':
        'Home care service (SSIAD, SAAD, HAD)',
    'Travailleur social':
        'Social worker',
    'Conseil départemental':
        'County council (conseil départemental)',
    'La personne elle-même':
        'The person themselves',
    'Un proche aidant':
        'A family caregiver',
    'Enregistrer comme modèle':
        'Save as a template',
    'ex. Retour à domicile après AVC':
        'e.g. Return home after a stroke',
    "Le modèle garde les besoins, objectifs, actions, rôles des responsables et délais ; jamais les noms, statuts, résultats ni l'avis de la personne.":
        "The template keeps the needs, goals, actions, roles of the people responsible and time frames; never names, statuses, results or the person's opinion.",
    '&Titre :':
        '&Title:',
    '&Description :':
        '&Description:',
    'Féminin':
        'Female',
    'Masculin':
        'Male',
    'Inconnu':
        'Unknown',
    "Cette personne n'a pas encore de PPCS.\n\nPartez d'un modèle (chutes, aidant épuisé, sortie d'hospitalisation…) puis adaptez-le, ou commencez un plan vide. Les besoins suggérés par une évaluation peuvent aussi y être ajoutés depuis l'onglet Évaluation.":
        'This person has no PPCS yet.\n\nStart from a template (falls, exhausted caregiver, hospital discharge…) then adapt it, or start an empty plan. Needs suggested by an assessment can also be added from the Assessment tab.',
    "Pa&rtir d'un modèle…":
        'Start from a &template…',
    'C&ommencer un plan vide':
        'Start an &empty plan',
    'Modifier une structure':
        'Edit an organisation',
    'Nouvelle structure':
        'New organisation',
    'T&ype':
        'T&ype',
    '&Gestionnaire':
        '&Managing body',
    'FINESS':
        'FINESS',
    '9 caractères':
        '9 characters',
    'Pharmacie':
        'Pharmacy',
    'Laboratoire':
        'Laboratory',
    'Association':
        'Association',
    'Réseau de santé':
        'Health network',
    'Autre structure':
        'Other organisation',
    'Gestionnaire':
        'Managing body',
    'Fermer':
        'Close',
    "Besoins suggérés par l'évaluation du {date}":
        'Needs suggested by the assessment of {date}',
    "Besoins suggérés par l'évaluation":
        'Needs suggested by the assessment',
    'Cette évaluation ne suggère aucun besoin.':
        'This assessment suggests no need.',
    'Ajouté au PPCS ✓':
        'Added to the PPCS ✓',
    'Ignoré':
        'Ignored',
    'Déjà dans le PPCS':
        'Already in the PPCS',
    'Ajouter au PPCS':
        'Add to the PPCS',
    'Appliquer un modèle de plan':
        'Apply a plan template',
    "Les besoins, objectifs et actions du modèle s'ajoutent au plan ; les échéances sont comptées à partir de la date de départ, et les responsables choisis dans le cercle de soins d'après leur rôle. Tout reste modifiable ensuite.":
        "The template's needs, goals and actions are added to the plan; due dates count from the start date, and the people responsible are chosen from the care circle by their role. Everything can be edited afterwards.",
    'Le plan en vigueur est validé : une nouvelle version (brouillon) sera ouverte.':
        'The plan in force is validated: a new version (draft) will be opened.',
    '&Date de départ :':
        '&Start date:',
    'Appliquer':
        'Apply',
    'Choisissez un modèle.':
        'Choose a template.',
    'Date de départ invalide : JJ/MM/AAAA.':
        'Invalid start date: DD/MM/YYYY.',
    'mon modèle':
        'my template',
    'modèle fourni':
        'shipped template',
    '{title}\n{needs} besoin(s), {goals} objectif(s), {actions} action(s) — {origin}':
        '{title}\n{needs} need(s), {goals} goal(s), {actions} action(s) — {origin}',
    'Déverrouiller CoordApp':
        'Unlock CoordApp',
    'Base chiffrée {name}':
        'Encrypted database {name}',
    'Phrase de passe oubliée ? Saisissez ici votre code de récupération.':
        'Forgot your passphrase? Enter your recovery code here.',
    'Quitter':
        'Quit',
    'Déverrouiller':
        'Unlock',
    'Impossible de lire la base : {reason}':
        'Cannot read the database: {reason}',
    'Phrase de passe ou code de récupération incorrect.':
        'Incorrect passphrase or recovery code.',
    'Nouvel essai possible dans {seconds} s.':
        'New attempt possible in {seconds} s.',
    'Normale':
        'Routine',
    'Rapide':
        'Soon',
    'Urgente':
        'Urgent',
    'Valider le PPCS':
        'Validate the PPCS',
    'La version {n} sera figée, datée et signée de votre nom ; elle remplacera la version en vigueur. Le suivi (actions réalisées, objectifs atteints) restera possible.':
        'Version {n} will be frozen, dated and signed with your name; it will replace the version in force. Follow-up (actions done, goals reached) will remain possible.',
    'ex. Accord oral de la personne lors de la visite à domicile, en présence de sa fille ; plan relu avec elle.':
        'e.g. Oral agreement of the person during the home visit, with her daughter present; plan read through with her.',
    '&Accord de la personne :':
        "Person's &agreement:",
    'Accord &donné le :':
        'Agreement &given on:',
    'Valider la version {n}':
        'Validate version {n}',
    'Date invalide : JJ/MM/AAAA.':
        'Invalid date: DD/MM/YYYY.',
    'Historique du PPCS':
        'PPCS history',
    'Version':
        'Version',
    'État':
        'State',
    'Validée le':
        'Validated on',
    'Accord le':
        'Agreement on',
    'Révision':
        'Review',
    '&Comparer':
        '&Compare',
    '&Voir cette version':
        '&View this version',
    'Comparer la version':
        'Compare version',
    'avec la version':
        'with version',
    'Choisissez deux versions différentes.':
        'Choose two different versions.',
    'Version {n}':
        'Version {n}',
    "Demande plus d'aide que nécessaire":
        'Asks for more help than needed',
    'Manque de temps pour soi':
        'Not enough time for oneself',
    "Tiraillé entre l'aide et ses autres obligations":
        'Torn between caring and other responsibilities',
    'Gêne face au comportement du proche':
        "Embarrassed by the relative's behaviour",
    'Irritation en sa présence':
        'Angry when around the relative',
    'Relations familiales ou amicales touchées':
        'Relationships with family or friends affected',
    "Inquiétude pour l'avenir du proche":
        "Worried about the relative's future",
    "Le proche dépend de l'aidant":
        'The relative depends on the caregiver',
    'Tension en sa présence':
        'Strained when around the relative',
    "Santé de l'aidant touchée":
        "Caregiver's health affected",
    "Manque d'intimité":
        'Not enough privacy',
    'Vie sociale touchée':
        'Social life affected',
    "Mal à l'aise pour recevoir":
        'Uncomfortable having visitors',
    'Attendu comme seul aidant':
        'Expected to be the only caregiver',
    'Moyens financiers insuffisants':
        'Not enough money',
    'Ne pourra plus aider longtemps':
        'Will not be able to care much longer',
    'Perte de maîtrise de sa vie':
        "Lost control of one's life",
    "Envie de confier l'aide à un autre":
        'Wishes to leave the care to someone else',
    'Ne sait pas quoi faire':
        'Unsure what to do',
    'Devrait en faire plus':
        'Should be doing more',
    'Pourrait mieux faire':
        'Could do a better job',
    'Fardeau ressenti au total':
        'Overall burden felt',
    '0 : jamais':
        '0: never',
    '1 : rarement':
        '1: rarely',
    '2 : parfois':
        '2: sometimes',
    '3 : assez souvent':
        '3: quite frequently',
    '4 : presque tout le temps':
        '4: nearly always',
    'fardeau absent ou léger':
        'little or no burden',
    'fardeau léger à modéré':
        'mild to moderate burden',
    'fardeau modéré à sévère':
        'moderate to severe burden',
    'fardeau sévère':
        'severe burden',
    'dépistage négatif':
        'negative screening',
    'dépistage positif : fardeau probablement élevé':
        'positive screening: burden probably high',
    'Grille :':
        'Grid:',
    'Non réalisée':
        'Not done',
    'Complète (22 questions)':
        'Full (22 questions)',
    'Dépistage (4 questions)':
        'Screening (4 questions)',
    "Reportez les réponses de l'aidant (0 jamais, 1 rarement, 2 parfois, 3 assez souvent, 4 presque tout le temps) : tapez le chiffre, le curseur passe à la question suivante.":
        "Enter the caregiver's answers (0 never, 1 rarely, 2 sometimes, 3 quite frequently, 4 nearly always): type the number, the cursor moves to the next question.",
    '{n}. Question {n} de la grille de dépistage':
        '{n}. Question {n} of the screening grid',
    'Zarit non réalisé':
        'Zarit not done',
    '{total}/{scale} (partiel)':
        '{total}/{scale} (partial)',
    '{n} réponses sur {count}':
        '{n} answers out of {count}',
    "Choisissez une structure de la liste de l'annuaire (ou ajoutez-la d'abord).":
        'Choose an organisation from the directory list (or add it first).',
    'Vérifiez le ou les avertissements ci-dessus, puis enregistrez : la fiche sera enregistrée telle quelle.':
        'Check the warning(s) above, then save: the entry will be saved as it is.',
    'Enregistrer quand même':
        'Save anyway',
    'Dossier clôturé : les évaluations sont en lecture seule.':
        'Closed file: the assessments are read-only.',
    'Facteurs':
        'Factors',
    'É&valuation':
        'Assess&ment',
    '&PPCS':
        '&Care plan',
    'Ce dossier a des modifications non enregistrées. Les enregistrer avant de fermer ?':
        'This file has unsaved changes. Save them before closing?',
    'Dossier indisponible':
        'File unavailable',
    ' min':
        ' min',
    'jamais (déconseillé)':
        'never (not recommended)',
    'Sans action au clavier ni à la souris pendant ce temps, CoordApp masque les dossiers et demande la phrase de passe.':
        'After this long without keyboard or mouse input, CoordApp hides the files and asks for the passphrase.',
    '&Verrouillage après inactivité':
        '&Lock after inactivity',
    # -- printing and exports (coordapp/ui/printing) --
    "Rapport d'activité":
        'Activity report',
    '&PDF, à imprimer ou à diffuser':
        '&PDF, to print or share',
    '&CSV, pour un tableur (séparateur « ; »)':
        '&CSV, for a spreadsheet (“;” separator)',
    "Un rapport anonyme de l'activité sur la période : demandes, réponses, inclusions, PPCS, besoins non couverts. Aucun nom n'y figure.":
        'An anonymous report of the activity over the period: requests, answers, inclusions, care plans, unmet needs. No name appears in it.',
    '&Du :':
        '&From:',
    'A&u :':
        '&To:',
    'Format :':
        'Format:',
    '&Enregistrer…':
        '&Save…',
    '&Aperçu avant impression…':
        'Print &preview…',
    'La fin de la période précède son début.':
        'The end of the period is before its start.',
    'Documents PDF (*.pdf)':
        'PDF documents (*.pdf)',
    'Fichiers CSV (*.csv)':
        'CSV files (*.csv)',
    "Enregistrer le rapport d'activité":
        'Save the activity report',
    'Rapport enregistré : {path}':
        'Report saved: {path}',
    'Pour la &personne (gros caractères)':
        'For the &person (large print)',
    'Des mots simples, en grands caractères, avec « Qui appeler ? » en première page':
        'Plain words in large print, with “Whom to call?” on the first page',
    "Pour l'é&quipe (PPCS complet)":
        'For the &team (full care plan)',
    'Les quatre parties du PPCS de la HAS':
        'The four parts of the HAS care plan',
    'Imprimer le PPCS':
        'Print the care plan',
    'Quelle version du PPCS imprimer ?':
        'Which version of the care plan to print?',
    '&Imprimer les PPCS à réviser…':
        '&Print the care plans due for review…',
    'Les PPCS de mes patients à réviser dans les 7 jours, ou en retard':
        "My patients' care plans due for review within 7 days, or overdue",
    "Exporter l'&agenda de mes patients (.ics)…":
        "Export my patients' &calendar (.ics)…",
    'Les échéances des actions et des révisions, pour votre agenda':
        'Action due dates and reviews, for your calendar',
    "Rapport d'a&ctivité…":
        'Acti&vity report…',
    "Le rapport anonyme de l'activité sur une période, en PDF ou en CSV":
        'The anonymous activity report over a period, as PDF or CSV',
    "Exporter l'agenda de mes patients":
        "Export my patients' calendar",
    'Agendas iCalendar (*.ics)':
        'iCalendar files (*.ics)',
    'Export impossible':
        'Export failed',
    'Agenda enregistré : {count} échéance(s) dans {path}':
        'Calendar saved: {count} due date(s) in {path}',
    'Aperçu impossible':
        'Preview unavailable',
    'Imprimé : {pages} page(s).':
        'Printed: {pages} page(s).',
    'Enregistré : {path}':
        'Saved: {path}',
    "PPCS à réviser d'ici le {date} — {count} personne(s)":
        'Care plans to review by {date} — {count} person(s)',
    'Impossible de relire le rapport ({reason}).':
        'The report cannot be read back ({reason}).',
    'Imprimer le PPCS…':
        'Print the care plan…',
    'Dossier &FHIR (.json)…':
        '&FHIR record (.json)…',
    'Le dossier et son PPCS au format FHIR R4, pour un autre logiciel':
        'The file and its care plan in FHIR R4 format, for other software',
    '&Agenda de ses échéances (.ics)…':
        '&Calendar of due dates (.ics)…',
    'Les actions à échéance et la révision du PPCS, pour votre agenda':
        'Actions due and the care plan review, for your calendar',
    'Exporter':
        'Export',
    "Aperçu puis impression du PPCS, pour la personne ou pour l'équipe ({shortcut})":
        'Preview, then print the care plan, for the person or for the team ({shortcut})',
    "Ce patient n'a pas encore de PPCS : rien à imprimer.":
        'This patient has no care plan yet: nothing to print.',
    "Ce patient n'a pas encore de PPCS : rien à imprimer. Créez-le dans l'onglet « PPCS » (Alt+P).":
        'This patient has no care plan yet: nothing to print. Create it in the "PPCS" tab (Alt+P).',
    'Impression impossible':
        'Printing failed',
    'pour la personne':
        'for the person',
    "pour l'équipe":
        'for the team',
    'PPCS de {name}, {audience}':
        'Care plan of {name}, {audience}',
    'PPCS imprimé : {pages} page(s).':
        'Care plan printed: {pages} page(s).',
    'PPCS enregistré : {path}':
        'Care plan saved: {path}',
    'Exporter le dossier au format FHIR':
        'Export the file in FHIR format',
    'Fichiers JSON (*.json)':
        'JSON files (*.json)',
    "Exporter l'agenda du patient":
        "Export the patient's calendar",
    'Exporté : {path}':
        'Exported: {path}',
    'Page {page}':
        'Page {page}',
    'Ajuster à la largeur':
        'Fit width',
    'Page entière':
        'Whole page',
    '{percent} %':
        '{percent}%',
    '&Zoom :':
        '&Zoom:',
    '&Imprimer…':
        '&Print…',
    '&Enregistrer en PDF…':
        '&Save as PDF…',
    "L'impression n'a pas pu commencer : vérifiez l'imprimante, puis réessayez.":
        'Printing could not start: check the printer, then try again.',
    'Enregistrement impossible':
        'Saving failed',
    'Imprimer — {title}':
        'Print — {title}',
    'Enregistrer en PDF':
        'Save as PDF',
    'Page {page} sur {count}':
        'Page {page} of {count}',
    'Imprimer les PPCS à réviser':
        'Print the care plans due for review',
    "Les PPCS de vos patients dont la révision est prévue d'ici le {date}, ou en retard. Cochez ceux à imprimer pour préparer la réunion ou les visites.":
        "Your patients' care plans due for review by {date}, or overdue. Tick those to print for the meeting or the visits.",
    "Aucun PPCS de vos patients n'est à réviser d'ici le {date}.":
        "None of your patients' care plans is due for review by {date}.",
    'Version à imprimer':
        'Version to print',
    '&Tout cocher':
        '&Tick all',
    'Tout &décocher':
        '&Untick all',
    "PPCS à réviser d'ici le {date}":
        'Care plans to review by {date}',
    'Préparation des PPCS…':
        'Preparing the care plans…',
    'Annulation…':
        'Cancelling…',
    '{checked} sur {total} cochés':
        '{checked} of {total} ticked',
    'PPCS {done} sur {total}…':
        'Care plan {done} of {total}…',
    'Révision prévue':
        'Review due',
    'v{version}':
        'v{version}',
    '{date} — en retard de {days} j':
        '{date} — {days} d overdue',
    "{date} — aujourd'hui":
        '{date} — today',
    '{date} — dans {days} j':
        '{date} — in {days} d',
    '(ignorer)':
        '(ignore)',
    'Importer une file active':
        'Import a caseload',
    'Importer un annuaire':
        'Import a directory',
    'Aucun fichier choisi':
        'No file chosen',
    '&Choisir un fichier…':
        '&Choose a file…',
    '1. Correspondance des colonnes':
        '1. Column mapping',
    '&Masquer les lignes prêtes':
        '&Hide ready rows',
    'Importer &aussi les doublons probables':
        '&Also import probable duplicates',
    '2. Vérification':
        '2. Check',
    '&Vérifier':
        'Chec&k',
    '&Importer':
        '&Import',
    'Fichier :':
        'File:',
    '{encoding}, séparateur {delimiter}, {rows} ligne(s) de données. Vérifiez la correspondance des colonnes : chaque liste propose nos champs, ou « (ignorer) ».':
        '{encoding}, separator {delimiter}, {rows} data row(s). Check the column mapping: each list offers our fields, or “(ignore)”.',
    'Choisir le fichier à importer':
        'Choose the file to import',
    '%n ligne(s) importée(s).':
        '%n row(s) imported.',
    "{errors} ligne(s) en erreur et {duplicates} doublon(s) probable(s) n'ont pas été importés : corrigez-les dans le fichier puis importez ces lignes seules.":
        '{errors} row(s) with errors and {duplicates} probable duplicate(s) were not imported: correct them in the file, then import those rows alone.',
    "Cliquez sur « Vérifier » : rien n'est importé avant votre confirmation.":
        'Click “Check”: nothing is imported until you confirm.',
    '&Importer %n ligne(s)':
        '&Import %n row(s)',
    'Interrompre':
        'Stop',
    'Colonne du fichier':
        'File column',
    'Champ CoordApp':
        'CoordApp field',
    'Premières valeurs':
        'First values',
    'Ligne':
        'Line',
    'Personne ou fiche':
        'Person or entry',
    'Colonne':
        'Column',
    'Erreur':
        'Error',
    'Doublon probable':
        'Probable duplicate',
    'Prête, à vérifier':
        'Ready, to be checked',
    'Prête':
        'Ready',
    'Sera importée.':
        'Will be imported.',
    '%n prête(s) à importer':
        '%n ready to import',
    '%n en erreur, en rouge, non importée(s)':
        '%n with errors, in red, not imported',
    '%n doublon(s) probable(s), en orange, importé(s) seulement si vous cochez la case':
        '%n probable duplicate(s), in orange, imported only if you tick the box',
    '%n ligne(s) : ':
        '%n row(s): ',
    "Rien n'est enregistré avant « Importer ».":
        'Nothing is saved before “Import”.',
    'Ajouter des professionnels et des structures depuis un tableur':
        'Add professionals and organisations from a spreadsheet',
    "Découvrir d'abord CoordApp avec une base de démonstration (200 patients fictifs), séparée de ma base de travail":
        'Try CoordApp first with a demonstration database (200 fictitious patients), kept apart from my working database',
    'Créer la démonstration':
        'Create the demonstration',
    'Rouvrir la démonstration…':
        'Reopen the demonstration…',
    'CoordApp — démonstration (patients fictifs)':
        'CoordApp — demonstration (fictitious patients)',
    'Base endommagée':
        'Damaged database',
    'La vérification de la base chiffrée a trouvé {pages} page(s) en erreur. Ne continuez pas à saisir : restaurez la dernière sauvegarde (coordapp restore) et prévenez votre référent informatique.':
        'The check of the encrypted database found {pages} page(s) in error. Stop entering data: restore the latest backup (coordapp restore) and tell your IT contact.',
    'Sauvegarde du jour enregistrée.':
        "Today's backup saved.",
    # Synchronisation page
    'Ma valeur':
        'My value',
    'Leur valeur':
        'Their value',
    'Garder la mienne':
        'Keep mine',
    'Garder la leur':
        'Keep theirs',
    'Modifier…':
        'Edit…',
    'Choisissez un conflit dans la liste.':
        'Choose a conflict in the list.',
    'fiche supprimée':
        'record deleted',
    '{patient} — {record}, champ « {field} »':
        '{patient} — {record}, field “{field}”',
    '(sans patient)':
        '(no patient)',
    'Modifier la valeur':
        'Edit the value',
    'Nouvelle valeur :':
        'New value:',
    'Exporter un paquet':
        'Export a bundle',
    'Tout':
        'Everything',
    "Seulement ce qu'un collègue n'a pas reçu":
        'Only what a colleague has not received',
    'Les patients choisis':
        'Chosen patients',
    'Rechercher un patient':
        'Find a patient',
    "Phrase de passe d'équipe":
        'Team passphrase',
    'Clé(s) publique(s) de collègues':
        "Colleagues' public key(s)",
    'Une clé publique (age1…) par ligne':
        'One public key (age1…) per line',
    'Phrase de passe :':
        'Passphrase:',
    'Confirmation :':
        'Confirm:',
    'Enregistrer le paquet':
        'Save the bundle',
    'Paquets CoordApp (*.coordbundle)':
        'CoordApp bundles (*.coordbundle)',
    'Choisissez le fichier du paquet.':
        'Choose the bundle file.',
    "Aucun collègue connu : importez d'abord un de ses paquets.":
        'No known colleague: import one of their bundles first.',
    'Cochez au moins un patient.':
        'Tick at least one patient.',
    'Les deux phrases de passe ne sont pas identiques.':
        'The two passphrases differ.',
    'Collez au moins une clé publique.':
        'Paste at least one public key.',
    'Importer un paquet':
        'Import a bundle',
    'Paquet : {name}':
        'Bundle: {name}',
    "Ce paquet est protégé par une phrase de passe d'équipe :":
        'This bundle is protected by a team passphrase:',
    'Ouvrir':
        'Open',
    'Faire confiance à cet expéditeur':
        'Trust this sender',
    '<b>Import terminé.</b><br>{new} patient(s) nouveau(x), {fields} champ(s) mis à jour, {conflicts} conflit(s) à revoir.':
        '<b>Import complete.</b><br>{new} new patient(s), {fields} field(s) updated, {conflicts} conflict(s) to review.',
    'cette installation':
        'this installation',
    'expéditeur connu':
        'known sender',
    'expéditeur inconnu : vérifiez son empreinte avec lui':
        'unknown sender: check the fingerprint with them',
    'expéditeur révoqué : le paquet sera refusé':
        'revoked sender: the bundle will be refused',
    '<b>Signé par :</b> {name} ({status})':
        '<b>Signed by:</b> {name} ({status})',
    'Empreinte : {fp}':
        'Fingerprint: {fp}',
    'Nouveaux patients : {count}':
        'New patients: {count}',
    'Champs mis à jour : {count}':
        'Fields updated: {count}',
    'Conflits : {count}':
        'Conflicts: {count}',
    'Ce paquet a déjà été importé.':
        'This bundle was already imported.',
    '&Synchronisation':
        '&Synchronisation',
    'Échanger les dossiers avec les collègues, conflits à revoir':
        'Exchange files with colleagues, conflicts to review',
    'Conflit à revoir':
        'Conflict to review',
    'Des modifications concurrentes sont à revoir dans la page Synchronisation':
        'Concurrent changes are to be reviewed on the Synchronisation page',
    'inconnu':
        'unknown',
    'Par {author}, le {date}':
        'By {author}, on {date}',
    'Copier':
        'Copy',
    'Clé publique :':
        'Public key:',
    'Cette installation':
        'This installation',
    'Exporter un paquet…':
        'Export a bundle…',
    'Importer un paquet…':
        'Import a bundle…',
    'Dossier partagé…':
        'Shared folder…',
    'Synchroniser maintenant':
        'Synchronise now',
    'Fiche':
        'Record',
    'Champ':
        'Field',
    '{name} — empreinte {fp}':
        '{name} — fingerprint {fp}',
    'Conflits à revoir : {count}':
        'Conflicts to review: {count}',
    '{value} ({author}, {date})':
        '{value} ({author}, {date})',
    'Conflit résolu.':
        'Conflict resolved.',
    'Export en cours…':
        'Exporting…',
    'Paquet enregistré : {name} ({patients} patient(s), {ops} opération(s)).':
        'Bundle saved: {name} ({patients} patient(s), {ops} operation(s)).',
    'Dossier : {path}':
        'Folder: {path}',
    'Aucun dossier partagé choisi':
        'No shared folder chosen',
    'Dossier partagé':
        'Shared folder',
    'Synchronisation en cours…':
        'Synchronising…',
    '{imported} paquet(s) importé(s), {refused} refusé(s), {sent}.':
        '{imported} bundle(s) imported, {refused} refused, {sent}.',
    'nos changements déposés':
        'our changes dropped off',
    'rien de nouveau à déposer':
        'nothing new to drop off',
    'Clé publique copiée.':
        'Public key copied.',
    "&Guide d'utilisation":
        'User &guide',
    "Guide d'utilisation de CoordApp":
        'CoordApp user guide',
    "Le guide n'a pas été trouvé dans cette installation ({path}).":
        'The guide was not found in this installation ({path}).',
    'Consultation':
        'Viewed',
    'Création':
        'Created',
    'Modification':
        'Changed',
    'Suppression':
        'Deleted',
    'Impression':
        'Printed',
    'Export':
        'Exported',
    'Import':
        'Imported',
    'Cercle de soins':
        'Care circle',
    'Journal':
        'Journal',
    'Consentement':
        'Consent',
    'Personne':
        'Person',
    'Élément':
        'Item',
    'inconnue':
        'unknown',
    "Chaque consultation, modification, impression ou export de ce dossier est inscrit dans le journal d'audit, sans aucun texte médical.":
        'Every view, change, print or export of this file is recorded in the audit trail, without any medical text.',
    'Professionnel':
        'Professional',
    'Restaurer une sauvegarde':
        'Restore a backup',
    '{date} — {label} — {size}':
        '{date} — {label} — {size}',
    'Phrase de passe en vigueur lors de la sauvegarde, ou code de récupération':
        'Passphrase in force when the backup was made, or the recovery code',
    "La base actuelle sera d'abord mise de côté dans le dossier des sauvegardes : rien n'est supprimé. Les saisies faites depuis la sauvegarde choisie ne seront plus visibles.":
        'The current database will first be set aside in the backup folder: nothing is deleted. Entries made since the chosen backup will no longer be visible.',
    'Restaurer':
        'Restore',
    'Sauvegardes disponibles (la plus récente en haut) :':
        'Available backups (newest first):',
    "Aucune sauvegarde pour l'instant.":
        'No backup yet.',
    '&Restaurer une sauvegarde…':
        '&Restore a backup…',
    'Remettre en place une sauvegarde chiffrée':
        'Put an encrypted backup back in place',
    'Sauvegarde restaurée.':
        'Backup restored.',
    'Sauvegarde impossible':
        'Backup failed',
    '{file} — {count} — dernière synchronisation : {when}':
        '{file} — {count} — last synchronisation: {when}',
    'jamais':
        'never',
    "Classeur Excel (.xlsx), LibreOffice (.ods) ou fichier CSV (séparateur point-virgule, virgule ou tabulation). La première ligne remplie doit contenir les intitulés des colonnes.":
        'Excel workbook (.xlsx), LibreOffice workbook (.ods) or CSV file (semicolon, comma or tab separated). The first filled row must hold the column headings.',
    '&Feuille :':
        '&Sheet:',
    '{kind}, feuille « {sheet} », {rows} ligne(s) de données. Vérifiez la correspondance des colonnes : chaque liste propose nos champs, ou « (ignorer) ».':
        '{kind}, sheet “{sheet}”, {rows} data row(s). Check how the columns are mapped: each list offers our fields, or “(ignore)”.',
    'Classeurs et fichiers CSV (*.xlsx *.ods *.csv *.txt);;Tous les fichiers (*)':
        'Workbooks and CSV files (*.xlsx *.ods *.csv *.txt);;All files (*)',
    "Carte nationale d'identité":
        'National identity card',
    'Passeport':
        'Passport',
    'Carte ou titre de séjour':
        'Residence permit',
    "e-carte d'identité":
        'Electronic identity card',
    'Identité Numérique La Poste':
        'La Poste digital identity',
    'Application carte Vitale':
        'Carte Vitale app',
    'Livret de famille et carte Vitale avec photo':
        'Family record book with a photo Carte Vitale',
    "Extrait d'acte de naissance":
        'Birth certificate extract',
    'Livret de famille des parents':
        "Parents' family record book",
    'Carnet de circulation':
        'Travel document for foreign minors',
    'Acte de naissance et carte Vitale avec photo':
        'Birth certificate with a photo Carte Vitale',
    "La pièce sur laquelle l'identité a été contrôlée : obligatoire pour une identité validée (VALI).":
        'The document the identity was checked on: required for a validated identity (VALI).',
    'Pièce contrôlée':
        'Document checked',
    'Contrôlée le':
        'Checked on',
    'Origine':
        'Origin',
    '{source}, téléservice INSi interrogé le {date}':
        '{source}, INSi teleservice queried on {date}',
    'Saisie manuelle, identité contrôlée sur : {document}{date}':
        'Typed by hand, identity checked on: {document}{date}',
    ', le {date}':
        ', on {date}',
    "Saisie manuelle (RECUP et QUAL ne viennent que d'un import depuis un logiciel ayant interrogé le téléservice INSi)":
        'Typed by hand (RECUP and QUAL only come from an import out of software that queried the INSi teleservice)',
    'Importer une &file active (tableur)…':
        'Import a &caseload (spreadsheet)…',
    'Reprendre les patients suivis depuis un classeur .xlsx, .ods ou CSV':
        'Bring in the followed patients from an .xlsx, .ods or CSV workbook',
    'Importer un a&nnuaire (tableur)…':
        'Import a &directory (spreadsheet)…',
    'Importer un &dossier FHIR…':
        'Import a FHIR &file…',
    "Le dossier d'une personne reçu d'un autre logiciel (Bundle FHIR, FR Core)":
        "One person's file received from other software (FHIR Bundle, FR Core)",
    'Importer un dossier FHIR':
        'Import a FHIR file',
    "Un Bundle FHIR R4 (JSON) : export CoordApp ou logiciel conforme FR Core. L'identité, le cercle de soins, le PPCS et les consentements sont repris ; rien n'est enregistré avant « Importer ».":
        'A FHIR R4 Bundle (JSON): a CoordApp export or FR Core software. Identity, care circle, PPCS and consents are taken; nothing is saved before “Import”.',
    'Choisir le dossier FHIR à importer':
        'Choose the FHIR file to import',
    'Dossiers FHIR (*.json);;Tous les fichiers (*)':
        'FHIR files (*.json);;All files (*)',
    "Vérification : dossier de {name}. Rien n'est encore enregistré.":
        'Check: file of {name}. Nothing is saved yet.',
    'Dossier de {name} mis à jour.':
        'File of {name} updated.',
    'Dossier de {name} créé.':
        'File of {name} created.',
    'À vérifier :':
        'To check:',
    'Non repris :':
        'Not taken:',
    "Exporter l'agenda &partagé, sans noms (.ics)…":
        'Export the &shared calendar, without names (.ics)…',
    "Les mêmes échéances avec les initiales et le numéro court du dossier, pour un agenda d'équipe":
        "The same due dates with initials and the file's short number, for a team calendar",
    'Logiciel libre sous licence EUPL-1.2. Il utilise Qt (LGPL-3.0) et d\'autres composants libres : voir « Licences… ».':
        'Free software under the EUPL-1.2 licence. It uses Qt (LGPL-3.0) and other free components: see "Licences…".',
    'Licences…':
        'Licences…',
    'Licences':
        'Licences',
    "CoordApp est un logiciel libre, sous licence publique de l'Union européenne (EUPL-1.2). Il utilise Qt et PySide6 (LGPL-3.0), Python et d'autres composants libres, chacun sous sa propre licence.":
        'CoordApp is free software, under the European Union Public Licence (EUPL-1.2). It uses Qt and PySide6 (LGPL-3.0), Python and other free components, each under its own licence.',
    'CoordApp (EUPL-1.2)':
        'CoordApp (EUPL-1.2)',
    'Composants tiers':
        'Third-party components',
    "Le texte n'a pas été trouvé dans cette installation ({path}).":
        'The text was not found in this installation ({path}).',
    # Sync: colleagues, one-action send, shared folder in the background
    "à l'instant":
        'just now',
    'il y a {n} min':
        '{n} min ago',
    'il y a {n} h':
        '{n} h ago',
    'le {date}':
        'on {date}',
    'Aucun collègue dans la liste.':
        'No colleague in the list.',
    'À jour avec {who}':
        'Up to date with {who}',
    'Ajouter un collègue':
        'Add a colleague',
    'Collez la carte de visite reçue de votre collègue :':
        'Paste the card your colleague sent you:',
    'Copier la carte':
        'Copy the card',
    'Ma carte de visite':
        'My card',
    'Empreinte':
        'Fingerprint',
    'Dernier échange':
        'Last exchange',
    'Derniers envois':
        'Last sent',
    'Envoyer…':
        'Send…',
    'Ajouter par sa carte…':
        'Add from their card…',
    'Ajouter depuis un paquet reçu…':
        'Add from a received bundle…',
    'Révoquer…':
        'Revoke…',
    'tous les patients':
        'all patients',
    'ceux dont ils sont référents ou dont le cercle de soins comprend leur structure':
        'those they are the referent of, or whose care team includes their organisation',
    'Envoyer aux collègues :':
        'Send colleagues:',
    'Empreinte à lire à vos collègues : {words} ({fp})':
        'Fingerprint to read to your colleagues: {words} ({fp})',
    '{count} paquet(s) ; le {date} : {patients} patient(s), {ops} opération(s)':
        '{count} bundle(s); on {date}: {patients} patient(s), {ops} operation(s)',
    'rien envoyé':
        'nothing sent',
    'révoqué le {date}':
        'revoked on {date}',
    'de confiance':
        'trusted',
    'à vérifier':
        'to be checked',
    "Carte copiée : envoyez-la à vos collègues, puis lisez-leur l'empreinte au téléphone.":
        'Card copied: send it to your colleagues, then read them the fingerprint on the phone.',
    '{name} ajouté(e). Comparez au téléphone son empreinte : {words}.':
        '{name} added. Compare their fingerprint on the phone: {words}.',
    'Paquet reçu':
        'Received bundle',
    'Poste de {name} révoqué : ses paquets seront refusés.':
        "{name}'s device revoked: their bundles will be refused.",
    "Choisissez d'abord un collègue.":
        'Choose a colleague first.',
    'Révoquer':
        'Revoke',
    'Refuser désormais tout paquet du poste de {name} ? Ce qui a déjà été importé reste.':
        "Refuse every bundle from {name}'s device from now on? What was already imported stays.",
    'Pour {name} : {file} ({patients} patient(s), {ops} opération(s)).':
        'For {name}: {file} ({patients} patient(s), {ops} operation(s)).',
    'Envoyer à des collègues':
        'Send to colleagues',
    'Tout ce qui a changé depuis leur dernier paquet':
        'Everything that changed since their last bundle',
    'Les patients choisis (dossier complet)':
        'The chosen patients (whole file)',
    'Rechercher un patient…':
        'Find a patient…',
    '{name} — {structure}':
        '{name} — {structure}',
    'structure ?':
        'organisation?',
    'Révoqué, ou clé publique inconnue':
        'Revoked, or public key unknown',
    'Envoyer':
        'Send',
    'Dossier de destination :':
        'Destination folder:',
    'Quoi :':
        'What:',
    'À qui :':
        'To whom:',
    "Un paquet par collègue, chiffré pour lui seul, avec seulement les patients que le réglage d'équipe l'autorise à recevoir.":
        'One bundle per colleague, encrypted for them alone, with only the patients the team setting lets them receive.',
    'Dossier de destination':
        'Destination folder',
    'Choisissez au moins un collègue.':
        'Choose at least one colleague.',
    'Choisissez au moins un patient.':
        'Choose at least one patient.',
    'Choisissez un dossier de destination existant (clé USB, dossier partagé…).':
        'Choose an existing destination folder (USB stick, shared folder…).',
    'Échanges et conflits':
        'Exchanges and conflicts',
    'Collègues':
        'Colleagues',
    '{count} paquet(s) pas encore lisible(s) (copie en cours ?) : nouvel essai au prochain passage.':
        '{count} bundle(s) not readable yet (still being copied?): trying again next round.',
    'Envoi en cours…':
        'Sending…',
    'Parcourir…':
        'Browse…',
    'suppression':
        'deletion',
    'restauration':
        'restore',
    'effacement (RGPD)':
        'erasure (GDPR)',
    'Valeur':
        'Value',
    'Modifications, champ par champ (celles des collègues comprises) :':
        "Changes, field by field (colleagues' included):",
    # -- issue 15: consent, AGGIR adverbs, mini-Zarit --------------------------------
    'Adverbes (guide AGGIR 2008) : la personne fait-elle seule…':
        'Adverbs (2008 AGGIR guide): does the person do it alone…',
    '{unit} : ne fait pas':
        '{unit}: does not do it',
    '{unit} : ne fait pas (aucun adverbe)':
        '{unit}: does not do it (no adverb)',
    'se laver seul, spontanément, haut et bas du corps':
        'washing alone, unprompted, upper and lower body',
    'A : fait seul, spontanément, totalement, correctement et habituellement':
        'A: does it alone, unprompted, fully, properly and usually',
    'Spontanément':
        'Unprompted',
    'Totalement':
        'Fully',
    'Correctement':
        'Properly',
    'Habituellement':
        'Usually',
    'Toilette du haut':
        'Washing, upper body',
    'Toilette du bas':
        'Washing, lower body',
    'Habillage du haut':
        'Dressing, upper body',
    'Habillage moyen':
        'Dressing, middle (fastening)',
    'Habillage du bas':
        'Dressing, lower body',
    'Se servir':
        'Serving oneself',
    'Manger':
        'Eating',
    'Élimination urinaire':
        'Urinary hygiene',
    'Élimination fécale':
        'Bowel hygiene',
    'Tapez A, B ou C sur chaque ligne : le curseur passe à la suivante. A = fait seul, spontanément, totalement, correctement et habituellement ; B = en partie ; C = ne fait pas. Ou cochez les adverbes : la lettre en découle.':
        'Type A, B or C on each line: the cursor moves to the next one. A = does it alone, unprompted, fully, properly and usually; B = partly; C = does not do it. Or tick the adverbs: the letter follows.',
    'Motif du forçage (obligatoire)':
        'Reason for the override (required)',
    '{variable} : motif du forçage':
        '{variable}: reason for the override',
    "La personne vient d'être informée de l'accompagnement et de son &droit d'opposition (l'enregistrer)":
        'The person has just been informed of the support and of their &right to object (record it)',
    'Oral':
        'Orally',
    "La personne a été informée de l'accompagnement et de son &droit d'opposition":
        'The person was informed of the support and of their &right to object',
    'Oral, par téléphone':
        'Orally, by phone',
    'Oral, lors de la visite à domicile':
        'Orally, during the home visit',
    "Notice d'information remise et expliquée":
        'Information leaflet given and explained',
    'Comment la personne a été informée':
        'How the person was informed',
    'si la personne est représentée : tuteur, personne de confiance…':
        'if the person is represented: guardian, trusted person…',
    'Information donnée à':
        'Information given to',
    'Donnée à':
        'Given to',
    'Un dossier actif sera créé, la demande répondue « Inclusion » (la personne doit avoir été informée).':
        'An active file will be created and the request answered “Inclusion” (the person must have been informed).',
    'Le dossier existant sera actif, la demande répondue « Inclusion » (la personne doit avoir été informée).':
        'The existing file will become active and the request answered “Inclusion” (the person must have been informed).',
    'si la personne est représentée : tuteur, curateur, personne de confiance…':
        'if the person is represented: guardian, curator, trusted person…',
    "<b>Opposition au partage depuis le {date}</b> : aucun envoi à des tiers (fichier FHIR, agenda, paquet pour un collègue, PPCS pour l'équipe). Seul le PPCS pour la personne peut être imprimé.":
        "<b>Objection to sharing since {date}</b>: nothing is sent to others (FHIR file, calendar, bundle for a colleague, team PPCS). Only the person's own PPCS can be printed.",
    "<b>Information de la personne non enregistrée</b> : l'inclusion, la validation du PPCS et les envois attendent son enregistrement (onglet « Information et consentement »).":
        "<b>The person's information is not recorded</b>: inclusion, PPCS validation and sending wait until it is (“Information and consent” tab).",
    'Le fait de vous occuper de votre proche entraîne-t-il des difficultés dans votre vie familiale ?':
        'Does caring for your relative cause difficulties in your family life?',
    '… des difficultés avec vos amis, vos loisirs ou votre travail ?':
        '… difficulties with your friends, leisure or work?',
    '… un retentissement sur votre santé (physique et/ou psychique) ?':
        '… an effect on your health (physical and/or mental)?',
    'Avez-vous le sentiment de ne plus reconnaître votre proche ?':
        'Do you feel you no longer recognise your relative?',
    "Avez-vous peur pour l'avenir de votre proche ?":
        "Are you afraid for your relative's future?",
    'Souhaitez-vous être (davantage) aidé(e) pour vous occuper de votre proche ?':
        'Would you like (more) help in caring for your relative?',
    'Ressentez-vous une charge en vous occupant de votre proche ?':
        'Do you feel burdened by caring for your relative?',
    'J : jamais (0)':
        'J: never (0)',
    'P : parfois (½)':
        'P: sometimes (½)',
    'S : souvent (1)':
        'S: often (1)',
    'Mini-Zarit (7 questions)':
        'Mini-Zarit (7 questions)',
    'Mini-Zarit : J = jamais (0), P = parfois (½), S = souvent (1)':
        'Mini-Zarit: J = never (0), P = sometimes (½), S = often (1)',
    # -- complex situation, GP rule, GP seekers, dysfunctions, information sheet --
    "<b>Situation complexe ?</b> Un volet médical <b>et</b> un volet psycho-social, sans critère d'âge.":
        '<b>Complex situation?</b> A medical side <b>and</b> a psycho-social side, with no age criterion.',
    "Affiché sur le PPCS de l'équipe et dans « Qui appeler ? » ; un service d'interprétariat peut être ajouté au cercle de soins.":
        "Shown on the team's plan and in “Whom to call?”; an interpreting service can be added to the care circle.",
    "Aucun : cochez-les dans l'annuaire":
        'None: tick them in the directory',
    "Ce qu'elle fait":
        'What it does',
    "Ce qui s'est passé, ses conséquences…":
        'What happened, its consequences…',
    "Enregistrer la fiche d'information":
        'Save the information sheet',
    "Ex. : Dr Roux joint par téléphone, d'accord pour une visite à domicile":
        'E.g.: Dr Roux reached by phone, agrees to a home visit',
    "Fiche d'&information sur les ressources…":
        '&Information sheet on resources…',
    "Fiche d'information enregistrée : {path}":
        'Information sheet saved: {path}',
    "Fiche d'information sur les ressources":
        'Information sheet on resources',
    "Hospitalisations répétées dans l'année pour le même problème":
        'Repeated hospital stays in the year for the same problem',
    "Impossible d'écrire le fichier : choisissez un autre dossier.":
        'Cannot write the file: choose another folder.',
    "Le rapport d'activité les compte par type et par type de structure, sans nom ni texte : les noms et le récit restent dans ce dossier.":
        'The activity report counts them by kind and by type of organisation, with no name or text: names and the account stay in this file.',
    "Orientation, appui ponctuel à l'organisation du parcours":
        'Referral, one-off support to organise the care pathway',
    "Service d'interprétariat":
        'Interpreting service',
    "Sortie d'hospitalisation non préparée":
        'Hospital discharge not prepared',
    "Soutien au professionnel (analyse d'une situation difficile)":
        'Support to the professional (analysis of a difficult situation)',
    "Une page pour le demandeur : les services de l'annuaire qui répondent au besoin, près de la commune, avec ce qu'ils font, leur téléphone et leurs horaires.":
        "One page for the requester: the directory's services that meet the need, near the town, with what they do, their phone and their opening hours.",
    "ex. Médecin traitant en congés jusqu'au 15, informé par messagerie sécurisée":
        'e.g. GP on leave until the 15th, informed by secure messaging',
    ' et ':
        ' and ',
    '&Commune':
        '&Town',
    '&Date':
        '&Date',
    'D&ate':
        'D&ate',
    '&Enregistrer la fiche…':
        '&Save the sheet…',
    '&Enregistrer le dysfonctionnement':
        '&Record the dysfunction',
    '&Horaires':
        'Opening &hours',
    '&Niveau de service':
        'Level of &service',
    '&Proposer ce médecin':
        '&Propose this doctor',
    '&Raison':
        '&Reason',
    '&Récit':
        '&Account',
    '&Situation complexe et niveau de service':
        'Complex &situation and level of service',
    '&Structures concernées':
        '&Organisations involved',
    '&Type':
        '&Kind',
    'Accepte de nouveaux patients comme médecin traitant':
        'Takes new patients as attending GP',
    'Aider à trouver un médecin traitant':
        'Help find an attending GP',
    'Appeler la personne (J+2 après la sortie)':
        'Call the person (day 2 after discharge)',
    'Autre rupture de parcours':
        'Other break in the pathway',
    'Clic droit ou F4 : marquer comme fait (noté au journal)':
        'Right-click or F4: mark as done (logged in the journal)',
    'Commune ou code postal':
        'Town or postcode',
    'Coordination complexe avec un PPCS':
        'Complex coordination with a care plan (PPCS)',
    'Critère de situation complexe':
        'Complex-situation criterion',
    'Demande le':
        'Asked on',
    'Droits non ouverts':
        'Rights not opened',
    'Ex. : CH de Charleville, service de cardiologie':
        'E.g.: Charleville hospital, cardiology ward',
    'Ex. : aide aux démarches, portage de repas':
        'E.g.: help with paperwork, meals on wheels',
    'Ex. : arabe, français':
        'E.g.: Arabic, French',
    'Ex. : du lundi au vendredi, 9 h – 17 h':
        'E.g.: Monday to Friday, 9 am – 5 pm',
    'Examens redondants (qui prescrit quoi et quand)':
        'Redundant tests (who prescribes what and when)',
    'Faible recours aux soins (isolement)':
        'Little use of care (isolation)',
    'Information sur les ressources':
        'Information on resources',
    'Interprétariat':
        'Interpreting',
    'Intervention de plusieurs acteurs nécessaire':
        'Several actors needed',
    'Intrication des maladies avec une dépendance':
        'Illnesses entangled with dependency',
    'La liste par priorité, les propositions de médecins et leurs réponses':
        'The list by priority, the doctors proposed and the answers',
    'La même version pour la personne, pour une vue basse':
        'The same version for the person, for low vision',
    'Langues parlées':
        'Languages spoken',
    'Les deux volets sont réunis : situation complexe au sens du dispositif.':
        'Both sides are met: a complex situation as the service defines it.',
    'Marquer comme fait':
        'Mark as done',
    'Marquer comme fait…':
        'Mark as done…',
    'Médecin à proposer':
        'Doctor to propose',
    'Médecins acceptant de nouveaux patients :':
        'Doctors taking new patients:',
    'Note du coordinateur':
        "Coordinator's note",
    'Note pour le journal':
        'Note for the journal',
    'Par priorité : ALD, plus de 70 ans, précarité, avis du coordinateur, puis la demande la plus ancienne.':
        "By priority: long-term illness (ALD), over 70, precarity, the coordinator's view, then the oldest request.",
    'Pas de médecin traitant':
        'No attending GP',
    'Personnes cherchant un &médecin traitant…':
        'People looking for an attending &GP…',
    'Personnes cherchant un médecin traitant':
        'People looking for an attending GP',
    'Plusieurs maladies et/ou plusieurs ALD':
        'Several illnesses and/or several long-term illnesses (ALD)',
    'Pour la personne, en très &gros caractères (18 points)':
        'For the person, in very &large print (18 points)',
    'Pourquoi ce niveau de service':
        'Why this level of service',
    'Pratiques de santé inadaptées':
        'Unsuited health practices',
    'Prendre contact avec le médecin traitant':
        'Contact the attending GP',
    'Priorité':
        'Priority',
    'Proposition en attente : {gp}':
        'Proposal awaiting an answer: {gp}',
    'Propositions en attente':
        'Proposals awaiting an answer',
    'R&uptures de parcours':
        'Br&eaks in the pathway',
    'Rang':
        'Rank',
    'Récit':
        'Account',
    'Réponse : &acceptée':
        'Answer: &accepted',
    'Réponse : &refusée':
        'Answer: &refused',
    'Soins délégués à la ville sans vérifier leur faisabilité':
        'Care delegated to primary care without checking it is feasible',
    'Sévérité des pathologies':
        'Severity of the illnesses',
    'Types de service':
        'Kinds of service',
    'Types de structure en cause':
        'Types of organisation involved',
    'Tâche faite':
        'Task done',
    'Tâches de coordination (médecin traitant, appels)':
        'Coordination tasks (attending GP, calls)',
    'Un interprète est nécessaire':
        'An interpreter is needed',
    'Une page pour le demandeur : les services qui répondent au besoin':
        'One page for the requester: the services that meet the need',
    'Valider &sans le contact avec le médecin traitant, parce que :':
        'Validate &without the GP contact, because:',
    'Volet manquant : {sides}.':
        'Side missing: {sides}.',
    'Volet médical':
        'Medical side',
    'Volet psycho-social':
        'Psycho-social side',
    'Vulnérabilité sociale':
        'Social vulnerability',
    'avis du coordinateur':
        "coordinator's view",
    'médical':
        'medical',
    'plus de 70 ans':
        'over 70',
    'pour la personne, en gros caractères':
        'for the person, in large print',
    'précarité':
        'precarity',
    'psycho-social':
        'psycho-social',
    '« {title} » : notez ce qui a été dit ou fait. La note est ajoutée au journal du patient.':
        "“{title}”: note what was said or done. The note is added to the patient's journal.",
    'Équilibre non atteint depuis plusieurs mois':
        'Balance not reached for several months',
    '— à décider —':
        '— to be decided —',
    # The patient window when the base is busy (coordapp/ui/patient/busy_retry.py)
    "Annuler l'attente":
        'Stop waiting',
    'Réessayer':
        'Try again',
    'Enregistrement annulé : vos saisies sont toujours dans le formulaire, non enregistrées.':
        'Save cancelled: what you typed is still in the form, not saved.',
    'Base occupée, enregistrement en attente… Une autre fenêtre ou un autre programme écrit ; vos saisies restent dans le formulaire.':
        'Database busy, save waiting… Another window or program is writing; what you typed stays in the form.',
    '{busy} Vos saisies sont conservées dans le formulaire : « Réessayer » les enregistre.':
        '{busy} What you typed is kept in the form: “Try again” saves it.',
}
