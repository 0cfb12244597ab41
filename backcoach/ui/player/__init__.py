"""The player's views: intro, live step, figure, controls, summary, floor view, keys."""
