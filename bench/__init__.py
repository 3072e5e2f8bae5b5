"""Performance benchmarks of CoordApp on cached demo databases (``make bench``)."""
