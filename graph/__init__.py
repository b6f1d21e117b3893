"""The citation graph."""
