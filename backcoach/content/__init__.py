"""Loads and validates exercise, routine and education files, with clear errors."""
