"""What each INS identity status means, and when to choose it (combo tooltips)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

_tr = QCoreApplication.translate


def identity_status_hint(code: str) -> str:
    """What an INS identity status means, and when to choose it (a tooltip)."""
    hints = {
        "PROV": _tr("IdentityStatus", "Provisoire : identité déclarée, sans pièce vérifiée."),
        "RECUP": _tr("IdentityStatus", "Récupérée : traits reçus du téléservice INSi, "
                     "identité non contrôlée sur pièce."),
        "VALI": _tr("IdentityStatus", "Validée : identité contrôlée sur une pièce d'identité."),
        "QUAL": _tr("IdentityStatus", "Qualifiée : à choisir uniquement si l'identité a été "
                    "vérifiée sur pièce ET par le téléservice INSi. CoordApp, hors ligne, ne "
                    "peut pas le faire."),
    }
    return hints.get(code, "")
