"""The filter proxy: search over name, alias and area, each filter, combined, sorted."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QPersistentModelIndex, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QApplication

from backcoach.content.library import Library, load_content
from backcoach.model import Category, Equipment, Exercise, Position
from backcoach.store.paths import resolve_paths
from backcoach.ui.library.exercise_filter import ExerciseFilter
from backcoach.ui.library.exercise_list_model import ExerciseListModel, ExerciseRole, name_sort_key


def make_filter(exercises: list[Exercise]) -> ExerciseFilter:
    proxy = ExerciseFilter()
    # The proxy owns the model: dropping the proxy frees both, in the right order.
    proxy.setSourceModel(ExerciseListModel(exercises, proxy))
    return proxy


def shown(proxy: ExerciseFilter) -> list[str]:
    return [proxy.exercise(row).id for row in range(proxy.rowCount())]


def test_model_roles(qapp: QApplication, small_library: Library) -> None:
    model = ExerciseListModel(small_library.exercises.values())
    index = model.index(0, 0)
    bridge = small_library.exercise("bridge")
    assert model.rowCount() == 5
    assert model.data(index, Qt.ItemDataRole.DisplayRole) == "Bridge"
    assert model.data(index, Qt.ItemDataRole.ToolTipRole) == bridge.purpose
    assert model.data(index, ExerciseRole) is bridge
    assert isinstance(model.data(index, Qt.ItemDataRole.DecorationRole), QPixmap)
    assert model.data(model.index(9, 0), Qt.ItemDataRole.DisplayRole) is None


def test_sorted_by_name_whatever_the_source_order(
    qapp: QApplication, small_library: Library
) -> None:
    proxy = make_filter(list(reversed(small_library.exercises.values())))
    assert shown(proxy) == [
        "bridge",
        "cat-cow",
        "hamstring-stretch",
        "quadriceps-stretch",
        "walking",
    ]


def test_names_sort_as_in_a_dictionary_case_and_accents_aside() -> None:
    names = [
        "Zehenstand",
        "übung im Sitzen",
        "Uhrzeiger",
        "Apfelgriff",
        "Ärmelzug",
        "Straße",
        "Strasse gehen",
        "Ubung",
    ]
    assert sorted(names, key=name_sort_key) == [
        "Apfelgriff",
        "Ärmelzug",
        "Straße",
        "Strasse gehen",
        "Ubung",
        "übung im Sitzen",
        "Uhrzeiger",
        "Zehenstand",
    ]


def test_the_german_library_lists_umlauts_with_their_letter(
    qapp: QApplication, tmp_path: Path
) -> None:
    library = load_content(resolve_paths(str(tmp_path), {}), "de")
    proxy = make_filter(list(reversed(library.exercises.values())))
    names = [proxy.exercise(row).name for row in range(proxy.rowCount())]
    assert len(names) == len(library.exercises) > 20
    assert names == sorted(names, key=name_sort_key)
    assert any(name[0] in "ÄÖÜäöü" for name in names) or any(
        char in "äöüß" for name in names for char in name
    )


def test_search_by_name_alias_and_area(qapp: QApplication, small_library: Library) -> None:
    proxy = make_filter(list(small_library.exercises.values()))
    proxy.set_search_text("GLUTE")  # an area and an alias, in any case
    assert shown(proxy) == ["bridge"]
    proxy.set_search_text("hip lift")
    assert shown(proxy) == ["bridge"]
    proxy.set_search_text("thigh")
    assert shown(proxy) == ["hamstring-stretch", "quadriceps-stretch"]
    proxy.set_search_text("stretch")
    assert shown(proxy) == ["hamstring-stretch", "quadriceps-stretch"]
    proxy.set_search_text("zzzz")
    assert shown(proxy) == []
    proxy.set_search_text("  ")
    assert len(shown(proxy)) == 5


def test_each_filter_alone(qapp: QApplication, small_library: Library) -> None:
    proxy = make_filter(list(small_library.exercises.values()))
    proxy.set_category(Category.STRETCH)
    assert shown(proxy) == ["hamstring-stretch", "quadriceps-stretch"]
    proxy.set_category(None)
    proxy.set_position(Position.ALL_FOURS)
    assert shown(proxy) == ["cat-cow"]
    proxy.set_position(None)
    proxy.set_equipment(Equipment.MAT)
    assert shown(proxy) == ["bridge", "cat-cow"]
    proxy.set_equipment(None)
    proxy.set_source("001_62fe7cfdb361b257.txt")
    assert shown(proxy) == ["hamstring-stretch", "quadriceps-stretch"]
    proxy.set_source(None)
    assert len(shown(proxy)) == 5


def test_filters_combine(qapp: QApplication, small_library: Library) -> None:
    proxy = make_filter(list(small_library.exercises.values()))
    proxy.set_position(Position.STANDING)
    assert shown(proxy) == ["hamstring-stretch", "quadriceps-stretch", "walking"]
    proxy.set_category(Category.STRETCH)
    assert shown(proxy) == ["hamstring-stretch", "quadriceps-stretch"]
    proxy.set_equipment(Equipment.WALL)
    assert shown(proxy) == ["quadriceps-stretch"]
    proxy.set_search_text("hamstring")
    assert shown(proxy) == []
    proxy.set_equipment(None)
    assert shown(proxy) == ["hamstring-stretch"]
    proxy.set_source("000_080fa8705ae22a61.txt")
    assert shown(proxy) == []


# The autouse tmp-folder fixtures are function-scoped but nothing here touches them.
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(alphabet="abcdeghilmnorstuw -", max_size=6))
def test_search_agrees_with_the_model(fixed_library: Library, text: str) -> None:
    """Whatever is typed, the list shows exactly what Exercise.matches accepts, in order."""
    exercises = list(fixed_library.exercises.values())
    proxy = make_filter(exercises)
    proxy.set_search_text(text)
    expected = sorted((e for e in exercises if e.matches(text)), key=lambda e: e.name.casefold())
    assert shown(proxy) == [e.id for e in expected]


def test_the_current_row_follows_its_exercise_through_a_filter_change(
    qapp: QApplication, small_library: Library
) -> None:
    """The list's selection is kept by persistent indexes: a change of filter moves them
    with their exercise, or drops them when it is filtered away."""
    proxy = make_filter(list(small_library.exercises.values()))
    current = QPersistentModelIndex(proxy.index(shown(proxy).index("quadriceps-stretch"), 0))
    assert current.row() == 3
    layouts: list[bool] = []
    proxy.layoutChanged.connect(lambda *_args: layouts.append(True))
    proxy.set_search_text("STRETCH")  # case folded
    assert shown(proxy) == ["hamstring-stretch", "quadriceps-stretch"]
    assert current.isValid() and current.row() == 1
    assert proxy.data(current, ExerciseRole).id == "quadriceps-stretch"
    source = proxy.mapToSource(proxy.index(current.row(), 0))
    assert proxy.mapFromSource(source).row() == 1
    proxy.set_search_text("bridge")
    assert not current.isValid()  # filtered away
    assert layouts == [True, True]
    proxy.set_search_text("bridge")  # the same text again: nothing changes, nothing said
    assert layouts == [True, True]


def test_pictures_drawn_later_reach_the_rows_shown(
    qapp: QApplication, small_library: Library
) -> None:
    proxy = ExerciseFilter()
    model = ExerciseListModel(small_library.exercises.values(), proxy, defer_thumbnails=True)
    proxy.setSourceModel(model)
    proxy.set_search_text("stretch")
    changed: list[tuple[int, int]] = []
    proxy.dataChanged.connect(
        lambda first, last, *_roles: changed.append((first.row(), last.row()))
    )
    model.draw_thumbnails()
    assert changed == [(0, proxy.rowCount() - 1)]
    picture = proxy.data(proxy.index(0, 0), Qt.ItemDataRole.DecorationRole)
    assert isinstance(picture, QPixmap) and not picture.toImage().allGray()


def test_a_reloaded_model_is_filtered_as_before(qapp: QApplication, small_library: Library) -> None:
    proxy = make_filter(list(small_library.exercises.values()))
    proxy.set_search_text("stretch")
    model = proxy.sourceModel()
    assert isinstance(model, ExerciseListModel)
    model.set_exercises([small_library.exercise("bridge"), small_library.exercise("walking")])
    assert shown(proxy) == []
    model.set_exercises(small_library.exercises.values())
    assert shown(proxy) == ["hamstring-stretch", "quadriceps-stretch"]
