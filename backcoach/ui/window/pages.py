"""The window's tabs: which page is where, and a page put in when it is first built."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QTabWidget, QWidget

LIBRARY_TAB, ROUTINES_TAB, LEARN_TAB, SESSION_TAB, HISTORY_TAB = 0, 1, 2, 3, 4
# The window's property that builds each page put off at start (see MainWindow).
LAZY_PAGES = {
    ROUTINES_TAB: "routine_list",
    LEARN_TAB: "education",
    SESSION_TAB: "player",
    HISTORY_TAB: "history_view",
}


def tab_texts() -> list[str]:
    """The tabs' texts, in tab order (in the window's translation context)."""
    return [
        QCoreApplication.translate("MainWindow", "&Exercises"),
        QCoreApplication.translate("MainWindow", "&Routines"),
        QCoreApplication.translate("MainWindow", "&Learn"),
        QCoreApplication.translate("MainWindow", "&Session"),
        QCoreApplication.translate("MainWindow", "H&istory"),  # Alt+H is the Help menu
    ]


def install_page(tabs: QTabWidget, index: int, page: QWidget, text: str) -> None:
    """Puts the built ``page`` in place of the empty one in tab ``index``."""
    placeholder = tabs.widget(index)
    current = tabs.currentIndex()
    blocked = tabs.blockSignals(True)
    # Inserted before the empty page goes: a page shown meanwhile stays shown.
    tabs.insertTab(index, page, text)
    tabs.removeTab(index + 1)
    tabs.setCurrentIndex(current)
    tabs.blockSignals(blocked)
    if placeholder is not None:
        placeholder.deleteLater()


def run_one_per_turn(steps: list[Callable[[], object]]) -> None:
    """Runs ``steps`` one per turn of the event loop, so that a key or a click in between
    is not kept waiting for all of them."""

    def next_step() -> None:
        if steps:
            steps.pop(0)()
            QTimer.singleShot(0, next_step)

    QTimer.singleShot(0, next_step)
