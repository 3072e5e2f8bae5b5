"""Who a bundle is for, and which patients they may receive: the one place where rules
about recipients restrict an export.

Every per-recipient rule plugs in ``hidden_records``: today the team's choice of what a
colleague may see (all patients, or only those whose referent is them or whose care team
includes their structure); an objection to sharing beyond the care team belongs here
too. What it returns never leaves this copy and lowers the bundle's frontier (see
``coordapp.sync.select.frontier``), so nothing is wrongly claimed as delivered.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection

from coordapp.sync.select import Selection, patient_records

SHARE_ALL = "all"
SHARE_CARE_TEAM = "care_team"
SHARE_SCOPES = (SHARE_ALL, SHARE_CARE_TEAM)


@dataclass(frozen=True)
class Recipient:
    name: str
    device_id: str | None
    coordinator_id: str | None
    structure: str | None


@dataclass(frozen=True)
class Audience:
    recipients: tuple[Recipient, ...]
    share_scope: str = SHARE_ALL


def _fold(text: str | None) -> str:
    return " ".join((text or "").casefold().split())


def care_team_patients(conn: Connection, recipient: Recipient) -> set[str]:
    """Patients whose referent is this colleague, or whose live care team includes their
    structure (named in the team's directory)."""
    found: set[str] = set()
    if recipient.coordinator_id:
        found |= {r[0] for r in conn.exec_driver_sql(
            "SELECT id FROM patient WHERE referent_id = ?", (recipient.coordinator_id,))}
    wanted = _fold(recipient.structure)
    if wanted:
        rows = conn.exec_driver_sql(
            "SELECT m.patient_id, s1.name, s2.name FROM care_team_member AS m "
            "LEFT JOIN structure AS s1 ON s1.id = m.structure_id "
            "LEFT JOIN professional AS p ON p.id = m.professional_id "
            "LEFT JOIN structure AS s2 ON s2.id = p.structure_id "
            "WHERE m.deleted_hlc IS NULL AND m.ended_on IS NULL")
        found |= {pid for pid, a, b in rows if wanted in (_fold(a), _fold(b))}
    return found


def hidden_records(conn: Connection, audience: Audience) -> Selection:
    """The records none of the bundle's recipients may receive (hook point)."""
    if audience.share_scope == SHARE_ALL:
        return patient_records(conn, ())
    everyone = {r[0] for r in conn.exec_driver_sql("SELECT id FROM patient")}
    visible = everyone
    for recipient in audience.recipients:  # a shared bundle: what all of them may see
        visible = visible & care_team_patients(conn, recipient)
    return patient_records(conn, everyone - visible)
