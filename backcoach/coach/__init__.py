"""The coach's judgement, Qt-free: pain and practice trends, stepping a routine up or back."""
