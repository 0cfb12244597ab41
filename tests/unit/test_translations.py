"""The German translation: complete, checked like the English, and spoken in German."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from backcoach.content.language_layer import available_translations, translate_library
from backcoach.content.library import Library, built_in_folder, load_content, load_library
from backcoach.figures.catalog import built_in_catalog
from backcoach.languages import LANGUAGES, language_code, resolve_language, system_languages
from backcoach.model import Breath
from backcoach.session.cues import build_cues
from backcoach.session.phrasebook import Side
from backcoach.session.phrasebooks import PHRASEBOOKS, phrasebook_for
from backcoach.session.phrases_de import GermanPhrases
from backcoach.session.plan import PlanOptions, plan_routine
from backcoach.session.words_de import duration_words, number_words, times_words
from backcoach.store.paths import resolve_paths

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "backcoach" / "translations" / "backcoach_de.ts"


@pytest.fixture(scope="module")
def german() -> Library:
    return load_content(resolve_paths(None, {"BACKCOACH_DATA_DIR": "/nonexistent-backcoach"}), "de")


@pytest.fixture(scope="module")
def english() -> Library:
    return load_library([built_in_folder()])


# -- the built-in German content -------------------------------------------------------------


def test_every_built_in_text_has_german(german: Library, english: Library) -> None:
    assert german.coverage is not None
    assert german.problems == []
    assert german.coverage.untranslated == []
    assert german.coverage.translated == (
        len(english.exercises) + len(english.routines) + len(english.topics)
    )
    for exercise_id, exercise in german.exercises.items():
        original = english.exercises[exercise_id]
        assert exercise.name != original.name, exercise_id
        # Text only: doses, phases' timing and breath, sources stay the English file's.
        assert exercise.dose == original.dose
        assert [(p.breath, p.seconds, p.hold) for p in exercise.phases] == [
            (p.breath, p.seconds, p.hold) for p in original.phases
        ]
        assert exercise.source_files == original.source_files
        assert exercise.conditions == original.conditions
        # The English names are still searchable.
        assert exercise.matches(original.name)


def test_every_pose_picture_has_a_german_caption(german: Library) -> None:
    catalog = built_in_catalog()
    for exercise_id, poses in catalog.poses.items():
        labelled = {name for name, pose in poses.poses.items() if pose.label}
        assert set(german.pose_labels.get(exercise_id, {})) == labelled, exercise_id


def test_german_sessions_say_nothing_in_english(german: Library) -> None:
    english_words = re.compile(
        r"\b(Breathe|Rest for|Switch sides|Halfway|Hold|Next up|left|"
        r"right|seconds?|minutes?|Well done|Last one|keep breathing)\b"
    )
    for routine in german.routines.values():
        timeline = plan_routine(routine, german.exercises, PlanOptions(language="de"))
        for cue in build_cues(timeline):
            assert not english_words.search(cue.text), (routine.id, cue.text)
            assert "{" not in cue.text and "}" not in cue.text, cue.text
            assert cue.words_per_second == GermanPhrases.words_per_second


def test_side_placeholders_take_german_endings(german: Library) -> None:
    bird_dog = german.exercises["bird-dog"]
    timeline = plan_routine(
        next(r for r in german.routines.values() if "bird-dog" in r.exercise_ids),
        german.exercises,
        PlanOptions(language="de"),
    )
    said = [step.text for step in timeline.steps if step.exercise_id == "bird-dog" and step.text]
    assert any("link" in text for text in said) and any("recht" in text for text in said)
    words = {word for text in said for word in re.findall(r"\b(?:link|recht)\w*", text)}
    assert words <= {
        "linken",
        "linkes",
        "linke",
        "rechten",
        "rechtes",
        "rechte",
        "links",
        "rechts",
    }, words
    assert bird_dog.phases[0].action.count("{") == 2


# -- overlays are checked ----------------------------------------------------------------------


def overlay_library(tmp_path: Path, kind: str, name: str, text: str) -> Library:
    library = load_library([built_in_folder()])
    folder = tmp_path / "de" / kind
    folder.mkdir(parents=True)
    (folder / name).write_text(text, encoding="utf-8")
    library.coverage = translate_library(library, "de", root=tmp_path / "de")
    return library


def test_a_translation_must_keep_the_shape(tmp_path: Path) -> None:
    library = overlay_library(
        tmp_path, "exercises", "bridge.toml", 'name = "Brücke"\nsetup = ["Nur eine Zeile."]\n'
    )
    [problem] = library.problems
    assert str(problem).startswith("resources/translations/de/exercises/bridge.toml:2: setup:")
    assert "has 1 entries; the English has" in str(problem)
    assert library.exercises["bridge"].name == "Brücke"
    assert (
        library.exercises["bridge"].setup
        == load_library([built_in_folder()]).exercises["bridge"].setup
    )  # the bad field stays English
    assert library.coverage is not None
    assert any(
        line.startswith("exercises/bridge: ") and "purpose" in line
        for line in library.coverage.untranslated
    )


def test_a_translation_may_not_ask_to_hold_the_breath(tmp_path: Path) -> None:
    english = load_library([built_in_folder()]).exercises["bridge"]
    phases = "".join(
        '[[phases]]\naction = "Halte den Atem an und heb die Hüfte"\n' for _ in english.phases
    )
    library = overlay_library(tmp_path, "exercises", "bridge.toml", phases)
    assert any(
        "phases[1].action: must not tell the user to hold their breath" in str(p)
        for p in library.problems
    )
    assert library.exercises["bridge"].phases[0].action == english.phases[0].action


def test_a_translation_keeps_the_side_placeholders(tmp_path: Path) -> None:
    english = load_library([built_in_folder()]).exercises["bird-dog"]
    tables = ['[[phases]]\naction = "Heb den Arm"\n'] + ["[[phases]]\n" for _ in english.phases[1:]]
    library = overlay_library(tmp_path, "exercises", "bird-dog.toml", "".join(tables))
    assert any(
        "phases[1].action: must use the same placeholders as the English "
        "({other}, {side})" in str(p)
        for p in library.problems
    )


def test_unknown_fields_and_items_are_reported(tmp_path: Path) -> None:
    library = overlay_library(
        tmp_path, "routines", "desk-break.toml", 'title = "Pause"\nitems_count = 3\n'
    )
    assert any("desk-break.toml:2: items_count: unknown field" in str(p) for p in library.problems)
    library = overlay_library(
        tmp_path / "again", "education", "no-such-topic.toml", 'title = "X"\n'
    )
    assert any("no built-in education item 'no-such-topic'" in str(p) for p in library.problems)


# -- German words and phrases ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("number", "words"),
    [
        (1, "eins"),
        (7, "sieben"),
        (16, "sechzehn"),
        (20, "zwanzig"),
        (21, "einundzwanzig"),
        (45, "fünfundvierzig"),
        (99, "neunundneunzig"),
        (100, "hundert"),
        (101, "hunderteins"),
        (230, "zweihundertdreißig"),
        (1000, "tausend"),
        (2024, "zweitausendvierundzwanzig"),
    ],
)
def test_german_numbers(number: int, words: str) -> None:
    assert number_words(number) == words


@pytest.mark.parametrize(
    ("seconds", "words"),
    [
        (1, "eine Sekunde"),
        (45, "fünfundvierzig Sekunden"),
        (60, "eine Minute"),
        (90, "anderthalb Minuten"),
        (150, "zweieinhalb Minuten"),
        (75, "eine Minute fünfzehn"),
        (600, "zehn Minuten"),
        (3600, "eine Stunde"),
        (5400, "anderthalb Stunden"),
        (4500, "eine Stunde und fünfzehn Minuten"),
    ],
)
def test_german_durations(seconds: float, words: str) -> None:
    assert duration_words(seconds) == words


def test_german_phrases() -> None:
    p = GermanPhrases()
    assert times_words(1) == "einmal" and times_words(20) == "zwanzigmal"
    assert p.fill_sides("Heb deinen {side}en Arm und dein {other}es Bein", Side.LEFT) == (
        "Heb deinen linken Arm und dein rechtes Bein"
    )
    assert p.fill_sides("Lass die Knie nach {side}s sinken", Side.RIGHT) == (
        "Lass die Knie nach rechts sinken"
    )
    assert p.with_breath(Breath.OUT, "Heb die Hüfte") == "Ausatmen, heb die Hüfte"
    assert p.with_breath(Breath.IN, "Atme ein und streck dich") == "Atme ein und streck dich"
    assert p.switch_line(Side.RIGHT) == "Seitenwechsel. Jetzt die rechte Seite."
    assert p.rest_line(30, 2, 2, first_side=Side.LEFT, turn_over=True) == [
        "Pause für dreißig Sekunden.",
        "Als Nächstes der letzte Satz. Dreh dich um und beginne mit der linken Seite.",
    ]
    assert p.rep_counts(10, 10) == ["Letzte Wiederholung", "Letzte"]
    assert p.rep_with_side("Zwei", Side.LEFT) == "Zwei, links"
    assert p.done_line(1, 40).endswith("eine Übung in vierzig Sekunden.")
    assert p.hold_lines("Bleib so und atme weiter", first=True)[0] == "Bleib so und atme weiter."
    assert p.activity_progress(300, 600) == "Halbzeit. Noch fünf Minuten."


def test_phrasebooks_by_language() -> None:
    assert isinstance(phrasebook_for("de_AT"), GermanPhrases)
    assert phrasebook_for("fr").language == "en"


def test_which_language_a_user_gets() -> None:
    assert language_code("de_DE.UTF-8") == "de" and language_code("DE-at") == "de"
    assert resolve_language("", ["fr-FR", "de-DE", "en-US"]) == "de"
    assert resolve_language("en", ["de-DE"]) == "en"
    assert resolve_language("", ["fr-FR"]) == "en"
    assert system_languages({"LANGUAGE": "fr:de", "LANG": "en_GB.UTF-8"}) == [
        "fr",
        "de",
        "en_GB.UTF-8",
    ]
    assert system_languages({"LC_ALL": "C.UTF-8", "LANG": "de_DE.UTF-8"}) == []


# -- the window's translation --------------------------------------------------------------------


def literal_ui_strings() -> set[tuple[str, str]]:
    """(context, text) of every tr() and QCoreApplication.translate() call in the source."""
    found: set[tuple[str, str]] = set()
    for path in (ROOT / "backcoach").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        classes = {node: node.name for node in ast.walk(tree) if isinstance(node, ast.ClassDef)}
        for cls, name in classes.items():
            for node in ast.walk(cls):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "tr"
                    and node.args
                ):
                    assert isinstance(node.args[0], ast.Constant), f"{path}:{node.lineno}"
                    found.add((name, str(node.args[0].value)))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "translate"
                and len(node.args) >= 2
            ):
                # A constant context: pyside6-lupdate cannot see through a variable.
                where = f"{path.relative_to(ROOT)}:{node.lineno}"
                assert isinstance(node.args[0], ast.Constant), f"{where}: context not literal"
                assert isinstance(node.args[1], ast.Constant), f"{where}: text not literal"
                found.add((str(node.args[0].value), str(node.args[1].value)))
    return found


def test_every_window_string_has_a_finished_german_translation() -> None:
    tree = ET.parse(TS_FILE)
    translated = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            finished = translation.get("type") not in ("unfinished", "obsolete", "vanished")
            text = "".join(translation.itertext()).strip()
            translated[(name, message.findtext("source"))] = finished and bool(text)
    wanted = literal_ui_strings()
    assert len(wanted) > 200
    missing = sorted(key for key in wanted if key not in translated)
    assert missing == [], "run tools/build_translations.py --update, then translate"
    unfinished = sorted(key for key in wanted if not translated[key])
    assert unfinished == []


def test_each_content_translation_is_a_language_of_the_app() -> None:
    assert set(available_translations()) == set(LANGUAGES) - {"en"}
    assert set(PHRASEBOOKS) == set(LANGUAGES)
    for language in available_translations():
        assert (TS_FILE.parent / f"backcoach_{language}.ts").is_file()
