"""The test suite's cheap key derivation, injected into the suite and its child processes.

Argon2id with 8 MiB and one pass: hundreds of databases can be created in seconds. The
product never reads anything that selects it: ``tests/conftest.py`` installs it in the
test process (``set_default_policy``) and passes it to the fixtures; child processes
started by the tests get it from ``sitecustomize.py`` in this folder, which the suite
puts first on their ``PYTHONPATH`` (the frozen app and an installed CoordApp never
import it).
"""

from __future__ import annotations

import os

from coordapp.storage.keyslots import KdfParams, KdfPolicy, set_default_policy


def _fast_params() -> KdfParams:
    return KdfParams(iterations=1, memory_kib=8 * 1024, lanes=1, salt=os.urandom(16))


#: Floor at the fast settings themselves: the suite's slots are not re-wrapped on unlock.
FAST_KDF = KdfPolicy(_fast_params, floor_iterations=1, floor_memory_kib=8 * 1024,
                     name="test-fast")


def install() -> None:
    set_default_policy(FAST_KDF)
