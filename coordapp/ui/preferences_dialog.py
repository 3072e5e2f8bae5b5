"""Preferences: the language of the screens (applied at the next start), the idle
time after which CoordApp locks itself, how long a save waits for a busy base, and the
user's profile (Mon profil)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coordapp.services.profile import ProfileService
from coordapp.ui.i18n import preferred_language, set_preferred_language
from coordapp.ui.idle_lock import IDLE_SETTING, idle_minutes
from coordapp.ui.patient.busy_retry import BUSY_WAIT_SETTING, busy_wait_setting
from coordapp.ui.profile_form import ProfileForm


class PreferencesDialog(QDialog):
    """Edits ``ui.ini``; ``language_changed`` tells, once accepted, if a restart is due."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None, *,
                 profile: ProfileService | None = None) -> None:
        """With ``profile``, a "Mon profil" tab edits the user's printed contact."""
        super().__init__(parent)
        self._settings = settings
        self._initial = preferred_language(settings)
        self.language_changed = False
        self.idle_minutes_chosen = idle_minutes(settings)
        self.setWindowTitle(self.tr("Préférences"))
        self.setMinimumWidth(420)

        self.language_combo = QComboBox()
        # Each language is named in itself, so anyone can find their own.
        self.language_combo.addItem("Français", "fr")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(self._initial), 0))
        self.restart_label = QLabel(self.tr(
            "La nouvelle langue s'appliquera au prochain démarrage de CoordApp."))
        self.restart_label.setWordWrap(True)
        self.restart_label.hide()

        self.idle_spin = QSpinBox()
        self.idle_spin.setRange(0, 240)
        self.idle_spin.setSuffix(self.tr(" min"))
        self.idle_spin.setSpecialValueText(self.tr("jamais (déconseillé)"))
        self.idle_spin.setValue(idle_minutes(settings))
        self.idle_spin.setToolTip(self.tr(
            "Sans action au clavier ni à la souris pendant ce temps, CoordApp masque les "
            "dossiers et demande la phrase de passe."))

        self.busy_spin = QSpinBox()
        self.busy_spin.setRange(1, 300)
        self.busy_spin.setSuffix(self.tr(" s"))
        self.busy_spin.setValue(busy_wait_setting(settings))
        self.busy_spin.setToolTip(self.tr(
            "Quand un autre programme écrit dans la base (synchronisation, import, script), "
            "un enregistrement attend et réessaie pendant ce temps, vos saisies gardées, "
            "puis propose « Réessayer ». S'applique aux fenêtres ouvertes ensuite."))

        form = QFormLayout()
        form.addRow(self.tr("&Langue de l'interface"), self.language_combo)
        form.addRow(self.tr("&Verrouillage après inactivité"), self.idle_spin)
        form.addRow(self.tr("&Attente si la base est occupée"), self.busy_spin)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        general = QWidget()
        general_layout = QVBoxLayout(general)
        general_layout.addLayout(form)
        general_layout.addWidget(self.restart_label)
        general_layout.addStretch(1)
        self.profile_form = ProfileForm(profile) if profile is not None else None
        self.tabs = QTabWidget()
        self.tabs.addTab(general, self.tr("&Général"))
        if self.profile_form is not None:
            self.tabs.addTab(self.profile_form, self.tr("Mon &profil"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.language_combo.currentIndexChanged.connect(self._on_language_chosen)

    def selected_language(self) -> str:
        return str(self.language_combo.currentData())

    def accept(self) -> None:
        if self.profile_form is not None and not self.profile_form.save():
            self.tabs.setCurrentWidget(self.profile_form)
            return
        language = self.selected_language()
        self.language_changed = language != self._initial
        set_preferred_language(self._settings, language)
        self._settings.setValue(IDLE_SETTING, self.idle_spin.value())
        self.idle_minutes_chosen = self.idle_spin.value()
        self._settings.setValue(BUSY_WAIT_SETTING, self.busy_spin.value())
        super().accept()

    def _on_language_chosen(self) -> None:
        self.restart_label.setVisible(self.selected_language() != self._initial)
