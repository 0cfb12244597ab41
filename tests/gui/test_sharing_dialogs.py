"""File > Import... and Export... in the window: the dialogs answered by the test, the files
written, and the imported routine in the Routines list at once."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox, QMenu
from pytestqt.qtbot import QtBot
from support.samples import GOOD_EXERCISE, GOOD_ROUTINE, write

from backcoach.content.library import Library, load_content
from backcoach.content.problems import Problem
from backcoach.content.sharing.applying import Resolution
from backcoach.content.sharing.incoming import Incoming, plan_import
from backcoach.content.sharing.kinds import Kind
from backcoach.store.paths import AppPaths
from backcoach.ui.main_window import ROUTINES_TAB, MainWindow
from backcoach.ui.session.services import SessionServices
from backcoach.ui.sharing.export_dialogs import (
    ExportChoiceDialog,
    ExportFailed,
    ExportFile,
    ReplaceFiles,
)
from backcoach.ui.sharing.import_dialogs import ClashDialog, ImportFiles, ImportProblemsDialog


@pytest.fixture(autouse=True)
def no_unexpected_sharing_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"unexpected dialog: {args} {kwargs}")

    for owner, name in (
        (ImportFiles, "ask"),
        (ClashDialog, "ask"),
        (ImportProblemsDialog, "show_problems"),
        (ExportChoiceDialog, "ask"),
        (ExportFile, "ask"),
        (ReplaceFiles, "ask"),
        (ExportFailed, "show"),
    ):
        monkeypatch.setattr(owner, name, refuse)


@pytest.fixture
def window(
    open_window: Callable[[Library], MainWindow], services: SessionServices, paths: AppPaths
) -> MainWindow:
    services.content_paths = paths
    return open_window(load_content(paths))


def menu_action(window: MainWindow, text: str) -> None:
    for entry in window.menuBar().actions():
        menu = entry.menu()
        for action in menu.actions() if isinstance(menu, QMenu) else []:
            if action.text() == text:
                action.trigger()
                return
    raise AssertionError(f"no menu entry {text!r}")


def file_menu(window: MainWindow) -> QMenu:
    menu = window.menuBar().actions()[0].menu()
    assert isinstance(menu, QMenu)
    return menu


def routine_titles(window: MainWindow) -> list[str]:
    table = window.routine_list.table
    items = [table.topLevelItem(row) for row in range(table.topLevelItemCount())]
    return [item.text(0) for item in items if item is not None]


def test_the_file_menu_offers_import_and_export(window: MainWindow) -> None:
    texts = [action.text() for action in file_menu(window).actions()]
    assert texts[:2] == ["&Import routines or exercises...", "E&xport a routine or exercise..."]


def test_no_entries_without_the_users_folders(
    open_window: Callable[[Library], MainWindow], tiny_library: Library
) -> None:
    assert [a.text() for a in file_menu(open_window(tiny_library)).actions()] == ["&Quit"]


def test_import_puts_the_routine_in_the_list(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, paths: AppPaths
) -> None:
    window.routine_list  # noqa: B018 (built before, so it must be built anew)
    files = [write(tmp_path, "r.toml", GOOD_ROUTINE), write(tmp_path, "e.toml", GOOD_EXERCISE)]
    monkeypatch.setattr(ImportFiles, "ask", classmethod(lambda cls, parent: files))
    menu_action(window, "&Import routines or exercises...")
    assert "Test routine" in routine_titles(window)
    assert window.tabs.currentIndex() == ROUTINES_TAB
    current = window.routine_list.current_routine()
    assert current is not None and current.id == "test-routine"
    assert (paths.routines_dir / "test-routine.toml").is_file()
    assert "test-lift" in [e.id for e in window.library_pane.exercises]
    assert window.statusBar().currentMessage() == "test-lift imported; test-routine imported"
    assert window.start_routine_id("test-routine")  # it can be followed at once
    window.session.stop()


def test_a_clash_is_asked_and_renamed(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, paths: AppPaths
) -> None:
    gentle = window.library.routines["gentle-start"]
    text = GOOD_ROUTINE.replace("test-routine", "gentle-start").replace("test-lift", "bridge")
    source = write(tmp_path, "gentle.toml", text)
    monkeypatch.setattr(ImportFiles, "ask", classmethod(lambda cls, parent: [source]))
    asked: list[list[tuple[Kind, str, bool]]] = []

    def answer(
        cls: type, parent: object, clashing: Sequence[Incoming]
    ) -> dict[tuple[Kind, str], Resolution]:
        clashes = [incoming.clash for incoming in clashing if incoming.clash]
        asked.append([(c.kind, c.item_id, c.built_in) for c in clashes])
        return {(c.kind, c.item_id): Resolution.RENAME for c in clashes}

    monkeypatch.setattr(ClashDialog, "ask", classmethod(answer))
    menu_action(window, "&Import routines or exercises...")
    assert asked == [[(Kind.ROUTINE, "gentle-start", True)]]
    assert window.library.routines["gentle-start"] == gentle  # the built-in one stays
    assert window.library.routines["gentle-start-2"].title == "Test routine"
    assert routine_titles(window).count("Test routine") == 1
    assert window.statusBar().currentMessage() == "gentle-start imported as gentle-start-2"


def test_cancelling_the_clash_question_imports_nothing(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, paths: AppPaths
) -> None:
    source = write(tmp_path, "b.toml", GOOD_EXERCISE.replace("test-lift", "bridge"))
    monkeypatch.setattr(ImportFiles, "ask", classmethod(lambda cls, parent: [source]))
    monkeypatch.setattr(ClashDialog, "ask", classmethod(lambda cls, parent, clashing: None))
    menu_action(window, "&Import routines or exercises...")
    assert not paths.exercises_dir.exists()


def test_bad_files_are_listed_and_nothing_is_imported(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, paths: AppPaths
) -> None:
    bad = write(tmp_path, "bad.toml", 'id = "../../evil"\n')
    good = write(tmp_path, "good.toml", GOOD_EXERCISE)
    monkeypatch.setattr(ImportFiles, "ask", classmethod(lambda cls, parent: [good, bad]))
    shown: list[list[str]] = []

    def show(
        cls: type, parent: object, problems: Sequence[Problem], *, partly: bool = False
    ) -> None:
        assert not partly
        shown.append([str(problem) for problem in problems])

    monkeypatch.setattr(ImportProblemsDialog, "show_problems", classmethod(show))
    menu_action(window, "&Import routines or exercises...")
    assert len(shown) == 1
    assert any(line.startswith(f"{bad}:1: id: '../../evil' is not a valid id") for line in shown[0])
    assert not paths.data_dir.exists() or not list(paths.data_dir.rglob("*.toml"))


def test_the_clash_dialog_offers_the_three_answers(
    qtbot: QtBot, tmp_path: Path, paths: AppPaths
) -> None:
    source = write(tmp_path, "b.toml", GOOD_EXERCISE.replace("test-lift", "bridge"))
    plan = plan_import([source], load_content(paths))
    dialog = ClashDialog(list(plan.files))
    qtbot.addWidget(dialog)
    box = dialog.choices[(Kind.EXERCISE, "bridge")]
    assert isinstance(box, QComboBox)
    assert [box.itemText(i) for i in range(box.count())] == [
        "Import as a copy with a new name",
        "Use it instead of the built-in one",
        "Keep mine, leave it out",
    ]
    assert dialog.decisions() == {(Kind.EXERCISE, "bridge"): Resolution.RENAME}
    box.setCurrentIndex(2)
    assert dialog.decisions() == {(Kind.EXERCISE, "bridge"): Resolution.SKIP}


def test_export_writes_the_routine_and_its_own_exercise(
    open_window: Callable[[Library], MainWindow],
    services: SessionServices,
    paths: AppPaths,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    write(paths.exercises_dir, "lift.toml", GOOD_EXERCISE)
    write(paths.routines_dir, "r.toml", GOOD_ROUTINE)
    services.content_paths = paths
    window = open_window(load_content(paths))
    window.show_page(window.routine_list)
    window.routine_list.select_routine("test-routine")
    offered: list[tuple[Kind, str] | None] = []

    def choose(
        cls: type, parent: object, library: Library, current: tuple[Kind, str] | None
    ) -> tuple[Kind, str]:
        offered.append(current)
        return Kind.ROUTINE, "test-routine"

    out = tmp_path / "send" / "programme.toml"
    out.parent.mkdir()
    monkeypatch.setattr(ExportChoiceDialog, "ask", classmethod(choose))
    monkeypatch.setattr(ExportFile, "ask", classmethod(lambda cls, parent, suggested: out))
    menu_action(window, "E&xport a routine or exercise...")
    assert offered == [(Kind.ROUTINE, "test-routine")]  # what the user was looking at
    assert out.read_text(encoding="utf-8") == GOOD_ROUTINE
    assert (out.parent / "programme.test-lift.toml").read_text(encoding="utf-8") == GOOD_EXERCISE

    # Again: the user is asked, and "no" leaves the files as they are.
    out.write_text("mine", encoding="utf-8")
    asked: list[list[Path]] = []

    def refuse(cls: type, parent: object, paths: Sequence[Path]) -> bool:
        asked.append(list(paths))
        return False

    monkeypatch.setattr(ReplaceFiles, "ask", classmethod(refuse))
    menu_action(window, "E&xport a routine or exercise...")
    assert asked == [[out, out.parent / "programme.test-lift.toml"]]
    assert out.read_text(encoding="utf-8") == "mine"


def test_the_export_choice_lists_routines_and_exercises(qtbot: QtBot, paths: AppPaths) -> None:
    library = load_content(paths)
    dialog = ExportChoiceDialog(library, (Kind.EXERCISE, "bridge"))
    qtbot.addWidget(dialog)
    assert dialog.item.count() == len(library.routines) + len(library.exercises)
    assert dialog.chosen() == (Kind.EXERCISE, "bridge")
    assert dialog.item.itemText(0).startswith("Routine: ")


def test_an_import_keeps_the_exercise_page_and_its_own_exercise_buttons(
    open_window: Callable[[Library], MainWindow],
    services: SessionServices,
    paths: AppPaths,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """The library is shown again in the same page: the buttons of "your own exercises",
    the filters and the search stay, and the new exercise can be edited from there."""
    services.content_paths = paths
    services.exercises_dir = paths.exercises_dir
    services.routines_dir = paths.routines_dir
    window = open_window(load_content(paths))
    pane = window.library_pane
    new_button = window.own_exercises.new_button
    pane.search.setText("lift")
    files = [write(tmp_path, "r.toml", GOOD_ROUTINE), write(tmp_path, "e.toml", GOOD_EXERCISE)]
    monkeypatch.setattr(ImportFiles, "ask", classmethod(lambda cls, parent: files))
    menu_action(window, "&Import routines or exercises...")
    assert window.library_pane is pane and new_button.parent() is pane
    assert pane.search.text() == "lift"
    assert "test-lift" in [pane.proxy.exercise(row).id for row in range(pane.proxy.rowCount())]
    pane.select_exercise("test-lift")
    assert window.own_exercises.edit_button.isEnabled()  # the imported file is the user's own


def test_the_import_problems_dialog_lists_each_problem(qtbot: QtBot) -> None:
    problems = [Problem("a.toml", 3, "bad"), Problem("b.toml", 1, "worse")]
    dialog = ImportProblemsDialog(problems, partly=True)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Not imported"
    assert dialog.text.toPlainText() == "a.toml:3: bad\nb.toml:1: worse"
