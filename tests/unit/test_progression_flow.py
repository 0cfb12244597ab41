"""Progression flow: offers recorded, a yes writes the user's copy, a no is remembered."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from support.played import record_completed_session

from backcoach.coach.progression import Direction, Reason, current_dose
from backcoach.coach.progression_flow import Offer, OutcomeKind, ProgressionFlow
from backcoach.content.library import Library, built_in_folder, load_library, user_folder
from backcoach.content.routine_writer import write_routine
from backcoach.model import Routine
from backcoach.store.history import (
    Decision,
    HistoryStore,
)

T0 = datetime(2025, 3, 3, 18, 0, tzinfo=UTC)
ROUTINE = "core-and-glutes"  # cat-cow (mobility), bird-dog, bridge, side-lying leg lift


class Clock:
    """The store's wall clock: decisions happen when the test says."""

    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture(scope="module")
def built_ins() -> Library:
    return load_library([built_in_folder()])


@pytest.fixture
def library(built_ins: Library) -> Library:
    # The flow adds the copies it writes: each test gets its own dict of routines.
    return Library(exercises=built_ins.exercises, routines=dict(built_ins.routines))


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def store(clock: Clock) -> HistoryStore:
    return HistoryStore.in_memory_only(clock=clock)


@pytest.fixture
def routines_dir(tmp_path: Path) -> Path:
    return tmp_path / "routines"


@pytest.fixture
def flow(store: HistoryStore, library: Library, routines_dir: Path) -> ProgressionFlow:
    return ProgressionFlow(store, library, routines_dir)


class World:
    """What a test of the flow touches: the flow, its store and clock, the library, the folder."""

    def __init__(
        self, flow: ProgressionFlow, clock: Clock, routines_dir: Path, tmp_path: Path
    ) -> None:
        self.flow, self.store, self.library = flow, flow.store, flow.library
        self.clock, self.routines_dir, self.tmp_path = clock, routines_dir, tmp_path

    def reloaded(self) -> Library:
        return reloaded(self.routines_dir, self.tmp_path)


@pytest.fixture
def world(flow: ProgressionFlow, clock: Clock, routines_dir: Path, tmp_path: Path) -> World:
    return World(flow, clock, routines_dir, tmp_path)


def play(
    store: HistoryStore,
    clock: Clock,
    library: Library,
    routine: Routine,
    *,
    day: int,
    after: int,
    before: int = 2,
    next_day: int | None = None,
) -> int:
    """A whole session of ``routine`` on ``day``, every item completed."""
    start = T0 + timedelta(days=day)
    clock.now = start
    session_id = record_completed_session(
        store, library, routine, start, after=after, before=before, next_day=next_day
    )
    clock.now = start + timedelta(minutes=20)  # the summary, where the offer is answered
    return session_id


def three_good_sessions(
    store: HistoryStore, clock: Clock, library: Library, routine: Routine
) -> None:
    for day in range(3):
        play(store, clock, library, routine, day=day, after=2)


def reloaded(routines_dir: Path, tmp_path: Path) -> Library:
    """The content as the app loads it next time: built-ins, then the user's folders."""
    return load_library([built_in_folder(), user_folder(tmp_path / "exercises", routines_dir)])


def only(offers: list[Offer]) -> Offer:
    assert len(offers) == 1, offers
    return offers[0]


# --- a step up, accepted ------------------------------------------------------------------


def test_three_good_sessions_offer_a_step_up_that_lands_in_the_users_copy(world: World) -> None:
    flow, store, library = world.flow, world.store, world.library
    built_in = library.routines[ROUTINE]
    three_good_sessions(store, world.clock, library, built_in)

    offer = only(flow.offers(built_in))
    proposal = offer.proposal
    assert (proposal.direction, proposal.reason) == (Direction.UP, Reason.LOW_PAIN)
    assert (proposal.exercise_id, proposal.old_dose.reps, proposal.new_dose.reps) == (
        "cat-cow",
        5,
        7,
    )
    assert offer.exercise_name == library.exercises["cat-cow"].name
    assert offer.sessions_counted == 3
    assert (offer.copy_id, offer.copy_title, offer.copy_is_new) == (
        "core-and-glutes-mine",
        "Core and glutes (yours)",
        True,
    )
    assert [(d.id, d.decision) for d in store.decisions()] == [
        (offer.decision_id, Decision.PROPOSED)
    ]

    outcome = flow.accept(offer)
    assert outcome.kind is OutcomeKind.APPLIED, outcome.message
    assert outcome.path == world.routines_dir / "core-and-glutes-mine.toml"
    assert outcome.routine is not None
    assert outcome.routine.origin == str(outcome.path)
    assert "Core and glutes (yours)" in outcome.message

    again = world.reloaded()
    assert again.problems == []
    mine = again.routines["core-and-glutes-mine"]
    assert mine.title == "Core and glutes (yours)"
    assert current_dose(mine, 0, again.exercises) == proposal.new_dose
    assert replace(mine, origin="") == replace(outcome.routine, origin="")
    # Only the changed field became an override; everything else is the built-in's.
    assert mine.items[1:] == built_in.items[1:]
    assert again.routines[ROUTINE] == built_in  # the built-in routine is never changed
    assert library.routines["core-and-glutes-mine"] == outcome.routine

    (decision,) = store.decisions()
    assert decision.decision is Decision.ACCEPTED
    assert decision.applied_routine_id == "core-and-glutes-mine"
    # The change resets the count: neither routine has sessions at the new dose yet.
    assert flow.offers(built_in) == []
    assert flow.offers(outcome.routine) == []


