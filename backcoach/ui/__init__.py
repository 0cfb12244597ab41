"""Qt lives only here: the windows, panes, views and dialogs of the desktop app."""
