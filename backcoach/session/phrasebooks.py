"""Every language the coach speaks, and the phrasebook for a language code."""

from __future__ import annotations

from backcoach.session.phrasebook import Phrasebook
from backcoach.session.phrases import EnglishPhrases
from backcoach.session.phrases_de import GermanPhrases

PHRASEBOOKS: dict[str, type[Phrasebook]] = {"en": EnglishPhrases, "de": GermanPhrases}


def phrasebook_for(language: str) -> Phrasebook:
    """The phrasebook for a language code ("de", "de_AT"); English for any without one."""
    code = language.replace("-", "_").split("_")[0].lower()
    return PHRASEBOOKS.get(code, EnglishPhrases)()
