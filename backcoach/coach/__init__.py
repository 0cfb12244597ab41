"""The coach's judgement, Qt-free: trends in pain and practice, and when to step a routine up or back."""
