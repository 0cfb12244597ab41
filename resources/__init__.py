"""Exercise, routine and education files shipped with backcoach."""
