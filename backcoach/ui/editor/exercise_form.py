"""A form for an exercise of one's own: quick to fill by keyboard, checked as the loader
checks a file, each problem shown at its field, saved in the documented exercise format."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, SignalInstance
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from backcoach.content.exercise_file import HOLD_SECONDS, REPS, REST_SECONDS, SETS
from backcoach.content.exercise_writer import (
    ExerciseNotWritableError,
    check_exercise,
    delete_exercise,
    exercise_id_for,
    problem_field,
    routines_using,
    write_exercise,
)
from backcoach.content.library import Library
from backcoach.content.problems import Problem
from backcoach.figures.animation import key_pose
from backcoach.figures.catalog import PoseCatalog, built_in_catalog
from backcoach.figures.figure_view import FigureView
from backcoach.model import Breath, Category, Dose, Exercise, Phase, Position, Sides, SourceDose
from backcoach.ui.editor.loader_reasons import reason_text
from backcoach.ui.editor.phase_rows import PhaseRows
from backcoach.ui.wording import category_label, dose_text, position_label

DEFAULT_HOLD_S = 5.0
DEFAULT_REST_S = 30.0
DEFAULT_SETS, DEFAULT_REPS = 2, 10
DEFAULT_MINUTES = 10
MINUTES = (1, 240)  # a timed activity: the loader's 60 s to 4 h
PROBLEM_STYLE = "color: #c0392b;"  # red that reads on light and dark backgrounds
# The form's fields that can have a problem, in the order they are shown.
FIELDS = (
    "name",
    "category",
    "position",
    "purpose",
    "setup",
    "phases",
    "dose",
    "cautions",
    "source",
)
# Where each top-level field of the file is shown in the form.
FIELD_OF_KEY = {
    "id": "name",
    "name": "name",
    "category": "category",
    "position": "position",
    "purpose": "purpose",
    "setup": "setup",
    "phases": "phases",
    "dose": "dose",
    "cautions": "cautions",
    "sources": "source",
}


@dataclass(frozen=True)
class FormOutcome:
    """What the form did: saved (or deleted) the exercise with this id, in this file."""

    exercise_id: str
    path: Path
    deleted: bool = False


class DeleteExerciseQuestion:
    """Asks before a file of the user's is removed; tests answer instead."""

    @classmethod
    def ask(cls, parent: QWidget | None, name: str) -> bool:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("ExerciseForm", "Delete exercise"))
        box.setText(
            QCoreApplication.translate(
                "ExerciseForm", "Delete your exercise “{name}”? Its file is removed."
            ).format(name=name)
        )
        delete = box.addButton(
            QCoreApplication.translate("ExerciseForm", "Delete"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        keep = box.addButton(
            QCoreApplication.translate("ExerciseForm", "Keep it"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(keep)  # a stray Enter keeps the file
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is delete


def _lines(edit: QPlainTextEdit) -> tuple[str, ...]:
    return tuple(line.strip() for line in edit.toPlainText().splitlines() if line.strip())


class ExerciseForm(QDialog):
    """A new exercise (``exercise`` None) or one of the user's own, prefilled. Save stays
    off while anything is wrong; each reason is shown under its field."""

    def __init__(  # noqa: PLR0915 (one field after another: splitting hides the form)
        self,
        library: Library,
        folder: Path,
        exercise: Exercise | None = None,
        parent: QWidget | None = None,
        *,
        catalog: PoseCatalog | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.folder = folder
        self.original = exercise
        self.catalog = catalog
        self.outcome: FormOutcome | None = None
        self.problems: dict[str, list[str]] = {}
        self._touched: set[str] = set()
        self._ordered_rows = -1  # the phase rows the tab order was last set for
        self.setWindowTitle(
            self.tr("New exercise") if exercise is None else self.tr("Edit your exercise")
        )

        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("e.g. Knee to chest"))
        self.name.setMaxLength(120)  # the loader's limit is 80: over it gets its reason
        self.category = QComboBox(self)
        for category in Category:
            self.category.addItem(category_label(category), category.value)
        self.position = QComboBox(self)
        for position in Position:
            self.position.addItem(position_label(position), position.value)
        self.purpose = QLineEdit(self)
        self.purpose.setPlaceholderText(self.tr("What it does for your back (may stay empty)"))
        self.setup = self._text_box(self.tr("One step per line: how to get into position"))
        self.phases = PhaseRows(self)
        self.sets = self._spin(SETS, DEFAULT_SETS)
        self.reps = self._spin(REPS, DEFAULT_REPS)
        self.hold = self._seconds(HOLD_SECONDS, DEFAULT_HOLD_S)
        self.rest = self._seconds(REST_SECONDS, DEFAULT_REST_S)
        self.sides = QComboBox(self)
        self.sides.addItem(self.tr("no sides"), Sides.NONE.value)
        self.sides.addItem(self.tr("each side in turn"), Sides.EACH.value)
        self.sides.addItem(self.tr("sides alternating"), Sides.ALTERNATE.value)
        self.timed = QCheckBox(self.tr("&Timed activity (walking, cycling): no phases"), self)
        self.minutes = self._spin(MINUTES, DEFAULT_MINUTES)
        self.minutes.setSuffix(self.tr(" min"))
        self.cautions = self._text_box(self.tr("One per line: when to take care or stop"))
        self.source = QLineEdit(self)
        self.source.setPlaceholderText(self.tr("e.g. My physiotherapist, March (may stay empty)"))
        self.file_label = QLabel(self)
        self.file_label.setObjectName("exerciseFile")
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.figure = FigureView(self)
        self.figure.setMinimumSize(220, 160)
        self.figure.setAccessibleName(self.tr("The starting position"))
        self.general = self._problem_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.delete_button: QPushButton | None = None
        if exercise is not None:
            self.delete_button = self.buttons.addButton(
                self.tr("&Delete..."), QDialogButtonBox.ButtonRole.DestructiveRole
            )
            self.delete_button.clicked.connect(self.delete)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.labels = {key: self._problem_label() for key in FIELDS}

        self._lay_out()
        if exercise is None:
            self._start_new()
        else:
            self._show(exercise)
        self._connect()
        self.refresh()
        self.name.setFocus()

    # -- building ---------------------------------------------------------------------

    def _text_box(self, placeholder: str) -> QPlainTextEdit:
        box = QPlainTextEdit(self)
        box.setPlaceholderText(placeholder)
        box.setTabChangesFocus(True)  # filled by keyboard: Tab goes on to the next field
        box.setFixedHeight(box.fontMetrics().lineSpacing() * 4 + 12)
        return box

    def _spin(self, limits: tuple[int, int], value: int) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(*limits)
        spin.setValue(value)
        return spin

    def _seconds(self, limits: tuple[float, float], value: float) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(self)
        spin.setRange(*limits)
        spin.setDecimals(0)
        spin.setSuffix(self.tr(" s"))
        spin.setValue(value)
        return spin

    def _problem_label(self) -> QLabel:
        label = QLabel(self)
        label.setStyleSheet(PROBLEM_STYLE)
        label.setWordWrap(True)
        label.hide()
        return label

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        def row(text: str, widget: QWidget | QGridLayout, key: str) -> None:
            label = QLabel(text, self)
            if isinstance(widget, QWidget):
                label.setBuddy(widget)
                form.addRow(label, widget)
            else:
                form.addRow(label, widget)
            form.addRow("", self.labels[key])

        row(self.tr("&Name"), self.name, "name")
        row(self.tr("&Category"), self.category, "category")
        row(self.tr("&Position"), self.position, "position")
        row(self.tr("P&urpose"), self.purpose, "purpose")
        row(self.tr("Get into position (&steps)"), self.setup, "setup")
        form.addRow(QLabel(self.tr("Each repetition (p&hases)"), self), self.phases)
        form.addRow("", self.labels["phases"])
        dose = QGridLayout()
        for column, (text, widget) in enumerate(
            [
                (self.tr("S&ets"), self.sets),
                (self.tr("&Reps"), self.reps),
                (self.tr("H&old"), self.hold),
                (self.tr("Rest between se&ts"), self.rest),
            ]
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            dose.addWidget(label, 0, 2 * column)
            dose.addWidget(widget, 0, 2 * column + 1)
        sides_label = QLabel(self.tr("S&ides"), self)
        sides_label.setBuddy(self.sides)
        dose.addWidget(sides_label, 1, 0)
        dose.addWidget(self.sides, 1, 1, 1, 3)
        dose.addWidget(self.timed, 2, 0, 1, 5)
        dose.addWidget(self.minutes, 2, 5, 1, 2)
        form.addRow(QLabel(self.tr("How much"), self), dose)
        form.addRow("", self.labels["dose"])
        row(self.tr("C&autions"), self.cautions, "cautions")
        row(self.tr("Sou&rce"), self.source, "source")

        side = QVBoxLayout()
        side.addWidget(self.figure, 1)
        hint = QLabel(
            self.tr("Your exercise is drawn in its starting position."), self, wordWrap=True
        )
        side.addWidget(hint)
        side.addWidget(self.file_label)
        fields = QVBoxLayout()
        fields.addLayout(form)
        fields.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(fields, 3)
        body.addLayout(side, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)
        self.resize(920, 600)

    def _order_tabs(self) -> None:
        """Tab goes down the form as it reads, through each phase row, then to Save."""
        order: list[QWidget] = [self.name, self.category, self.position, self.purpose]
        order += [self.setup, *self.phases.focus_chain(), self.sets, self.reps, self.hold]
        order += [self.rest, self.sides, self.timed, self.minutes, self.cautions, self.source]
        order += [self.save_button]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self._ordered_rows = len(self.phases.rows)

    def _start_new(self) -> None:
        """The common shape of a back exercise: move, hold, move back."""
        self.position.setCurrentIndex(self.position.findData(Position.SUPINE.value))
        self.phases.set_phases(
            (
                Phase("", Breath.OUT, 2.0),
                Phase("", Breath.NATURAL, hold=True),
                Phase("", Breath.IN, 2.0),
            )
        )

    def _show(self, exercise: Exercise) -> None:
        self.name.setText(exercise.name)
        self.category.setCurrentIndex(self.category.findData(exercise.category.value))
        self.position.setCurrentIndex(self.position.findData(exercise.position.value))
        self.purpose.setText(exercise.purpose)
        self.setup.setPlainText("\n".join(exercise.setup))
        self.phases.set_phases(exercise.phases)
        dose = exercise.dose
        self.timed.setChecked(dose.is_timed_activity)
        if dose.duration_s is not None:
            self.minutes.setValue(round(dose.duration_s / 60))
        self.sets.setValue(dose.sets)
        self.reps.setValue(dose.reps)
        if dose.hold_s is not None:
            self.hold.setValue(dose.hold_s)
        self.rest.setValue(dose.rest_s)
        self.sides.setCurrentIndex(self.sides.findData(dose.sides.value))
        self.cautions.setPlainText("\n".join(exercise.cautions))
        if exercise.sources:
            self.source.setText(exercise.sources[0].file)
        self._touched = set(self.labels)  # what was loaded is judged at once

    def _connect(self) -> None:
        signals: list[tuple[str, SignalInstance]] = [
            ("name", self.name.textChanged),
            ("category", self.category.currentIndexChanged),
            ("position", self.position.currentIndexChanged),
            ("purpose", self.purpose.textChanged),
            ("setup", self.setup.textChanged),
            ("phases", self.phases.changed),
            ("cautions", self.cautions.textChanged),
            ("source", self.source.textChanged),
            ("dose", self.sides.currentIndexChanged),
            ("dose", self.timed.toggled),
        ]
        signals += [
            ("dose", spin.valueChanged)
            for spin in (self.sets, self.reps, self.hold, self.rest, self.minutes)
        ]
        for key, signal in signals:
            signal.connect(lambda *_args, key=key: self._edited(key))

    def _edited(self, key: str) -> None:
        self._touched.add(key)
        self.refresh()

    # -- the exercise the form describes ------------------------------------------------

    def exercise(self) -> Exercise:
        """What the fields say now, ready to check and write."""
        original = self.original
        name = self.name.text().strip()
        timed = self.timed.isChecked()
        phases = () if timed else self.phases.phases()
        has_hold = any(phase.hold for phase in phases)
        if timed:
            dose = Dose(duration_s=float(self.minutes.value() * 60))
        else:
            dose = Dose(
                sets=self.sets.value(),
                reps=self.reps.value(),
                hold_s=self.hold.value() if has_hold else None,
                rest_s=self.rest.value(),
                sides=Sides(self.sides.currentData()),
            )
        note = self.source.text().strip()
        if original is not None and original.sources and note == original.sources[0].file:
            sources = original.sources  # unchanged: whatever doses they gave stay
        else:
            sources = (SourceDose(note, dose_text(dose)),) if note else ()
        purpose = self.purpose.text().strip() or self.tr("An exercise of your own.")
        values = {
            "name": name,
            "category": Category(self.category.currentData()),
            "position": Position(self.position.currentData()),
            "purpose": purpose,
            "setup": _lines(self.setup),
            "phases": phases,
            "dose": dose,
            "cautions": _lines(self.cautions),
            "sources": sources,
        }
        if original is not None:
            # Aliases, equipment, tips, variants... stay as the file had them.
            return replace(original, **values)  # type: ignore[arg-type]
        return Exercise(
            id=exercise_id_for(name, self.library.exercises),
            origin="",
            **values,  # type: ignore[arg-type]
        )

    # -- checking -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Checks the exercise as `backcoach check` would and shows each reason at its field."""
        exercise = self.exercise()
        problems = check_exercise(exercise)
        self.problems = self._by_field(problems)
        for key, label in self.labels.items():
            reasons = self.problems.get(key, [])
            label.setText("\n".join(reasons))
            label.setVisible(bool(reasons) and key in self._touched)
        self.general.setText("\n".join(self.problems.get("", [])))
        self.general.setVisible(bool(self.problems.get("")))
        self.save_button.setEnabled(not problems)
        waiting = sorted(key for key in self.problems if key)
        self.save_button.setToolTip(
            self.tr("First fix: {fields}").format(fields=", ".join(waiting)) if waiting else ""
        )
        if len(self.phases.rows) != self._ordered_rows:
            self._order_tabs()
        timed = self.timed.isChecked()
        self.phases.setEnabled(not timed)
        for widget in (self.sets, self.reps, self.rest, self.sides):
            widget.setEnabled(not timed)
        self.hold.setEnabled(not timed and any(row.is_hold for row in self.phases.rows))
        self.minutes.setEnabled(timed)
        self.file_label.setText(
            self.tr("Saved as {file}").format(file=f"{exercise.id}.toml")
            if self.original is None
            else self.tr("Saved in {file}").format(file=Path(self.original.origin).name)
        )
        self._show_figure(exercise)

    def _by_field(self, problems: list[Problem]) -> dict[str, list[str]]:
        shown: dict[str, list[str]] = {}
        row_problems: dict[int, str] = {}
        for problem in problems:
            path, reason = problem_field(problem)
            reason = reason_text(reason)
            key = FIELD_OF_KEY.get(str(path[0]), "") if path else ""
            if key in ("setup", "cautions") and len(path) > 1 and isinstance(path[1], int):
                reason = self.tr("line {number}: {reason}").format(
                    number=path[1] + 1, reason=reason
                )
            elif key == "phases" and len(path) > 1 and isinstance(path[1], int):
                row_problems.setdefault(path[1], reason)
                reason = self.tr("phase {number}: {reason}").format(
                    number=path[1] + 1, reason=reason
                )
            elif key == "dose" and len(path) > 1:
                reason = f"{path[1]}: {reason}"
            shown.setdefault(key, []).append(reason)
        self.phases.show_problems(row_problems)
        return shown

    def _show_figure(self, exercise: Exercise) -> None:
        poses = (self.catalog or built_in_catalog()).for_exercise(exercise)
        if poses is None:
            self.figure.clear()
        else:
            self.figure.show_pose(poses, key_pose(poses, poses.start))

    # -- saving and deleting --------------------------------------------------------------

    def save(self) -> None:
        exercise = self.exercise()
        try:
            path = write_exercise(exercise, self.folder, others=self.library.exercises)
        except ExerciseNotWritableError as error:
            self.problems = self._by_field(error.problems)
            self._touched = set(self.labels)
            self.general.setText(str(error))
            self.general.show()
            return
        except OSError as error:
            self.general.setText(
                self.tr("Could not save: {reason}").format(reason=error.strerror or error)
            )
            self.general.show()
            return
        self.outcome = FormOutcome(exercise.id, path)
        self.accept()

    def delete(self) -> None:
        original = self.original
        if original is None:
            return
        users = routines_using(original.id, self.library.routines.values())
        if users:
            self.general.setText(
                self.tr(
                    "Not deleted: the routines {titles} use it. Take it out of them first."
                ).format(titles=", ".join(f"“{routine.title}”" for routine in users))
            )
            self.general.show()
            return
        if not DeleteExerciseQuestion.ask(self, original.name):
            return
        try:
            path = delete_exercise(original, self.folder, self.library.routines.values())
        except (ExerciseNotWritableError, OSError) as error:
            self.general.setText(self.tr("Not deleted: {reason}").format(reason=str(error)))
            self.general.show()
            return
        self.outcome = FormOutcome(original.id, path, deleted=True)
        self.accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        library: Library,
        folder: Path,
        exercise: Exercise | None = None,
    ) -> FormOutcome | None:
        """What was saved or deleted, or None when the user cancelled."""
        dialog = cls(library, folder, exercise, parent)
        try:
            dialog.exec()
            return dialog.outcome
        finally:
            dialog.deleteLater()
