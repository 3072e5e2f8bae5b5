<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>AboutBox</name>
    <message>
        <source>À propos de CoordApp</source>
        <translation>About CoordApp</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CoordApp {version}&lt;/h3&gt;&lt;p&gt;Suivi des situations complexes et plans personnalisés de coordination (PPCS), hors ligne et chiffré.&lt;/p&gt;&lt;p&gt;Base de données :&lt;br&gt;&lt;code&gt;{path}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Votre code de récupération est le seul moyen d&apos;ouvrir la base si vous oubliez votre phrase de passe&lt;/b&gt; : personne d&apos;autre ne peut la retrouver. Gardez-le sur papier, en lieu sûr.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CoordApp {version}&lt;/h3&gt;&lt;p&gt;Follow-up of complex situations and personalised care coordination plans (PPCS), offline and encrypted.&lt;/p&gt;&lt;p&gt;Database:&lt;br&gt;&lt;code&gt;{path}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Your recovery code is the only way to open the database if you forget your passphrase&lt;/b&gt;: nobody else can recover it. Keep it on paper, in a safe place.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Logiciel libre sous licence EUPL-1.2. Il utilise Qt (LGPL-3.0) et d&apos;autres composants libres : voir « Licences… ».</source>
        <translation>Free software under the EUPL-1.2 licence. It uses Qt (LGPL-3.0) and other free components: see &quot;Licences…&quot;.</translation>
    </message>
    <message>
        <source>Licences…</source>
        <translation>Licences…</translation>
    </message>
