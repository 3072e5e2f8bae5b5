"""Telling colleagues apart: fingerprints read aloud, and the "carte de visite".

A fingerprint is the SHA-256 of the signing key, shown two ways to compare by phone:
six French words (one per byte, from a fixed list of 256 short, distinct, easy words) or
five blocks of four hexadecimal digits. The card is one line of text (fits a QR code)
holding the public half of the keys, the name and the structure: it proves nothing by
itself; comparing the fingerprint with its owner is what makes it trusted.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import asdict, dataclass

from coordapp.errors import InvalidInput
from coordapp.sync.keys import check_recipient, check_signing_key
from coordapp.sync.ops import is_uuid

CARD_PREFIX = "coordapp-carte:1:"
CARD_EXTENSION = ".coordcard"
WORDS = (
    "abeille", "abri", "acier", "aigle", "aile", "algue", "amande", "ambre", "ami", "ancre",
    "ane", "angle", "anis", "arbre", "arche", "argent", "arome", "atlas", "aube", "avion",
    "avoine", "badge", "bague", "baie", "balai", "balcon", "bambou", "banane", "banc",
    "barque", "bassin", "bateau", "baton", "bec", "belier", "berger", "beton", "biche",
    "bijou", "bille", "biscuit", "blason", "bleuet", "bocal", "bois", "bol", "bonnet",
    "bouche", "bougie", "boule", "bouton", "branche", "brebis", "brique", "brume", "buffle",
    "bureau", "cabane", "cactus", "cadre", "cafe", "caille", "calme", "camion", "canal",
    "canard", "canne", "canon", "cape", "carafe", "carpe", "carte", "castor", "cerise",
    "chalet", "chameau", "chant", "chapeau", "charbon", "chat", "chemin", "chene", "cheval",
    "chevre", "chien", "cible", "cidre", "cigale", "citron", "clou", "cobalt", "coffre",
    "colline", "comete", "coq", "corde", "corne", "coton", "coude", "courge", "crabe", "craie",
    "crayon", "creme", "cygne", "dalle", "danse", "dauphin", "desert", "diamant", "digue",
    "disque", "domino", "dragon", "drap", "dune", "eau", "echarpe", "ecorce", "ecran",
    "ecureuil", "email", "encre", "epice", "epine", "erable", "escale", "etoile", "fable",
    "facteur", "falaise", "farine", "faucon", "fenouil", "fer", "ferme", "feuille", "figue",
    "filet", "flamme", "fleuve", "flute", "foin", "fontaine", "foret", "fraise", "frene",
    "fromage", "fusee", "galet", "gant", "gateau", "gazelle", "gilet", "girafe", "givre",
    "gland", "globe", "gomme", "gourde", "graine", "granit", "grenade", "grive", "grotte",
    "guitare", "hamac", "hameau", "harpe", "hibou", "hiver", "homard", "horloge", "houblon",
    "huile", "ile", "iris", "ivoire", "jardin", "jasmin", "jonc", "jouet", "jupe", "kiwi",
    "lac", "laine", "lama", "lampe", "lande", "lapin", "laurier", "lavande", "levure",
    "lezard", "lierre", "lilas", "lime", "lin", "lion", "livre", "loup", "lune", "lutin",
    "maison", "manche", "mangue", "marbre", "marche", "mare", "marron", "menthe", "merle",
    "miel", "mimosa", "miroir", "moineau", "montagne", "mouette", "moulin", "mouton", "mur",
    "musique", "nacre", "navet", "neige", "nid", "noisette", "nuage", "oasis", "ocean",
    "oeillet", "oie", "olive", "ombre", "orange", "orge", "orme", "ours", "paille", "palmier",
    "panier", "papier", "parc", "pastel", "pavot", "pelle", "perle", "phare", "piano",
    "pierre", "pigeon", "pin", "pirogue", "plage", "plume", "poire",
)
assert len(WORDS) == len(set(WORDS)) == 256


def fingerprint_words(public_key: bytes) -> str:
    """Six words from the key's SHA-256 (48 bits), to read aloud on the phone."""
    digest = hashlib.sha256(public_key).digest()
    return " ".join(WORDS[b] for b in digest[:6])


@dataclass(frozen=True)
class Card:
    name: str
    structure: str | None
    device_id: str
    coordinator_id: str | None
    age_recipient: str
    signing_key: str

    def to_text(self) -> str:
        data = json.dumps(asdict(self), sort_keys=True, separators=(",", ":"),
                          ensure_ascii=False).encode("utf-8")
        return CARD_PREFIX + base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")

    @classmethod
    def from_text(cls, text: str) -> Card:
        value = text.strip()
        bad = InvalidInput("Ce texte n'est pas une carte de visite CoordApp "
                           "(coordapp-carte:1:…).", "card")
        if not value.startswith(CARD_PREFIX) or len(value) > 4000:
            raise bad
        body = value[len(CARD_PREFIX):]
        try:
            raw = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
            card = cls(**raw)
        except (ValueError, TypeError) as exc:
            raise bad from exc
        if not (isinstance(card.name, str) and card.name.strip() and len(card.name) <= 200
                and (card.structure is None or isinstance(card.structure, str))
                and is_uuid(card.device_id)
                and (card.coordinator_id is None or is_uuid(card.coordinator_id))):
            raise bad
        check_recipient(card.age_recipient)
        check_signing_key(card.signing_key)
        return card
