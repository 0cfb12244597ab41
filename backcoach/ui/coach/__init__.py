"""The coach in the window: progression offers the user accepts or declines."""
