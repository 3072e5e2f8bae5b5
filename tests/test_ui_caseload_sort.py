"""Sorting the caseload by clicking its headers, in French order, as ``coordapp patients
--sort`` lists it; scrolling to the very end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from coordapp.cli import main
from coordapp.services.caseload.patients import CaseloadService
from coordapp.services.demo.generate import generate_demo
from coordapp.services.workspace import Workspace
from coordapp.ui.caseload_model import CaseloadTableModel, Column
from coordapp.ui.caseload_view import CaseloadView
from tests.conftest import PASSPHRASE
from tests.informed import INFORMED

#: (family name, given names, birth date, city, status, referent is the owner)
PEOPLE = [
    ("Martin", "Eric", "1950-03-01", "Étain", "active", True),
    ("Martin", "Émile", "1941-07-12", None, "request", False),
    ("Martin", "Emile", "1962-11-30", "Eguisheim", "on_hold", True),
    ("Évrard", "Zoé", "1938-01-05", "Épernay", "closed", False),
    ("Evrard", "Anne", "1970-05-20", None, "active", True),
    ("Eymard", "Léa", "1955-09-09", "Ay", "request", False),
]
#: Header → the CLI's ``--sort`` listing the same order (the age: birth date reversed).
CLI_SORTS = {Column.FAMILY_NAME: ("name", False), Column.BIRTH_DATE: ("birth_date", False),
             Column.AGE: ("birth_date", True), Column.CITY: ("city", False),
             Column.STATUS: ("status", False), Column.REFERENT: ("referent", False)}


@pytest.fixture
def people(workspace: Workspace) -> dict[str, str]:
    service = CaseloadService(workspace)
    ids = {}
    for family, given, birth, city, status, mine in PEOPLE:
        values = {"family_name": family, "given_names": given, "birth_date": birth,
                  "sex": "F", "city": city, "status": status,
                  "referent_id": workspace.user_id if mine else None}
        if status == "closed":
            values |= {"closed_on": "2025-01-01", "closure_reason": "moved"}
        informed = INFORMED if status in ("active", "on_hold") else None
        ids[f"{family} {given}"] = service.add_patient(values, allow_duplicate=True,
                                                       information=informed).id
    return ids


def shown_view(qtbot, workspace: Workspace) -> CaseloadView:
    view = CaseloadView(CaseloadService(workspace))
    qtbot.addWidget(view)
    view.resize(1300, 600)
    view.show()
    qtbot.waitExposed(view)
    return view


def click_header(qtbot, view: CaseloadView, column: Column) -> None:
    header = view.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))


def column_texts(view: CaseloadView, column: Column) -> list[str]:
    model = view.model
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def listed_ids(view: CaseloadView) -> list[str]:
    model = view.model
    return [model.data(model.index(row, 0), CaseloadTableModel.IdRole)
            for row in range(model.rowCount())]


def cli_ids(capsys, db: Path, sort: str, desc: bool, monkeypatch) -> list[str]:
    monkeypatch.setenv("COORDAPP_PASSPHRASE", PASSPHRASE)
    capsys.readouterr()
    args = ["patients", "--db", str(db), "--sort", sort, "--format", "json"]
    assert main(args + (["--desc"] if desc else [])) == 0
    return [row["id"] for row in json.loads(capsys.readouterr().out)]


def test_headers_sort_given_names_and_cities_in_french_order_both_ways(
        qtbot, workspace: Workspace, people: dict[str, str]) -> None:
    view = shown_view(qtbot, workspace)
    # By birth name first: Evrard, Évrard, Eymard, then the three Martin.
    assert column_texts(view, Column.GIVEN_NAMES) == [
        "Anne", "Zoé", "Léa", "Emile", "Émile", "Eric"]

    click_header(qtbot, view, Column.GIVEN_NAMES)
    assert view.model.order == ("given_names", False)
    assert column_texts(view, Column.GIVEN_NAMES) == [
        "Anne", "Emile", "Émile", "Eric", "Léa", "Zoé"]
    click_header(qtbot, view, Column.GIVEN_NAMES)
    assert column_texts(view, Column.GIVEN_NAMES) == [
        "Zoé", "Léa", "Eric", "Émile", "Emile", "Anne"]

    click_header(qtbot, view, Column.CITY)
    assert view.model.order == ("city", False)
    # Empty values last, in name order, whichever the direction.
    assert column_texts(view, Column.CITY) == ["Ay", "Eguisheim", "Épernay", "Étain", "", ""]
    assert column_texts(view, Column.GIVEN_NAMES)[-2:] == ["Anne", "Émile"]
    click_header(qtbot, view, Column.CITY)
    assert column_texts(view, Column.CITY) == ["Étain", "Épernay", "Eguisheim", "Ay", "", ""]
    assert column_texts(view, Column.GIVEN_NAMES)[-2:] == ["Anne", "Émile"]

    click_header(qtbot, view, Column.FAMILY_NAME)
    assert column_texts(view, Column.FAMILY_NAME)[:3] == ["EVRARD", "ÉVRARD", "EYMARD"]
    click_header(qtbot, view, Column.FAMILY_NAME)
    assert column_texts(view, Column.FAMILY_NAME)[-3:] == ["EYMARD", "ÉVRARD", "EVRARD"]


@pytest.mark.parametrize("column", list(Column), ids=[c.name for c in Column])
def test_every_header_sorts_both_ways(qtbot, workspace: Workspace, people: dict[str, str],
                                      column: Column) -> None:
    view = shown_view(qtbot, workspace)
    if column == Column.FAMILY_NAME:  # already ascending: the first click reverses it
        click_header(qtbot, view, column)
        click_header(qtbot, view, column)
    else:
        click_header(qtbot, view, column)
    assert view.table.horizontalHeader().sortIndicatorSection() == column
    ascending = listed_ids(view)
    values_up = [v for v in column_texts(view, column) if v]
    click_header(qtbot, view, column)
    assert view.table.horizontalHeader().sortIndicatorOrder() == \
        Qt.SortOrder.DescendingOrder
    descending = listed_ids(view)
    values_down = [v for v in column_texts(view, column) if v]
    assert sorted(ascending) == sorted(descending) == sorted(people.values())
    assert values_down == values_up[::-1]  # the non-empty values, the other way round
    blanks = len(ascending) - len(values_up)
    if blanks:  # empty values stay at the end
        assert ascending[-blanks:] == descending[-blanks:]
    if column == Column.AGE:
        ages = [int(v) for v in values_up]
        assert ages == sorted(ages)


@pytest.mark.parametrize("column", list(CLI_SORTS), ids=[c.name for c in CLI_SORTS])
def test_the_screen_order_is_the_cli_order(qtbot, workspace: Workspace, people, capsys,
                                           app_paths, monkeypatch, column: Column) -> None:
    view = shown_view(qtbot, workspace)
    if column != Column.FAMILY_NAME:
        click_header(qtbot, view, column)
    sort, reverse = CLI_SORTS[column]
    assert listed_ids(view) == cli_ids(capsys, app_paths.default_db, sort, reverse,
                                       monkeypatch)
    click_header(qtbot, view, column)
    assert listed_ids(view) == cli_ids(capsys, app_paths.default_db, sort, not reverse,
                                       monkeypatch)


def test_a_patient_added_elsewhere_is_sorted_in(qtbot, workspace: Workspace, people) -> None:
    view = shown_view(qtbot, workspace)
    click_header(qtbot, view, Column.GIVEN_NAMES)
    CaseloadService(workspace).add_patient(
        {"family_name": "Durand", "given_names": "Élise", "birth_date": "1949-02-02",
         "sex": "F"})
    view.refresh()
    assert column_texts(view, Column.GIVEN_NAMES)[:3] == ["Anne", "Élise", "Emile"]


def test_scrolling_to_the_end_shows_the_last_patient(
        qtbot, workspace: Workspace, capsys, app_paths, monkeypatch) -> None:
    generate_demo(workspace, 450, seed=2)
    view = shown_view(qtbot, workspace)
    assert view.model.rowCount() == CaseloadService(workspace).count() > 400
    table = view.table
    view.activateWindow()
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    last_row = view.model.rowCount() - 1
    qtbot.waitUntil(lambda: table.currentIndex().row() == last_row)
    qtbot.waitUntil(lambda: table.verticalScrollBar().value()
                    == table.verticalScrollBar().maximum())
    visible = table.visualRect(view.model.index(last_row, 0))
    assert table.viewport().rect().contains(visible.center())
    last_id = cli_ids(capsys, app_paths.default_db, "name", True, monkeypatch)[0]
    assert view.model.data(view.model.index(last_row, 0), CaseloadTableModel.IdRole) == last_id
    shown = view.model.data(view.model.index(last_row, Column.FAMILY_NAME))
    assert shown and shown.startswith(
        CaseloadService(workspace).rows([last_id])[0].family_name.upper())
