"""German numbers and durations as words a voice reads well: 21 -> "einundzwanzig"."""

from __future__ import annotations

_ONES = (
    "null",
    "eins",
    "zwei",
    "drei",
    "vier",
    "fünf",
    "sechs",
    "sieben",
    "acht",
    "neun",
    "zehn",
    "elf",
    "zwölf",
    "dreizehn",
    "vierzehn",
    "fünfzehn",
    "sechzehn",
    "siebzehn",
    "achtzehn",
    "neunzehn",
)
_TENS = (
    "",
    "",
    "zwanzig",
    "dreißig",
    "vierzig",
    "fünfzig",
    "sechzig",
    "siebzig",
    "achtzig",
    "neunzig",
)


def number_words(n: int) -> str:
    """0..9999 as one word, as German writes them: 21 -> "einundzwanzig", 101 -> "hunderteins"."""
    if not 0 <= n <= 9999:
        return str(n)
    if n < 20:
        return _ONES[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        if not ones:
            return _TENS[tens]
        return ("ein" if ones == 1 else _ONES[ones]) + "und" + _TENS[tens]
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        head = "hundert" if hundreds == 1 else _ONES[hundreds] + "hundert"
        return head + (number_words(rest) if rest else "")
    thousands, rest = divmod(n, 1000)
    head = "tausend" if thousands == 1 else number_words(thousands) + "tausend"
    return head + (number_words(rest) if rest else "")


def counted(n: int, singular: str, plural: str) -> str:
    """ "eine Minute", "zwei Minuten": every unit the coach counts is feminine."""
    return f"eine {singular}" if n == 1 else f"{number_words(n)} {plural}"


def times_words(n: int) -> str:
    """ "einmal", "dreimal", "zwanzigmal"."""
    return "einmal" if n == 1 else number_words(n) + "mal"


def duration_words(seconds: float) -> str:
    """45 -> "fünfundvierzig Sekunden", 90 -> "anderthalb Minuten", 75 -> "eine Minute
    fünfzehn", 600 -> "zehn Minuten", 5400 -> "anderthalb Stunden" (an hour or more: to the
    minute)."""
    total = round(seconds)
    if total < 60:
        return counted(total, "Sekunde", "Sekunden")
    if total >= 3600:
        return _hours_words(round(total / 60))
    minutes, secs = divmod(total, 60)
    if secs == 0:
        return counted(minutes, "Minute", "Minuten")
    if secs == 30 and minutes < 10:
        if minutes == 1:
            return "anderthalb Minuten"
        return f"{number_words(minutes)}einhalb Minuten"
    return f"{counted(minutes, 'Minute', 'Minuten')} {number_words(secs)}"


def _hours_words(total_minutes: int) -> str:
    hours, minutes = divmod(total_minutes, 60)
    if minutes == 0:
        return counted(hours, "Stunde", "Stunden")
    if minutes == 30 and hours == 1:
        return "anderthalb Stunden"
    return f"{counted(hours, 'Stunde', 'Stunden')} und {counted(minutes, 'Minute', 'Minuten')}"
