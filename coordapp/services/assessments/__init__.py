"""Assessments: the AGGIR grid and its coding, the Zarit interviews, the complex situation."""
