"""The caption-only speaker: silent, on time, and it explains itself once."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from backcoach.session.cues import Cue, CueKind, Priority
from backcoach.speech.captions import CaptionSpeaker, no_voice_message
from backcoach.speech.speaker import SpeechListener
from backcoach.speech.worker import NO_ESPEAK

ONE = Cue(0.0, CueKind.INTRO, "Bridge.", Priority.HIGH, 0)
TWO = Cue(2.0, CueKind.COUNT, "Two.", Priority.BEAT, 1)


@dataclass
class Heard(SpeechListener):
    events: list[tuple[str, str, float]] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)

    def cue_started(self, cue: Cue, at: float) -> None:
        self.events.append(("start", cue.text, at))

    def cue_ended(self, cue: Cue, at: float, completed: bool) -> None:
        self.events.append(("end" if completed else "cut", cue.text, at))

    def notice(self, message: str) -> None:
        self.notices.append(message)


def test_tells_once_why_there_is_no_voice_and_how_to_get_one() -> None:
    speaker = CaptionSpeaker(NO_ESPEAK)
    heard = Heard()
    speaker.listen(heard)
    lengths: list[Mapping[str, float]] = []
    speaker.prepare(["Bridge.", "Two."], lengths.append)
    speaker.speak(ONE, 10.0)
    speaker.speak(TWO, 12.0)
    speaker.preview("Test.")
    assert heard.notices == [no_voice_message(NO_ESPEAK)]
    assert heard.notices[0] == (
        "No voice: the speech engine espeak-ng is not installed. Install it with: "
        "sudo apt install libespeak-ng1. The session shows every cue on screen instead."
    )
    assert lengths == [{}]  # nothing measured: the session keeps its estimates


def test_each_caption_lasts_until_the_next_cue_or_a_cancel() -> None:
    speaker = CaptionSpeaker("no sound output")
    heard = Heard()
    speaker.listen(heard)
    speaker.speak(ONE, 10.0)
    speaker.speak(TWO, 12.0)
    speaker.cancel()
    assert [e[:2] for e in heard.events] == [
        ("start", "Bridge."),
        ("end", "Bridge."),
        ("start", "Two."),
        ("cut", "Two."),
    ]
    assert heard.events[1][2] == 12.0
    speaker.cancel()  # nothing showing: nothing to report
    assert len(heard.events) == 4
