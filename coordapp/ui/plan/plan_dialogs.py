"""The PPCS tab's plan-level commands, each through its dialog: templates, validation,
new version, history. A mixin of ``PlanTab`` (kept apart to keep modules small)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog

from coordapp.errors import CoordAppError
from coordapp.models import PlanStatus
from coordapp.ui.busy import busy_cursor
from coordapp.ui.plan.save_template_dialog import SaveTemplateDialog
from coordapp.ui.plan.template_dialog import TemplateDialog
from coordapp.ui.plan.validate_dialog import ValidateDialog
from coordapp.ui.plan.validate_print_dialog import ValidatePrintDialog
from coordapp.ui.plan.versions_dialog import VersionsDialog


class PlanDialogs:
    """Needs ``services``, ``patient_id``, ``document``, ``members``, ``dialog``,
    ``changed``, ``pdf_saved``, ``print_requested``, ``reload``, ``show_error`` and
    ``_save_pending`` from the tab."""

    services: Any
    patient_id: str
    document: Any
    members: list[Any]
    dialog: QDialog | None
    changed: Any
    pdf_saved: Any
    print_requested: Any
    reload: Any
    show_error: Any
    _save_pending: Any

    def start_plan(self) -> bool:
        """Open an empty draft (version 1) for a person with no plan."""
        try:
            self.services.plans.open_draft(self.patient_id)
        except CoordAppError as exc:
            self.show_error(exc.message)
            return False
        self.changed.emit("care_plan")
        self.reload()
        return True

    def start_new_version(self) -> bool:
        """A draft copied from the validated version ("Nouvelle version")."""
        if not self._save_pending():
            return False
        return self.start_plan()

    def open_template_dialog(self) -> None:
        if not self._save_pending():
            return
        validated = self.document is not None and \
            self.document.plan.status != PlanStatus.DRAFT
        dialog = TemplateDialog(self.services.templates, self.patient_id,
                                opens_new_version=validated, parent=self)
        self._open(dialog, "care_plan",
                   lambda: dialog.applied_needs[0] if dialog.applied_needs else None)

    def open_save_template_dialog(self) -> None:
        if self.document is None:
            return
        self._open(SaveTemplateDialog(self.services.templates, self.document.plan.id,
                                      parent=self), None)

    def open_validate_dialog(self) -> None:
        if self.document is None or not self._save_pending():
            return
        plan = self.document.plan
        self._open(ValidateDialog(self.services.versions, self.patient_id,
                                  version=plan.version, review_due=plan.review_due,
                                  parent=self), "care_plan")

    def open_validate_print_dialog(self) -> None:
        """Validate, then save the person's PDF (and open the preview if asked)."""
        if self.document is None or not self._save_pending():
            return
        plan = self.document.plan
        dialog = ValidatePrintDialog(self.services.versions, self.patient_id,
                                     version=plan.version, review_due=plan.review_due,
                                     patient_name=self.document.patient_name, parent=self)
        self._open(dialog, "care_plan", after=lambda: self._save_person_pdf(dialog))

    def _save_person_pdf(self, dialog: ValidatePrintDialog) -> None:
        path = dialog.pdf_path
        if path is None or dialog.validated_id is None:
            return
        try:
            with busy_cursor():
                result = self.services.exports.export_plan_pdf(self.patient_id, path,
                                                               "person")
        except CoordAppError as exc:
            self.show_error(QCoreApplication.translate(
                "PlanTab", "Le PPCS est validé, mais son PDF n'a pas pu être enregistré : "
                "{message} Imprimez-le avec « Imprimer le PPCS… » (Ctrl+P).").format(
                message=exc.message))
            return
        self.pdf_saved.emit(str(result.path))
        if dialog.preview_wanted:
            self.print_requested.emit()

    def open_history(self) -> None:
        names = {m.id: f"{m.name} ({m.role})" if m.name else m.role for m in self.members}
        self._open(VersionsDialog(self.services.versions, self.patient_id, names,
                                  parent=self), None)

    def _open(self, dialog: QDialog, entity: str | None,
              select: Callable[[], str | None] | None = None, *,
              after: Callable[[], None] | None = None) -> None:
        """Show ``dialog`` (window-modal); on OK, emit ``changed(entity)`` and reload,
        selecting the item ``select()`` names."""
        if self.dialog is not None:
            self.dialog.reject()
        self.dialog = dialog

        def finished(result: int) -> None:
            if self.dialog is dialog:
                self.dialog = None
            if result == QDialog.DialogCode.Accepted and entity is not None:
                self.changed.emit(entity)
                self.reload(select() if select else None)
            if result == QDialog.DialogCode.Accepted and after is not None:
                after()
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()
