"""Browsing: the exercise list and its filter, an exercise's detail, routines, reading."""