</context>
<context>
    <name>ActionForm</name>
    <message>
        <source> (jusqu&apos;au {date})</source>
        <translation> (until {date})</translation>
    </message>
    <message>
        <source>Ce qui est fait, concrètement</source>
        <extracomment>The user closed the action in the dialog (status, result and date are set).</extracomment>
        <translation>What is done, in practice</translation>
    </message>
    <message>
        <source>ex. chaque semaine</source>
        <translation>e.g. every week</translation>
    </message>
    <message>
        <source>Ce qui a été obtenu, ou pourquoi l&apos;action a été annulée</source>
        <translation>What was achieved, or why the action was cancelled</translation>
    </message>
    <message>
        <source>C&amp;lore l&apos;action…</source>
        <translation>C&amp;lose the action…</translation>
    </message>
    <message>
        <source>&amp;Action :</source>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <source>&amp;Responsable :</source>
        <translation>&amp;Responsible:</translation>
    </message>
    <message>
        <source>&amp;Début :</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>Éc&amp;héance :</source>
        <translation>&amp;Due:</translation>
    </message>
    <message>
        <source>&amp;Fréquence :</source>
        <translation>&amp;Frequency:</translation>
    </message>
    <message>
        <source>S&amp;tatut :</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Réalisée l&amp;e :</source>
        <translation>Done &amp;on:</translation>
    </message>
    <message>
        <source>Résu&amp;ltat :</source>
        <translation>Resu&amp;lt:</translation>
    </message>
    <message>
        <source>— à désigner —</source>
        <translation>— to be assigned —</translation>
    </message>
    <message>
        <source>Objectif : {goal}</source>
        <translation>Goal: {goal}</translation>
    </message>
    <message>
        <source>Nouvelle action</source>
        <translation>New action</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>ActionStatus</name>
    <message>
        <source>Prévue</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>En cours</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Réalisée</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Annulée</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>ActivityReportDialog</name>
    <message>
        <source>Rapport d&apos;activité</source>
        <extracomment>The report was written: its path. &quot;Aperçu avant impression…&quot; after saving a PDF: its path.</extracomment>
        <translation>Activity report</translation>
    </message>
    <message>
        <source>&amp;PDF, à imprimer ou à diffuser</source>
        <translation>&amp;PDF, to print or share</translation>
    </message>
    <message>
        <source>&amp;CSV, pour un tableur (séparateur « ; »)</source>
        <translation>&amp;CSV, for a spreadsheet (“;” separator)</translation>
    </message>
    <message>
        <source>Un rapport anonyme de l&apos;activité sur la période : demandes, réponses, inclusions, PPCS, besoins non couverts. Aucun nom n&apos;y figure.</source>
        <translation>An anonymous report of the activity over the period: requests, answers, inclusions, care plans, unmet needs. No name appears in it.</translation>
    </message>
    <message>
        <source>&amp;Du :</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>A&amp;u :</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Format :</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>&amp;Enregistrer…</source>
        <translation>&amp;Save…</translation>
    </message>
    <message>
        <source>&amp;Aperçu avant impression…</source>
        <translation>Print &amp;preview…</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>La fin de la période précède son début.</source>
        <translation>The end of the period is before its start.</translation>
    </message>
    <message>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Fichiers CSV (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Enregistrer le rapport d&apos;activité</source>
        <translation>Save the activity report</translation>
    </message>
    <message>
        <source>Rapport enregistré : {path}</source>
        <translation>Report saved: {path}</translation>
    </message>
</context>
<context>
    <name>AdverbGrid</name>
    <message>
        <source>Adverbes (guide AGGIR 2008) : la personne fait-elle seule…</source>
        <extracomment>A box was ticked or unticked.</extracomment>
        <translation>Adverbs (2008 AGGIR guide): does the person do it alone…</translation>
    </message>
    <message>
        <source>Aucun</source>
        <translation>None</translation>
    </message>
    <message>
        <source>{unit} : ne fait pas</source>
        <translation>{unit}: does not do it</translation>
    </message>
    <message>
        <source>{unit} : ne fait pas (aucun adverbe)</source>
        <translation>{unit}: does not do it (no adverb)</translation>
    </message>
</context>
<context>
    <name>Aggir</name>
    <message>
        <source>Cohérence</source>
        <translation>Coherence</translation>
    </message>
    <message>
        <source>converser, se comporter de façon sensée</source>
        <translation>converse and behave sensibly</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>se repérer dans le temps et les lieux</source>
        <translation>find one&apos;s way in time and place</translation>
    </message>
    <message>
        <source>Toilette</source>
        <translation>Washing</translation>
    </message>
    <message>
        <source>se laver seul, spontanément, haut et bas du corps</source>
        <translation>washing alone, unprompted, upper and lower body</translation>
    </message>
    <message>
        <source>Habillage</source>
        <translation>Dressing</translation>
    </message>
    <message>
        <source>s&apos;habiller, se déshabiller</source>
        <translation>dress and undress</translation>
    </message>
    <message>
        <source>Alimentation</source>
        <translation>Eating</translation>
    </message>
    <message>
        <source>se servir et manger</source>
        <translation>serve oneself and eat</translation>
    </message>
    <message>
        <source>Élimination</source>
        <translation>Elimination</translation>
    </message>
    <message>
        <source>hygiène urinaire et fécale</source>
        <translation>urinary and bowel hygiene</translation>
    </message>
    <message>
        <source>Transferts</source>
        <translation>Transfers</translation>
    </message>
    <message>
        <source>se lever, se coucher, s&apos;asseoir</source>
        <translation>get up, lie down, sit down</translation>
    </message>
    <message>
        <source>Déplacements intérieurs</source>
        <translation>Moving indoors</translation>
    </message>
    <message>
        <source>se déplacer dans le logement</source>
        <translation>move around the home</translation>
    </message>
    <message>
        <source>Déplacements extérieurs</source>
        <translation>Moving outdoors</translation>
    </message>
    <message>
        <source>sortir du logement</source>
        <translation>go out of the home</translation>
    </message>
    <message>
        <source>Communication à distance</source>
        <translation>Remote communication</translation>
    </message>
    <message>
        <source>téléphone, alarme, sonnette</source>
        <translation>telephone, alarm, doorbell</translation>
    </message>
    <message>
        <source>Gestion</source>
        <translation>Management</translation>
    </message>
    <message>
        <source>budget, papiers, démarches</source>
        <translation>budget, paperwork, formalities</translation>
    </message>
    <message>
        <source>Cuisine</source>
        <translation>Cooking</translation>
    </message>
    <message>
        <source>préparer ses repas</source>
        <translation>prepare one&apos;s meals</translation>
    </message>
    <message>
        <source>Ménage</source>
        <translation>Housework</translation>
    </message>
    <message>
        <source>entretenir son logement</source>
        <translation>keep one&apos;s home clean</translation>
    </message>
    <message>
        <source>Transports</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>prendre un moyen de transport</source>
        <translation>use a means of transport</translation>
    </message>
    <message>
        <source>Achats</source>
        <translation>Shopping</translation>
    </message>
    <message>
        <source>faire ses courses</source>
        <translation>do one&apos;s shopping</translation>
    </message>
    <message>
        <source>Suivi du traitement</source>
        <translation>Following treatment</translation>
    </message>
    <message>
        <source>prendre ses médicaments comme prescrit</source>
        <translation>take one&apos;s medicines as prescribed</translation>
    </message>
    <message>
        <source>Activités de temps libre</source>
        <translation>Leisure activities</translation>
    </message>
    <message>
        <source>loisirs, vie sociale</source>
        <translation>hobbies, social life</translation>
    </message>
    <message>
        <source>A : fait seul, spontanément, totalement, correctement et habituellement</source>
        <translation>A: does it alone, unprompted, fully, properly and usually</translation>
    </message>
    <message>
        <source>B : fait partiellement, ou pas habituellement, ou pas correctement</source>
        <translation>B: does it partly, or not usually, or not correctly</translation>
    </message>
    <message>
        <source>C : ne fait pas</source>
        <translation>C: does not do it</translation>
    </message>
    <message>
        <source>Spontanément</source>
        <translation>Unprompted</translation>
    </message>
    <message>
        <source>Totalement</source>
        <translation>Fully</translation>
    </message>
    <message>
        <source>Correctement</source>
        <translation>Properly</translation>
    </message>
    <message>
        <source>Habituellement</source>
        <translation>Usually</translation>
    </message>
    <message>
        <source>Toilette du haut</source>
        <translation>Washing, upper body</translation>
    </message>
    <message>
        <source>Toilette du bas</source>
        <translation>Washing, lower body</translation>
    </message>
    <message>
        <source>Habillage du haut</source>
        <translation>Dressing, upper body</translation>
    </message>
    <message>
        <source>Habillage moyen</source>
        <translation>Dressing, middle (fastening)</translation>
    </message>
    <message>
        <source>Habillage du bas</source>
        <translation>Dressing, lower body</translation>
    </message>
    <message>
        <source>Se servir</source>
        <translation>Serving oneself</translation>
    </message>
    <message>
        <source>Manger</source>
        <translation>Eating</translation>
    </message>
    <message>
        <source>Élimination urinaire</source>
        <translation>Urinary hygiene</translation>
    </message>
    <message>
        <source>Élimination fécale</source>
        <translation>Bowel hygiene</translation>
    </message>
</context>
<context>
    <name>AggirForm</name>
    <message>
        <source>Tapez A, B ou C sur chaque ligne : le curseur passe à la suivante. A = fait seul, spontanément, totalement, correctement et habituellement ; B = en partie ; C = ne fait pas. Ou cochez les adverbes : la lettre en découle.</source>
        <extracomment>An answer changed (the GIR shown is already up to date).</extracomment>
        <translation>Type A, B or C on each line: the cursor moves to the next one. A = does it alone, unprompted, fully, properly and usually; B = partly; C = does not do it. Or tick the adverbs: the letter follows.</translation>
    </message>
    <message>
        <source>Variables discriminantes (calcul du GIR)</source>
        <translation>Discriminant variables (GIR calculation)</translation>
    </message>
    <message>
        <source>Variables illustratives (hors calcul)</source>
        <translation>Illustrative variables (not in the calculation)</translation>
    </message>
    <message>
        <source>Motif du forçage (obligatoire)</source>
        <translation>Reason for the override (required)</translation>
    </message>
    <message>
        <source>{variable} : motif du forçage</source>
        <translation>{variable}: reason for the override</translation>
    </message>
    <message>
        <source>Résultat :</source>
        <translation>Result:</translation>
    </message>
    <message>
        <source>GIR —</source>
        <translation>GIR —</translation>
    </message>
    <message>
        <source>{n} variables discriminantes sur 10 renseignées</source>
        <translation>{n} of 10 discriminant variables filled in</translation>
    </message>
    <message>
        <source>GIR {gir}</source>
        <translation>GIR {gir}</translation>
    </message>
    <message>
        <source>rang {rank} (groupe {group} de l&apos;algorithme)</source>
        <translation>rank {rank} (group {group} of the algorithm)</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Répondre à la demande</source>
        <translation>Answer the request</translation>
    </message>
    <message>
        <source>Demande reçue le {date} : {reason}</source>
        <translation>Request received on {date}: {reason}</translation>
    </message>
    <message>
        <source>Ce qui a été répondu, à qui, la suite…</source>
        <translation>What was answered, to whom, next steps…</translation>
    </message>
    <message>
        <source>La personne vient d&apos;être informée de l&apos;accompagnement et de son &amp;droit d&apos;opposition (l&apos;enregistrer)</source>
        <translation>The person has just been informed of the support and of their &amp;right to object (record it)</translation>
    </message>
    <message>
        <source>Enregistrer la réponse</source>
        <translation>Save the answer</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Réponse</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Le dossier passera au statut « Actif », inclus aujourd&apos;hui.</source>
        <translation>The file will become “Active”, included today.</translation>
    </message>
    <message>
        <source>Oral</source>
        <translation>Orally</translation>
    </message>
</context>
<context>
    <name>AnswerStep</name>
    <message>
        <source>&amp;Inclure : la personne est accompagnée (dossier actif)</source>
        <translation>&amp;Include: the person is supported (active file)</translation>
    </message>
    <message>
        <source>Information ou &amp;orientation seulement</source>
        <translation>Information or &amp;referral only</translation>
    </message>
    <message>
        <source>À traiter plus &amp;tard (demande en attente)</source>
        <translation>Deal with it &amp;later (pending request)</translation>
    </message>
    <message>
        <source>La personne a été informée de l&apos;accompagnement et de son &amp;droit d&apos;opposition</source>
        <translation>The person was informed of the support and of their &amp;right to object</translation>
    </message>
    <message>
        <source>Oral, par téléphone</source>
        <translation>Orally, by phone</translation>
    </message>
    <message>
        <source>Oral, lors de la visite à domicile</source>
        <translation>Orally, during the home visit</translation>
    </message>
    <message>
        <source>Notice d&apos;information remise et expliquée</source>
        <translation>Information leaflet given and explained</translation>
    </message>
    <message>
        <source>Comment la personne a été informée</source>
        <translation>How the person was informed</translation>
    </message>
    <message>
        <source>si la personne est représentée : tuteur, personne de confiance…</source>
        <translation>if the person is represented: guardian, trusted person…</translation>
    </message>
    <message>
        <source>Information donnée à</source>
        <translation>Information given to</translation>
    </message>
    <message>
        <source>Enregistrer aussi la personne (dossier au statut « Demande »)</source>
        <translation>Also record the person (file with status “Request”)</translation>
    </message>
    <message>
        <source>Ce qui a été répondu, à qui, la suite…</source>
        <translation>What was answered, to whom, next steps…</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Donnée à</source>
        <translation>Given to</translation>
    </message>
    <message>
        <source>Réponse</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Note sur la réponse</source>
        <translation>Note on the answer</translation>
    </message>
    <message>
        <source>Un dossier actif sera créé, la demande répondue « Inclusion » (la personne doit avoir été informée).</source>
        <translation>An active file will be created and the request answered “Inclusion” (the person must have been informed).</translation>
    </message>
    <message>
        <source>Le dossier existant sera actif, la demande répondue « Inclusion » (la personne doit avoir été informée).</source>
        <translation>The existing file will become active and the request answered “Inclusion” (the person must have been informed).</translation>
    </message>
    <message>
        <source>La demande est rattachée au dossier existant, sans changer son statut.</source>
        <translation>The request is linked to the existing file, without changing its status.</translation>
    </message>
    <message>
        <source>Un dossier au statut « Demande » sera créé ; la demande reste à traiter.</source>
        <translation>A file with status “Request” will be created; the request remains to be dealt with.</translation>
    </message>
    <message>
        <source>La demande est rattachée au dossier existant et reste à traiter.</source>
        <translation>The request is linked to the existing file and remains to be dealt with.</translation>
    </message>
    <message>
        <source>Un dossier au statut « Demande » sera créé.</source>
        <translation>A file with status “Request” will be created.</translation>
    </message>
    <message>
        <source>Aucun dossier ne sera créé : la demande est enregistrée seule.</source>
        <translation>No file will be created: only the request is recorded.</translation>
    </message>
</context>
<context>
    <name>AssessmentForm</name>
    <message>
        <source>Enregistrer l&apos;évaluation</source>
        <extracomment>Shown while the base is busy: the save waits, tries again, can be cancelled.</extracomment>
        <translation>Save the assessment</translation>
    </message>
    <message>
        <source>Ctrl+Entrée</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Autonomie (AGGIR)</source>
        <translation>&amp;Autonomy (AGGIR)</translation>
    </message>
    <message>
        <source>Aidan&amp;t (Zarit)</source>
        <translation>Care&amp;giver (Zarit)</translation>
    </message>
    <message>
        <source>&amp;Situation complexe et niveau de service</source>
        <translation>Complex &amp;situation and level of service</translation>
    </message>
    <message>
        <source>Comple&amp;xité et notes</source>
        <translation>Comple&amp;xity and notes</translation>
    </message>
    <message>
        <source>Dat&amp;e :</source>
        <translation>Dat&amp;e:</translation>
    </message>
    <message>
        <source>Facteurs de complexité {kind}</source>
        <translation>{kind} complexity factors</translation>
    </message>
    <message>
        <source>Notes par domaine</source>
        <translation>Notes by area</translation>
    </message>
    <message>
        <source>Nouvelle évaluation</source>
        <translation>New assessment</translation>
    </message>
    <message>
        <source>Évaluation du {date}</source>
        <translation>Assessment of {date}</translation>
    </message>
    <message>
        <source>Zarit : {given} réponses sur {count}. Complétez la grille ou choisissez « Non réalisée ».</source>
        <translation>Zarit: {given} answers out of {count}. Complete the grid or choose “Not done”.</translation>
    </message>
    <message>
        <source>Zarit —</source>
        <translation>Zarit —</translation>
    </message>
    <message>
        <source>Zarit {total}</source>
        <translation>Zarit {total}</translation>
    </message>
</context>
<context>
    <name>AssessmentTab</name>
    <message>
        <source>&amp;Nouvelle évaluation</source>
        <extracomment>A PPCS draft was created from the proposal (its id): the PPCS tab shows it.</extracomment>
        <translation>&amp;New assessment</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Modifier</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Besoins suggérés</source>
        <translation>Suggested &amp;needs</translation>
    </message>
    <message>
        <source>Aucune évaluation pour l&apos;instant : « Nouvelle évaluation » (Ctrl+N) pour saisir la grille AGGIR, le Zarit et les facteurs de complexité.</source>
        <translation>No assessment yet: “New assessment” (Ctrl+N) to fill in the AGGIR grid, the Zarit and the complexity factors.</translation>
    </message>
    <message>
        <source>Comparaison et évolution du GIR</source>
        <translation>Comparison and GIR trend</translation>
    </message>
    <message>
        <source>Dossier clôturé : les évaluations sont en lecture seule.</source>
        <translation>Closed file: the assessments are read-only.</translation>
    </message>
    <message>
        <source>Abandonner la saisie de cette évaluation ?</source>
        <translation>Discard this assessment?</translation>
    </message>
    <message>
        <source>Évaluation</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>{n} évaluations choisies.</source>
        <translation>{n} assessments selected.</translation>
    </message>
    <message>
        <source>Toutes les évaluations ; sélectionnez-en plusieurs (Ctrl+clic, Maj+flèches) pour n&apos;en comparer que certaines.</source>
        <translation>All assessments; select several (Ctrl+click, Shift+arrows) to compare only some of them.</translation>
    </message>
</context>
<context>
    <name>Assessments</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>GIR</source>
        <translation>GIR</translation>
    </message>
    <message>
        <source>Zarit</source>
        <translation>Zarit</translation>
    </message>
    <message>
        <source>Fardeau de l&apos;aidant</source>
        <translation>Caregiver burden</translation>
    </message>
    <message>
        <source>Facteurs</source>
        <translation>Factors</translation>
    </message>
    <message>
        <source>Évaluateur</source>
        <translation>Assessor</translation>
    </message>
    <message>
        <source>Changé depuis l&apos;évaluation précédente ({before})</source>
        <translation>Changed since the previous assessment ({before})</translation>
    </message>
</context>
<context>
    <name>AudienceChoice</name>
    <message>
        <source>Pour la &amp;personne (gros caractères)</source>
        <translation>For the &amp;person (large print)</translation>
    </message>
    <message>
        <source>Des mots simples, en grands caractères, avec « Qui appeler ? » en première page</source>
        <translation>Plain words in large print, with “Whom to call?” on the first page</translation>
    </message>
    <message>
        <source>Pour la personne, en très &amp;gros caractères (18 points)</source>
        <translation>For the person, in very &amp;large print (18 points)</translation>
    </message>
    <message>
        <source>La même version pour la personne, pour une vue basse</source>
        <translation>The same version for the person, for low vision</translation>
    </message>
    <message>
        <source>Pour l&apos;é&amp;quipe (PPCS complet)</source>
        <translation>For the &amp;team (full care plan)</translation>
    </message>
    <message>
        <source>Les quatre parties du PPCS de la HAS</source>
        <translation>The four parts of the HAS care plan</translation>
    </message>
</context>
<context>
    <name>AudienceDialog</name>
    <message>
        <source>Imprimer le PPCS</source>
        <translation>Print the care plan</translation>
    </message>
    <message>
        <source>&amp;Aperçu avant impression…</source>
        <translation>Print &amp;preview…</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Quelle version du PPCS imprimer ?</source>
        <translation>Which version of the care plan to print?</translation>
    </message>
</context>
<context>
    <name>BusyRetry</name>
    <message>
        <source>Annuler l&apos;attente</source>
        <extracomment>How long one try waits for the write lock (the window is frozen meanwhile). The pause between two tries (the window answers meanwhile).</extracomment>
        <translation>Stop waiting</translation>
    </message>
    <message>
        <source>Réessayer</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Enregistrement annulé : vos saisies sont toujours dans le formulaire, non enregistrées.</source>
        <translation>Save cancelled: what you typed is still in the form, not saved.</translation>
    </message>
    <message>
        <source>Base occupée, enregistrement en attente… Une autre fenêtre ou un autre programme écrit ; vos saisies restent dans le formulaire.</source>
        <translation>Database busy, save waiting… Another window or program is writing; what you typed stays in the form.</translation>
    </message>
    <message>
        <source>{busy} Vos saisies sont conservées dans le formulaire : « Réessayer » les enregistre.</source>
        <translation>{busy} What you typed is kept in the form: “Try again” saves it.</translation>
    </message>
</context>
<context>
    <name>CardDialog</name>
    <message>
        <source>Ajouter un collègue</source>
        <translation>Add a colleague</translation>
    </message>
    <message>
        <source>Collez la carte de visite reçue de votre collègue :</source>
        <translation>Paste the card your colleague sent you:</translation>
    </message>
</context>
<context>
    <name>CareTeamTab</name>
    <message>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Profession ou lien</source>
        <translation>Profession or relationship</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Depuis le</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Jusqu&apos;au</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Aidant principal</source>
        <translation>Main caregiver</translation>
    </message>
    <message>
        <source>Ajouter depuis l&apos;&amp;annuaire…</source>
        <translation>Add from the &amp;directory…</translation>
    </message>
    <message>
        <source>Ajouter un p&amp;roche…</source>
        <translation>Add a &amp;relative…</translation>
    </message>
    <message>
        <source>&amp;Fin d&apos;intervention…</source>
        <translation>&amp;End of involvement…</translation>
    </message>
    <message>
        <source>Le membre reste visible dans l&apos;historique du cercle de soins</source>
        <translation>The member stays visible in the care circle&apos;s history</translation>
    </message>
    <message>
        <source>Fin d&apos;intervention</source>
        <translation>End of involvement</translation>
    </message>
    <message>
        <source>{name} ({role}) n&apos;intervient plus auprès de la personne.</source>
        <translation>{name} ({role}) is no longer involved with the person.</translation>
    </message>
    <message>
        <source>Dernier jour</source>
        <translation>Last day</translation>
    </message>
</context>
<context>
    <name>CarerDialog</name>
    <message>
        <source>Ajouter un proche au cercle de soins</source>
        <translation>Add a relative to the care circle</translation>
    </message>
    <message>
        <source>Prénom et nom</source>
        <translation>First name and surname</translation>
    </message>
    <message>
        <source>Époux</source>
        <translation>Husband</translation>
    </message>
    <message>
        <source>Épouse</source>
        <translation>Wife</translation>
    </message>
    <message>
        <source>Fille</source>
        <translation>Daughter</translation>
    </message>
    <message>
        <source>Fils</source>
        <translation>Son</translation>
    </message>
    <message>
        <source>Belle-fille</source>
        <translation>Daughter-in-law</translation>
    </message>
    <message>
        <source>Gendre</source>
        <translation>Son-in-law</translation>
    </message>
    <message>
        <source>Petite-fille</source>
        <translation>Granddaughter</translation>
    </message>
    <message>
        <source>Petit-fils</source>
        <translation>Grandson</translation>
    </message>
    <message>
        <source>Sœur</source>
        <translation>Sister</translation>
    </message>
    <message>
        <source>Frère</source>
        <translation>Brother</translation>
    </message>
    <message>
        <source>Nièce</source>
        <translation>Niece</translation>
    </message>
    <message>
        <source>Neveu</source>
        <translation>Nephew</translation>
    </message>
    <message>
        <source>Voisin(e)</source>
        <translation>Neighbour</translation>
    </message>
    <message>
        <source>Ami(e)</source>
        <translation>Friend</translation>
    </message>
    <message>
        <source>06 12 34 56 78</source>
        <translation>06 12 34 56 78</translation>
    </message>
    <message>
        <source>Aidant principal</source>
        <translation>Main caregiver</translation>
    </message>
    <message>
        <source>Nom (obligatoire)</source>
        <translation>Name (required)</translation>
    </message>
    <message>
        <source>Lien</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Depuis le</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Ajouter</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Indiquez le nom du proche.</source>
        <translation>Enter the relative&apos;s name.</translation>
    </message>
    <message>
        <source>Aidant</source>
        <translation>Caregiver</translation>
    </message>
</context>
<context>
    <name>CaseloadTableModel</name>
    <message>
        <source>Nom</source>
        <extracomment>Columns whose text can be long: the full text is in the tooltip. The order each column sorts in (``CaseloadService.page``&apos;s ``sort``); the age sorts by birth date the other way round. Patients matching the current query, after each ``set_query`` or ``sort`` (-1: not counted yet, the index is loading). A page could not be read; the French message is for the user. While the caseload index loads on a worker: the first lines, read by SQL.</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Prénom(s)</source>
        <translation>First name(s)</translation>
    </message>
    <message>
        <source>Naissance</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Âge</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Médecin traitant</source>
        <translation>GP</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Référent</source>
        <translation>Referent</translation>
    </message>
    <message>
        <source>Sans médecin traitant</source>
        <translation>No GP</translation>
    </message>
</context>
<context>
    <name>CaseloadView</name>
    <message>
        <source>Rechercher un nom, un NIR, une commune…</source>
        <extracomment>Sample texts sizing each column (the last one stretches). A patient row was activated (Enter, double-click): open this patient&apos;s file. The caseload index loaded in the background is ready (``load_in_background``).</extracomment>
        <translation>Search for a name, a NIR, a town…</translation>
    </message>
    <message>
        <source>Tous</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Statut du dossier</source>
        <translation>Case status</translation>
    </message>
    <message>
        <source>Calcul…</source>
        <extracomment>Ctrl+F; a window with its own &quot;Rechercher&quot; action disables it (no ambiguity).</extracomment>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>Aucun patient</source>
        <translation>No patients</translation>
    </message>
    <message>
        <source>1 patient</source>
        <translation>1 patient</translation>
    </message>
    <message>
        <source>{count} patients</source>
        <translation>{count} patients</translation>
    </message>
</context>
<context>
    <name>CloseActionDialog</name>
    <message>
        <source>Clore l&apos;action</source>
        <translation>Close the action</translation>
    </message>
    <message>
        <source>&amp;Réalisée</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <source>A&amp;nnulée</source>
        <translation>Ca&amp;ncelled</translation>
    </message>
    <message>
        <source>Action :</source>
        <translation>Action:</translation>
    </message>
    <message>
        <source>Issue :</source>
        <translation>Outcome:</translation>
    </message>
    <message>
        <source>Résultat ou &amp;motif :</source>
        <translation>Result or &amp;reason:</translation>
    </message>
    <message>
        <source>Réalisée &amp;le :</source>
        <translation>Done &amp;on:</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Indiquez le résultat de l&apos;action (ou le motif de son annulation).</source>
        <translation>Enter the result of the action (or the reason it was cancelled).</translation>
    </message>
    <message>
        <source>Date de réalisation : une date passée ou d&apos;aujourd&apos;hui, au format JJ/MM/AAAA.</source>
        <translation>Completion date: a past date or today, as DD/MM/YYYY.</translation>
    </message>
</context>
<context>
    <name>ClosureReason</name>
    <message>
        <source>Objectifs atteints</source>
        <translation>Goals reached</translation>
    </message>
    <message>
        <source>Déménagement</source>
        <translation>Moved away</translation>
    </message>
    <message>
        <source>Entrée en établissement</source>
        <translation>Entered a care home</translation>
    </message>
    <message>
        <source>Décès</source>
        <translation>Deceased</translation>
    </message>
    <message>
        <source>Refus de la personne</source>
        <translation>Refused by the person</translation>
    </message>
    <message>
        <source>Relais passé</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <source>Autre motif</source>
        <translation>Other reason</translation>
    </message>
</context>
<context>
    <name>ColleaguesPage</name>
    <message>
        <source>Copier la carte</source>
        <extracomment>Ask the Synchronisation page to run ``colleagues.send_to`` with these options.</extracomment>
        <translation>Copy the card</translation>
    </message>
    <message>
        <source>Ma carte de visite</source>
        <translation>My card</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Empreinte</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Dernier échange</source>
        <translation>Last exchange</translation>
    </message>
    <message>
        <source>Derniers envois</source>
        <translation>Last sent</translation>
    </message>
    <message>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Envoyer…</source>
        <translation>Send…</translation>
    </message>
    <message>
        <source>Ajouter par sa carte…</source>
        <translation>Add from their card…</translation>
    </message>
    <message>
        <source>Ajouter depuis un paquet reçu…</source>
        <translation>Add from a received bundle…</translation>
    </message>
    <message>
        <source>Révoquer…</source>
        <translation>Revoke…</translation>
    </message>
    <message>
        <source>tous les patients</source>
        <translation>all patients</translation>
    </message>
    <message>
        <source>ceux dont ils sont référents ou dont le cercle de soins comprend leur structure</source>
        <translation>those they are the referent of, or whose care team includes their organisation</translation>
    </message>
    <message>
        <source>Envoyer aux collègues :</source>
        <translation>Send colleagues:</translation>
    </message>
    <message>
        <source>Empreinte à lire à vos collègues : {words} ({fp})</source>
        <translation>Fingerprint to read to your colleagues: {words} ({fp})</translation>
    </message>
    <message>
        <source>{count} paquet(s) ; le {date} : {patients} patient(s), {ops} opération(s)</source>
        <translation>{count} bundle(s); on {date}: {patients} patient(s), {ops} operation(s)</translation>
    </message>
    <message>
        <source>rien envoyé</source>
        <translation>nothing sent</translation>
    </message>
    <message>
        <source>révoqué le {date}</source>
        <translation>revoked on {date}</translation>
    </message>
    <message>
        <source>de confiance</source>
        <translation>trusted</translation>
    </message>
    <message>
        <source>à vérifier</source>
        <translation>to be checked</translation>
    </message>
    <message>
        <source>jamais</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Carte copiée : envoyez-la à vos collègues, puis lisez-leur l&apos;empreinte au téléphone.</source>
        <translation>Card copied: send it to your colleagues, then read them the fingerprint on the phone.</translation>
    </message>
    <message>
        <source>{name} ajouté(e). Comparez au téléphone son empreinte : {words}.</source>
        <translation>{name} added. Compare their fingerprint on the phone: {words}.</translation>
    </message>
    <message>
        <source>Paquet reçu</source>
        <translation>Received bundle</translation>
    </message>
    <message>
        <source>Paquets CoordApp (*.coordbundle)</source>
        <translation>CoordApp bundles (*.coordbundle)</translation>
    </message>
    <message>
        <source>Poste de {name} révoqué : ses paquets seront refusés.</source>
        <translation>{name}&apos;s device revoked: their bundles will be refused.</translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord un collègue.</source>
        <translation>Choose a colleague first.</translation>
    </message>
    <message>
        <source>Révoquer</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <source>Refuser désormais tout paquet du poste de {name} ? Ce qui a déjà été importé reste.</source>
        <translation>Refuse every bundle from {name}&apos;s device from now on? What was already imported stays.</translation>
    </message>
    <message>
        <source>Pour {name} : {file} ({patients} patient(s), {ops} opération(s)).</source>
        <translation>For {name}: {file} ({patients} patient(s), {ops} operation(s)).</translation>
    </message>
</context>
<context>
    <name>CommuneEdit</name>
    <message>
        <source>Commune, code postal ou code INSEE</source>
        <extracomment>The INSEE code changed (chosen, typed or cleared).</extracomment>
        <translation>Commune, postal code or INSEE code</translation>
    </message>
    <message>
        <source>Tapez le nom de la commune de naissance, son code postal ou son code INSEE, puis choisissez-la dans la liste : le code INSEE suit. Pour une personne née à l&apos;étranger : 99 suivi du code du pays (ex. 99350 pour le Maroc).</source>
        <translation>Type the name of the commune of birth, its postal code or its INSEE code, then choose it in the list: the INSEE code follows. For a person born abroad: 99 followed by the country code (e.g. 99350 for Morocco).</translation>
    </message>
</context>
<context>
    <name>ComplexityFactor</name>
    <message>
        <source>Polypathologie</source>
        <translation>Multiple conditions</translation>
    </message>
    <message>
        <source>Polymédication</source>
        <translation>Polypharmacy</translation>
    </message>
    <message>
        <source>Chutes</source>
        <translation>Falls</translation>
    </message>
    <message>
        <source>Troubles cognitifs</source>
        <translation>Cognitive impairment</translation>
    </message>
    <message>
        <source>Isolement</source>
        <translation>Isolation</translation>
    </message>
    <message>
        <source>Précarité</source>
        <translation>Precarity</translation>
    </message>
    <message>
        <source>Suspicion de maltraitance</source>
        <translation>Suspected abuse</translation>
    </message>
    <message>
        <source>Aidant épuisé</source>
        <translation>Exhausted caregiver</translation>
    </message>
    <message>
        <source>Refus d&apos;aide</source>
        <translation>Refusal of help</translation>
    </message>
    <message>
        <source>Sans médecin traitant</source>
        <translation>No GP</translation>
    </message>
    <message>
        <source>Hospitalisations répétées</source>
        <translation>Repeated hospital stays</translation>
    </message>
    <message>
        <source>Médicaux</source>
        <translation>Medical</translation>
    </message>
    <message>
        <source>Psycho-sociaux</source>
        <translation>Psychosocial</translation>
    </message>
    <message>
        <source>Organisationnels</source>
        <translation>Organisational</translation>
    </message>
</context>
<context>
    <name>ComplexityPanel</name>
    <message>
        <source>Plusieurs maladies et/ou plusieurs ALD</source>
        <translation>Several illnesses and/or several long-term illnesses (ALD)</translation>
    </message>
    <message>
        <source>Sévérité des pathologies</source>
        <translation>Severity of the illnesses</translation>
    </message>
    <message>
        <source>Équilibre non atteint depuis plusieurs mois</source>
        <translation>Balance not reached for several months</translation>
    </message>
    <message>
        <source>Hospitalisations répétées dans l&apos;année pour le même problème</source>
        <translation>Repeated hospital stays in the year for the same problem</translation>
    </message>
    <message>
        <source>Faible recours aux soins (isolement)</source>
        <translation>Little use of care (isolation)</translation>
    </message>
    <message>
        <source>Vulnérabilité sociale</source>
        <translation>Social vulnerability</translation>
    </message>
    <message>
        <source>Pratiques de santé inadaptées</source>
        <translation>Unsuited health practices</translation>
    </message>
    <message>
        <source>Intrication des maladies avec une dépendance</source>
        <translation>Illnesses entangled with dependency</translation>
    </message>
    <message>
        <source>Intervention de plusieurs acteurs nécessaire</source>
        <translation>Several actors needed</translation>
    </message>
    <message>
        <source>Volet médical</source>
        <translation>Medical side</translation>
    </message>
    <message>
        <source>Volet psycho-social</source>
        <translation>Psycho-social side</translation>
    </message>
    <message>
        <source>Critère de situation complexe</source>
        <translation>Complex-situation criterion</translation>
    </message>
    <message>
        <source>— à décider —</source>
        <translation>— to be decided —</translation>
    </message>
    <message>
        <source>Information sur les ressources</source>
        <translation>Information on resources</translation>
    </message>
    <message>
        <source>Orientation, appui ponctuel à l&apos;organisation du parcours</source>
        <translation>Referral, one-off support to organise the care pathway</translation>
    </message>
    <message>
        <source>Coordination complexe avec un PPCS</source>
        <translation>Complex coordination with a care plan (PPCS)</translation>
    </message>
    <message>
        <source>Soutien au professionnel (analyse d&apos;une situation difficile)</source>
        <translation>Support to the professional (analysis of a difficult situation)</translation>
    </message>
    <message>
        <source>Pourquoi ce niveau de service</source>
        <translation>Why this level of service</translation>
    </message>
    <message>
        <source>&lt;b&gt;Situation complexe ?&lt;/b&gt; Un volet médical &lt;b&gt;et&lt;/b&gt; un volet psycho-social, sans critère d&apos;âge.</source>
        <translation>&lt;b&gt;Complex situation?&lt;/b&gt; A medical side &lt;b&gt;and&lt;/b&gt; a psycho-social side, with no age criterion.</translation>
    </message>
    <message>
        <source>&amp;Niveau de service</source>
        <translation>Level of &amp;service</translation>
    </message>
    <message>
        <source>&amp;Raison</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>Les deux volets sont réunis : situation complexe au sens du dispositif.</source>
        <translation>Both sides are met: a complex situation as the service defines it.</translation>
    </message>
    <message>
        <source>médical</source>
        <translation>medical</translation>
    </message>
    <message>
        <source>psycho-social</source>
        <translation>psycho-social</translation>
    </message>
    <message>
        <source>Volet manquant : {sides}.</source>
        <translation>Side missing: {sides}.</translation>
    </message>
    <message>
        <source> et </source>
        <translation> and </translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <source>Ma valeur</source>
        <translation>My value</translation>
    </message>
    <message>
        <source>Leur valeur</source>
        <translation>Their value</translation>
    </message>
    <message>
        <source>Garder la mienne</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <source>Garder la leur</source>
        <translation>Keep theirs</translation>
    </message>
    <message>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Choisissez un conflit dans la liste.</source>
        <translation>Choose a conflict in the list.</translation>
    </message>
    <message>
        <source>fiche supprimée</source>
        <translation>record deleted</translation>
    </message>
    <message>
        <source>{patient} — {record}, champ « {field} »</source>
        <translation>{patient} — {record}, field “{field}”</translation>
    </message>
    <message>
        <source>(sans patient)</source>
        <translation>(no patient)</translation>
    </message>
    <message>
        <source>Modifier la valeur</source>
        <translation>Edit the value</translation>
    </message>
    <message>
        <source>Nouvelle valeur :</source>
        <translation>New value:</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>La personne (ou son représentant) a été informée de l&apos;accompagnement par le dispositif et du partage d&apos;informations au sein de l&apos;équipe de soins.</source>
        <translation>The person (or their representative) was informed of the support by the service and of the information sharing within the care team.</translation>
    </message>
    <message>
        <source>La personne s&apos;oppose au partage de ses informations (droit d&apos;opposition).</source>
        <translation>The person objects to the sharing of their information (right to object).</translation>
    </message>
    <message>
        <source>La personne lève son opposition.</source>
        <translation>The person withdraws their objection.</translation>
    </message>
    <message>
        <source>La personne consent au partage de ses informations au-delà de l&apos;équipe de soins.</source>
        <translation>The person consents to their information being shared beyond the care team.</translation>
    </message>
    <message>
        <source>La personne retire son consentement au partage.</source>
        <translation>The person withdraws their consent to sharing.</translation>
    </message>
    <message>
        <source>Oralement</source>
        <translation>Orally</translation>
    </message>
    <message>
        <source>Par écrit</source>
        <translation>In writing</translation>
    </message>
    <message>
        <source>Par téléphone</source>
        <translation>By phone</translation>
    </message>
    <message>
        <source>Auprès du représentant légal</source>
        <translation>Through the legal representative</translation>
    </message>
    <message>
        <source>si la personne est représentée : tuteur, curateur, personne de confiance…</source>
        <translation>if the person is represented: guardian, curator, trusted person…</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Le</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Informée par</source>
        <translation>Informed by</translation>
    </message>
    <message>
        <source>Recueilli par</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Donnée à</source>
        <translation>Given to</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ConsentKind</name>
    <message>
        <source>Information donnée</source>
        <translation>Information given</translation>
    </message>
    <message>
        <source>Opposition</source>
        <translation>Objection</translation>
    </message>
    <message>
        <source>Retrait de l&apos;opposition</source>
        <translation>Objection withdrawn</translation>
    </message>
    <message>
        <source>Consentement au partage</source>
        <translation>Consent to sharing</translation>
    </message>
    <message>
        <source>Retrait du consentement au partage</source>
        <translation>Consent to sharing withdrawn</translation>
    </message>
</context>
<context>
    <name>ConsentTab</name>
    <message>
        <source>&amp;Opposition…</source>
        <translation>&amp;Objection…</translation>
    </message>
    <message>
        <source>&amp;Retrait de l&apos;opposition…</source>
        <translation>&amp;Withdraw the objection…</translation>
    </message>
    <message>
        <source>Inform&amp;ation donnée…</source>
        <translation>&amp;Information given…</translation>
    </message>
    <message>
        <source>Consente&amp;ment au partage…</source>
        <translation>&amp;Consent to sharing…</translation>
    </message>
    <message>
        <source>Re&amp;trait du consentement…</source>
        <translation>With&amp;draw the consent…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Événement</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Par</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Donnée à</source>
        <translation>Given to</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Information sur l&apos;accompagnement : &lt;b&gt;pas encore donnée&lt;/b&gt;</source>
        <translation>Information about the support: &lt;b&gt;not given yet&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Information donnée le &lt;b&gt;{date}&lt;/b&gt;{by}</source>
        <translation>Information given on &lt;b&gt;{date}&lt;/b&gt;{by}</translation>
    </message>
    <message>
        <source> par {name}</source>
        <translation> by {name}</translation>
    </message>
    <message>
        <source>Opposition au partage : &lt;b&gt;oui&lt;/b&gt;, depuis le {date}</source>
        <translation>Objection to sharing: &lt;b&gt;yes&lt;/b&gt;, since {date}</translation>
    </message>
    <message>
        <source>Opposition au partage : &lt;b&gt;non&lt;/b&gt; (levée le {date})</source>
        <translation>Objection to sharing: &lt;b&gt;no&lt;/b&gt; (withdrawn on {date})</translation>
    </message>
    <message>
        <source>Opposition au partage : &lt;b&gt;non&lt;/b&gt;</source>
        <translation>Objection to sharing: &lt;b&gt;no&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Consentement au partage hors équipe de soins : &lt;b&gt;non recueilli&lt;/b&gt;</source>
        <translation>Consent to sharing outside the care team: &lt;b&gt;not obtained&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Consentement au partage hors équipe de soins : &lt;b&gt;donné le {date}&lt;/b&gt;</source>
        <translation>Consent to sharing outside the care team: &lt;b&gt;given on {date}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Consentement au partage hors équipe de soins : &lt;b&gt;retiré le {date}&lt;/b&gt;</source>
        <translation>Consent to sharing outside the care team: &lt;b&gt;withdrawn on {date}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>DashboardModel</name>
    <message>
        <source>Patient</source>
        <extracomment>internalId of top-level (section) rows; a line&apos;s is its section&apos;s row + 1. Lines shown per section until the user asks for all, at least (the view raises it to what its height allows, so that every section fits on the screen). Lines read per section when the screen is refreshed (&quot;show the others&quot; reads the rest). Reads every line of a section the dashboard only had the first lines of.</extracomment>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Objet</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Qui</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Délai</source>
        <translation>Delay</translation>
    </message>
    <message>
        <source>Actions en retard</source>
        <translation>Overdue actions</translation>
    </message>
    <message>
        <source>Actions à échéance cette semaine</source>
        <translation>Actions due this week</translation>
    </message>
    <message>
        <source>Révisions de PPCS à faire (30 jours)</source>
        <translation>Care plan (PPCS) reviews due (30 days)</translation>
    </message>
    <message>
        <source>Nouvelles demandes sans réponse</source>
        <translation>New requests not answered</translation>
    </message>
    <message>
        <source>Patients actifs sans médecin traitant</source>
        <translation>Active patients without a GP</translation>
    </message>
    <message>
        <source>Tâches de coordination (médecin traitant, appels)</source>
        <translation>Coordination tasks (attending GP, calls)</translation>
    </message>
    <message>
        <source>Demandes à compléter (saisie interrompue)</source>
        <translation>Requests to complete (typing interrupted)</translation>
    </message>
    <message>
        <source>Afficher les {count} autres…</source>
        <translation>Show the {count} others…</translation>
    </message>
    <message>
        <source>Entrée ou double-clic : afficher toute la liste</source>
        <translation>Enter or double-click: show the whole list</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>&amp;Seulement mes patients</source>
        <extracomment>Sample texts sizing the columns (the subject column stretches). A line was activated (Enter, double-click): open this patient&apos;s file. A request left half-typed was activated: reopen the wizard on it (its id). Set by ``load_in_background``: the lists are read on its worker.</extracomment>
        <translation>&amp;Only my patients</translation>
    </message>
    <message>
        <source>Patients dont vous êtes le ou la référent(e)</source>
        <translation>Patients for whom you are the referent</translation>
    </message>
    <message>
        <source>Actualiser</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Relire la base (F5)</source>
        <translation>Read the database again (F5)</translation>
    </message>
    <message>
        <source>Marquer comme fait…</source>
        <translation>Mark as done…</translation>
    </message>
    <message>
        <source>Calcul des listes…</source>
        <translation>Working out the lists…</translation>
    </message>
    <message>
        <source>À faire — {date}</source>
        <translation>To do — {date}</translation>
    </message>
    <message>
        <source>Rien à faire parmi vos patients. Décochez « Seulement mes patients » pour voir toute la file active.</source>
        <translation>Nothing to do among your patients. Untick “Only my patients” to see the whole caseload.</translation>
    </message>
    <message>
        <source>Rien à faire aujourd&apos;hui.</source>
        <translation>Nothing to do today.</translation>
    </message>
</context>
<context>
    <name>DateDialog</name>
    <message>
        <source>Valider</source>
        <translation>Validate</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>JJ/MM/AAAA</source>
        <translation>DD/MM/YYYY</translation>
    </message>
    <message>
        <source>JJ/MM/AAAA, ou +30 pour dans 30 jours</source>
        <translation>DD/MM/YYYY, or +30 for in 30 days</translation>
    </message>
</context>
<context>
    <name>DateLineEdit</name>
    <message>
        <source>JJ/MM/AAAA</source>
        <extracomment>A complete date typed moves the cursor to the next field (as a paper form).</extracomment>
        <translation>DD/MM/YYYY</translation>
    </message>
</context>
<context>
    <name>DialogParts</name>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Enregistrer ce que vous avez saisi ?</source>
        <translation>Save what you have entered?</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Ne pas enregistrer</source>
        <translation>Don&apos;t save</translation>
    </message>
</context>
<context>
    <name>DirectoryFormDialog</name>
    <message>
        <source>Enregistrer</source>
        <extracomment>Fields checked as soon as they are left (the others when saving). Required fields, filled with a stand-in when checking another field on leave. Combo boxes whose item data (an id, a code) is the value. Warnings of the saved record (French messages), for the caller to show.</extracomment>
        <translation>Save</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Choisissez une structure de la liste de l&apos;annuaire (ou ajoutez-la d&apos;abord).</source>
        <translation>Choose an organisation from the directory list (or add it first).</translation>
    </message>
    <message>
        <source>Vérifiez le ou les avertissements ci-dessus, puis enregistrez : la fiche sera enregistrée telle quelle.</source>
        <translation>Check the warning(s) above, then save: the entry will be saved as it is.</translation>
    </message>
    <message>
        <source>Enregistrer quand même</source>
        <translation>Save anyway</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>&amp;Modifier…</source>
        <extracomment>Rows shown at most; beyond, the user is asked to refine the search. The user asked to edit a row (Enter, double-click, &quot;Modifier…&quot;): its id. The user asked for a new entry.</extracomment>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Plus de {count} résultats : précisez la recherche</source>
        <translation>More than {count} results: refine the search</translation>
    </message>
    <message>
        <source>Aucun résultat</source>
        <translation>No results</translation>
    </message>
    <message>
        <source>1 résultat</source>
        <translation>1 result</translation>
    </message>
    <message>
        <source>{count} résultats</source>
        <translation>{count} results</translation>
    </message>
</context>
<context>
    <name>DirectoryPickerDialog</name>
    <message>
        <source>Choisir le médecin traitant</source>
        <extracomment>No GP in the circle yet: a GP chosen here comes as &quot;Médecin traitant&quot;.</extracomment>
        <translation>Choose the GP</translation>
    </message>
    <message>
        <source>Ajouter au cercle de soins depuis l&apos;annuaire</source>
        <translation>Add to the care circle from the directory</translation>
    </message>
    <message>
        <source>Nom, profession, commune, RPPS…</source>
        <translation>Name, profession, town, RPPS…</translation>
    </message>
    <message>
        <source>Professionnels et structures</source>
        <translation>Professionals and organisations</translation>
    </message>
    <message>
        <source>Professionnels</source>
        <translation>Professionals</translation>
    </message>
    <message>
        <source>Structures</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Médecins généralistes seulement</source>
        <translation>GPs only</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Profession ou type</source>
        <translation>Profession or type</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Nouveau professionnel…</source>
        <translation>New professional…</translation>
    </message>
    <message>
        <source>Ajouter à l&apos;annuaire un professionnel absent</source>
        <translation>Add a missing professional to the directory</translation>
    </message>
    <message>
        <source>Rôle dans le cercle de soins</source>
        <translation>Role in the care circle</translation>
    </message>
    <message>
        <source>Intervient depuis le</source>
        <translation>Involved since</translation>
    </message>
    <message>
        <source>Choisir</source>
        <translation>Choose</translation>
    </message>
    <message>
        <source>Ajouter</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Médecin traitant</source>
        <translation>GP</translation>
    </message>
    <message>
        <source>Infirmier(ère) libéral(e)</source>
        <translation>Community nurse</translation>
    </message>
    <message>
        <source>Pharmacien</source>
        <translation>Pharmacist</translation>
    </message>
    <message>
        <source>Masseur-kinésithérapeute</source>
        <translation>Physiotherapist</translation>
    </message>
    <message>
        <source>Médecin spécialiste</source>
        <translation>Specialist doctor</translation>
    </message>
    <message>
        <source>Gériatre</source>
        <translation>Geriatrician</translation>
    </message>
    <message>
        <source>Assistant(e) social(e)</source>
        <translation>Social worker</translation>
    </message>
    <message>
        <source>SSIAD</source>
        <translation>SSIAD (home nursing service)</translation>
    </message>
    <message>
        <source>Aide à domicile (SAAD)</source>
        <translation>Home help (SAAD)</translation>
    </message>
    <message>
        <source>HAD</source>
        <translation>HAD (hospital at home)</translation>
    </message>
    <message>
        <source>EHPAD</source>
        <translation>EHPAD (care home)</translation>
    </message>
    <message>
        <source>Accueil de jour</source>
        <translation>Day care</translation>
    </message>
    <message>
        <source>Mandataire judiciaire</source>
        <translation>Court-appointed guardian</translation>
    </message>
    <message>
        <source>Aucun résultat</source>
        <translation>No results</translation>
    </message>
    <message>
        <source>{count} résultat(s)</source>
        <translation>{count} result(s)</translation>
    </message>
    <message>
        <source>{name} a été ajouté(e) à l&apos;annuaire.</source>
        <translation>{name} was added to the directory.</translation>
    </message>
</context>
<context>
    <name>DirectoryView</name>
    <message>
        <source>Rechercher un nom, une profession, une commune, un RPPS…</source>
        <translation>Search for a name, a profession, a town, an RPPS number…</translation>
    </message>
    <message>
        <source>&amp;Nouveau professionnel…</source>
        <translation>&amp;New professional…</translation>
    </message>
    <message>
        <source>Rechercher un nom, un type, une commune, un FINESS…</source>
        <translation>Search for a name, a type, a town, a FINESS number…</translation>
    </message>
    <message>
        <source>&amp;Nouvelle structure…</source>
        <translation>&amp;New organisation…</translation>
    </message>
    <message>
        <source>&amp;Professionnels</source>
        <translation>&amp;Professionals</translation>
    </message>
    <message>
        <source>&amp;Structures</source>
        <translation>&amp;Organisations</translation>
    </message>
    <message>
        <source>Fiche enregistrée. À vérifier : {warnings}</source>
        <translation>Entry saved. To check: {warnings}</translation>
    </message>
    <message>
        <source>Fiche enregistrée.</source>
        <translation>Entry saved.</translation>
    </message>
</context>
<context>
    <name>DischargeForm</name>
    <message>
        <source>Sortie d&apos;&amp;hospitalisation</source>
        <translation>&amp;Hospital discharge</translation>
    </message>
    <message>
        <source>La demande porte sur une sortie d&apos;hôpital : affiche les détails de la sortie</source>
        <translation>The request is about a discharge from hospital: shows the discharge details</translation>
    </message>
    <message>
        <source>Cochez si la demande porte sur une sortie d&apos;hôpital : date, service, ce qui doit être prêt le jour de la sortie. Un appel à la personne est prévu à J+2.</source>
        <translation>Tick if the request is about a discharge from hospital: date, ward, what must be ready on the day. A call to the person is planned on day 2.</translation>
    </message>
    <message>
        <source>Médecine gériatrique, CH de Sedan</source>
        <translation>Geriatric medicine, Sedan hospital</translation>
    </message>
    <message>
        <source>Cadre de santé, assistante sociale…</source>
        <translation>Ward manager, social worker…</translation>
    </message>
    <message>
        <source>&amp;Infirmier à domicile</source>
        <translation>Home nurs&amp;e</translation>
    </message>
    <message>
        <source>Aide à domici&amp;le</source>
        <translation>Ho&amp;me help</translation>
    </message>
    <message>
        <source>Matériel (lit, &amp;fauteuil…)</source>
        <translation>Equipment (bed, &amp;wheelchair…)</translation>
    </message>
    <message>
        <source>Médicamen&amp;ts</source>
        <translation>Med&amp;icines</translation>
    </message>
    <message>
        <source>&amp;Rendez-vous de suivi</source>
        <translation>&amp;Follow-up appointment</translation>
    </message>
    <message>
        <source>La sortie</source>
        <translation>The discharge</translation>
    </message>
    <message>
        <source>&amp;Date de sortie prévue</source>
        <translation>Planned &amp;date</translation>
    </message>
    <message>
        <source>Ser&amp;vice</source>
        <translation>&amp;Ward</translation>
    </message>
    <message>
        <source>&amp;Contact dans le service</source>
        <translation>&amp;Contact on the ward</translation>
    </message>
    <message>
        <source>Prêt le jour de la sortie</source>
        <translation>Ready on the day of discharge</translation>
    </message>
    <message>
        <source>Prêt le jour J</source>
        <translation>Ready on day 0</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;ote</translation>
    </message>
</context>
<context>
    <name>DysfunctionsTab</name>
    <message>
        <source>Examens redondants (qui prescrit quoi et quand)</source>
        <extracomment>Structure types offered (the ones where the field sees breaks most).</extracomment>
        <translation>Redundant tests (who prescribes what and when)</translation>
    </message>
    <message>
        <source>Sortie d&apos;hospitalisation non préparée</source>
        <translation>Hospital discharge not prepared</translation>
    </message>
    <message>
        <source>Soins délégués à la ville sans vérifier leur faisabilité</source>
        <translation>Care delegated to primary care without checking it is feasible</translation>
    </message>
    <message>
        <source>Droits non ouverts</source>
        <translation>Rights not opened</translation>
    </message>
    <message>
        <source>Pas de médecin traitant</source>
        <translation>No attending GP</translation>
    </message>
    <message>
        <source>Autre rupture de parcours</source>
        <translation>Other break in the pathway</translation>
    </message>
    <message>
        <source>Types de structure en cause</source>
        <translation>Types of organisation involved</translation>
    </message>
    <message>
        <source>Ex. : CH de Charleville, service de cardiologie</source>
        <translation>E.g.: Charleville hospital, cardiology ward</translation>
    </message>
    <message>
        <source>Ce qui s&apos;est passé, ses conséquences…</source>
        <translation>What happened, its consequences…</translation>
    </message>
    <message>
        <source>&amp;Enregistrer le dysfonctionnement</source>
        <translation>&amp;Record the dysfunction</translation>
    </message>
    <message>
        <source>Le rapport d&apos;activité les compte par type et par type de structure, sans nom ni texte : les noms et le récit restent dans ce dossier.</source>
        <translation>The activity report counts them by kind and by type of organisation, with no name or text: names and the account stay in this file.</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>D&amp;ate</source>
        <translation>D&amp;ate</translation>
    </message>
    <message>
        <source>&amp;Structures concernées</source>
        <translation>&amp;Organisations involved</translation>
    </message>
    <message>
        <source>&amp;Récit</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Structures</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Récit</source>
        <translation>Account</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Exporter un paquet</source>
        <translation>Export a bundle</translation>
    </message>
    <message>
        <source>Tout</source>
        <translation>Everything</translation>
    </message>
    <message>
        <source>Seulement ce qu&apos;un collègue n&apos;a pas reçu</source>
        <translation>Only what a colleague has not received</translation>
    </message>
    <message>
        <source>Les patients choisis</source>
        <translation>Chosen patients</translation>
    </message>
    <message>
        <source>Rechercher un patient</source>
        <translation>Find a patient</translation>
    </message>
    <message>
        <source>Phrase de passe d&apos;équipe</source>
        <translation>Team passphrase</translation>
    </message>
    <message>
        <source>Clé(s) publique(s) de collègues</source>
        <translation>Colleagues&apos; public key(s)</translation>
    </message>
    <message>
        <source>Une clé publique (age1…) par ligne</source>
        <translation>One public key (age1…) per line</translation>
    </message>
    <message>
        <source>Choisir…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Phrase de passe :</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>Confirmation :</source>
        <translation>Confirm:</translation>
    </message>
    <message>
        <source>Fichier :</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Enregistrer le paquet</source>
        <translation>Save the bundle</translation>
    </message>
    <message>
        <source>Paquets CoordApp (*.coordbundle)</source>
        <translation>CoordApp bundles (*.coordbundle)</translation>
    </message>
    <message>
        <source>Choisissez le fichier du paquet.</source>
        <translation>Choose the bundle file.</translation>
    </message>
    <message>
        <source>Aucun collègue connu : importez d&apos;abord un de ses paquets.</source>
        <translation>No known colleague: import one of their bundles first.</translation>
    </message>
    <message>
        <source>Cochez au moins un patient.</source>
        <translation>Tick at least one patient.</translation>
    </message>
    <message>
        <source>Les deux phrases de passe ne sont pas identiques.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>Collez au moins une clé publique.</source>
        <translation>Paste at least one public key.</translation>
    </message>
</context>
<context>
    <name>FhirImportDialog</name>
    <message>
        <source>Importer un dossier FHIR</source>
        <extracomment>The file was imported: the patient&apos;s id.</extracomment>
        <translation>Import a FHIR file</translation>
    </message>
    <message>
        <source>Aucun fichier choisi</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <source>&amp;Choisir un fichier…</source>
        <translation>&amp;Choose a file…</translation>
    </message>
    <message>
        <source>Un Bundle FHIR R4 (JSON) : export CoordApp ou logiciel conforme FR Core. L&apos;identité, le cercle de soins, le PPCS et les consentements sont repris ; rien n&apos;est enregistré avant « Importer ».</source>
        <translation>A FHIR R4 Bundle (JSON): a CoordApp export or FR Core software. Identity, care circle, PPCS and consents are taken; nothing is saved before “Import”.</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Vérifier</source>
        <translation>Chec&amp;k</translation>
    </message>
    <message>
        <source>&amp;Importer</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Fichier :</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Choisir le dossier FHIR à importer</source>
        <translation>Choose the FHIR file to import</translation>
    </message>
    <message>
        <source>Dossiers FHIR (*.json);;Tous les fichiers (*)</source>
        <translation>FHIR files (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Vérification : dossier de {name}. Rien n&apos;est encore enregistré.</source>
        <translation>Check: file of {name}. Nothing is saved yet.</translation>
    </message>
    <message>
        <source>Dossier de {name} mis à jour.</source>
        <translation>File of {name} updated.</translation>
    </message>
    <message>
        <source>Dossier de {name} créé.</source>
        <translation>File of {name} created.</translation>
    </message>
    <message>
        <source>À vérifier :</source>
        <translation>To check:</translation>
    </message>
    <message>
        <source>Non repris :</source>
        <translation>Not taken:</translation>
    </message>
</context>
<context>
    <name>FieldComboDelegate</name>
    <message>
        <source>(ignorer)</source>
        <translation>(ignore)</translation>
    </message>
</context>
<context>
    <name>FieldCommands</name>
    <message>
        <source>Fiche d&apos;information enregistrée : {path}</source>
        <translation>Information sheet saved: {path}</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Bienvenue dans CoordApp</source>
        <extracomment>Strength meter colours: refused and nearly there, then accepted. Enough to see every screen at work, quick to generate (about a second).</extracomment>
        <translation>Welcome to CoordApp</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Créer ma base</source>
        <translation>Create my database</translation>
    </message>
    <message>
        <source>Continuer</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Vos dossiers sont enregistrés sur cet ordinateur, dans une base chiffrée. Indiquez votre nom et choisissez une phrase de passe : au moins 12 caractères, par exemple quatre mots sans rapport entre eux.</source>
        <translation>Your files are stored on this computer, in an encrypted database. Enter your name and choose a passphrase: at least 12 characters, for example four unrelated words.</translation>
    </message>
    <message>
        <source>Découvrir d&apos;abord CoordApp avec une base de démonstration</source>
        <translation>Try CoordApp first with a demonstration database</translation>
    </message>
    <message>
        <source>200 patients fictifs, dans une base séparée de votre base de travail.</source>
        <translation>200 fictitious patients, in a database kept apart from your working one.</translation>
    </message>
    <message>
        <source>Emplacement : {path}</source>
        <translation>Location: {path}</translation>
    </message>
    <message>
        <source>Prénom et nom</source>
        <translation>First name and surname</translation>
    </message>
    <message>
        <source>Rouvrir la démonstration…</source>
        <extracomment>Set when the user chose to go back to the existing demonstration database.</extracomment>
        <translation>Reopen the demonstration…</translation>
    </message>
    <message>
        <source>Infirmière coordinatrice…</source>
        <translation>Nurse coordinator…</translation>
    </message>
    <message>
        <source>DAC, CPTS, MSP…</source>
        <translation>DAC, CPTS, MSP…</translation>
    </message>
    <message>
        <source>Nom (obligatoire)</source>
        <translation>Name (required)</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Phrase de passe</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>Votre code de récupération</source>
        <translation>Your recovery code</translation>
    </message>
    <message>
        <source>Recopiez ce code sur papier et rangez-le en lieu sûr : il permet d&apos;ouvrir la base si vous oubliez votre phrase de passe. Il ne sera plus affiché.</source>
        <translation>Copy this code on paper and keep it in a safe place: it opens the database if you forget your passphrase. It will not be shown again.</translation>
    </message>
    <message>
        <source>J&apos;ai recopié le code de récupération</source>
        <translation>I have copied the recovery code</translation>
    </message>
    <message>
        <source>Les deux saisies ne correspondent pas.</source>
        <translation>The two entries do not match.</translation>
    </message>
    <message>
        <source>Créer la démonstration</source>
        <translation>Create the demonstration</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire la base ({path}) : {reason}</source>
        <translation>Cannot write the database ({path}): {reason}</translation>
    </message>
</context>
<context>
    <name>FolderWatch</name>
    <message>
        <source>jamais</source>
        <extracomment>How often the status line is brought up to date (its &quot;il y a 3 min&quot;).</extracomment>
        <translation>never</translation>
    </message>
    <message>
        <source>à l&apos;instant</source>
        <translation>just now</translation>
    </message>
    <message>
        <source>il y a {n} min</source>
        <translation>{n} min ago</translation>
    </message>
    <message>
        <source>il y a {n} h</source>
        <translation>{n} h ago</translation>
    </message>
    <message>
        <source>le {date}</source>
        <translation>on {date}</translation>
    </message>
    <message>
        <source>Aucun collègue dans la liste.</source>
        <translation>No colleague in the list.</translation>
    </message>
    <message>
        <source>À jour avec {who}</source>
        <translation>Up to date with {who}</translation>
    </message>
</context>
<context>
    <name>GirTrend</name>
    <message>
        <source>Aucun GIR calculé.</source>
        <translation>No GIR calculated.</translation>
    </message>
    <message>
        <source>GIR {gir} le {date} (une seule évaluation).</source>
        <translation>GIR {gir} on {date} (a single assessment).</translation>
    </message>
    <message>
        <source>↘ perte d&apos;autonomie</source>
        <translation>↘ loss of autonomy</translation>
    </message>
    <message>
        <source>↗ gain d&apos;autonomie</source>
        <translation>↗ gain in autonomy</translation>
    </message>
    <message>
        <source>→ stable</source>
        <translation>→ stable</translation>
    </message>
    <message>
        <source>GIR {first} ({start}) → GIR {last} ({end}) : {trend}</source>
        <translation>GIR {first} ({start}) → GIR {last} ({end}): {trend}</translation>
    </message>
</context>
<context>
    <name>GoalForm</name>
    <message>
        <source>Ce qui doit changer, partagé avec la personne</source>
        <translation>What needs to change, agreed with the person</translation>
    </message>
    <message>
        <source>Ce qu&apos;en dit la personne</source>
        <translation>What the person says about it</translation>
    </message>
    <message>
        <source>Comment saura-t-on que c&apos;est atteint ?</source>
        <translation>How will we know it has been reached?</translation>
    </message>
    <message>
        <source>&amp;Objectif :</source>
        <translation>&amp;Goal:</translation>
    </message>
    <message>
        <source>A&amp;vis de la personne :</source>
        <translation>&amp;Person&apos;s opinion:</translation>
    </message>
    <message>
        <source>Éc&amp;héance :</source>
        <translation>&amp;Due:</translation>
    </message>
    <message>
        <source>&amp;Critère d&apos;évaluation :</source>
        <translation>&amp;Evaluation criterion:</translation>
    </message>
    <message>
        <source>S&amp;tatut :</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Besoin : {need}</source>
        <translation>Need: {need}</translation>
    </message>
    <message>
        <source>Nouvel objectif</source>
        <translation>New goal</translation>
    </message>
    <message>
        <source>Objectif</source>
        <translation>Goal</translation>
    </message>
</context>
<context>
    <name>GoalStatus</name>
    <message>
        <source>Proposé</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>En cours</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Atteint</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>Non atteint</source>
        <translation>Not reached</translation>
    </message>
    <message>
        <source>Abandonné</source>
        <translation>Abandoned</translation>
    </message>
</context>
<context>
    <name>GpField</name>
    <message>
        <source>Choisir…</source>
        <extracomment>The GP was chosen or removed (``gp_id`` is the new value). &quot;Choisir…&quot; was clicked: the owner opens the directory.</extracomment>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Choisir le médecin traitant dans l&apos;annuaire</source>
        <translation>Choose the GP from the directory</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>La personne n&apos;a pas de médecin traitant</source>
        <translation>The person has no GP</translation>
    </message>
    <message>
        <source>Dr {name}</source>
        <translation>Dr {name}</translation>
    </message>
    <message>
        <source>Sans médecin traitant</source>
        <translation>No GP</translation>
    </message>
</context>
<context>
    <name>GpSeekersDialog</name>
    <message>
        <source>Personnes cherchant un médecin traitant</source>
        <translation>People looking for an attending GP</translation>
    </message>
    <message>
        <source>Par priorité : ALD, plus de 70 ans, précarité, avis du coordinateur, puis la demande la plus ancienne.</source>
        <translation>By priority: long-term illness (ALD), over 70, precarity, the coordinator&apos;s view, then the oldest request.</translation>
    </message>
    <message>
        <source>Médecin à proposer</source>
        <translation>Doctor to propose</translation>
    </message>
    <message>
        <source>&amp;Proposer ce médecin</source>
        <translation>&amp;Propose this doctor</translation>
    </message>
    <message>
        <source>Réponse : &amp;acceptée</source>
        <translation>Answer: &amp;accepted</translation>
    </message>
    <message>
        <source>Réponse : &amp;refusée</source>
        <translation>Answer: &amp;refused</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Médecins acceptant de nouveaux patients :</source>
        <translation>Doctors taking new patients:</translation>
    </message>
    <message>
        <source>Aucun : cochez-les dans l&apos;annuaire</source>
        <translation>None: tick them in the directory</translation>
    </message>
    <message>
        <source>Proposition en attente : {gp}</source>
        <translation>Proposal awaiting an answer: {gp}</translation>
    </message>
</context>
<context>
    <name>GpSeekersTableModel</name>
    <message>
        <source>Rang</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Âge</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Demande le</source>
        <translation>Asked on</translation>
    </message>
    <message>
        <source>Priorité</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Note du coordinateur</source>
        <translation>Coordinator&apos;s note</translation>
    </message>
    <message>
        <source>Propositions en attente</source>
        <translation>Proposals awaiting an answer</translation>
    </message>
    <message>
        <source>ALD</source>
        <translation>ALD (long-term conditions)</translation>
    </message>
    <message>
        <source>plus de 70 ans</source>
        <translation>over 70</translation>
    </message>
    <message>
        <source>précarité</source>
        <translation>precarity</translation>
    </message>
    <message>
        <source>avis du coordinateur</source>
        <translation>coordinator&apos;s view</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>Guide d&apos;utilisation de CoordApp</source>
        <translation>CoordApp user guide</translation>
    </message>
    <message>
        <source>Le guide n&apos;a pas été trouvé dans cette installation ({path}).</source>
        <translation>The guide was not found in this installation ({path}).</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Consultation</source>
        <extracomment>How many entries the tab shows (the CLI ``coordapp audit --patient`` gives them all).</extracomment>
        <translation>Viewed</translation>
    </message>
    <message>
        <source>Création</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Modification</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Suppression</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Impression</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Demande</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Cercle de soins</source>
        <translation>Care circle</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Consentement</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Évaluation</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>PPCS</source>
        <translation>PPCS</translation>
    </message>
    <message>
        <source>Besoin</source>
        <translation>Need</translation>
    </message>
    <message>
        <source>Objectif</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>suppression</source>
        <translation>deletion</translation>
    </message>
    <message>
        <source>restauration</source>
        <translation>restore</translation>
    </message>
    <message>
        <source>effacement (RGPD)</source>
        <translation>erasure (GDPR)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Personne</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>inconnue</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Élément</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Chaque consultation, modification, impression ou export de ce dossier est inscrit dans le journal d&apos;audit, sans aucun texte médical.</source>
        <translation>Every view, change, print or export of this file is recorded in the audit trail, without any medical text.</translation>
    </message>
    <message>
        <source>Champ</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Valeur</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Modifications, champ par champ (celles des collègues comprises) :</source>
        <translation>Changes, field by field (colleagues&apos; included):</translation>
    </message>
</context>
<context>
    <name>IdentityDocument</name>
    <message>
        <source>Carte nationale d&apos;identité</source>
        <translation>National identity card</translation>
    </message>
    <message>
        <source>Passeport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <source>Carte ou titre de séjour</source>
        <translation>Residence permit</translation>
    </message>
    <message>
        <source>e-carte d&apos;identité</source>
        <translation>Electronic identity card</translation>
    </message>
    <message>
        <source>Identité Numérique La Poste</source>
        <translation>La Poste digital identity</translation>
    </message>
    <message>
        <source>Application carte Vitale</source>
        <translation>Carte Vitale app</translation>
    </message>
    <message>
        <source>Livret de famille et carte Vitale avec photo</source>
        <translation>Family record book with a photo Carte Vitale</translation>
    </message>
    <message>
        <source>Extrait d&apos;acte de naissance</source>
        <translation>Birth certificate extract</translation>
    </message>
    <message>
        <source>Livret de famille des parents</source>
        <translation>Parents&apos; family record book</translation>
    </message>
    <message>
        <source>Carnet de circulation</source>
        <translation>Travel document for foreign minors</translation>
    </message>
    <message>
        <source>Acte de naissance et carte Vitale avec photo</source>
        <translation>Birth certificate with a photo Carte Vitale</translation>
    </message>
</context>
<context>
    <name>IdentityForm</name>
    <message>
        <source>Une ALD par ligne</source>
        <translation>One long-term condition (ALD) per line</translation>
    </message>
    <message>
        <source>Tous les prénoms de naissance, dans l&apos;ordre de l&apos;état civil.</source>
        <translation>All the birth first names, in civil-register order.</translation>
    </message>
    <message>
        <source>06 12 34 56 78</source>
        <translation>06 12 34 56 78</translation>
    </message>
    <message>
        <source>nom@domaine.fr</source>
        <translation>name@domain.fr</translation>
    </message>
    <message>
        <source>Nom, lien, téléphone</source>
        <translation>Name, relationship, phone</translation>
    </message>
    <message>
        <source>Non renseigné</source>
        <translation>Not filled in</translation>
    </message>
    <message>
        <source>Non renseignée</source>
        <translation>Not filled in</translation>
    </message>
    <message>
        <source>Ex. : arabe, français</source>
        <extracomment>Statuses only an import from a system that queried INSi may bring (identity_origin). The strict INS traits: changing one may turn this file into a duplicate of another. Any field was edited by the user (or by ``load``). &quot;Choisir…&quot; was clicked next to the GP.</extracomment>
        <translation>E.g.: Arabic, French</translation>
    </message>
    <message>
        <source>Un interprète est nécessaire</source>
        <translation>An interpreter is needed</translation>
    </message>
    <message>
        <source>Affiché sur le PPCS de l&apos;équipe et dans « Qui appeler ? » ; un service d&apos;interprétariat peut être ajouté au cercle de soins.</source>
        <translation>Shown on the team&apos;s plan and in “Whom to call?”; an interpreting service can be added to the care circle.</translation>
    </message>
    <message>
        <source>La pièce sur laquelle l&apos;identité a été contrôlée : obligatoire pour une identité validée (VALI).</source>
        <translation>The document the identity was checked on: required for a validated identity (VALI).</translation>
    </message>
    <message>
        <source>À préciser</source>
        <translation>To be specified</translation>
    </message>
    <message>
        <source>Identité (traits INS)</source>
        <translation>Identity (INS traits)</translation>
    </message>
    <message>
        <source>Nom de naissance</source>
        <translation>Birth name</translation>
    </message>
    <message>
        <source>Prénoms de naissance</source>
        <translation>Birth first names</translation>
    </message>
    <message>
        <source>Date de naissance</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Sexe</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Lieu de naissance</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <source>NIR</source>
        <translation>NIR</translation>
    </message>
    <message>
        <source>Statut de l&apos;identité</source>
        <translation>Identity status</translation>
    </message>
    <message>
        <source>Pièce contrôlée</source>
        <translation>Document checked</translation>
    </message>
    <message>
        <source>Contrôlée le</source>
        <translation>Checked on</translation>
    </message>
    <message>
        <source>Origine</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Identité d&apos;usage</source>
        <translation>Usual identity</translation>
    </message>
    <message>
        <source>Nom utilisé</source>
        <translation>Used name</translation>
    </message>
    <message>
        <source>Prénom utilisé</source>
        <translation>Used first name</translation>
    </message>
    <message>
        <source>Coordonnées</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Autre téléphone</source>
        <translation>Other phone</translation>
    </message>
    <message>
        <source>Courriel</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Statut du dossier</source>
        <translation>Case status</translation>
    </message>
    <message>
        <source>Date d&apos;inclusion</source>
        <translation>Inclusion date</translation>
    </message>
    <message>
        <source>Motif de clôture</source>
        <translation>Closure reason</translation>
    </message>
    <message>
        <source>Date de clôture</source>
        <translation>Closure date</translation>
    </message>
    <message>
        <source>Coordinateur référent</source>
        <translation>Referent coordinator</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Médecin traitant</source>
        <translation>GP</translation>
    </message>
    <message>
        <source>ALD</source>
        <translation>ALD (long-term conditions)</translation>
    </message>
    <message>
        <source>Mode de vie</source>
        <translation>Living situation</translation>
    </message>
    <message>
        <source>Protection juridique</source>
        <translation>Legal protection</translation>
    </message>
    <message>
        <source>Personne de confiance</source>
        <translation>Trusted person</translation>
    </message>
    <message>
        <source>Langues parlées</source>
        <translation>Languages spoken</translation>
    </message>
    <message>
        <source>Interprétariat</source>
        <translation>Interpreting</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Statut INS de l&apos;identité. QUAL seulement si l&apos;identité a été vérifiée par le téléservice INSi.</source>
        <translation>INS status of the identity. QUAL only if the identity was verified by the INSi teleservice.</translation>
    </message>
    <message>
        <source>{source}, téléservice INSi interrogé le {date}</source>
        <translation>{source}, INSi teleservice queried on {date}</translation>
    </message>
    <message>
        <source>Saisie manuelle, identité contrôlée sur : {document}{date}</source>
        <translation>Typed by hand, identity checked on: {document}{date}</translation>
    </message>
    <message>
        <source>, le {date}</source>
        <translation>, on {date}</translation>
    </message>
    <message>
        <source>Saisie manuelle (RECUP et QUAL ne viennent que d&apos;un import depuis un logiciel ayant interrogé le téléservice INSi)</source>
        <translation>Typed by hand (RECUP and QUAL only come from an import out of software that queried the INSi teleservice)</translation>
    </message>
</context>
<context>
    <name>IdentityStatus</name>
    <message>
        <source>Identité provisoire</source>
        <translation>Provisional identity</translation>
    </message>
    <message>
        <source>Identité récupérée</source>
        <translation>Retrieved identity</translation>
    </message>
    <message>
        <source>Identité validée</source>
        <translation>Validated identity</translation>
    </message>
    <message>
        <source>Identité qualifiée</source>
        <translation>Qualified identity</translation>
    </message>
    <message>
        <source>Provisoire : identité déclarée, sans pièce vérifiée.</source>
        <translation>Provisional: declared identity, no document checked.</translation>
    </message>
    <message>
        <source>Récupérée : traits reçus du téléservice INSi, identité non contrôlée sur pièce.</source>
        <translation>Retrieved: traits received from the INSi teleservice, identity not checked against a document.</translation>
    </message>
    <message>
        <source>Validée : identité contrôlée sur une pièce d&apos;identité.</source>
        <translation>Validated: identity checked against an identity document.</translation>
    </message>
    <message>
        <source>Qualifiée : à choisir uniquement si l&apos;identité a été vérifiée sur pièce ET par le téléservice INSi. CoordApp, hors ligne, ne peut pas le faire.</source>
        <translation>Qualified: choose only if the identity was checked against a document AND by the INSi teleservice. CoordApp, being offline, cannot do it.</translation>
    </message>
</context>
<context>
    <name>IdentityTab</name>
    <message>
        <source>Annuler le dernier enregistrement</source>
        <extracomment>Identity fields were written; the window reloads the file. Edits are pending (True) or not any more (False).</extracomment>
        <translation>Undo the last save</translation>
    </message>
    <message>
        <source>Annuler les modifications</source>
        <translation>Discard the changes</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Enregistrer les modifications (Ctrl+S)</source>
        <translation>Save the changes (Ctrl+S)</translation>
    </message>
    <message>
        <source>Ce dossier a été modifié ailleurs pendant votre saisie. Vos modifications ne sont pas encore enregistrées : enregistrez pour garder votre version des champs modifiés, ou annulez vos modifications pour reprendre la version à jour.</source>
        <extracomment>Shown while the base is busy: the save waits, tries again, can be cancelled.</extracomment>
        <translation>This file was changed elsewhere while you were editing. Your changes are not saved yet: save to keep your version of the fields you changed, or undo your changes to take the up-to-date version.</translation>
    </message>
    <message>
        <source>Aucun</source>
        <translation>None</translation>
    </message>
    <message>
        <source>{name} (moi)</source>
        <translation>{name} (me)</translation>
    </message>
    <message>
        <source>Aucune modification à enregistrer.</source>
        <translation>No changes to save.</translation>
    </message>
    <message>
        <source>Rien n&apos;a été enregistré : corrigez le champ signalé.</source>
        <translation>Nothing was saved: correct the field shown.</translation>
    </message>
    <message>
        <source>Modifications enregistrées.</source>
        <translation>Changes saved.</translation>
    </message>
    <message>
        <source>{name}, né(e) le {date}</source>
        <translation>{name}, born on {date}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Doublon probable&lt;/b&gt; : {names}. Vérifiez qu&apos;il ne s&apos;agit pas de la même personne.</source>
        <translation>&lt;b&gt;Probable duplicate&lt;/b&gt;: {names}. Check that this is not the same person.</translation>
    </message>
    <message>
        <source>Dernier enregistrement annulé.</source>
        <translation>Last save undone.</translation>
    </message>
</context>
<context>
    <name>ImportBundleDialog</name>
    <message>
        <source>Importer un paquet</source>
        <extracomment>The bundle was applied: the ``ImportSummary``.</extracomment>
        <translation>Import a bundle</translation>
    </message>
    <message>
        <source>Paquet : {name}</source>
        <translation>Bundle: {name}</translation>
    </message>
    <message>
        <source>Ce paquet est protégé par une phrase de passe d&apos;équipe :</source>
        <translation>This bundle is protected by a team passphrase:</translation>
    </message>
    <message>
        <source>Ouvrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Faire confiance à cet expéditeur</source>
        <translation>Trust this sender</translation>
    </message>
    <message>
        <source>Appliquer</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&lt;b&gt;Import terminé.&lt;/b&gt;&lt;br&gt;{new} patient(s) nouveau(x), {fields} champ(s) mis à jour, {conflicts} conflit(s) à revoir.</source>
        <translation>&lt;b&gt;Import complete.&lt;/b&gt;&lt;br&gt;{new} new patient(s), {fields} field(s) updated, {conflicts} conflict(s) to review.</translation>
    </message>
    <message>
        <source>cette installation</source>
        <translation>this installation</translation>
    </message>
    <message>
        <source>expéditeur connu</source>
        <translation>known sender</translation>
    </message>
    <message>
        <source>expéditeur inconnu : vérifiez son empreinte avec lui</source>
        <translation>unknown sender: check the fingerprint with them</translation>
    </message>
    <message>
        <source>expéditeur révoqué : le paquet sera refusé</source>
        <translation>revoked sender: the bundle will be refused</translation>
    </message>
    <message>
        <source>&lt;b&gt;Signé par :&lt;/b&gt; {name} ({status})</source>
        <translation>&lt;b&gt;Signed by:&lt;/b&gt; {name} ({status})</translation>
    </message>
    <message>
        <source>Empreinte : {fp}</source>
        <translation>Fingerprint: {fp}</translation>
    </message>
    <message>
        <source>Nouveaux patients : {count}</source>
        <translation>New patients: {count}</translation>
    </message>
    <message>
        <source>Champs mis à jour : {count}</source>
        <translation>Fields updated: {count}</translation>
    </message>
    <message>
        <source>Conflits : {count}</source>
        <translation>Conflicts: {count}</translation>
    </message>
    <message>
        <source>Ce paquet a déjà été importé.</source>
        <translation>This bundle was already imported.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Importer une file active</source>
        <extracomment>Rows were imported: how many.</extracomment>
        <translation>Import a caseload</translation>
    </message>
    <message>
        <source>Importer un annuaire</source>
        <translation>Import a directory</translation>
    </message>
    <message>
        <source>Aucun fichier choisi</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <source>&amp;Choisir un fichier…</source>
        <translation>&amp;Choose a file…</translation>
    </message>
    <message>
        <source>&amp;Feuille :</source>
        <translation>&amp;Sheet:</translation>
    </message>
    <message>
        <source>Classeur Excel (.xlsx), LibreOffice (.ods) ou fichier CSV (séparateur point-virgule, virgule ou tabulation). La première ligne remplie doit contenir les intitulés des colonnes.</source>
        <translation>Excel workbook (.xlsx), LibreOffice workbook (.ods) or CSV file (semicolon, comma or tab separated). The first filled row must hold the column headings.</translation>
    </message>
    <message>
        <source>1. Correspondance des colonnes</source>
        <translation>1. Column mapping</translation>
    </message>
    <message>
        <source>&amp;Masquer les lignes prêtes</source>
        <translation>&amp;Hide ready rows</translation>
    </message>
    <message>
        <source>Importer &amp;aussi les doublons probables</source>
        <translation>&amp;Also import probable duplicates</translation>
    </message>
    <message>
        <source>2. Vérification</source>
        <translation>2. Check</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Vérifier</source>
        <translation>Chec&amp;k</translation>
    </message>
    <message>
        <source>&amp;Importer</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Fichier :</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>{kind}, feuille « {sheet} », {rows} ligne(s) de données. Vérifiez la correspondance des colonnes : chaque liste propose nos champs, ou « (ignorer) ».</source>
        <translation>{kind}, sheet “{sheet}”, {rows} data row(s). Check how the columns are mapped: each list offers our fields, or “(ignore)”.</translation>
    </message>
    <message>
        <source>{encoding}, séparateur {delimiter}, {rows} ligne(s) de données. Vérifiez la correspondance des colonnes : chaque liste propose nos champs, ou « (ignorer) ».</source>
        <translation>{encoding}, separator {delimiter}, {rows} data row(s). Check the column mapping: each list offers our fields, or “(ignore)”.</translation>
    </message>
    <message>
        <source>Choisir le fichier à importer</source>
        <translation>Choose the file to import</translation>
    </message>
    <message>
        <source>Classeurs et fichiers CSV (*.xlsx *.ods *.csv *.txt);;Tous les fichiers (*)</source>
        <translation>Workbooks and CSV files (*.xlsx *.ods *.csv *.txt);;All files (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n ligne(s) importée(s).</source>
        <translation>
            <numerusform>%n row(s) imported.</numerusform>
            <numerusform>%n row(s) imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>{errors} ligne(s) en erreur et {duplicates} doublon(s) probable(s) n&apos;ont pas été importés : corrigez-les dans le fichier puis importez ces lignes seules.</source>
        <translation>{errors} row(s) with errors and {duplicates} probable duplicate(s) were not imported: correct them in the file, then import those rows alone.</translation>
    </message>
    <message numerus="yes">
        <source>%n personne(s) importée(s) en demande, pas en suivi actif : le fichier n&apos;indique pas la date de leur information. Enregistrez-la dans leur dossier (« Information et consentement »), puis incluez-les.</source>
        <translation>
            <numerusform>%n person(s) imported as requests, not as followed cases: the file does not give the date they were informed. Record it in their file (“Information and consent”), then include them.</numerusform>
            <numerusform>%n person(s) imported as requests, not as followed cases: the file does not give the date they were informed. Record it in their file (“Information and consent”), then include them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cliquez sur « Vérifier » : rien n&apos;est importé avant votre confirmation.</source>
        <translation>Click “Check”: nothing is imported until you confirm.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Importer %n ligne(s)</source>
        <translation>
            <numerusform>&amp;Import %n row(s)</numerusform>
            <numerusform>&amp;Import %n row(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Interrompre</source>
        <translation>Stop</translation>
    </message>
</context>
<context>
    <name>ImportMappingModel</name>
    <message>
        <source>Colonne du fichier</source>
        <extracomment>Text colours on white (WCAG AA) and light row tints, by what the row needs. The user gave a column another field (or none).</extracomment>
        <translation>File column</translation>
    </message>
    <message>
        <source>Champ CoordApp</source>
        <translation>CoordApp field</translation>
    </message>
    <message>
        <source>Premières valeurs</source>
        <translation>First values</translation>
    </message>
    <message>
        <source>(ignorer)</source>
        <translation>(ignore)</translation>
    </message>
</context>
<context>
    <name>ImportReportModel</name>
    <message>
        <source>Ligne</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Personne ou fiche</source>
        <translation>Person or entry</translation>
    </message>
    <message>
        <source>Colonne</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Erreur</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Doublon probable</source>
        <translation>Probable duplicate</translation>
    </message>
    <message>
        <source>Prête, à vérifier</source>
        <translation>Ready, to be checked</translation>
    </message>
    <message>
        <source>Prête</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Sera importée.</source>
        <translation>Will be imported.</translation>
    </message>
    <message numerus="yes">
        <source>%n prête(s) à importer</source>
        <translation>
            <numerusform>%n ready to import</numerusform>
            <numerusform>%n ready to import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n en erreur, en rouge, non importée(s)</source>
        <translation>
            <numerusform>%n with errors, in red, not imported</numerusform>
            <numerusform>%n with errors, in red, not imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n doublon(s) probable(s), en orange, importé(s) seulement si vous cochez la case</source>
        <translation>
            <numerusform>%n probable duplicate(s), in orange, imported only if you tick the box</numerusform>
            <numerusform>%n probable duplicate(s), in orange, imported only if you tick the box</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n personne(s) suivie(s) dans le fichier mais importée(s) en demande : la date de leur information (colonne « Information le ») manque, or une personne n&apos;est incluse qu&apos;une fois informée</source>
        <translation>
            <numerusform>%n person(s) followed in the file but imported as requests: the date they were informed (column “Information le”) is missing, and a person is included only once informed</numerusform>
            <numerusform>%n person(s) followed in the file but imported as requests: the date they were informed (column “Information le”) is missing, and a person is included only once informed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ligne(s) : </source>
        <translation>
            <numerusform>%n row(s): </numerusform>
            <numerusform>%n row(s): </numerusform>
        </translation>
    </message>
    <message>
        <source>Rien n&apos;est enregistré avant « Importer ».</source>
        <translation>Nothing is saved before “Import”.</translation>
    </message>
</context>
<context>
    <name>InfoSheetDialog</name>
    <message>
        <source>Fiche d&apos;information sur les ressources</source>
        <translation>Information sheet on resources</translation>
    </message>
    <message>
        <source>Une page pour le demandeur : les services de l&apos;annuaire qui répondent au besoin, près de la commune, avec ce qu&apos;ils font, leur téléphone et leurs horaires.</source>
        <translation>One page for the requester: the directory&apos;s services that meet the need, near the town, with what they do, their phone and their opening hours.</translation>
    </message>
    <message>
        <source>Types de service</source>
        <translation>Kinds of service</translation>
    </message>
    <message>
        <source>Commune ou code postal</source>
        <translation>Town or postcode</translation>
    </message>
    <message>
        <source>&amp;Commune</source>
        <translation>&amp;Town</translation>
    </message>
    <message>
        <source>&amp;Enregistrer la fiche…</source>
        <translation>&amp;Save the sheet…</translation>
    </message>
    <message>
        <source>Enregistrer la fiche d&apos;information</source>
        <translation>Save the information sheet</translation>
    </message>
    <message>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire le fichier : choisissez un autre dossier.</source>
        <translation>Cannot write the file: choose another folder.</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>&lt;b&gt;Choisissez un élément du plan&lt;/b&gt;&lt;br&gt;&lt;br&gt;Inser ou Ctrl+N : ajouter (un besoin, un objectif sous le besoin, une action sous l&apos;objectif)&lt;br&gt;F2 ou Entrée : modifier l&apos;élément&lt;br&gt;Suppr : supprimer&lt;br&gt;Ctrl+↑ / Ctrl+↓ : changer la priorité d&apos;un besoin&lt;br&gt;Ctrl+Entrée : enregistrer, Échap : annuler</source>
        <extracomment>What each kind of item is recorded as in ``changed(entity)``. An item was written: (entity, id). The user is done with the form (saved with Ctrl+Entrée, or Échap). Shown while the base is busy: the save waits, tries again, can be cancelled. Ctrl+Entrée asked to be done with the form once the pending save goes through.</extracomment>
        <translation>&lt;b&gt;Choose an item of the plan&lt;/b&gt;&lt;br&gt;&lt;br&gt;Ins or Ctrl+N: add (a need, a goal under the need, an action under the goal)&lt;br&gt;F2 or Enter: edit the item&lt;br&gt;Del: delete&lt;br&gt;Ctrl+↑ / Ctrl+↓: change the priority of a need&lt;br&gt;Ctrl+Enter: save, Esc: cancel</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Ctrl+Entrée</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Échap</source>
        <translation>Esc</translation>
    </message>
</context>
<context>
    <name>JournalKind</name>
    <message>
        <source>Appel</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Visite à domicile</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <source>Réunion, concertation</source>
        <translation>Meeting, case conference</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Hospitalisation</source>
        <translation>Hospital admission</translation>
    </message>
    <message>
        <source>Sortie d&apos;hospitalisation</source>
        <translation>Hospital discharge</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>JournalTab</name>
    <message>
        <source>Date et heure du contact</source>
        <translation>Date and time of the contact</translation>
    </message>
    <message>
        <source>Ce qui s&apos;est passé, ce qui a été décidé… (Ctrl+Entrée pour ajouter)</source>
        <translation>What happened, what was decided… (Ctrl+Enter to add)</translation>
    </message>
    <message>
        <source>Ajouter</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Ajouter la note au journal (Ctrl+Entrée)</source>
        <translation>Add the note to the log (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Les notes du journal ne sont plus modifiables une fois ajoutées.</source>
        <translation>Log notes can no longer be edited once added.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Auteur</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Écrivez la note avant de l&apos;ajouter.</source>
        <translation>Write the note before adding it.</translation>
    </message>
</context>
<context>
    <name>LegalProtection</name>
    <message>
        <source>Aucune</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Sauvegarde de justice</source>
        <translation>Court protection (sauvegarde de justice)</translation>
    </message>
    <message>
        <source>Curatelle</source>
        <translation>Curatorship</translation>
    </message>
    <message>
        <source>Curatelle renforcée</source>
        <translation>Enhanced curatorship</translation>
    </message>
    <message>
        <source>Tutelle</source>
        <translation>Guardianship</translation>
    </message>
    <message>
        <source>Habilitation familiale</source>
        <translation>Family authorisation</translation>
    </message>
    <message>
        <source>Mandat de protection future</source>
        <translation>Lasting power of attorney</translation>
    </message>
</context>
<context>
    <name>LicencesDialog</name>
    <message>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>CoordApp est un logiciel libre, sous licence publique de l&apos;Union européenne (EUPL-1.2). Il utilise Qt et PySide6 (LGPL-3.0), Python et d&apos;autres composants libres, chacun sous sa propre licence.</source>
        <translation>CoordApp is free software, under the European Union Public Licence (EUPL-1.2). It uses Qt and PySide6 (LGPL-3.0), Python and other free components, each under its own licence.</translation>
    </message>
    <message>
        <source>CoordApp (EUPL-1.2)</source>
        <translation>CoordApp (EUPL-1.2)</translation>
    </message>
    <message>
        <source>Composants tiers</source>
        <translation>Third-party components</translation>
    </message>
    <message>
        <source>Le texte n&apos;a pas été trouvé dans cette installation ({path}).</source>
        <translation>The text was not found in this installation ({path}).</translation>
    </message>
</context>
<context>
    <name>LineWriter</name>
    <message>
        <source>Besoin : {need}
Objectif : {goal}
Action : {action}</source>
        <translation>Need: {need}
Goal: {goal}
Action: {action}</translation>
    </message>
    <message>
        <source>Responsable non désigné</source>
        <translation>No one responsible yet</translation>
    </message>
    <message>
        <source>Réviser le PPCS (version {version})</source>
        <translation>Review the PPCS (version {version})</translation>
    </message>
    <message>
        <source>reçue aujourd&apos;hui</source>
        <translation>received today</translation>
    </message>
    <message>
        <source>depuis 1 jour</source>
        <translation>for 1 day</translation>
    </message>
    <message>
        <source>depuis {n} jours</source>
        <translation>for {n} days</translation>
    </message>
    <message>
        <source>Personne non précisée</source>
        <translation>Person not specified</translation>
    </message>
    <message>
        <source>Demande non rattachée à un dossier patient.
{reason}</source>
        <translation>Request not linked to a patient file.
{reason}</translation>
    </message>
    <message>
        <source>{who}, {structure}</source>
        <translation>{who}, {structure}</translation>
    </message>
    <message>
        <source>suivi depuis le {date}</source>
        <translation>followed since {date}</translation>
    </message>
    <message>
        <source>Prendre contact avec le médecin traitant</source>
        <translation>Contact the attending GP</translation>
    </message>
    <message>
        <source>Aider à trouver un médecin traitant</source>
        <translation>Help find an attending GP</translation>
    </message>
    <message>
        <source>Appeler la personne (J+2 après la sortie)</source>
        <translation>Call the person (day 2 after discharge)</translation>
    </message>
    <message>
        <source>Clic droit ou F4 : marquer comme fait (noté au journal)</source>
        <translation>Right-click or F4: mark as done (logged in the journal)</translation>
    </message>
    <message>
        <source>à l&apos;étape {n} sur 3</source>
        <translation>at step {n} of 3</translation>
    </message>
    <message>
        <source>Motif non saisi</source>
        <translation>No reason typed</translation>
    </message>
    <message>
        <source>Entrée ou double-clic : reprendre la saisie là où elle s&apos;était arrêtée</source>
        <translation>Enter or double-click: resume typing where it stopped</translation>
    </message>
    <message>
        <source>1 jour de retard</source>
        <translation>1 day overdue</translation>
    </message>
    <message>
        <source>{n} jours de retard</source>
        <translation>{n} days overdue</translation>
    </message>
    <message>
        <source>aujourd&apos;hui</source>
        <translation>today</translation>
    </message>
    <message>
        <source>demain</source>
        <translation>tomorrow</translation>
    </message>
    <message>
        <source>dans {n} jours</source>
        <translation>in {n} days</translation>
    </message>
</context>
<context>
    <name>LivingSituation</name>
    <message>
        <source>Vit seul(e)</source>
        <translation>Lives alone</translation>
    </message>
    <message>
        <source>En couple</source>
        <translation>As a couple</translation>
    </message>
    <message>
        <source>En famille</source>
        <translation>With family</translation>
    </message>
    <message>
        <source>Habitat partagé</source>
        <translation>Shared housing</translation>
    </message>
    <message>
        <source>En établissement</source>
        <translation>In an institution</translation>
    </message>
    <message>
        <source>Sans domicile</source>
        <translation>Homeless</translation>
    </message>
    <message>
        <source>Autre</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>LockCurtain</name>
    <message>
        <source>CoordApp est verrouillé.</source>
        <translation>CoordApp is locked.</translation>
    </message>
    <message>
        <source>CoordApp — verrouillé</source>
        <translation>CoordApp — locked</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;Nouvelle demande…</source>
        <extracomment>The pages of the main window, in sidebar order.</extracomment>
        <translation>&amp;New request…</translation>
    </message>
    <message>
        <source>Enregistrer une demande d&apos;appui pour une nouvelle personne</source>
        <translation>Record a request for support for a new person</translation>
    </message>
    <message>
        <source>&amp;Rechercher un patient</source>
        <translation>&amp;Find a patient</translation>
    </message>
    <message>
        <source>Chercher dans la file active</source>
        <translation>Search the caseload</translation>
    </message>
    <message>
        <source>&amp;Imprimer les PPCS à réviser…</source>
        <translation>&amp;Print the care plans due for review…</translation>
    </message>
    <message>
        <source>Les PPCS de mes patients à réviser dans les 7 jours, ou en retard</source>
        <translation>My patients&apos; care plans due for review within 7 days, or overdue</translation>
    </message>
    <message>
        <source>Exporter l&apos;&amp;agenda de mes patients (.ics)…</source>
        <translation>Export my patients&apos; &amp;calendar (.ics)…</translation>
    </message>
    <message>
        <source>Les échéances des actions et des révisions, pour votre agenda</source>
        <translation>Action due dates and reviews, for your calendar</translation>
    </message>
    <message>
        <source>Exporter l&apos;agenda &amp;partagé, sans noms (.ics)…</source>
        <translation>Export the &amp;shared calendar, without names (.ics)…</translation>
    </message>
    <message>
        <source>Les mêmes échéances avec les initiales et le numéro court du dossier, pour un agenda d&apos;équipe</source>
        <translation>The same due dates with initials and the file&apos;s short number, for a team calendar</translation>
    </message>
    <message>
        <source>Rapport d&apos;a&amp;ctivité…</source>
        <translation>Acti&amp;vity report…</translation>
    </message>
    <message>
        <source>Le rapport anonyme de l&apos;activité sur une période, en PDF ou en CSV</source>
        <translation>The anonymous activity report over a period, as PDF or CSV</translation>
    </message>
    <message>
        <source>Personnes cherchant un &amp;médecin traitant…</source>
        <translation>People looking for an attending &amp;GP…</translation>
    </message>
    <message>
        <source>La liste par priorité, les propositions de médecins et leurs réponses</source>
        <translation>The list by priority, the doctors proposed and the answers</translation>
    </message>
    <message>
        <source>Fiche d&apos;&amp;information sur les ressources…</source>
        <translation>&amp;Information sheet on resources…</translation>
    </message>
    <message>
        <source>Une page pour le demandeur : les services qui répondent au besoin</source>
        <translation>One page for the requester: the services that meet the need</translation>
    </message>
    <message>
        <source>Importer une &amp;file active (tableur)…</source>
        <translation>Import a &amp;caseload (spreadsheet)…</translation>
    </message>
    <message>
        <source>Reprendre les patients suivis depuis un classeur .xlsx, .ods ou CSV</source>
        <translation>Bring in the followed patients from an .xlsx, .ods or CSV workbook</translation>
    </message>
    <message>
        <source>Importer un a&amp;nnuaire (tableur)…</source>
        <translation>Import a &amp;directory (spreadsheet)…</translation>
    </message>
    <message>
        <source>Ajouter des professionnels et des structures depuis un tableur</source>
        <translation>Add professionals and organisations from a spreadsheet</translation>
    </message>
    <message>
        <source>Importer un &amp;dossier FHIR…</source>
        <translation>Import a FHIR &amp;file…</translation>
    </message>
    <message>
        <source>Le dossier d&apos;une personne reçu d&apos;un autre logiciel (Bundle FHIR, FR Core)</source>
        <translation>One person&apos;s file received from other software (FHIR Bundle, FR Core)</translation>
    </message>
    <message>
        <source>&amp;Verrouiller</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>Fermer la base et masquer les dossiers</source>
        <translation>Close the database and hide the files</translation>
    </message>
    <message>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>À &amp;faire</source>
        <translation>&amp;To do</translation>
    </message>
    <message>
        <source>Actions en retard, révisions, demandes sans réponse</source>
        <translation>Overdue actions, reviews, unanswered requests</translation>
    </message>
    <message>
        <source>File &amp;active</source>
        <translation>&amp;Caseload</translation>
    </message>
    <message>
        <source>Les patients suivis</source>
        <translation>The patients being followed</translation>
    </message>
    <message>
        <source>A&amp;nnuaire</source>
        <translation>&amp;Directory</translation>
    </message>
    <message>
        <source>Professionnels et structures</source>
        <translation>Professionals and organisations</translation>
    </message>
    <message>
        <source>&amp;Synchronisation</source>
        <translation>&amp;Synchronisation</translation>
    </message>
    <message>
        <source>Échanger les dossiers avec les collègues, conflits à revoir</source>
        <translation>Exchange files with colleagues, conflicts to review</translation>
    </message>
    <message>
        <source>&amp;Préférences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>Langue de l&apos;interface</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>&amp;Guide d&apos;utilisation</source>
        <translation>User &amp;guide</translation>
    </message>
    <message>
        <source>&amp;Restaurer une sauvegarde…</source>
        <translation>&amp;Restore a backup…</translation>
    </message>
    <message>
        <source>Remettre en place une sauvegarde chiffrée</source>
        <translation>Put an encrypted backup back in place</translation>
    </message>
    <message>
        <source>À &amp;propos de CoordApp</source>
        <translation>&amp;About CoordApp</translation>
    </message>
    <message>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Outils</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>Ai&amp;de</source>
        <translation>&amp;Help</translation>
    </message>
</context>
<context>
    <name>MainPrintCommands</name>
    <message>
        <source>Exporter l&apos;agenda de mes patients</source>
        <translation>Export my patients&apos; calendar</translation>
    </message>
    <message>
        <source>Agendas iCalendar (*.ics)</source>
        <translation>iCalendar files (*.ics)</translation>
    </message>
    <message>
        <source>Export impossible</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Agenda enregistré : {count} échéance(s) dans {path}</source>
        <translation>Calendar saved: {count} due date(s) in {path}</translation>
    </message>
    <message>
        <source>Rapport enregistré : {path}</source>
        <translation>Report saved: {path}</translation>
    </message>
    <message>
        <source>Aperçu impossible</source>
        <translation>Preview unavailable</translation>
    </message>
    <message>
        <source>Imprimé : {pages} page(s).</source>
        <translation>Printed: {pages} page(s).</translation>
    </message>
    <message>
        <source>Enregistré : {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>PPCS à réviser d&apos;ici le {date} — {count} personne(s)</source>
        <translation>Care plans to review by {date} — {count} person(s)</translation>
    </message>
    <message>
        <source>({count} laissée(s) de côté)</source>
        <translation>({count} left out)</translation>
    </message>
    <message>
        <source>Impossible de relire le rapport ({reason}).</source>
        <translation>The report cannot be read back ({reason}).</translation>
    </message>
    <message>
        <source>Rapport d&apos;activité</source>
        <translation>Activity report</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CoordApp — démonstration (patients fictifs)</source>
        <extracomment>Fits a 1366×768 screen once the taskbar and the window frame are taken. How often the open window looks for commits made by other programs (milliseconds). What is announced when another program wrote: every list refreshes. The workspace was closed and the patient data removed from the screen. A workspace was opened again after a lock. A patient line was activated (caseload or &quot;À faire&quot;): open this patient&apos;s file. &quot;Nouvelle demande…&quot; (Ctrl+N, or its button in the toolbar) was chosen.</extracomment>
        <translation>CoordApp — demonstration (fictitious patients)</translation>
    </message>
    <message>
        <source>CoordApp</source>
        <translation>CoordApp</translation>
    </message>
    <message>
        <source>Sauvegarde du jour enregistrée.</source>
        <translation>Today&apos;s backup saved.</translation>
    </message>
    <message>
        <source>{file} — {count} — dernière synchronisation : {when}</source>
        <translation>{file} — {count} — last synchronisation: {when}</translation>
    </message>
    <message>
        <source>jamais</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Calcul…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>{count} patient</source>
        <translation>{count} patient</translation>
    </message>
    <message>
        <source>{count} patients</source>
        <translation>{count} patients</translation>
    </message>
    <message>
        <source>Brouillon indisponible</source>
        <translation>Draft unavailable</translation>
    </message>
    <message>
        <source>CoordApp est verrouillé.</source>
        <translation>CoordApp is locked.</translation>
    </message>
    <message>
        <source>{file} — verrouillée</source>
        <translation>{file} — locked</translation>
    </message>
    <message>
        <source>Base endommagée</source>
        <translation>Damaged database</translation>
    </message>
    <message>
        <source>La vérification de la base chiffrée a trouvé {pages} page(s) en erreur. Ne continuez pas à saisir : restaurez la dernière sauvegarde (coordapp restore) et prévenez votre référent informatique.</source>
        <translation>The check of the encrypted database found {pages} page(s) in error. Stop entering data: restore the latest backup (coordapp restore) and tell your IT contact.</translation>
    </message>
    <message>
        <source>Sauvegarde impossible</source>
        <translation>Backup failed</translation>
    </message>
</context>
<context>
    <name>NeedDomain</name>
    <message>
        <source>Santé</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Autonomie</source>
        <translation>Autonomy</translation>
    </message>
    <message>
        <source>Psychologique</source>
        <translation>Psychological</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Social</translation>
    </message>
    <message>
        <source>Environnement, logement</source>
        <translation>Environment, housing</translation>
    </message>
    <message>
        <source>Aidant</source>
        <translation>Caregiver</translation>
    </message>
    <message>
        <source>Droits, démarches</source>
        <translation>Rights, formalities</translation>
    </message>
</context>
<context>
    <name>NeedForm</name>
    <message>
        <source>Le besoin, tel qu&apos;il est formulé avec la personne</source>
        <translation>The need, as worded with the person</translation>
    </message>
    <message>
        <source>Priorité exprimée par la &amp;personne (★, en tête du plan)</source>
        <translation>Priority expressed by the &amp;person (★, at the top of the plan)</translation>
    </message>
    <message>
        <source>Besoin &amp;non couvert sur le territoire</source>
        <translation>Need &amp;not met in the area</translation>
    </message>
    <message>
        <source>&amp;Besoin :</source>
        <translation>&amp;Need:</translation>
    </message>
    <message>
        <source>&amp;Domaine :</source>
        <translation>&amp;Area:</translation>
    </message>
    <message>
        <source>Remonté au territoire parmi les besoins sans réponse (partie 4 du PPCS).</source>
        <translation>Reported to the area among the unmet needs (part 4 of the PPCS).</translation>
    </message>
    <message>
        <source>Nouveau besoin</source>
        <translation>New need</translation>
    </message>
    <message>
        <source>Ctrl+Entrée pour l&apos;ajouter, Échap pour annuler.</source>
        <translation>Ctrl+Enter to add it, Esc to cancel.</translation>
    </message>
    <message>
        <source>Besoin (priorité {n})</source>
        <translation>Need (priority {n})</translation>
    </message>
    <message>
        <source>{goals} objectif(s)</source>
        <translation>{goals} goal(s)</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>Nouvelle demande d&apos;appui</source>
        <extracomment>The request was saved; the id of the patient it concerns, or &quot;&quot; if none.</extracomment>
        <translation>New request for support</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>‹ &amp;Précédent</source>
        <translation>‹ &amp;Previous</translation>
    </message>
    <message>
        <source>&amp;Suivant ›</source>
        <translation>&amp;Next ›</translation>
    </message>
    <message>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Étape suivante (Ctrl+Entrée)</source>
        <translation>Next step (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Enregistrer la demande (Ctrl+Entrée)</source>
        <translation>Save the request (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>1. La demande</source>
        <translation>1. The request</translation>
    </message>
    <message>
        <source>2. La personne concernée</source>
        <translation>2. The person concerned</translation>
    </message>
    <message>
        <source>3. La réponse</source>
        <translation>3. The answer</translation>
    </message>
    <message>
        <source>une personne non précisée</source>
        <translation>an unspecified person</translation>
    </message>
    <message>
        <source>Demande de {who} au sujet de {about}.</source>
        <translation>Request from {who} about {about}.</translation>
    </message>
    <message>
        <source>Dossier existant.</source>
        <translation>Existing file.</translation>
    </message>
    <message>
        <source>Des dossiers proches existent : choisissez « C&apos;est cette personne » ou cochez « Aucune de ces personnes ».</source>
        <translation>Similar files exist: choose “This is the person” or tick “None of these people”.</translation>
    </message>
    <message>
        <source>Le NIR saisi n&apos;est pas valide. Corrigez-le, ou videz le champ pour continuer sans NIR.</source>
        <translation>The NIR entered is not valid. Correct it, or clear the field to go on without a NIR.</translation>
    </message>
    <message>
        <source>Indiquez le motif de la demande.</source>
        <translation>Enter the reason for the request.</translation>
    </message>
    <message>
        <source>Doublon probable : choisissez « C&apos;est cette personne » ou confirmez qu&apos;il s&apos;agit d&apos;une autre personne.</source>
        <translation>Probable duplicate: choose “This is the person” or confirm that it is someone else.</translation>
    </message>
    <message>
        <source>Demande non enregistrée</source>
        <translation>Request not saved</translation>
    </message>
    <message>
        <source>Cette demande n&apos;est pas encore enregistrée. La garder en brouillon (À faire › Demandes à compléter) ?</source>
        <translation>This request is not saved yet. Keep it as a draft (To do › Requests to complete)?</translation>
    </message>
    <message>
        <source>Garder en brouillon</source>
        <translation>Keep as a draft</translation>
    </message>
    <message>
        <source>Abandonner</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Continuer la saisie</source>
        <translation>Keep editing</translation>
    </message>
</context>
<context>
    <name>NewReferralDialog</name>
    <message>
        <source>Nouvelle demande d&apos;appui</source>
        <translation>New request for support</translation>
    </message>
    <message>
        <source>Enregistrer la demande</source>
        <translation>Save the request</translation>
    </message>
</context>
<context>
    <name>NirEdit</name>
    <message>
        <source>15 caractères, clé comprise</source>
        <translation>15 characters, including the key</translation>
    </message>
    <message>
        <source>{count}/15 caractères</source>
        <translation>{count}/15 characters</translation>
    </message>
    <message>
        <source>✓ NIR valide (clé correcte)</source>
        <translation>✓ Valid NIR (correct key)</translation>
    </message>
</context>
<context>
    <name>OutlineCommands</name>
    <message>
        <source>Supprimer le besoin « {text} » avec ses {goals} objectif(s) et {actions} action(s) ?</source>
        <translation>Delete the need “{text}” with its {goals} goal(s) and {actions} action(s)?</translation>
    </message>
    <message>
        <source>Supprimer l&apos;objectif « {text} » avec ses {actions} action(s) ?</source>
        <translation>Delete the goal “{text}” with its {actions} action(s)?</translation>
    </message>
    <message>
        <source>Supprimer l&apos;action « {text} » ?</source>
        <translation>Delete the action “{text}”?</translation>
    </message>
    <message>
        <source>Les priorités exprimées par la personne (★) restent en tête du plan.</source>
        <translation>Priorities expressed by the person (★) stay at the top of the plan.</translation>
    </message>
</context>
<context>
    <name>PatientHeader</name>
    <message>
        <source>Conflit à revoir</source>
        <translation>Conflict to review</translation>
    </message>
    <message>
        <source>Des modifications concurrentes sont à revoir dans la page Synchronisation</source>
        <translation>Concurrent changes are to be reviewed on the Synchronisation page</translation>
    </message>
    <message>
        <source>Née le {date}</source>
        <extracomment>``patient_id → open conflicts`` (set by the window; None: never a badge). The person&apos;s information and right to object, when they limit what may be done.</extracomment>
        <translation>Born on {date}</translation>
    </message>
    <message>
        <source>Né le {date}</source>
        <translation>Born on {date}</translation>
    </message>
    <message>
        <source>Né(e) le {date}</source>
        <translation>Born on {date}</translation>
    </message>
    <message>
        <source>{age} ans</source>
        <translation>{age} years old</translation>
    </message>
    <message>
        <source>Clôturé le {date}</source>
        <translation>Closed on {date}</translation>
    </message>
    <message>
        <source>Actif depuis le {date}</source>
        <translation>Active since {date}</translation>
    </message>
    <message>
        <source>Médecin traitant : Dr {name}</source>
        <translation>GP: Dr {name}</translation>
    </message>
    <message>
        <source>Sans médecin traitant</source>
        <translation>No GP</translation>
    </message>
    <message>
        <source>Référent : {name}</source>
        <translation>Referent: {name}</translation>
    </message>
    <message>
        <source>Pas de référent désigné</source>
        <translation>No referent assigned</translation>
    </message>
    <message>
        <source>&lt;b&gt;Opposition au partage depuis le {date}&lt;/b&gt; : aucun envoi à des tiers (fichier FHIR, agenda, paquet pour un collègue, PPCS pour l&apos;équipe). Seul le PPCS pour la personne peut être imprimé.</source>
        <translation>&lt;b&gt;Objection to sharing since {date}&lt;/b&gt;: nothing is sent to others (FHIR file, calendar, bundle for a colleague, team PPCS). Only the person&apos;s own PPCS can be printed.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Information de la personne non enregistrée&lt;/b&gt; : l&apos;inclusion, la validation du PPCS et les envois attendent son enregistrement (onglet « Information et consentement »).</source>
        <translation>&lt;b&gt;The person&apos;s information is not recorded&lt;/b&gt;: inclusion, PPCS validation and sending wait until it is (“Information and consent” tab).</translation>
    </message>
</context>
<context>
    <name>PatientPrintCommands</name>
    <message>
        <source>Imprimer le PPCS…</source>
        <translation>Print the care plan…</translation>
    </message>
    <message>
        <source>Dossier &amp;FHIR (.json)…</source>
        <translation>&amp;FHIR record (.json)…</translation>
    </message>
    <message>
        <source>Le dossier et son PPCS au format FHIR R4, pour un autre logiciel</source>
        <translation>The file and its care plan in FHIR R4 format, for other software</translation>
    </message>
    <message>
        <source>&amp;Agenda de ses échéances (.ics)…</source>
        <translation>&amp;Calendar of due dates (.ics)…</translation>
    </message>
    <message>
        <source>Les actions à échéance et la révision du PPCS, pour votre agenda</source>
        <translation>Actions due and the care plan review, for your calendar</translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Aperçu puis impression du PPCS, pour la personne ou pour l&apos;équipe ({shortcut})</source>
        <translation>Preview, then print the care plan, for the person or for the team ({shortcut})</translation>
    </message>
    <message>
        <source>Ce patient n&apos;a pas encore de PPCS : rien à imprimer. Créez-le dans l&apos;onglet « PPCS » (Alt+P).</source>
        <translation>This patient has no care plan yet: nothing to print. Create it in the &quot;PPCS&quot; tab (Alt+P).</translation>
    </message>
    <message>
        <source>Impression impossible</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <source>pour la personne</source>
        <translation>for the person</translation>
    </message>
    <message>
        <source>pour la personne, en gros caractères</source>
        <translation>for the person, in large print</translation>
    </message>
    <message>
        <source>pour l&apos;équipe</source>
        <translation>for the team</translation>
    </message>
    <message>
        <source>PPCS de {name}, {audience}</source>
        <translation>Care plan of {name}, {audience}</translation>
    </message>
    <message>
        <source>PPCS imprimé : {pages} page(s).</source>
        <translation>Care plan printed: {pages} page(s).</translation>
    </message>
    <message>
        <source>PPCS enregistré : {path}</source>
        <translation>Care plan saved: {path}</translation>
    </message>
    <message>
        <source>Exporter le dossier au format FHIR</source>
        <translation>Export the file in FHIR format</translation>
    </message>
    <message>
        <source>Fichiers JSON (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>Exporter l&apos;agenda du patient</source>
        <translation>Export the patient&apos;s calendar</translation>
    </message>
    <message>
        <source>Agendas iCalendar (*.ics)</source>
        <translation>iCalendar files (*.ics)</translation>
    </message>
    <message>
        <source>Export impossible</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Exporté : {path}</source>
        <translation>Exported: {path}</translation>
    </message>
</context>
<context>
    <name>PatientStatus</name>
    <message>
        <source>Demande</source>
        <extracomment>Case statuses as ``CaseloadService`` knows them, in the order of a case&apos;s life.</extracomment>
        <translation>Request</translation>
    </message>
    <message>
        <source>Actif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>En pause</source>
        <translation>On hold</translation>
    </message>
    <message>
        <source>Clôturé</source>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>PatientWindow</name>
    <message>
        <source>&amp;Identité et contacts</source>
        <extracomment>Tabs showing the patient file read by the window (the others read their own data). Fits a 1366×768 screen once the taskbar and the window frame are taken. Something about this patient was written (identity, requests, circle, journal…).</extracomment>
        <translation>&amp;Identity and contacts</translation>
    </message>
    <message>
        <source>&amp;Demandes</source>
        <translation>&amp;Requests</translation>
    </message>
    <message>
        <source>&amp;Cercle de soins</source>
        <translation>&amp;Care circle</translation>
    </message>
    <message>
        <source>É&amp;valuation</source>
        <translation>Assess&amp;ment</translation>
    </message>
    <message>
        <source>&amp;PPCS</source>
        <translation>&amp;Care plan</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Log</translation>
    </message>
    <message>
        <source>R&amp;uptures de parcours</source>
        <translation>Br&amp;eaks in the pathway</translation>
    </message>
    <message>
        <source>&amp;Historique</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <source>In&amp;formation et consentement</source>
        <translation>I&amp;nformation and consent</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Fermer le dossier</source>
        <translation>Close the file</translation>
    </message>
    <message>
        <source>PPCS validé, PDF enregistré : {path}</source>
        <translation>Care plan validated, PDF saved: {path}</translation>
    </message>
    <message>
        <source>{name} — CoordApp[*]</source>
        <translation>{name} — CoordApp[*]</translation>
    </message>
    <message>
        <source>Enregistré.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Modifications non enregistrées</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Ce dossier a des modifications non enregistrées. Les enregistrer avant de fermer ?</source>
        <translation>This file has unsaved changes. Save them before closing?</translation>
    </message>
    <message>
        <source>Ignorer</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PatientWindows</name>
    <message>
        <source>Dossier indisponible</source>
        <translation>File unavailable</translation>
    </message>
</context>
<context>
    <name>PdfPageView</name>
    <message>
        <source>Page {page}</source>
        <extracomment>Zoom modes besides a fixed factor (1.0 is 100 %, the page at its real size). Pages kept drawn beyond the visible area, in viewport heights. The page at the top third of the view changed (index from 0).</extracomment>
        <translation>Page {page}</translation>
    </message>
</context>
<context>
    <name>PersonStep</name>
    <message>
        <source>Tous les prénoms de naissance, dans l&apos;ordre</source>
        <extracomment>Ids of the candidates the user declared to be someone else.</extracomment>
        <translation>All the birth first names, in order</translation>
    </message>
    <message>
        <source>À préciser</source>
        <translation>To be specified</translation>
    </message>
    <message>
        <source>06 12 34 56 78</source>
        <translation>06 12 34 56 78</translation>
    </message>
    <message>
        <source>Nom de naissance</source>
        <translation>Birth name</translation>
    </message>
    <message>
        <source>Prénoms de naissance</source>
        <translation>Birth first names</translation>
    </message>
    <message>
        <source>Date de naissance</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Sexe</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>NIR (si connu)</source>
        <translation>NIR (if known)</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Naissance</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>C&apos;est &amp;cette personne</source>
        <translation>This is &amp;the person</translation>
    </message>
    <message>
        <source>Aucune de ces personnes : c&apos;est une autre personne</source>
        <translation>None of these people: this is someone else</translation>
    </message>
    <message>
        <source>&amp;Nouvelle personne</source>
        <translation>&amp;New person</translation>
    </message>
    <message>
        <source>Ne pas rattacher la demande à ce dossier</source>
        <translation>Do not link the request to this file</translation>
    </message>
    <message>
        <source>Dossiers existants qui pourraient correspondre</source>
        <translation>Existing files that might match</translation>
    </message>
    <message>
        <source>Saisissez le nom, le prénom et la date de naissance : les dossiers existants proches s&apos;affichent ici.</source>
        <translation>Enter the surname, first name and date of birth: similar existing files appear here.</translation>
    </message>
    <message>
        <source>{count} dossier(s) existant(s) pourraient concerner la même personne.</source>
        <translation>{count} existing file(s) might concern the same person.</translation>
    </message>
    <message>
        <source>Aucun dossier existant proche.</source>
        <translation>No similar existing file.</translation>
    </message>
    <message>
        <source>Doublon probable : vérifiez ces dossiers avant de créer un nouveau dossier.</source>
        <translation>Probable duplicate: check these files before creating a new one.</translation>
    </message>
    <message>
        <source>La demande sera rattachée au dossier existant de {name}, né(e) le {date} ({status}).</source>
        <translation>The request will be linked to the existing file of {name}, born on {date} ({status}).</translation>
    </message>
</context>
<context>
    <name>PlanDiff</name>
    <message>
        <source>libellé</source>
        <translation>wording</translation>
    </message>
    <message>
        <source>domaine</source>
        <translation>area</translation>
    </message>
    <message>
        <source>rang de priorité</source>
        <translation>priority rank</translation>
    </message>
    <message>
        <source>priorité de la personne</source>
        <translation>person&apos;s priority</translation>
    </message>
    <message>
        <source>besoin non couvert</source>
        <translation>unmet need</translation>
    </message>
    <message>
        <source>avis de la personne</source>
        <translation>person&apos;s opinion</translation>
    </message>
    <message>
        <source>échéance</source>
        <translation>due date</translation>
    </message>
    <message>
        <source>critère d&apos;évaluation</source>
        <translation>evaluation criterion</translation>
    </message>
    <message>
        <source>statut</source>
        <translation>status</translation>
    </message>
    <message>
        <source>responsable</source>
        <translation>responsible</translation>
    </message>
    <message>
        <source>début</source>
        <translation>start</translation>
    </message>
    <message>
        <source>fréquence</source>
        <translation>frequency</translation>
    </message>
    <message>
        <source>réalisée le</source>
        <translation>done on</translation>
    </message>
    <message>
        <source>résultat</source>
        <translation>result</translation>
    </message>
    <message>
        <source>souhaits de la personne</source>
        <translation>person&apos;s wishes</translation>
    </message>
    <message>
        <source>procédure d&apos;alerte</source>
        <translation>alert procedure</translation>
    </message>
    <message>
        <source>date de révision</source>
        <translation>review date</translation>
    </message>
    <message>
        <source>Besoin</source>
        <translation>Need</translation>
    </message>
    <message>
        <source>Objectif</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>(fixée à la validation)</source>
        <translation>(set at validation)</translation>
    </message>
    <message>
        <source>(vide)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <source>(membre retiré du cercle)</source>
        <translation>(member removed from the circle)</translation>
    </message>
    <message>
        <source>du besoin</source>
        <translation>of the need</translation>
    </message>
    <message>
        <source>de l&apos;objectif</source>
        <translation>of the goal</translation>
    </message>
    <message>
        <source>Ajouté</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Supprimé</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Modifié</source>
        <translation>Changed</translation>
    </message>
</context>
<context>
    <name>PlanForm</name>
    <message>
        <source>Informations générales du PPCS</source>
        <translation>General information of the PPCS</translation>
    </message>
    <message>
        <source>Dans les mots de la personne : « Je veux rester chez moi… »</source>
        <translation>In the person&apos;s own words: “I want to stay at home…”</translation>
    </message>
    <message>
        <source>Qui appeler, quand : signes d&apos;alerte, numéros, conduite à tenir</source>
        <translation>Whom to call, when: warning signs, numbers, what to do</translation>
    </message>
    <message>
        <source>&amp;Souhaits de la personne :</source>
        <translation>Person&apos;s &amp;wishes:</translation>
    </message>
    <message>
        <source>Procédure d&apos;&amp;alerte :</source>
        <translation>&amp;Alert procedure:</translation>
    </message>
    <message>
        <source>&amp;Révision prévue le :</source>
        <translation>&amp;Review due on:</translation>
    </message>
    <message>
        <source>Vide : 6 mois après la validation ({date} si le plan est validé aujourd&apos;hui). JJ/MM/AAAA, ou +90 pour dans 90 jours.</source>
        <translation>Empty: 6 months after validation ({date} if the plan is validated today). DD/MM/YYYY, or +90 for in 90 days.</translation>
    </message>
    <message>
        <source>Accord de la personne le {date} : {text}</source>
        <translation>Person&apos;s agreement on {date}: {text}</translation>
    </message>
    <message>
        <source>L&apos;accord de la personne est recueilli à la validation du plan.</source>
        <translation>The person&apos;s agreement is recorded when the plan is validated.</translation>
    </message>
</context>
<context>
    <name>PlanHeader</name>
    <message>
        <source>Appliquer un &amp;modèle…</source>
        <translation>Apply a &amp;template…</translation>
    </message>
    <message>
        <source>Enregistrer comme modèle…</source>
        <translation>Save as a template…</translation>
    </message>
    <message>
        <source>&amp;Valider le plan…</source>
        <translation>&amp;Validate the plan…</translation>
    </message>
    <message>
        <source>Valider et imprimer…</source>
        <translation>Validate and print…</translation>
    </message>
    <message>
        <source>Valide cette version avec l&apos;accord de la personne et enregistre son PPCS en PDF, en une étape (Ctrl+Maj+P)</source>
        <translation>Validates this version with the person&apos;s agreement and saves their care plan as PDF, in one step (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Nouvelle v&amp;ersion</source>
        <translation>New v&amp;ersion</translation>
    </message>
    <message>
        <source>&amp;Historique</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <source>Ouvre un brouillon copié de la version validée, pour la réviser</source>
        <translation>Opens a draft copied from the validated version, to review it</translation>
    </message>
    <message>
        <source>PPCS — pas encore de plan</source>
        <translation>PPCS — no plan yet</translation>
    </message>
    <message>
        <source>Commencez un plan vide ou partez d&apos;un modèle.</source>
        <translation>Start an empty plan or use a template.</translation>
    </message>
    <message>
        <source>PPCS — version {n} — {status}</source>
        <translation>PPCS — version {n} — {status}</translation>
    </message>
    <message>
        <source> le {date}</source>
        <translation> on {date}</translation>
    </message>
    <message>
        <source> par {name}</source>
        <translation> by {name}</translation>
    </message>
    <message>
        <source>révision de la version {n}</source>
        <translation>review of version {n}</translation>
    </message>
    <message>
        <source>révision prévue le {date}</source>
        <translation>review due on {date}</translation>
    </message>
    <message>
        <source>{needs} besoin(s), {goals} objectif(s), {actions} action(s)</source>
        <translation>{needs} need(s), {goals} goal(s), {actions} action(s)</translation>
    </message>
    <message>
        <source>Dossier clôturé : le PPCS est en lecture seule. Rouvrez le dossier pour le modifier.</source>
        <translation>Closed file: the PPCS is read-only. Reopen the file to edit it.</translation>
    </message>
    <message>
        <source>Version validée, figée : seul le suivi se saisit ici (statut et résultat des actions, statut des objectifs, besoin non couvert). « Nouvelle version » pour réviser le contenu.</source>
        <translation>Validated version, frozen: only follow-up is entered here (status and result of actions, status of goals, unmet need). “New version” to review the content.</translation>
    </message>
</context>
<context>
    <name>PlanStatus</name>
    <message>
        <source>brouillon</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>validée</source>
        <translation>validated</translation>
    </message>
    <message>
        <source>remplacée</source>
        <translation>superseded</translation>
    </message>
    <message>
        <source>clôturée</source>
        <translation>closed</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>★ priorité exprimée par la personne · Inser : ajouter · F2 : modifier · Suppr : supprimer · Ctrl+↑/↓ : priorité du besoin</source>
        <extracomment>&quot;Valider et imprimer&quot; saved the person&apos;s PDF: its path. &quot;Valider et imprimer&quot; asked for the print preview afterwards.</extracomment>
        <translation>★ priority expressed by the person · Ins: add · F2: edit · Del: delete · Ctrl+↑/↓: priority of the need</translation>
    </message>
    <message>
        <source>PPCS</source>
        <translation>PPCS</translation>
    </message>
    <message>
        <source>Dossier clôturé : le PPCS est en lecture seule.</source>
        <translation>Closed file: the PPCS is read-only.</translation>
    </message>
    <message>
        <source>Cette version du PPCS est figée : « Nouvelle version » pour en modifier le contenu.</source>
        <translation>This version of the PPCS is frozen: “New version” to edit its content.</translation>
    </message>
    <message>
        <source>Le PPCS est validé, mais son PDF n&apos;a pas pu être enregistré : {message} Imprimez-le avec « Imprimer le PPCS… » (Ctrl+P).</source>
        <translation>The care plan is validated, but its PDF could not be saved: {message} Print it with &quot;Print the care plan…&quot; (Ctrl+P).</translation>
    </message>
</context>
<context>
    <name>PlanTree</name>
    <message>
        <source>Libellé</source>
        <translation>Wording</translation>
    </message>
    <message>
        <source>Responsable</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Souhaits de la personne : « {wishes} »</source>
        <translation>Person&apos;s wishes: “{wishes}”</translation>
    </message>
    <message>
        <source>Souhaits de la personne, procédure d&apos;alerte (à compléter)</source>
        <translation>Person&apos;s wishes, alert procedure (to be completed)</translation>
    </message>
    <message>
        <source>Révision le {date} · {text}</source>
        <translation>Review on {date} · {text}</translation>
    </message>
    <message>
        <source>Non couvert</source>
        <translation>Not met</translation>
    </message>
    <message>
        <source>aucun objectif</source>
        <translation>no goal</translation>
    </message>
    <message>
        <source>à désigner</source>
        <translation>to be assigned</translation>
    </message>
    <message>
        <source>En retard</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>{mark} Priorité exprimée par la personne
{text}</source>
        <translation>{mark} Priority expressed by the person
{text}</translation>
    </message>
    <message>
        <source>{status}, échéance dépassée de %n jour(s)</source>
        <translation>{status}, %n day(s) past the due date</translation>
    </message>
    <message>
        <source>Résultat : {result}</source>
        <translation>Result: {result}</translation>
    </message>
</context>
<context>
    <name>PlanTreeView</name>
    <message>
        <source>Plan : besoins, objectifs et actions</source>
        <translation>Plan: needs, goals and actions</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Préférences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>La nouvelle langue s&apos;appliquera au prochain démarrage de CoordApp.</source>
        <translation>The new language will apply the next time CoordApp starts.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>jamais (déconseillé)</source>
        <translation>never (not recommended)</translation>
    </message>
    <message>
        <source>Sans action au clavier ni à la souris pendant ce temps, CoordApp masque les dossiers et demande la phrase de passe.</source>
        <translation>After this long without keyboard or mouse input, CoordApp hides the files and asks for the passphrase.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Quand un autre programme écrit dans la base (synchronisation, import, script), un enregistrement attend et réessaie pendant ce temps, vos saisies gardées, puis propose « Réessayer ». S&apos;applique aux fenêtres ouvertes ensuite.</source>
        <translation>When another program writes to the database (synchronisation, import, script), a save waits and tries again for this long, your input kept, then offers “Retry”. Applies to windows opened afterwards.</translation>
    </message>
    <message>
        <source>&amp;Langue de l&apos;interface</source>
        <translation>Interface &amp;language</translation>
    </message>
    <message>
        <source>&amp;Verrouillage après inactivité</source>
        <translation>&amp;Lock after inactivity</translation>
    </message>
    <message>
        <source>&amp;Attente si la base est occupée</source>
        <translation>&amp;Wait when the database is busy</translation>
    </message>
    <message>
        <source>&amp;Général</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>Mon &amp;profil</source>
        <translation>My &amp;profile</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Ajuster à la largeur</source>
        <extracomment>Pages were sent to the printer: their number. The document was saved: the path.</extracomment>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Page entière</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>&amp;Zoom :</source>
        <translation>&amp;Zoom:</translation>
    </message>
    <message>
        <source>&amp;Imprimer…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Enregistrer en PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>L&apos;impression n&apos;a pas pu commencer : vérifiez l&apos;imprimante, puis réessayez.</source>
        <translation>Printing could not start: check the printer, then try again.</translation>
    </message>
    <message>
        <source>Enregistrement impossible</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <source>Imprimer — {title}</source>
        <translation>Print — {title}</translation>
    </message>
    <message>
        <source>Enregistrer en PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Page {page} sur {count}</source>
        <translation>Page {page} of {count}</translation>
    </message>
</context>
<context>
    <name>ProfessionalDialog</name>
    <message>
        <source>Modifier un professionnel</source>
        <translation>Edit a professional</translation>
    </message>
    <message>
        <source>Nouveau professionnel</source>
        <translation>New professional</translation>
    </message>
    <message>
        <source>Médecin généraliste</source>
        <translation>General practitioner</translation>
    </message>
    <message>
        <source>Médecin spécialiste</source>
        <translation>Specialist doctor</translation>
    </message>
    <message>
        <source>Infirmier(ère) libéral(e)</source>
        <translation>Community nurse</translation>
    </message>
    <message>
        <source>Pharmacien(ne)</source>
        <translation>Pharmacist</translation>
    </message>
    <message>
        <source>Masseur-kinésithérapeute</source>
        <translation>Physiotherapist</translation>
    </message>
    <message>
        <source>Assistant(e) social(e)</source>
        <translation>Social worker</translation>
    </message>
    <message>
        <source>Ergothérapeute</source>
        <translation>Occupational therapist</translation>
    </message>
    <message>
        <source>Orthophoniste</source>
        <translation>Speech therapist</translation>
    </message>
    <message>
        <source>Psychologue</source>
        <translation>Psychologist</translation>
    </message>
    <message>
        <source>Diététicien(ne)</source>
        <translation>Dietitian</translation>
    </message>
    <message>
        <source>(aucune)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>&amp;Nom *</source>
        <translation>&amp;Surname *</translation>
    </message>
    <message>
        <source>&amp;Prénom</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <source>P&amp;rofession *</source>
        <translation>P&amp;rofession *</translation>
    </message>
    <message>
        <source>Spécialité</source>
        <translation>Speciality</translation>
    </message>
    <message>
        <source>RPPS</source>
        <translation>RPPS</translation>
    </message>
    <message>
        <source>11 chiffres</source>
        <translation>11 digits</translation>
    </message>
    <message>
        <source>ADELI</source>
        <translation>ADELI</translation>
    </message>
    <message>
        <source>9 chiffres</source>
        <translation>9 digits</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>&amp;Téléphone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>&amp;Courriel</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <source>adresse MSSanté de préférence</source>
        <translation>preferably an MSSanté address</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Accepte de nouveaux patients comme médecin traitant</source>
        <translation>Takes new patients as attending GP</translation>
    </message>
    <message>
        <source>Nouveau professionnel dans l&apos;annuaire</source>
        <translation>New professional in the directory</translation>
    </message>
    <message>
        <source>Pharmacien</source>
        <translation>Pharmacist</translation>
    </message>
    <message>
        <source>Médecin gériatre</source>
        <translation>Geriatrician</translation>
    </message>
    <message>
        <source>03 24 00 00 00</source>
        <translation>03 24 00 00 00</translation>
    </message>
    <message>
        <source>MSSanté de préférence</source>
        <translation>preferably MSSanté</translation>
    </message>
    <message>
        <source>Nom (obligatoire)</source>
        <translation>Name (required)</translation>
    </message>
    <message>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Profession (obligatoire)</source>
        <translation>Profession (required)</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Courriel</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Ajouter à l&apos;annuaire</source>
        <translation>Add to the directory</translation>
    </message>
</context>
<context>
    <name>ProfessionalTableModel</name>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>RPPS</source>
        <translation>RPPS</translation>
    </message>
    <message>
        <source>Courriel</source>
        <translation>Email</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Le territoire de votre structure : un nouveau professionnel de l&apos;annuaire est pré-rempli avec cette commune, et la recherche montre d&apos;abord les professionnels de ce département.</source>
        <translation>Your structure&apos;s territory: a new professional in the directory is prefilled with this commune, and the search shows the professionals of this département first.</translation>
    </message>
    <message>
        <source>03 24 00 00 00</source>
        <translation>03 24 00 00 00</translation>
    </message>
    <message>
        <source>DAC des Ardennes</source>
        <translation>DAC des Ardennes</translation>
    </message>
    <message>
        <source>Ces coordonnées figurent sur chaque PPCS imprimé : la personne sait qui appeler.</source>
        <translation>These details are printed on every care plan: the person knows whom to call.</translation>
    </message>
    <message>
        <source>Nom (obligatoire)</source>
        <translation>Name (required)</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Courriel</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Code postal de la structure</source>
        <translation>Structure&apos;s postal code</translation>
    </message>
    <message>
        <source>Commune de la structure</source>
        <translation>Structure&apos;s commune</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <source>PPCS proposé</source>
        <translation>Proposed care plan</translation>
    </message>
    <message>
        <source>D&apos;après l&apos;évaluation, ces modèles et besoins conviennent. Les actions sont confiées aux membres du cercle de soins qui ont le rôle voulu, les échéances comptées à partir d&apos;aujourd&apos;hui : relisez, puis ajustez dans l&apos;onglet PPCS.</source>
        <translation>From the assessment, these templates and needs fit. Actions go to the care circle members who have the right role, due dates count from today: read them over, then adjust in the Care plan tab.</translation>
    </message>
    <message>
        <source>ex. « Rester chez moi », « Revoir mes petits-enfants »</source>
        <translation>e.g. &quot;Stay at home&quot;, &quot;See my grandchildren again&quot;</translation>
    </message>
    <message>
        <source>Ce qui &amp;compte le plus pour la personne (ses mots) :</source>
        <translation>What &amp;matters most to the person (their words):</translation>
    </message>
    <message>
        <source>{actions} action(s), dont {assigned} confiée(s) au cercle de soins — {reasons}</source>
        <translation>{actions} action(s), {assigned} of them given to the care circle — {reasons}</translation>
    </message>
    <message>
        <source>Déjà dans le PPCS</source>
        <translation>Already in the PPCS</translation>
    </message>
    <message>
        <source>Besoin seul ({domain}), à compléter — {reason}</source>
        <translation>Need only ({domain}), to complete — {reason}</translation>
    </message>
    <message>
        <source>Créer le brouillon du PPCS</source>
        <translation>Create the care plan draft</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReferralAnswer</name>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Referred elsewhere</translation>
    </message>
    <message>
        <source>Inclusion</source>
        <translation>Inclusion</translation>
    </message>
    <message>
        <source>Non retenue</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <source>Retirée par le demandeur</source>
        <translation>Withdrawn by the requester</translation>
    </message>
</context>
<context>
    <name>ReferralChannel</name>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Messagerie sécurisée (MSSanté)</source>
        <translation>Secure messaging (MSSanté)</translation>
    </message>
    <message>
        <source>Courriel</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Courrier</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>En personne</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Réunion</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Autre</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>ReferralForm</name>
    <message>
        <source>Prénom et nom</source>
        <extracomment>Words of a directory profession (folded) → kind of requester. The type-ahead on the requester&apos;s name, once a directory is given. &quot;Choisir dans l&apos;annuaire…&quot; while it is open.</extracomment>
        <translation>First name and surname</translation>
    </message>
    <message>
        <source>Choisir dans l&apos;&amp;annuaire…</source>
        <translation>Choose from the &amp;directory…</translation>
    </message>
    <message>
        <source>Le demandeur connu de l&apos;annuaire : ses coordonnées se remplissent, il rejoint le cercle de soins de la personne (et devient son médecin traitant si c&apos;est un généraliste).</source>
        <translation>A requester known to the directory: their details fill in, they join the person&apos;s care circle (and become the person&apos;s GP if a general practitioner).</translation>
    </message>
    <message>
        <source>Médecin généraliste, infirmière…</source>
        <translation>General practitioner, nurse…</translation>
    </message>
    <message>
        <source>Cabinet, hôpital, service…</source>
        <translation>Practice, hospital, department…</translation>
    </message>
    <message>
        <source>03 24 00 00 00</source>
        <translation>03 24 00 00 00</translation>
    </message>
    <message>
        <source>Pourquoi le demandeur appelle : la situation, ce qui inquiète, ce qu&apos;il attend</source>
        <translation>Why the requester is calling: the situation, what worries them, what they expect</translation>
    </message>
    <message>
        <source>Reçue le</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Par</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Demandeur</source>
        <translation>Requester</translation>
    </message>
    <message>
        <source>Nom du demandeur</source>
        <translation>Requester&apos;s name</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Téléphone du demandeur</source>
        <translation>Requester&apos;s phone</translation>
    </message>
    <message>
        <source>&amp;Motif (obligatoire)</source>
        <translation>&amp;Reason (required)</translation>
    </message>
    <message>
        <source>Urgence</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Choisi dans l&apos;annuaire</source>
        <translation>Chosen from the directory</translation>
    </message>
    <message>
        <source>Prénom et nom (cherché dans l&apos;annuaire)</source>
        <translation>First and last name (searched in the directory)</translation>
    </message>
    <message>
        <source>Choisir le demandeur dans l&apos;annuaire</source>
        <translation>Choose the requester in the directory</translation>
    </message>
    <message>
        <source>Médecin généraliste</source>
        <translation>General practitioner</translation>
    </message>
    <message>
        <source>Infirmier(ère)</source>
        <translation>Nurse</translation>
    </message>
    <message>
        <source>Pharmacien(ne)</source>
        <translation>Pharmacist</translation>
    </message>
    <message>
        <source>Masseur-kinésithérapeute</source>
        <translation>Physiotherapist</translation>
    </message>
    <message>
        <source>Assistant(e) social(e)</source>
        <translation>Social worker</translation>
    </message>
</context>
<context>
    <name>ReferralsTab</name>
    <message>
        <source>En attente</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Reçue le</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Demandeur</source>
        <translation>Requester</translation>
    </message>
    <message>
        <source>Canal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Urgence</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Réponse</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Répondue le</source>
        <translation>Answered on</translation>
    </message>
    <message>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>&amp;Nouvelle demande…</source>
        <translation>&amp;New request…</translation>
    </message>
    <message>
        <source>&amp;Répondre…</source>
        <translation>&amp;Answer…</translation>
    </message>
</context>
<context>
    <name>RequesterKind</name>
    <message>
        <source>Médecin généraliste</source>
        <translation>General practitioner</translation>
    </message>
    <message>
        <source>Médecin spécialiste</source>
        <translation>Specialist doctor</translation>
    </message>
    <message>
        <source>Établissement de santé</source>
        <translation>Hospital or clinic</translation>
    </message>
    <message>
        <source>Infirmier(ère)</source>
        <translation>Nurse</translation>
    </message>
    <message>
        <source>Pharmacien(ne)</source>
        <translation>Pharmacist</translation>
    </message>
    <message>
        <source>Masseur-kinésithérapeute</source>
        <translation>Physiotherapist</translation>
    </message>
    <message>
        <source>Service à domicile (SSIAD, SAAD, HAD)</source>
        <translation>Home care service (SSIAD, SAAD, HAD)</translation>
    </message>
    <message>
        <source>Travailleur social</source>
        <translation>Social worker</translation>
    </message>
    <message>
        <source>Conseil départemental</source>
        <translation>County council (conseil départemental)</translation>
    </message>
    <message>
        <source>La personne elle-même</source>
        <translation>The person themselves</translation>
    </message>
    <message>
        <source>Un proche aidant</source>
        <translation>A family caregiver</translation>
    </message>
    <message>
        <source>Autre</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restaurer une sauvegarde</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>{date} — {label} — {size}</source>
        <translation>{date} — {label} — {size}</translation>
    </message>
    <message>
        <source>Phrase de passe en vigueur lors de la sauvegarde, ou code de récupération</source>
        <translation>Passphrase in force when the backup was made, or the recovery code</translation>
    </message>
    <message>
        <source>La base actuelle sera d&apos;abord mise de côté dans le dossier des sauvegardes : rien n&apos;est supprimé. Les saisies faites depuis la sauvegarde choisie ne seront plus visibles.</source>
        <translation>The current database will first be set aside in the backup folder: nothing is deleted. Entries made since the chosen backup will no longer be visible.</translation>
    </message>
    <message>
        <source>Restaurer</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Sauvegardes disponibles (la plus récente en haut) :</source>
        <translation>Available backups (newest first):</translation>
    </message>
    <message>
        <source>Aucune sauvegarde pour l&apos;instant.</source>
        <translation>No backup yet.</translation>
    </message>
</context>
<context>
    <name>ReviewPrintDialog</name>
    <message>
        <source>Imprimer les PPCS à réviser</source>
        <extracomment>The chosen plans were rendered: the ``PrintBatch`` to preview. A document was rendered: ``(done, total)``.</extracomment>
        <translation>Print the care plans due for review</translation>
    </message>
    <message>
        <source>Les PPCS de vos patients dont la révision est prévue d&apos;ici le {date}, ou en retard. Cochez ceux à imprimer pour préparer la réunion ou les visites.</source>
        <translation>Your patients&apos; care plans due for review by {date}, or overdue. Tick those to print for the meeting or the visits.</translation>
    </message>
    <message>
        <source>Aucun PPCS de vos patients n&apos;est à réviser d&apos;ici le {date}.</source>
        <translation>None of your patients&apos; care plans is due for review by {date}.</translation>
    </message>
    <message>
        <source>Version à imprimer</source>
        <translation>Version to print</translation>
    </message>
    <message>
        <source>&amp;Tout cocher</source>
        <extracomment>Who of the checked people the round will leave out, and why (team version).</extracomment>
        <translation>&amp;Tick all</translation>
    </message>
    <message>
        <source>Tout &amp;décocher</source>
        <translation>&amp;Untick all</translation>
    </message>
    <message>
        <source>&amp;Aperçu avant impression…</source>
        <translation>Print &amp;preview…</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>PPCS à réviser d&apos;ici le {date}</source>
        <translation>Care plans to review by {date}</translation>
    </message>
    <message>
        <source>Préparation des PPCS…</source>
        <translation>Preparing the care plans…</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Annulation…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>{checked} sur {total} cochés</source>
        <translation>{checked} of {total} ticked</translation>
    </message>
    <message numerus="yes">
        <source>%n opposée(s) au partage de leurs informations (leur PPCS pour la personne reste imprimable)</source>
        <translation>
            <numerusform>%n objected to sharing their information (their PPCS for the person can still be printed)</numerusform>
            <numerusform>%n objected to sharing their information (their PPCS for the person can still be printed)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dont le PPCS ou le dossier a été supprimé depuis</source>
        <translation>
            <numerusform>%n whose PPCS or file has been removed since</numerusform>
            <numerusform>%n whose PPCS or file has been removed since</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} personne(s) sur {checked} cochée(s) ont été laissées de côté : {reasons}.</source>
        <translation>{count} of the {checked} ticked person(s) were left out: {reasons}.</translation>
    </message>
    <message>
        <source>Version pour l&apos;équipe : {count} personne(s) sur {checked} cochée(s) seront laissées de côté : {reasons}.</source>
        <translation>Team version: {count} of the {checked} ticked person(s) will be left out: {reasons}.</translation>
    </message>
    <message>
        <source>PPCS {done} sur {total}…</source>
        <translation>Care plan {done} of {total}…</translation>
    </message>
</context>
<context>
    <name>ReviewTableModel</name>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Révision prévue</source>
        <translation>Review due</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>v{version}</source>
        <translation>v{version}</translation>
    </message>
    <message>
        <source>{date} — en retard de {days} j</source>
        <translation>{date} — {days} d overdue</translation>
    </message>
    <message>
        <source>{date} — aujourd&apos;hui</source>
        <translation>{date} — today</translation>
    </message>
    <message>
        <source>{date} — dans {days} j</source>
        <translation>{date} — in {days} d</translation>
    </message>
</context>
<context>
    <name>SaveTemplateDialog</name>
    <message>
        <source>Enregistrer comme modèle</source>
        <translation>Save as a template</translation>
    </message>
    <message>
        <source>ex. Retour à domicile après AVC</source>
        <translation>e.g. Return home after a stroke</translation>
    </message>
    <message>
        <source>Le modèle garde les besoins, objectifs, actions, rôles des responsables et délais ; jamais les noms, statuts, résultats ni l&apos;avis de la personne.</source>
        <translation>The template keeps the needs, goals, actions, roles of the people responsible and time frames; never names, statuses, results or the person&apos;s opinion.</translation>
    </message>
    <message>
        <source>&amp;Titre :</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Description :</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Envoyer à des collègues</source>
        <translation>Send to colleagues</translation>
    </message>
    <message>
        <source>Tout ce qui a changé depuis leur dernier paquet</source>
        <translation>Everything that changed since their last bundle</translation>
    </message>
    <message>
        <source>Les patients choisis (dossier complet)</source>
        <translation>The chosen patients (whole file)</translation>
    </message>
    <message>
        <source>Rechercher un patient…</source>
        <translation>Find a patient…</translation>
    </message>
    <message>
        <source>{name} — {structure}</source>
        <translation>{name} — {structure}</translation>
    </message>
    <message>
        <source>structure ?</source>
        <translation>organisation?</translation>
    </message>
    <message>
        <source>Révoqué, ou clé publique inconnue</source>
        <translation>Revoked, or public key unknown</translation>
    </message>
    <message>
        <source>Parcourir…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Envoyer</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Dossier de destination :</source>
        <translation>Destination folder:</translation>
    </message>
    <message>
        <source>Quoi :</source>
        <translation>What:</translation>
    </message>
    <message>
        <source>À qui :</source>
        <translation>To whom:</translation>
    </message>
    <message>
        <source>Un paquet par collègue, chiffré pour lui seul, avec seulement les patients que le réglage d&apos;équipe l&apos;autorise à recevoir.</source>
        <translation>One bundle per colleague, encrypted for them alone, with only the patients the team setting lets them receive.</translation>
    </message>
    <message>
        <source>Dossier de destination</source>
        <translation>Destination folder</translation>
    </message>
    <message>
        <source>Choisissez au moins un collègue.</source>
        <translation>Choose at least one colleague.</translation>
    </message>
    <message>
        <source>Choisissez au moins un patient.</source>
        <translation>Choose at least one patient.</translation>
    </message>
    <message>
        <source>Choisissez un dossier de destination existant (clé USB, dossier partagé…).</source>
        <translation>Choose an existing destination folder (USB stick, shared folder…).</translation>
    </message>
</context>
<context>
    <name>Sex</name>
    <message>
        <source>Féminin</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Masculin</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Inconnu</source>
        <translation>Unknown</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>inconnu</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Par {author}, le {date}</source>
        <translation>By {author}, on {date}</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Cette personne n&apos;a pas encore de PPCS.

Partez d&apos;un modèle (chutes, aidant épuisé, sortie d&apos;hospitalisation…) puis adaptez-le, ou commencez un plan vide. Les besoins suggérés par une évaluation peuvent aussi y être ajoutés depuis l&apos;onglet Évaluation.</source>
        <translation>This person has no PPCS yet.

Start from a template (falls, exhausted caregiver, hospital discharge…) then adapt it, or start an empty plan. Needs suggested by an assessment can also be added from the Assessment tab.</translation>
    </message>
    <message>
        <source>Pa&amp;rtir d&apos;un modèle…</source>
        <translation>Start from a &amp;template…</translation>
    </message>
    <message>
        <source>C&amp;ommencer un plan vide</source>
        <translation>Start an &amp;empty plan</translation>
    </message>
</context>
<context>
    <name>StructureDialog</name>
    <message>
        <source>Modifier une structure</source>
        <translation>Edit an organisation</translation>
    </message>
    <message>
        <source>Nouvelle structure</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <source>&amp;Nom *</source>
        <translation>&amp;Surname *</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>&amp;Gestionnaire</source>
        <translation>&amp;Managing body</translation>
    </message>
    <message>
        <source>FINESS</source>
        <translation>FINESS</translation>
    </message>
    <message>
        <source>9 caractères</source>
        <translation>9 characters</translation>
    </message>
    <message>
        <source>&amp;Téléphone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>&amp;Courriel</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Ce qu&apos;elle fait</source>
        <translation>What it does</translation>
    </message>
    <message>
        <source>Ex. : aide aux démarches, portage de repas</source>
        <translation>E.g.: help with paperwork, meals on wheels</translation>
    </message>
    <message>
        <source>&amp;Horaires</source>
        <translation>Opening &amp;hours</translation>
    </message>
    <message>
        <source>Ex. : du lundi au vendredi, 9 h – 17 h</source>
        <translation>E.g.: Monday to Friday, 9 am – 5 pm</translation>
    </message>
</context>
<context>
    <name>StructureKind</name>
    <message>
        <source>Établissement de santé</source>
        <translation>Hospital or clinic</translation>
    </message>
    <message>
        <source>Conseil départemental</source>
        <translation>County council (conseil départemental)</translation>
    </message>
    <message>
        <source>Pharmacie</source>
        <translation>Pharmacy</translation>
    </message>
    <message>
        <source>Laboratoire</source>
        <translation>Laboratory</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <source>Réseau de santé</source>
        <translation>Health network</translation>
    </message>
    <message>
        <source>Service d&apos;interprétariat</source>
        <translation>Interpreting service</translation>
    </message>
    <message>
        <source>Autre structure</source>
        <translation>Other organisation</translation>
    </message>
</context>
<context>
    <name>StructureTableModel</name>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>FINESS</source>
        <translation>FINESS</translation>
    </message>
    <message>
        <source>Gestionnaire</source>
        <translation>Managing body</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>Fermer</source>
        <extracomment>A suggested need was added to the PPCS (its id). &quot;Proposer le PPCS…&quot;: the whole proposal (templates included) for this assessment.</extracomment>
        <translation>Close</translation>
    </message>
    <message>
        <source>Proposer le PPCS…</source>
        <translation>Propose the care plan…</translation>
    </message>
    <message>
        <source>Les modèles de plan qui conviennent à cette évaluation, avec le cercle de soins déjà désigné pour les actions</source>
        <translation>The plan templates that fit this assessment, with the care circle already named for the actions</translation>
    </message>
    <message>
        <source>Besoins suggérés par l&apos;évaluation du {date}</source>
        <translation>Needs suggested by the assessment of {date}</translation>
    </message>
    <message>
        <source>Besoins suggérés par l&apos;évaluation</source>
        <translation>Needs suggested by the assessment</translation>
    </message>
    <message>
        <source>Cette évaluation ne suggère aucun besoin.</source>
        <translation>This assessment suggests no need.</translation>
    </message>
    <message>
        <source>Ajouté au PPCS ✓</source>
        <translation>Added to the PPCS ✓</translation>
    </message>
    <message>
        <source>Ignoré</source>
        <translation>Ignored</translation>
    </message>
    <message>
        <source>Déjà dans le PPCS</source>
        <translation>Already in the PPCS</translation>
    </message>
    <message>
        <source>Ajouter au PPCS</source>
        <translation>Add to the PPCS</translation>
    </message>
    <message>
        <source>Ignorer</source>
        <translation>Ignore</translation>
    </message>
</context>
<context>
    <name>SyncLabels</name>
    <message>
        <source>Dossier</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Demande</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Cercle de soins</source>
        <translation>Care circle</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Consentement</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Évaluation</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>PPCS</source>
        <translation>PPCS</translation>
    </message>
    <message>
        <source>Besoin</source>
        <translation>Need</translation>
    </message>
    <message>
        <source>Objectif</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Professionnel</source>
        <translation>Professional</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Afficher la clé publique</source>
        <translation>Show the public key</translation>
    </message>
    <message>
        <source>Copier la clé</source>
        <translation>Copy the key</translation>
    </message>
    <message>
        <source>La clé publique, à donner aux collègues qui vous envoient des paquets</source>
        <translation>The public key, to give to colleagues who send you bundles</translation>
    </message>
    <message>
        <source>Cette installation</source>
        <translation>This installation</translation>
    </message>
    <message>
        <source>Exporter un paquet…</source>
        <translation>Export a bundle…</translation>
    </message>
    <message>
        <source>Importer un paquet…</source>
        <translation>Import a bundle…</translation>
    </message>
    <message>
        <source>Dossier partagé…</source>
        <translation>Shared folder…</translation>
    </message>
    <message>
        <source>Synchroniser maintenant</source>
        <translation>Synchronise now</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Fiche</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Champ</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Ma valeur</source>
        <translation>My value</translation>
    </message>
    <message>
        <source>Leur valeur</source>
        <translation>Their value</translation>
    </message>
    <message>
        <source>Échanges et conflits</source>
        <translation>Exchanges and conflicts</translation>
    </message>
    <message>
        <source>Collègues</source>
        <translation>Colleagues</translation>
    </message>
    <message>
        <source>{name} — empreinte {fp}</source>
        <translation>{name} — fingerprint {fp}</translation>
    </message>
    <message>
        <source>Conflits à revoir : {count}</source>
        <translation>Conflicts to review: {count}</translation>
    </message>
    <message>
        <source>fiche supprimée</source>
        <translation>record deleted</translation>
    </message>
    <message>
        <source>{value} ({author}, {date})</source>
        <translation>{value} ({author}, {date})</translation>
    </message>
    <message>
        <source>inconnu</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Conflit résolu.</source>
        <translation>Conflict resolved.</translation>
    </message>
    <message>
        <source>Export en cours…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Paquet enregistré : {name} ({patients} patient(s), {ops} opération(s)).</source>
        <translation>Bundle saved: {name} ({patients} patient(s), {ops} operation(s)).</translation>
    </message>
    <message>
        <source>Importer un paquet</source>
        <translation>Import a bundle</translation>
    </message>
    <message>
        <source>Paquets CoordApp (*.coordbundle)</source>
        <translation>CoordApp bundles (*.coordbundle)</translation>
    </message>
    <message>
        <source>Dossier : {path}</source>
        <translation>Folder: {path}</translation>
    </message>
    <message>
        <source>Aucun dossier partagé choisi</source>
        <translation>No shared folder chosen</translation>
    </message>
    <message>
        <source>Dossier partagé</source>
        <translation>Shared folder</translation>
    </message>
    <message>
        <source>Synchronisation en cours…</source>
        <translation>Synchronising…</translation>
    </message>
    <message>
        <source>{imported} paquet(s) importé(s), {refused} refusé(s), {sent}.</source>
        <translation>{imported} bundle(s) imported, {refused} refused, {sent}.</translation>
    </message>
    <message>
        <source>nos changements déposés</source>
        <translation>our changes dropped off</translation>
    </message>
    <message>
        <source>rien de nouveau à déposer</source>
        <translation>nothing new to drop off</translation>
    </message>
    <message>
        <source>{count} paquet(s) pas encore lisible(s) (copie en cours ?) : nouvel essai au prochain passage.</source>
        <translation>{count} bundle(s) not readable yet (still being copied?): trying again next round.</translation>
    </message>
    <message>
        <source>Envoi en cours…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Masquer la clé publique</source>
        <translation>Hide the public key</translation>
    </message>
    <message>
        <source>Clé publique copiée.</source>
        <translation>Public key copied.</translation>
    </message>
</context>
<context>
    <name>TaskDoneDialog</name>
    <message>
        <source>Tâche faite</source>
        <translation>Task done</translation>
    </message>
    <message>
        <source>« {title} » : notez ce qui a été dit ou fait. La note est ajoutée au journal du patient.</source>
        <translation>“{title}”: note what was said or done. The note is added to the patient&apos;s journal.</translation>
    </message>
    <message>
        <source>Note pour le journal</source>
        <translation>Note for the journal</translation>
    </message>
    <message>
        <source>Ex. : Dr Roux joint par téléphone, d&apos;accord pour une visite à domicile</source>
        <translation>E.g.: Dr Roux reached by phone, agrees to a home visit</translation>
    </message>
    <message>
        <source>Marquer comme fait</source>
        <translation>Mark as done</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>Appliquer un modèle de plan</source>
        <translation>Apply a plan template</translation>
    </message>
    <message>
        <source>Les besoins, objectifs et actions du modèle s&apos;ajoutent au plan ; les échéances sont comptées à partir de la date de départ, et les responsables choisis dans le cercle de soins d&apos;après leur rôle. Tout reste modifiable ensuite.</source>
        <translation>The template&apos;s needs, goals and actions are added to the plan; due dates count from the start date, and the people responsible are chosen from the care circle by their role. Everything can be edited afterwards.</translation>
    </message>
    <message>
        <source>Le plan en vigueur est validé : une nouvelle version (brouillon) sera ouverte.</source>
        <translation>The plan in force is validated: a new version (draft) will be opened.</translation>
    </message>
    <message>
        <source>&amp;Date de départ :</source>
        <translation>&amp;Start date:</translation>
    </message>
    <message>
        <source>Appliquer</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Choisissez un modèle.</source>
        <translation>Choose a template.</translation>
    </message>
    <message>
        <source>Date de départ invalide : JJ/MM/AAAA.</source>
        <translation>Invalid start date: DD/MM/YYYY.</translation>
    </message>
    <message>
        <source>mon modèle</source>
        <translation>my template</translation>
    </message>
    <message>
        <source>modèle fourni</source>
        <translation>shipped template</translation>
    </message>
    <message>
        <source>{title}
{needs} besoin(s), {goals} objectif(s), {actions} action(s) — {origin}</source>
        <translation>{title}
{needs} need(s), {goals} goal(s), {actions} action(s) — {origin}</translation>
    </message>
</context>
<context>
    <name>ToolCommands</name>
    <message>
        <source>Langue enregistrée : elle s&apos;appliquera au prochain démarrage de CoordApp.</source>
        <translation>Language saved: it will apply the next time CoordApp starts.</translation>
    </message>
    <message>
        <source>Sauvegarde restaurée.</source>
        <translation>Backup restored.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Déverrouiller CoordApp</source>
        <translation>Unlock CoordApp</translation>
    </message>
    <message>
        <source>Base chiffrée {name}</source>
        <translation>Encrypted database {name}</translation>
    </message>
    <message>
        <source>Phrase de passe</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Phrase de passe oubliée ? Saisissez ici votre code de récupération.</source>
        <translation>Forgot your passphrase? Enter your recovery code here.</translation>
    </message>
    <message>
        <source>Quitter</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Déverrouiller</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Impossible de lire la base : {reason}</source>
        <translation>Cannot read the database: {reason}</translation>
    </message>
    <message>
        <source>Phrase de passe ou code de récupération incorrect.</source>
        <translation>Incorrect passphrase or recovery code.</translation>
    </message>
    <message>
        <source>Nouvel essai possible dans {seconds} s.</source>
        <translation>New attempt possible in {seconds} s.</translation>
    </message>
</context>
<context>
    <name>Urgency</name>
    <message>
        <source>Normale</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Rapide</source>
        <translation>Soon</translation>
    </message>
    <message>
        <source>Urgente</source>
        <translation>Urgent</translation>
    </message>
</context>
<context>
    <name>ValidateDialog</name>
    <message>
        <source>Valider le PPCS</source>
        <translation>Validate the PPCS</translation>
    </message>
    <message>
        <source>La version {n} sera figée, datée et signée de votre nom ; elle remplacera la version en vigueur. Le suivi (actions réalisées, objectifs atteints) restera possible.</source>
        <translation>Version {n} will be frozen, dated and signed with your name; it will replace the version in force. Follow-up (actions done, goals reached) will remain possible.</translation>
    </message>
    <message>
        <source>Complétez le PPCS (Annuler), ou validez-le tel quel : ces points seront imprimés « À préciser ».</source>
        <translation>Complete the plan (Cancel), or validate it as it is: these points will be printed &quot;To be specified&quot;.</translation>
    </message>
    <message>
        <source>ex. Accord oral de la personne lors de la visite à domicile, en présence de sa fille ; plan relu avec elle.</source>
        <translation>e.g. Oral agreement of the person during the home visit, with her daughter present; plan read through with her.</translation>
    </message>
    <message>
        <source>ex. Médecin traitant en congés jusqu&apos;au 15, informé par messagerie sécurisée</source>
        <translation>e.g. GP on leave until the 15th, informed by secure messaging</translation>
    </message>
    <message>
        <source>&amp;Accord de la personne :</source>
        <translation>Person&apos;s &amp;agreement:</translation>
    </message>
    <message>
        <source>Accord &amp;donné le :</source>
        <translation>Agreement &amp;given on:</translation>
    </message>
    <message>
        <source>&amp;Révision prévue le :</source>
        <translation>&amp;Review due on:</translation>
    </message>
    <message>
        <source>Valider &amp;sans le contact avec le médecin traitant, parce que :</source>
        <translation>Validate &amp;without the GP contact, because:</translation>
    </message>
    <message>
        <source>Valider quand même la version {n}</source>
        <translation>Validate version {n} anyway</translation>
    </message>
    <message>
        <source>Valider la version {n}</source>
        <translation>Validate version {n}</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Date invalide : JJ/MM/AAAA.</source>
        <translation>Invalid date: DD/MM/YYYY.</translation>
    </message>
</context>
<context>
    <name>ValidatePrintDialog</name>
    <message>
        <source>Valider et imprimer le PPCS</source>
        <translation>Validate and print the care plan</translation>
    </message>
    <message>
        <source>Valider et enregistrer le PDF</source>
        <translation>Validate and save the PDF</translation>
    </message>
    <message>
        <source>Fichier PDF du PPCS pour la personne</source>
        <translation>PDF file of the person&apos;s care plan</translation>
    </message>
    <message>
        <source>&amp;Parcourir…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Puis ouvrir l&apos;aperçu pour l&apos;imprimer sur papier</source>
        <translation>Then open the preview to print it on paper</translation>
    </message>
    <message>
        <source>PPCS pour la &amp;personne :</source>
        <translation>Care plan for the &amp;person:</translation>
    </message>
    <message>
        <source>Ctrl+Entrée</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Choisissez un dossier existant pour le PDF (« Parcourir… »).</source>
        <translation>Choose an existing folder for the PDF (&quot;Browse…&quot;).</translation>
    </message>
    <message>
        <source>Enregistrer le PPCS de la personne</source>
        <translation>Save the person&apos;s care plan</translation>
    </message>
    <message>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>Historique du PPCS</source>
        <translation>PPCS history</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Validée le</source>
        <translation>Validated on</translation>
    </message>
    <message>
        <source>Par</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Accord le</source>
        <translation>Agreement on</translation>
    </message>
    <message>
        <source>Révision</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>&amp;Comparer</source>
        <translation>&amp;Compare</translation>
    </message>
    <message>
        <source>&amp;Voir cette version</source>
        <translation>&amp;View this version</translation>
    </message>
    <message>
        <source>Comparer la version</source>
        <translation>Compare version</translation>
    </message>
    <message>
        <source>avec la version</source>
        <translation>with version</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Choisissez deux versions différentes.</source>
        <translation>Choose two different versions.</translation>
    </message>
    <message>
        <source> le {date}</source>
        <translation> on {date}</translation>
    </message>
    <message>
        <source>Version {n}</source>
        <translation>Version {n}</translation>
    </message>
</context>
<context>
    <name>Zarit</name>
    <message>
        <source>Demande plus d&apos;aide que nécessaire</source>
        <translation>Asks for more help than needed</translation>
    </message>
    <message>
        <source>Manque de temps pour soi</source>
        <translation>Not enough time for oneself</translation>
    </message>
    <message>
        <source>Tiraillé entre l&apos;aide et ses autres obligations</source>
        <translation>Torn between caring and other responsibilities</translation>
    </message>
    <message>
        <source>Gêne face au comportement du proche</source>
        <translation>Embarrassed by the relative&apos;s behaviour</translation>
    </message>
    <message>
        <source>Irritation en sa présence</source>
        <translation>Angry when around the relative</translation>
    </message>
    <message>
        <source>Relations familiales ou amicales touchées</source>
        <translation>Relationships with family or friends affected</translation>
    </message>
    <message>
        <source>Inquiétude pour l&apos;avenir du proche</source>
        <translation>Worried about the relative&apos;s future</translation>
    </message>
    <message>
        <source>Le proche dépend de l&apos;aidant</source>
        <translation>The relative depends on the caregiver</translation>
    </message>
    <message>
        <source>Tension en sa présence</source>
        <translation>Strained when around the relative</translation>
    </message>
    <message>
        <source>Santé de l&apos;aidant touchée</source>
        <translation>Caregiver&apos;s health affected</translation>
    </message>
    <message>
        <source>Manque d&apos;intimité</source>
        <translation>Not enough privacy</translation>
    </message>
    <message>
        <source>Vie sociale touchée</source>
        <translation>Social life affected</translation>
    </message>
    <message>
        <source>Mal à l&apos;aise pour recevoir</source>
        <translation>Uncomfortable having visitors</translation>
    </message>
    <message>
        <source>Attendu comme seul aidant</source>
        <translation>Expected to be the only caregiver</translation>
    </message>
    <message>
        <source>Moyens financiers insuffisants</source>
        <translation>Not enough money</translation>
    </message>
    <message>
        <source>Ne pourra plus aider longtemps</source>
        <translation>Will not be able to care much longer</translation>
    </message>
    <message>
        <source>Perte de maîtrise de sa vie</source>
        <translation>Lost control of one&apos;s life</translation>
    </message>
    <message>
        <source>Envie de confier l&apos;aide à un autre</source>
        <translation>Wishes to leave the care to someone else</translation>
    </message>
    <message>
        <source>Ne sait pas quoi faire</source>
        <translation>Unsure what to do</translation>
    </message>
    <message>
        <source>Devrait en faire plus</source>
        <translation>Should be doing more</translation>
    </message>
    <message>
        <source>Pourrait mieux faire</source>
        <translation>Could do a better job</translation>
    </message>
    <message>
        <source>Fardeau ressenti au total</source>
        <translation>Overall burden felt</translation>
    </message>
    <message>
        <source>0 : jamais</source>
        <translation>0: never</translation>
    </message>
    <message>
        <source>1 : rarement</source>
        <translation>1: rarely</translation>
    </message>
    <message>
        <source>2 : parfois</source>
        <translation>2: sometimes</translation>
    </message>
    <message>
        <source>3 : assez souvent</source>
        <translation>3: quite frequently</translation>
    </message>
    <message>
        <source>4 : presque tout le temps</source>
        <translation>4: nearly always</translation>
    </message>
    <message>
        <source>Le fait de vous occuper de votre proche entraîne-t-il des difficultés dans votre vie familiale ?</source>
        <translation>Does caring for your relative cause difficulties in your family life?</translation>
    </message>
    <message>
        <source>… des difficultés avec vos amis, vos loisirs ou votre travail ?</source>
        <translation>… difficulties with your friends, leisure or work?</translation>
    </message>
    <message>
        <source>… un retentissement sur votre santé (physique et/ou psychique) ?</source>
        <translation>… an effect on your health (physical and/or mental)?</translation>
    </message>
    <message>
        <source>Avez-vous le sentiment de ne plus reconnaître votre proche ?</source>
        <translation>Do you feel you no longer recognise your relative?</translation>
    </message>
    <message>
        <source>Avez-vous peur pour l&apos;avenir de votre proche ?</source>
        <translation>Are you afraid for your relative&apos;s future?</translation>
    </message>
    <message>
        <source>Souhaitez-vous être (davantage) aidé(e) pour vous occuper de votre proche ?</source>
        <translation>Would you like (more) help in caring for your relative?</translation>
    </message>
    <message>
        <source>Ressentez-vous une charge en vous occupant de votre proche ?</source>
        <translation>Do you feel burdened by caring for your relative?</translation>
    </message>
    <message>
        <source>J : jamais (0)</source>
        <translation>J: never (0)</translation>
    </message>
    <message>
        <source>P : parfois (½)</source>
        <translation>P: sometimes (½)</translation>
    </message>
    <message>
        <source>S : souvent (1)</source>
        <translation>S: often (1)</translation>
    </message>
</context>
<context>
    <name>ZaritBand</name>
    <message>
        <source>fardeau absent ou léger</source>
        <translation>little or no burden</translation>
    </message>
    <message>
        <source>fardeau léger à modéré</source>
        <translation>mild to moderate burden</translation>
    </message>
    <message>
        <source>fardeau modéré à sévère</source>
        <translation>moderate to severe burden</translation>
    </message>
    <message>
        <source>fardeau sévère</source>
        <translation>severe burden</translation>
    </message>
    <message>
        <source>dépistage négatif</source>
        <translation>negative screening</translation>
    </message>
    <message>
        <source>dépistage positif : fardeau probablement élevé</source>
        <translation>positive screening: burden probably high</translation>
    </message>
</context>
<context>
    <name>ZaritForm</name>
    <message>
        <source>Grille :</source>
        <extracomment>An answer or the form changed.</extracomment>
        <translation>Grid:</translation>
    </message>
    <message>
        <source>Non réalisée</source>
        <translation>Not done</translation>
    </message>
    <message>
        <source>Complète (22 questions)</source>
        <translation>Full (22 questions)</translation>
    </message>
    <message>
        <source>Mini-Zarit (7 questions)</source>
        <translation>Mini-Zarit (7 questions)</translation>
    </message>
    <message>
        <source>Dépistage (4 questions)</source>
        <translation>Screening (4 questions)</translation>
    </message>
    <message>
        <source>Reportez les réponses de l&apos;aidant (0 jamais, 1 rarement, 2 parfois, 3 assez souvent, 4 presque tout le temps) : tapez le chiffre, le curseur passe à la question suivante.</source>
        <translation>Enter the caregiver&apos;s answers (0 never, 1 rarely, 2 sometimes, 3 quite frequently, 4 nearly always): type the number, the cursor moves to the next question.</translation>
    </message>
    <message>
        <source>Mini-Zarit : J = jamais (0), P = parfois (½), S = souvent (1)</source>
        <translation>Mini-Zarit: J = never (0), P = sometimes (½), S = often (1)</translation>
    </message>
    <message>
        <source>Résultat :</source>
        <translation>Result:</translation>
    </message>
    <message>
        <source>{n}. Question {n} de la grille de dépistage</source>
        <translation>{n}. Question {n} of the screening grid</translation>
    </message>
    <message>
        <source>Zarit non réalisé</source>
        <translation>Zarit not done</translation>
    </message>
    <message>
        <source>{total}/{scale} (partiel)</source>
        <translation>{total}/{scale} (partial)</translation>
    </message>
    <message>
        <source>{n} réponses sur {count}</source>
        <translation>{n} answers out of {count}</translation>
    </message>
</context>
</TS>
