"""Self-care reading: the education topics as a list of titles beside the chosen text."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QSplitter, QVBoxLayout, QWidget

from backcoach.content.sources import built_in_sources
from backcoach.model import EducationTopic
from backcoach.ui.look import ROOMY_ITEMS, heading, item_list, muted_colour, paragraph
from backcoach.ui.readable_text import ReadableText
from backcoach.ui.wording import source_title


class EducationView(QWidget):
    def __init__(self, topics: Sequence[EducationTopic], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The loader sorts by `order`, which puts "about this app" and red flags first.
        self.topics = list(topics)
        self.titles = QListWidget(self)
        self.titles.addItems([topic.title for topic in self.topics])
        # Titles are sentences: wrap them rather than hide their ends behind a scroll bar.
        self.titles.setWordWrap(True)
        self.titles.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.titles.setStyleSheet(ROOMY_ITEMS)
        self.titles.setAccessibleName(self.tr("Topics"))
        self.text = ReadableText(self)
        self.text.setAccessibleName(self.tr("Topic text"))
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("educationSplitter")
        self.splitter.addWidget(self.titles)
        self.splitter.addWidget(self.text)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([260, 640])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        self.titles.currentRowChanged.connect(self._show_topic)
        if self.topics:
            self.titles.setCurrentRow(0)
        else:
            self.text.setHtml(paragraph(self.tr("No topics are installed.")))

    def select_topic(self, topic_id: str) -> None:
        self.titles.setCurrentRow([topic.id for topic in self.topics].index(topic_id))

    def _show_topic(self, row: int) -> None:
        if not 0 <= row < len(self.topics):
            return
        topic = self.topics[row]
        muted = f"color: {muted_colour(self.palette())};"
        parts = [heading(topic.title, 2), f"<p><b>{escape(topic.summary)}</b></p>"]
        parts += [paragraph(text) for text in topic.paragraphs]
        if topic.sources:
            parts.append(heading(self.tr("Sources")))
            parts.append(
                f"<div style='{muted}'>"
                + item_list(
                    escape(source_title(source, built_in_sources())) for source in topic.sources
                )
                + "</div>"
            )
        self.text.setHtml("".join(parts))
