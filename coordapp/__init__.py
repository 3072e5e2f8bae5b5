"""CoordApp: offline, encrypted care-coordination caseload and PPCS plans."""

__version__ = "0.1.0"
