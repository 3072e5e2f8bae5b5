<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>AboutBox</name>
    <message>
        <location filename="../../coordapp/ui/about_box.py" line="+19" />
        <source>À propos de CoordApp</source>
        <translation>About CoordApp</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&lt;h3&gt;CoordApp {version}&lt;/h3&gt;&lt;p&gt;Suivi des situations complexes et plans personnalisés de coordination (PPCS), hors ligne et chiffré.&lt;/p&gt;&lt;p&gt;Base de données :&lt;br&gt;&lt;code&gt;{path}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Votre code de récupération est le seul moyen d'ouvrir la base si vous oubliez votre phrase de passe&lt;/b&gt; : personne d'autre ne peut la retrouver. Gardez-le sur papier, en lieu sûr.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CoordApp {version}&lt;/h3&gt;&lt;p&gt;Follow-up of complex situations and personalised care coordination plans (PPCS), offline and encrypted.&lt;/p&gt;&lt;p&gt;Database:&lt;br&gt;&lt;code&gt;{path}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Your recovery code is the only way to open the database if you forget your passphrase&lt;/b&gt;: nobody else can recover it. Keep it on paper, in a safe place.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Logiciel libre sous licence EUPL-1.2. Il utilise Qt (LGPL-3.0) et d'autres composants libres : voir « Licences… ».</source>
        <translation>Free software under the EUPL-1.2 licence. It uses Qt (LGPL-3.0) and other free components: see "Licences…".</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Licences…</source>
        <translation>Licences…</translation>
    </message>
