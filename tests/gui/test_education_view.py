"""The education topics: about-this-app and red flags first, each topic's text on selection."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from backcoach.content.library import Library
from backcoach.ui.library.education_view import EducationView


def test_topics_listed_in_order_with_text(qtbot: QtBot, small_library: Library) -> None:
    view = EducationView(small_library.topics)
    qtbot.addWidget(view)
    titles = [view.titles.item(row).text() for row in range(view.titles.count())]
    assert titles == [
        "About this app",
        "Red flags: when to stop and get help",
        "Sitting and standing posture",
    ]
    text = view.text.toPlainText()
    assert "It guides your exercise; it does not replace a clinician." in text
    assert "“Lower Back Pain Relief Exercises (Step by Step)”" in text
    view.select_topic("red-flags")
    text = view.text.toPlainText()
    assert "Loss of bladder or bowel control needs help at once." in text
    assert "About this app" not in text


def test_no_topics(qtbot: QtBot) -> None:
    view = EducationView([])
    qtbot.addWidget(view)
    assert view.titles.count() == 0
    assert "No topics are installed." in view.text.toPlainText()
