"""The first-run safety check: what backcoach is, the red-flag questions, the conditions."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from html import escape
from itertools import pairwise

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from backcoach.coach.red_flags import (
    RED_FLAGS,
    FlagLevel,
    Gate,
    level_of,
    red_flag,
    session_gate,
)
from backcoach.store.history import HistoryStore, SafetyProfile, utc_now
from backcoach.ui.look import callout_colour, mix, muted_colour

Clock = Callable[[], datetime]

INTRO, QUESTIONS, HELP_NOW, CONDITIONS = range(4)  # the pages, in the stack's order

# --- the words, each a literal translate() call so that pyside6-lupdate finds it -----------


def flag_question(flag_id: str) -> str:
    """The question for a red flag in the window's language (the same words as RED_FLAGS)."""
    questions = {
        "bladder-bowel": QCoreApplication.translate(
            "SafetyCheck",
            "Since the back pain began, have you lost control of your bladder or bowels?",
        ),
        "saddle-numbness": QCoreApplication.translate(
            "SafetyCheck", "Is there numbness around your genitals or your buttocks?"
        ),
        "both-legs": QCoreApplication.translate(
            "SafetyCheck", "Do both of your legs feel weak or numb?"
        ),
        "chest-pain": QCoreApplication.translate("SafetyCheck", "Do you have pain in your chest?"),
        "serious-fall": QCoreApplication.translate(
            "SafetyCheck", "Did the back pain start after a serious fall or an accident?"
        ),
        "unsteady-walking": QCoreApplication.translate(
            "SafetyCheck", "Has your walking become unsteady?"
        ),
        "fever": QCoreApplication.translate(
            "SafetyCheck", "Do you have a fever as well as the back pain?"
        ),
        "weight-loss": QCoreApplication.translate(
            "SafetyCheck", "Have you lost weight without trying to?"
        ),
        "cancer": QCoreApplication.translate("SafetyCheck", "Have you ever had cancer?"),
        "night-pain": QCoreApplication.translate(
            "SafetyCheck", "Is the pain there all the time, and worse at night?"
        ),
    }
    if flag_id in questions:
        return questions[flag_id]
    flag = red_flag(flag_id)  # a flag added to RED_FLAGS but not worded here yet: English
    return flag.question if flag is not None else flag_id


def advice_heading(level: FlagLevel) -> str:
    if level is FlagLevel.EMERGENCY:
        return QCoreApplication.translate("SafetyCheck", "Get medical help now")
    return QCoreApplication.translate("SafetyCheck", "Please see a doctor first")


def advice_steps(level: FlagLevel) -> list[str]:
    if level is FlagLevel.EMERGENCY:
        return [
            QCoreApplication.translate(
                "SafetyCheck",
                "Call your emergency number now (112 in Europe, 999 in the UK, 911 in the US "
                "and Canada), or go to the nearest emergency department (A&E).",
            ),
            QCoreApplication.translate("SafetyCheck", "Do not do any exercises for now."),
            QCoreApplication.translate(
                "SafetyCheck",
                "backcoach starts no session while this answer stands. If you ticked it by "
                "mistake, go back and change it.",
            ),
        ]
    return [
        QCoreApplication.translate(
            "SafetyCheck",
            "See a doctor in the next few days, before you exercise with backcoach.",
        ),
        QCoreApplication.translate(
            "SafetyCheck",
            "Once a doctor has checked you and said you may exercise, tick the box to say so; "
            "sessions can start then.",
        ),
    ]


def advice_why(level: FlagLevel) -> str:
    if level is FlagLevel.EMERGENCY:
        return QCoreApplication.translate(
            "SafetyCheck",
            "These signs can mean that a nerve or another part of the body needs care at once.",
        )
    return QCoreApplication.translate(
        "SafetyCheck",
        "Most of the time these signs have a harmless cause. Now and then they point to "
        "something other than a strained back, such as an infection or a fracture, which a "
        "doctor should rule out first.",
    )


def gate_text(gate: Gate) -> str:
    """Why sessions may or may not start, for the main window (status bar, a message)."""
    texts = {
        Gate.ALLOWED: QCoreApplication.translate("SafetyCheck", "You can start sessions."),
        Gate.FIRST_RUN_NEEDED: QCoreApplication.translate(
            "SafetyCheck", "Please answer the safety check before your first session."
        ),
        Gate.EMERGENCY: QCoreApplication.translate(
            "SafetyCheck",
            "No sessions for now: one of your answers needs medical help at once. If it was "
            "a mistake, change it under Settings, Safety check.",
        ),
        Gate.SEE_DOCTOR_FIRST: QCoreApplication.translate(
            "SafetyCheck",
            "Sessions start once a doctor has checked you: say so under Settings, Safety check.",
        ),
    }
    return texts[gate]


