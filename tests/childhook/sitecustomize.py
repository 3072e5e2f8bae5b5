"""Imported by Python at start-up in child processes the test suite launches (this folder
is first on their PYTHONPATH): gives them the suite's cheap key derivation."""

try:
    import fast_kdf
except ImportError:  # coordapp not importable from this interpreter: nothing to do
    pass
else:
    fast_kdf.install()
