"""Which languages BackCoach speaks and shows, and which one a user gets."""

from __future__ import annotations

from collections.abc import Iterable

# Each has a window translation, content overlays and a phrasebook (English is the source).
LANGUAGES = {"en": "English", "de": "Deutsch"}  # code -> the language's name for itself
DEFAULT = "en"


def language_code(tag: str) -> str:
    """ "de_DE.UTF-8", "de-AT" or "DE" -> "de"."""
    return tag.replace("-", "_").split("_")[0].split(".")[0].strip().lower()


def resolve_language(choice: str, system: Iterable[str]) -> str:
    """The user's ``choice`` when we have it; else the first of the system's preferred
    languages (most preferred first) that we have; else English."""
    for tag in (choice, *system):
        code = language_code(tag) if tag else ""
        if code in LANGUAGES:
            return code
    return DEFAULT


def system_languages(environ: dict[str, str]) -> list[str]:
    """The preferred languages a POSIX environment names (for the command line; the
    window asks Qt, which also knows Windows' and macOS's settings)."""
    # LANGUAGE is a colon-separated priority list and wins; then LC_ALL, LC_MESSAGES, LANG.
    tags = [tag for tag in environ.get("LANGUAGE", "").split(":") if tag]
    for key in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(key, "")
        if value:  # the first one set decides; "C" and "POSIX" name no language
            if value not in ("C", "POSIX") and not value.startswith("C."):
                tags.append(value)
            break
    return tags
