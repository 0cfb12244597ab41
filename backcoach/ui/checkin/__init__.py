"""Check-ins: how the back feels before, after and the day after a session."""
