"""Keeping the base safe: backups, passphrase strength, the audit trail read back, storage
errors."""
