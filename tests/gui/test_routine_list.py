"""The routine list: titles with real lengths, and the chosen routine's plan in words."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from backcoach.content.library import Library
from backcoach.session.plan import plan_routine
from backcoach.ui.library.routine_list import RoutineList


def make_list(qtbot: QtBot, library: Library) -> RoutineList:
    routines = RoutineList(library.routines, library.exercises)
    qtbot.addWidget(routines)
    return routines


def rows(routines: RoutineList) -> list[tuple[str, str]]:
    table = routines.table
    items = [table.topLevelItem(row) for row in range(table.topLevelItemCount())]
    return [(item.text(0), item.text(1)) for item in items if item is not None]


def test_titles_with_lengths_from_the_planner(qtbot: QtBot, small_library: Library) -> None:
    routines = make_list(qtbot, small_library)
    starter = plan_routine(small_library.routines["starter"], small_library.exercises).total_s
    # Walking alone is 10 minutes, so the starter routine is longer than that.
    assert starter > 600
    minutes, seconds = divmod(round(starter), 60)
    assert ("Starter routine", f"{minutes}:{seconds:02d}") in rows(routines)
    assert len(rows(routines)) == 2
    assert all(length != "0:00" for _title, length in rows(routines))


def test_first_routine_is_described(qtbot: QtBot, small_library: Library) -> None:
    routines = make_list(qtbot, small_library)
    routines.select_routine("starter")
    text = routines.detail.toPlainText()
    for expected in [
        "Starter routine",
        "A gentle start: strength first, then a walk.",
        "How often: once a day",
        "20 s rest between exercises",
        "Bridge: 2 sets of 10, hold 5 s, 60 s rest between sets",  # the routine's own dose
        "Squeeze first, then lift.",
        "Walking: 10 minutes",
        "“Exercise Will Help You Relieve Lower Back Pain”",  # the source by its title
    ]:
        assert expected in text, expected
    minutes = round(
        plan_routine(small_library.routines["starter"], small_library.exercises).total_s / 60
    )
    assert f"Takes about {minutes} minutes" in text
    routines.select_routine("stretch-break")
    text = routines.detail.toPlainText()
    assert "Hamstring stretch: 2 repetitions each side, hold 30 s" in text
    assert "Starter routine" not in text


def test_no_routines(qtbot: QtBot, small_library: Library) -> None:
    routines = RoutineList({}, small_library.exercises)
    qtbot.addWidget(routines)
    assert rows(routines) == []
    assert "No routines yet." in routines.detail.toPlainText()
