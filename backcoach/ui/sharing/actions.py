"""File > Import... and File > Export...: the dialogs in order, the domain's sharing code
between them, and the window shown the library as it is after an import."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu

from backcoach.content.library import Library, load_content
from backcoach.content.sharing.applying import Action, ImportResult, apply_import
from backcoach.content.sharing.exporting import ExportError, ExportExistsError, export_item
from backcoach.content.sharing.incoming import plan_import
from backcoach.content.sharing.kinds import Kind
from backcoach.store.paths import AppPaths
from backcoach.ui.sharing.export_dialogs import (
    ExportChoiceDialog,
    ExportFailed,
    ExportFile,
    ReplaceFiles,
)
from backcoach.ui.sharing.import_dialogs import ClashDialog, ImportFiles, ImportProblemsDialog

if TYPE_CHECKING:
    from backcoach.ui.main_window import MainWindow

STATUS_MS = 15_000


class SharingActions(QObject):
    def __init__(
        self,
        window: MainWindow,
        paths: AppPaths,
        reload: Callable[[], Library] | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.paths = paths
        self.reload = reload or (lambda: load_content(paths, window.services.language))

    def add_to(self, menu: QMenu) -> None:
        self.import_action = menu.addAction(self.tr("&Import routines or exercises..."))
        self.import_action.triggered.connect(self.import_files)
        self.export_action = menu.addAction(self.tr("E&xport a routine or exercise..."))
        self.export_action.triggered.connect(self.export_item)

    # -- import -------------------------------------------------------------------------

    def import_files(self) -> ImportResult | None:
        """Asks for files, checks them, asks about clashes, imports: what happened, or
        None when nothing was imported."""
        window = self.window
        files = ImportFiles.ask(window)
        if not files:
            return None
        plan = plan_import(files, window.library)
        if not plan.ok:
            ImportProblemsDialog.show_problems(window, plan.problems)
            return None
        decisions = {}
        if plan.clashes:
            clashing = [incoming for incoming in plan.files if incoming.clash is not None]
            answer = ClashDialog.ask(window, clashing)
            if answer is None:
                return None
            decisions = answer
        result = apply_import(plan, self.paths, window.library, decisions)
        written = [item for item in result.imported if item.action is not Action.SKIPPED]
        if written:
            library = self.reload()
            window.show_library(library)
            # A routine rather than the exercises that came with it: that is what is followed.
            first = next((i for i in written if i.kind is Kind.ROUTINE), written[0])
            self._show_first(first.kind, first.item_id)
        if result.problems:
            ImportProblemsDialog.show_problems(window, result.problems, partly=bool(written))
        else:
            window.statusBar().showMessage(self._summary(result), STATUS_MS)
        return result

    def _show_first(self, kind: Kind, item_id: str) -> None:
        window = self.window
        if kind is Kind.ROUTINE and item_id in window.library.routines:
            window.show_page(window.routine_list)
            window.routine_list.select_routine(item_id)
        elif item_id in window.library.exercises:
            window.show_page(window.library_pane)
            window.library_pane.select_exercise(item_id)

    def _summary(self, result: ImportResult) -> str:
        parts = []
        for item in result.imported:
            if item.action is Action.SKIPPED:
                parts.append(self.tr("{0} kept as it was").format(item.original_id))
            elif item.action is Action.RENAMED:
                parts.append(self.tr("{0} imported as {1}").format(item.original_id, item.item_id))
            elif item.action is Action.REPLACED:
                parts.append(self.tr("{0} replaced").format(item.item_id))
            elif item.action is Action.OVERRIDES_BUILT_IN:
                parts.append(
                    self.tr("{0} now used instead of the built-in one").format(item.item_id)
                )
            else:
                parts.append(self.tr("{0} imported").format(item.item_id))
        return "; ".join(parts)

    # -- export -------------------------------------------------------------------------

    def export_item(self) -> list[Path] | None:
        """Asks what and where, asks before replacing anything: the files written, or None."""
        window = self.window
        chosen = ExportChoiceDialog.ask(window, window.library, self._current())
        if chosen is None:
            return None
        kind, item_id = chosen
        dest = ExportFile.ask(window, Path.home() / f"{item_id}.toml")
        if dest is None:
            return None
        try:
            try:
                written = export_item(window.library, item_id, dest, kind=kind)
            except ExportExistsError as there:
                if not ReplaceFiles.ask(window, there.paths):
                    return None
                written = export_item(window.library, item_id, dest, kind=kind, overwrite=True)
        except ExportError as error:
            ExportFailed.show(window, str(error))
            return None
        except OSError as error:
            ExportFailed.show(
                window, self.tr("Cannot write {0}: {1}").format(dest, error.strerror or error)
            )
            return None
        paths = [file.path for file in written]
        window.statusBar().showMessage(
            self.tr("Exported to {0}").format(", ".join(str(path) for path in paths)), STATUS_MS
        )
        return paths

    def _current(self) -> tuple[Kind, str] | None:
        """What the user is looking at: the routine on the Routines page, else the exercise."""
        from backcoach.ui.main_window import ROUTINES_TAB  # noqa: PLC0415 (no import cycle)

        window = self.window
        if window.tabs.currentIndex() == ROUTINES_TAB:
            routine = window.routine_list.current_routine()
            if routine is not None:
                return Kind.ROUTINE, routine.id
        exercise = window.library_pane.detail.exercise
        return (Kind.EXERCISE, exercise.id) if exercise is not None else None
