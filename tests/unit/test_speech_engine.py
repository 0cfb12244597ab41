"""The worker process seen from the app, with stand-in workers: timeouts, crashes, the cache."""

from __future__ import annotations

import sys
import textwrap
import wave
from pathlib import Path

import pytest

from backcoach.speech.cache import CACHE_VERSION, Renderer, SpeechCache, VoiceChoice
from backcoach.speech.engine import EngineUnavailableError, RenderError, SpeechEngine
from backcoach.speech.wavfile import Clip, write_clip
from backcoach.speech.worker import NO_ESPEAK, NO_PYTTSX3, describe_failure


def fake_worker(tmp_path: Path, body: str) -> list[str]:
    """A worker script: says hello like the real one, then runs ``body`` per request."""
    script = tmp_path / "worker.py"
    script.write_text(
        textwrap.dedent("""\
        import json, sys, time, wave
        print(json.dumps({"id": 0, "ok": True, "engine": "fake"}), flush=True)
        for line in sys.stdin:
            request = json.loads(line)
            if request.get("op") == "quit":
                break
        """)
        + textwrap.indent(textwrap.dedent(body), "    "),
        encoding="utf-8",
    )
    return [sys.executable, str(script)]


RENDERS = """\
import os
os.makedirs(os.path.dirname(request["path"]), exist_ok=True)
with open(request["path"] + ".count", "a") as log:
    log.write(request["text"] + "\\n")
with wave.open(request["path"], "wb") as out:
    out.setnchannels(1); out.setsampwidth(2); out.setframerate(22050)
    out.writeframes(b"\\x10\\x10" * 2205)
print(json.dumps({"id": request["id"], "ok": True, "seconds": 0.1}), flush=True)
"""


def test_a_worker_that_never_answers_is_killed_after_its_timeout(tmp_path: Path) -> None:
    engine = SpeechEngine(fake_worker(tmp_path, "time.sleep(60)\n"))
    with pytest.raises(EngineUnavailableError, match="stopped responding"):
        engine.call("render", 0.3, text="Hi.", path=str(tmp_path / "x.wav"))
    assert not engine.running
    engine.close()


def test_a_worker_that_dies_is_reported_and_started_again(tmp_path: Path) -> None:
    engine = SpeechEngine(fake_worker(tmp_path, "sys.exit(3)\n"))
    with pytest.raises(EngineUnavailableError, match="stopped unexpectedly"):
        engine.call("voices", 5)
    assert engine.restartable  # it said hello once: worth another start
    with pytest.raises(EngineUnavailableError):
        engine.call("voices", 5)
    engine.close()


def test_a_worker_that_cannot_start_its_engine_says_why(tmp_path: Path) -> None:
    script = tmp_path / "worker.py"
    script.write_text(
        f"import json\nprint(json.dumps({{'id': 0, 'ok': False, "
        f"'error': {NO_ESPEAK!r}}}), flush=True)\n",
        encoding="utf-8",
    )
    engine = SpeechEngine([sys.executable, str(script)])
    with pytest.raises(EngineUnavailableError) as caught:
        engine.start()
    assert caught.value.reason == NO_ESPEAK
    assert not engine.restartable
    engine.close()


def test_a_worker_that_does_not_start_in_time(tmp_path: Path) -> None:
    engine = SpeechEngine([sys.executable, "-c", "import time; time.sleep(60)"], start_timeout=0.3)
    with pytest.raises(EngineUnavailableError, match="stopped responding"):
        engine.start()
    engine.close()


def test_a_missing_program_is_unavailable_not_a_crash(tmp_path: Path) -> None:
    engine = SpeechEngine([str(tmp_path / "no-such-program")])
    with pytest.raises(EngineUnavailableError, match="could not start"):
        engine.start()


