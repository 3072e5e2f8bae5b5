"""What services and the adapters (sync, export) share below them: the unit of work, the
change recording with its version vectors, the audit trail, the patient field rules and
cleaners, the search keys. Depends only on the models, storage and the small base modules."""
