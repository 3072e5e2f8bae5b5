"""Detail forms of the PPCS: the plan's general information, a need, a goal."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QWidget

from coordapp.models import GoalStatus, NeedDomain
from coordapp.services.plans.rules import REVIEW_MONTHS, add_months
from coordapp.services.views import CarePlanView, GoalView, NeedView
from coordapp.ui.labels import fill_combo, format_date
from coordapp.ui.plan.dates import DateField
from coordapp.ui.plan.item_form import ItemForm, text_edit
from coordapp.ui.plan.style import MUTED_STYLE


class PlanForm(ItemForm):
    """The person's wishes in their words, the alert procedure, the review date."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label.setText(self.tr("Informations générales du PPCS"))
        self.wishes_edit = text_edit(4, self.tr("Dans les mots de la personne : « Je veux "
                                                "rester chez moi… »"))
        self.alert_edit = text_edit(4, self.tr("Qui appeler, quand : signes d'alerte, "
                                               "numéros, conduite à tenir"))
        self.review_edit = DateField()
        self.add("wishes", self.tr("&Souhaits de la personne :"), self.wishes_edit)
        self.add("alert_procedure", self.tr("Procédure d'&alerte :"), self.alert_edit)
        self.add("review_due", self.tr("&Révision prévue le :"), self.review_edit, hint=" ")
        self.review_hint = self.hints["review_due"]
        self.agreement_label = QLabel()
        self.agreement_label.setWordWrap(True)
        self.agreement_label.setStyleSheet(MUTED_STYLE)
        self.form.addRow(self.agreement_label)

    def load_plan(self, plan: CarePlanView, *, editable: bool) -> None:
        self.load({"wishes": plan.wishes, "alert_procedure": plan.alert_procedure,
                   "review_due": plan.review_due}, editable=editable, trackable=False)
        default = add_months(dt.date.today(), REVIEW_MONTHS)
        self.review_edit.setPlaceholderText(format_date(default))
        self.review_hint.setText(self.tr(
            "Vide : 6 mois après la validation ({date} si le plan est validé "
            "aujourd'hui). JJ/MM/AAAA, ou +90 pour dans 90 jours.").format(
            date=format_date(default)) if plan.review_due is None and editable else "")
        if plan.agreement:
            self.agreement_label.setText(self.tr("Accord de la personne le {date} : {text}")
                                         .format(date=format_date(plan.agreement_on),
                                                 text=plan.agreement))
        else:
            self.agreement_label.setText(self.tr(
                "L'accord de la personne est recueilli à la validation du plan."))


class NeedForm(ItemForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.domain_combo = QComboBox()
        fill_combo(self.domain_combo, NeedDomain)
        self.text_edit = text_edit(3, self.tr("Le besoin, tel qu'il est formulé avec la "
                                              "personne"))
        self.raised_box = QCheckBox(self.tr("Priorité exprimée par la &personne (★, en tête "
                                            "du plan)"))
        self.unmet_box = QCheckBox(self.tr("Besoin &non couvert sur le territoire"))
        self.add("text", self.tr("&Besoin :"), self.text_edit)
        self.add("domain", self.tr("&Domaine :"), self.domain_combo)
        self.add("raised_by_person", "", self.raised_box)
        self.add("unmet", "", self.unmet_box, tracking=True, hint=self.tr(
            "Remonté au territoire parmi les besoins sans réponse (partie 4 du PPCS)."))

    def load_need(self, need: NeedView | None, *, editable: bool, trackable: bool,
                  domain: str | None = None) -> None:
        if need is None:
            self.title_label.setText(self.tr("Nouveau besoin"))
            self.context_label.setText(self.tr("Ctrl+Entrée pour l'ajouter, Échap pour "
                                               "annuler."))
            self.load({"domain": domain or NeedDomain.HEALTH.value}, editable=editable,
                      trackable=trackable, new=True)
            return
        self.title_label.setText(self.tr("Besoin (priorité {n})").format(n=need.priority))
        self.context_label.setText(self.tr("{goals} objectif(s)").format(
            goals=len(need.goals)))
        self.load({"domain": need.domain, "text": need.text,
                   "raised_by_person": need.raised_by_person, "unmet": need.unmet},
                  editable=editable, trackable=trackable)


class GoalForm(ItemForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text_edit = text_edit(3, self.tr("Ce qui doit changer, partagé avec la personne"))
        self.opinion_edit = text_edit(2, self.tr("Ce qu'en dit la personne"))
        self.target_edit = DateField()
        self.criterion_edit = text_edit(2, self.tr("Comment saura-t-on que c'est atteint ?"))
        self.status_combo = QComboBox()
        fill_combo(self.status_combo, GoalStatus)
        self.add("text", self.tr("&Objectif :"), self.text_edit)
        self.add("person_opinion", self.tr("A&vis de la personne :"), self.opinion_edit)
        self.add("target_date", self.tr("Éc&héance :"), self.target_edit)
        self.add("evaluation_criterion", self.tr("&Critère d'évaluation :"),
                 self.criterion_edit)
        self.add("status", self.tr("S&tatut :"), self.status_combo, tracking=True)

    def load_goal(self, goal: GoalView | None, need_text: str, *, editable: bool,
                  trackable: bool) -> None:
        self.context_label.setText(self.tr("Besoin : {need}").format(need=need_text))
        if goal is None:
            self.title_label.setText(self.tr("Nouvel objectif"))
            self.load({"status": GoalStatus.PROPOSED.value}, editable=editable,
                      trackable=trackable, new=True)
            return
        self.title_label.setText(self.tr("Objectif"))
        self.load({"text": goal.text, "person_opinion": goal.person_opinion,
                   "target_date": goal.target_date,
                   "evaluation_criterion": goal.evaluation_criterion, "status": goal.status},
                  editable=editable, trackable=trackable)
