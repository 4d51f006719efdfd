"""Renderers at the library API: Markdown, JSON and the self-contained HTML page."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from html.parser import HTMLParser
from pathlib import Path

import pytest
from briefing_data import gold_extraction, seed_text

from summarize.actors import ActorTable
from summarize.merge import build_briefing
from summarize.render import (
    briefing_html,
    briefing_json,
    briefing_markdown,
    evidence_anchor,
    extraction_markdown,
    marked_text,
)
from summarize.schema import Briefing, EvidenceRef, json_schema

SEPT_30 = "001_990586bad01a896b"
SCHEMAS = Path(__file__).resolve().parent.parent / "schemas"


class PageReader(HTMLParser):
    """Collects the text inside every evidence mark (by data-ev), ids, and external references."""

    def __init__(self) -> None:
        super().__init__()
        self.mark_text: dict[str, str] = defaultdict(str)
        self.mark_ids: set[str] = set()
        self.links: list[dict[str, str]] = []
        self.external: list[str] = []
        self.tags: list[str] = []
        self._open: list[str | None] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        self.tags.append(tag)
        for name in ("src", "href"):
            if values.get(name, "").startswith(("http:", "https:", "//")):
                self.external.append(values[name])
        if tag == "a" and "ev-link" in values.get("class", ""):
            self.links.append(values)
        if tag == "mark":
            self._open.append(values.get("data-ev"))
            if "id" in values:
                self.mark_ids.add(values["id"])

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark":
            self._open.pop()

    def handle_data(self, data: str) -> None:
        for anchor in self._open:
            if anchor:
                self.mark_text[anchor] += data


@pytest.fixture(scope="module")
def briefing() -> Briefing:
    return build_briefing([gold_extraction(SEPT_30)], date="2020-09-30", actors=ActorTable.load())


def test_extraction_markdown_lists_every_item_with_its_evidence() -> None:
    extraction = gold_extraction(SEPT_30)
    markdown = extraction_markdown(extraction)
    assert markdown.startswith("# Raging battles in Karabakh")
    assert "gold annotation" in markdown
    for party in extraction.parties:
        assert f"**{party.name}**" in markdown
    assert "| Azerbaijan | Armenia | equipment destroyed (tanks and armored vehicles)" in markdown
    assert markdown.count('> "') == sum(
        len(items)
        for items in (
            extraction.parties,
            extraction.people,
            extraction.positions,
            extraction.ceasefire_calls,
        )
    )


def test_extraction_markdown_shows_untrusted_text_literally() -> None:
    extraction = gold_extraction(SEPT_30)
    hostile = extraction.parties[0].model_copy(
        update={"name": "<img src=x onerror=alert(1)>", "evidence": "a | b *c* [x](javascript:y)"}
    )
    markdown = extraction_markdown(extraction.model_copy(update={"parties": [hostile]}))
    assert re.search(r"(?<!\\)<img", markdown) is None
    assert r"\<img src=x onerror=alert(1)\>" in markdown
    assert r"a \| b \*c\* \[x\](javascript:y)" in markdown


def test_markdown_briefing_puts_claimants_in_columns(briefing: Briefing) -> None:
    markdown = briefing_markdown(briefing)
    header = next(line for line in markdown.splitlines() if line.startswith("| Figure |"))
    columns = [cell.strip() for cell in header.strip("|").split("|")]
    assert {"Azerbaijan", "Armenia"} <= set(columns[2:])
    assert "## Ceasefire tracker" in markdown and "| Russia (" in markdown
    assert "Produced by:** gold annotation" in markdown
    assert "\n1. " in markdown.split("## Sources")[1]
    assert not any(line != line.rstrip() for line in markdown.splitlines())


def test_json_briefing_round_trips_and_its_schema_is_published(briefing: Briefing) -> None:
    assert Briefing.model_validate_json(briefing_json(briefing)) == briefing
    published = json.loads((SCHEMAS / "briefing.v1.json").read_text("utf-8"))
    assert published == json.loads(json.dumps(json_schema(Briefing)))


def test_html_marks_every_evidence_quote_in_the_article(briefing: Briefing) -> None:
    (source,) = briefing.sources
    page = briefing_html(briefing, {source.sha256: seed_text(SEPT_30)})
    reader = PageReader()
    reader.feed(page)
    assert reader.links
    for link in reader.links:
        anchor = link["data-ev"]
        assert anchor in reader.mark_ids
        assert reader.mark_text[anchor] == link["title"]
    assert reader.external == []
    assert "link" not in reader.tags
    assert "<script src" not in page


def test_html_escapes_article_text(briefing: Briefing) -> None:
    (source,) = briefing.sources
    text = seed_text(SEPT_30) + "\n<script>alert('owned')</script>\n"
    page = briefing_html(briefing, {source.sha256: text})
    assert "<script>alert('owned')</script>" not in page
    assert "&lt;script&gt;alert(&#39;owned&#39;)&lt;/script&gt;" in page


def test_overlapping_evidence_spans_keep_their_exact_text() -> None:
    text = "The ministry said 12 tanks & 3 drones were destroyed <today>."
    spans = [(4, 30), (18, 45), (18, 26), (0, len(text))]
    refs = [
        EvidenceRef(source=1, quote=text[a:b], start=a, end=b, status="exact") for a, b in spans
    ]
    reader = PageReader()
    reader.feed(str(marked_text(text, refs)))
    for ref in refs:
        assert evidence_anchor(ref) in reader.mark_ids
        assert reader.mark_text[evidence_anchor(ref)] == ref.quote
