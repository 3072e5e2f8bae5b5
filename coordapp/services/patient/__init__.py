"""One person's file: identity origin, requests, follow-up, discharge, consent, history, rights."""
