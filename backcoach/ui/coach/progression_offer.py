"""One progression offer in plain words, with Accept and Not now, answered through signals."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from backcoach.coach.progression import Direction, Reason
from backcoach.coach.progression_flow import Offer, Outcome, OutcomeKind
from backcoach.model import Dose
from backcoach.ui.player.phase import sized_font
from backcoach.ui.wording import dose_text, minutes_text, quoted, seconds_text

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
OUR_KEYS = (*ENTER_KEYS, Qt.Key.Key_Escape)


class ProgressionOffer(QWidget):
    """Shows the offers it is given one at a time; Enter (or Alt+P) accepts, Escape (or
    Alt+N) says not now. It changes nothing itself: the owner answers each signal with
    ``show_outcome``, which says what happened and moves on to the next offer."""

    accepted = Signal(object)  # the Offer the user said yes to
    declined = Signal(object)  # the Offer the user said "not now" to

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._offers: list[Offer] = []
        self._waiting = False  # an answer went out; no second one until its outcome
        self.setObjectName("progressionOffer")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.question = QLabel(self)
        self.question.setObjectName("offerQuestion")
        self.question.setWordWrap(True)
        self.question.setFont(sized_font(self, 1.3, bold=True))
        self.detail = QLabel(self)
        self.detail.setObjectName("offerDetail")
        self.detail.setWordWrap(True)
        self.result = QLabel(self)
        self.result.setObjectName("offerResult")
        self.result.setWordWrap(True)
        # Alt+P: Alt+A is the summary's "Do it again", beside which this sits.
        self.accept_button = QPushButton(self.tr("Acce&pt"), self)
        self.accept_button.setObjectName("offerAccept")
        self.not_now_button = QPushButton(self.tr("&Not now"), self)
        self.not_now_button.setObjectName("offerNotNow")
        for button in (self.accept_button, self.not_now_button):
            button.setFont(sized_font(self, 1.2))
            button.setMinimumHeight(44)
            button.installEventFilter(self)  # Enter and Escape reach us from the buttons too
        self.accept_button.clicked.connect(self.accept)
        self.not_now_button.clicked.connect(self.decline)
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.not_now_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.result)
        layout.addWidget(self.question)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        self._show_current()

    # -- what the owner calls ------------------------------------------------------------

    @property
    def current(self) -> Offer | None:
        return self._offers[0] if self._offers else None

    def set_offers(self, offers: Sequence[Offer]) -> None:
        """The offers to put to the user, first one shown; none hides the widget."""
        self._offers = list(offers)
        self._waiting = False
        self.result.clear()
        self._show_current()

    def show_outcome(self, outcome: Outcome) -> None:
        """Says what became of the answered offer, then shows the next one, if any."""
        self._offers = [o for o in self._offers if o.decision_id != outcome.offer.decision_id]
        self._waiting = False
        self.result.setText(self.outcome_text(outcome))
        self._show_current()  # the result stays readable after the last offer

    def accept(self) -> None:
        self._answer(accept=True)

    def decline(self) -> None:
        self._answer(accept=False)

    # -- words ----------------------------------------------------------------------------

    def question_text(self, offer: Offer) -> str:
        """E.g. "Bridge went well in your last 3 sessions: try 12 reps instead of 10?"."""
        proposal, name = offer.proposal, offer.exercise_name
        new = self._amount(proposal.new_dose, proposal.old_dose)
        if proposal.direction is Direction.UP:
            # "went well": what the rule saw is completed sessions with little pain.
            return self.tr(
                "{name} went well in your last {count} sessions: try {new} instead of {old}?"
            ).format(
                name=name,
                count=offer.sessions_counted,
                new=new,
                old=self._amount(proposal.old_dose, proposal.new_dose),
            )
        if proposal.reason is Reason.HURT:
            return self.tr("{name} hurt during your last session: go down to {new}?").format(
                name=name, new=new
            )
        if proposal.reason is Reason.WORSE_NEXT_DAY:
            return self.tr("Your back was worse the next day: go down to {new} for {name}?").format(
                name=name, new=new
            )
        return self.tr(
            "Your back hurt after your last session: go down to {new} for {name}?"
        ).format(name=name, new=new)

    def detail_text(self, offer: Offer) -> str:
        now = self.tr("Now: {dose}.").format(dose=dose_text(offer.proposal.old_dose))
        if offer.copy_is_new:
            where = self.tr(
                "A yes saves the change in your own copy, {title}; the original stays as it is."
            ).format(title=quoted(offer.copy_title))
        else:
            where = self.tr("A yes saves the change in your routine {title}.").format(
                title=quoted(offer.copy_title)
            )
        return f"{now} {where}"

    def outcome_text(self, outcome: Outcome) -> str:
        name = outcome.offer.exercise_name
        if outcome.kind is OutcomeKind.APPLIED:
            title = outcome.routine.title if outcome.routine else outcome.offer.copy_title
            saved = self.tr("Saved: {name} is now {dose}.").format(
                name=name, dose=dose_text(outcome.offer.proposal.new_dose)
            )
            if outcome.offer.copy_is_new:
                return (
                    saved
                    + " "
                    + self.tr("Start {title} next time to use it.").format(title=quoted(title))
                )
            return saved
        if outcome.kind is OutcomeKind.DECLINED:
            return self.tr("{name} stays as it is.").format(name=name)
        if outcome.kind is OutcomeKind.STALE:
            return self.tr("The routine changed since this was suggested, so nothing was changed.")
        return self.tr("Your routine could not be saved ({why}), so nothing was changed.").format(
            why=outcome.detail
        )

    def _amount(self, dose: Dose, other: Dose) -> str:
        """The part of ``dose`` that differs from ``other``: "12 reps", "3 sets of 8"."""
        if dose.duration_s is not None and dose.duration_s != other.duration_s:
            return minutes_text(dose.duration_s)
        if dose.hold_s is not None and dose.hold_s != other.hold_s:
            return self.tr("holds of {n} seconds").format(n=seconds_text(dose.hold_s))
        if dose.sets != other.sets:
            return self._sets(dose, reps_changed=dose.reps != other.reps)
        if dose.reps == 1:
            return self.tr("1 rep")
        return self.tr("{n} reps").format(n=dose.reps)

    def _sets(self, dose: Dose, *, reps_changed: bool) -> str:
        if reps_changed:  # a set more starts again at fewer reps: say both
            return self.tr("{n} sets of {reps}").format(n=dose.sets, reps=dose.reps)
        if dose.sets == 1:
            return self.tr("1 set")
        return self.tr("{n} sets").format(n=dose.sets)

    # -- showing and keys -----------------------------------------------------------------

    def _show_current(self) -> None:
        offer = self.current
        for part in (self.question, self.detail, self.accept_button, self.not_now_button):
            part.setVisible(offer is not None)
        self.result.setVisible(bool(self.result.text()))
        self.accept_button.setEnabled(offer is not None)
        self.not_now_button.setEnabled(offer is not None)
        if offer is None:
            self.setVisible(bool(self.result.text()))
            return
        self.question.setText(self.question_text(offer))
        self.detail.setText(self.detail_text(offer))
        self.setAccessibleName(self.question.text())
        self.setVisible(True)

    def _answer(self, *, accept: bool) -> None:
        offer = self.current
        if offer is None or self._waiting:
            return
        self._waiting = True  # a double click or a held key answers once
        self.accept_button.setEnabled(False)
        self.not_now_button.setEnabled(False)
        (self.accepted if accept else self.declined).emit(offer)

    def _takes(self, event: QEvent) -> bool:
        """A plain Enter or Escape while an offer is shown: ours, not the window's keys."""
        return (
            isinstance(event, QKeyEvent)
            and self.current is not None
            and event.key() in OUR_KEYS
            and event.modifiers()
            in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        )

    def _key(self, event: QKeyEvent) -> None:
        # Escape is always "not now"; Enter on a button presses that button, else accepts.
        if event.key() == Qt.Key.Key_Escape or self.not_now_button.hasFocus():
            self.decline()
        else:
            self.accept()

    def event(self, event: QEvent) -> bool:
        # A window shortcut on Enter or Escape (start now, leave floor view) would win over
        # keyPressEvent; accepting the override keeps the key for the offer.
        if event.type() == QEvent.Type.ShortcutOverride and self._takes(event):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._takes(event):
            self._key(event)
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched in (self.accept_button, self.not_now_button) and self._takes(event):
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()
                return True
            if event.type() == QEvent.Type.KeyPress:
                assert isinstance(event, QKeyEvent)
                self._key(event)
                return True
        return super().eventFilter(watched, event)
