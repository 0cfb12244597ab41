"""The About box: version, what the app is (and is not), and where its content comes from."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from backcoach import __version__


def about_html() -> str:
    what = QCoreApplication.translate(
        "About", "A coach for lower back pain: exercises, routines and self-care reading."
    )
    not_a_clinician = QCoreApplication.translate(
        "About", "This app supports self-care; it does not replace a doctor or physiotherapist."
    )
    credits = QCoreApplication.translate(
        "About",
        "The exercises are written in our own words from five public articles on lower-back "
        "exercise; each exercise lists the articles it comes from and the dose each gives. "
        "Doses and cautions were checked against clinical guidance (NICE NG59, American "
        "College of Physicians 2017, WHO 2023, ACSM).",
    )
    built_with = QCoreApplication.translate(
        "About", "Built with Qt for Python (PySide6). Licence: GPL-3.0-or-later."
    )
    return (
        f"<h3>backcoach {escape(__version__)}</h3><p>{escape(what)}</p>"
        f"<p><b>{escape(not_a_clinician)}</b></p>"
        f"<p>{escape(credits)}</p><p>{escape(built_with)}</p>"
    )


def show_about(parent: QWidget) -> None:
    QMessageBox.about(parent, QCoreApplication.translate("About", "About backcoach"), about_html())
