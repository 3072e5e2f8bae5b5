"""Key derivation: chosen by injection, never by the environment; weak slots re-wrapped."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from coordapp.paths import AppPaths
from coordapp.services.workspace import Workspace
from coordapp.storage.keyslots import (
    FLOOR_MEMORY_KIB,
    PASSPHRASE,
    PRODUCT_POLICY,
    RECOVERY,
    KeyslotFile,
)
from tests.conftest import FAST_KDF, OWNER
from tests.conftest import PASSPHRASE as SECRET

ROOT = Path(__file__).resolve().parent.parent


def slot_settings(db: Path) -> dict[str, dict[str, object]]:
    document = json.loads(KeyslotFile.path_for(db).read_text())
    return {slot["kind"]: slot["kdf"] for slot in document["slots"]}


def test_keyslot_records_its_parameters(created: tuple[Workspace, str], app_paths: AppPaths):
    settings = slot_settings(app_paths.default_db)
    assert set(settings) == {PASSPHRASE, RECOVERY}
    for kdf in settings.values():
        assert kdf["alg"] == "argon2id"
        assert {"iterations", "memory_kib", "lanes", "salt"} <= set(kdf)
        assert kdf["memory_kib"] == 8 * 1024  # the suite's injected cheap derivation


def test_weak_slots_are_rewrapped_at_full_strength_after_unlock(app_paths: AppPaths):
    db = app_paths.default_db
    workspace, code = Workspace.create(db, SECRET, OWNER, app_paths, kdf=FAST_KDF)
    workspace.close()
    assert PRODUCT_POLICY.is_weak(KeyslotFile.load(KeyslotFile.path_for(db)).slots[0].kdf)

    Workspace.open(db, SECRET, app_paths, kdf=PRODUCT_POLICY).close()
    settings = slot_settings(db)
    assert settings[PASSPHRASE]["memory_kib"] >= FLOOR_MEMORY_KIB  # type: ignore[operator]
    assert settings[PASSPHRASE]["iterations"] >= 2  # type: ignore[operator]
    assert settings[RECOVERY]["memory_kib"] == 8 * 1024  # not unlocked yet: kept as it was

    Workspace.open(db, code, app_paths, kdf=PRODUCT_POLICY).close()
    assert slot_settings(db)[RECOVERY]["memory_kib"] >= FLOOR_MEMORY_KIB  # type: ignore[operator]
    # Both secrets still open the base, and a strong slot is not re-wrapped again.
    before = KeyslotFile.path_for(db).read_bytes()
    Workspace.open(db, SECRET, app_paths, kdf=PRODUCT_POLICY).close()
    Workspace.open(db, code, app_paths, kdf=PRODUCT_POLICY).close()
    assert KeyslotFile.path_for(db).read_bytes() == before


def _init_child(home: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "coordapp.cli", "init", "--name", "Anne Martin"],
        env={**env, "COORDAPP_HOME": str(home), "COORDAPP_PASSPHRASE": SECRET},
        cwd=ROOT, capture_output=True, text=True, check=False, timeout=120)


def test_the_environment_cannot_weaken_a_real_key(tmp_path: Path):
    """The old test switch, set in the environment of the real program, has no effect."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    env["COORDAPP_INSECURE_FAST_KDF"] = "1"
    result = _init_child(tmp_path / "real", env)
    assert result.returncode == 0, result.stderr
    for kdf in slot_settings(tmp_path / "real" / "data" / "coordapp.db").values():
        assert kdf["memory_kib"] >= FLOOR_MEMORY_KIB  # type: ignore[operator]


def test_child_processes_of_the_suite_get_the_injected_derivation(tmp_path: Path):
    result = _init_child(tmp_path / "child", dict(os.environ))
    assert result.returncode == 0, result.stderr
    for kdf in slot_settings(tmp_path / "child" / "data" / "coordapp.db").values():
        assert kdf["memory_kib"] == 8 * 1024


def test_absurd_kdf_settings_are_a_damaged_keys_file(created: tuple[Workspace, str],
                                                     app_paths: AppPaths):
    keys = KeyslotFile.path_for(app_paths.default_db)
    document = json.loads(keys.read_text())
    document["slots"][0]["kdf"]["memory_kib"] = 2**40
    keys.write_text(json.dumps(document))
    from coordapp.errors import KeyslotDamaged

    try:
        KeyslotFile.load(keys)
    except KeyslotDamaged:
        pass
    else:
        raise AssertionError("absurd settings accepted")
