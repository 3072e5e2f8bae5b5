"""Encrypted storage: SQLCipher keyed by a wrapped random key, Alembic migrations."""

from coordapp.storage.store import EncryptedStore

__all__ = ["EncryptedStore"]