# --- the widgets ---------------------------------------------------------------------------


class YesNoBox(QCheckBox):
    """A yes/no answer: ticked is yes. Y and N answer it and move on to the next question,
    so the whole list can be answered from the keyboard; Space ticks or clears as ever."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text().casefold()
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        # The English letters always work, so a habit survives a change of language.
        if plain and text and text in {"y", self.tr("Y").casefold()}:
            self.setChecked(True)
            self.focusNextChild()
        elif plain and text and text in {"n", self.tr("N").casefold()}:
            self.setChecked(False)
            self.focusNextChild()
        else:
            super().keyPressEvent(event)


def _wrapped(text: str, parent: QWidget, *, rich: bool = False) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(True)
    return label


def _heading(text: str, parent: QWidget, scale: float = 1.4) -> QLabel:
    label = _wrapped(text, parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setAccessibleName(text)
    return label


class FirstRunDialog(QDialog):
    """Page 1 says what backcoach is and is not; page 2 asks the red flags; page 3 the
    conditions that bring cautions forward. An emergency answer leads instead to a page of
    what to do now, and is saved at once: however the dialog is then closed, no session
    starts until the answer is changed.

    ``review=True`` opens it later (from a menu) on the questions, prefilled. The answers
    are saved through ``store``; ``saved`` holds the profile last saved (None: nothing was),
    and ``profileSaved`` carries it."""

    profileSaved = Signal(object)  # noqa: N815 (Qt signal naming); a SafetyProfile

    def __init__(
        self,
        store: HistoryStore,
        parent: QWidget | None = None,
        *,
        review: bool = False,
        clock: Clock = utc_now,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunDialog")
        self.store = store
        self.clock = clock
        self.previous = store.safety_profile()
        self.review = review and self.previous is not None
        self.saved: SafetyProfile | None = None
        self.setWindowTitle(
            self.tr("Review your safety answers") if self.review else self.tr("Safety check")
        )
        self.setMinimumWidth(640)
        self._acknowledged_at = self.previous.disclaimer_acknowledged_at if self.previous else None
        self._checked_at: datetime | None = None
        # Answers of flags this version does not know (a newer backcoach saved them): kept
        # as they were, so that a review here does not quietly drop them.
        self._other_flags = {
            flag_id: yes
            for flag_id, yes in (self.previous.red_flags.items() if self.previous else ())
            if red_flag(flag_id) is None
        }

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._intro_page())
        self.pages.addWidget(self._questions_page())
        self.pages.addWidget(self._help_page())
        self.pages.addWidget(self._conditions_page())
        self.back_button = QPushButton(self.tr("&Back"), self)
        self.next_button = QPushButton(self)
        self.next_button.setDefault(True)  # Enter moves on from anywhere on the page
        self.cancel_button = QPushButton(
            self.tr("Cancel") if self.review else self.tr("Not now"), self
        )
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)

        self._fill_in(self.previous)
        self._set_tab_order()
        self._tint()
        self._show_page(QUESTIONS if self.review else INTRO)

    @classmethod
    def ask(
        cls,
        store: HistoryStore,
        parent: QWidget | None = None,
        *,
        review: bool = False,
        clock: Clock = utc_now,
    ) -> SafetyProfile | None:
        """Runs the check modally; the profile saved, or None. Tests monkeypatch this."""
        dialog = cls(store, parent, review=review, clock=clock)
        try:
            dialog.exec()
            return dialog.saved
        finally:
            dialog.deleteLater()

    # -- pages --------------------------------------------------------------------------

    def _intro_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("introPage")
        self.intro_heading = _heading(self.tr("Before you start"), page)
        paragraphs = [
            self.tr(
                "backcoach helps you look after your back yourself: it guides you through "
                "exercises and keeps track of how they go."
            ),
            self.tr(
                "It does not replace a doctor or a physiotherapist, and it cannot examine you. "
                "If you are not sure an exercise suits you, ask one of them first."
            ),
            self.tr("Stop any exercise that causes sharp pain, or pain that spreads down a leg."),
            self.tr("Next come a few short questions, to check that exercise is safe for you now."),
        ]
        self.intro_text = _wrapped(
            "".join(f"<p>{escape(text)}</p>" for text in paragraphs), page, rich=True
        )
        self.intro_text.setAccessibleName(" ".join(paragraphs))
        layout = QVBoxLayout(page)
        layout.addWidget(self.intro_heading)
        layout.addWidget(self.intro_text)
        layout.addStretch(1)
        return page

    def _questions_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("questionsPage")
        heading = _heading(self.tr("A few safety questions"), page)
        explain = _wrapped(
            self.tr(
                "Tick each one that is true for you now. Leave the others empty: empty means no."
            ),
            page,
        )
        keys = _wrapped(
            self.tr("Keys: Y for yes, N for no, Space to tick or clear, Tab to move on."), page
        )
        keys.setObjectName("keysHint")
        self.flag_boxes: dict[str, YesNoBox] = {}
        layout = QVBoxLayout(page)
        layout.addWidget(heading)
        layout.addWidget(explain)
        layout.addWidget(keys)
        layout.addSpacing(6)
        hint = self.tr("Tick for yes, leave empty for no. Y or N answers and moves on.")
        for flag in RED_FLAGS:
            box = YesNoBox(flag_question(flag.id), page)
            box.setObjectName(f"flag-{flag.id}")
            box.setAccessibleName(flag_question(flag.id))
            box.setAccessibleDescription(hint)
            box.toggled.connect(
                lambda checked, level=flag.level: self._flag_toggled(level, checked)
            )
            self.flag_boxes[flag.id] = box
            layout.addWidget(box)
        layout.addSpacing(6)
        emergency = FlagLevel.EMERGENCY
        self.emergency_note = _wrapped(
            f"<b>⚠ {escape(advice_heading(emergency))}.</b> {escape(advice_steps(emergency)[0])} "
            f"{escape(advice_steps(emergency)[1])}",
            page,
            rich=True,
        )
        self.emergency_note.setObjectName("emergencyNote")
        self.emergency_note.setAccessibleName(advice_heading(emergency))
        self.emergency_note.setAccessibleDescription(" ".join(advice_steps(emergency)[:2]))
        layout.addWidget(self.emergency_note)
        soon = FlagLevel.SEE_DOCTOR_SOON
        self.doctor_note = _wrapped(
            f"<b>{escape(advice_heading(soon))}.</b> {escape(advice_why(soon))} "
            + " ".join(escape(step) for step in advice_steps(soon)),
            page,
            rich=True,
        )
        self.doctor_note.setObjectName("doctorNote")
        self.doctor_note.setAccessibleName(advice_heading(soon))
        self.doctor_note.setAccessibleDescription(" ".join([advice_why(soon), *advice_steps(soon)]))
        self.checked_by_doctor = YesNoBox(
            self.tr("A doctor has checked me and said I may exercise"), page
        )
        self.checked_by_doctor.setObjectName("checkedByDoctor")
        self.checked_by_doctor.setAccessibleDescription(advice_steps(soon)[1])
        self.checked_by_doctor.toggled.connect(self._checked_toggled)
        layout.addWidget(self.doctor_note)
        layout.addWidget(self.checked_by_doctor)
        layout.addStretch(1)
        return page

    def _help_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("helpNowPage")
        level = FlagLevel.EMERGENCY
        self.help_heading = _heading("⚠ " + advice_heading(level), page, scale=1.8)
        self.help_heading.setAccessibleName(advice_heading(level))
        self.help_answers = _wrapped("", page, rich=True)
        self.help_answers.setObjectName("helpAnswers")
        steps = advice_steps(level)
        what_now = self.tr("What to do now:")  # outside the f-string: lupdate finds it
        self.help_steps = _wrapped(
            f"<p>{escape(what_now)}</p><ol>"
            + "".join(f"<li><b>{escape(step)}</b></li>" for step in steps[:2])
            + "</ol>"
            f"<p>{escape(steps[2])}</p><p>{escape(advice_why(level))}</p>",
            page,
            rich=True,
        )
        self.help_steps.setObjectName("helpSteps")
        self.help_steps.setAccessibleName(" ".join(steps))
        layout = QVBoxLayout(page)
        layout.addWidget(self.help_heading)
        layout.addWidget(self.help_answers)
        layout.addWidget(self.help_steps)
        layout.addStretch(1)
        return page

    def _conditions_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("conditionsPage")
        heading = _heading(self.tr("Anything else we should know?"), page)
        explain = _wrapped(
            self.tr(
                "These do not stop you exercising. Tick any that apply: each exercise that "
                "needs extra care for it then says so first."
            ),
            page,
        )
        layout = QVBoxLayout(page)
        layout.addWidget(heading)
        layout.addWidget(explain)
        layout.addSpacing(6)
        rows = [
            (
                self.tr(
                    "I have osteoporosis, have had a spinal fracture, or take steroid tablets "
                    "long-term"
                ),
                self.tr(
                    "Deep forward bending and twisting then show a caution first: go gently "
                    "and only part of the way."
                ),
            ),
            (
                self.tr("I am pregnant"),
                self.tr(
                    "Exercises lying face down, or arching the back against load, then ask "
                    "for your midwife's or doctor's word first."
                ),
            ),
            (
                self.tr("I have had back surgery recently"),
                self.tr(
                    "Exercises on the floor, and deep bending, twisting or arching, then ask "
                    "for your surgeon's go-ahead first."
                ),
            ),
        ]
        boxes = []
        self.condition_notes: list[QLabel] = []
        for text, note in rows:
            box = YesNoBox(text, page)
            box.setAccessibleName(text)
            box.setAccessibleDescription(note)
            note_label = _wrapped(note, page)
            note_label.setIndent(24)  # under the box's text, not under its tick
            self.condition_notes.append(note_label)
            boxes.append(box)
            layout.addWidget(box)
            layout.addWidget(note_label)
            layout.addSpacing(4)
        self.osteoporosis, self.pregnancy, self.back_surgery = boxes
        self.osteoporosis.setObjectName("osteoporosisFractureSteroids")
        self.pregnancy.setObjectName("pregnancy")
        self.back_surgery.setObjectName("recentBackSurgery")
        layout.addSpacing(6)
        self.gate_status = _wrapped("", page)
        self.gate_status.setObjectName("gateStatus")
        layout.addWidget(self.gate_status)
        layout.addStretch(1)
        return page

    # -- state --------------------------------------------------------------------------

    def _fill_in(self, profile: SafetyProfile | None) -> None:
        if profile is not None:
            for flag_id, box in self.flag_boxes.items():
                box.setChecked(bool(profile.red_flags.get(flag_id, False)))
            self.osteoporosis.setChecked(profile.osteoporosis_fracture_steroids)
            self.pregnancy.setChecked(profile.pregnancy)
            self.back_surgery.setChecked(profile.recent_back_surgery)
            # After the flags: ticking a flag above clears the confirmation (see below).
            self.checked_by_doctor.blockSignals(True)
            self.checked_by_doctor.setChecked(profile.clinician_checked_at is not None)
            self.checked_by_doctor.blockSignals(False)
            self._checked_at = profile.clinician_checked_at
        for box in (self.osteoporosis, self.pregnancy, self.back_surgery):
            box.toggled.connect(self._update)
        self._update()

    def _flag_toggled(self, level: FlagLevel, checked: bool) -> None:
        # A doctor's check covered the signs the user had then, not one ticked now.
        if checked and level is FlagLevel.SEE_DOCTOR_SOON:
            self.checked_by_doctor.setChecked(False)
        self._update()

    def _checked_toggled(self, checked: bool) -> None:
        self._checked_at = self.clock() if checked else None
        self._update()

    def _present(self, level: FlagLevel) -> bool:
        known = any(
            box.isChecked()
            for flag_id, box in self.flag_boxes.items()
            if level_of(flag_id) is level
        )
        return known or any(
            yes and level_of(flag_id) is level for flag_id, yes in self._other_flags.items()
        )

    def answers(self) -> SafetyProfile:
        """The profile as answered on screen so far (not saved)."""
        soon = self._present(FlagLevel.SEE_DOCTOR_SOON)
        checked = soon and self.checked_by_doctor.isChecked()
        return SafetyProfile(
            disclaimer_acknowledged_at=self._acknowledged_at,
            red_flags={
                **self._other_flags,
                **{flag_id: box.isChecked() for flag_id, box in self.flag_boxes.items()},
            },
            clinician_checked_at=(self._checked_at or self.clock()) if checked else None,
            osteoporosis_fracture_steroids=self.osteoporosis.isChecked(),
            pregnancy=self.pregnancy.isChecked(),
            recent_back_surgery=self.back_surgery.isChecked(),
        )

    def gate(self) -> Gate:
        """What the answers on screen would mean for sessions, were they saved now."""
        profile = self.answers()
        if profile.disclaimer_acknowledged_at is None:
            # Still on page 1: judge the answers alone (without reading the clock, whose
            # time is for what the user did).
            profile = replace(profile, disclaimer_acknowledged_at=datetime.fromtimestamp(0, UTC))
        return session_gate(profile)

    def _update(self) -> None:
        emergency = self._present(FlagLevel.EMERGENCY)
        soon = self._present(FlagLevel.SEE_DOCTOR_SOON)
        self.emergency_note.setVisible(emergency)
        # The emergency says all there is to say; the doctor's check would only distract.
        self.doctor_note.setVisible(soon and not emergency)
        self.checked_by_doctor.setVisible(soon and not emergency)
        gate = self.gate()
        if gate is Gate.SEE_DOCTOR_FIRST:
            self.gate_status.setText(
                self.tr(
                    "Your answers will be saved, but sessions start only once a doctor has "
                    "checked you: go back and tick the box when they have."
                )
            )
        else:
            self.gate_status.setText(self.tr("All set: you can start sessions."))
        self._update_buttons()

    # -- moving between pages -----------------------------------------------------------

    @property
    def page(self) -> int:
        return self.pages.currentIndex()

    def go_next(self) -> None:
        if self.page == INTRO:
            self._acknowledged_at = self.clock()
            self._show_page(QUESTIONS)
        elif self.page == QUESTIONS:
            if self._present(FlagLevel.EMERGENCY):
                # Saved before the page shows: closing it any way leaves sessions blocked.
                self._save()
                self._show_page(HELP_NOW)
            else:
                self._show_page(CONDITIONS)
        else:  # HELP_NOW (already saved) or CONDITIONS
            if self.page == CONDITIONS:
                self._save()
            self.accept()

    def go_back(self) -> None:
        if self.page in (HELP_NOW, CONDITIONS):
            self._show_page(QUESTIONS)
        elif self.page == QUESTIONS:
            self._show_page(INTRO)

    def _show_page(self, page: int) -> None:
        if page == HELP_NOW:
            said = [
                flag_question(flag.id)
                for flag in RED_FLAGS
                if flag.level is FlagLevel.EMERGENCY and self.flag_boxes[flag.id].isChecked()
            ]
            answered = self.tr("You answered yes to:")  # outside the f-string: lupdate
            self.help_answers.setText(
                f"<p>{escape(answered)}</p><ul>"
                + "".join(f"<li>{escape(text)}</li>" for text in said)
                + "</ul>"
            )
        self.pages.setCurrentIndex(page)
        self._update_buttons()
        first = {
            INTRO: self.next_button,
            QUESTIONS: self.flag_boxes[RED_FLAGS[0].id],
            HELP_NOW: self.next_button,
            CONDITIONS: self.osteoporosis,
        }[page]
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_buttons(self) -> None:
        page = self.page
        self.back_button.setVisible(page != INTRO and not (self.review and page == QUESTIONS))
        # The emergency answer is saved by then: "Not now" would suggest it was not.
        self.cancel_button.setVisible(page != HELP_NOW)
        if page == INTRO:
            self.next_button.setText(self.tr("I &understand"))
        elif page == QUESTIONS:
            self.next_button.setText(self.tr("&Next"))
        elif page == HELP_NOW:
            self.next_button.setText(self.tr("&Close"))
        else:
            self.next_button.setText(self.tr("&Save") if self.review else self.tr("&Finish"))
        # A screen reader hears what to do now with the one button on the emergency page.
        self.next_button.setAccessibleDescription(
            " ".join(advice_steps(FlagLevel.EMERGENCY)[:2]) if page == HELP_NOW else ""
        )

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            *self.flag_boxes.values(),
            self.checked_by_doctor,
            self.osteoporosis,
            self.pregnancy,
            self.back_surgery,
            self.back_button,
            self.next_button,
            self.cancel_button,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _save(self) -> None:
        self.saved = self.store.save_safety_profile(self.answers())
        self.profileSaved.emit(self.saved)

    # -- looks --------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._tint()  # the notes' colours come from the palette: follow a theme change

    def _tint(self) -> None:
        palette = self.palette()
        base = palette.color(palette.ColorRole.Base)
        # Mixed into the theme's own base colour, so the text keeps its contrast in light
        # and dark themes alike; red for "now", the highlight tint for "soon".
        urgent = mix(base, QColor(220, 30, 30), 0.22).name()
        box = "padding: 10px; border-radius: 4px;"
        self.emergency_note.setStyleSheet(f"QLabel {{ background: {urgent}; {box} }}")
        self.doctor_note.setStyleSheet(f"QLabel {{ background: {callout_colour(palette)}; {box} }}")
        self.help_heading.setStyleSheet(f"QLabel {{ background: {urgent}; {box} }}")
        muted = muted_colour(palette)
        for label in self.condition_notes:
            label.setStyleSheet(f"QLabel {{ color: {muted}; }}")
