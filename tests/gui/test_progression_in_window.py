"""A step up accepted on the summary: the user's copy is on the Routines page at once."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from support.played import record_completed_session

from backcoach.content.library import Library, load_content
from backcoach.store.paths import AppPaths
from backcoach.ui.main_window import MainWindow
from backcoach.ui.session.services import SessionServices


def test_an_accepted_copy_is_listed_without_a_restart(
    open_window: Callable[[Library], MainWindow], services: SessionServices, paths: AppPaths
) -> None:
    services.routines_dir = paths.routines_dir
    library = load_content(paths)
    window = open_window(library)
    gentle = library.routines["gentle-start"]
    now = datetime.now(UTC)
    for days_ago in (3, 2, 1):  # three completed sessions with little pain after
        record_completed_session(
            services.history, library, gentle, now - timedelta(days=days_ago), after=2
        )
    page = window.routine_list  # built before the offer is accepted
    before = [routine.id for routine in page.routines]
    window.player  # noqa: B018 (the player brings the progression link with it)
    link = window.progression_link
    assert link is not None
    offers = link.flow.offers(window.library.routines["gentle-start"])
    assert offers, "three good sessions offer a step up"
    link.accept(offers[0])
    copy = window.services.settings.settings.last_routine
    assert copy not in before and copy.startswith("gentle-start-mine")
    assert (paths.routines_dir / f"{copy}.toml").is_file()
    listed = window.routine_list
    assert copy in [routine.id for routine in listed.routines]
    current = listed.current_routine()
    assert current is not None and current.id == copy
