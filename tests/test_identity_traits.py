"""RECUP and QUAL identities need a NIR, a known sex, a birth date and a birth place.

These statuses only come from an import out of a system that queried INSi (see
``services.identity_origin``): even then, an identity missing one trait is refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coordapp.cli import main
from coordapp.errors import InvalidInput
from coordapp.services.caseload.patients import CaseloadService, create_patient_in
from coordapp.services.patient.identity_origin import IdentityOrigin
from coordapp.services.workspace import Workspace
from tests.conftest import PASSPHRASE

FULL = {"family_name": "Lefèvre", "given_names": "Éloïse Marie", "birth_date": "1941-03-12",
        "sex": "F", "birth_place_code": "08105", "nir": "241037511612371"}
CHECKED = {"identity_document": "CN", "identity_checked_on": "2026-11-02"}
INSI = IdentityOrigin("Import FHIR dossier.json du 02/12/2026", insi=True)


def imported(workspace: Workspace, values: dict[str, object]) -> str:
    """A patient created by an import from a system that queried INSi."""
    with workspace.unit_of_work() as uow:
        return create_patient_in(uow, values, allow_duplicate=True, origin=INSI).id


@pytest.mark.parametrize("status", ["RECUP", "QUAL"])
@pytest.mark.parametrize(("change", "field", "words"), [
    ({"nir": None}, "nir", "le NIR ou NIA"),
    ({"sex": "U"}, "sex", "le sexe (F ou M)"),
    ({"birth_place_code": None}, "birth_place_code", "le lieu de naissance"),
    ({"nir": None, "birth_place_code": None}, "nir", "le NIR ou NIA, le lieu de naissance"),
])
def test_ins_statuses_need_every_trait(
    workspace: Workspace, status: str, change: dict[str, object], field: str, words: str,
) -> None:
    with pytest.raises(InvalidInput) as info:
        imported(workspace, FULL | change | {"identity_status": status})
    assert info.value.field == field and words in info.value.message


@pytest.mark.parametrize("status", ["RECUP", "QUAL"])
def test_complete_traits_are_accepted(workspace: Workspace, status: str) -> None:
    patient_id = imported(workspace, FULL | {"identity_status": status})
    assert CaseloadService(workspace).get(patient_id).identity_status == status


def test_prov_and_vali_need_no_nir(workspace: Workspace) -> None:
    for status, extra in (("PROV", {}), ("VALI", CHECKED)):
        CaseloadService(workspace).add_patient(
            FULL | extra | {"nir": None, "birth_place_code": None, "identity_status": status},
            allow_duplicate=True)


def test_clearing_a_trait_of_a_recup_identity_is_refused(workspace: Workspace) -> None:
    service = CaseloadService(workspace)
    patient_id = imported(workspace, FULL | {"identity_status": "RECUP"})
    with pytest.raises(InvalidInput, match="récupérée"):
        service.update_patient(patient_id, {"nir": ""})
    assert service.get(patient_id).identity_status == "RECUP"


def test_cli_recup_without_nir_exits_4(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("COORDAPP_PASSPHRASE", PASSPHRASE)
    file = tmp_path / "p.json"
    file.write_text(json.dumps(FULL | {"nir": None, "identity_status": "RECUP"}),
                    encoding="utf-8")
    assert main(["patient", "add", "--json", str(file)]) == 4
    assert "suppose les traits de l'INS" in capsys.readouterr().err