</context>
<context>
    <name>ActionForm</name>
    <message>
        <location filename="../../coordapp/ui/plan/action_form.py" line="+24" />
        <source> (jusqu'au {date})</source>
        <translation> (until {date})</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Ce qui est fait, concrètement</source>
        <extracomment>The user closed the action in the dialog (status, result and date are set).</extracomment>
        <translation>What is done, in practice</translation>
    </message>
    <message>
        <location line="+8" />
        <source>ex. chaque semaine</source>
        <translation>e.g. every week</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Ce qui a été obtenu, ou pourquoi l'action a été annulée</source>
        <translation>What was achieved, or why the action was cancelled</translation>
    </message>
    <message>
        <location line="+2" />
        <source>C&amp;lore l'action…</source>
        <translation>C&amp;lose the action…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Action :</source>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Responsable :</source>
        <translation>&amp;Responsible:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Début :</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Éc&amp;héance :</source>
        <translation>&amp;Due:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Fréquence :</source>
        <translation>&amp;Frequency:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>S&amp;tatut :</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Réalisée l&amp;e :</source>
        <translation>Done &amp;on:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Résu&amp;ltat :</source>
        <translation>Resu&amp;lt:</translation>
    </message>
    <message>
        <location line="+13" />
        <source>— à désigner —</source>
        <translation>— to be assigned —</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Objectif : {goal}</source>
        <translation>Goal: {goal}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Nouvelle action</source>
        <translation>New action</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>ActionStatus</name>
    <message>
        <location filename="../../coordapp/ui/labels.py" line="+226" />
        <source>Prévue</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location line="+1" />
        <source>En cours</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Réalisée</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Annulée</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>ActivityReportDialog</name>
    <message>
        <location filename="../../coordapp/ui/printing/report_dialog.py" line="+51" />
        <source>Rapport d'activité</source>
        <extracomment>The report was written: its path. "Aperçu avant impression…" after saving a PDF: its path.</extracomment>
        <translation>Activity report</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;PDF, à imprimer ou à diffuser</source>
        <translation>&amp;PDF, to print or share</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;CSV, pour un tableur (séparateur « ; »)</source>
        <translation>&amp;CSV, for a spreadsheet (“;” separator)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Un rapport anonyme de l'activité sur la période : demandes, réponses, inclusions, PPCS, besoins non couverts. Aucun nom n'y figure.</source>
        <translation>An anonymous report of the activity over the period: requests, answers, inclusions, care plans, unmet needs. No name appears in it.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Du :</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A&amp;u :</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Format :</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Enregistrer…</source>
        <translation>&amp;Save…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Aperçu avant impression…</source>
        <translation>Print &amp;preview…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+66" />
        <source>La fin de la période précède son début.</source>
        <translation>The end of the period is before its start.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fichiers CSV (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Enregistrer le rapport d'activité</source>
        <translation>Save the activity report</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Rapport enregistré : {path}</source>
        <translation>Report saved: {path}</translation>
    </message>
</context>
<context>
    <name>AdverbGrid</name>
    <message>
        <location filename="../../coordapp/ui/plan/aggir_adverbs.py" line="+52" />
        <source>Adverbes (guide AGGIR 2008) : la personne fait-elle seule…</source>
        <extracomment>A box was ticked or unticked.</extracomment>
        <translation>Adverbs (2008 AGGIR guide): does the person do it alone…</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Aucun</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+23" />
        <source>{unit} : ne fait pas</source>
        <translation>{unit}: does not do it</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{unit} : ne fait pas (aucun adverbe)</source>
        <translation>{unit}: does not do it (no adverb)</translation>
    </message>
</context>
<context>
    <name>Aggir</name>
    <message>
        <location filename="../../coordapp/ui/plan/aggir_form.py" line="+35" />
        <source>Cohérence</source>
        <translation>Coherence</translation>
    </message>
    <message>
        <location line="+1" />
        <source>converser, se comporter de façon sensée</source>
        <translation>converse and behave sensibly</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>se repérer dans le temps et les lieux</source>
        <translation>find one's way in time and place</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Toilette</source>
        <translation>Washing</translation>
    </message>
    <message>
        <location line="+1" />
        <source>se laver seul, spontanément, haut et bas du corps</source>
        <translation>washing alone, unprompted, upper and lower body</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Habillage</source>
        <translation>Dressing</translation>
    </message>
    <message>
        <location line="+0" />
        <source>s'habiller, se déshabiller</source>
        <translation>dress and undress</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Alimentation</source>
        <translation>Eating</translation>
    </message>
    <message>
        <location line="+0" />
        <source>se servir et manger</source>
        <translation>serve oneself and eat</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Élimination</source>
        <translation>Elimination</translation>
    </message>
    <message>
        <location line="+1" />
        <source>hygiène urinaire et fécale</source>
        <translation>urinary and bowel hygiene</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Transferts</source>
        <translation>Transfers</translation>
    </message>
    <message>
        <location line="+1" />
        <source>se lever, se coucher, s'asseoir</source>
        <translation>get up, lie down, sit down</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Déplacements intérieurs</source>
        <translation>Moving indoors</translation>
    </message>
    <message>
        <location line="+1" />
        <source>se déplacer dans le logement</source>
        <translation>move around the home</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Déplacements extérieurs</source>
        <translation>Moving outdoors</translation>
    </message>
    <message>
        <location line="+1" />
        <source>sortir du logement</source>
        <translation>go out of the home</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Communication à distance</source>
        <translation>Remote communication</translation>
    </message>
    <message>
        <location line="+1" />
        <source>téléphone, alarme, sonnette</source>
        <translation>telephone, alarm, doorbell</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Gestion</source>
        <translation>Management</translation>
    </message>
    <message>
        <location line="+0" />
        <source>budget, papiers, démarches</source>
        <translation>budget, paperwork, formalities</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cuisine</source>
        <translation>Cooking</translation>
    </message>
    <message>
        <location line="+0" />
        <source>préparer ses repas</source>
        <translation>prepare one's meals</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ménage</source>
        <translation>Housework</translation>
    </message>
    <message>
        <location line="+0" />
        <source>entretenir son logement</source>
        <translation>keep one's home clean</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Transports</source>
        <translation>Transport</translation>
    </message>
    <message>
        <location line="+1" />
        <source>prendre un moyen de transport</source>
        <translation>use a means of transport</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Achats</source>
        <translation>Shopping</translation>
    </message>
    <message>
        <location line="+0" />
        <source>faire ses courses</source>
        <translation>do one's shopping</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Suivi du traitement</source>
        <translation>Following treatment</translation>
    </message>
    <message>
        <location line="+1" />
        <source>prendre ses médicaments comme prescrit</source>
        <translation>take one's medicines as prescribed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Activités de temps libre</source>
        <translation>Leisure activities</translation>
    </message>
    <message>
        <location line="+1" />
        <source>loisirs, vie sociale</source>
        <translation>hobbies, social life</translation>
    </message>
    <message>
        <location line="+6" />
        <source>A : fait seul, spontanément, totalement, correctement et habituellement</source>
        <translation>A: does it alone, unprompted, fully, properly and usually</translation>
    </message>
    <message>
        <location line="+2" />
        <source>B : fait partiellement, ou pas habituellement, ou pas correctement</source>
        <translation>B: does it partly, or not usually, or not correctly</translation>
    </message>
    <message>
        <location line="+1" />
        <source>C : ne fait pas</source>
        <translation>C: does not do it</translation>
    </message>
    <message>
        <location filename="../../coordapp/ui/plan/aggir_adverbs.py" line="-65" />
        <source>Spontanément</source>
        <translation>Unprompted</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Totalement</source>
        <translation>Fully</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Correctement</source>
        <translation>Properly</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Habituellement</source>
        <translation>Usually</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Toilette du haut</source>
        <translation>Washing, upper body</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Toilette du bas</source>
        <translation>Washing, lower body</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Habillage du haut</source>
        <translation>Dressing, upper body</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Habillage moyen</source>
        <translation>Dressing, middle (fastening)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Habillage du bas</source>
        <translation>Dressing, lower body</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Se servir</source>
        <translation>Serving oneself</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Manger</source>
        <translation>Eating</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Élimination urinaire</source>
        <translation>Urinary hygiene</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Élimination fécale</source>
        <translation>Bowel hygiene</translation>
    </message>
</context>
<context>
    <name>AggirForm</name>
    <message>
        <location filename="../../coordapp/ui/plan/aggir_form.py" line="+21" />
        <source>Tapez A, B ou C sur chaque ligne : le curseur passe à la suivante. A = fait seul, spontanément, totalement, correctement et habituellement ; B = en partie ; C = ne fait pas. Ou cochez les adverbes : la lettre en découle.</source>
        <extracomment>An answer changed (the GIR shown is already up to date).</extracomment>
        <translation>Type A, B or C on each line: the cursor moves to the next one. A = does it alone, unprompted, fully, properly and usually; B = partly; C = does not do it. Or tick the adverbs: the letter follows.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Variables discriminantes (calcul du GIR)</source>
        <translation>Discriminant variables (GIR calculation)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Variables illustratives (hors calcul)</source>
        <translation>Illustrative variables (not in the calculation)</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Motif du forçage (obligatoire)</source>
        <translation>Reason for the override (required)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{variable} : motif du forçage</source>
        <translation>{variable}: reason for the override</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Résultat :</source>
        <translation>Result:</translation>
    </message>
    <message>
        <location line="+85" />
        <source>GIR —</source>
        <translation>GIR —</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{n} variables discriminantes sur 10 renseignées</source>
        <translation>{n} of 10 discriminant variables filled in</translation>
    </message>
    <message>
        <location line="+3" />
        <source>GIR {gir}</source>
        <translation>GIR {gir}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>rang {rank} (groupe {group} de l'algorithme)</source>
        <translation>rank {rank} (group {group} of the algorithm)</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../../coordapp/ui/patient/answer_dialog.py" line="+34" />
        <source>Répondre à la demande</source>
        <translation>Answer the request</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Demande reçue le {date} : {reason}</source>
        <translation>Request received on {date}: {reason}</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Ce qui a été répondu, à qui, la suite…</source>
        <translation>What was answered, to whom, next steps…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>La personne vient d'être informée de l'accompagnement et de son &amp;droit d'opposition (l'enregistrer)</source>
        <translation>The person has just been informed of the support and of their &amp;right to object (record it)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Enregistrer la réponse</source>
        <translation>Save the answer</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Réponse</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Le dossier passera au statut « Actif », inclus aujourd'hui.</source>
        <translation>The file will become “Active”, included today.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Oral</source>
        <translation>Orally</translation>
    </message>
</context>
<context>
    <name>AnswerStep</name>
    <message>
        <location filename="../../coordapp/ui/patient/answer_step.py" line="+32" />
        <source>&amp;Inclure : la personne est accompagnée (dossier actif)</source>
        <translation>&amp;Include: the person is supported (active file)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Information ou &amp;orientation seulement</source>
        <translation>Information or &amp;referral only</translation>
    </message>
    <message>
        <location line="+1" />
        <source>À traiter plus &amp;tard (demande en attente)</source>
        <translation>Deal with it &amp;later (pending request)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>La personne a été informée de l'accompagnement et de son &amp;droit d'opposition</source>
        <translation>The person was informed of the support and of their &amp;right to object</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Oral, par téléphone</source>
        <translation>Orally, by phone</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Oral, lors de la visite à domicile</source>
        <translation>Orally, during the home visit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Notice d'information remise et expliquée</source>
        <translation>Information leaflet given and explained</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Comment la personne a été informée</source>
        <translation>How the person was informed</translation>
    </message>
    <message>
        <location line="+3" />
        <source>si la personne est représentée : tuteur, personne de confiance…</source>
        <translation>if the person is represented: guardian, trusted person…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Information donnée à</source>
        <translation>Information given to</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Enregistrer aussi la personne (dossier au statut « Demande »)</source>
        <translation>Also record the person (file with status “Request”)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Ce qui a été répondu, à qui, la suite…</source>
        <translation>What was answered, to whom, next steps…</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Comment</source>
        <translation>How</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Donnée à</source>
        <translation>Given to</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Réponse</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Note sur la réponse</source>
        <translation>Note on the answer</translation>
    </message>
    <message>
        <location line="+59" />
        <source>Un dossier actif sera créé, la demande répondue « Inclusion » (la personne doit avoir été informée).</source>
        <translation>An active file will be created and the request answered “Inclusion” (the person must have been informed).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Le dossier existant sera actif, la demande répondue « Inclusion » (la personne doit avoir été informée).</source>
        <translation>The existing file will become active and the request answered “Inclusion” (the person must have been informed).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>La demande est rattachée au dossier existant, sans changer son statut.</source>
        <translation>The request is linked to the existing file, without changing its status.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Un dossier au statut « Demande » sera créé ; la demande reste à traiter.</source>
        <translation>A file with status “Request” will be created; the request remains to be dealt with.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>La demande est rattachée au dossier existant et reste à traiter.</source>
        <translation>The request is linked to the existing file and remains to be dealt with.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Un dossier au statut « Demande » sera créé.</source>
        <translation>A file with status “Request” will be created.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Aucun dossier ne sera créé : la demande est enregistrée seule.</source>
        <translation>No file will be created: only the request is recorded.</translation>
    </message>
</context>
<context>
    <name>AssessmentForm</name>
    <message>
        <location filename="../../coordapp/ui/plan/assessment_form.py" line="+91" />
        <source>Enregistrer l'évaluation</source>
        <translation>Save the assessment</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ctrl+Entrée</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Autonomie (AGGIR)</source>
        <translation>&amp;Autonomy (AGGIR)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Aidan&amp;t (Zarit)</source>
        <translation>Care&amp;giver (Zarit)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Com&amp;plexité et notes</source>
        <translation>Com&amp;plexity and notes</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Situation complexe et niveau de service</source>
        <translation>Complex &amp;situation and level of service</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Date :</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Facteurs de complexité {kind}</source>
        <translation>{kind} complexity factors</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Notes par domaine</source>
        <translation>Notes by area</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Nouvelle évaluation</source>
        <translation>New assessment</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Évaluation du {date}</source>
        <translation>Assessment of {date}</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Zarit : {given} réponses sur {count}. Complétez la grille ou choisissez « Non réalisée ».</source>
        <translation>Zarit: {given} answers out of {count}. Complete the grid or choose “Not done”.</translation>
    </message>
    <message>
        <location line="+57" />
        <source>Zarit —</source>
        <translation>Zarit —</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Zarit {total}</source>
        <translation>Zarit {total}</translation>
    </message>
</context>
<context>
    <name>AssessmentTab</name>
    <message>
        <location filename="../../coordapp/ui/plan/assessment_tab.py" line="+57" />
        <source>&amp;Nouvelle évaluation</source>
        <translation>&amp;New assessment</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Modifier</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Besoins suggérés</source>
        <translation>Suggested &amp;needs</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Aucune évaluation pour l'instant : « Nouvelle évaluation » (Ctrl+N) pour saisir la grille AGGIR, le Zarit et les facteurs de complexité.</source>
        <translation>No assessment yet: “New assessment” (Ctrl+N) to fill in the AGGIR grid, the Zarit and the complexity factors.</translation>
    </message>
    <message>
        <location line="+55" />
        <source>Comparaison et évolution du GIR</source>
        <translation>Comparison and GIR trend</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Dossier clôturé : les évaluations sont en lecture seule.</source>
        <translation>Closed file: the assessments are read-only.</translation>
    </message>
    <message>
        <location line="+55" />
        <source>Abandonner la saisie de cette évaluation ?</source>
        <translation>Discard this assessment?</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Évaluation</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location line="+28" />
        <source>{n} évaluations choisies.</source>
        <translation>{n} assessments selected.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Toutes les évaluations ; sélectionnez-en plusieurs (Ctrl+clic, Maj+flèches) pour n'en comparer que certaines.</source>
        <translation>All assessments; select several (Ctrl+click, Shift+arrows) to compare only some of them.</translation>
    </message>
</context>
<context>
    <name>Assessments</name>
    <message>
        <location filename="../../coordapp/ui/plan/assessment_models.py" line="+68" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+78" />
        <source>GIR</source>
        <translation>GIR</translation>
    </message>
    <message>
        <location line="-77" />
        <location line="+79" />
        <source>Zarit</source>
        <translation>Zarit</translation>
    </message>
    <message>
        <location line="-79" />
        <source>Fardeau de l'aidant</source>
        <translation>Caregiver burden</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Facteurs</source>
        <translation>Factors</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Évaluateur</source>
        <translation>Assessor</translation>
    </message>
    <message>
        <location line="+97" />
        <source>Changé depuis l'évaluation précédente ({before})</source>
        <translation>Changed since the previous assessment ({before})</translation>
    </message>
</context>
<context>
    <name>AudienceChoice</name>
    <message>
        <location filename="../../coordapp/ui/printing/audience_choice.py" line="+15" />
        <source>Pour la &amp;personne (gros caractères)</source>
        <translation>For the &amp;person (large print)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Des mots simples, en grands caractères, avec « Qui appeler ? » en première page</source>
        <translation>Plain words in large print, with “Whom to call?” on the first page</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pour la personne, en très &amp;gros caractères (18 points)</source>
        <translation>For the person, in very &amp;large print (18 points)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>La même version pour la personne, pour une vue basse</source>
        <translation>The same version for the person, for low vision</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pour l'é&amp;quipe (PPCS complet)</source>
        <translation>For the &amp;team (full care plan)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Les quatre parties du PPCS de la HAS</source>
        <translation>The four parts of the HAS care plan</translation>
    </message>
</context>
<context>
    <name>AudienceDialog</name>
    <message>
        <location filename="../../coordapp/ui/printing/audience_dialog.py" line="+15" />
        <source>Imprimer le PPCS</source>
        <translation>Print the care plan</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Aperçu avant impression…</source>
        <translation>Print &amp;preview…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Quelle version du PPCS imprimer ?</source>
        <translation>Which version of the care plan to print?</translation>
    </message>
</context>
<context>
    <name>BusyRetry</name>
    <message>
        <location filename="../../coordapp/ui/patient/busy_retry.py" line="+58" />
        <source>Annuler l'attente</source>
        <extracomment>How long one try waits for the write lock (the window is frozen meanwhile). The pause between two tries (the window answers meanwhile). The waiting ended: True saved, False refused, given up or cancelled.</extracomment>
        <translation>Stop waiting</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Réessayer</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Enregistrement annulé : vos saisies sont toujours dans le formulaire, non enregistrées.</source>
        <translation>Save cancelled: what you typed is still in the form, not saved.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Base occupée, enregistrement en attente… Une autre fenêtre ou un autre programme écrit ; vos saisies restent dans le formulaire.</source>
        <translation>Database busy, save waiting… Another window or program is writing; what you typed stays in the form.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{busy} Vos saisies sont conservées dans le formulaire : « Réessayer » les enregistre.</source>
        <translation>{busy} What you typed is kept in the form: “Try again” saves it.</translation>
    </message>
</context>
<context>
    <name>CardDialog</name>
    <message>
        <location filename="../../coordapp/ui/sync/colleagues_page.py" line="+44" />
        <source>Ajouter un collègue</source>
        <translation>Add a colleague</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Collez la carte de visite reçue de votre collègue :</source>
        <translation>Paste the card your colleague sent you:</translation>
    </message>
</context>
<context>
    <name>CareTeamTab</name>
    <message>
        <location filename="../../coordapp/ui/patient/care_team_tab.py" line="+27" />
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Profession ou lien</source>
        <translation>Profession or relationship</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Depuis le</source>
        <translation>Since</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Jusqu'au</source>
        <translation>Until</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Aidant principal</source>
        <translation>Main caregiver</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Ajouter depuis l'&amp;annuaire…</source>
        <translation>Add from the &amp;directory…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ajouter un p&amp;roche…</source>
        <translation>Add a &amp;relative…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Fin d'intervention…</source>
        <translation>&amp;End of involvement…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Le membre reste visible dans l'historique du cercle de soins</source>
        <translation>The member stays visible in the care circle's history</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Fin d'intervention</source>
        <translation>End of involvement</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{name} ({role}) n'intervient plus auprès de la personne.</source>
        <translation>{name} ({role}) is no longer involved with the person.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Dernier jour</source>
        <translation>Last day</translation>
    </message>
</context>
<context>
    <name>CarerDialog</name>
    <message>
        <location filename="../../coordapp/ui/patient/carer_dialog.py" line="+28" />
        <source>Ajouter un proche au cercle de soins</source>
        <translation>Add a relative to the care circle</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Prénom et nom</source>
        <translation>First name and surname</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Époux</source>
        <translation>Husband</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Épouse</source>
        <translation>Wife</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Fille</source>
        <translation>Daughter</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Fils</source>
        <translation>Son</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Belle-fille</source>
        <translation>Daughter-in-law</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Gendre</source>
        <translation>Son-in-law</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Petite-fille</source>
        <translation>Granddaughter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Petit-fils</source>
        <translation>Grandson</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Sœur</source>
        <translation>Sister</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Frère</source>
        <translation>Brother</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Nièce</source>
        <translation>Niece</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Neveu</source>
        <translation>Nephew</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Voisin(e)</source>
        <translation>Neighbour</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ami(e)</source>
        <translation>Friend</translation>
    </message>
    <message>
        <location line="+3" />
        <source>06 12 34 56 78</source>
        <translation>06 12 34 56 78</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+27" />
        <source>Aidant principal</source>
        <translation>Main caregiver</translation>
    </message>
    <message>
        <location line="-23" />
        <source>Nom (obligatoire)</source>
        <translation>Name (required)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lien</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Depuis le</source>
        <translation>Since</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Ajouter</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Indiquez le nom du proche.</source>
        <translation>Enter the relative's name.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Aidant</source>
        <translation>Caregiver</translation>
    </message>
</context>
<context>
    <name>CaseloadTableModel</name>
    <message>
        <location filename="../../coordapp/ui/caseload_model.py" line="+94" />
        <source>Nom</source>
        <extracomment>Columns whose text can be long: the full text is in the tooltip. The order each column sorts in (``CaseloadService.page``'s ``sort``); the age sorts by birth date the other way round. Patients matching the current query, after each ``set_query`` or ``sort``. A page could not be read; the French message is for the user.</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Prénom(s)</source>
        <translation>First name(s)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Naissance</source>
        <translation>Born</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Âge</source>
        <translation>Age</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Commune</source>
        <translation>Town</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Médecin traitant</source>
        <translation>GP</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Référent</source>
        <translation>Referent</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sans médecin traitant</source>
        <translation>No GP</translation>
    </message>
</context>
<context>
    <name>CaseloadView</name>
    <message>
        <location filename="../../coordapp/ui/caseload_view.py" line="+48" />
        <source>Rechercher un nom, un NIR, une commune…</source>
        <extracomment>Sample texts sizing each column (the last one stretches). A patient row was activated (Enter, double-click): open this patient's file.</extracomment>
        <translation>Search for a name, a NIR, a town…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Tous</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Statut du dossier</source>
        <translation>Case status</translation>
    </message>
    <message>
        <location line="+97" />
        <source>Aucun patient</source>
        <extracomment>Ctrl+F; a window with its own "Rechercher" action disables it (no ambiguity).</extracomment>
        <translation>No patients</translation>
    </message>
    <message>
        <location line="+2" />
        <source>1 patient</source>
        <translation>1 patient</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{count} patients</source>
        <translation>{count} patients</translation>
    </message>
</context>
<context>
    <name>CloseActionDialog</name>
    <message>
        <location filename="../../coordapp/ui/plan/close_action_dialog.py" line="+30" />
        <location line="+29" />
        <source>Clore l'action</source>
        <translation>Close the action</translation>
    </message>
    <message>
        <location line="-28" />
        <source>&amp;Réalisée</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A&amp;nnulée</source>
        <translation>Ca&amp;ncelled</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Action :</source>
        <translation>Action:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Issue :</source>
        <translation>Outcome:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Résultat ou &amp;motif :</source>
        <translation>Result or &amp;reason:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Réalisée &amp;le :</source>
        <translation>Done &amp;on:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Indiquez le résultat de l'action (ou le motif de son annulation).</source>
        <translation>Enter the result of the action (or the reason it was cancelled).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Date de réalisation : une date passée ou d'aujourd'hui, au format JJ/MM/AAAA.</source>
        <translation>Completion date: a past date or today, as DD/MM/YYYY.</translation>
    </message>
</context>
<context>
    <name>ClosureReason</name>
    <message>
        <location filename="../../coordapp/ui/labels.py" line="-119" />
        <source>Objectifs atteints</source>
        <translation>Goals reached</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Déménagement</source>
        <translation>Moved away</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Entrée en établissement</source>
        <translation>Entered a care home</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Décès</source>
        <translation>Deceased</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Refus de la personne</source>
        <translation>Refused by the person</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Relais passé</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Autre motif</source>
        <translation>Other reason</translation>
    </message>
</context>
<context>
    <name>ColleaguesPage</name>
    <message>
        <location filename="../../coordapp/ui/sync/colleagues_page.py" line="+18" />
        <source>Copier la carte</source>
        <extracomment>Ask the Synchronisation page to run ``colleagues.send_to`` with these options.</extracomment>
        <translation>Copy the card</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Ma carte de visite</source>
        <translation>My card</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Structure</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Empreinte</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dernier échange</source>
        <translation>Last exchange</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Derniers envois</source>
        <translation>Last sent</translation>
    </message>
    <message>
        <location line="+0" />
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Envoyer…</source>
        <translation>Send…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ajouter par sa carte…</source>
        <translation>Add from their card…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ajouter depuis un paquet reçu…</source>
        <translation>Add from a received bundle…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Révoquer…</source>
        <translation>Revoke…</translation>
    </message>
    <message>
        <location line="+12" />
        <source>tous les patients</source>
        <translation>all patients</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ceux dont ils sont référents ou dont le cercle de soins comprend leur structure</source>
        <translation>those they are the referent of, or whose care team includes their organisation</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Envoyer aux collègues :</source>
        <translation>Send colleagues:</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Empreinte à lire à vos collègues : {words} ({fp})</source>
        <translation>Fingerprint to read to your colleagues: {words} ({fp})</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{count} paquet(s) ; le {date} : {patients} patient(s), {ops} opération(s)</source>
        <translation>{count} bundle(s); on {date}: {patients} patient(s), {ops} operation(s)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>rien envoyé</source>
        <translation>nothing sent</translation>
    </message>
    <message>
        <location line="+1" />
        <source>révoqué le {date}</source>
        <translation>revoked on {date}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>de confiance</source>
        <translation>trusted</translation>
    </message>
    <message>
        <location line="+1" />
        <source>à vérifier</source>
        <translation>to be checked</translation>
    </message>
    <message>
        <location line="+2" />
        <source>jamais</source>
        <translation>never</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Carte copiée : envoyez-la à vos collègues, puis lisez-leur l'empreinte au téléphone.</source>
        <translation>Card copied: send it to your colleagues, then read them the fingerprint on the phone.</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+19" />
        <source>{name} ajouté(e). Comparez au téléphone son empreinte : {words}.</source>
        <translation>{name} added. Compare their fingerprint on the phone: {words}.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Paquet reçu</source>
        <translation>Received bundle</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Paquets CoordApp (*.coordbundle)</source>
        <translation>CoordApp bundles (*.coordbundle)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Poste de {name} révoqué : ses paquets seront refusés.</source>
        <translation>{name}'s device revoked: their bundles will be refused.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Choisissez d'abord un collègue.</source>
        <translation>Choose a colleague first.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Révoquer</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Refuser désormais tout paquet du poste de {name} ? Ce qui a déjà été importé reste.</source>
        <translation>Refuse every bundle from {name}'s device from now on? What was already imported stays.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Pour {name} : {file} ({patients} patient(s), {ops} opération(s)).</source>
        <translation>For {name}: {file} ({patients} patient(s), {ops} operation(s)).</translation>
    </message>
</context>
<context>
    <name>ComplexityFactor</name>
    <message>
        <location filename="../../coordapp/ui/plan/assessment_form.py" line="-225" />
        <source>Polypathologie</source>
        <translation>Multiple conditions</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Polymédication</source>
        <translation>Polypharmacy</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Chutes</source>
        <translation>Falls</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Troubles cognitifs</source>
        <translation>Cognitive impairment</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Isolement</source>
        <translation>Isolation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Précarité</source>
        <translation>Precarity</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Suspicion de maltraitance</source>
        <translation>Suspected abuse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Aidant épuisé</source>
        <translation>Exhausted caregiver</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Refus d'aide</source>
        <translation>Refusal of help</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sans médecin traitant</source>
        <translation>No GP</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hospitalisations répétées</source>
        <translation>Repeated hospital stays</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Médicaux</source>
        <translation>Medical</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Psycho-sociaux</source>
        <translation>Psychosocial</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Organisationnels</source>
        <translation>Organisational</translation>
    </message>
</context>
<context>
    <name>ComplexityPanel</name>
    <message>
        <location filename="../../coordapp/ui/complexity_panel.py" line="+37" />
        <source>Plusieurs maladies et/ou plusieurs ALD</source>
        <translation>Several illnesses and/or several long-term illnesses (ALD)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sévérité des pathologies</source>
        <translation>Severity of the illnesses</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Équilibre non atteint depuis plusieurs mois</source>
        <translation>Balance not reached for several months</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Hospitalisations répétées dans l'année pour le même problème</source>
        <translation>Repeated hospital stays in the year for the same problem</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Faible recours aux soins (isolement)</source>
        <translation>Little use of care (isolation)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Vulnérabilité sociale</source>
        <translation>Social vulnerability</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pratiques de santé inadaptées</source>
        <translation>Unsuited health practices</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Intrication des maladies avec une dépendance</source>
        <translation>Illnesses entangled with dependency</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Intervention de plusieurs acteurs nécessaire</source>
        <translation>Several actors needed</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Volet médical</source>
        <translation>Medical side</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Volet psycho-social</source>
        <translation>Psycho-social side</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Critère de situation complexe</source>
        <translation>Complex-situation criterion</translation>
    </message>
    <message>
        <location line="+6" />
        <source>— à décider —</source>
        <translation>— to be decided —</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Information sur les ressources</source>
        <translation>Information on resources</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Orientation, appui ponctuel à l'organisation du parcours</source>
        <translation>Referral, one-off support to organise the care pathway</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Coordination complexe avec un PPCS</source>
        <translation>Complex coordination with a care plan (PPCS)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Soutien au professionnel (analyse d'une situation difficile)</source>
        <translation>Support to the professional (analysis of a difficult situation)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Pourquoi ce niveau de service</source>
        <translation>Why this level of service</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&lt;b&gt;Situation complexe ?&lt;/b&gt; Un volet médical &lt;b&gt;et&lt;/b&gt; un volet psycho-social, sans critère d'âge.</source>
        <translation>&lt;b&gt;Complex situation?&lt;/b&gt; A medical side &lt;b&gt;and&lt;/b&gt; a psycho-social side, with no age criterion.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Niveau de service</source>
        <translation>Level of &amp;service</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Raison</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Les deux volets sont réunis : situation complexe au sens du dispositif.</source>
        <translation>Both sides are met: a complex situation as the service defines it.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>médical</source>
        <translation>medical</translation>
    </message>
    <message>
        <location line="+1" />
        <source>psycho-social</source>
        <translation>psycho-social</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Volet manquant : {sides}.</source>
        <translation>Side missing: {sides}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source> et </source>
        <translation> and </translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <location filename="../../coordapp/ui/sync/conflict_panel.py" line="+57" />
        <source>Ma valeur</source>
        <translation>My value</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Leur valeur</source>
        <translation>Their value</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Garder la mienne</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Garder la leur</source>
        <translation>Keep theirs</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Choisissez un conflit dans la liste.</source>
        <translation>Choose a conflict in the list.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>fiche supprimée</source>
        <translation>record deleted</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{patient} — {record}, champ « {field} »</source>
        <translation>{patient} — {record}, field “{field}”</translation>
    </message>
    <message>
        <location line="+1" />
        <source>(sans patient)</source>
        <translation>(no patient)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Modifier la valeur</source>
        <translation>Edit the value</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Nouvelle valeur :</source>
        <translation>New value:</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../coordapp/ui/patient/consent_dialog.py" line="+34" />
        <source>La personne (ou son représentant) a été informée de l'accompagnement par le dispositif et du partage d'informations au sein de l'équipe de soins.</source>
        <translation>The person (or their representative) was informed of the support by the service and of the information sharing within the care team.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>La personne s'oppose au partage de ses informations (droit d'opposition).</source>
        <translation>The person objects to the sharing of their information (right to object).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>La personne lève son opposition.</source>
        <translation>The person withdraws their objection.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>La personne consent au partage de ses informations au-delà de l'équipe de soins.</source>
        <translation>The person consents to their information being shared beyond the care team.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>La personne retire son consentement au partage.</source>
        <translation>The person withdraws their consent to sharing.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Oralement</source>
        <translation>Orally</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Par écrit</source>
        <translation>In writing</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Par téléphone</source>
        <translation>By phone</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Auprès du représentant légal</source>
        <translation>Through the legal representative</translation>
    </message>
    <message>
        <location line="+3" />
        <source>si la personne est représentée : tuteur, curateur, personne de confiance…</source>
        <translation>if the person is represented: guardian, curator, trusted person…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Le</source>
        <translation>On</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Informée par</source>
        <translation>Informed by</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Recueilli par</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Comment</source>
        <translation>How</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Donnée à</source>
        <translation>Given to</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ConsentKind</name>
    <message>
        <location filename="../../coordapp/ui/labels.py" line="+65" />
        <source>Information donnée</source>
        <translation>Information given</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Opposition</source>
        <translation>Objection</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retrait de l'opposition</source>
        <translation>Objection withdrawn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Consentement au partage</source>
        <translation>Consent to sharing</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retrait du consentement au partage</source>
        <translation>Consent to sharing withdrawn</translation>
    </message>
</context>
<context>
    <name>ConsentTab</name>
    <message>
        <location filename="../../coordapp/ui/patient/consent_tab.py" line="+45" />
        <source>&amp;Opposition…</source>
        <translation>&amp;Objection…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Retrait de l'opposition…</source>
        <translation>&amp;Withdraw the objection…</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Inform&amp;ation donnée…</source>
        <translation>&amp;Information given…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Consente&amp;ment au partage…</source>
        <translation>&amp;Consent to sharing…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Re&amp;trait du consentement…</source>
        <translation>With&amp;draw the consent…</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Événement</source>
        <translation>Event</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Par</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Comment</source>
        <translation>How</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Donnée à</source>
        <translation>Given to</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Information sur l'accompagnement : &lt;b&gt;pas encore donnée&lt;/b&gt;</source>
        <translation>Information about the support: &lt;b&gt;not given yet&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Information donnée le &lt;b&gt;{date}&lt;/b&gt;{by}</source>
        <translation>Information given on &lt;b&gt;{date}&lt;/b&gt;{by}</translation>
    </message>
    <message>
        <location line="+2" />
        <source> par {name}</source>
        <translation> by {name}</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Opposition au partage : &lt;b&gt;oui&lt;/b&gt;, depuis le {date}</source>
        <translation>Objection to sharing: &lt;b&gt;yes&lt;/b&gt;, since {date}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Opposition au partage : &lt;b&gt;non&lt;/b&gt; (levée le {date})</source>
        <translation>Objection to sharing: &lt;b&gt;no&lt;/b&gt; (withdrawn on {date})</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Opposition au partage : &lt;b&gt;non&lt;/b&gt;</source>
        <translation>Objection to sharing: &lt;b&gt;no&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Consentement au partage hors équipe de soins : &lt;b&gt;non recueilli&lt;/b&gt;</source>
        <translation>Consent to sharing outside the care team: &lt;b&gt;not obtained&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Consentement au partage hors équipe de soins : &lt;b&gt;donné le {date}&lt;/b&gt;</source>
        <translation>Consent to sharing outside the care team: &lt;b&gt;given on {date}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Consentement au partage hors équipe de soins : &lt;b&gt;retiré le {date}&lt;/b&gt;</source>
        <translation>Consent to sharing outside the care team: &lt;b&gt;withdrawn on {date}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>DashboardModel</name>
    <message>
        <location filename="../../coordapp/ui/dashboard_model.py" line="+43" />
        <source>Patient</source>
        <extracomment>internalId of top-level (section) rows; a line's is its section's row + 1. Lines shown per section until the user asks for all, at least (the view raises it to what its height allows, so that every section fits on the screen). Lines read per section when the screen is refreshed ("show the others" reads the rest). Reads every line of a section the dashboard only had the first lines of.</extracomment>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Objet</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Qui</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Délai</source>
        <translation>Delay</translation>
    </message>
    <message>
        <location line="+67" />
        <source>Actions en retard</source>
        <translation>Overdue actions</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Actions à échéance cette semaine</source>
        <translation>Actions due this week</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Révisions de PPCS à faire (30 jours)</source>
        <translation>Care plan (PPCS) reviews due (30 days)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nouvelles demandes sans réponse</source>
        <translation>New requests not answered</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Patients actifs sans médecin traitant</source>
        <translation>Active patients without a GP</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tâches de coordination (médecin traitant, appels)</source>
        <translation>Coordination tasks (attending GP, calls)</translation>
    </message>
    <message>
        <location line="+88" />
        <source>Afficher les {count} autres…</source>
        <translation>Show the {count} others…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Entrée ou double-clic : afficher toute la liste</source>
        <translation>Enter or double-click: show the whole list</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../coordapp/ui/dashboard_view.py" line="+78" />
        <source>&amp;Seulement mes patients</source>
        <extracomment>Sample texts sizing the columns (the subject column stretches). A line was activated (Enter, double-click): open this patient's file.</extracomment>
        <translation>&amp;Only my patients</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Patients dont vous êtes le ou la référent(e)</source>
        <translation>Patients for whom you are the referent</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Actualiser</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Relire la base (F5)</source>
        <translation>Read the database again (F5)</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Marquer comme fait…</source>
        <translation>Mark as done…</translation>
    </message>
    <message>
        <location line="+47" />
        <source>À faire — {date}</source>
        <translation>To do — {date}</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Rien à faire parmi vos patients. Décochez « Seulement mes patients » pour voir toute la file active.</source>
        <translation>Nothing to do among your patients. Untick “Only my patients” to see the whole caseload.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Rien à faire aujourd'hui.</source>
        <translation>Nothing to do today.</translation>
    </message>
</context>
<context>
    <name>DateDialog</name>
    <message>
        <location filename="../../coordapp/ui/patient/date_dialog.py" line="+24" />
        <source>Valider</source>
        <translation>Validate</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../coordapp/ui/plan/dates.py" line="+29" />
        <source>JJ/MM/AAAA</source>
        <translation>DD/MM/YYYY</translation>
    </message>
    <message>
        <location line="+2" />
        <source>JJ/MM/AAAA, ou +30 pour dans 30 jours</source>
        <translation>DD/MM/YYYY, or +30 for in 30 days</translation>
    </message>
</context>
<context>
    <name>DateLineEdit</name>
    <message>
        <location filename="../../coordapp/ui/patient/date_edit.py" line="+27" />
        <source>JJ/MM/AAAA</source>
        <translation>DD/MM/YYYY</translation>
    </message>
</context>
<context>
    <name>DialogParts</name>
    <message>
        <location filename="../../coordapp/ui/patient/dialog_parts.py" line="+31" />
        <location line="+24" />
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-8" />
        <source>Enregistrer ce que vous avez saisi ?</source>
        <translation>Save what you have entered?</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ne pas enregistrer</source>
        <translation>Don't save</translation>
    </message>
</context>
<context>
    <name>DirectoryFormDialog</name>
    <message>
        <location filename="../../coordapp/ui/directory_form.py" line="+64" />
        <source>Enregistrer</source>
        <extracomment>Fields checked as soon as they are left (the others when saving). Required fields, filled with a stand-in when checking another field on leave. Combo boxes whose item data (an id, a code) is the value. Warnings of the saved record (French messages), for the caller to show.</extracomment>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+68" />
        <source>Choisissez une structure de la liste de l'annuaire (ou ajoutez-la d'abord).</source>
        <translation>Choose an organisation from the directory list (or add it first).</translation>
    </message>
    <message>
        <location line="+71" />
        <source>Vérifiez le ou les avertissements ci-dessus, puis enregistrez : la fiche sera enregistrée telle quelle.</source>
        <translation>Check the warning(s) above, then save: the entry will be saved as it is.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Enregistrer quand même</source>
        <translation>Save anyway</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <location filename="../../coordapp/ui/directory_page.py" line="+50" />
        <source>&amp;Modifier…</source>
        <extracomment>Rows shown at most; beyond, the user is asked to refine the search. The user asked to edit a row (Enter, double-click, "Modifier…"): its id. The user asked for a new entry.</extracomment>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location line="+80" />
        <source>Plus de {count} résultats : précisez la recherche</source>
        <translation>More than {count} results: refine the search</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Aucun résultat</source>
        <translation>No results</translation>
    </message>
    <message>
        <location line="+2" />
        <source>1 résultat</source>
        <translation>1 result</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{count} résultats</source>
        <translation>{count} results</translation>
    </message>
</context>
<context>
    <name>DirectoryPickerDialog</name>
    <message>
        <location filename="../../coordapp/ui/patient/directory_picker.py" line="+62" />
        <source>Choisir le médecin traitant</source>
        <translation>Choose the GP</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ajouter au cercle de soins depuis l'annuaire</source>
        <translation>Add to the care circle from the directory</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Nom, profession, commune, RPPS…</source>
        <translation>Name, profession, town, RPPS…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Professionnels et structures</source>
        <translation>Professionals and organisations</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Professionnels</source>
        <translation>Professionals</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Structures</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Médecins généralistes seulement</source>
        <translation>GPs only</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Profession ou type</source>
        <translation>Profession or type</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Commune</source>
        <translation>Town</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Nouveau professionnel…</source>
        <translation>New professional…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ajouter à l'annuaire un professionnel absent</source>
        <translation>Add a missing professional to the directory</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Rôle dans le cercle de soins</source>
        <translation>Role in the care circle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Intervient depuis le</source>
        <translation>Involved since</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Choisir</source>
        <translation>Choose</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ajouter</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Médecin traitant</source>
        <translation>GP</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Infirmier(ère) libéral(e)</source>
        <translation>Community nurse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pharmacien</source>
        <translation>Pharmacist</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Masseur-kinésithérapeute</source>
        <translation>Physiotherapist</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Médecin spécialiste</source>
        <translation>Specialist doctor</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Gériatre</source>
        <translation>Geriatrician</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Assistant(e) social(e)</source>
        <translation>Social worker</translation>
    </message>
    <message>
        <location line="+0" />
        <source>SSIAD</source>
        <translation>SSIAD (home nursing service)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Aide à domicile (SAAD)</source>
        <translation>Home help (SAAD)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>HAD</source>
        <translation>HAD (hospital at home)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>EHPAD</source>
        <translation>EHPAD (care home)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Accueil de jour</source>
        <translation>Day care</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Mandataire judiciaire</source>
        <translation>Court-appointed guardian</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Aucun résultat</source>
        <translation>No results</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{count} résultat(s)</source>
        <translation>{count} result(s)</translation>
    </message>
    <message>
        <location line="+60" />
        <source>{name} a été ajouté(e) à l'annuaire.</source>
        <translation>{name} was added to the directory.</translation>
    </message>
</context>
<context>
    <name>DirectoryView</name>
    <message>
        <location filename="../../coordapp/ui/directory_view.py" line="+45" />
        <source>Rechercher un nom, une profession, une commune, un RPPS…</source>
        <translation>Search for a name, a profession, a town, an RPPS number…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Nouveau professionnel…</source>
        <translation>&amp;New professional…</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Rechercher un nom, un type, une commune, un FINESS…</source>
        <translation>Search for a name, a type, a town, a FINESS number…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Nouvelle structure…</source>
        <translation>&amp;New organisation…</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Professionnels</source>
        <translation>&amp;Professionals</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Structures</source>
        <translation>&amp;Organisations</translation>
    </message>
    <message>
        <location line="+52" />
        <source>Fiche enregistrée. À vérifier : {warnings}</source>
        <translation>Entry saved. To check: {warnings}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Fiche enregistrée.</source>
        <translation>Entry saved.</translation>
    </message>
</context>
<context>
    <name>DysfunctionsTab</name>
    <message>
        <location filename="../../coordapp/ui/patient/dysfunctions_tab.py" line="+48" />
        <source>Examens redondants (qui prescrit quoi et quand)</source>
        <extracomment>Structure types offered (the ones where the field sees breaks most).</extracomment>
        <translation>Redundant tests (who prescribes what and when)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sortie d'hospitalisation non préparée</source>
        <translation>Hospital discharge not prepared</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Soins délégués à la ville sans vérifier leur faisabilité</source>
        <translation>Care delegated to primary care without checking it is feasible</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Droits non ouverts</source>
        <translation>Rights not opened</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pas de médecin traitant</source>
        <translation>No attending GP</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Autre rupture de parcours</source>
        <translation>Other break in the pathway</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Types de structure en cause</source>
        <translation>Types of organisation involved</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Ex. : CH de Charleville, service de cardiologie</source>
        <translation>E.g.: Charleville hospital, cardiology ward</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Ce qui s'est passé, ses conséquences…</source>
        <translation>What happened, its consequences…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Enregistrer le dysfonctionnement</source>
        <translation>&amp;Record the dysfunction</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Le rapport d'activité les compte par type et par type de structure, sans nom ni texte : les noms et le récit restent dans ce dossier.</source>
        <translation>The activity report counts them by kind and by type of organisation, with no name or text: names and the account stay in this file.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Type</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location line="+1" />
        <source>D&amp;ate</source>
        <translation>D&amp;ate</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Structures concernées</source>
        <translation>&amp;Organisations involved</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Récit</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Structures</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Récit</source>
        <translation>Account</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../coordapp/ui/sync/export_dialog.py" line="+37" />
        <source>Exporter un paquet</source>
        <translation>Export a bundle</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tout</source>
        <translation>Everything</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Seulement ce qu'un collègue n'a pas reçu</source>
        <translation>Only what a colleague has not received</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Les patients choisis</source>
        <translation>Chosen patients</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Rechercher un patient</source>
        <translation>Find a patient</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Phrase de passe d'équipe</source>
        <translation>Team passphrase</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Clé(s) publique(s) de collègues</source>
        <translation>Colleagues' public key(s)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Une clé publique (age1…) par ligne</source>
        <translation>One public key (age1…) per line</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choisir…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Phrase de passe :</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Confirmation :</source>
        <translation>Confirm:</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Fichier :</source>
        <translation>File:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Exporter</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Enregistrer le paquet</source>
        <translation>Save the bundle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Paquets CoordApp (*.coordbundle)</source>
        <translation>CoordApp bundles (*.coordbundle)</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Choisissez le fichier du paquet.</source>
        <translation>Choose the bundle file.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Aucun collègue connu : importez d'abord un de ses paquets.</source>
        <translation>No known colleague: import one of their bundles first.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cochez au moins un patient.</source>
        <translation>Tick at least one patient.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Les deux phrases de passe ne sont pas identiques.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Collez au moins une clé publique.</source>
        <translation>Paste at least one public key.</translation>
    </message>
</context>
<context>
    <name>FhirImportDialog</name>
    <message>
        <location filename="../../coordapp/ui/fhir_import_dialog.py" line="+39" />
        <source>Importer un dossier FHIR</source>
        <extracomment>The file was imported: the patient's id.</extracomment>
        <translation>Import a FHIR file</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Aucun fichier choisi</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Choisir un fichier…</source>
        <translation>&amp;Choose a file…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Un Bundle FHIR R4 (JSON) : export CoordApp ou logiciel conforme FR Core. L'identité, le cercle de soins, le PPCS et les consentements sont repris ; rien n'est enregistré avant « Importer ».</source>
        <translation>A FHIR R4 Bundle (JSON): a CoordApp export or FR Core software. Identity, care circle, PPCS and consents are taken; nothing is saved before “Import”.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Vérifier</source>
        <translation>Chec&amp;k</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Importer</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Fichier :</source>
        <translation>File:</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Choisir le dossier FHIR à importer</source>
        <translation>Choose the FHIR file to import</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dossiers FHIR (*.json);;Tous les fichiers (*)</source>
        <translation>FHIR files (*.json);;All files (*)</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Vérification : dossier de {name}. Rien n'est encore enregistré.</source>
        <translation>Check: file of {name}. Nothing is saved yet.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Dossier de {name} mis à jour.</source>
        <translation>File of {name} updated.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Dossier de {name} créé.</source>
        <translation>File of {name} created.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>À vérifier :</source>
        <translation>To check:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Non repris :</source>
        <translation>Not taken:</translation>
    </message>
</context>
<context>
    <name>FieldComboDelegate</name>
    <message>
        <location filename="../../coordapp/ui/import_model.py" line="+141" />
        <source>(ignorer)</source>
        <translation>(ignore)</translation>
    </message>
</context>
<context>
    <name>FieldCommands</name>
    <message>
        <location filename="../../coordapp/ui/field_commands.py" line="+53" />
        <source>Fiche d'information enregistrée : {path}</source>
        <translation>Information sheet saved: {path}</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../coordapp/ui/first_run_dialog.py" line="+50" />
        <source>Bienvenue dans CoordApp</source>
        <extracomment>Strength meter colours: refused and nearly there, then accepted. Enough to see every screen at work, quick to generate (about a second).</extracomment>
        <translation>Welcome to CoordApp</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+170" />
        <source>Créer ma base</source>
        <translation>Create my database</translation>
    </message>
    <message>
        <location line="-164" />
        <source>Continuer</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Vos dossiers sont enregistrés sur cet ordinateur, dans une base chiffrée. Indiquez votre nom et choisissez une phrase de passe : au moins 12 caractères, par exemple quatre mots sans rapport entre eux.</source>
        <translation>Your files are stored on this computer, in an encrypted database. Enter your name and choose a passphrase: at least 12 characters, for example four unrelated words.</translation>
    </message>
    <message>
        <location line="+132" />
        <source>Emplacement : {path}</source>
        <translation>Location: {path}</translation>
    </message>
    <message>
        <location line="-112" />
        <source>Prénom et nom</source>
        <translation>First name and surname</translation>
    </message>
    <message>
        <location line="-51" />
        <source>Rouvrir la démonstration…</source>
        <extracomment>Set when the user chose to go back to the existing demonstration database.</extracomment>
        <translation>Reopen the demonstration…</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Découvrir d'abord CoordApp avec une base de démonstration (200 patients fictifs), séparée de ma base de travail</source>
        <translation>Try CoordApp first with a demonstration database (200 fictitious patients), kept apart from my working database</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Infirmière coordinatrice…</source>
        <translation>Nurse coordinator…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>DAC, CPTS, MSP…</source>
        <translation>DAC, CPTS, MSP…</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Nom (obligatoire)</source>
        <translation>Name (required)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Structure</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Phrase de passe</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Votre code de récupération</source>
        <translation>Your recovery code</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Recopiez ce code sur papier et rangez-le en lieu sûr : il permet d'ouvrir la base si vous oubliez votre phrase de passe. Il ne sera plus affiché.</source>
        <translation>Copy this code on paper and keep it in a safe place: it opens the database if you forget your passphrase. It will not be shown again.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>J'ai recopié le code de récupération</source>
        <translation>I have copied the recovery code</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Les deux saisies ne correspondent pas.</source>
        <translation>The two entries do not match.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Créer la démonstration</source>
        <translation>Create the demonstration</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Impossible d'écrire la base ({path}) : {reason}</source>
        <translation>Cannot write the database ({path}): {reason}</translation>
    </message>
</context>
<context>
    <name>FolderWatch</name>
    <message>
        <location filename="../../coordapp/ui/sync/folder_watch.py" line="+22" />
        <source>jamais</source>
        <extracomment>How often the status line is brought up to date (its "il y a 3 min").</extracomment>
        <translation>never</translation>
    </message>
    <message>
        <location line="+3" />
        <source>à l'instant</source>
        <translation>just now</translation>
    </message>
    <message>
        <location line="+2" />
        <source>il y a {n} min</source>
        <translation>{n} min ago</translation>
    </message>
    <message>
        <location line="+2" />
        <source>il y a {n} h</source>
        <translation>{n} h ago</translation>
    </message>
    <message>
        <location line="+1" />
        <source>le {date}</source>
        <translation>on {date}</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Aucun collègue dans la liste.</source>
        <translation>No colleague in the list.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>À jour avec {who}</source>
        <translation>Up to date with {who}</translation>
    </message>
</context>
<context>
    <name>GirTrend</name>
    <message>
        <location filename="../../coordapp/ui/plan/gir_trend.py" line="+81" />
        <source>Aucun GIR calculé.</source>
        <translation>No GIR calculated.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>GIR {gir} le {date} (une seule évaluation).</source>
        <translation>GIR {gir} on {date} (a single assessment).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>↘ perte d'autonomie</source>
        <translation>↘ loss of autonomy</translation>
    </message>
    <message>
        <location line="+2" />
        <source>↗ gain d'autonomie</source>
        <translation>↗ gain in autonomy</translation>
    </message>
    <message>
        <location line="+2" />
        <source>→ stable</source>
        <translation>→ stable</translation>
    </message>
    <message>
        <location line="+1" />
        <source>GIR {first} ({start}) → GIR {last} ({end}) : {trend}</source>
        <translation>GIR {first} ({start}) → GIR {last} ({end}): {trend}</translation>
    </message>
</context>
<context>
    <name>GoalForm</name>
    <message>
        <location filename="../../coordapp/ui/plan/item_forms.py" line="+92" />
        <source>Ce qui doit changer, partagé avec la personne</source>
        <translation>What needs to change, agreed with the person</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ce qu'en dit la personne</source>
        <translation>What the person says about it</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Comment saura-t-on que c'est atteint ?</source>
        <translation>How will we know it has been reached?</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Objectif :</source>
        <translation>&amp;Goal:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A&amp;vis de la personne :</source>
        <translation>&amp;Person's opinion:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Éc&amp;héance :</source>
        <translation>&amp;Due:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Critère d'évaluation :</source>
        <translation>&amp;Evaluation criterion:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>S&amp;tatut :</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Besoin : {need}</source>
        <translation>Need: {need}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Nouvel objectif</source>
        <translation>New goal</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Objectif</source>
        <translation>Goal</translation>
    </message>
</context>
<context>
    <name>GoalStatus</name>
    <message>
        <location filename="../../coordapp/ui/labels.py" line="+31" />
        <source>Proposé</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>En cours</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Atteint</source>
        <translation>Reached</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Non atteint</source>
        <translation>Not reached</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Abandonné</source>
        <translation>Abandoned</translation>
    </message>
</context>
<context>
    <name>GpField</name>
    <message>
        <location filename="../../coordapp/ui/patient/gp_field.py" line="+22" />
        <source>Choisir…</source>
        <extracomment>The GP was chosen or removed (``gp_id`` is the new value). "Choisir…" was clicked: the owner opens the directory.</extracomment>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choisir le médecin traitant dans l'annuaire</source>
        <translation>Choose the GP from the directory</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+1" />
        <source>La personne n'a pas de médecin traitant</source>
        <translation>The person has no GP</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Dr {name}</source>
        <translation>Dr {name}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Sans médecin traitant</source>
        <translation>No GP</translation>
    </message>
</context>
<context>
    <name>GpSeekersDialog</name>
    <message>
        <location filename="../../coordapp/ui/gp_seekers_dialog.py" line="+107" />
        <location line="+13" />
        <source>Personnes cherchant un médecin traitant</source>
        <translation>People looking for an attending GP</translation>
    </message>
    <message>
        <location line="-11" />
        <source>Par priorité : ALD, plus de 70 ans, précarité, avis du coordinateur, puis la demande la plus ancienne.</source>
        <translation>By priority: long-term illness (ALD), over 70, precarity, the coordinator's view, then the oldest request.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Médecin à proposer</source>
        <translation>Doctor to propose</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Proposer ce médecin</source>
        <translation>&amp;Propose this doctor</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Réponse : &amp;acceptée</source>
        <translation>Answer: &amp;accepted</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Réponse : &amp;refusée</source>
        <translation>Answer: &amp;refused</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Médecins acceptant de nouveaux patients :</source>
        <translation>Doctors taking new patients:</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Aucun : cochez-les dans l'annuaire</source>
        <translation>None: tick them in the directory</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Proposition en attente : {gp}</source>
        <translation>Proposal awaiting an answer: {gp}</translation>
    </message>
</context>
<context>
    <name>GpSeekersTableModel</name>
    <message>
        <location line="-124" />
        <source>Rang</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Âge</source>
        <translation>Age</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Commune</source>
        <translation>Town</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Demande le</source>
        <translation>Asked on</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Priorité</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Note du coordinateur</source>
        <translation>Coordinator's note</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Propositions en attente</source>
        <translation>Proposals awaiting an answer</translation>
    </message>
    <message>
        <location line="+33" />
        <source>ALD</source>
        <translation>ALD (long-term conditions)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>plus de 70 ans</source>
        <translation>over 70</translation>
    </message>
    <message>
        <location line="+1" />
        <source>précarité</source>
        <translation>precarity</translation>
    </message>
    <message>
        <location line="+1" />
        <source>avis du coordinateur</source>
        <translation>coordinator's view</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../../coordapp/ui/guide_window.py" line="+29" />
        <source>Guide d'utilisation de CoordApp</source>
        <translation>CoordApp user guide</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Le guide n'a pas été trouvé dans cette installation ({path}).</source>
        <translation>The guide was not found in this installation ({path}).</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../coordapp/ui/patient/history_tab.py" line="+25" />
        <source>Consultation</source>
        <extracomment>How many entries the tab shows (the CLI ``coordapp audit --patient`` gives them all).</extracomment>
        <translation>Viewed</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Création</source>
        <translation>Created</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Modification</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Suppression</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Impression</source>
        <translation>Printed</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Export</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Import</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Dossier</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Demande</source>
        <translation>Request</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cercle de soins</source>
        <translation>Care circle</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Consentement</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Évaluation</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PPCS</source>
        <translation>PPCS</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Besoin</source>
        <translation>Need</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Objectif</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+12" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="-9" />
        <source>suppression</source>
        <translation>deletion</translation>
    </message>
    <message>
        <location line="+0" />
        <source>restauration</source>
        <translation>restore</translation>
    </message>
    <message>
        <location line="+1" />
        <source>effacement (RGPD)</source>
        <translation>erasure (GDPR)</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+13" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-12" />
        <location line="+14" />
        <source>Personne</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="-14" />
        <location line="+15" />
        <source>inconnue</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location line="-13" />
        <location line="+14" />
        <source>Élément</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="-9" />
        <source>Chaque consultation, modification, impression ou export de ce dossier est inscrit dans le journal d'audit, sans aucun texte médical.</source>
        <translation>Every view, change, print or export of this file is recorded in the audit trail, without any medical text.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Champ</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Valeur</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Modifications, champ par champ (celles des collègues comprises) :</source>
        <translation>Changes, field by field (colleagues' included):</translation>
    </message>
</context>
<context>
    <name>IdentityDocument</name>
    <message>
        <location filename="../../coordapp/ui/labels.py" line="-158" />
        <source>Carte nationale d'identité</source>
        <translation>National identity card</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Passeport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Carte ou titre de séjour</source>
        <translation>Residence permit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>e-carte d'identité</source>
        <translation>Electronic identity card</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Identité Numérique La Poste</source>
        <translation>La Poste digital identity</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Application carte Vitale</source>
        <translation>Carte Vitale app</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Livret de famille et carte Vitale avec photo</source>
        <translation>Family record book with a photo Carte Vitale</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Extrait d'acte de naissance</source>
        <translation>Birth certificate extract</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Livret de famille des parents</source>
        <translation>Parents' family record book</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Carnet de circulation</source>
        <translation>Travel document for foreign minors</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Acte de naissance et carte Vitale avec photo</source>
        <translation>Birth certificate with a photo Carte Vitale</translation>
    </message>
</context>
<context>
    <name>IdentityForm</name>
    <message>
        <location filename="../../coordapp/ui/patient/identity_form.py" line="+106" />
        <source>Une ALD par ligne</source>
        <translation>One long-term condition (ALD) per line</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tous les prénoms de naissance, dans l'ordre de l'état civil.</source>
        <translation>All the birth first names, in civil-register order.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Code INSEE, ex. 08105</source>
        <translation>INSEE code, e.g. 08105</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Code INSEE de la commune de naissance, ou 99 suivi du code du pays pour une personne née à l'étranger.</source>
        <translation>INSEE code of the town of birth, or 99 followed by the country code for a person born abroad.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>06 12 34 56 78</source>
        <translation>06 12 34 56 78</translation>
    </message>
    <message>
        <location line="+1" />
        <source>nom@domaine.fr</source>
        <translation>name@domain.fr</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nom, lien, téléphone</source>
        <translation>Name, relationship, phone</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Non renseigné</source>
        <translation>Not filled in</translation>
    </message>
    <message>
        <location line="-7" />
        <location line="+8" />
        <source>Non renseignée</source>
        <translation>Not filled in</translation>
    </message>
    <message>
        <location line="-34" />
        <source>Ex. : arabe, français</source>
        <extracomment>Statuses only an import from a system that queried INSi may bring (identity_origin). The strict INS traits: changing one may turn this file into a duplicate of another. Any field was edited by the user (or by ``load``). "Choisir…" was clicked next to the GP.</extracomment>
        <translation>E.g.: Arabic, French</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Un interprète est nécessaire</source>
        <translation>An interpreter is needed</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Affiché sur le PPCS de l'équipe et dans « Qui appeler ? » ; un service d'interprétariat peut être ajouté au cercle de soins.</source>
        <translation>Shown on the team's plan and in “Whom to call?”; an interpreting service can be added to the care circle.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>La pièce sur laquelle l'identité a été contrôlée : obligatoire pour une identité validée (VALI).</source>
        <translation>The document the identity was checked on: required for a validated identity (VALI).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>À préciser</source>
        <translation>To be specified</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Identité (traits INS)</source>
        <translation>Identity (INS traits)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nom de naissance</source>
        <translation>Birth name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Prénoms de naissance</source>
        <translation>Birth first names</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date de naissance</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sexe</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lieu de naissance</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <location line="+1" />
        <source>NIR</source>
        <translation>NIR</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Statut de l'identité</source>
        <translation>Identity status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pièce contrôlée</source>
        <translation>Document checked</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Contrôlée le</source>
        <translation>Checked on</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Origine</source>
        <translation>Origin</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Identité d'usage</source>
        <translation>Usual identity</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nom utilisé</source>
        <translation>Used name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Prénom utilisé</source>
        <translation>Used first name</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Coordonnées</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Autre téléphone</source>
        <translation>Other phone</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Courriel</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Commune</source>
        <translation>Town</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Dossier</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Statut du dossier</source>
        <translation>Case status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date d'inclusion</source>
        <translation>Inclusion date</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Motif de clôture</source>
        <translation>Closure reason</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date de clôture</source>
        <translation>Closure date</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Coordinateur référent</source>
        <translation>Referent coordinator</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Médecin traitant</source>
        <translation>GP</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ALD</source>
        <translation>ALD (long-term conditions)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mode de vie</source>
        <translation>Living situation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Protection juridique</source>
        <translation>Legal protection</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Personne de confiance</source>
        <translation>Trusted person</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Langues parlées</source>
        <translation>Languages spoken</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Interprétariat</source>
        <translation>Interpreting</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Statut INS de l'identité. QUAL seulement si l'identité a été vérifiée par le téléservice INSi.</source>
        <translation>INS status of the identity. QUAL only if the identity was verified by the INSi teleservice.</translation>
    </message>
    <message>
        <location line="+64" />
        <source>{source}, téléservice INSi interrogé le {date}</source>
        <translation>{source}, INSi teleservice queried on {date}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Saisie manuelle, identité contrôlée sur : {document}{date}</source>
        <translation>Typed by hand, identity checked on: {document}{date}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>, le {date}</source>
        <translation>, on {date}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Saisie manuelle (RECUP et QUAL ne viennent que d'un import depuis un logiciel ayant interrogé le téléservice INSi)</source>
        <translation>Typed by hand (RECUP and QUAL only come from an import out of software that queried the INSi teleservice)</translation>
    </message>
</context>
<context>
    <name>IdentityStatus</name>
    <message>
        <location filename="../../coordapp/ui/labels.py" line="-19" />
        <source>Identité provisoire</source>
        <translation>Provisional identity</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Identité récupérée</source>
        <translation>Retrieved identity</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Identité validée</source>
        <translation>Validated identity</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Identité qualifiée</source>
        <translation>Qualified identity</translation>
    </message>
    <message>
        <location filename="../../coordapp/ui/patient/identity_status.py" line="+13" />
        <source>Provisoire : identité déclarée, sans pièce vérifiée.</source>
        <translation>Provisional: declared identity, no document checked.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Récupérée : traits reçus du téléservice INSi, identité non contrôlée sur pièce.</source>
        <translation>Retrieved: traits received from the INSi teleservice, identity not checked against a document.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Validée : identité contrôlée sur une pièce d'identité.</source>
        <translation>Validated: identity checked against an identity document.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Qualifiée : à choisir uniquement si l'identité a été vérifiée sur pièce ET par le téléservice INSi. CoordApp, hors ligne, ne peut pas le faire.</source>
        <translation>Qualified: choose only if the identity was checked against a document AND by the INSi teleservice. CoordApp, being offline, cannot do it.</translation>
    </message>
</context>
<context>
    <name>IdentityTab</name>
    <message>
        <location filename="../../coordapp/ui/patient/identity_tab.py" line="+57" />
        <source>Annuler le dernier enregistrement</source>
        <extracomment>Identity fields were written; the window reloads the file. Edits are pending (True) or not any more (False).</extracomment>
        <translation>Undo the last save</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Annuler les modifications</source>
        <translation>Discard the changes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Enregistrer les modifications (Ctrl+S)</source>
        <translation>Save the changes (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Ce dossier a été modifié ailleurs pendant votre saisie. Vos modifications ne sont pas encore enregistrées : enregistrez pour garder votre version des champs modifiés, ou annulez vos modifications pour reprendre la version à jour.</source>
        <extracomment>Shown while the base is busy: the save waits, tries again, can be cancelled.</extracomment>
        <translation>This file was changed elsewhere while you were editing. Your changes are not saved yet: save to keep your version of the fields you changed, or undo your changes to take the up-to-date version.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Aucun</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{name} (moi)</source>
        <translation>{name} (me)</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Aucune modification à enregistrer.</source>
        <translation>No changes to save.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Rien n'a été enregistré : corrigez le champ signalé.</source>
        <translation>Nothing was saved: correct the field shown.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Modifications enregistrées.</source>
        <translation>Changes saved.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>{name}, né(e) le {date}</source>
        <translation>{name}, born on {date}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&lt;b&gt;Doublon probable&lt;/b&gt; : {names}. Vérifiez qu'il ne s'agit pas de la même personne.</source>
        <translation>&lt;b&gt;Probable duplicate&lt;/b&gt;: {names}. Check that this is not the same person.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Dernier enregistrement annulé.</source>
        <translation>Last save undone.</translation>
    </message>
</context>
<context>
    <name>ImportBundleDialog</name>
    <message>
        <location filename="../../coordapp/ui/sync/import_dialog.py" line="+36" />
        <source>Importer un paquet</source>
        <extracomment>The bundle was applied: the ``ImportSummary``.</extracomment>
        <translation>Import a bundle</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Paquet : {name}</source>
        <translation>Bundle: {name}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ce paquet est protégé par une phrase de passe d'équipe :</source>
        <translation>This bundle is protected by a team passphrase:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Ouvrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Faire confiance à cet expéditeur</source>
        <translation>Trust this sender</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Appliquer</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+72" />
        <source>&lt;b&gt;Import terminé.&lt;/b&gt;&lt;br&gt;{new} patient(s) nouveau(x), {fields} champ(s) mis à jour, {conflicts} conflit(s) à revoir.</source>
        <translation>&lt;b&gt;Import complete.&lt;/b&gt;&lt;br&gt;{new} new patient(s), {fields} field(s) updated, {conflicts} conflict(s) to review.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>cette installation</source>
        <translation>this installation</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <source>expéditeur connu</source>
        <translation>known sender</translation>
    </message>
    <message>
        <location line="+1" />
        <source>expéditeur inconnu : vérifiez son empreinte avec lui</source>
        <translation>unknown sender: check the fingerprint with them</translation>
    </message>
    <message>
        <location line="+1" />
        <source>expéditeur révoqué : le paquet sera refusé</source>
        <translation>revoked sender: the bundle will be refused</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&lt;b&gt;Signé par :&lt;/b&gt; {name} ({status})</source>
        <translation>&lt;b&gt;Signed by:&lt;/b&gt; {name} ({status})</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Empreinte : {fp}</source>
        <translation>Fingerprint: {fp}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nouveaux patients : {count}</source>
        <translation>New patients: {count}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Champs mis à jour : {count}</source>
        <translation>Fields updated: {count}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Conflits : {count}</source>
        <translation>Conflicts: {count}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Ce paquet a déjà été importé.</source>
        <translation>This bundle was already imported.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../coordapp/ui/import_dialog.py" line="+69" />
        <source>Importer une file active</source>
        <extracomment>Rows were imported: how many.</extracomment>
        <translation>Import a caseload</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Importer un annuaire</source>
        <translation>Import a directory</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Aucun fichier choisi</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Choisir un fichier…</source>
        <translation>&amp;Choose a file…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Feuille :</source>
        <translation>&amp;Sheet:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Classeur Excel (.xlsx), LibreOffice (.ods) ou fichier CSV (séparateur point-virgule, virgule ou tabulation). La première ligne remplie doit contenir les intitulés des colonnes.</source>
        <translation>Excel workbook (.xlsx), LibreOffice workbook (.ods) or CSV file (semicolon, comma or tab separated). The first filled row must hold the column headings.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>1. Correspondance des colonnes</source>
        <translation>1. Column mapping</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Masquer les lignes prêtes</source>
        <translation>&amp;Hide ready rows</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Importer &amp;aussi les doublons probables</source>
        <translation>&amp;Also import probable duplicates</translation>
    </message>
    <message>
        <location line="+1" />
        <source>2. Vérification</source>
        <translation>2. Check</translation>
    </message>
    <message>
        <location line="+13" />
        <location line="+168" />
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="-167" />
        <source>&amp;Vérifier</source>
        <translation>Chec&amp;k</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+160" />
        <source>&amp;Importer</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location line="-157" />
        <source>Fichier :</source>
        <translation>File:</translation>
    </message>
    <message>
        <location line="+38" />
        <source>{kind}, feuille « {sheet} », {rows} ligne(s) de données. Vérifiez la correspondance des colonnes : chaque liste propose nos champs, ou « (ignorer) ».</source>
        <translation>{kind}, sheet “{sheet}”, {rows} data row(s). Check how the columns are mapped: each list offers our fields, or “(ignore)”.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{encoding}, séparateur {delimiter}, {rows} ligne(s) de données. Vérifiez la correspondance des colonnes : chaque liste propose nos champs, ou « (ignorer) ».</source>
        <translation>{encoding}, separator {delimiter}, {rows} data row(s). Check the column mapping: each list offers our fields, or “(ignore)”.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Choisir le fichier à importer</source>
        <translation>Choose the file to import</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Classeurs et fichiers CSV (*.xlsx *.ods *.csv *.txt);;Tous les fichiers (*)</source>
        <translation>Workbooks and CSV files (*.xlsx *.ods *.csv *.txt);;All files (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+50" />
        <source>%n ligne(s) importée(s).</source>
        <translation><numerusform>%n row(s) imported.</numerusform><numerusform>%n row(s) imported.</numerusform></translation>
    </message>
    <message>
        <location line="+2" />
        <source>{errors} ligne(s) en erreur et {duplicates} doublon(s) probable(s) n'ont pas été importés : corrigez-les dans le fichier puis importez ces lignes seules.</source>
        <translation>{errors} row(s) with errors and {duplicates} probable duplicate(s) were not imported: correct them in the file, then import those rows alone.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Cliquez sur « Vérifier » : rien n'est importé avant votre confirmation.</source>
        <translation>Click “Check”: nothing is imported until you confirm.</translation>
    </message>
    <message numerus="yes">
        <location line="+14" />
        <source>&amp;Importer %n ligne(s)</source>
        <translation><numerusform>&amp;Import %n row(s)</numerusform><numerusform>&amp;Import %n row(s)</numerusform></translation>
    </message>
    <message>
        <location line="+7" />
        <source>Interrompre</source>
        <translation>Stop</translation>
    </message>
</context>
<context>
    <name>ImportMappingModel</name>
    <message>
        <location filename="../../coordapp/ui/import_model.py" line="-92" />
        <source>Colonne du fichier</source>
        <extracomment>Text colours on white (WCAG AA) and light row tints, by what the row needs. The user gave a column another field (or none).</extracomment>
        <translation>File column</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Champ CoordApp</source>
        <translation>CoordApp field</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Premières valeurs</source>
        <translation>First values</translation>
    </message>
    <message>
        <location line="+13" />
        <source>(ignorer)</source>
        <translation>(ignore)</translation>
    </message>
</context>
<context>
    <name>ImportReportModel</name>
    <message>
        <location line="+127" />
        <source>Ligne</source>
        <translation>Line</translation>
    </message>
    <message>
        <location line="+0" />
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Personne ou fiche</source>
        <translation>Person or entry</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Colonne</source>
        <translation>Column</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Erreur</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Doublon probable</source>
        <translation>Probable duplicate</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Prête, à vérifier</source>
        <translation>Ready, to be checked</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Prête</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Sera importée.</source>
        <translation>Will be imported.</translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>%n prête(s) à importer</source>
        <translation><numerusform>%n ready to import</numerusform><numerusform>%n ready to import</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n en erreur, en rouge, non importée(s)</source>
        <translation><numerusform>%n with errors, in red, not imported</numerusform><numerusform>%n with errors, in red, not imported</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n doublon(s) probable(s), en orange, importé(s) seulement si vous cochez la case</source>
        <translation><numerusform>%n probable duplicate(s), in orange, imported only if you tick the box</numerusform><numerusform>%n probable duplicate(s), in orange, imported only if you tick the box</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n ligne(s) : </source>
        <translation><numerusform>%n row(s): </numerusform><numerusform>%n row(s): </numerusform></translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rien n'est enregistré avant « Importer ».</source>
        <translation>Nothing is saved before “Import”.</translation>
    </message>
</context>
<context>
    <name>InfoSheetDialog</name>
    <message>
        <location filename="../../coordapp/ui/info_sheet_dialog.py" line="+31" />
        <source>Fiche d'information sur les ressources</source>
        <translation>Information sheet on resources</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Une page pour le demandeur : les services de l'annuaire qui répondent au besoin, près de la commune, avec ce qu'ils font, leur téléphone et leurs horaires.</source>
        <translation>One page for the requester: the directory's services that meet the need, near the town, with what they do, their phone and their opening hours.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Types de service</source>
        <translation>Kinds of service</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Commune ou code postal</source>
        <translation>Town or postcode</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Commune</source>
        <translation>&amp;Town</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Enregistrer la fiche…</source>
        <translation>&amp;Save the sheet…</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Enregistrer la fiche d'information</source>
        <translation>Save the information sheet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Impossible d'écrire le fichier : choisissez un autre dossier.</source>
        <translation>Cannot write the file: choose another folder.</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <location filename="../../coordapp/ui/plan/item_editors.py" line="+58" />
        <source>&lt;b&gt;Choisissez un élément du plan&lt;/b&gt;&lt;br&gt;&lt;br&gt;Inser ou Ctrl+N : ajouter (un besoin, un objectif sous le besoin, une action sous l'objectif)&lt;br&gt;F2 ou Entrée : modifier l'élément&lt;br&gt;Suppr : supprimer&lt;br&gt;Ctrl+↑ / Ctrl+↓ : changer la priorité d'un besoin&lt;br&gt;Ctrl+Entrée : enregistrer, Échap : annuler</source>
        <extracomment>What each kind of item is recorded as in ``changed(entity)``. An item was written: (entity, id). The user is done with the form (saved with Ctrl+Entrée, or Échap).</extracomment>
        <translation>&lt;b&gt;Choose an item of the plan&lt;/b&gt;&lt;br&gt;&lt;br&gt;Ins or Ctrl+N: add (a need, a goal under the need, an action under the goal)&lt;br&gt;F2 or Enter: edit the item&lt;br&gt;Del: delete&lt;br&gt;Ctrl+↑ / Ctrl+↓: change the priority of a need&lt;br&gt;Ctrl+Enter: save, Esc: cancel</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ctrl+Entrée</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Échap</source>
        <translation>Esc</translation>
    </message>
</context>
<context>
    <name>JournalKind</name>
    <message>
        <location filename="../../coordapp/ui/labels.py" line="+113" />
        <source>Appel</source>
        <translation>Call</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Visite à domicile</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Réunion, concertation</source>
        <translation>Meeting, case conference</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hospitalisation</source>
        <translation>Hospital admission</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sortie d'hospitalisation</source>
        <translation>Hospital discharge</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>JournalTab</name>
    <message>
        <location filename="../../coordapp/ui/patient/journal_tab.py" line="+40" />
        <source>Date et heure du contact</source>
        <translation>Date and time of the contact</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Ce qui s'est passé, ce qui a été décidé… (Ctrl+Entrée pour ajouter)</source>
        <translation>What happened, what was decided… (Ctrl+Enter to add)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Ajouter</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ajouter la note au journal (Ctrl+Entrée)</source>
        <translation>Add the note to the log (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Les notes du journal ne sont plus modifiables une fois ajoutées.</source>
        <translation>Log notes can no longer be edited once added.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Auteur</source>
        <translation>Author</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Écrivez la note avant de l'ajouter.</source>
        <translation>Write the note before adding it.</translation>
    </message>
</context>
<context>
    <name>LegalProtection</name>
    <message>
        <location filename="../../coordapp/ui/labels.py" line="-89" />
        <source>Aucune</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sauvegarde de justice</source>
        <translation>Court protection (sauvegarde de justice)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Curatelle</source>
        <translation>Curatorship</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Curatelle renforcée</source>
        <translation>Enhanced curatorship</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tutelle</source>
        <translation>Guardianship</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Habilitation familiale</source>
        <translation>Family authorisation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mandat de protection future</source>
        <translation>Lasting power of attorney</translation>
    </message>
</context>
<context>
    <name>LicencesDialog</name>
    <message>
        <location filename="../../coordapp/ui/licences_dialog.py" line="+26" />
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <location line="+3" />
        <source>CoordApp est un logiciel libre, sous licence publique de l'Union européenne (EUPL-1.2). Il utilise Qt et PySide6 (LGPL-3.0), Python et d'autres composants libres, chacun sous sa propre licence.</source>
        <translation>CoordApp is free software, under the European Union Public Licence (EUPL-1.2). It uses Qt and PySide6 (LGPL-3.0), Python and other free components, each under its own licence.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>CoordApp (EUPL-1.2)</source>
        <translation>CoordApp (EUPL-1.2)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Composants tiers</source>
        <translation>Third-party components</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Le texte n'a pas été trouvé dans cette installation ({path}).</source>
        <translation>The text was not found in this installation ({path}).</translation>
    </message>
</context>
<context>
    <name>LineWriter</name>
    <message>
        <location filename="../../coordapp/ui/dashboard_lines.py" line="+68" />
        <source>Besoin : {need}
Objectif : {goal}
Action : {action}</source>
        <translation>Need: {need}
Goal: {goal}
Action: {action}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Responsable non désigné</source>
        <translation>No one responsible yet</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Réviser le PPCS (version {version})</source>
        <translation>Review the PPCS (version {version})</translation>
    </message>
    <message>
        <location line="+11" />
        <source>reçue aujourd'hui</source>
        <translation>received today</translation>
    </message>
    <message>
        <location line="+2" />
        <source>depuis 1 jour</source>
        <translation>for 1 day</translation>
    </message>
    <message>
        <location line="+2" />
        <source>depuis {n} jours</source>
        <translation>for {n} days</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+19" />
        <source>Personne non précisée</source>
        <translation>Person not specified</translation>
    </message>
    <message>
        <location line="-17" />
        <source>Demande non rattachée à un dossier patient.
{reason}</source>
        <translation>Request not linked to a patient file.
{reason}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>suivi depuis le {date}</source>
        <translation>followed since {date}</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Prendre contact avec le médecin traitant</source>
        <translation>Contact the attending GP</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Aider à trouver un médecin traitant</source>
        <translation>Help find an attending GP</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Appeler la personne (J+2 après la sortie)</source>
        <translation>Call the person (day 2 after discharge)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Clic droit ou F4 : marquer comme fait (noté au journal)</source>
        <translation>Right-click or F4: mark as done (logged in the journal)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>1 jour de retard</source>
        <translation>1 day overdue</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} jours de retard</source>
        <translation>{n} days overdue</translation>
    </message>
    <message>
        <location line="+4" />
        <source>aujourd'hui</source>
        <translation>today</translation>
    </message>
    <message>
        <location line="+2" />
        <source>demain</source>
        <translation>tomorrow</translation>
    </message>
    <message>
        <location line="+1" />
        <source>dans {n} jours</source>
        <translation>in {n} days</translation>
    </message>
</context>
<context>
    <name>LivingSituation</name>
    <message>
        <location filename="../../coordapp/ui/labels.py" line="+6" />
        <source>Vit seul(e)</source>
        <translation>Lives alone</translation>
    </message>
    <message>
        <location line="+1" />
        <source>En couple</source>
        <translation>As a couple</translation>
    </message>
    <message>
        <location line="+1" />
        <source>En famille</source>
        <translation>With family</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Habitat partagé</source>
        <translation>Shared housing</translation>
    </message>
    <message>
        <location line="+1" />
        <source>En établissement</source>
        <translation>In an institution</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sans domicile</source>
        <translation>Homeless</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Autre</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>LockCurtain</name>
    <message>
        <location filename="../../coordapp/ui/lock_curtain.py" line="+72" />
        <source>CoordApp est verrouillé.</source>
        <translation>CoordApp is locked.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>CoordApp — verrouillé</source>
        <translation>CoordApp — locked</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../../coordapp/ui/main_actions.py" line="+34" />
        <source>&amp;Nouvelle demande…</source>
        <extracomment>The pages of the main window, in sidebar order.</extracomment>
        <translation>&amp;New request…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Enregistrer une demande d'appui pour une nouvelle personne</source>
        <translation>Record a request for support for a new person</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Rechercher un patient</source>
        <translation>&amp;Find a patient</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Chercher dans la file active</source>
        <translation>Search the caseload</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Imprimer les PPCS à réviser…</source>
        <translation>&amp;Print the care plans due for review…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Les PPCS de mes patients à réviser dans les 7 jours, ou en retard</source>
        <translation>My patients' care plans due for review within 7 days, or overdue</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Exporter l'&amp;agenda de mes patients (.ics)…</source>
        <translation>Export my patients' &amp;calendar (.ics)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Les échéances des actions et des révisions, pour votre agenda</source>
        <translation>Action due dates and reviews, for your calendar</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Exporter l'agenda &amp;partagé, sans noms (.ics)…</source>
        <translation>Export the &amp;shared calendar, without names (.ics)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Les mêmes échéances avec les initiales et le numéro court du dossier, pour un agenda d'équipe</source>
        <translation>The same due dates with initials and the file's short number, for a team calendar</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Rapport d'a&amp;ctivité…</source>
        <translation>Acti&amp;vity report…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Le rapport anonyme de l'activité sur une période, en PDF ou en CSV</source>
        <translation>The anonymous activity report over a period, as PDF or CSV</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Personnes cherchant un &amp;médecin traitant…</source>
        <translation>People looking for an attending &amp;GP…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>La liste par priorité, les propositions de médecins et leurs réponses</source>
        <translation>The list by priority, the doctors proposed and the answers</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Fiche d'&amp;information sur les ressources…</source>
        <translation>&amp;Information sheet on resources…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Une page pour le demandeur : les services qui répondent au besoin</source>
        <translation>One page for the requester: the services that meet the need</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Importer une &amp;file active (tableur)…</source>
        <translation>Import a &amp;caseload (spreadsheet)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reprendre les patients suivis depuis un classeur .xlsx, .ods ou CSV</source>
        <translation>Bring in the followed patients from an .xlsx, .ods or CSV workbook</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Importer un a&amp;nnuaire (tableur)…</source>
        <translation>Import a &amp;directory (spreadsheet)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ajouter des professionnels et des structures depuis un tableur</source>
        <translation>Add professionals and organisations from a spreadsheet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Importer un &amp;dossier FHIR…</source>
        <translation>Import a FHIR &amp;file…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Le dossier d'une personne reçu d'un autre logiciel (Bundle FHIR, FR Core)</source>
        <translation>One person's file received from other software (FHIR Bundle, FR Core)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Verrouiller</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fermer la base et masquer les dossiers</source>
        <translation>Close the database and hide the files</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+9" />
        <source>À &amp;faire</source>
        <translation>&amp;To do</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Actions en retard, révisions, demandes sans réponse</source>
        <translation>Overdue actions, reviews, unanswered requests</translation>
    </message>
    <message>
        <location line="+2" />
        <source>File &amp;active</source>
        <translation>&amp;Caseload</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Les patients suivis</source>
        <translation>The patients being followed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A&amp;nnuaire</source>
        <translation>&amp;Directory</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Professionnels et structures</source>
        <translation>Professionals and organisations</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Synchronisation</source>
        <translation>&amp;Synchronisation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Échanger les dossiers avec les collègues, conflits à revoir</source>
        <translation>Exchange files with colleagues, conflicts to review</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Préférences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Langue de l'interface</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Guide d'utilisation</source>
        <translation>User &amp;guide</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Restaurer une sauvegarde…</source>
        <translation>&amp;Restore a backup…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remettre en place une sauvegarde chiffrée</source>
        <translation>Put an encrypted backup back in place</translation>
    </message>
    <message>
        <location line="+1" />
        <source>À &amp;propos de CoordApp</source>
        <translation>&amp;About CoordApp</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+16" />
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Outils</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Ai&amp;de</source>
        <translation>&amp;Help</translation>
    </message>
</context>
<context>
    <name>MainPrintCommands</name>
    <message>
        <location filename="../../coordapp/ui/printing/main_commands.py" line="+73" />
        <source>Exporter l'agenda de mes patients</source>
        <translation>Export my patients' calendar</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Agendas iCalendar (*.ics)</source>
        <translation>iCalendar files (*.ics)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Export impossible</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Agenda enregistré : {count} échéance(s) dans {path}</source>
        <translation>Calendar saved: {count} due date(s) in {path}</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Rapport enregistré : {path}</source>
        <translation>Report saved: {path}</translation>
    </message>
    <message>
        <location line="+15" />
        <location line="+39" />
        <source>Aperçu impossible</source>
        <translation>Preview unavailable</translation>
    </message>
    <message>
        <location line="-35" />
        <source>Imprimé : {pages} page(s).</source>
        <translation>Printed: {pages} page(s).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Enregistré : {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <location line="+23" />
        <source>PPCS à réviser d'ici le {date} — {count} personne(s)</source>
        <translation>Care plans to review by {date} — {count} person(s)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Impossible de relire le rapport ({reason}).</source>
        <translation>The report cannot be read back ({reason}).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Rapport d'activité</source>
        <translation>Activity report</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../coordapp/ui/main_window.py" line="+115" />
        <source>CoordApp — démonstration (patients fictifs)</source>
        <extracomment>Fits a 1366×768 screen once the taskbar and the window frame are taken. How often the open window looks for commits made by other programs (milliseconds). What is announced when another program wrote: every list refreshes. The workspace was closed and the patient data removed from the screen. A workspace was opened again after a lock. A patient line was activated (caseload or "À faire"): open this patient's file. "Nouvelle demande…" (Ctrl+N, or its button in the toolbar) was chosen.</extracomment>
        <translation>CoordApp — demonstration (fictitious patients)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CoordApp</source>
        <translation>CoordApp</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Sauvegarde du jour enregistrée.</source>
        <translation>Today's backup saved.</translation>
    </message>
    <message>
        <location line="+84" />
        <source>{file} — {count} — dernière synchronisation : {when}</source>
        <translation>{file} — {count} — last synchronisation: {when}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>jamais</source>
        <translation>never</translation>
    </message>
    <message>
        <location line="+16" />
        <source>{count} patient</source>
        <translation>{count} patient</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{count} patients</source>
        <translation>{count} patients</translation>
    </message>
    <message>
        <location line="+75" />
        <source>CoordApp est verrouillé.</source>
        <translation>CoordApp is locked.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{file} — verrouillée</source>
        <translation>{file} — locked</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Langue enregistrée : elle s'appliquera au prochain démarrage de CoordApp.</source>
        <translation>Language saved: it will apply the next time CoordApp starts.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Sauvegarde restaurée.</source>
        <translation>Backup restored.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Base endommagée</source>
        <translation>Damaged database</translation>
    </message>
    <message>
        <location line="+1" />
        <source>La vérification de la base chiffrée a trouvé {pages} page(s) en erreur. Ne continuez pas à saisir : restaurez la dernière sauvegarde (coordapp restore) et prévenez votre référent informatique.</source>
        <translation>The check of the encrypted database found {pages} page(s) in error. Stop entering data: restore the latest backup (coordapp restore) and tell your IT contact.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Sauvegarde impossible</source>
        <translation>Backup failed</translation>
    </message>
</context>
<context>
    <name>NeedDomain</name>
    <message>
        <location filename="../../coordapp/ui/labels.py" line="+100" />
        <source>Santé</source>
        <translation>Health</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Autonomie</source>
        <translation>Autonomy</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Psychologique</source>
        <translation>Psychological</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Social</source>
        <translation>Social</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Environnement, logement</source>
        <translation>Environment, housing</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Aidant</source>
        <translation>Caregiver</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Droits, démarches</source>
        <translation>Rights, formalities</translation>
    </message>
</context>
<context>
    <name>NeedForm</name>
    <message>
        <location filename="../../coordapp/ui/plan/item_forms.py" line="-52" />
        <source>Le besoin, tel qu'il est formulé avec la personne</source>
        <translation>The need, as worded with the person</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Priorité exprimée par la &amp;personne (★, en tête du plan)</source>
        <translation>Priority expressed by the &amp;person (★, at the top of the plan)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Besoin &amp;non couvert sur le territoire</source>
        <translation>Need &amp;not met in the area</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Besoin :</source>
        <translation>&amp;Need:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Domaine :</source>
        <translation>&amp;Area:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Remonté au territoire parmi les besoins sans réponse (partie 4 du PPCS).</source>
        <translation>Reported to the area among the unmet needs (part 4 of the PPCS).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Nouveau besoin</source>
        <translation>New need</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ctrl+Entrée pour l'ajouter, Échap pour annuler.</source>
        <translation>Ctrl+Enter to add it, Esc to cancel.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Besoin (priorité {n})</source>
        <translation>Need (priority {n})</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{goals} objectif(s)</source>
        <translation>{goals} goal(s)</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../coordapp/ui/new_case_dialog.py" line="+49" />
        <source>Nouvelle demande d'appui</source>
        <extracomment>The request was saved; the id of the patient it concerns, or "" if none.</extracomment>
        <translation>New request for support</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>‹ &amp;Précédent</source>
        <translation>‹ &amp;Previous</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Suivant ›</source>
        <translation>&amp;Next ›</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+24" />
        <source>1. La demande</source>
        <translation>1. The request</translation>
    </message>
    <message>
        <location line="+0" />
        <source>2. La personne concernée</source>
        <translation>2. The person concerned</translation>
    </message>
    <message>
        <location line="+1" />
        <source>3. La réponse</source>
        <translation>3. The answer</translation>
    </message>
    <message>
        <location line="+19" />
        <source>une personne non précisée</source>
        <translation>an unspecified person</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Demande de {who} au sujet de {about}.</source>
        <translation>Request from {who} about {about}.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Dossier existant.</source>
        <translation>Existing file.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Des dossiers proches existent : choisissez « C'est cette personne » ou cochez « Aucune de ces personnes ».</source>
        <translation>Similar files exist: choose “This is the person” or tick “None of these people”.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Le NIR saisi n'est pas valide. Corrigez-le, ou videz le champ pour continuer sans NIR.</source>
        <translation>The NIR entered is not valid. Correct it, or clear the field to go on without a NIR.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Indiquez le motif de la demande.</source>
        <translation>Enter the reason for the request.</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Doublon probable : choisissez « C'est cette personne » ou confirmez qu'il s'agit d'une autre personne.</source>
        <translation>Probable duplicate: choose “This is the person” or confirm that it is someone else.</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Abandonner la demande</source>
        <translation>Discard the request</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cette demande n'est pas enregistrée. L'abandonner ?</source>
        <translation>This request is not saved. Discard it?</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Abandonner</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Continuer la saisie</source>
        <translation>Keep editing</translation>
    </message>
</context>
<context>
    <name>NewReferralDialog</name>
    <message>
        <location filename="../../coordapp/ui/patient/new_referral_dialog.py" line="+19" />
        <source>Nouvelle demande d'appui</source>
        <translation>New request for support</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Enregistrer la demande</source>
        <translation>Save the request</translation>
    </message>
</context>
<context>
    <name>NirEdit</name>
    <message>
        <location filename="../../coordapp/ui/patient/nir_edit.py" line="+26" />
        <source>15 caractères, clé comprise</source>
        <translation>15 characters, including the key</translation>
    </message>
    <message>
        <location line="+28" />
        <source>{count}/15 caractères</source>
        <translation>{count}/15 characters</translation>
    </message>
    <message>
        <location line="+8" />
        <source>✓ NIR valide (clé correcte)</source>
        <translation>✓ Valid NIR (correct key)</translation>
    </message>
</context>
<context>
    <name>OutlineCommands</name>
    <message>
        <location filename="../../coordapp/ui/plan/outline_commands.py" line="+42" />
        <source>Supprimer le besoin « {text} » avec ses {goals} objectif(s) et {actions} action(s) ?</source>
        <translation>Delete the need “{text}” with its {goals} goal(s) and {actions} action(s)?</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Supprimer l'objectif « {text} » avec ses {actions} action(s) ?</source>
        <translation>Delete the goal “{text}” with its {actions} action(s)?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Supprimer l'action « {text} » ?</source>
        <translation>Delete the action “{text}”?</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Les priorités exprimées par la personne (★) restent en tête du plan.</source>
        <translation>Priorities expressed by the person (★) stay at the top of the plan.</translation>
    </message>
</context>
<context>
    <name>PatientHeader</name>
    <message>
        <location filename="../../coordapp/ui/patient/header.py" line="+48" />
        <source>Conflit à revoir</source>
        <translation>Conflict to review</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Des modifications concurrentes sont à revoir dans la page Synchronisation</source>
        <translation>Concurrent changes are to be reviewed on the Synchronisation page</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Née le {date}</source>
        <extracomment>``patient_id → open conflicts`` (set by the window; None: never a badge). The person's information and right to object, when they limit what may be done.</extracomment>
        <translation>Born on {date}</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Né le {date}</source>
        <translation>Born on {date}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Né(e) le {date}</source>
        <translation>Born on {date}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{age} ans</source>
        <translation>{age} years old</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Clôturé le {date}</source>
        <translation>Closed on {date}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Actif depuis le {date}</source>
        <translation>Active since {date}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Médecin traitant : Dr {name}</source>
        <translation>GP: Dr {name}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Sans médecin traitant</source>
        <translation>No GP</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Référent : {name}</source>
        <translation>Referent: {name}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pas de référent désigné</source>
        <translation>No referent assigned</translation>
    </message>
    <message>
        <location line="+17" />
        <source>&lt;b&gt;Opposition au partage depuis le {date}&lt;/b&gt; : aucun envoi à des tiers (fichier FHIR, agenda, paquet pour un collègue, PPCS pour l'équipe). Seul le PPCS pour la personne peut être imprimé.</source>
        <translation>&lt;b&gt;Objection to sharing since {date}&lt;/b&gt;: nothing is sent to others (FHIR file, calendar, bundle for a colleague, team PPCS). Only the person's own PPCS can be printed.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&lt;b&gt;Information de la personne non enregistrée&lt;/b&gt; : l'inclusion, la validation du PPCS et les envois attendent son enregistrement (onglet « Information et consentement »).</source>
        <translation>&lt;b&gt;The person's information is not recorded&lt;/b&gt;: inclusion, PPCS validation and sending wait until it is (“Information and consent” tab).</translation>
    </message>
</context>
<context>
    <name>PatientPrintCommands</name>
    <message>
        <location filename="../../coordapp/ui/printing/patient_commands.py" line="+41" />
        <source>Imprimer le PPCS…</source>
        <translation>Print the care plan…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Dossier &amp;FHIR (.json)…</source>
        <translation>&amp;FHIR record (.json)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Le dossier et son PPCS au format FHIR R4, pour un autre logiciel</source>
        <translation>The file and its care plan in FHIR R4 format, for other software</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Agenda de ses échéances (.ics)…</source>
        <translation>&amp;Calendar of due dates (.ics)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Les actions à échéance et la révision du PPCS, pour votre agenda</source>
        <translation>Actions due and the care plan review, for your calendar</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+8" />
        <source>Exporter</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Aperçu puis impression du PPCS, pour la personne ou pour l'équipe ({shortcut})</source>
        <translation>Preview, then print the care plan, for the person or for the team ({shortcut})</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ce patient n'a pas encore de PPCS : rien à imprimer. Créez-le dans l'onglet « PPCS » (Alt+P).</source>
        <translation>This patient has no care plan yet: nothing to print. Create it in the "PPCS" tab (Alt+P).</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Impression impossible</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <location line="+4" />
        <source>pour la personne</source>
        <translation>for the person</translation>
    </message>
    <message>
        <location line="+1" />
        <source>pour la personne, en gros caractères</source>
        <translation>for the person, in large print</translation>
    </message>
    <message>
        <location line="+1" />
        <source>pour l'équipe</source>
        <translation>for the team</translation>
    </message>
    <message>
        <location line="+2" />
        <source>PPCS de {name}, {audience}</source>
        <translation>Care plan of {name}, {audience}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>PPCS imprimé : {pages} page(s).</source>
        <translation>Care plan printed: {pages} page(s).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>PPCS enregistré : {path}</source>
        <translation>Care plan saved: {path}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Exporter le dossier au format FHIR</source>
        <translation>Export the file in FHIR format</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fichiers JSON (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Exporter l'agenda du patient</source>
        <translation>Export the patient's calendar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agendas iCalendar (*.ics)</source>
        <translation>iCalendar files (*.ics)</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Export impossible</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Exporté : {path}</source>
        <translation>Exported: {path}</translation>
    </message>
</context>
<context>
    <name>PatientStatus</name>
    <message>
        <location filename="../../coordapp/ui/caseload_model.py" line="-69" />
        <location filename="../../coordapp/ui/labels.py" line="-166" />
        <source>Demande</source>
        <extracomment>Case statuses as ``CaseloadService`` knows them, in the order of a case's life.</extracomment>
        <translation>Request</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../coordapp/ui/labels.py" line="+1" />
        <source>Actif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../coordapp/ui/labels.py" line="+1" />
        <source>En pause</source>
        <translation>On hold</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../coordapp/ui/labels.py" line="+1" />
        <source>Clôturé</source>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>PatientWindow</name>
    <message>
        <location filename="../../coordapp/ui/patient/window.py" line="+88" />
        <source>&amp;Identité et contacts</source>
        <extracomment>Tabs showing the patient file read by the window (the others read their own data). Fits a 1366×768 screen once the taskbar and the window frame are taken. Something about this patient was written (identity, requests, circle, journal…).</extracomment>
        <translation>&amp;Identity and contacts</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Demandes</source>
        <translation>&amp;Requests</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Cercle de soins</source>
        <translation>&amp;Care circle</translation>
    </message>
    <message>
        <location line="+0" />
        <source>É&amp;valuation</source>
        <translation>Assess&amp;ment</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;PPCS</source>
        <translation>&amp;Care plan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Journal</source>
        <translation>&amp;Log</translation>
    </message>
    <message>
        <location line="+0" />
        <source>R&amp;uptures de parcours</source>
        <translation>Br&amp;eaks in the pathway</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Historique</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <location line="+0" />
        <source>In&amp;formation et consentement</source>
        <translation>I&amp;nformation and consent</translation>
    </message>
    <message>
        <location line="+28" />
        <location line="+170" />
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="-166" />
        <source>Fermer le dossier</source>
        <translation>Close the file</translation>
    </message>
    <message>
        <location line="+109" />
        <source>{name} — CoordApp[*]</source>
        <translation>{name} — CoordApp[*]</translation>
    </message>
    <message>
        <location line="+16" />
        <location line="+14" />
        <source>Enregistré.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Modifications non enregistrées</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ce dossier a des modifications non enregistrées. Les enregistrer avant de fermer ?</source>
        <translation>This file has unsaved changes. Save them before closing?</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Ignorer</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PatientWindows</name>
    <message>
        <location filename="../../coordapp/ui/patient_windows.py" line="+35" />
        <source>Dossier indisponible</source>
        <translation>File unavailable</translation>
    </message>
</context>
<context>
    <name>PdfPageView</name>
    <message>
        <location filename="../../coordapp/ui/printing/page_view.py" line="+54" />
        <source>Page {page}</source>
        <extracomment>Zoom modes besides a fixed factor (1.0 is 100 %, the page at its real size). Pages kept drawn beyond the visible area, in viewport heights. The page at the top third of the view changed (index from 0).</extracomment>
        <translation>Page {page}</translation>
    </message>
</context>
<context>
    <name>PersonStep</name>
    <message>
        <location filename="../../coordapp/ui/patient/person_step.py" line="+52" />
        <source>Tous les prénoms de naissance, dans l'ordre</source>
        <extracomment>Ids of the candidates the user declared to be someone else.</extracomment>
        <translation>All the birth first names, in order</translation>
    </message>
    <message>
        <location line="+3" />
        <source>À préciser</source>
        <translation>To be specified</translation>
    </message>
    <message>
        <location line="+3" />
        <source>06 12 34 56 78</source>
        <translation>06 12 34 56 78</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Nom de naissance</source>
        <translation>Birth name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Prénoms de naissance</source>
        <translation>Birth first names</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date de naissance</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sexe</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location line="+1" />
        <source>NIR (si connu)</source>
        <translation>NIR (if known)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+6" />
        <source>Commune</source>
        <translation>Town</translation>
    </message>
    <message>
        <location line="-3" />
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Naissance</source>
        <translation>Born</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+6" />
        <source>C'est &amp;cette personne</source>
        <translation>This is &amp;the person</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Aucune de ces personnes : c'est une autre personne</source>
        <translation>None of these people: this is someone else</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Nouvelle personne</source>
        <translation>&amp;New person</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ne pas rattacher la demande à ce dossier</source>
        <translation>Do not link the request to this file</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Dossiers existants qui pourraient correspondre</source>
        <translation>Existing files that might match</translation>
    </message>
    <message>
        <location line="+75" />
        <source>Saisissez le nom, le prénom et la date de naissance : les dossiers existants proches s'affichent ici.</source>
        <translation>Enter the surname, first name and date of birth: similar existing files appear here.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>{count} dossier(s) existant(s) pourraient concerner la même personne.</source>
        <translation>{count} existing file(s) might concern the same person.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Aucun dossier existant proche.</source>
        <translation>No similar existing file.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Doublon probable : vérifiez ces dossiers avant de créer un nouveau dossier.</source>
        <translation>Probable duplicate: check these files before creating a new one.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>La demande sera rattachée au dossier existant de {name}, né(e) le {date} ({status}).</source>
        <translation>The request will be linked to the existing file of {name}, born on {date} ({status}).</translation>
    </message>
</context>
<context>
    <name>PlanDiff</name>
    <message>
        <location filename="../../coordapp/ui/plan/diff_text.py" line="+21" />
        <source>libellé</source>
        <translation>wording</translation>
    </message>
    <message>
        <location line="+0" />
        <source>domaine</source>
        <translation>area</translation>
    </message>
    <message>
        <location line="+1" />
        <source>rang de priorité</source>
        <translation>priority rank</translation>
    </message>
    <message>
        <location line="+1" />
        <source>priorité de la personne</source>
        <translation>person's priority</translation>
    </message>
    <message>
        <location line="+1" />
        <source>besoin non couvert</source>
        <translation>unmet need</translation>
    </message>
    <message>
        <location line="+1" />
        <source>avis de la personne</source>
        <translation>person's opinion</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+3" />
        <source>échéance</source>
        <translation>due date</translation>
    </message>
    <message>
        <location line="-2" />
        <source>critère d'évaluation</source>
        <translation>evaluation criterion</translation>
    </message>
    <message>
        <location line="+1" />
        <source>statut</source>
        <translation>status</translation>
    </message>
    <message>
        <location line="+0" />
        <source>responsable</source>
        <translation>responsible</translation>
    </message>
    <message>
        <location line="+1" />
        <source>début</source>
        <translation>start</translation>
    </message>
    <message>
        <location line="+1" />
        <source>fréquence</source>
        <translation>frequency</translation>
    </message>
    <message>
        <location line="+1" />
        <source>réalisée le</source>
        <translation>done on</translation>
    </message>
    <message>
        <location line="+0" />
        <source>résultat</source>
        <translation>result</translation>
    </message>
    <message>
        <location line="+1" />
        <source>souhaits de la personne</source>
        <translation>person's wishes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>procédure d'alerte</source>
        <translation>alert procedure</translation>
    </message>
    <message>
        <location line="+1" />
        <source>date de révision</source>
        <translation>review date</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Besoin</source>
        <translation>Need</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Objectif</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+6" />
        <source>(fixée à la validation)</source>
        <translation>(set at validation)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>(vide)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+0" />
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+4" />
        <source>(membre retiré du cercle)</source>
        <translation>(member removed from the circle)</translation>
    </message>
    <message>
        <location line="+22" />
        <source>du besoin</source>
        <translation>of the need</translation>
    </message>
    <message>
        <location line="+1" />
        <source>de l'objectif</source>
        <translation>of the goal</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Ajouté</source>
        <translation>Added</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Supprimé</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Modifié</source>
        <translation>Changed</translation>
    </message>
</context>
<context>
    <name>PlanForm</name>
    <message>
        <location filename="../../coordapp/ui/plan/item_forms.py" line="-59" />
        <source>Informations générales du PPCS</source>
        <translation>General information of the PPCS</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dans les mots de la personne : « Je veux rester chez moi… »</source>
        <translation>In the person's own words: “I want to stay at home…”</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Qui appeler, quand : signes d'alerte, numéros, conduite à tenir</source>
        <translation>Whom to call, when: warning signs, numbers, what to do</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Souhaits de la personne :</source>
        <translation>Person's &amp;wishes:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Procédure d'&amp;alerte :</source>
        <translation>&amp;Alert procedure:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Révision prévue le :</source>
        <translation>&amp;Review due on:</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Vide : 6 mois après la validation ({date} si le plan est validé aujourd'hui). JJ/MM/AAAA, ou +90 pour dans 90 jours.</source>
        <translation>Empty: 6 months after validation ({date} if the plan is validated today). DD/MM/YYYY, or +90 for in 90 days.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Accord de la personne le {date} : {text}</source>
        <translation>Person's agreement on {date}: {text}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>L'accord de la personne est recueilli à la validation du plan.</source>
        <translation>The person's agreement is recorded when the plan is validated.</translation>
    </message>
</context>
<context>
    <name>PlanHeader</name>
    <message>
        <location filename="../../coordapp/ui/plan/plan_header.py" line="+27" />
        <source>Appliquer un &amp;modèle…</source>
        <translation>Apply a &amp;template…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Enregistrer comme modèle…</source>
        <translation>Save as a template…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Valider le plan…</source>
        <translation>&amp;Validate the plan…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nouvelle v&amp;ersion</source>
        <translation>New v&amp;ersion</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Historique</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ouvre un brouillon copié de la version validée, pour la réviser</source>
        <translation>Opens a draft copied from the validated version, to review it</translation>
    </message>
    <message>
        <location line="+17" />
        <source>PPCS — pas encore de plan</source>
        <translation>PPCS — no plan yet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Commencez un plan vide ou partez d'un modèle.</source>
        <translation>Start an empty plan or use a template.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>PPCS — version {n} — {status}</source>
        <translation>PPCS — version {n} — {status}</translation>
    </message>
    <message>
        <location line="+3" />
        <source> le {date}</source>
        <translation> on {date}</translation>
    </message>
    <message>
        <location line="+2" />
        <source> par {name}</source>
        <translation> by {name}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>révision de la version {n}</source>
        <translation>review of version {n}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>révision prévue le {date}</source>
        <translation>review due on {date}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{needs} besoin(s), {goals} objectif(s), {actions} action(s)</source>
        <translation>{needs} need(s), {goals} goal(s), {actions} action(s)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Dossier clôturé : le PPCS est en lecture seule. Rouvrez le dossier pour le modifier.</source>
        <translation>Closed file: the PPCS is read-only. Reopen the file to edit it.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Version validée, figée : seul le suivi se saisit ici (statut et résultat des actions, statut des objectifs, besoin non couvert). « Nouvelle version » pour réviser le contenu.</source>
        <translation>Validated version, frozen: only follow-up is entered here (status and result of actions, status of goals, unmet need). “New version” to review the content.</translation>
    </message>
</context>
<context>
    <name>PlanStatus</name>
    <message>
        <location filename="../../coordapp/ui/labels.py" line="+188" />
        <source>brouillon</source>
        <translation>draft</translation>
    </message>
    <message>
        <location line="+1" />
        <source>validée</source>
        <translation>validated</translation>
    </message>
    <message>
        <location line="+1" />
        <source>remplacée</source>
        <translation>superseded</translation>
    </message>
    <message>
        <location line="+1" />
        <source>clôturée</source>
        <translation>closed</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../../coordapp/ui/plan/plan_tab.py" line="+63" />
        <source>★ priorité exprimée par la personne · Inser : ajouter · F2 : modifier · Suppr : supprimer · Ctrl+↑/↓ : priorité du besoin</source>
        <translation>★ priority expressed by the person · Ins: add · F2: edit · Del: delete · Ctrl+↑/↓: priority of the need</translation>
    </message>
    <message>
        <location line="+154" />
        <source>PPCS</source>
        <translation>PPCS</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Dossier clôturé : le PPCS est en lecture seule.</source>
        <translation>Closed file: the PPCS is read-only.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cette version du PPCS est figée : « Nouvelle version » pour en modifier le contenu.</source>
        <translation>This version of the PPCS is frozen: “New version” to edit its content.</translation>
    </message>
</context>
<context>
    <name>PlanTree</name>
    <message>
        <location filename="../../coordapp/ui/plan/plan_tree_model.py" line="+166" />
        <source>Libellé</source>
        <translation>Wording</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Responsable</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Souhaits de la personne : « {wishes} »</source>
        <translation>Person's wishes: “{wishes}”</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Souhaits de la personne, procédure d'alerte (à compléter)</source>
        <translation>Person's wishes, alert procedure (to be completed)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Révision le {date} · {text}</source>
        <translation>Review on {date} · {text}</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Non couvert</source>
        <translation>Not met</translation>
    </message>
    <message>
        <location line="+2" />
        <source>aucun objectif</source>
        <translation>no goal</translation>
    </message>
    <message>
        <location line="+19" />
        <source>à désigner</source>
        <translation>to be assigned</translation>
    </message>
    <message>
        <location line="+5" />
        <source>En retard</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+10" />
        <source>{mark} Priorité exprimée par la personne
{text}</source>
        <translation>{mark} Priority expressed by the person
{text}</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{status}, échéance dépassée de %n jour(s)</source>
        <translation>{status}, %n day(s) past the due date</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Résultat : {result}</source>
        <translation>Result: {result}</translation>
    </message>
</context>
<context>
    <name>PlanTreeView</name>
    <message>
        <location filename="../../coordapp/ui/plan/plan_tree_view.py" line="+25" />
        <source>Plan : besoins, objectifs et actions</source>
        <translation>Plan: needs, goals and actions</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../coordapp/ui/preferences_dialog.py" line="+36" />
        <source>Préférences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location line="+9" />
        <source>La nouvelle langue s'appliquera au prochain démarrage de CoordApp.</source>
        <translation>The new language will apply the next time CoordApp starts.</translation>
    </message>
    <message>
        <location line="+6" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1" />
        <source>jamais (déconseillé)</source>
        <translation>never (not recommended)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Sans action au clavier ni à la souris pendant ce temps, CoordApp masque les dossiers et demande la phrase de passe.</source>
        <translation>After this long without keyboard or mouse input, CoordApp hides the files and asks for the passphrase.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Langue de l'interface</source>
        <translation>Interface &amp;language</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Verrouillage après inactivité</source>
        <translation>&amp;Lock after inactivity</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Général</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Mon &amp;profil</source>
        <translation>My &amp;profile</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../coordapp/ui/printing/preview_dialog.py" line="+59" />
        <source>Ajuster à la largeur</source>
        <extracomment>Pages were sent to the printer: their number. The document was saved: the path.</extracomment>
        <translation>Fit width</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Page entière</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{percent} %</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Zoom :</source>
        <translation>&amp;Zoom:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Imprimer…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Enregistrer en PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+55" />
        <source>L'impression n'a pas pu commencer : vérifiez l'imprimante, puis réessayez.</source>
        <translation>Printing could not start: check the printer, then try again.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Enregistrement impossible</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Imprimer — {title}</source>
        <translation>Print — {title}</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Enregistrer en PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Page {page} sur {count}</source>
        <translation>Page {page} of {count}</translation>
    </message>
</context>
<context>
    <name>ProfessionalDialog</name>
    <message>
        <location filename="../../coordapp/ui/directory_dialogs.py" line="+30" />
        <source>Modifier un professionnel</source>
        <translation>Edit a professional</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nouveau professionnel</source>
        <translation>New professional</translation>
    </message>
    <message>
        <location line="+4" />
        <location filename="../../coordapp/ui/patient/professional_dialog.py" line="+43" />
        <source>Médecin généraliste</source>
        <translation>General practitioner</translation>
    </message>
    <message>
        <location line="+0" />
        <location filename="../../coordapp/ui/patient/professional_dialog.py" line="+2" />
        <source>Médecin spécialiste</source>
        <translation>Specialist doctor</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../coordapp/ui/patient/professional_dialog.py" line="-2" />
        <source>Infirmier(ère) libéral(e)</source>
        <translation>Community nurse</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Pharmacien(ne)</source>
        <translation>Pharmacist</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../coordapp/ui/patient/professional_dialog.py" line="+1" />
        <source>Masseur-kinésithérapeute</source>
        <translation>Physiotherapist</translation>
    </message>
    <message>
        <location line="+0" />
        <location filename="../../coordapp/ui/patient/professional_dialog.py" line="+2" />
        <source>Assistant(e) social(e)</source>
        <translation>Social worker</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../coordapp/ui/patient/professional_dialog.py" line="+1" />
        <source>Ergothérapeute</source>
        <translation>Occupational therapist</translation>
    </message>
    <message>
        <location line="+0" />
        <location filename="../../coordapp/ui/patient/professional_dialog.py" line="-1" />
        <source>Orthophoniste</source>
        <translation>Speech therapist</translation>
    </message>
    <message>
        <location line="+0" />
        <location filename="../../coordapp/ui/patient/professional_dialog.py" line="+1" />
        <source>Psychologue</source>
        <translation>Psychologist</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Diététicien(ne)</source>
        <translation>Dietitian</translation>
    </message>
    <message>
        <location line="+5" />
        <source>(aucune)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Nom *</source>
        <translation>&amp;Surname *</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Prénom</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>P&amp;rofession *</source>
        <translation>P&amp;rofession *</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Spécialité</source>
        <translation>Speciality</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../coordapp/ui/patient/professional_dialog.py" line="+15" />
        <source>RPPS</source>
        <translation>RPPS</translation>
    </message>
    <message>
        <location line="+0" />
        <location filename="../../coordapp/ui/patient/professional_dialog.py" line="-12" />
        <source>11 chiffres</source>
        <translation>11 digits</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ADELI</source>
        <translation>ADELI</translation>
    </message>
    <message>
        <location line="+0" />
        <source>9 chiffres</source>
        <translation>9 digits</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Structure</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Téléphone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Courriel</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <location line="+1" />
        <source>adresse MSSanté de préférence</source>
        <translation>preferably an MSSanté address</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../coordapp/ui/patient/professional_dialog.py" line="+15" />
        <source>Commune</source>
        <translation>Town</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Accepte de nouveaux patients comme médecin traitant</source>
        <translation>Takes new patients as attending GP</translation>
    </message>
    <message>
        <location filename="../../coordapp/ui/patient/professional_dialog.py" line="-30" />
        <source>Nouveau professionnel dans l'annuaire</source>
        <translation>New professional in the directory</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Pharmacien</source>
        <translation>Pharmacist</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Médecin gériatre</source>
        <translation>Geriatrician</translation>
    </message>
    <message>
        <location line="+7" />
        <source>03 24 00 00 00</source>
        <translation>03 24 00 00 00</translation>
    </message>
    <message>
        <location line="+2" />
        <source>MSSanté de préférence</source>
        <translation>preferably MSSanté</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Nom (obligatoire)</source>
        <translation>Name (required)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Profession (obligatoire)</source>
        <translation>Profession (required)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Courriel</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Ajouter à l'annuaire</source>
        <translation>Add to the directory</translation>
    </message>
</context>
<context>
    <name>ProfessionalTableModel</name>
    <message>
        <location filename="../../coordapp/ui/directory_model.py" line="+96" />
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Structure</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Commune</source>
        <translation>Town</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1" />
        <source>RPPS</source>
        <translation>RPPS</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Courriel</source>
        <translation>Email</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../../coordapp/ui/profile_form.py" line="+19" />
        <source>03 24 00 00 00</source>
        <translation>03 24 00 00 00</translation>
    </message>
    <message>
        <location line="+1" />
        <source>DAC des Ardennes</source>
        <translation>DAC des Ardennes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ces coordonnées figurent sur chaque PPCS imprimé : la personne sait qui appeler.</source>
        <translation>These details are printed on every care plan: the person knows whom to call.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Nom (obligatoire)</source>
        <translation>Name (required)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Structure</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Courriel</source>
        <translation>Email</translation>
    </message>
</context>
<context>
    <name>ReferralAnswer</name>
    <message>
        <location filename="../../coordapp/ui/labels.py" line="-96" />
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Orientation</source>
        <translation>Referred elsewhere</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Inclusion</source>
        <translation>Inclusion</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Non retenue</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retirée par le demandeur</source>
        <translation>Withdrawn by the requester</translation>
    </message>
</context>
<context>
    <name>ReferralChannel</name>
    <message>
        <location line="-24" />
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Messagerie sécurisée (MSSanté)</source>
        <translation>Secure messaging (MSSanté)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Courriel</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Courrier</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>En personne</source>
        <translation>In person</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Réunion</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Autre</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>ReferralForm</name>
    <message>
        <location filename="../../coordapp/ui/patient/referral_form.py" line="+34" />
        <source>Prénom et nom</source>
        <translation>First name and surname</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Médecin généraliste, infirmière…</source>
        <translation>General practitioner, nurse…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cabinet, hôpital, service…</source>
        <translation>Practice, hospital, department…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>03 24 00 00 00</source>
        <translation>03 24 00 00 00</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Pourquoi le demandeur appelle : la situation, ce qui inquiète, ce qu'il attend</source>
        <translation>Why the requester is calling: the situation, what worries them, what they expect</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Reçue le</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Par</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Demandeur</source>
        <translation>Requester</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nom du demandeur</source>
        <translation>Requester's name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Structure</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Téléphone du demandeur</source>
        <translation>Requester's phone</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Motif (obligatoire)</source>
        <translation>Reason (required)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Urgence</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Médecin généraliste</source>
        <translation>General practitioner</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Infirmier(ère)</source>
        <translation>Nurse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pharmacien(ne)</source>
        <translation>Pharmacist</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Masseur-kinésithérapeute</source>
        <translation>Physiotherapist</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Assistant(e) social(e)</source>
        <translation>Social worker</translation>
    </message>
</context>
<context>
    <name>ReferralsTab</name>
    <message>
        <location filename="../../coordapp/ui/patient/referrals_tab.py" line="+28" />
        <source>En attente</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reçue le</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Demandeur</source>
        <translation>Requester</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Canal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Urgence</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Réponse</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Répondue le</source>
        <translation>Answered on</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Nouvelle demande…</source>
        <translation>&amp;New request…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Répondre…</source>
        <translation>&amp;Answer…</translation>
    </message>
</context>
<context>
    <name>RequesterKind</name>
    <message>
        <location filename="../../coordapp/ui/labels.py" line="+24" />
        <source>Médecin généraliste</source>
        <translation>General practitioner</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Médecin spécialiste</source>
        <translation>Specialist doctor</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Établissement de santé</source>
        <translation>Hospital or clinic</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Infirmier(ère)</source>
        <translation>Nurse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pharmacien(ne)</source>
        <translation>Pharmacist</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Masseur-kinésithérapeute</source>
        <translation>Physiotherapist</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Service à domicile (SSIAD, SAAD, HAD)</source>
        <translation>Home care service (SSIAD, SAAD, HAD)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Travailleur social</source>
        <translation>Social worker</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Conseil départemental</source>
        <translation>County council (conseil départemental)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>La personne elle-même</source>
        <translation>The person themselves</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Un proche aidant</source>
        <translation>A family caregiver</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Autre</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../coordapp/ui/restore_dialog.py" line="+35" />
        <source>Restaurer une sauvegarde</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location line="+9" />
        <source>{date} — {label} — {size}</source>
        <translation>{date} — {label} — {size}</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Phrase de passe en vigueur lors de la sauvegarde, ou code de récupération</source>
        <translation>Passphrase in force when the backup was made, or the recovery code</translation>
    </message>
    <message>
        <location line="+5" />
        <source>La base actuelle sera d'abord mise de côté dans le dossier des sauvegardes : rien n'est supprimé. Les saisies faites depuis la sauvegarde choisie ne seront plus visibles.</source>
        <translation>The current database will first be set aside in the backup folder: nothing is deleted. Entries made since the chosen backup will no longer be visible.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Restaurer</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Sauvegardes disponibles (la plus récente en haut) :</source>
        <translation>Available backups (newest first):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Aucune sauvegarde pour l'instant.</source>
        <translation>No backup yet.</translation>
    </message>
</context>
<context>
    <name>ReviewPrintDialog</name>
    <message>
        <location filename="../../coordapp/ui/printing/review_print_dialog.py" line="+56" />
        <source>Imprimer les PPCS à réviser</source>
        <extracomment>The chosen plans were rendered: the ``PrintBatch`` to preview. A document was rendered: ``(done, total)``.</extracomment>
        <translation>Print the care plans due for review</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Les PPCS de vos patients dont la révision est prévue d'ici le {date}, ou en retard. Cochez ceux à imprimer pour préparer la réunion ou les visites.</source>
        <translation>Your patients' care plans due for review by {date}, or overdue. Tick those to print for the meeting or the visits.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Aucun PPCS de vos patients n'est à réviser d'ici le {date}.</source>
        <translation>None of your patients' care plans is due for review by {date}.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Version à imprimer</source>
        <translation>Version to print</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Tout cocher</source>
        <translation>&amp;Tick all</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tout &amp;décocher</source>
        <translation>&amp;Untick all</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Aperçu avant impression…</source>
        <translation>Print &amp;preview…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+47" />
        <source>PPCS à réviser d'ici le {date}</source>
        <translation>Care plans to review by {date}</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Préparation des PPCS…</source>
        <translation>Preparing the care plans…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Annulation…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location line="+17" />
        <source>{checked} sur {total} cochés</source>
        <translation>{checked} of {total} ticked</translation>
    </message>
    <message>
        <location line="+12" />
        <source>PPCS {done} sur {total}…</source>
        <translation>Care plan {done} of {total}…</translation>
    </message>
</context>
<context>
    <name>ReviewTableModel</name>
    <message>
        <location filename="../../coordapp/ui/printing/review_model.py" line="+42" />
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Révision prévue</source>
        <translation>Review due</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+81" />
        <source>v{version}</source>
        <translation>v{version}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{date} — en retard de {days} j</source>
        <translation>{date} — {days} d overdue</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{date} — aujourd'hui</source>
        <translation>{date} — today</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{date} — dans {days} j</source>
        <translation>{date} — in {days} d</translation>
    </message>
</context>
<context>
    <name>SaveTemplateDialog</name>
    <message>
        <location filename="../../coordapp/ui/plan/save_template_dialog.py" line="+30" />
        <source>Enregistrer comme modèle</source>
        <translation>Save as a template</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ex. Retour à domicile après AVC</source>
        <translation>e.g. Return home after a stroke</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Le modèle garde les besoins, objectifs, actions, rôles des responsables et délais ; jamais les noms, statuts, résultats ni l'avis de la personne.</source>
        <translation>The template keeps the needs, goals, actions, roles of the people responsible and time frames; never names, statuses, results or the person's opinion.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Titre :</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Description :</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../coordapp/ui/sync/send_dialog.py" line="+41" />
        <source>Envoyer à des collègues</source>
        <translation>Send to colleagues</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tout ce qui a changé depuis leur dernier paquet</source>
        <translation>Everything that changed since their last bundle</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Les patients choisis (dossier complet)</source>
        <translation>The chosen patients (whole file)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Rechercher un patient…</source>
        <translation>Find a patient…</translation>
    </message>
    <message>
        <location line="+9" />
        <source>{name} — {structure}</source>
        <translation>{name} — {structure}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>structure ?</source>
        <translation>organisation?</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Révoqué, ou clé publique inconnue</source>
        <translation>Revoked, or public key unknown</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Parcourir…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Envoyer</source>
        <translation>Send</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Dossier de destination :</source>
        <translation>Destination folder:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Quoi :</source>
        <translation>What:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>À qui :</source>
        <translation>To whom:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Un paquet par collègue, chiffré pour lui seul, avec seulement les patients que le réglage d'équipe l'autorise à recevoir.</source>
        <translation>One bundle per colleague, encrypted for them alone, with only the patients the team setting lets them receive.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Dossier de destination</source>
        <translation>Destination folder</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Choisissez au moins un collègue.</source>
        <translation>Choose at least one colleague.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choisissez au moins un patient.</source>
        <translation>Choose at least one patient.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choisissez un dossier de destination existant (clé USB, dossier partagé…).</source>
        <translation>Choose an existing destination folder (USB stick, shared folder…).</translation>
    </message>
</context>
<context>
    <name>Sex</name>
    <message>
        <location filename="../../coordapp/ui/labels.py" line="-85" />
        <source>Féminin</source>
        <translation>Female</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Masculin</source>
        <translation>Male</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Inconnu</source>
        <translation>Unknown</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <location filename="../../coordapp/ui/sync/conflict_panel.py" line="-61" />
        <source>inconnu</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Par {author}, le {date}</source>
        <translation>By {author}, on {date}</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../coordapp/ui/plan/start_page.py" line="+15" />
        <source>Cette personne n'a pas encore de PPCS.

Partez d'un modèle (chutes, aidant épuisé, sortie d'hospitalisation…) puis adaptez-le, ou commencez un plan vide. Les besoins suggérés par une évaluation peuvent aussi y être ajoutés depuis l'onglet Évaluation.</source>
        <translation>This person has no PPCS yet.

Start from a template (falls, exhausted caregiver, hospital discharge…) then adapt it, or start an empty plan. Needs suggested by an assessment can also be added from the Assessment tab.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Pa&amp;rtir d'un modèle…</source>
        <translation>Start from a &amp;template…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>C&amp;ommencer un plan vide</source>
        <translation>Start an &amp;empty plan</translation>
    </message>
</context>
<context>
    <name>StructureDialog</name>
    <message>
        <location filename="../../coordapp/ui/directory_dialogs.py" line="+20" />
        <source>Modifier une structure</source>
        <translation>Edit an organisation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nouvelle structure</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Nom *</source>
        <translation>&amp;Surname *</translation>
    </message>
    <message>
        <location line="+1" />
        <source>T&amp;ype</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Gestionnaire</source>
        <translation>&amp;Managing body</translation>
    </message>
    <message>
        <location line="+1" />
        <source>FINESS</source>
        <translation>FINESS</translation>
    </message>
    <message>
        <location line="+0" />
        <source>9 caractères</source>
        <translation>9 characters</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Téléphone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Courriel</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Commune</source>
        <translation>Town</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ce qu'elle fait</source>
        <translation>What it does</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ex. : aide aux démarches, portage de repas</source>
        <translation>E.g.: help with paperwork, meals on wheels</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Horaires</source>
        <translation>Opening &amp;hours</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ex. : du lundi au vendredi, 9 h – 17 h</source>
        <translation>E.g.: Monday to Friday, 9 am – 5 pm</translation>
    </message>
</context>
<context>
    <name>StructureKind</name>
    <message>
        <location filename="../../coordapp/ui/labels.py" line="+111" />
        <source>Établissement de santé</source>
        <translation>Hospital or clinic</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Conseil départemental</source>
        <translation>County council (conseil départemental)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pharmacie</source>
        <translation>Pharmacy</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Laboratoire</source>
        <translation>Laboratory</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Réseau de santé</source>
        <translation>Health network</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Service d'interprétariat</source>
        <translation>Interpreting service</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Autre structure</source>
        <translation>Other organisation</translation>
    </message>
</context>
<context>
    <name>StructureTableModel</name>
    <message>
        <location filename="../../coordapp/ui/directory_model.py" line="+29" />
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Commune</source>
        <translation>Town</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1" />
        <source>FINESS</source>
        <translation>FINESS</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Gestionnaire</source>
        <translation>Managing body</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <location filename="../../coordapp/ui/plan/suggestions_panel.py" line="+44" />
        <source>Fermer</source>
        <extracomment>A suggested need was added to the PPCS (its id).</extracomment>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Besoins suggérés par l'évaluation du {date}</source>
        <translation>Needs suggested by the assessment of {date}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Besoins suggérés par l'évaluation</source>
        <translation>Needs suggested by the assessment</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cette évaluation ne suggère aucun besoin.</source>
        <translation>This assessment suggests no need.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Ajouté au PPCS ✓</source>
        <translation>Added to the PPCS ✓</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Ignoré</source>
        <translation>Ignored</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Déjà dans le PPCS</source>
        <translation>Already in the PPCS</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Ajouter au PPCS</source>
        <translation>Add to the PPCS</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ignorer</source>
        <translation>Ignore</translation>
    </message>
</context>
<context>
    <name>SyncLabels</name>
    <message>
        <location filename="../../coordapp/ui/sync/helpers.py" line="+49" />
        <source>Dossier</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Demande</source>
        <translation>Request</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cercle de soins</source>
        <translation>Care circle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Consentement</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Évaluation</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PPCS</source>
        <translation>PPCS</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Besoin</source>
        <translation>Need</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Objectif</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Professionnel</source>
        <translation>Professional</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Structure</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../coordapp/ui/sync/page.py" line="+61" />
        <location line="+292" />
        <source>Afficher la clé publique</source>
        <translation>Show the public key</translation>
    </message>
    <message>
        <location line="-289" />
        <source>Copier la clé</source>
        <translation>Copy the key</translation>
    </message>
    <message>
        <location line="+2" />
        <source>La clé publique, à donner aux collègues qui vous envoient des paquets</source>
        <translation>The public key, to give to colleagues who send you bundles</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Cette installation</source>
        <translation>This installation</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Exporter un paquet…</source>
        <translation>Export a bundle…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Importer un paquet…</source>
        <translation>Import a bundle…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dossier partagé…</source>
        <translation>Shared folder…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Synchroniser maintenant</source>
        <translation>Synchronise now</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Fiche</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Champ</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ma valeur</source>
        <translation>My value</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Leur valeur</source>
        <translation>Their value</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Échanges et conflits</source>
        <translation>Exchanges and conflicts</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Collègues</source>
        <translation>Colleagues</translation>
    </message>
    <message>
        <location line="+21" />
        <source>{name} — empreinte {fp}</source>
        <translation>{name} — fingerprint {fp}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Conflits à revoir : {count}</source>
        <translation>Conflicts to review: {count}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>fiche supprimée</source>
        <translation>record deleted</translation>
    </message>
    <message>
        <location line="+10" />
        <source>{value} ({author}, {date})</source>
        <translation>{value} ({author}, {date})</translation>
    </message>
    <message>
        <location line="+2" />
        <source>inconnu</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Conflit résolu.</source>
        <translation>Conflict resolved.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Export en cours…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Paquet enregistré : {name} ({patients} patient(s), {ops} opération(s)).</source>
        <translation>Bundle saved: {name} ({patients} patient(s), {ops} operation(s)).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Importer un paquet</source>
        <translation>Import a bundle</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Paquets CoordApp (*.coordbundle)</source>
        <translation>CoordApp bundles (*.coordbundle)</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Dossier : {path}</source>
        <translation>Folder: {path}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Aucun dossier partagé choisi</source>
        <translation>No shared folder chosen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Dossier partagé</source>
        <translation>Shared folder</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Synchronisation en cours…</source>
        <translation>Synchronising…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{imported} paquet(s) importé(s), {refused} refusé(s), {sent}.</source>
        <translation>{imported} bundle(s) imported, {refused} refused, {sent}.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>nos changements déposés</source>
        <translation>our changes dropped off</translation>
    </message>
    <message>
        <location line="+1" />
        <source>rien de nouveau à déposer</source>
        <translation>nothing new to drop off</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{count} paquet(s) pas encore lisible(s) (copie en cours ?) : nouvel essai au prochain passage.</source>
        <translation>{count} bundle(s) not readable yet (still being copied?): trying again next round.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Envoi en cours…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Masquer la clé publique</source>
        <translation>Hide the public key</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Clé publique copiée.</source>
        <translation>Public key copied.</translation>
    </message>
</context>
<context>
    <name>TaskDoneDialog</name>
    <message>
        <location filename="../../coordapp/ui/task_done_dialog.py" line="+19" />
        <source>Tâche faite</source>
        <translation>Task done</translation>
    </message>
    <message>
        <location line="+1" />
        <source>« {title} » : notez ce qui a été dit ou fait. La note est ajoutée au journal du patient.</source>
        <translation>“{title}”: note what was said or done. The note is added to the patient's journal.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Note pour le journal</source>
        <translation>Note for the journal</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ex. : Dr Roux joint par téléphone, d'accord pour une visite à domicile</source>
        <translation>E.g.: Dr Roux reached by phone, agrees to a home visit</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Marquer comme fait</source>
        <translation>Mark as done</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../coordapp/ui/plan/template_dialog.py" line="+40" />
        <source>Appliquer un modèle de plan</source>
        <translation>Apply a plan template</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Les besoins, objectifs et actions du modèle s'ajoutent au plan ; les échéances sont comptées à partir de la date de départ, et les responsables choisis dans le cercle de soins d'après leur rôle. Tout reste modifiable ensuite.</source>
        <translation>The template's needs, goals and actions are added to the plan; due dates count from the start date, and the people responsible are chosen from the care circle by their role. Everything can be edited afterwards.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Le plan en vigueur est validé : une nouvelle version (brouillon) sera ouverte.</source>
        <translation>The plan in force is validated: a new version (draft) will be opened.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Date de départ :</source>
        <translation>&amp;Start date:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Appliquer</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Choisissez un modèle.</source>
        <translation>Choose a template.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Date de départ invalide : JJ/MM/AAAA.</source>
        <translation>Invalid start date: DD/MM/YYYY.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>mon modèle</source>
        <translation>my template</translation>
    </message>
    <message>
        <location line="+1" />
        <source>modèle fourni</source>
        <translation>shipped template</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{title}
{needs} besoin(s), {goals} objectif(s), {actions} action(s) — {origin}</source>
        <translation>{title}
{needs} need(s), {goals} goal(s), {actions} action(s) — {origin}</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../coordapp/ui/unlock_dialog.py" line="+57" />
        <source>Déverrouiller CoordApp</source>
        <translation>Unlock CoordApp</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Base chiffrée {name}</source>
        <translation>Encrypted database {name}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Phrase de passe</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Phrase de passe oubliée ? Saisissez ici votre code de récupération.</source>
        <translation>Forgot your passphrase? Enter your recovery code here.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Quitter</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Déverrouiller</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location line="+55" />
        <source>Impossible de lire la base : {reason}</source>
        <translation>Cannot read the database: {reason}</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Phrase de passe ou code de récupération incorrect.</source>
        <translation>Incorrect passphrase or recovery code.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Nouvel essai possible dans {seconds} s.</source>
        <translation>New attempt possible in {seconds} s.</translation>
    </message>
</context>
<context>
    <name>Urgency</name>
    <message>
        <location filename="../../coordapp/ui/labels.py" line="-64" />
        <source>Normale</source>
        <translation>Routine</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rapide</source>
        <translation>Soon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Urgente</source>
        <translation>Urgent</translation>
    </message>
</context>
<context>
    <name>ValidateDialog</name>
    <message>
        <location filename="../../coordapp/ui/plan/validate_dialog.py" line="+34" />
        <source>Valider le PPCS</source>
        <translation>Validate the PPCS</translation>
    </message>
    <message>
        <location line="+2" />
        <source>La version {n} sera figée, datée et signée de votre nom ; elle remplacera la version en vigueur. Le suivi (actions réalisées, objectifs atteints) restera possible.</source>
        <translation>Version {n} will be frozen, dated and signed with your name; it will replace the version in force. Follow-up (actions done, goals reached) will remain possible.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>ex. Accord oral de la personne lors de la visite à domicile, en présence de sa fille ; plan relu avec elle.</source>
        <translation>e.g. Oral agreement of the person during the home visit, with her daughter present; plan read through with her.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>ex. Médecin traitant en congés jusqu'au 15, informé par messagerie sécurisée</source>
        <translation>e.g. GP on leave until the 15th, informed by secure messaging</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Accord de la personne :</source>
        <translation>Person's &amp;agreement:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Accord &amp;donné le :</source>
        <translation>Agreement &amp;given on:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Révision prévue le :</source>
        <translation>&amp;Review due on:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Valider &amp;sans le contact avec le médecin traitant, parce que :</source>
        <translation>Validate &amp;without the GP contact, because:</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Valider la version {n}</source>
        <translation>Validate version {n}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+17" />
        <location line="+3" />
        <source>Date invalide : JJ/MM/AAAA.</source>
        <translation>Invalid date: DD/MM/YYYY.</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <location filename="../../coordapp/ui/plan/versions_dialog.py" line="+40" />
        <source>Historique du PPCS</source>
        <translation>PPCS history</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0" />
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Validée le</source>
        <translation>Validated on</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Par</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Accord le</source>
        <translation>Agreement on</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Révision</source>
        <translation>Review</translation>
    </message>
    <message>
        <location line="+12" />
        <source>&amp;Comparer</source>
        <translation>&amp;Compare</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Voir cette version</source>
        <translation>&amp;View this version</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Comparer la version</source>
        <translation>Compare version</translation>
    </message>
    <message>
        <location line="+4" />
        <source>avec la version</source>
        <translation>with version</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Choisissez deux versions différentes.</source>
        <translation>Choose two different versions.</translation>
    </message>
    <message>
        <location line="+39" />
        <source> le {date}</source>
        <translation> on {date}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Version {n}</source>
        <translation>Version {n}</translation>
    </message>
</context>
<context>
    <name>Zarit</name>
    <message>
        <location filename="../../coordapp/ui/plan/zarit_form.py" line="+36" />
        <source>Demande plus d'aide que nécessaire</source>
        <translation>Asks for more help than needed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Manque de temps pour soi</source>
        <translation>Not enough time for oneself</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tiraillé entre l'aide et ses autres obligations</source>
        <translation>Torn between caring and other responsibilities</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Gêne face au comportement du proche</source>
        <translation>Embarrassed by the relative's behaviour</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Irritation en sa présence</source>
        <translation>Angry when around the relative</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Relations familiales ou amicales touchées</source>
        <translation>Relationships with family or friends affected</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Inquiétude pour l'avenir du proche</source>
        <translation>Worried about the relative's future</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Le proche dépend de l'aidant</source>
        <translation>The relative depends on the caregiver</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tension en sa présence</source>
        <translation>Strained when around the relative</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Santé de l'aidant touchée</source>
        <translation>Caregiver's health affected</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Manque d'intimité</source>
        <translation>Not enough privacy</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Vie sociale touchée</source>
        <translation>Social life affected</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mal à l'aise pour recevoir</source>
        <translation>Uncomfortable having visitors</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Attendu comme seul aidant</source>
        <translation>Expected to be the only caregiver</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Moyens financiers insuffisants</source>
        <translation>Not enough money</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ne pourra plus aider longtemps</source>
        <translation>Will not be able to care much longer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Perte de maîtrise de sa vie</source>
        <translation>Lost control of one's life</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Envie de confier l'aide à un autre</source>
        <translation>Wishes to leave the care to someone else</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ne sait pas quoi faire</source>
        <translation>Unsure what to do</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Devrait en faire plus</source>
        <translation>Should be doing more</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pourrait mieux faire</source>
        <translation>Could do a better job</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fardeau ressenti au total</source>
        <translation>Overall burden felt</translation>
    </message>
    <message>
        <location line="+5" />
        <source>0 : jamais</source>
        <translation>0: never</translation>
    </message>
    <message>
        <location line="+0" />
        <source>1 : rarement</source>
        <translation>1: rarely</translation>
    </message>
    <message>
        <location line="+1" />
        <source>2 : parfois</source>
        <translation>2: sometimes</translation>
    </message>
    <message>
        <location line="+0" />
        <source>3 : assez souvent</source>
        <translation>3: quite frequently</translation>
    </message>
    <message>
        <location line="+1" />
        <source>4 : presque tout le temps</source>
        <translation>4: nearly always</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Le fait de vous occuper de votre proche entraîne-t-il des difficultés dans votre vie familiale ?</source>
        <translation>Does caring for your relative cause difficulties in your family life?</translation>
    </message>
    <message>
        <location line="+2" />
        <source>… des difficultés avec vos amis, vos loisirs ou votre travail ?</source>
        <translation>… difficulties with your friends, leisure or work?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>… un retentissement sur votre santé (physique et/ou psychique) ?</source>
        <translation>… an effect on your health (physical and/or mental)?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Avez-vous le sentiment de ne plus reconnaître votre proche ?</source>
        <translation>Do you feel you no longer recognise your relative?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Avez-vous peur pour l'avenir de votre proche ?</source>
        <translation>Are you afraid for your relative's future?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Souhaitez-vous être (davantage) aidé(e) pour vous occuper de votre proche ?</source>
        <translation>Would you like (more) help in caring for your relative?</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ressentez-vous une charge en vous occupant de votre proche ?</source>
        <translation>Do you feel burdened by caring for your relative?</translation>
    </message>
    <message>
        <location line="+5" />
        <source>J : jamais (0)</source>
        <translation>J: never (0)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>P : parfois (½)</source>
        <translation>P: sometimes (½)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>S : souvent (1)</source>
        <translation>S: often (1)</translation>
    </message>
</context>
<context>
    <name>ZaritBand</name>
    <message>
        <location line="+5" />
        <source>fardeau absent ou léger</source>
        <translation>little or no burden</translation>
    </message>
    <message>
        <location line="+1" />
        <source>fardeau léger à modéré</source>
        <translation>mild to moderate burden</translation>
    </message>
    <message>
        <location line="+1" />
        <source>fardeau modéré à sévère</source>
        <translation>moderate to severe burden</translation>
    </message>
    <message>
        <location line="+1" />
        <source>fardeau sévère</source>
        <translation>severe burden</translation>
    </message>
    <message>
        <location line="+1" />
        <source>dépistage négatif</source>
        <translation>negative screening</translation>
    </message>
    <message>
        <location line="+1" />
        <source>dépistage positif : fardeau probablement élevé</source>
        <translation>positive screening: burden probably high</translation>
    </message>
</context>
<context>
    <name>ZaritForm</name>
    <message>
        <location line="+15" />
        <source>Grille :</source>
        <extracomment>An answer or the form changed.</extracomment>
        <translation>Grid:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Non réalisée</source>
        <translation>Not done</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Complète (22 questions)</source>
        <translation>Full (22 questions)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mini-Zarit (7 questions)</source>
        <translation>Mini-Zarit (7 questions)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dépistage (4 questions)</source>
        <translation>Screening (4 questions)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Reportez les réponses de l'aidant (0 jamais, 1 rarement, 2 parfois, 3 assez souvent, 4 presque tout le temps) : tapez le chiffre, le curseur passe à la question suivante.</source>
        <translation>Enter the caregiver's answers (0 never, 1 rarely, 2 sometimes, 3 quite frequently, 4 nearly always): type the number, the cursor moves to the next question.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Mini-Zarit : J = jamais (0), P = parfois (½), S = souvent (1)</source>
        <translation>Mini-Zarit: J = never (0), P = sometimes (½), S = often (1)</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Résultat :</source>
        <translation>Result:</translation>
    </message>
    <message>
        <location line="+68" />
        <source>{n}. Question {n} de la grille de dépistage</source>
        <translation>{n}. Question {n} of the screening grid</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Zarit non réalisé</source>
        <translation>Zarit not done</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{total}/{scale} (partiel)</source>
        <translation>{total}/{scale} (partial)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{n} réponses sur {count}</source>
        <translation>{n} answers out of {count}</translation>
    </message>
</context>
</TS>
