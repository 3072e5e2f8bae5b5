"""Demo caseload: the seeded randomness and the facts about one person's case."""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import random
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any, TypeVar, cast

from faker import Faker

from coordapp.services.bulk import BulkWriter
from coordapp.services.demo import data as d
from coordapp.textkeys import fold

T = TypeVar("T")
Carer = tuple[str, str, str, str]  # name, relationship, phone, possessive ("sa fille")


@dataclass
class Case:
    """What the parts of one patient's file need to know about them."""

    id: str
    dept: str
    young: bool
    precarity: bool
    ald: list[str]
    living: str
    gp: str | None
    carer: Carer | None
    referent: str
    opened: dt.date | None
    closed: dt.date | None
    summary: str  # "Femme de 84 ans, Reims": no name, for the referral
    age: int = 0  # today
    legal: str = "none"  # legal protection code
    #: The person's requests: (referral id, requester kind, received, discharge day).
    requests: list[tuple[str, str, dt.datetime, dt.date | None]] = field(
        default_factory=list)


def key_of(helper: Callable[[Any], str], values: dict[str, Any]) -> str:
    """The service's own search key, computed on the plain values."""
    return helper(cast(Any, SimpleNamespace(**values)))


def email_for(given: str, family: str, domain: str) -> str:
    return f"{fold(given).replace(' ', '-')}.{fold(family).replace(' ', '-')}@{domain}"


def national_number(e164: str) -> str:
    digits = "0" + e164[3:]
    return " ".join(digits[i : i + 2] for i in range(0, 10, 2))


def make_nir(sex: str, birth: dt.date, birth_place: str, order: int) -> str:
    """A NIR with a valid key (Corsica: 2A counts as 19, 2B as 18)."""
    body = f"{1 if sex == 'M' else 2}{birth.year % 100:02d}{birth.month:02d}{birth_place}" \
           f"{order:03d}"
    return body + f"{97 - int(body.replace('2A', '19').replace('2B', '18')) % 97:02d}"


class DemoRandom:
    """Seeded random helpers (random.Random only, for determinism) and name pools."""

    def __init__(self, writer: BulkWriter, seed: int, today: dt.date,
                 owner: tuple[str, str] | None = None) -> None:
        self.w = writer
        self.owner = owner  # (id, name) of this installation's owner
        self.rng = random.Random(seed)
        #: Tasks, GP searches, dysfunctions draw from their own stream (demo_pathway).
        self.pathway_rng = random.Random(f"pathway-{seed}")
        self.today = today
        fake = Faker("fr_FR")
        fake.seed_instance(seed)
        self.family = [fake.last_name() for _ in range(800)] + d.REGIONAL_NAMES * 4
        self.given = {"F": [fake.first_name_female() for _ in range(400)],
                      "M": [fake.first_name_male() for _ in range(400)]}
        self.old_given = {"F": d.OLD_GIVEN_F, "M": d.OLD_GIVEN_M}
        self.streets = [fake.street_name() for _ in range(2000)]
        self.coordinators: list[str] = []
        self.coordinator_names: dict[str, str] = {}
        self.pros: dict[str, dict[str, list[str]]] = {}  # role key -> dept -> ids
        self.structs: dict[str, dict[str, list[str]]] = {}  # kind -> dept -> ids
        self.names: dict[str, str] = {}  # professional id -> display name
        self.accepting: dict[str, list[str]] = {}  # dept -> GPs taking new patients
        self.tables: dict[int, tuple[Mapping[Any, float], list[Any], list[float]]] = {}

    # -- random helpers (random.Random only, for determinism) ---------------------------

    def pick(self, seq: Sequence[T]) -> T:
        return seq[int(self.rng.random() * len(seq))]

    def weighted(self, table: Mapping[T, float]) -> T:
        """A key of ``table`` drawn by weight (tables are constants: cached by id)."""
        entry = self.tables.get(id(table))
        if entry is None:  # the entry keeps ``table`` alive, so its id stays its own
            entry = self.tables[id(table)] = (
                table, list(table), list(itertools.accumulate(table.values())))
        _table, keys, cumulative = entry
        return cast(T, keys[bisect.bisect(cumulative, self.rng.random() * cumulative[-1])])

    def ri(self, low: int, high: int) -> int:
        """A random integer in [low, high] (faster than ``randint``)."""
        return low + int(self.rng.random() * (high - low + 1))

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def dept(self) -> str:
        return self.weighted(d.DEPARTEMENTS)

    def phone(self, dept: str, mobile: bool) -> str:
        """E.164: a landline of the département, or a metropolitan mobile (not 069x/0639,
        which are overseas)."""
        if not mobile:
            prefix = d.LANDLINE_PREFIXES[dept]
        elif self.chance(0.8):
            second = self.ri(10, 87)
            prefix = f"6{second + (second >= 39)}"
        else:
            prefix = f"7{self.ri(50, 81)}"
        return f"+33{prefix}{self.rng.randrange(10**6):06d}"

    def day(self, start: dt.date, end: dt.date) -> dt.date:
        span = (end - start).days
        return start + dt.timedelta(days=self.ri(0, span)) if span > 0 else start

    def days(self, low: int, high: int) -> dt.timedelta:
        return dt.timedelta(days=self.ri(low, high))

    def at(self, day: dt.date) -> dt.datetime:
        return dt.datetime.combine(day, dt.time(self.ri(8, 18), self.pick((0, 10, 15, 30, 45))))

    def address(self) -> str:
        return f"{self.ri(1, 180)}{' bis' if self.chance(0.03) else ''} {self.pick(self.streets)}"

    def near(self, pool: dict[str, list[str]] | None, dept: str) -> str | None:
        if not pool:
            return None
        local = pool.get(dept)
        return self.pick(local) if local else self.pick(self.pick(list(pool.values())))

    def person(self, sex: str, old: bool = False) -> tuple[str, str]:
        return self.pick(self.old_given[sex] if old else self.given[sex]), self.pick(self.family)

    # -- directory ----------------------------------------------------------------------
