"""Speech: cues rendered to WAV by an offline engine in a worker process, played on the beat.

Qt-free except the players (``pulse_player``, ``qt_player``, their ``player_signals``) and
``qt_speaker``; the command line never imports Qt.
"""
