"""How long passing news stays in the window's status bar."""

STATUS_MS = 15_000
