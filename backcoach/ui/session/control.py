"""One session from its get-ready countdown to its summary: time, voice and screen together."""

from __future__ import annotations

import time
from collections.abc import Callable
from enum import StrEnum
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QObject, QTimer, Signal

from backcoach.session.machine import CueDue, SessionMachine, SessionSummary, State, StepStarted
from backcoach.session.plan import Timeline
from backcoach.speech.cache import VoiceChoice
from backcoach.speech.session_voice import SessionVoice
from backcoach.speech.speaker import Speaker, SpeechListener
from backcoach.store.settings import Settings
from backcoach.ui.desktop.screensaver import ScreenKeeper
from backcoach.ui.player.settings import SettingsKeeper
from backcoach.ui.session.display import Display, describe_session
from backcoach.ui.session.driver import SessionDriver
from backcoach.ui.session.get_ready import GetReady, with_get_ready
from backcoach.ui.session.hurt import HurtAnswer, HurtReport

REFRESH_S = 0.1  # views redraw at most ten times a second, whatever the driver's tick rate
AWAKE_WHILE_PAUSED_MS = 10 * 60 * 1000  # a pause this long gives the screen back


class Stage(StrEnum):
    IDLE = "idle"
    GETTING_READY = "getting-ready"
    RUNNING = "running"
    PAUSED = "paused"
    ENDED = "ended"


@runtime_checkable
class VoiceChooser(Protocol):
    """What the live speaker offers beyond the Speaker protocol (a caption speaker has none)."""

    def set_voice(self, choice: VoiceChoice) -> None: ...


class _Notices(SpeechListener):
    def __init__(self, tell: Callable[[str], None]) -> None:
        self._tell = tell

    def notice(self, message: str) -> None:
        self._tell(message)


