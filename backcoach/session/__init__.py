"""The session, pure: plan (routine -> timeline), machine (clock-driven state), cues."""
