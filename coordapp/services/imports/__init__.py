"""Bringing files in: caseload and directory tables (CSV, .xlsx, .ods) and a person's FHIR file."""
