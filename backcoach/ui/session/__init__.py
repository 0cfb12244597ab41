"""One session in the window: its driver (time), control, display values and get-ready."""
