"""The language of the coach: every sentence a session says, one implementation per language."""

from __future__ import annotations

from abc import ABC, abstractmethod
from enum import StrEnum

from backcoach.model import Breath, Dose, Exercise
from backcoach.session.words import speech_seconds


class Side(StrEnum):
    LEFT = "left"
    RIGHT = "right"

    @property
    def other(self) -> Side:
        return Side.RIGHT if self is Side.LEFT else Side.LEFT


class Phrasebook(ABC):
    """What the coach says, in one language. Stateless: one instance may serve any session."""

    language: str  # ISO 639-1 code, as in settings and content overlays
    # Measured with espeak-ng at its default rate, then rounded down to be safe: a
    # too-long estimate only leaves a gap, a too-short one lets cues collide.
    words_per_second: float
    countdown: tuple[str, str, str]  # "three", "two", "one"
    halfway: str
    voice_sample: str  # said by the settings dialog's "Test voice"

    def speech_seconds(self, text: str) -> float:
        return speech_seconds(text, self.words_per_second)

    @abstractmethod
    def side_word(self, side: Side) -> str:
        """The side as a word on its own: "left"."""

    @abstractmethod
    def side_stem(self, side: Side) -> str:
        """What ``{side}`` becomes inside exercise text (a stem where the language inflects)."""

    def fill_sides(self, text: str, side: Side | None) -> str:
        if side is None:
            return text
        return text.replace("{side}", self.side_stem(side)).replace(
            "{other}", self.side_stem(side.other)
        )

    @abstractmethod
    def breath_word(self, breath: Breath) -> str:
        """ "Breathe out"; empty for natural breathing."""

    @abstractmethod
    def dose_phrase(self, exercise: Exercise, dose: Dose) -> str: ...

    def intro_lines(
        self, exercise: Exercise, dose: Dose, *, full: bool, new_position: bool
    ) -> list[str]:
        """Said while the user gets into position: name and dose, then setup (all of it when
        ``full``, else its first line when the position is new)."""
        lines = [f"{exercise.name}. {self.dose_phrase(exercise, dose)}"]
        if full:
            lines.extend(exercise.setup)
        elif new_position and exercise.setup:
            lines.append(exercise.setup[0])
        return lines

    @abstractmethod
    def with_breath(self, breath: Breath, action: str) -> str:
        """ "Breathe out, lift your hips", unless the action already says how to breathe."""

    @abstractmethod
    def rep_counts(self, rep_no: int, reps: int) -> list[str]:
        """How rep ``rep_no`` may be counted, longest first: ["Last one", "Last"]."""

    @abstractmethod
    def rep_with_side(self, count: str, side: Side) -> str:
        """ "Two, left"."""

    hold_breathing: str  # "Hold, keep breathing."
    hold_short: str  # "Hold."

    @abstractmethod
    def hold_start(self, action: str) -> str:
        """The first hold of an exercise says what to do: "Hold at the top, keep breathing"."""

    def hold_lines(self, action: str, first: bool) -> list[str]:
        """What may start a hold, most helpful first; the caller takes the first that fits."""
        lines = [self.hold_start(action)] if first else []
        return [*lines, self.hold_breathing, self.hold_short]

    @abstractmethod
    def rest_line(
        self,
        seconds: float,
        set_no: int,
        sets: int,
        first_side: Side | None = None,
        turn_over: bool = False,
    ) -> list[str]:
        """The rest before set ``set_no``; ``first_side`` when each set starts there again."""

    @abstractmethod
    def transition_lines(self, seconds: float, next_name: str) -> list[str]: ...

    @abstractmethod
    def short_transition_lines(self, next_name: str) -> list[str]:
        """Between exercises with almost no rest: no length is said ("zero seconds")."""

    @abstractmethod
    def switch_line(self, side: Side | None, turn_over: bool = False) -> str: ...

    @abstractmethod
    def activity_start(self, seconds: float) -> str: ...

    @abstractmethod
    def activity_progress(self, done_s: float, total_s: float) -> str: ...

    @abstractmethod
    def done_line(self, exercise_count: int, total_s: float) -> str: ...

    @staticmethod
    def session_length(total_s: float) -> float:
        """A session's length as the closing line says it: to the minute, since "nine
        minutes twelve" is a stopwatch reading, not praise."""
        return total_s if total_s < 60 else 60.0 * max(1, round(total_s / 60))

    @abstractmethod
    def get_ready_line(self, title: str, seconds: float) -> str:
        """Said when the get-ready countdown before a session begins."""
