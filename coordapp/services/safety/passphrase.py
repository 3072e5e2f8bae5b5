"""Passphrase strength: zxcvbn, fed with French words and the user's own name."""

from __future__ import annotations

from dataclasses import dataclass

from coordapp.errors import WeakPassphrase

MIN_LENGTH = 12
#: zxcvbn's estimate of guesses (log10) below which a passphrase is refused. Scored on the
#: text with spaces and separators removed, so "Marie Dupont 2024" counts as the weak
#: "MarieDupont2024" it really is.
MIN_GUESSES_LOG10 = 10.0

#: Common French words and passwords zxcvbn's English dictionaries do not know.
FRENCH_WORDS = (
    "motdepasse", "mot de passe", "azerty", "azertyuiop", "soleil", "bonjour", "salut",
    "coucou", "doudou", "chouchou", "loulou", "nounours", "amour", "jetaime", "bisous",
    "chocolat", "princesse", "papa", "maman", "marseille", "paris", "lyon", "toulouse",
    "france", "olympique", "football", "printemps", "automne", "hiver", "ete", "dimanche",
    "lundi", "janvier", "decembre", "sante", "patient", "infirmiere", "medecin",
    "coordination", "coordapp", "dac", "cpts", "ars", "secret", "confidentiel",
)


@dataclass(frozen=True)
class StrengthReport:
    score: int  # 0..4 (zxcvbn)
    acceptable: bool
    message: str  # French, for the strength meter


def assess_passphrase(passphrase: str, user_inputs: list[str] | None = None) -> StrengthReport:
    inputs = [*FRENCH_WORDS]
    for text in user_inputs or []:
        inputs.extend(part for part in text.replace("-", " ").split() if part)
    squeezed = "".join(c for c in passphrase if c.isalnum())[:100]
    from zxcvbn import zxcvbn  # when a passphrase is chosen only: 17 ms at every start

    result = zxcvbn(squeezed or passphrase[:100], user_inputs=inputs)
    score = int(result["score"])
    if len(passphrase) < MIN_LENGTH:
        return StrengthReport(
            score, False,
            f"Trop courte : au moins {MIN_LENGTH} caractères, par exemple quatre mots "
            "sans rapport entre eux.",
        )
    if float(result["guesses_log10"]) < MIN_GUESSES_LOG10:
        return StrengthReport(
            score, False,
            "Trop facile à deviner : évitez les noms, dates et mots courants ; ajoutez "
            "des mots sans rapport entre eux.",
        )
    return StrengthReport(score, True, "Phrase de passe solide." if score == 4 else
                          "Phrase de passe correcte.")


def check_passphrase(passphrase: str, user_inputs: list[str] | None = None) -> None:
    report = assess_passphrase(passphrase, user_inputs)
    if not report.acceptable:
        raise WeakPassphrase(f"Phrase de passe trop faible. {report.message}")
