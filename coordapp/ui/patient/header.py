"""The band at the top of a patient file: who this is, at a glance."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from coordapp.models import IdentityStatus, PatientStatus
from coordapp.services.views import PatientFile
from coordapp.ui.labels import format_date, label
from coordapp.ui.patient.styles import BADGE_STYLE, FLAG_STYLE, IDENTITY_BADGE_COLOURS

STATUS_COLOURS = {"request": "#8a5300", "active": "#2e7d32", "on_hold": "#5f6368",
                  "closed": "#5f6368"}


def display_name(identity: dict) -> str:
    """``LEFÈVRE (ép. DURAND) Éloïse Marie``: birth name in capitals first."""
    name = identity["family_name"].upper()
    used = identity.get("used_name")
    if used and used.upper() != name:
        name += f" ({used.upper()})"
    given = identity["given_names"]
    used_given = identity.get("used_given_name")
    if used_given and used_given not in given.split():
        given += f" « {used_given} »"
    return f"{name} {given}"


class PatientHeader(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("patientHeader")
        self.setStyleSheet("#patientHeader { background: palette(base); }")
        self.name_label = QLabel()
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_label = QLabel()
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.identity_badge = QLabel()
        self.status_badge = QLabel()
        self.conflict_badge = QLabel(self.tr("Conflit à revoir"))
        self.conflict_badge.setStyleSheet(BADGE_STYLE.format(colour="#c62828"))
        self.conflict_badge.setToolTip(self.tr(
            "Des modifications concurrentes sont à revoir dans la page Synchronisation"))
        self.conflict_badge.hide()
        #: ``patient_id → open conflicts`` (set by the window; None: never a badge).
        self.conflict_count: Callable[[str], int] | None = None
        self.patient_id: str | None = None
        self.gp_label = QLabel()
        self.referent_label = QLabel()
        #: The person's information and right to object, when they limit what may be done.
        self.consent_banner = QLabel()
        self.consent_banner.setObjectName("consentBanner")
        self.consent_banner.setWordWrap(True)
        self.consent_banner.hide()

        badges = QHBoxLayout()
        badges.setSpacing(8)
        badges.addWidget(self.identity_badge)
        badges.addWidget(self.status_badge)
        badges.addWidget(self.conflict_badge)
        badges.addSpacing(8)
        badges.addWidget(self.gp_label)
        badges.addSpacing(8)
        badges.addWidget(self.referent_label)
        badges.addStretch(1)

        self.commands = QHBoxLayout()  # the file's commands, at the right of the name
        self.commands.setSpacing(6)
        top = QHBoxLayout()
        top.addWidget(self.name_label, 1)
        top.addLayout(self.commands)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.details_label)
        layout.addLayout(badges)
        layout.addWidget(self.consent_banner)

    def set_file(self, patient: PatientFile) -> None:
        identity = patient.identity
        self.patient_id = patient.id
        self.refresh_conflicts()
        self.name_label.setText(display_name(identity))
        born = {"F": self.tr("Née le {date}"), "M": self.tr("Né le {date}")}.get(
            identity["sex"], self.tr("Né(e) le {date}"))
        parts = [born.format(date=format_date(identity["birth_date"])),
                 self.tr("{age} ans").format(age=patient.age)]
        if identity.get("city"):
            parts.append(identity["city"])
        self.details_label.setText(" · ".join(parts))

        code = identity["identity_status"]
        self.identity_badge.setText(code)
        self.identity_badge.setToolTip(label(IdentityStatus, code))
        self.identity_badge.setAccessibleName(label(IdentityStatus, code))
        self.identity_badge.setStyleSheet(
            BADGE_STYLE.format(colour=IDENTITY_BADGE_COLOURS.get(code, "#5f6368")))
        status = identity["status"]
        status_text = label(PatientStatus, status)
        if status == "closed" and identity.get("closed_on"):
            status_text = self.tr("Clôturé le {date}").format(
                date=format_date(identity["closed_on"]))
        elif status == "active" and identity.get("opened_on"):
            status_text = self.tr("Actif depuis le {date}").format(
                date=format_date(identity["opened_on"]))
        self.status_badge.setText(status_text)
        self.status_badge.setStyleSheet(
            BADGE_STYLE.format(colour=STATUS_COLOURS.get(status, "#5f6368")))

        if patient.gp_name:
            self.gp_label.setText(self.tr("Médecin traitant : Dr {name}").format(
                name=patient.gp_name))
            self.gp_label.setStyleSheet("")
        else:
            self.gp_label.setText(self.tr("Sans médecin traitant"))
            self.gp_label.setStyleSheet(FLAG_STYLE)
        self.referent_label.setText(
            self.tr("Référent : {name}").format(name=patient.referent_name)
            if patient.referent_name else self.tr("Pas de référent désigné"))

        self._set_consent_banner(patient)

    def _set_consent_banner(self, patient: PatientFile) -> None:
        """Red while an objection to sharing is in force; amber while an open case has
        no information of the person recorded; hidden otherwise."""
        objection = informed = None
        for record in sorted(patient.consents, key=lambda c: (c.recorded_on, c.id)):
            if record.kind == "objection":
                objection = record.recorded_on
            elif record.kind == "objection_withdrawn":
                objection = None
            elif record.kind == "information_given":
                informed = record.recorded_on
        if objection is not None:
            text = self.tr(
                "<b>Opposition au partage depuis le {date}</b> : aucun envoi à des tiers "
                "(fichier FHIR, agenda, paquet pour un collègue, PPCS pour l'équipe). Seul "
                "le PPCS pour la personne peut être imprimé.").format(
                    date=format_date(objection))
            colour = "#c62828"
        elif informed is None and patient.identity["status"] != "closed":
            text = self.tr(
                "<b>Information de la personne non enregistrée</b> : l'inclusion, la "
                "validation du PPCS et les envois attendent son enregistrement (onglet "
                "« Information et consentement »).")
            colour = "#8a5300"
        else:
            self.consent_banner.hide()
            return
        self.consent_banner.setText(text)
        self.consent_banner.setStyleSheet(
            f"#consentBanner {{ background: {colour}; color: white; padding: 6px 10px; "
            "border-radius: 4px; }")
        self.consent_banner.setAccessibleName(self.consent_banner.text())
        self.consent_banner.show()

    def refresh_conflicts(self) -> None:
        count = self.conflict_count(self.patient_id) if self.conflict_count and \
            self.patient_id else 0
        self.conflict_badge.setVisible(count > 0)
