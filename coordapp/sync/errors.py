"""Why a bundle is refused: one class and one French sentence per case (CLI exit 4)."""

from __future__ import annotations

from coordapp.errors import CoordAppError, InvalidInput

NOTHING = "rien n'a été importé."


class BundleRefused(InvalidInput):
    """Base class: the bundle was not applied at all."""

    #: Short machine-readable reason, written to the audit trail.
    reason = "refuse"
    default_message = f"Paquet refusé : {NOTHING}"


class NotABundle(BundleRefused):
    reason = "pas_un_paquet"
    default_message = f"Ce fichier n'est pas un paquet CoordApp : {NOTHING}"


class BundleDamaged(BundleRefused):
    reason = "endommage"
    default_message = (
        f"Le paquet est endommagé, modifié ou tronqué (copie incomplète ?) : {NOTHING}"
    )


class BundleIncomplete(BundleRefused):
    reason = "incomplet"
    default_message = (
        "Le paquet ne contient pas l'historique complet de certaines fiches : importez "
        f"d'abord un paquet complet de cet émetteur ; {NOTHING}"
    )


class ClonedInstallation(BundleRefused):
    reason = "poste_clone"
    default_message = (
        "Ce paquet contient des modifications faites sous l'identité de cette installation "
        "ailleurs : la base a sans doute été copiée sur un autre ordinateur. Chaque poste "
        f"doit avoir sa propre base ; {NOTHING}"
    )


class WrongBundlePassphrase(BundleRefused):
    reason = "phrase_incorrecte"
    default_message = f"Phrase de passe du paquet incorrecte : {NOTHING}"


class BundlePassphraseRequired(BundleRefused):
    reason = "phrase_requise"
    default_message = (
        "Ce paquet est protégé par une phrase de passe d'équipe : indiquez-la "
        "(COORDAPP_BUNDLE_PASSPHRASE ou --bundle-passphrase-file)."
    )


class NotARecipient(BundleRefused):
    reason = "pas_destinataire"
    default_message = (
        "Ce paquet n'est pas chiffré pour cette installation (elle n'en est pas "
        f"destinataire) : {NOTHING}"
    )


class BadSignature(BundleRefused):
    reason = "signature_invalide"
    default_message = (
        f"La signature du paquet est invalide : il a été falsifié ou altéré, {NOTHING}"
    )


class UnknownSigner(BundleRefused):
    reason = "signataire_inconnu"
    default_message = (
        "Le paquet est signé par un poste inconnu : vérifiez son empreinte avec son "
        f"auteur puis importez-le avec --trust ; {NOTHING}"
    )


class RevokedSigner(BundleRefused):
    reason = "signataire_revoque"
    default_message = f"Le paquet est signé par un poste révoqué : {NOTHING}"


class BundleTooNew(BundleRefused):
    reason = "version_recente"
    default_message = (
        "Ce paquet vient d'une version plus récente de CoordApp : mettez à jour CoordApp "
        f"pour l'importer ; {NOTHING}"
    )


class BundleTooLarge(BundleRefused):
    reason = "trop_volumineux"
    default_message = f"Le paquet dépasse la taille maximale autorisée : {NOTHING}"


class SyncCancelled(CoordAppError):
    default_message = "Import annulé : la base n'a pas été modifiée."
