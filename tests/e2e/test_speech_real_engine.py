"""The real speech engine (pyttsx3 + espeak-ng in its worker process) rendering real cues."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from support.speech import espeak_missing, needs_espeak

from backcoach.session.words import speech_seconds
from backcoach.speech.cache import Renderer, SpeechCache, VoiceChoice
from backcoach.speech.engine import EngineUnavailableError, SpeechEngine, worker_command
from backcoach.speech.wavfile import SAMPLE_RATE, read_clip, rms, samples
from backcoach.speech.worker import NO_ESPEAK

pytestmark = pytest.mark.e2e


CUES = [
    "Three.",
    "Two. Breathe out.",
    "Lie face up on a mat. Bend your knees and set your feet down, a hip-width apart.",
    "Well done. Rest for thirty seconds.",
]


@pytest.fixture(scope="module")
def engine() -> Iterator[SpeechEngine]:
    if espeak_missing():
        pytest.skip("libespeak-ng1 is not installed (apt install libespeak-ng1)")
    engine = SpeechEngine()
    yield engine
    engine.close()


@pytest.fixture(scope="module")
def rendered(engine: SpeechEngine, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    cache = SpeechCache(tmp_path_factory.mktemp("cache") / "speech")
    return Renderer(engine, cache, VoiceChoice(rate=160)).render_all(CUES)


@needs_espeak
@pytest.mark.parametrize("text", CUES)
def test_each_cue_renders_to_audible_speech_of_plausible_length(
    rendered: dict[str, Path], text: str
) -> None:
    clip = read_clip(rendered[text])
    assert clip.rate == SAMPLE_RATE
    assert rms(clip.pcm) > 500  # speech, not silence or hiss (espeak-ng measures ~2000-4000)
    estimate = len(text.split()) / 2.5
    assert 0.3 * estimate <= clip.seconds <= 3 * estimate
    assert clip.seconds <= speech_seconds(text) * 1.5


@needs_espeak
def test_leading_silence_is_trimmed_so_the_onset_is_the_first_sample(
    rendered: dict[str, Path],
) -> None:
    for text in CUES:
        values = samples(read_clip(rendered[text]).pcm)
        assert abs(values[0]) > 16, text
        loud = next(i for i, v in enumerate(values) if abs(v) > 500)
        assert loud / SAMPLE_RATE < 0.03, text  # loud within 30 ms of the start


@needs_espeak
@pytest.mark.skipif(shutil.which("sox") is None, reason="sox is not installed")
def test_sox_reads_the_rendered_files(rendered: dict[str, Path]) -> None:
    result = subprocess.run(
        ["sox", str(rendered[CUES[2]]), "-n", "stat"],
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    stats = dict(line.split(":", 1) for line in result.stderr.splitlines() if ":" in line)
    assert float(stats["RMS     amplitude"]) > 0.02
    assert 0.3 < float(stats["Maximum amplitude"]) <= 1.0
    assert 2.0 < float(stats["Length (seconds)"]) < 12.0


@needs_espeak
def test_a_render_creates_its_missing_folder_instead_of_hanging(
    engine: SpeechEngine, tmp_path: Path
) -> None:
    path = tmp_path / "not" / "yet" / "there.wav"
    seconds = engine.render("Halfway.", path, "", 160)
    assert path.is_file() and seconds == pytest.approx(read_clip(path).seconds)


@needs_espeak
def test_many_renders_in_a_row_never_lose_one(engine: SpeechEngine, tmp_path: Path) -> None:
    for number in range(15):
        path = tmp_path / f"{number}.wav"
        engine.render(f"Rep {number}. Breathe in.", path, "", 160)
        assert rms(read_clip(path).pcm) > 500


@needs_espeak
def test_voices_are_listed_and_filtered_by_language(engine: SpeechEngine) -> None:
    from backcoach.speech.engine import available_voices  # noqa: PLC0415

    every = available_voices("", engine)
    english = available_voices("en", engine)
    assert len(every) > len(english) > 3
    assert all(any(lang.startswith("en") for lang in v.languages) for v in english)
    assert "gmw/en-us" in {v.id for v in english}


@needs_espeak
def test_voice_and_rate_change_the_sound(engine: SpeechEngine, tmp_path: Path) -> None:
    text = "Lift your hips and hold them there."
    slow = engine.render(text, tmp_path / "slow.wav", "gmw/en-us", 120)
    fast = engine.render(text, tmp_path / "fast.wav", "gmw/en-us", 240)
    assert slow > fast * 1.5
    scots = tmp_path / "scots.wav"
    engine.render(text, scots, "gmw/en-gb-scotland", 240)
    assert read_clip(scots).pcm != read_clip(tmp_path / "fast.wav").pcm


def test_without_the_engine_library_the_reason_says_how_to_install_it(tmp_path: Path) -> None:
    # A stand-in pyttsx3 that fails as the real one does when libespeak-ng is missing.
    fake = tmp_path / "fake" / "pyttsx3"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text(
        "def init():\n    raise RuntimeError("
        "'This means you probably do not have eSpeak or eSpeak-ng installed!')\n",
        encoding="utf-8",
    )
    command = [
        sys.executable,
        "-c",
        f"import sys; sys.path.insert(0, {str(fake.parent)!r}); "
        "from backcoach.speech.worker import main; sys.exit(main())",
    ]
    engine = SpeechEngine(command)
    with pytest.raises(EngineUnavailableError) as caught:
        engine.start()
    assert caught.value.reason == NO_ESPEAK
    engine.close()
    assert worker_command()[-1] == "backcoach.speech.worker"


@needs_espeak
def test_german_cues_are_read_by_a_german_voice_within_the_estimate(
    engine: SpeechEngine, tmp_path: Path
) -> None:
    from backcoach.content.language_layer import translate_library  # noqa: PLC0415
    from backcoach.content.library import built_in_folder, load_library  # noqa: PLC0415
    from backcoach.session.cues import build_cues  # noqa: PLC0415
    from backcoach.session.plan import PlanOptions, plan_routine  # noqa: PLC0415

    library = load_library([built_in_folder()])
    translate_library(library, "de")
    timeline = plan_routine(
        library.routines["desk-break"], library.exercises, PlanOptions(language="de")
    )
    texts = list(dict.fromkeys(cue.text for cue in build_cues(timeline)))[:12]
    for index, text in enumerate(texts):
        reply = engine.call(
            "render",
            30.0,
            text=text,
            path=str(tmp_path / f"{index}.wav"),
            voice="gmw/en-us",
            rate=160,
            language="de",
        )
        # An English voice chosen for English is not made to read German.
        assert "de" in str(reply["voice"]).split("/")[-1], reply
        clip = read_clip(tmp_path / f"{index}.wav")
        assert rms(clip.pcm) > 500
        # The German estimate (fewer words a second) is what the planner leaves room for.
        assert clip.seconds <= timeline.phrases.speech_seconds(text) * 1.25, (text, clip.seconds)
