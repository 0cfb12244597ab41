"""The engine's voices as plain data, and the choice of a default voice for a language."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

# Tried in order when the user has not chosen a voice (or theirs is not installed, or
# does not speak the session's language): espeak-ng's ids, then its older short ids.
PREFERRED = {
    "en": ("gmw/en-us", "gmw/en", "en-us", "en"),  # plain US, then British English
    "de": ("gmw/de", "de"),
}


@dataclass(frozen=True)
class Voice:
    id: str
    name: str
    languages: tuple[str, ...]

    def speaks(self, language_prefix: str) -> bool:
        prefix = language_prefix.lower()
        return any(language.lower().startswith(prefix) for language in self.languages)

    def to_json(self) -> dict[str, object]:
        return {"id": self.id, "name": self.name, "languages": list(self.languages)}

    @classmethod
    def from_json(cls, data: dict[str, object]) -> Voice:
        languages = data.get("languages") or []
        assert isinstance(languages, list)
        return cls(
            str(data["id"]),
            str(data.get("name", data["id"])),
            tuple(str(language) for language in languages),
        )


def language_of(voice: Voice) -> str:
    """ "en-gb" -> "en": the filter offers languages, not every regional variant."""
    return voice.languages[0].split("-")[0].lower() if voice.languages else ""


def _plain_name(name: str) -> str:
    """ "Chinese (Mandarin, latin as English)" -> "Chinese (Mandarin)": the brackets' first
    part names the language's variety, the rest how this one voice reads; "Lang_Belta"
    -> "Lang Belta"."""
    name = " ".join(name.replace("_", " ").split())
    head, bracket, rest = name.partition("(")
    variety = rest.rstrip(")").split(",")[0].strip() if bracket else ""
    return f"{head.strip()} ({variety})" if variety else head.strip()


def engine_language_name(voices: Iterable[Voice], language: str) -> str | None:
    """What the engine's voices of ``language`` ("cmn") call it ("Chinese (Mandarin)"), or
    None when their names do not agree on one or merely repeat a code or an id."""
    speaking = [voice for voice in voices if language_of(voice) == language]
    names = {_plain_name(voice.name) for voice in speaking} - {""}
    if len(names) > 1:
        # "English (America)", "English (Great Britain)": the part they share.
        names = {name.split(" (")[0] for name in names}
    if len(names) != 1:
        return None
    name = names.pop()
    codes = {language} | {voice.id for voice in speaking}
    codes |= {code for voice in speaking for code in voice.languages}
    if name.casefold() in {code.casefold() for code in codes}:
        return None
    return name


def filter_voices(voices: Iterable[Voice], language_prefix: str = "") -> list[Voice]:
    """Voices whose language starts with ``language_prefix`` ("en", "en-gb"), by name."""
    return sorted((v for v in voices if v.speaks(language_prefix)), key=lambda v: v.name)


def choose_voice(voices: Sequence[Voice], wanted: str, language: str = "en") -> Voice | None:
    """``wanted`` if installed and it speaks ``language``; else that language's default
    voice, else any voice of it; else the same for English; else the first voice."""
    by_id = {voice.id: voice for voice in voices}
    if wanted in by_id and by_id[wanted].speaks(language):
        return by_id[wanted]
    for code in dict.fromkeys((language, "en")):  # German first, English as the fallback
        for voice_id in PREFERRED.get(code, ()):
            if voice_id in by_id:
                return by_id[voice_id]
        speaking = filter_voices(voices, code)
        if speaking:
            return speaking[0]
    if wanted in by_id:
        return by_id[wanted]
    return voices[0] if voices else None
