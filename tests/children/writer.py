"""A writer process for the concurrency tests: ``python writer.py DB PATIENT_ID TAG N``.

Runs ``coordapp patient set ID city=TAG-i`` N times through the real CLI entry point
(each call opens the base, unlocks it, writes, closes, like a script would) and prints
the exit codes as JSON on the last line.
"""

from __future__ import annotations

import contextlib
import io
import json
import sys

from coordapp.cli import main


def run() -> None:
    db, patient_id, tag, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    codes = []
    for i in range(count):
        with contextlib.redirect_stdout(io.StringIO()):
            codes.append(main(["patient", "set", patient_id, f"city={tag}-{i}", "--db", db]))
    print(json.dumps(codes))


if __name__ == "__main__":
    run()
