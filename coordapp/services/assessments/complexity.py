"""The complex situation as the field defines it: a medical side **and** a psycho-social
side, with no age criterion; and the level of service the coordinator decides."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from coordapp.errors import InvalidInput
from coordapp.models import MedicalCriterion, PsychosocialCriterion, ServiceLevel
from coordapp.services.inputs import text_or_none


@dataclass(frozen=True)
class ComplexSituation:
    medical: tuple[str, ...]
    psychosocial: tuple[str, ...]

    @property
    def both_sides(self) -> bool:
        """Complex in the field's sense: at least one criterion on each side."""
        return bool(self.medical) and bool(self.psychosocial)

    def as_json(self) -> dict[str, Any]:
        return {"medical": list(self.medical), "psychosocial": list(self.psychosocial),
                "both_sides": self.both_sides}


def criteria(field: str, values: Iterable[Any] | None, allowed: type[Any]) -> list[str]:
    """The ticked criteria in the enum's order, each once; an unknown code is refused."""
    given = [str(v) for v in (values or [])]
    codes = [c.value for c in allowed]
    unknown = [v for v in given if v not in codes]
    if unknown:
        raise InvalidInput(f"Critère inconnu : {unknown[0]!r} (attendu : {', '.join(codes)}).",
                           field)
    return [c for c in codes if c in given]


def complexity_values(raw: Any) -> dict[str, Any]:
    """Model values from a raw mapping with ``complexity_medical``,
    ``complexity_psychosocial``, ``service_level`` and ``service_level_reason`` (or a
    ``complex_situation`` object ``{"medical": [...], "psychosocial": [...]}``)."""
    nested = raw.get("complex_situation") or {}
    medical = raw.get("complexity_medical", nested.get("medical"))
    psychosocial = raw.get("complexity_psychosocial", nested.get("psychosocial"))
    level = text_or_none(raw.get("service_level"))
    if level is not None and level not in {s.value for s in ServiceLevel}:
        raise InvalidInput(f"Niveau de service inconnu : {level!r} (attendu : "
                           f"{', '.join(s.value for s in ServiceLevel)}).", "service_level")
    reason = text_or_none(raw.get("service_level_reason"))
    if reason and level is None:
        raise InvalidInput("Choisissez le niveau de service dont vous donnez la raison.",
                           "service_level")
    return {
        "complexity_medical": criteria("complexity_medical", medical, MedicalCriterion),
        "complexity_psychosocial": criteria("complexity_psychosocial", psychosocial,
                                            PsychosocialCriterion),
        "service_level": level,
        "service_level_reason": reason,
    }


def situation_of(record: Any) -> ComplexSituation:
    return ComplexSituation(tuple(record.complexity_medical or ()),
                            tuple(record.complexity_psychosocial or ()))
