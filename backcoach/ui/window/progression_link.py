"""The progression offer in the window: a step up or back, offered on the session's summary."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QVBoxLayout

if TYPE_CHECKING:
    from backcoach.coach.progression_flow import Offer, ProgressionFlow
    from backcoach.ui.coach.progression_offer import ProgressionOffer
    from backcoach.ui.main_window import MainWindow


class ProgressionLink:
    """Offers a step up or back on the summary once the pain after is given, and carries
    out the user's answer. Built with the player, which is built after the first paint."""

    flow: ProgressionFlow
    offer: ProgressionOffer

    def __init__(self, window: MainWindow, routines_dir: Path) -> None:
        from backcoach.coach.progression_flow import ProgressionFlow  # noqa: PLC0415
        from backcoach.ui.coach.progression_offer import ProgressionOffer  # noqa: PLC0415

        self.window = window
        self.flow = ProgressionFlow(
            window.services.history,
            window.library,
            routines_dir,
            copy_label=QCoreApplication.translate("MainWindow", "yours"),
        )
        summary = window.player.summary
        offer = self.offer = ProgressionOffer(summary)
        layout = summary.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(summary.pain) + 1, offer)
        offer.set_offers([])
        # On the next turn of the event loop: the history keeps the score first.
        summary.pain.chosen.connect(lambda _score: QTimer.singleShot(0, self.offer_step))
        window.session.stageChanged.connect(lambda _stage: offer.set_offers([]))
        offer.accepted.connect(self.accept)
        offer.declined.connect(lambda o: offer.show_outcome(self.flow.decline(o)))

    def offer_step(self) -> None:
        from backcoach.ui.session.control import Stage  # noqa: PLC0415

        session = self.window.session
        timeline = session.timeline
        if timeline is None or session.stage is not Stage.ENDED:
            return
        routine = self.window.library.routines.get(timeline.routine.id)
        if routine is None:  # one exercise played alone: nothing to change
            return
        self.offer.set_offers(self.flow.offers(routine))
        if self.offer.current is not None:
            self.offer.setFocus()

    def accept(self, offer: Offer) -> None:
        outcome = self.flow.accept(offer)
        self.offer.show_outcome(outcome)
        if outcome.routine is not None:  # "Start last routine" now starts the new dose
            settings = self.window.services.settings
            settings.update(replace(settings.settings, last_routine=outcome.routine.id))
            # The copy is in the library: the Routines page lists it now, not after a restart.
            self.window.routines_changed(outcome.routine.id)


def connect_progression(window: MainWindow) -> ProgressionLink | None:
    """The link, where there is a folder for the user's routine copies; else None."""
    if window.services.routines_dir is None:
        return None
    return ProgressionLink(window, window.services.routines_dir)
