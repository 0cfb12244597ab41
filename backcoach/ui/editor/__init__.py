"""Editors for the user's own routines and exercises."""
