"""CSV for spreadsheets: one French dialect (UTF-8 with BOM, ``;``, CRLF, French labels)."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest

from coordapp.cli import main
from coordapp.export.spreadsheet_csv import french_csv, table_csv
from coordapp.services.caseload.patients import CaseloadService
from coordapp.services.workspace import Workspace
from tests.conftest import PASSPHRASE
from tests.informed import INFORMED


def parse(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM: accents read right by Excel
    text = data.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    assert text.endswith("\r\n") and text.count("\r\n") == len(rows)  # CRLF line ends
    return rows


def test_cells_quotes_dates_and_lists():
    data = french_csv([["Nom", "Né le", "ALD", "Note"],
                       ["Lœb; Œdipe", dt.date(1941, 3, 12), ["Diabète", "Cancer"],
                        'Dit "oui"\nau téléphone']])
    assert parse(data) == [["Nom", "Né le", "ALD", "Note"],
                           ["Lœb; Œdipe", "12/03/1941", "Diabète, Cancer",
                            'Dit "oui"\nau téléphone']]
    assert table_csv([{"s": "active"}], [("s", "Statut")], {"s": {"active": "Suivi"}}) \
        == "\ufeffStatut\r\nSuivi\r\n".encode()


def test_patients_and_audit_csv_from_the_command_line(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch,
    capsysbinary: pytest.CaptureFixture[bytes],
):
    CaseloadService(workspace).add_patient({
        "family_name": "Œhmichen", "given_names": "Éloïse", "birth_date": "1941-03-12",
        "sex": "F", "status": "active", "city": "Charleville-Mézières"}, information=INFORMED)
    workspace.close()  # the command line opens the default base of COORDAPP_HOME
    monkeypatch.setenv("COORDAPP_PASSPHRASE", PASSPHRASE)
    args: list[str] = []
    assert main(["patients", "--format", "csv", *args]) == 0
    rows = parse(capsysbinary.readouterr().out)
    assert rows[0][:7] == ["Identifiant", "Nom de naissance", "Nom utilisé", "Prénoms",
                           "Naissance", "Âge", "Statut"]
    assert rows[1][1] == "Œhmichen" and rows[1][4] == "12/03/1941"
    assert rows[1][6] == "Suivi en cours"  # a French label, not the code "active"
    assert main(["audit", "--format", "csv", *args]) == 0
    audit = parse(capsysbinary.readouterr().out)
    assert audit[0] == ["N°", "Date", "Utilisateur", "Action", "Objet", "Identifiant",
                        "Détail"]
    actions = {row[3] for row in audit[1:]}
    assert {"Création de la base", "Création", "Recherche"} <= actions
