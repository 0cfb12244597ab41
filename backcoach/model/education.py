"""Self-care advice shown beside the exercises: posture, lifting, sleep, red flags."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class EducationTopic:
    id: str
    title: str
    summary: str
    paragraphs: tuple[str, ...]
    sources: tuple[str, ...]
    order: int = 100
    origin: str = "built-in"
