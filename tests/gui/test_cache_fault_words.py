"""The speech cache's faults reach the window in its language; the CLI keeps the English."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from backcoach.speech.cache import CacheFault, CacheFaultKind, unwritable_fault
from backcoach.speech.cache_words import cache_fault_text
from backcoach.ui.translators import Translators

FOLDER = Path("/home/ada/.cache/backcoach/speech")
FAULTS = [
    unwritable_fault(FOLDER, "EROFS"),
    unwritable_fault(FOLDER, "ENOTDIR"),
    unwritable_fault(FOLDER, "ENOSPC_SOMETHING_ODD"),
    unwritable_fault(FOLDER, "EIO"),
    CacheFault(CacheFaultKind.NO_TEMPORARY_FOLDER, FOLDER, "Permission denied"),
    CacheFault(CacheFaultKind.DISK_FULL, FOLDER),
]


@pytest.mark.parametrize("fault", FAULTS, ids=lambda fault: f"{fault.kind}-{fault.reason}")
def test_each_fault_is_worded_in_the_window_language(qapp: QApplication, fault: CacheFault) -> None:
    assert cache_fault_text(fault) == fault.message  # no translator: the CLI's English
    translators = Translators(qapp)
    assert translators.install("de") is None, "run tools/build_translations.py (./run does)"
    try:
        german = cache_fault_text(fault)
    finally:
        translators.install("en")  # the other tests expect English
    assert german != fault.message
    assert str(FOLDER) in german and fault.reason in german
    assert any(word in german for word in ("Sprach-Zwischenspeicher", "Datenträger"))


def test_the_kinds_follow_the_os_error() -> None:
    assert unwritable_fault(FOLDER, "EACCES").kind is CacheFaultKind.READ_ONLY
    assert unwritable_fault(FOLDER, "EEXIST").kind is CacheFaultKind.NOT_A_FOLDER
    odd = unwritable_fault(FOLDER, "EIO")
    assert odd.kind is CacheFaultKind.UNWRITABLE and odd.reason == "Input/output error"
