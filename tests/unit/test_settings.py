"""The settings file: defaults, validation, clamping, corrupt files set aside, atomic saves."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from backcoach.session.plan import Verbosity
from backcoach.store.paths import resolve_paths
from backcoach.store.settings import DEFAULTS, Settings, load_settings, save_settings


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return resolve_paths(tmp_path / "data", {}).settings_file


def write(path: Path, data: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")


def test_defaults_when_there_is_no_file(path: Path) -> None:
    assert load_settings(path) == (DEFAULTS, [])
    assert (
        Settings(
            voice="",
            rate=160,
            volume=1.0,
            muted=False,
            verbosity=Verbosity.FIRST_TIME,
            get_ready_s=20,
        )
        == DEFAULTS
    )


def test_save_then_load_round_trips(path: Path) -> None:
    chosen = Settings(
        voice="gmw/en-gb-scotland",
        rate=140,
        volume=0.5,
        muted=True,
        verbosity=Verbosity.BRIEF,
        get_ready_s=45,
        language="de",
        last_routine="desk-break",
    )
    save_settings(path, chosen)
    assert load_settings(path) == (chosen, [])
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data == {
        "version": 1,
        "voice": "gmw/en-gb-scotland",
        "rate": 140,
        "volume": 0.5,
        "muted": True,
        "verbosity": "brief",
        "get_ready_s": 45,
        "language": "de",
        "last_routine": "desk-break",
    }


def test_save_is_atomic_and_leaves_no_temporary_files(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    save_settings(path, DEFAULTS)
    before = path.read_bytes()

    def crash(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", crash)
    with pytest.raises(OSError, match="No space"):
        save_settings(path, Settings(rate=200))
    assert path.read_bytes() == before  # the old file, whole
    assert sorted(p.name for p in path.parent.iterdir()) == ["settings.json"]


@pytest.mark.parametrize("payload", ["{not json", "[1, 2]", '"voice"', "", "\ufeff{}x"])
def test_a_corrupt_file_is_set_aside_and_defaults_used(path: Path, payload: str) -> None:
    write(path, payload)
    settings, messages = load_settings(path)
    assert settings == DEFAULTS
    assert len(messages) == 1
    assert messages[0].startswith(f"settings file {path} was unreadable (")
    assert messages[0].endswith(f"); moved to {path}.bad; using defaults")
    assert not path.exists()
    assert path.with_name("settings.json.bad").read_text(encoding="utf-8") == payload
    # The next save starts clean; the next load is quiet.
    save_settings(path, DEFAULTS)
    assert load_settings(path) == (DEFAULTS, [])


def test_unknown_keys_are_ignored_quietly(path: Path) -> None:
    write(path, {"rate": 150, "theme": "dark", "version": 7})
    assert load_settings(path) == (Settings(rate=150), [])


@pytest.mark.parametrize(
    ("data", "expected", "message"),
    [
        ({"rate": 20}, Settings(rate=80), "rate: 20 is outside 80..300; using 80"),
        ({"rate": 900}, Settings(rate=300), "rate: 900 is outside 80..300; using 300"),
        ({"rate": "fast"}, DEFAULTS, 'rate: expected a number, not "fast"; using the default'),
        ({"rate": True}, DEFAULTS, "rate: expected a number, not true; using the default"),
        ({"volume": 1.5}, Settings(volume=1.0), "volume: 1.5 is outside 0..1; using 1.0"),
        ({"volume": -1}, Settings(volume=0.0), "volume: -1 is outside 0..1; using 0.0"),
        ({"volume": None}, DEFAULTS, "volume: expected a number, not null; using the default"),
        ({"muted": "yes"}, DEFAULTS, "muted: expected true or false; using false"),
        (
            {"verbosity": "chatty"},
            DEFAULTS,
            "verbosity: expected one of first-time, always-full, brief; using first-time",
        ),
        (
            {"get_ready_s": -5},
            Settings(get_ready_s=0),
            "get_ready_s: -5 is outside 0..300; using 0",
        ),
        ({"voice": 42}, DEFAULTS, "voice: expected a voice id; using the default voice"),
        ({"voice": "x" * 500}, DEFAULTS, "voice: expected a voice id; using the default voice"),
    ],
)
def test_bad_values_are_clamped_or_defaulted_with_a_message(
    path: Path, data: dict[str, object], expected: Settings, message: str
) -> None:
    write(path, data)
    assert load_settings(path) == (expected, [f"settings file {path}: {message}"])
    assert path.exists()  # a bad value is not a corrupt file: it stays where it is


def test_one_bad_value_does_not_cost_the_good_ones(path: Path) -> None:
    write(path, {"rate": 130, "volume": "loud", "verbosity": "brief"})
    settings, messages = load_settings(path)
    assert settings == Settings(rate=130, verbosity=Verbosity.BRIEF)
    assert len(messages) == 1


def test_whole_numbers_may_be_written_as_floats(path: Path) -> None:
    write(path, {"rate": 150.0, "get_ready_s": 30.4})
    assert load_settings(path) == (Settings(rate=150, get_ready_s=30), [])


def test_a_folder_in_its_place_is_moved_aside(path: Path) -> None:
    path.mkdir(parents=True)  # a folder where the file should be
    settings, messages = load_settings(path)
    assert settings == DEFAULTS
    assert messages == [
        f"settings file {path} was unreadable (is a folder, not a file); "
        f"moved to {path}.bad; using defaults"
    ]
    assert path.with_name("settings.json.bad").is_dir() and not path.exists()


def test_an_unknown_language_falls_back_to_the_system_language(path: Path) -> None:
    write(path, {"language": "xx", "last_routine": 7})
    settings, messages = load_settings(path)
    assert settings.language == "" and settings.last_routine == ""
    assert any("language: expected one of en, de" in message for message in messages)
    assert any("last_routine" in message for message in messages)
