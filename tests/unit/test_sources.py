"""The source catalogue: every article the content cites has a title, taken from the article,
and no text the user reads names a source by its file number."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

import pytest

from backcoach.content.library import built_in_folder, load_library
from backcoach.content.sources import SourceArticle, built_in_sources, parse_sources

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"
# "source 004", "sources 000 and 002", "Quelle 004", "Quellen 002 und 004", "article 001".
BY_NUMBER = re.compile(r"\b(sources?|Quellen?|articles?|Artikel)\s+\d{3}\b", re.IGNORECASE)
SEED_FILE = re.compile(r"\b\d{3}_[0-9a-f]{16}\.txt\b")


def cited_files() -> set[str]:
    library = load_library([built_in_folder()])
    assert not library.problems
    files = {file for exercise in library.exercises.values() for file in exercise.source_files}
    files |= {file for routine in library.routines.values() for file in routine.sources}
    files |= {file for topic in library.topics for file in topic.sources}
    # Education topics also cite guidelines by name ("NICE NG59"): those read as they are.
    return {file for file in files if SEED_FILE.fullmatch(file)}


def test_every_cited_article_has_a_title() -> None:
    catalogue = built_in_sources()
    cited = cited_files()
    assert len(cited) == 5
    assert cited <= set(catalogue.articles), sorted(cited - set(catalogue.articles))
    for file in cited:
        article = catalogue.article(file)
        assert article is not None
        assert article.title and article.title != file


def words(text: str) -> list[str]:
    return re.findall(r"[a-z]+", text.casefold())


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the source articles are not beside the clone")
def test_each_title_is_the_heading_of_its_article() -> None:
    for file, article in built_in_sources().articles.items():
        lines = [line.strip() for line in (SEEDS / file).read_text("utf-8").splitlines()]
        headings = [line for line in lines if line][:3]
        # Spacing and quotation marks may be tidied; the words must be the article's.
        assert any(
            words(line)[-len(words(article.title)) :] == words(article.title) for line in headings
        ), file
        if article.site:
            assert article.site.casefold() in " ".join(lines).casefold(), file


def strings(value: object, key: str = "") -> Iterator[tuple[str, str]]:
    """Every text in a TOML document with its key, except the file names under `sources`
    (a list of them, or tables with a `file`): those are the traceable keys, never shown."""
    if isinstance(value, str):
        if key not in {"sources", "file"}:
            yield key, value
    elif isinstance(value, dict):
        for child_key, child in value.items():
            yield from strings(child, child_key)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item, key)


def toml_files(folder: Traversable) -> Iterator[Traversable]:
    for item in folder.iterdir():
        if item.is_dir():
            yield from toml_files(item)
        elif item.name.endswith(".toml"):
            yield item


def test_no_text_names_a_source_by_its_number() -> None:
    root = resources.files("backcoach.resources")
    offending = []
    checked = 0
    for folder in ("exercises", "routines", "education", "translations"):
        for item in toml_files(root / folder):
            for key, text in strings(tomllib.loads(item.read_text("utf-8"))):
                checked += 1
                if BY_NUMBER.search(text) or SEED_FILE.search(text):
                    offending.append(f"{item.name}: {key} = {text!r}")
    assert checked > 1000  # the walk reached the texts
    assert not offending, "\n".join(offending)


def test_a_malformed_catalogue_is_refused_by_name() -> None:
    good = parse_sources("s.toml", '["a.txt"]\ntitle = " A title "\nsite = "Site"\n')
    assert good.article("a.txt") == SourceArticle("a.txt", "A title", "Site")
    assert good.title("unknown.txt") == "unknown.txt"
    for text, message in [
        ('["a.txt"]\nsite = "Site"\n', "s.toml: 'a.txt' needs a title"),
        ('"a.txt" = "A title"\n', "s.toml: 'a.txt' must be a table with a title"),
        ('["a.txt"]\ntitle = "A"\nsite = 3\n', "s.toml: 'a.txt': site must be text"),
        ('["a.txt"]\ntitle = "A"\nurl = "x"\n', "s.toml: 'a.txt': unknown field 'url'"),
        ("[broken", "s.toml: "),
    ]:
        with pytest.raises(ValueError, match=re.escape(message)):
            parse_sources("s.toml", text)
