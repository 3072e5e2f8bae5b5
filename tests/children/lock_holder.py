"""Holds the write lock of a base like a long folder sync would:
``python lock_holder.py DB`` (passphrase in ``COORDAPP_PASSPHRASE``).

Opens the base, begins ``BEGIN IMMEDIATE`` (SQLite's write lock, what every CoordApp
writer takes first), prints ``held``, and keeps the lock until a line arrives on stdin
(or stdin closes); then rolls back, prints ``released`` and exits.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from coordapp.storage import EncryptedStore


def hold() -> None:
    store = EncryptedStore.open(Path(sys.argv[1]), os.environ["COORDAPP_PASSPHRASE"],
                                backup_dir=None)
    raw = store.engine.raw_connection()
    connection = raw.driver_connection
    assert connection is not None
    connection.execute("BEGIN IMMEDIATE")
    print("held", flush=True)
    sys.stdin.readline()
    connection.execute("ROLLBACK")
    raw.close()
    store.close()
    print("released", flush=True)


if __name__ == "__main__":
    hold()
