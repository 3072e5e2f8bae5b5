"""The Synchronisation page: identity, bundles, shared folder, conflicts to review."""
