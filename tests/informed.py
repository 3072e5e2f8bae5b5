"""The person's information, given today, for tests that create a followed case: a case
is created active (or paused) only with it (``CaseloadService.add_patient``)."""

from __future__ import annotations

from typing import Any

INFORMED: dict[str, Any] = {"given_by": "Anne Martin", "how": "Oral, à domicile"}
