"""phonenumbers without geocoding, carrier and time-zone data (replaces the contrib hook).

The contrib hook collects every submodule (~48 MB of source, 40 MB of it geodata).
CoordApp parses, validates and formats numbers only (coordapp/validation.py), which
loads the per-region metadata of ``phonenumbers.data`` (and ``shortdata``) by name.
"""

from PyInstaller.utils.hooks import collect_submodules

_UNUSED = ("geocoder", "geodata", "carrier", "carrierdata", "timezone", "tzdata")

hiddenimports = collect_submodules(
    "phonenumbers",
    filter=lambda name: not any(name == f"phonenumbers.{unused}"
                                or name.startswith(f"phonenumbers.{unused}.")
                                for unused in _UNUSED),
)
excludedimports = [f"phonenumbers.{unused}" for unused in _UNUSED]
