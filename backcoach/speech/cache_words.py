"""A fault of the speech cache, worded in the window's language (the CLI prints its English)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from backcoach.speech.cache import CacheFault, CacheFaultKind


def cache_fault_text(fault: CacheFault) -> str:
    """Each sentence is a literal translate() call so that pyside6-lupdate finds it."""
    folder = str(fault.folder)
    if fault.kind is CacheFaultKind.DISK_FULL:
        return QCoreApplication.translate(
            "SpeechCache",
            "The disk is full (folder {folder}): cues that could not be rendered "
            "are shown as captions only.",
        ).format(folder=folder)
    if fault.kind is CacheFaultKind.NO_TEMPORARY_FOLDER:
        return QCoreApplication.translate(
            "SpeechCache",
            "The speech cache folder {folder} cannot be written, and no temporary folder "
            "could be made ({reason}): cues are shown as captions only.",
        ).format(folder=folder, reason=fault.reason)
    if fault.kind is CacheFaultKind.READ_ONLY:
        return QCoreApplication.translate(
            "SpeechCache",
            "The speech cache folder {folder} is read-only; using a temporary folder "
            "until backcoach closes.",
        ).format(folder=folder)
    if fault.kind is CacheFaultKind.NOT_A_FOLDER:
        return QCoreApplication.translate(
            "SpeechCache",
            "The speech cache folder {folder} is not a folder (a file is in its place); "
            "using a temporary folder until backcoach closes.",
        ).format(folder=folder)
    return QCoreApplication.translate(
        "SpeechCache",
        "The speech cache folder {folder} cannot be written ({reason}); using a temporary "
        "folder until backcoach closes.",
    ).format(folder=folder, reason=fault.reason)
