"""Plan and reminders in the window and the tray: the plan dialog, the timer, the tray icon."""
