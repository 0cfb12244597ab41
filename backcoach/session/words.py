"""English numbers and durations as words a voice reads well, and a speech-length estimate."""

from __future__ import annotations

_ONES = (
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
)
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")

# espeak-ng at its default rate speaks about 2.7 words a second; a little slower is safer.
WORDS_PER_SECOND = 2.5
DEFAULT_RATE_WPM = 160  # the voice's rate (setting "rate") the estimates were measured at
PAUSE_S = 0.35  # gap left between cues said one after another


def number_words(n: int) -> str:
    """0..9999 as words: 21 -> "twenty-one", 105 -> "one hundred and five"."""
    if not 0 <= n <= 9999:
        return str(n)
    if n < 20:
        return _ONES[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return _TENS[tens] + (f"-{_ONES[ones]}" if ones else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        return f"{_ONES[hundreds]} hundred" + (f" and {number_words(rest)}" if rest else "")
    thousands, rest = divmod(n, 1000)
    tail = "" if not rest else (" and " if rest < 100 else " ") + number_words(rest)
    return f"{number_words(thousands)} thousand{tail}"


def plural(n: int, unit: str) -> str:
    return f"{number_words(n)} {unit}{'' if n == 1 else 's'}"


def duration_words(seconds: float) -> str:
    """45 -> "forty-five seconds", 90 -> "a minute and a half", 75 -> "one minute fifteen",
    600 -> "ten minutes", 5400 -> "an hour and a half" (an hour or more: to the minute)."""
    total = round(seconds)
    if total < 60:
        return plural(total, "second")
    if total >= 3600:
        return _hours_words(round(total / 60))
    minutes, secs = divmod(total, 60)
    if secs == 0:
        return plural(minutes, "minute")
    if secs == 30 and minutes < 10:
        if minutes == 1:
            return "a minute and a half"
        return f"{number_words(minutes)} and a half minutes"
    return f"{plural(minutes, 'minute')} {number_words(secs)}"


def _hours_words(total_minutes: int) -> str:
    hours, minutes = divmod(total_minutes, 60)
    if minutes == 0:
        return plural(hours, "hour")
    if minutes == 30 and hours == 1:
        return "an hour and a half"
    return f"{plural(hours, 'hour')} and {plural(minutes, 'minute')}"


def speech_seconds(text: str, words_per_second: float = WORDS_PER_SECOND) -> float:
    """A conservative estimate of how long a voice takes to say ``text``."""
    words = len(text.split())
    pauses = sum(text.count(mark) for mark in ".,;:!?")
    return words / words_per_second + 0.15 * pauses + 0.2


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def lower_first(text: str) -> str:
    """ "Lift your hips" -> "lift your hips", but keeps "I" and acronyms."""
    if len(text) > 1 and text[1].isupper():
        return text
    return text[:1].lower() + text[1:]
