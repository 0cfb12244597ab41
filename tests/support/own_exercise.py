"""An exercise as a physiotherapist's sheet gives it, entered as a user's own."""

from __future__ import annotations

from backcoach.model import Breath, Category, Dose, Exercise, Phase, Position, Sides, SourceDose

# The form's keyboard test types it in (tests/gui/test_exercise_form.py); the round trip
# of a whole programme starts from it written to a user's folder.
KNEE_HUG = Exercise(
    id="knee-hug-one-leg",
    name="Knee hug, one leg",
    category=Category.STRETCH,
    position=Position.SUPINE,
    purpose="An exercise of your own.",
    setup=("Lie on your back with both knees bent.", "Feet flat on the floor."),
    phases=(
        Phase("Pull your {side} knee towards your chest", Breath.OUT, 2.0),
        Phase("Hold it there", Breath.NATURAL, hold=True),
        Phase("Lower your {side} leg", Breath.IN, 2.0),
    ),
    dose=Dose(sets=1, reps=3, hold_s=20.0, rest_s=30.0, sides=Sides.EACH),
    sources=(SourceDose("Physio sheet, March", "3 reps per side, hold 20 s"),),
    cautions=("Stop if pain spreads down a leg.",),
)
