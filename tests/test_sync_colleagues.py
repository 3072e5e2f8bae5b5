"""Colleagues roster and one-action send, through the CLI contract: cards, fingerprints as
words and blocks, adding from a received bundle, export --to with only what they lack and
only the patients they may see, revocation refusing later bundles with its date."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coordapp.cli import main
from coordapp.sync.card import WORDS, Card
from tests.conftest import PASSPHRASE

PATIENT = {"family_name": "Lefèvre", "given_names": "Éloïse", "birth_date": "1941-03-12",
           "sex": "F", "status": "active"}


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def dbs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> tuple[str, str]:
    monkeypatch.setenv("COORDAPP_PASSPHRASE", PASSPHRASE)
    anne, marie = str(tmp_path / "anne.db"), str(tmp_path / "marie.db")
    assert run(capsys, "init", "--db", anne, "--name", "Anne", "--structure", "DAC Aube")[0] == 0
    assert run(capsys, "init", "--db", marie, "--name", "Marie",
               "--structure", "SSIAD de Troyes")[0] == 0
    return anne, marie


def add_patient(capsys: pytest.CaptureFixture[str], db: str, tmp_path: Path, **extra: str) -> str:
    file = tmp_path / "p.json"
    file.write_text(json.dumps({**PATIENT, **extra}))
    code, out, _ = run(capsys, "patient", "add", "--db", db, "--json", str(file),
                       "--allow-duplicate", "--informed-on", "02/11/2025")
    assert code == 0
    return out.strip()


def peers(capsys: pytest.CaptureFixture[str], db: str) -> list[dict[str, object]]:
    code, out, _ = run(capsys, "bundle", "peers", "--db", db, "--format", "json")
    assert code == 0
    return list(json.loads(out))


def test_card_fingerprint_words_and_adding_from_a_bundle(
    dbs: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    anne, marie = dbs
    code, card_text, err = run(capsys, "identity", "--db", anne, "--card")
    assert code == 0 and card_text.startswith("coordapp-carte:1:") and "Empreinte" in err
    card = Card.from_text(card_text)
    assert (card.name, card.structure) == ("Anne", "DAC Aube")
    card_file = tmp_path / "anne.coordcard"
    card_file.write_text(card_text)
    code, _, err = run(capsys, "bundle", "add-peer", "--db", marie, "--card", str(card_file))
    assert code == 0 and "empreinte" in err
    (seen,) = peers(capsys, marie)
    words = str(seen["fingerprint_words"]).split()
    assert len(words) == 6 and set(words) <= set(WORDS)
    assert seen["structure"] == "DAC Aube" and seen["display_name"] == "Anne"
    mine = json.loads(run(capsys, "identity", "--db", anne, "--card", "--format", "json")[1])
    assert mine["fingerprint_words"] == seen["fingerprint_words"]
    assert mine["fingerprint"] == seen["fingerprint"]
    # A damaged card is refused with exit 4, nothing added.
    assert run(capsys, "bundle", "add-peer", "--db", marie, "--card",
               card_text.strip()[:-6] + "AAAAAA")[0] == 4
    assert len(peers(capsys, marie)) == 1
    # Anne adds Marie from a bundle Marie sent her (signature checked, nothing imported).
    bundle = tmp_path / "from-marie.coordbundle"
    assert run(capsys, "bundle", "export", "--db", marie, "--to", "Anne",
               "--out", str(bundle))[0] == 0
    assert run(capsys, "bundle", "add-peer", "--db", anne, "--from-bundle", str(bundle))[0] == 0
    (marie_seen,) = peers(capsys, anne)
    assert marie_seen["structure"] == "SSIAD de Troyes" and marie_seen["age_recipient"]
    assert run(capsys, "patients", "--db", anne, "--format", "json")[1].strip() == "[]"
    (sent_view,) = peers(capsys, marie)
    assert sent_view["sent"] and sent_view["last_export_at"]


def test_export_to_sends_only_what_they_lack_and_only_patients_they_may_see(
    dbs: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
):
    monkeypatch.setattr("coordapp.sync.select.OWN_MARGIN_MS", 0)  # no resend of fresh writes
    anne, marie = dbs
    for a, b in ((anne, marie), (marie, anne)):
        card = run(capsys, "identity", "--db", b, "--card")[1]
        assert run(capsys, "bundle", "add-peer", "--db", a, "--card", card)[0] == 0
    marie_coordinator = Card.from_text(run(capsys, "identity", "--db", marie, "--card")[1])
    hello = tmp_path / "hello.coordbundle"  # Marie's coordinator record reaches Anne
    assert run(capsys, "bundle", "export", "--db", marie, "--to", "Anne", "--out",
               str(hello))[0] == 0
    assert run(capsys, "bundle", "import", "--db", anne, str(hello))[0] == 0
    hers = add_patient(capsys, anne, tmp_path, family_name="Suivie",
                       referent_id=str(marie_coordinator.coordinator_id))
    other = add_patient(capsys, anne, tmp_path, family_name="Autre")
    assert run(capsys, "bundle", "settings", "--db", anne, "--share", "care_team")[0] == 0

    first = tmp_path / "cle-usb"
    first.mkdir()  # a folder: the bundle is named after the colleague
    code, _, err = run(capsys, "bundle", "export", "--db", anne, "--to", "Marie", "--out",
                       str(first))
    assert code == 0 and "1 patient(s)" in err
    (sent,) = list(first.iterdir())
    assert run(capsys, "bundle", "import", "--db", marie, str(sent))[0] == 0
    listed = json.loads(run(capsys, "patients", "--db", marie, "--format", "json")[1])
    assert [p["id"] for p in listed] == [hers] and other
    # Marie answers (her bundle acknowledges what she holds); Anne's next send is small.
    back = tmp_path / "back.coordbundle"
    assert run(capsys, "bundle", "export", "--db", marie, "--to", "Anne", "--out",
               str(back))[0] == 0
    assert run(capsys, "bundle", "import", "--db", anne, str(back))[0] == 0
    assert run(capsys, "patient", "set", "--db", anne, hers, "city=Troyes")[0] == 0
    second = tmp_path / "second.coordbundle"
    code, _, err = run(capsys, "bundle", "export", "--db", anne, "--to", "Marie", "--out",
                       str(second))
    assert code == 0
    assert int(err.split("(")[1].split(" ")[0]) < 10, err  # the edit, not the whole file
    assert run(capsys, "bundle", "import", "--db", marie, str(second))[0] == 0
    shown = json.loads(run(capsys, "patient", "show", "--db", marie, hers, "--format",
                           "json")[1])
    assert shown["city"] == "Troyes"
    (anne_view,) = peers(capsys, anne)
    assert len(anne_view["sent"]) == 2 and anne_view["first_exchange_at"]
    # With "all", Marie gets the other patient too.
    assert run(capsys, "bundle", "settings", "--db", anne, "--share", "all")[0] == 0
    third = tmp_path / "third.coordbundle"
    assert run(capsys, "bundle", "export", "--db", anne, "--to", "Marie", "--out",
               str(third))[0] == 0
    assert run(capsys, "bundle", "import", "--db", marie, str(third))[0] == 0
    listed = json.loads(run(capsys, "patients", "--db", marie, "--format", "json")[1])
    assert {p["id"] for p in listed} == {hers, other}


def test_revoked_colleague_later_bundles_are_refused_with_the_date(
    dbs: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    anne, marie = dbs
    for a, b in ((anne, marie), (marie, anne)):
        card = run(capsys, "identity", "--db", b, "--card")[1]
        assert run(capsys, "bundle", "add-peer", "--db", a, "--card", card)[0] == 0
    code, _, err = run(capsys, "bundle", "revoke", "--db", anne, "Marie")
    assert code == 0 and "révoqué le" in err
    later = tmp_path / "later.coordbundle"
    add_patient(capsys, marie, tmp_path)
    assert run(capsys, "bundle", "export", "--db", marie, "--to", "Anne", "--out",
               str(later))[0] == 0
    code, _, err = run(capsys, "bundle", "import", "--db", anne, str(later))
    assert code == 4 and "révoqué le" in err and "Marie" in err
    assert run(capsys, "patients", "--db", anne, "--format", "json")[1].strip() == "[]"
    (seen,) = peers(capsys, anne)
    assert seen["revoked_at"]
    code, _, err = run(capsys, "bundle", "export", "--db", anne, "--to", "Marie", "--out",
                       str(tmp_path / "no.coordbundle"))
    assert code == 4 and "révoqué" in err
