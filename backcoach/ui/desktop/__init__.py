"""The desktop around the window: keeping the screen awake, MPRIS media keys."""
