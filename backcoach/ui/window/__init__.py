"""The main window's parts: its pages and tabs, menus, floor view, saved layout and coach links."""
