"""WAV clips, silence trimming, voices, and the export's placement of cues (no engine)."""

from __future__ import annotations

import array
import wave
from pathlib import Path

import pytest

from backcoach.session.cues import Cue, CueKind, Priority
from backcoach.speech.export import audio_chunks, place_cues
from backcoach.speech.voices import Voice, choose_voice, filter_voices
from backcoach.speech.wavfile import (
    SAMPLE_RATE,
    Clip,
    read_clip,
    rms,
    samples,
    to_pcm,
    trim,
    wav_seconds,
    write_clip,
)


def clip_of(values: list[int]) -> Clip:
    return Clip(to_pcm(array.array("h", values)))


def test_trim_starts_the_clip_at_its_first_audible_sample() -> None:
    lead = [0] * 441 + [3, -5]  # 20 ms of digital silence, then sub-audible dither
    clip, removed = trim(clip_of([*lead, 400, -900, 1200, 0, 0, *[0] * 2205]))
    assert list(samples(clip.pcm))[:3] == [400, -900, 1200]
    assert removed == pytest.approx(443 / SAMPLE_RATE)
    # The tail keeps 10 ms after the last audible sample, no more.
    assert clip.frames == 3 + round(0.01 * SAMPLE_RATE)


def test_trim_of_silence_is_empty() -> None:
    clip, removed = trim(clip_of([0] * 100))
    assert clip.pcm == b"" and removed == pytest.approx(100 / SAMPLE_RATE)


def test_clips_round_trip_through_wav(tmp_path: Path) -> None:
    clip = clip_of([0, 1000, -1000, 32767, -32768])
    path = tmp_path / "c.wav"
    write_clip(path, clip)
    assert read_clip(path) == clip
    assert wav_seconds(path) == pytest.approx(5 / SAMPLE_RATE)
    assert rms(clip.pcm) > 1000


def test_stereo_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.wav"
    with wave.open(str(path), "wb") as out:
        out.setnchannels(2)
        out.setsampwidth(2)
        out.setframerate(SAMPLE_RATE)
        out.writeframes(b"\0" * 8)
    with pytest.raises(ValueError, match="mono"):
        read_clip(path)


VOICES = [
    Voice("gmw/af", "Afrikaans", ("af",)),
    Voice("gmw/en", "English (Great Britain)", ("en-gb",)),
    Voice("gmw/en-us", "English (America)", ("en-us",)),
    Voice("gmw/en-gb-scotland", "English (Scotland)", ("en-gb-scotland",)),
]


def test_voices_filter_by_language_prefix() -> None:
    assert [v.id for v in filter_voices(VOICES, "en-gb")] == ["gmw/en", "gmw/en-gb-scotland"]
    assert len(filter_voices(VOICES, "EN")) == 3
    assert filter_voices(VOICES) == sorted(VOICES, key=lambda v: v.name)


def test_the_default_voice_is_english() -> None:
    assert choose_voice(VOICES, "").id == "gmw/en-us"  # type: ignore[union-attr]
    # A chosen voice is used for the language it speaks, and only for that.
    assert choose_voice(VOICES, "gmw/af", "af").id == "gmw/af"  # type: ignore[union-attr]
    assert choose_voice(VOICES, "gmw/af").id == "gmw/en-us"  # type: ignore[union-attr]
    assert choose_voice(VOICES, "gmw/en-gb-scotland").id == (  # type: ignore[union-attr]
        "gmw/en-gb-scotland"
    )
    assert choose_voice(VOICES, "gone/voice").id == "gmw/en-us"  # type: ignore[union-attr]
    scots = [VOICES[0], VOICES[3]]
    assert choose_voice(scots, "").id == "gmw/en-gb-scotland"  # type: ignore[union-attr]
    assert choose_voice([VOICES[0]], "").id == "gmw/af"  # type: ignore[union-attr]
    assert choose_voice([], "") is None


def test_the_default_voice_follows_the_language() -> None:
    german = Voice("gmw/de", "German", ("de",))
    swiss = Voice("gmw/de-ch", "German (Switzerland)", ("de-ch",))
    voices = [*VOICES, swiss, german]
    assert choose_voice(voices, "", "de").id == "gmw/de"  # type: ignore[union-attr]
    # An English voice chosen for English is not used to read German.
    assert choose_voice(voices, "gmw/en-gb-scotland", "de").id == (  # type: ignore[union-attr]
        "gmw/de"
    )
    assert choose_voice(voices, "gmw/de-ch", "de").id == "gmw/de-ch"  # type: ignore[union-attr]
    assert choose_voice([*VOICES, swiss], "", "de").id == "gmw/de-ch"  # type: ignore[union-attr]
    # No German voice at all: English is better than silence or a random language.
    assert choose_voice(VOICES, "", "de").id == "gmw/en-us"  # type: ignore[union-attr]


def cue(at: float, text: str, priority: Priority = Priority.HIGH) -> Cue:
    return Cue(at, CueKind.ACTION, text, priority, 0)


def test_cues_are_placed_on_their_sample_and_cut_where_the_next_begins() -> None:
    clips = {"a": b"\x01\x00" * 30000, "b": b"\x02\x00" * 100}
    placements = place_cues([cue(0.5, "a"), cue(1.0, "b")], clips)
    assert [p.start for p in placements] == [11025, 22050]
    assert len(placements[0].pcm) == (22050 - 11025) * 2  # cut at b's first sample
    assert placements[1].pcm == clips["b"]


def test_the_stream_is_silence_between_cues_and_pads_to_the_end() -> None:
    clips = {"a": b"\x01\x00" * 10}
    placements = place_cues([cue(1.0, "a")], clips)
    data = b"".join(piece for piece, _ in audio_chunks(placements, 3 * SAMPLE_RATE))
    assert len(data) == 3 * SAMPLE_RATE * 2
    values = samples(data)
    loud = [i for i, v in enumerate(values) if v]
    assert loud == list(range(SAMPLE_RATE, SAMPLE_RATE + 10))
