"""The first-run check as data: red flags, whether sessions may start, conditions to cautions."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from backcoach.model import Condition, Position
from backcoach.store.history import SafetyProfile


class FlagLevel(StrEnum):
    """How soon a red flag needs a doctor; ordered from the most urgent."""

    EMERGENCY = "emergency"  # medical help now; no session at all while it is answered yes
    SEE_DOCTOR_SOON = "see-doctor-soon"  # a doctor in the next days, before exercising


@dataclass(frozen=True)
class RedFlag:
    """One yes/no question; ``id`` is what the history stores, so it never changes."""

    id: str
    question: str  # English; the window shows its own translated words for the same id
    level: FlagLevel


# CONTENT.md, "Red flags": emergency-level are the bladder/bowel/saddle/both-legs group,
# chest pain and major trauma; the rest need a doctor soon. Emergency ones come first,
# so they are asked first.
RED_FLAGS: tuple[RedFlag, ...] = (
    RedFlag(
        "bladder-bowel",
        "Since the back pain began, have you lost control of your bladder or bowels?",
        FlagLevel.EMERGENCY,
    ),
    RedFlag(
        "saddle-numbness",
        "Is there numbness around your genitals or your buttocks?",
        FlagLevel.EMERGENCY,
    ),
    RedFlag("both-legs", "Do both of your legs feel weak or numb?", FlagLevel.EMERGENCY),
    RedFlag("chest-pain", "Do you have pain in your chest?", FlagLevel.EMERGENCY),
    RedFlag(
        "serious-fall",
        "Did the back pain start after a serious fall or an accident?",
        FlagLevel.EMERGENCY,
    ),
    RedFlag("unsteady-walking", "Has your walking become unsteady?", FlagLevel.SEE_DOCTOR_SOON),
    RedFlag("fever", "Do you have a fever as well as the back pain?", FlagLevel.SEE_DOCTOR_SOON),
    RedFlag("weight-loss", "Have you lost weight without trying to?", FlagLevel.SEE_DOCTOR_SOON),
    RedFlag("cancer", "Have you ever had cancer?", FlagLevel.SEE_DOCTOR_SOON),
    RedFlag(
        "night-pain",
        "Is the pain there all the time, and worse at night?",
        FlagLevel.SEE_DOCTOR_SOON,
    ),
)


@dataclass(frozen=True)
class Advice:
    """What to do now after a yes at one level, in English (the window translates its own)."""

    level: FlagLevel
    heading: str
    steps: tuple[str, ...]
    why: str


ADVICE: tuple[Advice, ...] = (
    Advice(
        FlagLevel.EMERGENCY,
        "Get medical help now",
        (
            "Call your emergency number now (112 in Europe, 999 in the UK, 911 in the US and "
            "Canada), or go to the nearest emergency department (A&E).",
            "Do not do any exercises for now.",
            "backcoach starts no session while this answer stands. If you ticked it by "
            "mistake, go back and change it.",
        ),
        "These signs can mean that a nerve or another part of the body needs care at once.",
    ),
    Advice(
        FlagLevel.SEE_DOCTOR_SOON,
        "Please see a doctor first",
        (
            "See a doctor in the next few days, before you exercise with backcoach.",
            "Once a doctor has checked you and said you may exercise, tick the box to say so; "
            "sessions can start then.",
        ),
        "Most of the time these signs have a harmless cause. Now and then they point to "
        "something other than a strained back, such as an infection or a fracture, which a "
        "doctor should rule out first.",
    ),
)


class Gate(StrEnum):
    """Whether a session may start, and if not, why not."""

    ALLOWED = "allowed"
    FIRST_RUN_NEEDED = "first-run-needed"  # no check done yet (or it was never finished)
    EMERGENCY = "emergency"  # an emergency answer: blocked until the user changes it
    SEE_DOCTOR_FIRST = "see-doctor-first"  # a see-a-doctor answer, no clinician check yet


def red_flag(flag_id: str) -> RedFlag | None:
    return next((flag for flag in RED_FLAGS if flag.id == flag_id), None)


def advice_for(level: FlagLevel) -> Advice:
    return next(advice for advice in ADVICE if advice.level is level)


def level_of(flag_id: str) -> FlagLevel:
    """A flag's level; an id this version does not know (a newer backcoach saved it) counts
    as see-a-doctor-soon: never waved through, yet not an alarm we cannot explain."""
    flag = red_flag(flag_id)
    return flag.level if flag is not None else FlagLevel.SEE_DOCTOR_SOON


def present_flags(profile: SafetyProfile, level: FlagLevel | None = None) -> tuple[str, ...]:
    """The ids answered yes (of ``level`` if given), in the order they are asked."""
    order = {flag.id: index for index, flag in enumerate(RED_FLAGS)}
    present = [
        flag_id
        for flag_id, yes in profile.red_flags.items()
        if yes and (level is None or level_of(flag_id) is level)
    ]
    return tuple(sorted(present, key=lambda flag_id: (order.get(flag_id, len(order)), flag_id)))


def session_gate(profile: SafetyProfile | None) -> Gate:
    """May a session start? Not before the check is done, never with an emergency answer,
    and with a see-a-doctor answer only once the user confirmed a clinician checked them."""
    if profile is None or profile.disclaimer_acknowledged_at is None:
        return Gate.FIRST_RUN_NEEDED
    if present_flags(profile, FlagLevel.EMERGENCY):
        return Gate.EMERGENCY
    if present_flags(profile, FlagLevel.SEE_DOCTOR_SOON) and profile.clinician_checked_at is None:
        return Gate.SEE_DOCTOR_FIRST
    return Gate.ALLOWED


def sessions_allowed(profile: SafetyProfile | None) -> bool:
    return session_gate(profile) is Gate.ALLOWED


class HealthCondition(StrEnum):
    """The three conditions of the safety profile that bring exercise cautions forward."""

    OSTEOPOROSIS_FRACTURE_STEROIDS = "osteoporosis-fracture-steroids"
    PREGNANCY = "pregnancy"
    RECENT_BACK_SURGERY = "recent-back-surgery"


@dataclass(frozen=True)
class CautionRule:
    """An exercise needs care with ``condition`` when it carries one of ``tags`` or is done
    in one of ``positions``."""

    condition: HealthCondition
    tags: frozenset[Condition]
    positions: frozenset[Position] = frozenset()


CAUTION_RULES: tuple[CautionRule, ...] = (
    # CONTENT.md: end-range flexion and twisting carry a caution for osteoporosis, a past
    # spinal fracture or long-term steroid use.
    CautionRule(
        HealthCondition.OSTEOPOROSIS_FRACTURE_STEROIDS,
        frozenset({Condition.END_RANGE_FLEXION, Condition.ROTATION}),
    ),
    # CONTENT.md says nothing on pregnancy: a conservative choice. Lying on the belly
    # presses on the bump, and loaded extension arches the back that the bump already
    # pulls forward; both wait for a midwife's or doctor's word.
    CautionRule(
        HealthCondition.PREGNANCY,
        frozenset({Condition.LOADED_EXTENSION}),
        frozenset({Position.PRONE}),
    ),
    # Every floor exercise waits for the surgeon's go-ahead (a general caution, whatever
    # the tags). Conservative addition, not from CONTENT.md: the movements that load the
    # spine most (deep bending, twisting, loaded arching) also when done sitting or standing.
    CautionRule(
        HealthCondition.RECENT_BACK_SURGERY,
        frozenset({Condition.END_RANGE_FLEXION, Condition.ROTATION, Condition.LOADED_EXTENSION}),
        frozenset(position for position in Position if position.on_floor),
    ),
)


def profile_conditions(profile: SafetyProfile | None) -> tuple[HealthCondition, ...]:
    """The conditions the user said yes to, in the order of CAUTION_RULES."""
    if profile is None:
        return ()
    said = {
        HealthCondition.OSTEOPOROSIS_FRACTURE_STEROIDS: profile.osteoporosis_fracture_steroids,
        HealthCondition.PREGNANCY: profile.pregnancy,
        HealthCondition.RECENT_BACK_SURGERY: profile.recent_back_surgery,
    }
    return tuple(rule.condition for rule in CAUTION_RULES if said[rule.condition])


def caution_rule(condition: HealthCondition) -> CautionRule:
    return next(rule for rule in CAUTION_RULES if rule.condition is condition)


def caution_tags(profile: SafetyProfile | None) -> frozenset[Condition]:
    """The exercise tags whose cautions must come forward for this user."""
    tags: set[Condition] = set()
    for condition in profile_conditions(profile):
        tags |= caution_rule(condition).tags
    return frozenset(tags)
