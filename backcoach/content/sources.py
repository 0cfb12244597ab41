"""The source articles by file name: the title and site shown instead of the file name."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable

SOURCES_FILE = "sources.toml"


@dataclass(frozen=True)
class SourceArticle:
    file: str  # the key content files give in `sources`, e.g. "004_d08cac96adc0c623.txt"
    title: str
    site: str = ""  # empty when the article does not name its website


@dataclass(frozen=True)
class SourceCatalogue:
    articles: Mapping[str, SourceArticle]

    def article(self, file: str) -> SourceArticle | None:
        """None for a file the catalogue does not know, e.g. one a user's own file cites."""
        return self.articles.get(file)

    def title(self, file: str) -> str:
        """The article's title, or the file name itself when it is not in the catalogue."""
        article = self.articles.get(file)
        return article.title if article is not None else file


def parse_sources(name: str, text: str) -> SourceCatalogue:
    """Raises ValueError naming ``name`` and the entry when the catalogue is malformed: it
    ships with the app, so a mistake in it is a bug to report, not a user's problem."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ValueError(f"{name}: {error}") from error
    articles: dict[str, SourceArticle] = {}
    for file, entry in data.items():
        if not isinstance(entry, dict):
            raise ValueError(f"{name}: {file!r} must be a table with a title")
        title, site = entry.get("title"), entry.get("site", "")
        unknown = sorted(set(entry) - {"title", "site"})
        if not isinstance(title, str) or not title.strip():
            raise ValueError(f"{name}: {file!r} needs a title")
        if not isinstance(site, str):
            raise ValueError(f"{name}: {file!r}: site must be text")
        if unknown:
            raise ValueError(f"{name}: {file!r}: unknown field {unknown[0]!r}")
        articles[file] = SourceArticle(file, title.strip(), site.strip())
    return SourceCatalogue(articles)


def load_sources(resource: Traversable) -> SourceCatalogue:
    return parse_sources(resource.name, resource.read_text(encoding="utf-8"))


@cache
def built_in_sources() -> SourceCatalogue:
    """The catalogue that ships in backcoach.resources, read once when first asked for."""
    return load_sources(resources.files("backcoach.resources") / SOURCES_FILE)
