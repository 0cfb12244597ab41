"""The exercise detail: every part of an exercise in words, escaped, in any palette."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QColor, QPalette
from pytestqt.qtbot import QtBot

from backcoach.content.library import Library
from backcoach.model import Exercise
from backcoach.ui.library.exercise_detail import ExerciseDetail


def detail_text(qtbot: QtBot, exercise: Exercise) -> str:
    detail = ExerciseDetail()
    qtbot.addWidget(detail)
    detail.show_exercise(exercise)
    return detail.toPlainText()


def test_bridge_in_full(qtbot: QtBot, small_library: Library) -> None:
    text = detail_text(qtbot, small_library.exercise("bridge"))
    for expected in [
        "Bridge",
        "Also called: glute bridge, hip lift",
        "Strength · Lying on your back · Mat",
        "Works: glutes, hamstrings, lower back",
        "Strengthens the buttocks so they carry load",
        "3 sets of 15, hold 3 s, 60 s rest between sets",
        "Lie on your back, knees bent, feet flat.",
        "Lift your hips (breathe out, 2 s)",
        "Shoulders, hips and knees in one line.",
        "Hold at the top (keep breathing, hold 3 s)",
        "Lower your hips slowly (breathe in, 2 s)",
        "⚠ Take care",
        "Stop if pain spreads down a leg.",
        "Harder: Single-leg bridge. Lift on one leg, the other knee straight.",
        "Press down through your heels.",
        "“Exercise Will Help You Relieve Lower Back Pain”: 15 reps, 3 sets, 1 minute rest",
        "“Exercises to relieve lower back pain”, Hello Doctor: 15 reps, 3 rounds",
        "Your own exercise, from ",
    ]:
        assert expected in text, expected
    # Sections come in the order someone doing the exercise needs them.
    order = ["How much", "Get into position", "Each repetition", "Take care", "Sources"]
    positions = [text.index(heading) for heading in order]
    assert positions == sorted(positions)
    # Setup steps are numbered.
    detail = ExerciseDetail()
    qtbot.addWidget(detail)
    detail.show_exercise(small_library.exercise("bridge"))
    assert "<ol" in detail.toHtml()


def test_sides_timed_activity_and_conditions(qtbot: QtBot, small_library: Library) -> None:
    hamstring = detail_text(qtbot, small_library.exercise("hamstring-stretch"))
    assert "2 repetitions each side, hold 30 s" in hamstring
    assert "Lean forward over your left leg (breathe out, 4 s)" in hamstring
    walking = detail_text(qtbot, small_library.exercise("walking"))
    assert "How much\n10 minutes" in walking
    assert "Each repetition" not in walking  # a timed activity has no phases
    cat_cow = detail_text(qtbot, small_library.exercise("cat-cow"))
    assert "8 repetitions" in cat_cow
    assert "This movement puts body weight on the hands (wrist load)." in cat_cow
    assert "Mobility · On hands and knees · Mat · Towel" in cat_cow


def test_text_from_files_is_escaped(qtbot: QtBot, small_library: Library) -> None:
    bridge = small_library.exercise("bridge")
    sneaky = replace(bridge, name="A <b>bold</b> & <script>x</script>", purpose="1 < 2 > 0")
    text = detail_text(qtbot, sneaky)
    assert "A <b>bold</b> & <script>x</script>" in text
    assert "1 < 2 > 0" in text


def test_colours_follow_the_palette(qtbot: QtBot, small_library: Library) -> None:
    detail = ExerciseDetail()
    qtbot.addWidget(detail)
    detail.show_exercise(small_library.exercise("bridge"))
    light_html = detail.toHtml()
    dark = QPalette()
    dark.setColor(QPalette.ColorRole.Base, QColor("#202020"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#f0f0f0"))
    dark.setColor(QPalette.ColorRole.Highlight, QColor("#3070c0"))
    detail.setPalette(dark)  # re-renders on the palette change
    dark_html = detail.toHtml()
    assert dark_html != light_html
    assert "Stop if pain spreads down a leg." in detail.toPlainText()
    # The caution box is a dark tint in the dark palette, so light text stays readable.
    tint = QColor(dark_html.split('bgcolor="')[1][:7])
    assert tint.lightnessF() < 0.35


def test_no_match_then_an_exercise_again(qtbot: QtBot, small_library: Library) -> None:
    detail = ExerciseDetail()
    qtbot.addWidget(detail)
    detail.show_no_match()
    assert "No exercise matches" in detail.toPlainText()
    detail.show_exercise(small_library.exercise("walking"))
    assert "No exercise matches" not in detail.toPlainText()
    assert detail.exercise is not None