def test_the_copy_then_grows_in_place(
    flow: ProgressionFlow,
    store: HistoryStore,
    clock: Clock,
    library: Library,
    routines_dir: Path,
) -> None:
    three_good_sessions(store, clock, library, library.routines[ROUTINE])
    first = flow.accept(only(flow.offers(library.routines[ROUTINE])))
    assert first.routine is not None
    for day in range(5, 8):
        play(store, clock, library, first.routine, day=day, after=1)
    offer = only(flow.offers(first.routine))
    assert (offer.copy_id, offer.copy_is_new) == ("core-and-glutes-mine", False)
    second = flow.accept(offer)
    assert second.kind is OutcomeKind.APPLIED
    assert second.routine is not None
    assert current_dose(second.routine, 0, library.exercises).reps == 9
    assert sorted(p.name for p in routines_dir.iterdir()) == ["core-and-glutes-mine.toml"]


# --- a step back --------------------------------------------------------------------------


def test_pain_after_seven_offers_step_backs_that_go_into_one_copy(world: World) -> None:
    flow, library = world.flow, world.library
    built_in = library.routines[ROUTINE]
    play(world.store, world.clock, library, built_in, day=0, after=7)
    offers = flow.offers(built_in)
    assert {o.proposal.direction for o in offers} == {Direction.BACK}
    assert {o.proposal.reason for o in offers} == {Reason.PAIN_AFTER}
    bridge = next(o for o in offers if o.proposal.exercise_id == "bridge")
    assert (bridge.proposal.old_dose.sets, bridge.proposal.new_dose.sets) == (2, 1)
    assert bridge.sessions_counted == 1

    for offer in offers[:2]:
        assert flow.accept(offer).kind is OutcomeKind.APPLIED
    mine = world.reloaded().routines["core-and-glutes-mine"]
    for offer in offers[:2]:
        position = offer.proposal.item_position
        assert current_dose(mine, position, library.exercises) == offer.proposal.new_dose
    assert sorted(p.name for p in world.routines_dir.iterdir()) == ["core-and-glutes-mine.toml"]
    decided = {d.id: d.decision for d in world.store.decisions()}
    assert [decided[o.decision_id] for o in offers] == [Decision.ACCEPTED] * 2 + [
        Decision.PROPOSED
    ] * (len(offers) - 2)


def test_worse_the_next_day_offers_a_step_back(
    flow: ProgressionFlow, store: HistoryStore, clock: Clock, library: Library
) -> None:
    play(store, clock, library, library.routines[ROUTINE], day=0, after=3, before=2, next_day=5)
    offers = flow.offers(library.routines[ROUTINE])
    assert offers
    assert {o.proposal.reason for o in offers} == {Reason.WORSE_NEXT_DAY}


# --- declining, and not nagging -----------------------------------------------------------


def test_declined_is_not_offered_again_for_the_same_basis(
    flow: ProgressionFlow,
    store: HistoryStore,
    clock: Clock,
    library: Library,
    routines_dir: Path,
) -> None:
    built_in = library.routines[ROUTINE]
    three_good_sessions(store, clock, library, built_in)
    offer = only(flow.offers(built_in))
    outcome = flow.decline(offer)
    assert outcome.kind is OutcomeKind.DECLINED
    assert "stays as it is" in outcome.message
    assert flow.offers(built_in) == []
    assert not routines_dir.exists()  # nothing written
    assert [d.decision for d in store.decisions()] == [Decision.DECLINED]
    # A new good session is new evidence: the step up may be offered again, once.
    play(store, clock, library, built_in, day=3, after=2)
    later = only(flow.offers(built_in))
    assert later.decision_id != offer.decision_id
    assert later.proposal.new_dose == offer.proposal.new_dose


def test_an_offer_left_unanswered_is_offered_again_under_the_same_record(
    flow: ProgressionFlow, store: HistoryStore, clock: Clock, library: Library
) -> None:
    built_in = library.routines[ROUTINE]
    three_good_sessions(store, clock, library, built_in)
    first = only(flow.offers(built_in))
    assert only(flow.offers(built_in)) == first
    assert len(store.decisions()) == 1


# --- stale offers and failures: nothing changes, and the user is told why -----------------


