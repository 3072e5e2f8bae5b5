"""Errors the user can act on. Each carries one clear French sentence."""

from __future__ import annotations


class CoordAppError(Exception):
    """Base class: ``message`` is shown to the user as is."""

    default_message = "Une erreur inattendue s'est produite."

    def __init__(self, message: str | None = None) -> None:
        self.message = message or self.default_message
        super().__init__(self.message)


class CannotUnlock(CoordAppError):
    default_message = "Phrase de passe ou code de récupération incorrect."


class KeyslotDamaged(CoordAppError):
    default_message = (
        "Le fichier de clés de la base est illisible ou endommagé : utilisez une sauvegarde."
    )


class DatabaseDamaged(CoordAppError):
    default_message = (
        "La base de données est endommagée : rien n'a été modifié, restaurez une sauvegarde."
    )


class DatabaseLocked(CoordAppError):
    default_message = "La base est verrouillée : déverrouillez-la pour continuer."


class DatabaseMissing(CoordAppError):
    default_message = "Aucune base de données à cet emplacement : créez-la avec « coordapp init »."


class DatabaseExists(CoordAppError):
    default_message = "Une base de données existe déjà à cet emplacement."


class SchemaTooNew(CoordAppError):
    default_message = (
        "Cette base a été créée par une version plus récente de CoordApp : mettez à jour "
        "l'application."
    )


class WeakPassphrase(CoordAppError):
    default_message = "Phrase de passe trop faible."


class NotFound(CoordAppError):
    default_message = "Élément introuvable."


class InvalidInput(CoordAppError):
    """Refused input; ``field`` names the offending key when there is one."""

    default_message = "Saisie invalide."

    def __init__(self, message: str | None = None, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class DatabaseBusy(CoordAppError):
    default_message = (
        "La base est utilisée par une autre fenêtre ou un autre programme : réessayez."
    )


class DiskFull(CoordAppError):
    default_message = (
        "Le disque est plein : rien n'a été enregistré. Libérez de la place puis réessayez."
    )


class ReadOnlyStorage(CoordAppError):
    default_message = (
        "La base est sur un support en lecture seule (ou protégé en écriture) : elle peut "
        "être consultée, pas modifiée."
    )


class WrongKeysFile(CoordAppError):
    default_message = (
        "Le fichier de clés ne correspond pas à cette base (il vient d'une autre base) : "
        "remettez le fichier .keys de cette base, rien n'a été modifié."
    )


class FileUnreadable(CoordAppError):
    default_message = (
        "Un fichier de la base ne peut pas être lu (droits d'accès, ou dossier à la place "
        "d'un fichier) : vérifiez les droits, rien n'a été modifié."
    )
