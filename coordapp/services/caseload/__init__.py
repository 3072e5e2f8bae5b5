"""The caseload across people: search and edit, its in-memory index, "À faire", tasks, GP
seekers, calendar."""
