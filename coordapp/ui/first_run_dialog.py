"""First run: who uses CoordApp, a strong passphrase, then the recovery code, shown once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coordapp.errors import CoordAppError
from coordapp.paths import AppPaths
from coordapp.services.demo.generate import generate_demo
from coordapp.services.safety.passphrase import assess_passphrase
from coordapp.services.setup import create_workspace, demo_db_path
from coordapp.services.workspace import OwnerProfile, Workspace
from coordapp.ui.busy import busy_cursor
from coordapp.ui.patient.styles import ERROR_STYLE, MUTED_STYLE

#: Strength meter colours: refused and nearly there, then accepted.
WEAK_COLOUR, FAIR_COLOUR, GOOD_COLOUR = "#b3261e", "#b26a00", "#2e7d32"


#: Enough to see every screen at work, quick to generate (about a second).
DEMO_PATIENTS = 200


class FirstRunDialog(QDialog):
    """Create the encrypted database; ``workspace`` is the open workspace once accepted."""

    FORM_PAGE, RECOVERY_PAGE = 0, 1

    def __init__(self, db_path: Path, paths: AppPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db_path = db_path
        self._paths = paths
        self.workspace: Workspace | None = None
        self.setWindowTitle(self.tr("Bienvenue dans CoordApp"))
        self.setMinimumWidth(560)

        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_form_page())
        self.pages.addWidget(self._build_recovery_page())

        # One button row for both pages, the main button always in the same place: a
        # double click on "Créer ma base" lands on the (disabled) "Continuer".
        self.cancel_button = QPushButton(self.tr("Annuler"))
        self.create_button = QPushButton(self.tr("Créer ma base"))
        #: Set when the user chose to go back to the existing demonstration database.
        self.reopen_demo = False
        self.reopen_demo_button = QPushButton(self.tr("Rouvrir la démonstration…"))
        self.reopen_demo_button.setVisible(demo_db_path(paths).exists())
        self.reopen_demo_button.clicked.connect(self._on_reopen_demo_clicked)
        self.continue_button = QPushButton(self.tr("Continuer"))
        self.create_button.setDefault(True)
        self.create_button.setEnabled(False)
        self.continue_button.setEnabled(False)
        self.continue_button.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.reopen_demo_button)
        buttons.addStretch(1)
        for button in (self.cancel_button, self.create_button, self.continue_button):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addLayout(buttons)

        self.cancel_button.clicked.connect(self.reject)
        self.create_button.clicked.connect(self._on_create_clicked)
        self.continue_button.clicked.connect(self.accept)
        for edit in (self.name_edit, self.passphrase_edit, self.confirm_edit):
            edit.textChanged.connect(self._on_input_changed)
        self.copied_check.toggled.connect(self.continue_button.setEnabled)
        self._on_input_changed()
        self.name_edit.setFocus()  # the first field to fill, not the demonstration box

    # -- pages ------------------------------------------------------------------------

    def _build_form_page(self) -> QWidget:
        page = QWidget()
        intro = QLabel(self.tr(
            "Vos dossiers sont enregistrés sur cet ordinateur, dans une base chiffrée. "
            "Indiquez votre nom et choisissez une phrase de passe : au moins 12 caractères, "
            "par exemple quatre mots sans rapport entre eux."
        ))
        intro.setWordWrap(True)
        location = QLabel()
        self.location_label = location
        location.setWordWrap(True)
        location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        small = location.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        location.setFont(small)
        # A check box does not wrap: its text short, the detail in a wrapped line below.
        self.demo_check = QCheckBox(self.tr(
            "Découvrir d'abord CoordApp avec une base de démonstration"))
        self.demo_detail = QLabel(self.tr(
            "200 patients fictifs, dans une base séparée de votre base de travail."))
        self.demo_detail.setWordWrap(True)
        self.demo_detail.setIndent(self.demo_check.iconSize().width() + 8)
        self.demo_detail.setStyleSheet(MUTED_STYLE)
        self.demo_check.toggled.connect(self._on_demo_toggled)
        self.demo_check.setVisible(not demo_db_path(self._paths).exists())
        self.demo_detail.setVisible(not demo_db_path(self._paths).exists())
        self._on_demo_toggled(False)

        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Prénom et nom"))
        self.profession_edit = QLineEdit()
        self.profession_edit.setPlaceholderText(self.tr("Infirmière coordinatrice…"))
        self.structure_edit = QLineEdit()
        self.structure_edit.setPlaceholderText(self.tr("DAC, CPTS, MSP…"))
        self.passphrase_edit = QLineEdit()
        self.confirm_edit = QLineEdit()
        for edit in (self.passphrase_edit, self.confirm_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.strength_bar = QProgressBar()
        self.strength_bar.setRange(0, 4)
        self.strength_bar.setTextVisible(False)
        self.strength_bar.setMaximumHeight(8)
        self.strength_label = QLabel()
        self.strength_label.setWordWrap(True)
        self.match_label = QLabel()
        self.match_label.setStyleSheet(ERROR_STYLE)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()

        form = QFormLayout()
        form.addRow(self.tr("Nom (obligatoire)"), self.name_edit)
        form.addRow(self.tr("Profession"), self.profession_edit)
        form.addRow(self.tr("Structure"), self.structure_edit)
        form.addRow(self.tr("Phrase de passe"), self.passphrase_edit)
        form.addRow("", self.strength_bar)
        form.addRow("", self.strength_label)
        form.addRow(self.tr("Confirmation"), self.confirm_edit)
        form.addRow("", self.match_label)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addWidget(self.demo_check)
        layout.addWidget(self.demo_detail)
        layout.addWidget(location)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        return page

    def _build_recovery_page(self) -> QWidget:
        page = QWidget()
        title = QLabel(self.tr("Votre code de récupération"))
        title_font = title.font()
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.2)
        title.setFont(title_font)
        self.code_label = QLabel()
        code_font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        code_font.setPointSizeF(max(code_font.pointSizeF(), 9.0) * 1.8)
        code_font.setWeight(QFont.Weight.Bold)
        self.code_label.setFont(code_font)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.code_label.setContentsMargins(0, 16, 0, 16)
        explanation = QLabel(self.tr(
            "Recopiez ce code sur papier et rangez-le en lieu sûr : il permet d'ouvrir la "
            "base si vous oubliez votre phrase de passe. Il ne sera plus affiché."
        ))
        explanation.setWordWrap(True)
        self.copied_check = QCheckBox(self.tr("J'ai recopié le code de récupération"))

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.code_label)
        layout.addWidget(explanation)
        layout.addSpacing(8)
        layout.addWidget(self.copied_check)
        layout.addStretch(1)
        return page

    # -- slots ------------------------------------------------------------------------

    def _on_input_changed(self) -> None:
        name = self.name_edit.text().strip()
        passphrase = self.passphrase_edit.text()
        confirmation = self.confirm_edit.text()
        acceptable = False
        if passphrase:
            report = assess_passphrase(passphrase, user_inputs=[name] if name else [])
            acceptable = report.acceptable
            colour = GOOD_COLOUR if acceptable else FAIR_COLOUR if report.score >= 2 else \
                WEAK_COLOUR
            self.strength_bar.setValue(report.score if acceptable else min(report.score, 3))
            self.strength_bar.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
            self.strength_label.setStyleSheet(f"color: {colour};")
            self.strength_label.setText(report.message)
        else:
            self.strength_bar.setValue(0)
            self.strength_label.setText("")
        mismatch = bool(confirmation) and confirmation != passphrase
        self.match_label.setText(
            self.tr("Les deux saisies ne correspondent pas.") if mismatch else ""
        )
        self.create_button.setEnabled(
            bool(name) and acceptable and bool(confirmation) and confirmation == passphrase
        )

    def chosen_db_path(self) -> Path:
        """The working database, or the demonstration one beside it."""
        if self.demo_check.isChecked():
            return demo_db_path(self._paths)
        return self._db_path

    def _on_demo_toggled(self, checked: bool) -> None:
        self.location_label.setText(self.tr("Emplacement : {path}").format(
            path=self.chosen_db_path()))
        if hasattr(self, "create_button"):  # the buttons are built after this page
            self.create_button.setText(self.tr("Créer la démonstration") if checked
                                       else self.tr("Créer ma base"))

    def _on_reopen_demo_clicked(self) -> None:
        self.reopen_demo = True
        self.reject()

    def _on_create_clicked(self) -> None:
        if not self.create_button.isEnabled():
            return
        owner = OwnerProfile(
            self.name_edit.text().strip(),
            self.profession_edit.text().strip() or None,
            self.structure_edit.text().strip() or None,
        )
        self.create_button.setEnabled(False)
        self._show_error("")
        try:
            with busy_cursor():
                workspace, code = create_workspace(
                    self.chosen_db_path(), self.passphrase_edit.text(), owner, self._paths
                )
                if self.demo_check.isChecked():
                    generate_demo(workspace, DEMO_PATIENTS, seed=1)
        except CoordAppError as exc:
            self._show_error(exc.message)
            self._on_input_changed()
            return
        except OSError as exc:
            self._show_error(self.tr("Impossible d'écrire la base ({path}) : {reason}").format(
                path=self.chosen_db_path(), reason=exc.strerror or exc))
            self._on_input_changed()
            return
        self.workspace = workspace
        self.passphrase_edit.clear()
        self.confirm_edit.clear()
        self.code_label.setText(code)
        self.pages.setCurrentIndex(self.RECOVERY_PAGE)
        self.cancel_button.hide()
        self.create_button.hide()
        self.continue_button.show()
        self.continue_button.setDefault(True)
        self.copied_check.setFocus()

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    # -- life cycle -------------------------------------------------------------------

    def accept(self) -> None:
        if self.workspace is None or not self.copied_check.isChecked():
            return
        self.code_label.clear()  # the code is not kept on screen any longer than needed
        super().accept()

    def reject(self) -> None:
        # The base exists and its code will never be shown again: Escape or the window's
        # close button must not skip this page.
        if self.pages.currentIndex() == self.RECOVERY_PAGE:
            return
        super().reject()
