"""The exercise form gives the loader's reasons in the window's language; others as they are."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from backcoach.ui.editor.loader_reasons import reason_text
from backcoach.ui.translators import Translators


def test_known_reasons_in_german_unknown_ones_as_the_loader_said(qapp: QApplication) -> None:
    translators = Translators(qapp)
    assert translators.install("de") is None, "run tools/build_translations.py (./run does)"
    try:
        assert reason_text("must not be empty") == "Darf nicht leer sein."
        assert reason_text("is 81 characters long; the limit is 80") == (
            "Zu lang: 81 Zeichen, höchstens 80."
        )
        assert reason_text("must be from 0.5 to 60 seconds, not 90") == (
            "Muss zwischen 0.5 und 60 Sekunden liegen."
        )
        assert "Luft anzuhalten" in reason_text("must not tell the user to hold their breath")
        odd = "unknown field (known fields: name, id)"
        assert reason_text(odd) == odd  # never hidden
    finally:
        translators.install("en")  # the other tests expect English


def test_english_reasons_speak_to_the_form(qapp: QApplication) -> None:
    assert reason_text("must be from 1 to 10, not 0") == "Must be from 1 to 10."
    assert reason_text("only one phase may be the hold") == "Only one phase may be the hold."
