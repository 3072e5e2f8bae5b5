"""Pure helpers of the PPCS tab: moving needs in the outline, the diff in plain French."""

from __future__ import annotations

import datetime as dt

from coordapp.services.views import FieldChange, PlanDiff, PlanItemChange
from coordapp.ui.plan.diff_text import diff_html, value_text
from coordapp.ui.plan.need_order import moved

GROUPS = [("health", ["h1", "h2"]), ("social", ["s1"]), ("caregiver", ["c1", "c2"])]


def test_a_need_moves_within_its_domain() -> None:
    assert moved(GROUPS, "h2", -1) == ["h2", "h1", "s1", "c1", "c2"]
    assert moved(GROUPS, "c1", 1) == ["h1", "h2", "s1", "c2", "c1"]


def test_the_first_need_of_a_domain_moves_the_domain() -> None:
    assert moved(GROUPS, "c1", -1) == ["h1", "h2", "c1", "c2", "s1"]
    assert moved(GROUPS, "h2", 1) == ["s1", "h1", "h2", "c1", "c2"]
    assert moved(GROUPS, "domain:social", -1) == ["s1", "h1", "h2", "c1", "c2"]


def test_nothing_moves_past_the_ends() -> None:
    assert moved(GROUPS, "h1", -1) is None
    assert moved(GROUPS, "c2", 1) is None
    assert moved(GROUPS, "domain:health", -1) is None
    assert moved(GROUPS, "unknown", 1) is None
    assert GROUPS[0] == ("health", ["h1", "h2"])  # the input is left alone


def test_values_are_shown_in_french(qapp) -> None:
    names = {"m1": "Zoé Girard (IDEL)"}
    assert value_text("action", "responsible_id", "m1", names) == "Zoé Girard (IDEL)"
    assert value_text("action", "responsible_id", "gone", names) == \
        "(membre retiré du cercle)"
    assert value_text("action", "due_on", dt.date(2026, 3, 5), names) == "05/03/2026"
    assert value_text("action", "status", "done", names) == "Réalisée"
    assert value_text("goal", "status", "not_reached", names) == "Non atteint"
    assert value_text("need", "domain", "caregiver", names) == "Aidant"
    assert value_text("need", "raised_by_person", True, names) == "oui"
    assert value_text("plan", "review_due", None, names) == "(fixée à la validation)"
    assert value_text("action", "result", None, names) == "(vide)"


def test_the_diff_reads_as_plain_french(qapp) -> None:
    diff = PlanDiff("p", 1, 2, "a", "b",
                    [FieldChange("wishes", "Rester chez moi", "Rester chez moi <toujours>")],
                    [PlanItemChange("action", "changed", "x", "y", "Passage IDEL", "Toilette",
                                    [FieldChange("responsible_id", None, "m1"),
                                     FieldChange("due_on", dt.date(2026, 1, 2),
                                                 dt.date(2026, 2, 3))]),
                     PlanItemChange("need", "added", "n", None, "Chutes", None, []),
                     PlanItemChange("goal", "removed", "g", "g", "Marcher", "Chutes", [])])
    html = diff_html(diff, {"m1": "Zoé Girard"})
    assert "De la version 1 à la version 2" in html
    assert "souhaits de la personne : « Rester chez moi » → <b>« Rester chez moi " \
           "&lt;toujours&gt; »</b>" in html
    assert "<b>Action</b> « Passage IDEL »" in html and "de l'objectif « Toilette »" in html
    assert "responsable : (vide) → <b>Zoé Girard</b>" in html
    assert "échéance : 02/01/2026 → <b>03/02/2026</b>" in html
    assert "Ajouté (1)" in html and "Supprimé (1)" in html and "Modifié (1)" in html
    assert "du besoin « Chutes »" in html
    empty = diff_html(PlanDiff("p", 1, 2, "a", "b", [], []), {})
    assert "Aucune différence entre ces deux versions." in empty
