"""The words the UI shows for doses, breaths, times and tags, all translatable."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from backcoach.model import Breath, Category, Condition, Dose, Equipment, Phase, Sides

# Literal translate() calls (not a helper) so pyside6-lupdate can find every string.
_CONTEXT = "Wording"


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
            return QCoreApplication.translate(_CONTEXT, "1 minute")
        return QCoreApplication.translate(_CONTEXT, "%n minutes", None, minutes)
    return QCoreApplication.translate(_CONTEXT, "{seconds} s").format(
        seconds=seconds_text(seconds)
    )


def dose_text(dose: Dose) -> str:
    """E.g. "3 sets of 15, hold 3 s, 60 s rest between sets" or "10 minutes"."""
    if dose.duration_s is not None:
        return minutes_text(dose.duration_s)
    if dose.sets > 1:
        parts = [QCoreApplication.translate(_CONTEXT, "%n sets of {reps}", None, dose.sets)
                 .format(reps=dose.reps)]
    elif dose.reps == 1:
        parts = [QCoreApplication.translate(_CONTEXT, "1 repetition")]
    else:
        parts = [QCoreApplication.translate(_CONTEXT, "%n repetitions", None, dose.reps)]
    if dose.sides is Sides.EACH:
        parts[0] += " " + QCoreApplication.translate(_CONTEXT, "each side")
    elif dose.sides is Sides.ALTERNATE:
        parts[0] += " " + QCoreApplication.translate(_CONTEXT, "alternating sides")
    if dose.hold_s is not None:
        parts.append(QCoreApplication.translate(_CONTEXT, "hold {seconds} s")
                     .format(seconds=seconds_text(dose.hold_s)))
    if dose.sets > 1 and dose.rest_s > 0:
        parts.append(QCoreApplication.translate(_CONTEXT, "{seconds} s rest between sets")
                     .format(seconds=seconds_text(dose.rest_s)))
    return ", ".join(parts)


def breath_text(breath: Breath) -> str:
    if breath is Breath.OUT:
        return QCoreApplication.translate(_CONTEXT, "breathe out")
    if breath is Breath.IN:
        return QCoreApplication.translate(_CONTEXT, "breathe in")
    return QCoreApplication.translate(_CONTEXT, "keep breathing")


def phase_time_text(phase: Phase, dose: Dose) -> str:
    """ "2 s" for a timed phase, "hold 3 s" for the hold, which takes its length from the dose."""
    if phase.hold:
        return QCoreApplication.translate(_CONTEXT, "hold {seconds} s").format(
            seconds=seconds_text(dose.hold_s or 0.0)
        )
    return QCoreApplication.translate(_CONTEXT, "{seconds} s").format(
        seconds=seconds_text(phase.seconds or 0.0)
    )


def category_label(category: Category) -> str:
    labels = {
        Category.STRETCH: QCoreApplication.translate(_CONTEXT, "Stretch"),
        Category.STRENGTH: QCoreApplication.translate(_CONTEXT, "Strength"),
        Category.MOBILITY: QCoreApplication.translate(_CONTEXT, "Mobility"),
        Category.CARDIO: QCoreApplication.translate(_CONTEXT, "Cardio"),
        Category.RELAXATION: QCoreApplication.translate(_CONTEXT, "Relaxation"),
    }
    return labels[category]


def equipment_label(equipment: Equipment) -> str:
    labels = {
        Equipment.MAT: QCoreApplication.translate(_CONTEXT, "Mat"),
        Equipment.WALL: QCoreApplication.translate(_CONTEXT, "Wall"),
        Equipment.STEP: QCoreApplication.translate(_CONTEXT, "Step"),
        Equipment.CHAIR: QCoreApplication.translate(_CONTEXT, "Chair"),
        Equipment.TOWEL: QCoreApplication.translate(_CONTEXT, "Towel"),
        Equipment.POOL: QCoreApplication.translate(_CONTEXT, "Pool"),
        Equipment.BICYCLE: QCoreApplication.translate(_CONTEXT, "Bicycle"),
    }
    return labels[equipment]


def condition_label(condition: Condition) -> str:
    """The tag as words, e.g. "end-range flexion"; .meaning says what it does."""
    return condition.value.replace("-", " ").replace("end range", "end-range")


def source_label(file_name: str) -> str:
    """ "000_080fa8705ae22a61.txt" -> "000": the seed number is what people compare."""
    return file_name.split("_", 1)[0]
