"""The user's say over progression: what to offer now, and what accepting or declining does."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path

from backcoach.coach.progression import (
    STEP_UP_AFTER,
    Proposal,
    Reason,
    StaleProposalError,
    apply_proposal,
    last_change,
    propose,
)
from backcoach.content.fields import ID_PATTERN
from backcoach.content.library import BUILT_IN, Library
from backcoach.content.routine_writer import RoutineNotWritableError, file_name_for, write_routine
from backcoach.model import Routine
from backcoach.store.history import Decision, DecisionRecord, HistoryStore, SessionRecord

COPY_SUFFIX = "mine"  # "<id>-mine": the id of the user's copy of a built-in routine
MAX_ID = 64  # as ID_PATTERN allows
MAX_TITLE = 80  # as the routine file allows


@dataclass(frozen=True)
class Offer:
    """A proposal as shown to the user, with what the UI needs to say it in plain words."""

    proposal: Proposal
    decision_id: int  # the store's record of it, answered with accept or decline
    exercise_name: str
    sessions_counted: int  # "in your last 3 sessions"; 1 for a step back
    copy_id: str  # the routine an accepted change is saved in
    copy_title: str
    copy_is_new: bool  # False: the change goes into a routine that is already the user's


class OutcomeKind(StrEnum):
    APPLIED = "applied"  # the copy is written and the decision recorded
    DECLINED = "declined"
    STALE = "stale"  # the routine changed since the offer: nothing was changed
    NOT_SAVED = "not-saved"  # the file could not be written: nothing was changed


@dataclass(frozen=True)
class Outcome:
    """What became of an offer; ``message`` says it in English (the UI words its own)."""

    kind: OutcomeKind
    offer: Offer
    routine: Routine | None = None  # APPLIED: the user's routine with the change
    path: Path | None = None  # APPLIED: its file
    detail: str = ""  # STALE, NOT_SAVED: why, in English

    @property
    def message(self) -> str:
        name = self.offer.exercise_name
        if self.kind is OutcomeKind.APPLIED:
            title = self.routine.title if self.routine is not None else self.offer.copy_title
            return f"Saved in “{title}”: {name} has its new dose from now on."
        if self.kind is OutcomeKind.DECLINED:
            return f"{name} stays as it is."
        if self.kind is OutcomeKind.STALE:
            return (
                f"The routine changed since this was suggested ({self.detail}), so nothing "
                f"was changed. {name} keeps the dose it has now."
            )
        return f"Your routine could not be saved ({self.detail}), so nothing was changed."


def _same_basis(record: DecisionRecord, proposal: Proposal) -> bool:
    return (
        record.routine_id == proposal.routine_id
        and record.item_position == proposal.item_position
        and record.exercise_id == proposal.exercise_id
        and record.direction == str(proposal.direction)
        and record.old_dose == proposal.old_dose
        and record.new_dose == proposal.new_dose
        and record.based_on_session_id == proposal.based_on_session_id
    )


def _copy_title(title: str, label: str, number: int) -> str:
    suffix = f" ({label})" if number == 1 else f" ({label} {number})"
    if len(title) + len(suffix) > MAX_TITLE:
        title = title[: MAX_TITLE - len(suffix) - 1].rstrip() + "…"
    return title + suffix


def _copy_id(routine_id: str, number: int) -> str:
    suffix = f"-{COPY_SUFFIX}" if number == 1 else f"-{COPY_SUFFIX}-{number}"
    base = routine_id[: MAX_ID - len(suffix)].rstrip("-") or "routine"
    return base + suffix


class ProgressionFlow:
    """Offers, accepts and declines progression proposals for one user's routines.

    Nothing changes without a yes. An offer is a recorded proposal (``record_proposal``);
    on acceptance the change goes into the user's own copy of the routine, written to
    their routine folder, and the decision names that copy; a built-in routine is never
    changed.

    ``library`` is the loaded content; an accepted copy is added to ``library.routines``
    as loading the folder again would. ``copy_label`` names a copy in its title
    ("Gentle start (yours)"): the UI passes it in the user's language.
    """

    def __init__(
        self,
        store: HistoryStore,
        library: Library,
        routines_dir: Path,
        *,
        copy_label: str = "yours",
    ) -> None:
        self.store = store
        self.library = library
        self.routines_dir = routines_dir
        self.copy_label = copy_label
        self._written: dict[str, Routine] = {}  # copies made here, by id: later offers go on

    def is_users(self, routine: Routine) -> bool:
        """A routine from the user's folder: changed in place, not copied."""
        return routine.origin != BUILT_IN and routine.id in self.library.routines

    def offers(
        self, routine: Routine, sessions: Sequence[SessionRecord] | None = None
    ) -> list[Offer]:
        """The proposals to put to the user now, each recorded as proposed (or the open
        record of the same proposal reused). One already accepted or declined on the same
        basis (item, dose, session) is not offered again. A routine that is not in the
        library (an exercise played alone) has nothing to change and gets none."""
        if routine.id not in self.library.routines:
            return []
        if sessions is None:
            sessions = self.store.sessions(routine_id=routine.id)
        decisions = self.store.decisions(routine.id)
        proposals = propose(
            routine,
            self.library.exercises,
            sessions,
            changed_at=last_change(decisions, routine.id),
        )
        copy_id, copy_title = self._copy_name(routine)
        found = []
        for proposal in proposals:
            same = [record for record in decisions if _same_basis(record, proposal)]
            if any(record.decision is not Decision.PROPOSED for record in same):
                continue  # answered already: asking again would nag
            decision_id = same[-1].id if same else self.store.record_proposal(proposal)
            found.append(
                Offer(
                    proposal=proposal,
                    decision_id=decision_id,
                    exercise_name=self.library.exercises[proposal.exercise_id].name,
                    sessions_counted=STEP_UP_AFTER if proposal.reason is Reason.LOW_PAIN else 1,
                    copy_id=copy_id,
                    copy_title=copy_title,
                    copy_is_new=copy_id != routine.id,
                )
            )
        return found

    def decline(self, offer: Offer) -> Outcome:
        """The user said not now: that is recorded, and the routine stays as it is."""
        try:
            self.store.decide(offer.decision_id, accepted=False)
        except KeyError:
            return Outcome(OutcomeKind.STALE, offer, detail="it was answered already")
        return Outcome(OutcomeKind.DECLINED, offer)

    def accept(self, offer: Offer) -> Outcome:
        """Writes the user's routine with the new dose, then records the decision.

        The change goes into the copy this flow already made for the offer's routine (so
        several step-backs offered together all land in one copy), else into a copy of
        the routine as the library has it now. Nothing is written or recorded when the
        routine no longer has that item at that dose, or when the file cannot be saved.
        """
        proposal = offer.proposal
        if not self._still_open(offer):
            return Outcome(OutcomeKind.STALE, offer, detail="it was answered already")
        target = self._written.get(offer.copy_id) or self.library.routines.get(proposal.routine_id)
        if target is None:
            return Outcome(OutcomeKind.STALE, offer, detail="the routine is gone")
        copy_id, copy_title = offer.copy_id, offer.copy_title
        if target.id != offer.copy_id and not self._free(copy_id):
            copy_id, copy_title = self._copy_name(target)  # taken meanwhile: the next free one
        try:
            changed = apply_proposal(
                target,
                replace(proposal, routine_id=target.id),
                self.library.exercises,
                new_id=copy_id,
            )
        except (StaleProposalError, KeyError) as error:
            return Outcome(OutcomeKind.STALE, offer, detail=str(error).strip("'\""))
        if target.id != copy_id:
            changed = replace(changed, title=copy_title)
        try:
            path = write_routine(changed, self.routines_dir, exercises=self.library.exercises)
        except RoutineNotWritableError as error:
            return Outcome(OutcomeKind.NOT_SAVED, offer, detail=str(error))
        except OSError as error:
            return Outcome(OutcomeKind.NOT_SAVED, offer, detail=error.strerror or str(error))
        saved = replace(changed, origin=str(path))  # as the loader would name its origin
        self._written[saved.id] = saved
        self.library.routines[saved.id] = saved
        self.store.decide(offer.decision_id, accepted=True, applied_routine_id=saved.id)
        return Outcome(OutcomeKind.APPLIED, offer, routine=saved, path=path)

    def _still_open(self, offer: Offer) -> bool:
        return any(
            record.id == offer.decision_id and record.decision is Decision.PROPOSED
            for record in self.store.decisions(offer.proposal.routine_id)
        )

    def _copy_name(self, routine: Routine) -> tuple[str, str]:
        """The user's own routine keeps its id and title; a built-in one gets the first
        free "<id>-mine", "<id>-mine-2"... so no routine or file of the user's is replaced."""
        if routine.id in self._written or self.is_users(routine):
            return routine.id, routine.title
        number = 1
        while not self._free(_copy_id(routine.id, number)):
            number += 1
        return _copy_id(routine.id, number), _copy_title(routine.title, self.copy_label, number)

    def _free(self, routine_id: str) -> bool:
        if not ID_PATTERN.match(routine_id) or routine_id in self.library.routines:
            return False
        # A file of that name that did not load (a typo, a bad dose) is still the user's.
        return not (self.routines_dir / file_name_for(routine_id)).exists()
