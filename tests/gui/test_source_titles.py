"""Source articles show by title and site, never by their file name (issue #14, item 6)."""

from __future__ import annotations

from dataclasses import replace

from pytestqt.qtbot import QtBot

from backcoach.content.library import Library
from backcoach.content.sources import SourceArticle, SourceCatalogue, built_in_sources
from backcoach.model import SourceDose
from backcoach.ui.library.exercise_detail import ExerciseDetail
from backcoach.ui.wording import source_title

CATALOGUE = SourceCatalogue(
    {
        "a.txt": SourceArticle("a.txt", "Move <more>", "Example Site"),
        "b.txt": SourceArticle("b.txt", "No site given"),
    }
)


def test_a_title_in_quotation_marks_with_its_site() -> None:
    assert source_title("a.txt", CATALOGUE) == "“Move <more>”, Example Site"
    assert source_title("b.txt", CATALOGUE) == "“No site given”"
    # A user's own exercise may cite any file: it shows as named.
    assert source_title("my-physio.txt", CATALOGUE) == "my-physio.txt"


def test_the_built_in_articles_by_title(qtbot: QtBot) -> None:
    sources = built_in_sources()
    assert source_title("004_d08cac96adc0c623.txt", sources) == (
        "“Exercises to help release back pain”, CitySpidey"
    )


def test_the_exercise_detail_lists_sources_by_title(qtbot: QtBot, small_library: Library) -> None:
    bridge = replace(
        small_library.exercise("bridge"),
        sources=(SourceDose("a.txt", "15 reps"), SourceDose("b.txt", "3 reps")),
    )
    detail = ExerciseDetail(sources=CATALOGUE)
    qtbot.addWidget(detail)
    detail.show_exercise(bridge)
    text = detail.toPlainText()
    assert "“Move <more>”, Example Site: 15 reps" in text  # escaped, shown as written
    assert "“No site given”: 3 reps" in text
    assert ".txt" not in text


def test_the_built_in_catalogue_is_the_default(qtbot: QtBot, small_library: Library) -> None:
    detail = ExerciseDetail()
    qtbot.addWidget(detail)
    detail.show_exercise(small_library.exercise("bridge"))
    text = detail.toPlainText()
    assert "“Exercise Will Help You Relieve Lower Back Pain”: 15 reps, 3 sets" in text
    assert "000_080fa8705ae22a61.txt" not in text
