"""The PPCS: editing, rules, versions, templates and suggestions, follow-up, closure, the
printed document."""