def test_an_error_reply_is_a_render_error_and_the_worker_lives_on(tmp_path: Path) -> None:
    body = 'print(json.dumps({"id": request["id"], "ok": False, "error": "bad"}), flush=True)\n'
    engine = SpeechEngine(fake_worker(tmp_path, body))
    for _ in range(2):  # the same worker answers again
        with pytest.raises(RenderError, match="bad"):
            engine.call("render", 5)
    engine.close()
    with pytest.raises(EngineUnavailableError, match="shut down"):
        engine.call("render", 5)


def test_stray_output_and_late_answers_are_ignored(tmp_path: Path) -> None:
    body = """\
print("Audio saved to somewhere", flush=True)
print(json.dumps({"id": -5, "ok": True}), flush=True)
print(json.dumps({"id": request["id"], "ok": True, "voices": []}), flush=True)
"""
    engine = SpeechEngine(fake_worker(tmp_path, body))
    assert engine.voices() == []
    engine.close()


def test_the_cache_renders_each_text_once_per_voice_and_rate(tmp_path: Path) -> None:
    engine = SpeechEngine(fake_worker(tmp_path, RENDERS))
    cache = SpeechCache(tmp_path / "cache")
    renderer = Renderer(engine, cache, VoiceChoice("gmw/en-us", 160))
    progress: list[tuple[int, int]] = []
    first = renderer.render_all(
        ["One.", "Two.", "One."], lambda done, total: progress.append((done, total))
    )
    assert list(first) == ["One.", "Two."]
    assert progress == [(1, 2), (2, 2)]
    again = renderer.render_all(["Two.", "One."])
    assert again == {"Two.": first["Two."], "One.": first["One."]}
    counts = [Path(str(path) + ".count").read_text(encoding="utf-8") for path in first.values()]
    assert counts == ["One.\n", "Two.\n"]  # each rendered exactly once
    with wave.open(str(first["One."])) as clip:
        assert clip.getnframes() == 2205
    faster = Renderer(engine, cache, VoiceChoice("gmw/en-us", 200)).render("One.")
    other_voice = Renderer(engine, cache, VoiceChoice("gmw/en", 160)).render("One.")
    assert len({first["One."], faster, other_voice}) == 3
    engine.close()


def test_a_repeated_session_does_not_even_start_the_engine(tmp_path: Path) -> None:
    cache = SpeechCache(tmp_path / "cache")
    choice = VoiceChoice()
    path = cache.path_for("Halfway.", choice)
    path.parent.mkdir(parents=True)
    write_clip(path, Clip(b"\x10\x10" * 2205))  # a good clip: a bad one would be rendered again
    engine = SpeechEngine([str(tmp_path / "no-such-program")])
    assert Renderer(engine, cache, choice).render_all(["Halfway."]) == {"Halfway.": path}
    assert not engine.running


def test_cache_keys_hold_what_changes_the_sound_and_nothing_else(tmp_path: Path) -> None:
    cache = SpeechCache(tmp_path)
    path = cache.path_for("Three.", VoiceChoice("gmw/en-us", 160))
    assert path.parent.parent == tmp_path and path.parent.name == path.stem[:2]
    assert path == cache.path_for("Three.", VoiceChoice("gmw/en-us", 160))
    assert path != cache.path_for("Three", VoiceChoice("gmw/en-us", 160))
    assert CACHE_VERSION >= 1


@pytest.mark.parametrize(
    ("error", "reason"),
    [
        (
            RuntimeError("This means you probably do not have eSpeak or eSpeak-ng installed!"),
            NO_ESPEAK,
        ),
        (OSError("libespeak-ng.so.1: cannot open shared object file"), NO_ESPEAK),
        (ModuleNotFoundError("No module named 'pyttsx3'"), NO_PYTTSX3),
    ],
)
def test_start_up_failures_become_plain_advice(error: BaseException, reason: str) -> None:
    assert describe_failure(error) == reason


def test_an_unexpected_failure_is_named() -> None:
    assert describe_failure(KeyError("x")).startswith("the speech engine did not start (KeyError")
