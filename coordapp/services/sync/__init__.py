"""Working with colleagues: bundles, the roster, the team, the shared folder."""
