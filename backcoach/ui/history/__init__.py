"""The history page: streaks, minutes, a practice calendar, the pain chart, export and report."""