def test_a_stale_proposal_changes_nothing_and_says_why(
    flow: ProgressionFlow,
    store: HistoryStore,
    clock: Clock,
    library: Library,
    routines_dir: Path,
) -> None:
    built_in = library.routines[ROUTINE]
    three_good_sessions(store, clock, library, built_in)
    offer = only(flow.offers(built_in))
    # Meanwhile the routine got another dose (a content update, an edit elsewhere).
    items = list(built_in.items)
    items[0] = replace(items[0], override=replace(items[0].override, reps=6))
    library.routines[ROUTINE] = replace(built_in, items=tuple(items))

    outcome = flow.accept(offer)
    assert outcome.kind is OutcomeKind.STALE
    assert "changed since this was suggested" in outcome.message
    assert "nothing was changed" in outcome.message
    assert not routines_dir.exists()
    assert [d.decision for d in store.decisions()] == [Decision.PROPOSED]


def test_an_offer_answered_already_cannot_be_accepted(
    flow: ProgressionFlow, store: HistoryStore, clock: Clock, library: Library
) -> None:
    three_good_sessions(store, clock, library, library.routines[ROUTINE])
    offer = only(flow.offers(library.routines[ROUTINE]))
    flow.decline(offer)
    outcome = flow.accept(offer)
    assert outcome.kind is OutcomeKind.STALE
    assert "answered already" in outcome.message
    assert flow.decline(offer).kind is OutcomeKind.STALE


def test_a_file_that_cannot_be_written_leaves_the_offer_open(
    store: HistoryStore, clock: Clock, library: Library, tmp_path: Path
) -> None:
    blocked = tmp_path / "routines"
    blocked.write_text("a file where the folder should be", encoding="utf-8")
    flow = ProgressionFlow(store, library, blocked)
    three_good_sessions(store, clock, library, library.routines[ROUTINE])
    offer = only(flow.offers(library.routines[ROUTINE]))
    outcome = flow.accept(offer)
    assert outcome.kind is OutcomeKind.NOT_SAVED
    assert "could not be saved" in outcome.message
    assert [d.decision for d in store.decisions()] == [Decision.PROPOSED]
    assert "core-and-glutes-mine" not in library.routines


# --- whose routine, which file ------------------------------------------------------------


def test_a_users_own_routine_is_changed_in_its_own_file(
    store: HistoryStore,
    clock: Clock,
    built_ins: Library,
    routines_dir: Path,
    tmp_path: Path,
) -> None:
    own_file = routines_dir / "My plan.toml"
    own = replace(built_ins.routines[ROUTINE], id="my-plan", title="My plan", origin=str(own_file))
    write_routine(own, routines_dir)
    library = reloaded(routines_dir, tmp_path)
    flow = ProgressionFlow(store, library, routines_dir)
    three_good_sessions(store, clock, library, library.routines["my-plan"])

    offer = only(flow.offers(library.routines["my-plan"]))
    assert (offer.copy_id, offer.copy_title, offer.copy_is_new) == ("my-plan", "My plan", False)
    outcome = flow.accept(offer)
    assert outcome.path == own_file
    assert sorted(p.name for p in routines_dir.iterdir()) == ["My plan.toml"]
    again = reloaded(routines_dir, tmp_path)
    assert again.problems == []
    assert current_dose(again.routines["my-plan"], 0, again.exercises).reps == 7


def test_the_copy_never_replaces_a_file_of_the_users(
    flow: ProgressionFlow,
    store: HistoryStore,
    clock: Clock,
    library: Library,
    routines_dir: Path,
) -> None:
    routines_dir.mkdir()
    broken = routines_dir / "core-and-glutes-mine.toml"
    broken.write_text("half written by hand", encoding="utf-8")
    three_good_sessions(store, clock, library, library.routines[ROUTINE])
    offer = only(flow.offers(library.routines[ROUTINE]))
    assert (offer.copy_id, offer.copy_title) == (
        "core-and-glutes-mine-2",
        "Core and glutes (yours 2)",
    )
    assert flow.accept(offer).kind is OutcomeKind.APPLIED
    assert broken.read_text(encoding="utf-8") == "half written by hand"
    assert (routines_dir / "core-and-glutes-mine-2.toml").is_file()


def test_the_copy_is_named_in_the_users_language(
    store: HistoryStore, clock: Clock, library: Library, routines_dir: Path
) -> None:
    flow = ProgressionFlow(store, library, routines_dir, copy_label="deine")
    three_good_sessions(store, clock, library, library.routines[ROUTINE])
    assert only(flow.offers(library.routines[ROUTINE])).copy_title == "Core and glutes (deine)"


def test_a_long_id_and_title_still_make_a_valid_copy(world: World) -> None:
    long = replace(world.library.routines[ROUTINE], id="x" * 64, title="T" * 80)
    world.library.routines[long.id] = long
    three_good_sessions(world.store, world.clock, world.library, long)
    offer = only(world.flow.offers(long))
    assert len(offer.copy_id) <= 64
    assert len(offer.copy_title) <= 80
    assert offer.copy_title.endswith("… (yours)")
    assert world.flow.accept(offer).kind is OutcomeKind.APPLIED
    assert world.reloaded().problems == []


def test_one_exercise_played_alone_gets_no_offers(
    flow: ProgressionFlow, store: HistoryStore, clock: Clock, library: Library
) -> None:
    alone = replace(library.routines[ROUTINE], id="exercise-bridge")
    three_good_sessions(store, clock, library, alone)
    assert flow.offers(alone) == []
