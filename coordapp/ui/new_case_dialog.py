"""A professional calls: record the request, find or create the person, answer it.

Three steps in one dialog (Ctrl+N): the request, the person concerned (with the existing
files that may be the same person), the answer. Every write goes through the services.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coordapp.errors import CoordAppError, InvalidInput
from coordapp.services.caseload.patients import CaseloadService, DuplicateSuspected
from coordapp.services.patient.intake import IntakeService
from coordapp.services.patient.request_drafts import RequestDraftView
from coordapp.services.workspace import Workspace
from coordapp.ui.complexity_panel import ComplexityPanel
from coordapp.ui.new_case_draft import DraftKeeper, has_content, restore_state, wizard_state
from coordapp.ui.patient.answer_step import AnswerStep
from coordapp.ui.patient.directory_picker import DirectoryPickerDialog
from coordapp.ui.patient.person_step import PersonStep
from coordapp.ui.patient.referral_form import ReferralForm
from coordapp.ui.patient.services import PatientServices
from coordapp.ui.patient.styles import ERROR_STYLE
from coordapp.validation import validate_phone


class NewCaseDialog(QDialog):
    """Once accepted, ``patient_id`` is the file created or linked ("" if none)."""

    #: The request was saved; the id of the patient it concerns, or "" if none.
    case_created = Signal(str)

    REQUEST, PERSON, ANSWER = range(3)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None, *,
                 draft: RequestDraftView | None = None) -> None:
        super().__init__(parent)
        self._caseload = CaseloadService(workspace)
        self._intake = IntakeService(workspace)
        self._workspace = workspace
        self.patient_id = ""
        self.patient_created = False
        self.discard_box: QMessageBox | None = None
        self.setWindowTitle(self.tr("Nouvelle demande d'appui"))
        self.resize(960, 580)

        self.steps_label = QLabel()
        self.request_form = ReferralForm()
        self.request_form.use_directory(PatientServices.from_workspace(workspace))
        self.person_step = PersonStep(self._caseload)
        self.answer_step = AnswerStep()
        self.complexity_panel = ComplexityPanel()  # criteria of both sides, service level
        answer_page = QWidget()
        answer_row = QHBoxLayout(answer_page)
        answer_row.setContentsMargins(0, 0, 0, 0)
        answer_row.addWidget(self.answer_step, 1)
        answer_row.addWidget(self.complexity_panel, 1)
        self.pages = QStackedWidget()
        for page in (self.request_form, self.person_step, answer_page):
            self.pages.addWidget(page)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()

        self.cancel_button = QPushButton(self.tr("Annuler"))
        self.back_button = QPushButton(self.tr("‹ &Précédent"))
        self.next_button = QPushButton(self.tr("&Suivant ›"))
        self.save_button = QPushButton(self.tr("&Enregistrer"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        self.next_button.setToolTip(self.tr("Étape suivante (Ctrl+Entrée)"))
        self.save_button.setToolTip(self.tr("Enregistrer la demande (Ctrl+Entrée)"))
        for button in (self.back_button, self.next_button, self.save_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.steps_label)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)

        self.person_step.nir_edit.textChanged.connect(lambda _text: self._show_error(""))
        self.cancel_button.clicked.connect(self.reject)
        self.back_button.clicked.connect(self._on_back_clicked)
        self.next_button.clicked.connect(self._on_next_clicked)
        self.save_button.clicked.connect(self._on_save_clicked)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):  # finishes the step, from any field
            QShortcut(QKeySequence(keys), self, self._on_finish_step)
        # Kept as a draft in the base as it is typed: nothing lost, even by a crash.
        self.drafts = DraftKeeper(workspace, self, draft.id if draft else None)
        step = self.REQUEST
        if draft is not None:
            restore_state(self, draft.data)
            step = min(max(draft.step, self.REQUEST), self.ANSWER)
            self.drafts.mark_saved(wizard_state(self), step)
        self._watch_changes()
        self.go_to(step)

    # -- navigation -------------------------------------------------------------------

    def _watch_changes(self) -> None:
        for edit in self.findChildren(QLineEdit):
            edit.textChanged.connect(self.drafts.changed)
        for text in self.findChildren(QPlainTextEdit):
            text.textChanged.connect(self.drafts.changed)
        for combo in self.findChildren(QComboBox):
            combo.currentIndexChanged.connect(self.drafts.changed)
        for button in self.findChildren(QAbstractButton):
            if button.isCheckable():
                button.toggled.connect(self.drafts.changed)

    def draft_summary(self) -> str:
        """The "Demandes à compléter" line: who it is about, and why."""
        reason = " ".join(self.request_form.reason_edit.toPlainText().split())
        about = self.person_step.summary()
        return " — ".join(p for p in (about, reason[:120]) if p)

    def go_to(self, step: int) -> None:
        self.pages.setCurrentIndex(step)
        self.drafts.save_now()
        names = [self.tr("1. La demande"), self.tr("2. La personne concernée"),
                 self.tr("3. La réponse")]
        self.steps_label.setText("  ›  ".join(
            f"<b>{html.escape(name)}</b>" if index == step else html.escape(name)
            for index, name in enumerate(names)))
        self.back_button.setEnabled(step > self.REQUEST)
        self.next_button.setVisible(step < self.ANSWER)
        self.save_button.setVisible(step == self.ANSWER)
        (self.save_button if step == self.ANSWER else self.next_button).setDefault(True)
        if step == self.ANSWER:
            linked = self.person_step.linked is not None
            self.answer_step.set_context(self._summary(), linked)
        focus = {self.REQUEST: self.request_form.kind_combo,
                 self.PERSON: self.person_step.family_edit,
                 self.ANSWER: self.answer_step.include_radio}[step]
        focus.setFocus()

    def _summary(self) -> str:
        values = self.request_form.values()
        who = values["requester_name"].strip() or self.request_form.kind_combo.currentText()
        about = self.person_step.summary() or self.tr("une personne non précisée")
        text = self.tr("Demande de {who} au sujet de {about}.").format(who=who, about=about)
        if self.person_step.linked is not None:
            text += " " + self.tr("Dossier existant.")
        return text

    def _on_finish_step(self) -> None:
        if self.pages.currentIndex() == self.ANSWER:
            self._on_save_clicked()
        else:
            self._on_next_clicked()

    def _on_back_clicked(self) -> None:
        self._show_error("")
        self.go_to(max(self.pages.currentIndex() - 1, self.REQUEST))

    def _on_next_clicked(self) -> None:
        self._show_error("")
        step = self.pages.currentIndex()
        if step == self.REQUEST and not self._request_ok():
            return
        if step == self.PERSON and not self._nir_ok():
            return
        if step == self.PERSON and self.person_step.needs_decision():
            self._show_error(self.tr("Des dossiers proches existent : choisissez « C'est "
                                     "cette personne » ou cochez « Aucune de ces personnes »."))
            return
        self.go_to(step + 1)

    def _nir_ok(self) -> bool:
        """A NIR with a wrong key or length stops here: correct it, or empty the field
        to go on without NIR (an explicit choice, never a silent one)."""
        nir = self.person_step.nir_edit
        if self.person_step.linked is not None or nir.state not in ("typing", "invalid"):
            return True
        self._show_error(self.tr("Le NIR saisi n'est pas valide. Corrigez-le, ou videz le "
                                 "champ pour continuer sans NIR."))
        nir.setFocus()
        return False

    def _request_ok(self) -> bool:
        """The checks ``record_referral`` will make, before the user moves on."""
        form = self.request_form
        form.fields.clear()
        if not form.reason_edit.toPlainText().strip():
            form.show_error("reason", self.tr("Indiquez le motif de la demande."))
            return False
        phone = form.phone_edit.text().strip()
        if phone:
            try:
                validate_phone(phone)
            except InvalidInput as exc:
                form.show_error("requester_phone", exc.message)
                return False
        return form.discharge.check()

    @property
    def directory_dialog(self) -> DirectoryPickerDialog | None:
        """« Choisir dans l'annuaire… » while it is open."""
        return self.request_form.directory_dialog

    # -- saving -----------------------------------------------------------------------

    def _on_save_clicked(self) -> None:
        """One transaction (IntakeService): the person, the request and its answer are
        saved together or not at all."""
        self._show_error("")
        answer = self.answer_step.answer()
        linked = self.person_step.linked
        new_patient = None
        if linked is None and self.answer_step.creates_patient():
            new_patient = self.person_step.patient_values()
        try:
            result = self._intake.record_request(
                {**self.request_form.values(), **self.complexity_panel.values(),
                 "subject_summary": self.person_step.summary()[:200] or None},
                patient_id=linked.id if linked is not None else None,
                new_patient=new_patient,
                answer=answer,
                answer_note=self.answer_step.note_edit.toPlainText(),
                allow_duplicate=self._duplicates_confirmed(),
                information=self.answer_step.information(),
            )
        except DuplicateSuspected as exc:
            self.go_to(self.PERSON)
            self.person_step.show_candidates(exc.candidates)
            self._show_error(self.tr("Doublon probable : choisissez « C'est cette personne » "
                                     "ou confirmez qu'il s'agit d'une autre personne."))
            return
        except InvalidInput as exc:
            if self.request_form.show_error(exc.field, exc.message):
                self.go_to(self.REQUEST)
            elif new_patient is not None and self.person_step.fields.show(exc.field,
                                                                            exc.message):
                self.go_to(self.PERSON)
            self._show_error(exc.message)
            return
        except CoordAppError as exc:
            self._show_error(exc.message)
            return
        self.drafts.discard()  # the request is saved: its draft is no longer needed
        self.patient_id = result.patient_id or ""
        self.patient_created = result.patient_created
        self.case_created.emit(self.patient_id)
        self.accept()

    def _duplicates_confirmed(self) -> bool:
        """The user ticked "none of these people" for every candidate shown."""
        shown = {p.id for p in self.person_step.model.rows}
        return bool(shown) and shown <= self.person_step.confirmed_ids

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    # -- life cycle -------------------------------------------------------------------

    def reject(self) -> None:
        """Escape or "Annuler": a request being typed is not dropped without asking;
        it may be kept as a draft ("À faire › Demandes à compléter")."""
        if not has_content(self):
            self.drafts.discard()
            super().reject()
            return
        if not self.isVisible():
            super().reject()
            return
        choice = self._ask_before_closing()
        if choice == "continue":
            return
        if choice == "discard":
            self.drafts.discard()
        elif not self.drafts.save_now():
            self._show_error(self.drafts.error)
            return
        super().reject()

    def _ask_before_closing(self) -> str:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Demande non enregistrée"),
                          self.tr("Cette demande n'est pas encore enregistrée. La garder en "
                                  "brouillon (À faire › Demandes à compléter) ?"),
                          QMessageBox.StandardButton.NoButton, self)
        draft = box.addButton(self.tr("Garder en brouillon"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("Abandonner"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Continuer la saisie"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(draft)
        box.setEscapeButton(keep)
        self.discard_box = box
        try:
            box.exec()
        finally:
            self.discard_box = None
        clicked = box.clickedButton()
        return ("draft" if clicked is draft else "discard" if clicked is discard
                else "continue")
