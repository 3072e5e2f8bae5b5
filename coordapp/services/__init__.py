"""Use cases: the only code that opens database sessions. No Qt here."""
