"""Moving a need (or a whole domain) one step up or down in the PPCS outline."""

from __future__ import annotations

DOMAIN_PREFIX = "domain:"


def moved(groups: list[tuple[str, list[str]]], key: str, step: int) -> list[str] | None:
    """The needs' order (first = highest priority) once ``key`` moved by ``step`` (-1 up,
    +1 down); None when it cannot move further.

    ``groups`` are the domains as shown, each with its needs' ids. A need moves within
    its domain; the first (last) need of a domain moving up (down), or a domain itself,
    moves the whole domain past its neighbour.
    """
    order = [(domain, list(ids)) for domain, ids in groups]
    if key.startswith(DOMAIN_PREFIX):
        position = next((i for i, (d, _ids) in enumerate(order)
                         if DOMAIN_PREFIX + d == key), None)
        if position is None:
            return None
        return _swap_groups(order, position, step)
    for position, (_domain, ids) in enumerate(order):
        if key in ids:
            index = ids.index(key)
            target = index + step
            if 0 <= target < len(ids):
                ids[index], ids[target] = ids[target], ids[index]
                return _flat(order)
            return _swap_groups(order, position, step)
    return None


def _swap_groups(order: list[tuple[str, list[str]]], position: int, step: int
                 ) -> list[str] | None:
    target = position + step
    if not 0 <= target < len(order):
        return None
    order[position], order[target] = order[target], order[position]
    return _flat(order)


def _flat(order: list[tuple[str, list[str]]]) -> list[str]:
    return [need for _domain, ids in order for need in ids]
