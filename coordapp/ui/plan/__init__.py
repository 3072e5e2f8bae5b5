"""The assessment ("Évaluation") and PPCS tabs of the patient file.

Both are standalone widgets built from the workspace, the patient id and the app paths;
both emit ``changed(entity)`` after every successful write.
"""

from coordapp.ui.plan.assessment_tab import AssessmentTab
from coordapp.ui.plan.plan_tab import PlanTab

__all__ = ["AssessmentTab", "PlanTab"]
