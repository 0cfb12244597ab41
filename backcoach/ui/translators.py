"""Installs the window's translation for a language: ours and Qt's own (dialog buttons)."""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator


def qm_path(language: str) -> str | None:
    """Our compiled translation for ``language``: committed and shipped in every install
    (docs/translations.md); None only in a broken install or for a language without one."""
    path = resources.files("backcoach") / "translations" / f"backcoach_{language}.qm"
    return str(path) if path.is_file() else None


class Translators:
    """The translators installed on the application, swapped together on a language change."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self._language: str | None = None
        self._problem: str | None = None
        self._locale_before: QLocale | None = None  # the default locale install() replaced

    def install(self, language: str) -> str | None:
        """Puts the window into ``language``; returns a problem in words, or None."""
        if language == self._language:
            # Installed already (for the first frame): again would only tell every
            # widget that the language changed.
            return self._problem
        self._language = language
        self._problem = self._install(language)
        return self._problem

    def remove(self) -> None:
        """Takes out what install() put in, the default locale too (the application lives
        on: in tests, say)."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
        self._language = None
        if self._locale_before is not None:
            QLocale.setDefault(self._locale_before)
            self._locale_before = None

    def _install(self, language: str) -> str | None:
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
        if self._locale_before is None:
            self._locale_before = QLocale()  # the default until now
        QLocale.setDefault(QLocale(language))
        if language == "en":
            return None  # the source strings are English
        ours = qm_path(language)
        problem = None
        if ours is None:
            problem = (
                f"the {language} window translation is missing "
                f"(backcoach_{language}.qm); run tools/build_translations.py"
            )
        wanted: list[tuple[str, str | None]] = [(ours, None)] if ours else []
        # Qt's own strings: standard buttons (OK, Cancel), context menus of text fields.
        wanted.append(
            (f"qtbase_{language}.qm", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        )
        for name, folder in wanted:
            translator = QTranslator(self._app)
            if translator.load(name, folder) if folder else translator.load(name):
                self._app.installTranslator(translator)
                self._installed.append(translator)
        return problem


def system_ui_languages() -> list[str]:
    """The user's preferred languages as the desktop states them, most preferred first."""
    return list(QLocale.system().uiLanguages())
