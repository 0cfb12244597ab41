"""Everything about one exercise: how to do it, how much, what to watch, where it is from."""

from __future__ import annotations

from collections.abc import Mapping
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QWidget

from backcoach.coach.cautions import cautions_first
from backcoach.content.library import BUILT_IN
from backcoach.content.sources import SourceCatalogue, built_in_sources
from backcoach.model import Exercise, Sides
from backcoach.session.phrasebook import Phrasebook, Side
from backcoach.session.phrases import EnglishPhrases
from backcoach.store.history import SafetyProfile
from backcoach.ui.look import (
    callout_colour,
    heading,
    item_list,
    muted_colour,
    paragraph,
)
from backcoach.ui.readable_text import ReadableText
from backcoach.ui.safety.caution_words import caution_text
from backcoach.ui.wording import (
    breath_text,
    category_label,
    condition_label,
    condition_meaning,
    dose_text,
    equipment_label,
    phase_time_text,
    position_label,
    source_title,
)

PICTURE_WIDTH = (110, 290)  # logical pixels per key pose, least and most
PICTURE_HEIGHT = (70, 190)

if TYPE_CHECKING:
    from backcoach.figures.catalog import PoseCatalog


class ExerciseDetail(ReadableText):
    def __init__(
        self,
        parent: QWidget | None = None,
        catalog: PoseCatalog | None = None,
        phrases: Phrasebook | None = None,
        sources: SourceCatalogue | None = None,
        *,
        defer_pictures: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exerciseDetail")
        # Until draw_pictures(), the text only: drawing the key poses cost more than the
        # rest of the window, and its first showing need not wait for them.
        self._pictures_deferred = defer_pictures
        self._catalog = catalog  # None: the built-in poses
        # Source articles by title; the file names stay in the content as the traceable key.
        self._sources = sources or built_in_sources()
        self.phrases = phrases or EnglishPhrases()  # the content's language: fills in sides
        # The pictures' captions in the content's language: exercise id -> pose -> label.
        self.pose_labels: Mapping[str, Mapping[str, str]] = {}
        self._exercise: Exercise | None = None
        self._showing_no_match = False
        # The first-run answers: conditions that bring some cautions to the top, in bold.
        self.safety_profile: SafetyProfile | None = None
        self.setAccessibleName(self.tr("Exercise details"))

    @property
    def exercise(self) -> Exercise | None:
        return self._exercise

    def set_safety_profile(self, profile: SafetyProfile | None) -> None:
        self.safety_profile = profile
        self._render()

    def show_exercise(self, exercise: Exercise) -> None:
        self._exercise = exercise
        self._showing_no_match = False
        self._render()

    def draw_pictures(self) -> None:
        """Ends the deferral: the pictures of the exercise shown, drawn now."""
        if self._pictures_deferred:
            self._pictures_deferred = False
            self._render()

    def show_no_match(self) -> None:
        self._exercise = None
        self._showing_no_match = True
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # The HTML carries palette colours: rebuild it when the theme changes.
        if event.type() == QEvent.Type.PaletteChange:
            self._render()

    def _render(self) -> None:
        if self._exercise is not None:
            self.setHtml(self._exercise_html(self._exercise))
        elif self._showing_no_match:
            self.setHtml(
                heading(self.tr("No exercise matches"), 2)
                + paragraph(self.tr("Try another word, or set the filters back to “Any”."))
            )
        else:
            self.clear()

    def _exercise_html(self, exercise: Exercise) -> str:
        palette = self.palette()
        muted = f"color: {muted_colour(palette)};"
        parts = [heading(exercise.name, 2)]
        if exercise.aliases:
            parts.append(
                paragraph(
                    self.tr("Also called: {names}").format(names=", ".join(exercise.aliases)), muted
                )
            )
        facts = [category_label(exercise.category), position_label(exercise.position)]
        facts += [equipment_label(item) for item in exercise.equipment]
        parts.append(f"<p><b>{escape(' · '.join(facts))}</b></p>")
        if exercise.areas:
            areas = ", ".join(exercise.areas)
            parts.append(paragraph(self.tr("Works: {areas}").format(areas=areas)))
        parts.append(paragraph(exercise.purpose))
        if not self._pictures_deferred:
            parts.append(self._pictures_html(exercise, muted))
        parts.append(heading(self.tr("How much")))
        parts.append(paragraph(dose_text(exercise.dose)))
        parts.append(heading(self.tr("Get into position")))
        parts.append(item_list((escape(step) for step in exercise.setup), ordered=True))
        if exercise.phases:
            parts.append(heading(self.tr("Each repetition")))
            parts.append(item_list(self._phase_items(exercise, muted), ordered=True))
        parts.append(self._cautions_html(exercise))
        if exercise.variants:
            parts.append(heading(self.tr("Easier and harder")))
            parts.append(
                item_list(
                    f"<b>{escape(self._level(variant.level))}: {escape(variant.name)}</b>. "
                    f"{escape(variant.how)}"
                    for variant in exercise.variants
                )
            )
        if exercise.tips:
            parts.append(heading(self.tr("Tips")))
            parts.append(item_list(escape(tip) for tip in exercise.tips))
        if exercise.sources:
            parts.append(heading(self.tr("Sources")))
            parts.append(
                item_list(
                    f"{escape(source_title(source.file, self._sources))}: "
                    f"<span style='{muted}'>{escape(source.dose)}</span>"
                    for source in exercise.sources
                )
            )
        if exercise.origin != BUILT_IN:
            parts.append(
                paragraph(
                    self.tr("Your own exercise, from {file}").format(file=exercise.origin), muted
                )
            )
        return "".join(parts)

    def _pictures_html(self, exercise: Exercise, muted: str) -> str:
        """The key poses in order, each with the next one see-through and arrows along the
        movement, numbered; images go into the document as resources."""
        # The figure code loads with the first pictures, after the window's first showing.
        from backcoach.figures.animation import key_pose  # noqa: PLC0415
        from backcoach.figures.catalog import built_in_catalog  # noqa: PLC0415
        from backcoach.figures.painter import FigureStyle, render_image  # noqa: PLC0415
        from backcoach.figures.scene import build_scene, framing  # noqa: PLC0415
        from backcoach.figures.strip import strip_aspect  # noqa: PLC0415

        poses = (self._catalog or built_in_catalog()).for_exercise(exercise)
        if poses is None:
            return ""
        names = poses.shown()
        room = max(PICTURE_WIDTH[0], self.lineWrapColumnOrWidth() - 40 * len(names))
        width = int(min(PICTURE_WIDTH[1], max(PICTURE_WIDTH[0], room / len(names))))
        height = int(min(PICTURE_HEIGHT[1], max(PICTURE_HEIGHT[0], width / strip_aspect(poses))))
        style = FigureStyle.from_palette(self.palette())
        frame = framing(poses, key_pose(poses, names[0]).mirrored)
        cells = []
        for index, name in enumerate(names):
            following = names[(index + 1) % len(names)] if len(names) > 1 else None
            ghost = key_pose(poses, following) if following is not None else None
            scene = build_scene(
                poses, key_pose(poses, name), ghost=ghost, arrows=True, cues_of=name, frame=frame
            )
            image = render_image(scene, QSize(width, height), style, ratio=self.devicePixelRatioF())
            url = QUrl(f"backcoach-figure:{exercise.id}/{index}")
            self.document().addResource(QTextDocument.ResourceType.ImageResource, url, image)
            label = escape(
                self.pose_labels.get(exercise.id, {}).get(name)
                or poses.poses[name].label
                or name.replace("-", " ")
            )
            if index:
                cells.append(f"<td valign='middle' style='{muted} font-size: x-large;'>→</td>")
            cells.append(
                f"<td align='center'><img src='{url.toString()}' width='{width}' "
                f"height='{height}'/><br/><span style='{muted}'>{index + 1}. {label}"
                "</span></td>"
            )
        return f"<table cellspacing='0' cellpadding='2'><tr>{''.join(cells)}</tr></table>"

    def _phase_items(self, exercise: Exercise, muted: str) -> list[str]:
        items = []
        # Sided texts read as the first side the session does (left); the dose says "each side".
        side = None if exercise.dose.sides is Sides.NONE else Side.LEFT
        for phase in exercise.phases:
            timing = f"{breath_text(phase.breath)}, {phase_time_text(phase, exercise.dose)}"
            action = self.phrases.fill_sides(phase.action, side)
            detail = self.phrases.fill_sides(phase.detail, side)
            text = f"<b>{escape(action)}</b> ({escape(timing)})"
            if detail:
                text += f"<br/><span style='{muted}'>{escape(detail)}</span>"
            items.append(text)
        return items

    def _cautions_html(self, exercise: Exercise) -> str:
        lines = [
            f"<b>{escape(caution_text(c))}</b>"
            for c in cautions_first(self.safety_profile, exercise)
        ]
        lines += [escape(caution) for caution in exercise.cautions]
        lines += [
            escape(
                self.tr("This movement {meaning} ({tag}).").format(
                    meaning=condition_meaning(condition), tag=condition_label(condition)
                )
            )
            for condition in sorted(exercise.conditions)
        ]
        if not lines:
            return ""
        # A tinted box and a warning sign make cautions stand out without a fixed colour.
        title = escape("⚠ " + self.tr("Take care"))
        body = "".join(f"<li>{line}</li>" for line in lines)
        return (
            f"<table width='100%' cellpadding='8' cellspacing='0' style='margin-top: 12px;"
            f" background-color: {callout_colour(self.palette())};'>"
            f"<tr><td><b>{title}</b><ul style='margin-bottom: 0;'>{body}</ul></td></tr></table>"
        )

    def _level(self, level: str) -> str:
        if level == "easier":
            return self.tr("Easier")
        if level == "harder":
            return self.tr("Harder")
        return level.capitalize()
