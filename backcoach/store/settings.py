"""The user's preferences (voice, rate, volume, verbosity ...) in a small validated JSON file."""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from backcoach.languages import LANGUAGES
from backcoach.regular_file import NotReadableError, read_regular_file
from backcoach.session.verbosity import Verbosity
from backcoach.store.json_object import json_object
from backcoach.store.private_file import move_aside, write_private_text

FORMAT_VERSION = 1
RATE_RANGE = (80, 300)  # words per minute; espeak-ng is unintelligible outside this
GET_READY_RANGE = (0, 300)  # seconds
VOICE_ID_MAX = 200
MAX_SETTINGS_BYTES = 1024 * 1024  # a saved file is about 250 bytes
SHOWN_MAX = 40  # characters of a bad value quoted in a message


@dataclass(frozen=True)
class Settings:
    voice: str = ""  # an engine voice id; "" means the default English voice
    rate: int = 160  # words per minute: a calm coaching pace (espeak-ng's own is 175)
    volume: float = 1.0  # 0..1, applied at playback
    muted: bool = False
    verbosity: Verbosity = Verbosity.FIRST_TIME
    get_ready_s: int = 20  # the countdown before a session starts: time to lie down
    language: str = ""  # "en", "de"...; "" follows the system's language
    last_routine: str = ""  # id of the routine last started, for "start last routine"


DEFAULTS = Settings()


def _shown(value: Any) -> str:
    """A value as the message shows it: short, and never the whole of a nested structure."""
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    text = json.dumps(value)
    return text if len(text) <= SHOWN_MAX else text[: SHOWN_MAX - 3] + '..."'


def _number(key: str, value: Any, messages: list[str]) -> float | None:
    # bool is an int in Python, but "rate": true is a mistake, not 1 word per minute.
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        messages.append(f"{key}: expected a number, not {_shown(value)}; using the default")
        return None
    return float(value)


def _whole(key: str, bounds: tuple[int, int]) -> Checker:
    def check(value: Any, messages: list[str]) -> Any:
        number = _number(key, value, messages)
        if number is None:
            return None
        clamped = max(bounds[0], min(bounds[1], round(number)))
        if not bounds[0] <= number <= bounds[1]:
            messages.append(f"{key}: {value} is outside {bounds[0]}..{bounds[1]}; using {clamped}")
        return clamped

    return check


def _volume(value: Any, messages: list[str]) -> Any:
    number = _number("volume", value, messages)
    if number is None:
        return None
    clamped = min(1.0, max(0.0, number))
    if clamped != number:
        messages.append(f"volume: {value} is outside 0..1; using {clamped}")
    return clamped


def _voice(value: Any, messages: list[str]) -> Any:
    if isinstance(value, str) and len(value) <= VOICE_ID_MAX:
        return value.strip()
    messages.append("voice: expected a voice id; using the default voice")
    return None


def _muted(value: Any, messages: list[str]) -> Any:
    if isinstance(value, bool):
        return value
    messages.append("muted: expected true or false; using false")
    return None


def _verbosity(value: Any, messages: list[str]) -> Any:
    # Only a string can name one: Verbosity([...]) would raise TypeError, not ValueError.
    if isinstance(value, str) and value in {v.value for v in Verbosity}:
        return Verbosity(value)
    choices = ", ".join(v.value for v in Verbosity)
    messages.append(f"verbosity: expected one of {choices}; using {DEFAULTS.verbosity.value}")
    return None


def _language(value: Any, messages: list[str]) -> Any:
    if isinstance(value, str) and (value == "" or value in LANGUAGES):
        return value
    choices = ", ".join(LANGUAGES)
    messages.append(f'language: expected one of {choices} or ""; using the system\'s language')
    return None


def _routine_id(value: Any, messages: list[str]) -> Any:
    if isinstance(value, str) and len(value) <= VOICE_ID_MAX:
        return value.strip()
    messages.append("last_routine: expected a routine id; forgetting it")
    return None


Checker = Callable[[Any, list[str]], Any]  # the value to use, or None for the default
CHECKERS: dict[str, Checker] = {
    "voice": _voice,
    "rate": _whole("rate", RATE_RANGE),
    "volume": _volume,
    "muted": _muted,
    "verbosity": _verbosity,
    "get_ready_s": _whole("get_ready_s", GET_READY_RANGE),
    "language": _language,
    "last_routine": _routine_id,
}


def _checked(data: dict[str, Any], messages: list[str]) -> Settings:
    """Each known key validated on its own: one bad value costs only that value."""
    values = {}
    for key, check in CHECKERS.items():
        if key in data and (value := check(data[key], messages)) is not None:
            values[key] = value
    return replace(DEFAULTS, **values)


def load_settings(path: Path) -> tuple[Settings, list[str]]:
    """The settings in ``path`` and what was wrong with them (empty when all was well).

    A missing file gives the defaults silently. Anything else that is not a small JSON
    object (a folder, a pipe, binary, empty, cut short, too big or too deeply nested, or
    unreadable) is moved aside to ``settings.json.bad``, replacing an older one, and the
    defaults are used: the message says where it went. Unknown keys are ignored; bad
    values are clamped or defaulted one by one, each with a message.
    """
    try:
        payload = read_regular_file(path, MAX_SETTINGS_BYTES)
    except FileNotFoundError:
        return DEFAULTS, []
    except NotReadableError as error:
        return DEFAULTS, [_set_aside(path, str(error))]
    data = json_object(payload)
    if isinstance(data, str):
        return DEFAULTS, [_set_aside(path, data)]
    messages: list[str] = []
    settings = _checked(data, messages)
    return settings, [f"settings file {path}: {message}" for message in messages]


def _set_aside(path: Path, why: str) -> str:
    bad = path.with_name(path.name + ".bad")
    try:
        move_aside(path)
    except OSError as error:
        return (
            f"settings file {path} was unreadable ({why}); could not move it to {bad.name} "
            f"({error.strerror or error}); using defaults"
        )
    return f"settings file {path} was unreadable ({why}); moved to {bad}; using defaults"


def settings_json(settings: Settings) -> dict[str, Any]:
    data: dict[str, Any] = {"version": FORMAT_VERSION, **asdict(settings)}
    data["verbosity"] = settings.verbosity.value
    return data


def save_settings(path: Path, settings: Settings) -> None:
    """Atomic and private (0600): a crash or full disk leaves the old file or the new one."""
    write_private_text(path, json.dumps(settings_json(settings), indent=2) + "\n")
