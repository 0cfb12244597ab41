"""backcoach: a desktop coach for lower back pain."""

__version__ = "0.1.0"
APP_ID = "io.github.backcoach.BackCoach"
