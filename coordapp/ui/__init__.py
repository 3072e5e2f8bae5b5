"""Qt desktop interface: widgets talk to services only."""
