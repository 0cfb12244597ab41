""" "This hurts" during a session: what the pain is like, asked plainly, and what it means."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


class HurtAnswer(StrEnum):
    SHARP = "sharp"
    SPREADING = "spreading"  # down a leg
    DULL = "dull"  # neither: an ache or stiffness the user can move within

    @property
    def stops_exercise(self) -> bool:
        """Sharp pain, or pain spreading down the leg, means stop that movement
        (CONTENT.md, pain monitoring); an ache that stays in the back does not."""
        return self is not HurtAnswer.DULL


@dataclass(frozen=True)
class HurtReport:
    item: int | None  # the routine item under way, None between exercises
    answer: HurtAnswer

    @property
    def sharp(self) -> bool:
        return self.answer is HurtAnswer.SHARP

    @property
    def spreading(self) -> bool:
        return self.answer is HurtAnswer.SPREADING


class HurtQuestion:
    """The question, as a classmethod that tests answer instead (like StopSessionQuestion)."""

    @classmethod
    def ask(cls, parent: QWidget | None, exercise: str) -> HurtAnswer | None:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("HurtQuestion", "This hurts"))
        box.setText(QCoreApplication.translate("HurtQuestion", "What is the pain like?"))
        what = (
            QCoreApplication.translate("HurtQuestion", "During {exercise}.").format(
                exercise=exercise
            )
            + " "
            if exercise
            else ""
        ) + QCoreApplication.translate(
            "HurtQuestion",
            "Sharp pain, or pain spreading down your leg, means stop this exercise. "
            "An ache that stays in your back: go on gently, within comfort.",
        )
        box.setInformativeText(what)
        answers = {
            box.addButton(
                QCoreApplication.translate("HurtQuestion", "&Sharp"),
                QMessageBox.ButtonRole.AcceptRole,
            ): HurtAnswer.SHARP,
            box.addButton(
                QCoreApplication.translate("HurtQuestion", "Spreads down my &leg"),
                QMessageBox.ButtonRole.AcceptRole,
            ): HurtAnswer.SPREADING,
            box.addButton(
                QCoreApplication.translate("HurtQuestion", "An &ache, go on"),
                QMessageBox.ButtonRole.AcceptRole,
            ): (HurtAnswer.DULL),
        }
        cancel = box.addButton(
            QCoreApplication.translate("HurtQuestion", "Never mind"),
            QMessageBox.ButtonRole.RejectRole,
        )
        box.setEscapeButton(cancel)
        box.setDefaultButton(cancel)  # a stray Enter from the floor changes nothing
        box.exec()
        clicked = box.clickedButton()
        return next((answer for button, answer in answers.items() if button is clicked), None)
