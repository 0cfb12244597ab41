"""The safety check: the first-run dialog (and its review from the menu) and its wording."""
