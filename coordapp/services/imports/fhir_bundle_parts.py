"""Small readers of FHIR JSON shared by the bundle import modules."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

Resource = dict[str, Any]


@dataclass
class PlanReading:
    id: str | None
    values: dict[str, Any]
    needs: list[dict[str, Any]]  # each with "goals": [{... "actions": [...]}]


def keys(full_url: Any, kind: str, rid: Any) -> list[str]:
    keys = [full_url] if isinstance(full_url, str) else []
    if isinstance(rid, str):
        keys += [f"{kind}/{rid}", f"urn:uuid:{rid}"]
    return keys


def unique(resources: Any) -> list[Resource]:
    seen: dict[int, Resource] = {}
    for r in resources:
        seen.setdefault(id(r), r)
    return list(seen.values())


def date(value: Any) -> dt.date | None:
    if not isinstance(value, str) or not re.match(r"\d{4}-\d\d-\d\d", value):
        return None
    return dt.date.fromisoformat(value[:10])


def ext(node: Resource, url: str) -> list[Resource]:
    return [e for e in node.get("extension") or [] if e.get("url") == url]


def codes(concept: Any, system: str | tuple[str, ...]) -> list[str]:
    systems = (system,) if isinstance(system, str) else system
    codings = (concept or {}).get("coding") or []
    return [c.get("code") for c in codings if c.get("system") in systems and c.get("code")]


def text(concept: Any) -> str | None:
    if not isinstance(concept, dict):
        return None
    if concept.get("text"):
        return str(concept["text"])
    for coding in concept.get("coding") or []:
        if coding.get("display"):
            return str(coding["display"])
    return None


def telecom(resource: Resource, system: str) -> list[str]:
    return [str(c["value"]) for c in resource.get("telecom") or []
            if c.get("system") == system and c.get("value")]


def notes(resource: Resource) -> list[str]:
    return [str(n["text"]) for n in resource.get("note") or [] if n.get("text")]


def prefixed(notes: list[str], prefix: str) -> str | None:
    found = [n.removeprefix(prefix) for n in notes if n.startswith(prefix)]
    return found[0] if found else None