class SessionControl(QObject):
    """Owns the session of the moment.

    Time is the SessionDriver's (deadlines on the injected clock). SessionVoice hands the
    driver's cues to the speaker (a little ahead, so they are heard on time). Which
    commands hush the voice is decided in one place, ``_command``: pause, skip, back,
    repeat, a longer rest and stop do (a cue belongs to a moment, and after a jump its
    moment has gone), start and resume do not. The driver's cueDue is also the caption,
    so a muted or voiceless session still shows every cue.
    """

    stageChanged = Signal(str)  # noqa: N815 (Qt signal naming) -- the new Stage
    displayChanged = Signal(object)  # noqa: N815 -- a Display, at most ten times a second
    captionChanged = Signal(str)  # noqa: N815 -- the text of the cue being said
    notice = Signal(str)  # no voice, or a screen that may blank: shown, without blocking
    status = Signal(str)  # passing news for the status bar (the screen kept awake or not)
    sessionFinished = Signal(object)  # noqa: N815 -- the SessionSummary, finished or stopped
    began = Signal(object)  # the SessionMachine, once the countdown is over and it runs
    stepStarted = Signal(object)  # noqa: N815 -- the StepStarted event of the machine
    hurtReported = Signal(object)  # noqa: N815 -- a HurtReport: "this hurts" was answered

    def __init__(
        self,
        speaker: Speaker,
        settings: SettingsKeeper,
        screen: ScreenKeeper,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
        *,
        language: str = "en",
    ) -> None:
        super().__init__(parent)
        self.language = language  # of the cues: the voice must speak it
        self.speaker = speaker
        self.settings = settings
        self.screen = screen
        self.clock = clock
        self.stage = Stage.IDLE
        self.timeline: Timeline | None = None
        self.driver: SessionDriver | None = None
        self.voice: SessionVoice | None = None
        self.summary: SessionSummary | None = None
        self.get_ready: GetReady | None = None
        self.caption = ""
        self._refreshed_at = float("-inf")
        self._shown: Display | None = None
        self._paused_for_cover = False  # paused by set_covered, so uncovering resumes
        speaker.listen(_Notices(self.notice.emit))
        self._awake_timer = QTimer(self)
        self._awake_timer.setSingleShot(True)
        self._awake_timer.setInterval(AWAKE_WHILE_PAUSED_MS)
        self._awake_timer.timeout.connect(self.screen.allow_sleep)
        settings.changed.connect(self._apply_settings)
        self._apply_settings(settings.settings)

    # -- queries ------------------------------------------------------------------------

    @property
    def active(self) -> bool:
        """A session is under way: getting ready, running or paused."""
        return self.stage in (Stage.GETTING_READY, Stage.RUNNING, Stage.PAUSED)

    @property
    def paused(self) -> bool:
        """The session, or its get-ready countdown, is paused."""
        return self.stage is Stage.PAUSED or (self.get_ready is not None and self.get_ready.paused)

    @property
    def machine(self) -> SessionMachine | None:
        return self.driver.machine if self.driver is not None else None

    def display(self) -> Display | None:
        if self.get_ready is not None:
            return self.get_ready.display()
        if self.driver is not None:
            return describe_session(self.driver.machine, self.clock())
        return None

    # -- commands -----------------------------------------------------------------------

    def load(self, timeline: Timeline) -> None:
        """Starts the get-ready countdown of ``timeline``; its voice renders meanwhile."""
        if self.active:
            self.stop()
        if self.driver is not None:
            self.driver.deleteLater()  # the last session's; its timer has stopped
        settings = self.settings.settings
        # The first prepare step is the get-ready time: the intro page shows that plan.
        timeline = with_get_ready(timeline, settings.get_ready_s)
        self.timeline, self.driver, self.voice, self.summary = timeline, None, None, None
        self._apply_voice(settings)
        self._set_caption("")
        self._set_stage(Stage.GETTING_READY)
        # Kept awake is passing news; a screen that may blank is a lasting notice.
        self.screen.keep_awake(
            self.tr("A guided exercise session"),
            lambda held, message: (self.status if held else self.notice).emit(message),
        )
        self.get_ready = GetReady(timeline, self.speaker, settings.get_ready_s, self.clock, self)
        self.get_ready.changed.connect(lambda urgent: self._refresh(force=urgent))
        self.get_ready.said.connect(self._set_caption)
        self.get_ready.done.connect(self._begin)
        self.get_ready.begin()

    def start_now(self) -> None:
        """Ends the get-ready countdown early (the session waits only for its voice)."""
        if self.get_ready is not None:
            self.get_ready.start_now()

    def toggle_pause(self) -> None:
        if self.paused:
            self.resume()
        else:
            self.pause()

    def pause(self) -> None:
        if self.get_ready is not None:
            self.get_ready.pause()
        elif self.driver is not None and self.stage is Stage.RUNNING:
            self._command(self.driver.pause, hush=True)

    def resume(self) -> None:
        self._paused_for_cover = False  # the user's own resume: a later pause is theirs
        if self.get_ready is not None:
            self.get_ready.resume()
        elif self.driver is not None and self.stage is Stage.PAUSED:
            self._command(self.driver.resume)

    def skip(self) -> None:
        if self.get_ready is not None:
            self.start_now()
        elif self.driver is not None:
            self._command(self.driver.skip, hush=True, jump=True)

    def back(self) -> None:
        if self.driver is not None:
            self._command(self.driver.back, hush=True, jump=True)

    def repeat(self) -> None:
        if self.driver is not None:
            self._command(self.driver.repeat, hush=True, jump=True)

    def extend_rest(self, seconds: float = 15.0) -> None:
        driver, display = self.driver, self.display()
        if driver is not None and display is not None and display.resting and self.active:
            # Cues handed over early (the rest's countdown) would now come too soon.
            self._command(lambda: driver.extend_rest(seconds), hush=True)

    def stop(self) -> None:
        """Ends the session early (its summary says so); while getting ready, cancels it."""
        self._paused_for_cover = False  # what covered it must not resume the next one
        if self.get_ready is not None:
            self.get_ready.cancel()
            self._drop_get_ready()
            self.screen.allow_sleep()
            self.timeline = None
            self._set_caption("")
            self._set_stage(Stage.IDLE)
        elif self.driver is not None and self.active:
            self._command(self.driver.stop, hush=True)

    def confirm_stop(self, ask: Callable[[], bool]) -> bool:
        """Stops the session if ``ask`` says so; True when no session is left under way.
        While ``ask`` asks, the session waits paused; kept, it goes on as it was (running
        again only if it was running)."""
        if not self.active:
            return True
        was_running = not self.paused
        self.pause()
        if ask():
            self.stop()
            return True
        if was_running and self.paused:
            self.resume()
        return not self.active

    def this_hurts(self, ask: Callable[[str], HurtAnswer | None]) -> HurtAnswer | None:
        """ "This hurts": the session waits while ``ask`` asks what the pain is like (it gets
        the exercise's name). Sharp, or spreading down a leg: that exercise stops there, the
        voice says so, and the session waits, paused, at the next one until the user goes
        on (someone in pain takes their own time; the next words must not talk over it).
        An ache: the session goes on as it was. Any answer is reported (hurtReported)."""
        machine = self.machine
        if machine is None or self.stage not in (Stage.RUNNING, Stage.PAUSED):
            return None
        item = machine.step.item
        timeline = machine.timeline
        name = timeline.items[item].exercise.name if item >= 0 else ""
        was_running = not self.paused
        self.pause()
        answer = ask(name)
        if answer is not None:
            if answer.stops_exercise and self.driver is not None:
                self._command(self.driver.skip_exercise, hush=True, jump=True)
                said = self.tr(
                    "Stopping {name}. Pain that is sharp or spreads down your leg means "
                    "leave that movement out today. Press Space when you are ready to go on."
                ).format(name=name)
                self.speaker.preview(said)
                self._set_caption(said)
                self.hurtReported.emit(HurtReport(item if item >= 0 else None, answer))
                return answer
            self.hurtReported.emit(HurtReport(item if item >= 0 else None, answer))
        if was_running and self.active:
            self.resume()
        return answer

    def set_covered(self, covered: bool) -> None:
        """Something the user reads covers the session (the list of keys): it waits,
        paused, and goes on when uncovered only if it was running when covered."""
        if covered and self.active and not self.paused:
            self.pause()
            self._paused_for_cover = True
        elif not covered and self._paused_for_cover:
            self.resume()

    def tick(self) -> None:
        """Everything due by now (the timers call it; tests call it after moving the clock)."""
        if self.get_ready is not None:
            self.get_ready.tick()
        elif self.driver is not None:
            self.driver.tick()

    def _drop_get_ready(self) -> None:
        if self.get_ready is not None:
            self.get_ready.deleteLater()
            self.get_ready = None

    def _begin(self, machine: SessionMachine) -> None:
        self._drop_get_ready()
        self.timeline = machine.timeline  # fitted to the voice's measured lengths
        self.voice = SessionVoice(machine, self.speaker)
        self.driver = SessionDriver(machine, self.clock, parent=self)
        self.driver.stepStarted.connect(self._on_step)
        self.driver.stepStarted.connect(self.stepStarted)
        self.driver.cueDue.connect(self._on_cue)
        self.driver.sessionEnded.connect(self._on_ended)
        self.driver.ticked.connect(self._on_ticked)
        self._set_stage(Stage.RUNNING)
        self.began.emit(machine)
        self._command(self.driver.start)

    # -- the running session ------------------------------------------------------------

    def _command(
        self, command: Callable[[], None], *, hush: bool = False, jump: bool = False
    ) -> None:
        """A driver command (it ticks by itself, so new cues come out within it)."""
        assert self.driver is not None and self.voice is not None
        if hush:
            # Before the command: its own tick may already hand the new step's first cue over.
            self.voice.hush()
        if jump:
            self._set_caption("")  # what was said belonged to the moment just left
        command()
        if self.stage in (Stage.RUNNING, Stage.PAUSED):
            paused = self.driver.machine.state is State.PAUSED
            self._set_stage(Stage.PAUSED if paused else Stage.RUNNING)
        self._refresh(force=True)

    def _on_step(self, _event: StepStarted) -> None:
        self._refresh(force=True)

    def _on_cue(self, event: CueDue, _lateness: float) -> None:
        assert self.voice is not None
        self.voice.cue_due(event)
        self._set_caption(event.cue.text)

    def _on_ticked(self) -> None:
        assert self.voice is not None
        self.voice.look_ahead(self.clock())
        self._refresh()

    def _on_ended(self, summary: SessionSummary) -> None:
        self.summary = summary
        self._awake_timer.stop()
        self.screen.allow_sleep()
        self._set_stage(Stage.ENDED)
        self._refresh(force=True)
        self.sessionFinished.emit(summary)

    # -- plumbing -----------------------------------------------------------------------

    def _set_stage(self, stage: Stage) -> None:
        if stage is self.stage:
            return
        self.stage = stage
        if stage is Stage.PAUSED:
            self._awake_timer.start()
        elif stage is Stage.RUNNING:
            self._awake_timer.stop()
            self.screen.keep_awake(
                self.tr("A guided exercise session"), lambda _held, _message: None
            )
        self.stageChanged.emit(stage.value)

    def _set_caption(self, text: str) -> None:
        if text != self.caption:
            self.caption = text
            self.captionChanged.emit(text)

    def _refresh(self, force: bool = False) -> None:
        """Tells the views, at most every REFRESH_S unless forced, and only of a change."""
        now = self.clock()
        if not force and now - self._refreshed_at < REFRESH_S:
            return
        self._refreshed_at = now
        display = self.display()
        if display is not None and (force or display != self._shown):
            self._shown = display
            self.displayChanged.emit(display)

    def _apply_settings(self, settings: Settings) -> None:
        self.speaker.set_volume(settings.volume)
        self.speaker.set_muted(settings.muted)
        if not self.active:
            self._apply_voice(settings)

    def _apply_voice(self, settings: Settings) -> None:
        # Not mid-session: a new voice would leave the session's cues unrendered.
        if isinstance(self.speaker, VoiceChooser):
            self.speaker.set_voice(VoiceChoice(settings.voice, settings.rate, self.language))
