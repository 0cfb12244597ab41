"""Per-user storage: where files live, history and settings (no Qt)."""
