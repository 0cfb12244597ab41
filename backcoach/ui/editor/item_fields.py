"""The fields of the chosen entry: an exercise's dose changes and note, or a rest's length."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QWidget,
)

from backcoach.content.routine_draft import (
    Checked,
    Refusal,
    check_override,
    check_text,
    default_value,
    fits_exercise,
    names_a_side,
    read_number,
    shown_number,
)
from backcoach.model import Exercise, RestItem, RoutineEntry, RoutineItem, Sides
from backcoach.ui.editor.checked_field import CheckedField

NOTE_LIMIT = 600


class ItemFields(QStackedWidget):
    """Page 0: nothing chosen; 1: an exercise; 2: a rest. Every good value is signalled
    at once (the editor turns it into an undoable change); a refused one is not."""

    overrideChanged = Signal(str, object)  # noqa: N815 (Qt signal naming) -- field, value
    noteChanged = Signal(str)  # noqa: N815
    restChanged = Signal(float)  # noqa: N815
    refusedChanged = Signal()  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.exercise: Exercise | None = None
        self.addWidget(QLabel(self.tr("Choose an exercise or a rest in the list."), self))
        self.addWidget(self._exercise_page())
        self.addWidget(self._rest_page())

    def _labels(self) -> dict[str, str]:
        return {
            "sets": self.tr("Sets"),
            "reps": self.tr("Repetitions"),
            "hold_s": self.tr("Hold (seconds)"),
            "rest_s": self.tr("Rest between sets (seconds)"),
            "duration_s": self.tr("Duration (seconds)"),
            "tempo": self.tr("Tempo of the moves"),
        }

    def _exercise_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name = QLabel(page)
        self.name.setObjectName("itemName")
        form.addRow(self.name)
        self.fields: dict[str, CheckedField] = {}
        for name, label in self._labels().items():
            field = CheckedField(partial(self._check, name), name, page)
            field.taken.connect(partial(self.overrideChanged.emit, name))
            field.refusedChanged.connect(lambda _refused: self.refusedChanged.emit())
            self.fields[name] = field
            form.addRow(label, field)
        self.fields["tempo"].edit.setToolTip(
            self.tr("1 as written, 1.5 slower, 0.75 quicker (0.5 to 2); holds keep their time")
        )
        self.sides = QComboBox(page)
        self.sides.setObjectName("sides")
        self.sides.activated.connect(self._sides_chosen)
        form.addRow(self.tr("Sides"), self.sides)
        self.note = CheckedField(
            lambda text: check_text(text, NOTE_LIMIT, required=False), "note", page
        )
        self.note.taken.connect(lambda value: self.noteChanged.emit(str(value)))
        self.note.refusedChanged.connect(lambda _refused: self.refusedChanged.emit())
        self.note.edit.setPlaceholderText(self.tr("A remark shown with this exercise"))
        form.addRow(self.tr("Note"), self.note)
        return page

    def _rest_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.rest = CheckedField(self._check_rest, "rest", page)
        self.rest.taken.connect(self._rest_taken)
        self.rest.refusedChanged.connect(lambda _refused: self.refusedChanged.emit())
        form.addRow(self.tr("Rest (seconds, 5 to 600)"), self.rest)
        return page

    def _check(self, name: str, text: str) -> Checked:
        assert self.exercise is not None
        return check_override(name, text, self.exercise)

    @staticmethod
    def _check_rest(text: str) -> Checked:
        checked = read_number("rest", text)
        if checked.ok and checked.value is None:  # a rest has no default to fall back on
            return Checked(None, Refusal.EMPTY)
        return checked

    def _rest_taken(self, value: object) -> None:
        assert isinstance(value, float)
        self.restChanged.emit(value)

    @property
    def refused(self) -> bool:
        fields = [*self.fields.values(), self.note, self.rest]
        return any(field.refused for field in fields)

    def show_entry(
        self, entry: RoutineEntry | None, exercise: Exercise | None, keep: str = ""
    ) -> None:
        """Shows ``entry``'s values; the field named ``keep`` is the one being typed in and
        keeps its text (rewriting it would move the cursor under the user's fingers)."""
        if isinstance(entry, RestItem):
            self.setCurrentIndex(2)
            if keep != "rest":
                self.rest.set_text(shown_number(entry.seconds))
            return
        if not isinstance(entry, RoutineItem) or exercise is None:
            self.exercise = None
            self.setCurrentIndex(0)
            return
        self.exercise = exercise
        self.setCurrentIndex(1)
        self.name.setText(f"<b>{exercise.name}</b>")
        for name, field in self.fields.items():
            applies = fits_exercise(name, _probe(name), exercise) is None
            field.setEnabled(applies)
            field.edit.setPlaceholderText(shown_number(default_value(exercise, name)))
            if keep != name:
                field.set_text(shown_number(getattr(entry.override, name)))
        if keep != "note":
            self.note.set_text(entry.note)
        self._fill_sides(exercise, entry.override.sides)

    def _fill_sides(self, exercise: Exercise, chosen: Sides | None) -> None:
        self.sides.clear()
        own = {
            Sides.NONE: self.tr("both at once"),
            Sides.EACH: self.tr("each side in turn"),
            Sides.ALTERNATE: self.tr("sides taken in turn, rep by rep"),
        }
        self.sides.addItem(
            self.tr("As the exercise: {sides}").format(sides=own[exercise.dose.sides]), None
        )
        choices = [Sides.EACH, Sides.ALTERNATE]
        if not names_a_side(exercise):  # an exercise that names a side is done on each
            choices.insert(0, Sides.NONE)
        for sides in choices:
            self.sides.addItem(own[sides], sides)
        self.sides.setCurrentIndex(max(0, self.sides.findData(chosen)) if chosen else 0)
        self.sides.setEnabled(not exercise.dose.is_timed_activity)

    def _sides_chosen(self, index: int) -> None:
        self.overrideChanged.emit("sides", self.sides.itemData(index))

    def focus_first(self) -> None:
        target: QLineEdit = self.rest.edit if self.currentIndex() == 2 else self.fields["sets"].edit
        target.setFocus()


def _probe(name: str) -> object:
    """A value that stands for "anything typed" when asking whether a field applies."""
    return Sides.EACH if name == "sides" else 1
