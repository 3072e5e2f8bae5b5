"""The user's own profile (Préférences › Mon profil): the name, structure and phone
printed on every PPCS as the person's contact."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from coordapp.errors import InvalidInput, NotFound
from coordapp.models import AuditAction, Coordinator
from coordapp.services.views import WriteResult
from coordapp.services.workspace import Workspace
from coordapp.validation import validate_email, validate_phone, validate_postal_code

PROFILE_FIELDS = ("display_name", "profession", "structure_name", "phone", "email",
                  "postal_code", "city")
_LIMITS = {"display_name": 200, "profession": 120, "structure_name": 200, "email": 200,
           "city": 120}


@dataclass(frozen=True)
class Profile:
    display_name: str
    profession: str | None
    structure_name: str | None
    phone: str | None
    email: str | None
    postal_code: str | None = None
    city: str | None = None


class ProfileService:
    def __init__(self, workspace: Workspace) -> None:
        self.ws = workspace

    def get(self) -> Profile:
        with self.ws.unit_of_work() as uow:
            owner = self._owner(uow.session)
            return Profile(owner.display_name, owner.profession, owner.structure_name,
                           owner.phone, owner.email, owner.postal_code, owner.city)

    def update(self, raw: Mapping[str, Any]) -> WriteResult:
        """Validate every field, then write those that changed (empty clears)."""
        values = clean_profile(raw)
        with self.ws.unit_of_work() as uow:
            owner = self._owner(uow.session)
            changed = uow.changes.update(owner, values)
            if changed:
                uow.audit.record(AuditAction.UPDATE, "coordinator", owner.id,
                                 ",".join(changed))
            return WriteResult(owner.id, changed)

    def _owner(self, session: Any) -> Coordinator:
        owner = session.get(Coordinator, self.ws.user_id) if self.ws.user_id else None
        if owner is None:
            raise NotFound("Profil de l'utilisateur introuvable dans cette base.")
        return owner


def clean_profile(raw: Mapping[str, Any]) -> dict[str, str | None]:
    values: dict[str, str | None] = {}
    for key in PROFILE_FIELDS:
        if key not in raw:
            continue
        text = str(raw[key] or "").strip()
        limit = _LIMITS.get(key)
        if limit is not None and len(text) > limit:
            raise InvalidInput(f"Texte trop long ({limit} caractères au plus).", key)
        if text and key == "phone":
            text = validate_phone(text)
        elif text and key == "email":
            text = validate_email(text)
        elif text and key == "postal_code":
            text = validate_postal_code(text)
        values[key] = text or None
    if "display_name" in values and not values["display_name"]:
        raise InvalidInput("Indiquez votre nom : il figure sur chaque PPCS imprimé.",
                           "display_name")
    return values
