"""The floor view: the session full screen, its figure and text big enough for three metres."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QFont,
    QFontMetrics,
    QHideEvent,
    QPalette,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from backcoach.figures.figure_view import FigureView
from backcoach.ui.player.figure import FigureAnimator
from backcoach.ui.player.key_help import KeyHelp
from backcoach.ui.player.phase import set_text
from backcoach.ui.session.display import TEXT_COLOUR, Display
from backcoach.ui.wording import quoted

# Text heights as fractions of the window's height. The timer is a third of it: from 3 m
# a 800-pixel-high laptop screen shows it about 8 cm tall.
TIMER_SHARE = 0.34
SHARES = {
    "phase": 0.075,
    "title": 0.05,
    "line": 0.06,
    "caption": 0.055,
    "next": 0.045,
    "footer": 0.03,
}
WIDTH_USE = 0.92  # the timer may use this much of its column before it shrinks to fit
# The figure takes the left half beside the text: from 3 m a pose reads only when large.
FIGURE_STRETCH, TEXT_STRETCH = 1, 1
# 20 frames a second: slow exercise movements still look smooth from the floor, and the
# figure at half a full screen costs a third less than at the player's 30 (player_cpu.py).
FLOOR_FRAME_MS = 50


class FloorView(QWidget):
    """Laid over the whole main window, which goes full screen while it shows (a window of
    its own would keep a second full-screen buffer of pixels: 4 MiB at 1280 x 800, measured).
    The whole background is the phase colour."""

    left = Signal()  # closed other than by Esc, which is the window's action
    helpShown = Signal(bool)  # noqa: N815 (Qt signal naming): the list of keys covers it

    def __init__(
        self, parent: QWidget | None = None, *, figure: FigureAnimator | None = None
    ) -> None:
        super().__init__(parent)
        # The player's animator paints here while the floor view shows (one figure moves
        # at a time); without one, or with no pose (getting ready), the text fills the width.
        self.figure = figure  # set first: hiding below already calls hideEvent
        self.setObjectName("floorView")
        self.setAccessibleName(self.tr("backcoach: floor view"))
        self.setAutoFillBackground(True)
        # Keys go here while it shows, not to a button of the player hidden under it.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.hide()
        self._colour = ""
        self.title = self._label("floorTitle")
        self.progress_text = self._label("floorProgress")
        self.phase = self._label("floorPhase")
        self.timer = self._label("floorTimer")
        self.timer.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        self.line = self._label("floorLine")
        self.caption = self._label("floorCaption")
        self.caption.setWordWrap(True)
        self.next_up = self._label("floorNextUp")
        self.next_up.setWordWrap(True)
        # A darker band sets "next up" apart from the caption just above it.
        self.next_up.setStyleSheet(
            f"#floorNextUp {{ color: {TEXT_COLOUR}; background-color: rgba(0, 0, 0, 70);"
            " border-radius: 12px; padding: 6px 18px; }"
        )
        self.footer = self._label("floorFooter")
        self.footer.setText(
            self.tr("Space: pause   ←/→: back/skip   M: mute   Esc: leave   ?: all keys")
        )
        self.help: KeyHelp | None = None
        self.illustration = self._figure_view()

        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.progress_text)
        self.title.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.progress_text.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 24, 40, 16)
        layout.setSpacing(6)
        layout.addLayout(header)
        text = QVBoxLayout()
        text.setSpacing(6)
        text.addWidget(self.phase)
        text.addWidget(self.timer, 1)
        text.addWidget(self.line)
        text.addWidget(self.caption)
        text.addWidget(self.next_up)
        body = QHBoxLayout()
        body.setSpacing(24)
        body.addWidget(self.illustration, FIGURE_STRETCH)
        body.addLayout(text, TEXT_STRETCH)
        layout.addLayout(body, 1)
        layout.addWidget(self.footer)
        self.resize(1024, 640)
        self._fit_fonts()

    def _figure_view(self) -> FigureView:
        view = FigureView(self)
        view.setObjectName("floorFigure")
        # The player's own word for its figure (and its translation), not a second string.
        view.setAccessibleName(QCoreApplication.translate("LivePage", "Illustration"))
        view.setAutoFillBackground(False)  # the phase colour shows through
        view.hide()
        return view

    def _label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        return label

    def set_help(self, rows: list[tuple[str, str]]) -> None:
        if self.help is not None:
            self.help.deleteLater()
        self.help = KeyHelp(rows, self, point_size=max(14.0, self.height() / 40))
        self.help.shownChanged.connect(self.helpShown)

    def show_display(self, display: Display, muted: bool) -> None:
        if display.colour != self._colour:
            self._colour = display.colour
            palette = self.palette()
            palette.setColor(QPalette.ColorRole.Window, QColor(display.colour))
            palette.setColor(QPalette.ColorRole.WindowText, QColor(TEXT_COLOUR))
            self.setPalette(palette)
            self._colour_figure(QColor(display.colour))
        self._place_figure()
        set_text(self.title, display.title, keep_space=True)
        progress = display.progress_text
        if muted:
            progress = self.tr("Voice muted") + " · " + progress
        set_text(self.progress_text, progress, keep_space=True)
        set_text(self.phase, display.phase_text, keep_space=True)
        if self.timer.text() != display.big:
            self.timer.setText(display.big)
            self._fit_timer()
        line = " · ".join(part for part in (display.rep_text, display.set_text) if part)
        set_text(self.line, line or display.action, keep_space=True)
        next_up = self.tr("Next up: {what}").format(what=display.next_up)
        set_text(self.next_up, next_up if display.next_up else "", keep_space=True)

    def show_caption(self, text: str) -> None:
        set_text(self.caption, quoted(text) if text else "", keep_space=True)

    def _colour_figure(self, colour: QColor) -> None:
        """A white figure on the phase colour, its outline halo in that colour too."""
        palette = self.illustration.palette()
        palette.setColor(QPalette.ColorRole.Base, colour)
        palette.setColor(QPalette.ColorRole.Text, QColor(TEXT_COLOUR))
        palette.setColor(QPalette.ColorRole.Highlight, QColor(TEXT_COLOUR))
        self.illustration.setPalette(palette)

    def _place_figure(self) -> None:
        """Shown beside the text while there is a pose to show; the timer refits its room."""
        wanted = self.figure is not None and self.illustration.pose is not None
        if wanted != self.illustration.isVisibleTo(self):
            self.illustration.setVisible(wanted)
            layout = self.layout()
            if layout is not None:
                layout.activate()  # the text's column at once, for the timer to fit
            self._fit_timer()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.figure is not None:
            self.figure.show_in(self.illustration, FLOOR_FRAME_MS)
            self._place_figure()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if self.figure is not None:
            self.figure.show_in(None)  # back to the player's own figure

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_fonts()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing the window (the window manager's X, Alt+F4) only leaves the floor view.
        super().closeEvent(event)
        self.left.emit()

    def _fit_fonts(self) -> None:
        height = max(1, self.height())
        labels = {
            "phase": self.phase,
            "title": self.title,
            "line": self.line,
            "caption": self.caption,
            "next": self.next_up,
            "footer": self.footer,
        }
        for name, label in labels.items():
            font = QFont(label.font())
            font.setPixelSize(max(8, round(height * SHARES[name])))
            font.setBold(name in ("phase", "title"))
            label.setFont(font)
        self.progress_text.setFont(self.title.font())
        self._fit_timer()

    def _fit_timer(self) -> None:
        """A third of the height, unless the text is too wide for the window."""
        font = QFont(self.timer.font())
        font.setBold(True)
        size = round(self.height() * TIMER_SHARE)
        font.setPixelSize(max(8, size))
        text = self.timer.text() or "0"
        width = QFontMetrics(font).horizontalAdvance(text)
        column = float(self.width())
        if self.illustration.isVisibleTo(self):
            column = column * TEXT_STRETCH / (FIGURE_STRETCH + TEXT_STRETCH)
        room = column * WIDTH_USE
        if width > room:
            font.setPixelSize(max(8, int(size * room / width)))
        if font != self.timer.font():
            self.timer.setFont(font)
