"""The plan dialog: which routine, on which days, at what time, and starting at login."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from PySide6.QtCore import QLocale, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from backcoach.model import Routine
from backcoach.store.plan import Plan


class PlanDialog(QDialog):
    """Everything in reach of the keyboard: Tab through, Space ticks, Enter saves."""

    def __init__(
        self,
        plan: Plan,
        routines: Mapping[str, Routine],
        *,
        tray_available: bool,
        language: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Plan and reminders"))
        self.plan = plan
        locale = QLocale(language)

        self.enabled = QCheckBox(self.tr("&Remind me to do my exercises"), self)
        self.enabled.setChecked(plan.enabled)

        self.routine = QComboBox(self)
        for routine in sorted(routines.values(), key=lambda r: locale.toLower(r.title)):
            self.routine.addItem(routine.title, routine.id)
        index = self.routine.findData(plan.routine_id)
        self.routine.setCurrentIndex(max(index, 0))

        days = QWidget(self)
        day_row = QHBoxLayout(days)
        day_row.setContentsMargins(0, 0, 0, 0)
        self.days: list[QCheckBox] = []
        for weekday in range(7):  # Qt counts Monday as 1, Python as 0
            box = QCheckBox(locale.dayName(weekday + 1, QLocale.FormatType.ShortFormat), days)
            box.setChecked(weekday in plan.weekdays)
            box.setAccessibleName(locale.dayName(weekday + 1, QLocale.FormatType.LongFormat))
            day_row.addWidget(box)
            self.days.append(box)

        self.time = QTimeEdit(QTime(plan.at.hour, plan.at.minute), self)
        self.time.setDisplayFormat("HH:mm")

        self.autostart = QCheckBox(self.tr("Start backcoach when I &log in"), self)
        self.autostart.setChecked(plan.autostart)

        form = QFormLayout()
        form.addRow(self.tr("R&outine:"), self.routine)
        days_label = QLabel(self.tr("On &days:"), self)
        days_label.setBuddy(self.days[0])
        form.addRow(days_label, days)
        form.addRow(self.tr("At &time:"), self.time)
        note = QLabel(
            self.tr(
                "The reminder comes while backcoach is running; closing the window keeps it "
                "in the system tray. Starting it when you log in makes sure it runs."
            )
            if tray_available
            else self.tr(
                "The reminder comes while backcoach is running; there is no system tray "
                "here, so keep the window open (minimised is fine)."
            ),
            self,
        )
        note.setWordWrap(True)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.enabled)
        layout.addLayout(form)
        layout.addWidget(self.autostart)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.enabled.toggled.connect(self._enable)
        self._enable(plan.enabled)
        self.enabled.setFocus()

    def _enable(self, on: bool) -> None:
        for widget in (self.routine, self.time, *self.days):
            widget.setEnabled(on)

    def chosen(self) -> Plan:
        picked = self.time.time()
        return replace(
            self.plan,
            routine_id=str(self.routine.currentData() or self.plan.routine_id),
            weekdays=frozenset(day for day, box in enumerate(self.days) if box.isChecked()),
            at=self.plan.at.replace(hour=picked.hour(), minute=picked.minute()),
            enabled=self.enabled.isChecked(),
            autostart=self.autostart.isChecked(),
        )

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        plan: Plan,
        routines: Mapping[str, Routine],
        *,
        tray_available: bool,
        language: str = "en",
    ) -> Plan | None:
        """The plan chosen, or None when cancelled."""
        dialog = cls(
            plan, routines, tray_available=tray_available, language=language, parent=parent
        )
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.chosen() if accepted else None
        finally:
            dialog.deleteLater()
