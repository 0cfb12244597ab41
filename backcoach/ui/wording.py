"""The words the UI shows for doses, breaths, times and tags, all translatable."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from backcoach.content.sources import SourceCatalogue
from backcoach.model import Breath, Category, Condition, Dose, Equipment, Phase, Position, Sides

# Literal translate() calls, context included (not a helper, not a constant): that is
# what pyside6-lupdate can find.


def quoted(text: str) -> str:
    """A caption in the language's quotation marks: “...” in English, „...“ in German."""
    return QCoreApplication.translate("Wording", "“{text}”").format(text=text)


def seconds_text(seconds: float) -> str:
    """2.0 -> "2", 2.5 -> "2.5": whole numbers without a trailing ".0"."""
    return f"{seconds:g}"


def clock_text(seconds: float) -> str:
    """A duration as m:ss, as on a timer."""
    minutes, secs = divmod(round(seconds), 60)
    return f"{minutes}:{secs:02d}"


def minutes_text(seconds: float) -> str:
    if seconds % 60 == 0:
        minutes = int(seconds // 60)
        if minutes == 1:
            return QCoreApplication.translate("Wording", "1 minute")
        return QCoreApplication.translate("Wording", "{n} minutes").format(n=minutes)
    return QCoreApplication.translate("Wording", "{seconds} s").format(
        seconds=seconds_text(seconds)
    )


def dose_text(dose: Dose) -> str:
    """E.g. "3 sets of 15, hold 3 s, 60 s rest between sets" or "10 minutes"."""
    if dose.duration_s is not None:
        return minutes_text(dose.duration_s)
    # "{n}", not Qt's "%n" plurals: pyside6-lupdate loses a translate() whose count is not
    # a plain literal, and one (1 minute, 1 repetition) has its own sentence anyway.
    if dose.sets > 1:
        first = QCoreApplication.translate("Wording", "{n} sets of {reps}").format(
            n=dose.sets, reps=dose.reps
        )
    elif dose.reps == 1:
        first = QCoreApplication.translate("Wording", "1 repetition")
    else:
        first = QCoreApplication.translate("Wording", "{n} repetitions").format(n=dose.reps)
    parts = [first]
    if dose.sides is Sides.EACH:
        parts[0] += " " + QCoreApplication.translate("Wording", "each side")
    elif dose.sides is Sides.ALTERNATE:
        parts[0] += " " + QCoreApplication.translate("Wording", "alternating sides")
    if dose.hold_s is not None:
        parts.append(
            QCoreApplication.translate("Wording", "hold {seconds} s").format(
                seconds=seconds_text(dose.hold_s)
            )
        )
    if dose.sets > 1 and dose.rest_s > 0:
        parts.append(
            QCoreApplication.translate("Wording", "{seconds} s rest between sets").format(
                seconds=seconds_text(dose.rest_s)
            )
        )
    return ", ".join(parts)


def breath_text(breath: Breath) -> str:
    if breath is Breath.OUT:
        return QCoreApplication.translate("Wording", "breathe out")
    if breath is Breath.IN:
        return QCoreApplication.translate("Wording", "breathe in")
    return QCoreApplication.translate("Wording", "keep breathing")


def phase_time_text(phase: Phase, dose: Dose) -> str:
    """ "2 s" for a timed phase, "hold 3 s" for the hold, which takes its length from the dose."""
    if phase.hold:
        return QCoreApplication.translate("Wording", "hold {seconds} s").format(
            seconds=seconds_text(dose.hold_s or 0.0)
        )
    return QCoreApplication.translate("Wording", "{seconds} s").format(
        seconds=seconds_text(phase.seconds or 0.0)
    )


def category_label(category: Category) -> str:
    labels = {
        Category.STRETCH: QCoreApplication.translate("Wording", "Stretch"),
        Category.STRENGTH: QCoreApplication.translate("Wording", "Strength"),
        Category.MOBILITY: QCoreApplication.translate("Wording", "Mobility"),
        Category.CARDIO: QCoreApplication.translate("Wording", "Cardio"),
        Category.RELAXATION: QCoreApplication.translate("Wording", "Relaxation"),
    }
    return labels[category]


def equipment_label(equipment: Equipment) -> str:
    labels = {
        Equipment.MAT: QCoreApplication.translate("Wording", "Mat"),
        Equipment.WALL: QCoreApplication.translate("Wording", "Wall"),
        Equipment.STEP: QCoreApplication.translate("Wording", "Step"),
        Equipment.CHAIR: QCoreApplication.translate("Wording", "Chair"),
        Equipment.TOWEL: QCoreApplication.translate("Wording", "Towel"),
        Equipment.POOL: QCoreApplication.translate("Wording", "Pool"),
        Equipment.BICYCLE: QCoreApplication.translate("Wording", "Bicycle"),
    }
    return labels[equipment]


def condition_label(condition: Condition) -> str:
    """The tag as words, e.g. "end-range flexion"; condition_meaning says what it does."""
    labels = {
        Condition.END_RANGE_FLEXION: QCoreApplication.translate("Wording", "end-range flexion"),
        Condition.ROTATION: QCoreApplication.translate("Wording", "rotation"),
        Condition.LOADED_EXTENSION: QCoreApplication.translate("Wording", "loaded extension"),
        Condition.WRIST_LOAD: QCoreApplication.translate("Wording", "wrist load"),
        Condition.KNEE_LOAD: QCoreApplication.translate("Wording", "knee load"),
        Condition.NECK_FLEXION: QCoreApplication.translate("Wording", "neck flexion"),
        Condition.STANDING_BALANCE: QCoreApplication.translate("Wording", "standing balance"),
    }
    return labels[condition]


def condition_meaning(condition: Condition) -> str:
    """What the movement does, completing "This movement ..."."""
    meanings = {
        Condition.END_RANGE_FLEXION: QCoreApplication.translate(
            "Wording", "bends the spine fully forward"
        ),
        Condition.ROTATION: QCoreApplication.translate("Wording", "twists the spine"),
        Condition.LOADED_EXTENSION: QCoreApplication.translate(
            "Wording", "arches the back against load"
        ),
        Condition.WRIST_LOAD: QCoreApplication.translate(
            "Wording", "puts body weight on the hands"
        ),
        Condition.KNEE_LOAD: QCoreApplication.translate(
            "Wording", "puts weight on or deeply bends the knees"
        ),
        Condition.NECK_FLEXION: QCoreApplication.translate(
            "Wording", "lifts the head against gravity"
        ),
        Condition.STANDING_BALANCE: QCoreApplication.translate(
            "Wording", "needs balance on one leg"
        ),
    }
    return meanings[condition]


def position_label(position: Position) -> str:
    labels = {
        Position.SUPINE: QCoreApplication.translate("Wording", "Lying on your back"),
        Position.PRONE: QCoreApplication.translate("Wording", "Lying face down"),
        Position.SIDE_LYING: QCoreApplication.translate("Wording", "Lying on your side"),
        Position.ALL_FOURS: QCoreApplication.translate("Wording", "On hands and knees"),
        Position.KNEELING: QCoreApplication.translate("Wording", "Kneeling"),
        Position.HALF_KNEELING: QCoreApplication.translate("Wording", "Half-kneeling"),
        Position.SEATED: QCoreApplication.translate("Wording", "Sitting"),
        Position.STANDING: QCoreApplication.translate("Wording", "Standing"),
    }
    return labels[position]


def source_title(file_name: str, sources: SourceCatalogue) -> str:
    """An article by its title in quotation marks and its site where it names one:
    “Exercises to help release back pain”, CitySpidey. A file the catalogue does not know
    (a user's own exercise may cite anything) shows as it is named."""
    article = sources.article(file_name)
    if article is None:
        return file_name
    title = quoted(article.title)
    return f"{title}, {article.site}" if article.site else title
