"""The demonstration caseload: believable French cases, deterministic for a seed."""
