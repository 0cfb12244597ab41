"""Turns a parsed education file into an EducationTopic, or what is wrong with it."""

from __future__ import annotations

from backcoach.content.fields import FieldReader
from backcoach.content.problems import Problem
from backcoach.content.raw import RawFile
from backcoach.model import EducationTopic

TOPIC_FIELDS = ("id", "title", "summary", "paragraphs", "sources", "order")


def parse_topic(raw: RawFile) -> EducationTopic | list[Problem]:
    reader = FieldReader(raw.name, raw.locator)
    data = raw.data
    reader.unknown_keys(data, TOPIC_FIELDS, ())
    order = reader.integer(data, "order", (), 0, 1000)
    topic = EducationTopic(
        id=reader.identifier(data, "id", ()),
        title=reader.text(data, "title", (), limit=80),
        summary=reader.text(data, "summary", ()),
        paragraphs=reader.texts(data, "paragraphs", (), required=True, limit=2000),
        sources=reader.texts(data, "sources", (), limit=120),
        order=100 if order is None else order,
    )
    return sorted(reader.problems) if reader.problems else topic
