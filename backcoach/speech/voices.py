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
