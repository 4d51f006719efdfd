"""Renderers at the library API: Markdown, JSON and the self-contained HTML page."""

from __future__ import annotations

import html
import json
import re
from collections import defaultdict
from html.parser import HTMLParser
from pathlib import Path

import pytest
from briefing_data import gold_extraction, seed_text
from markdown_it import MarkdownIt

from summarize.actors import ActorTable
from summarize.merge import FIGURE_RULE, NO_INDEPENDENT_FIGURE, RULES_ABSENCE, build_briefing
from summarize.render import (
    briefing_filename,
    briefing_html,
    briefing_json,
    briefing_markdown,
    evidence_anchor,
    extraction_markdown,
    marked_text,
    md_escape,
)
from summarize.schema import Briefing, EvidenceRef, Extraction, Provenance, Usage, json_schema

SEPT_30 = "001_990586bad01a896b"
OCT_02 = "000_c735fb7cf9ea1e8e"
OCT_22 = "003_c0c4d196a7e6769a"
NK = "Nagorno-Karabakh"
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
    return build_briefing(
        [gold_extraction(SEPT_30)], date="2020-09-30", actors=ActorTable.load(), conflict=NK
    )


def by_rules(extraction: Extraction) -> Extraction:
    provenance = Provenance(
        extractor="rules",
        model=None,
        prompt_version=None,
        live=True,
        recorded_at=None,
        usage=Usage(),
    )
    return extraction.model_copy(update={"provenance": provenance})


def rendered_html_of_markdown(markdown: str) -> str:
    """What a Markdown viewer makes of the text (CommonMark with GFM tables)."""
    return MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(markdown)


def test_extraction_markdown_lists_every_item_with_its_evidence() -> None:
    extraction = gold_extraction(SEPT_30)
    markdown = extraction_markdown(extraction)
    assert markdown.startswith("# Raging battles in Karabakh")
    assert "gold annotation" in markdown
    for party in extraction.parties:
        assert f"**{party.name}**" in markdown
    assert "| Azerbaijan | Armenia | equipment destroyed (tanks and armored vehicles)" in markdown
    assert "**Conflict:** Nagorno-Karabakh" in markdown
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
    assert r"a \| b \*c\* \[x\](javascript\:y)" in markdown


def test_markdown_briefing_puts_claimants_in_columns(briefing: Briefing) -> None:
    markdown = briefing_markdown(briefing)
    header = next(line for line in markdown.splitlines() if line.startswith("| Figure |"))
    columns = [cell.strip() for cell in header.strip("|").split("|")]
    assert {"Azerbaijan", "Armenia"} <= set(columns[2:])
    assert "## Ceasefire tracker" in markdown and "| Russia (" in markdown
    assert markdown.startswith("# Daily briefing: Nagorno-Karabakh, 2020-09-30")
    assert "Produced by:** gold annotation" in markdown
    assert "\n1. " in markdown.split("## Sources")[1]
    assert not any(line != line.rstrip() for line in markdown.splitlines())


def test_json_briefing_round_trips_and_its_schema_is_published(briefing: Briefing) -> None:
    assert Briefing.model_validate_json(briefing_json(briefing)) == briefing
    published = json.loads((SCHEMAS / "briefing.v2.json").read_text("utf-8"))
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


# --- task 3: one headline rule, stated the same way everywhere ---------------------------------


def test_the_headline_rule_and_headlines_are_identical_in_every_format() -> None:
    actors = ActorTable.load()
    tolls = build_briefing([gold_extraction(OCT_22)], date="2020-10-22", actors=actors, conflict=NK)
    partisan = build_briefing(
        [gold_extraction(SEPT_30)], date="2020-09-30", actors=actors, conflict=NK
    )
    for briefing, headline in (
        (tolls, "less than 1,000 (unattributed)"),
        (partisan, NO_INDEPENDENT_FIGURE),
    ):
        markdown = briefing_markdown(briefing)
        page = html.unescape(briefing_html(briefing, {}))
        document = json.loads(briefing_json(briefing))
        assert document["figure_rule"] == FIGURE_RULE
        assert FIGURE_RULE in markdown and FIGURE_RULE in page
        assert headline in {group["headline_text"] for group in document["figures"]}
        rows = [line for line in markdown.splitlines() if line.startswith("| ")]
        assert any(f"| {headline} |" in row for row in rows)
        assert f'<td class="headline-text">{headline}</td>' in page
    # Numbers normalised in the table, the wording as written kept with the evidence.
    markdown = briefing_markdown(tolls)
    table, as_written = markdown.split("### Figures as written")
    assert "close to 5,000" in table and "5, 000" not in table
    assert '"close to 5, 000"' in as_written.split("## ")[0]
    assert "5, 000" not in re.sub(
        r'title="[^"]*"', "", briefing_html(tolls, {}).split("<h2>Ceasefire")[0]
    )


# --- task 2: history only under "Historical context" -------------------------------------------


def test_history_appears_only_under_historical_context() -> None:
    briefing = build_briefing(
        [gold_extraction(OCT_02)], date="2020-10-02", actors=ActorTable.load(), conflict=NK
    )
    markdown = briefing_markdown(briefing)
    news, history = markdown.split("## Historical context")
    history = history.split("\n## ")[0]
    assert "30,000" in history and "30,000" not in news
    assert (
        "agreed a permanent ceasefire" in history
        and "agree" not in news.split("## Ceasefire tracker")[1].split("## Positions")[0]
    )
    page = briefing_html(briefing, {})
    before, after = page.split("<h2>Historical context</h2>")
    assert "30,000" in after.split("<h2>")[0] and "30,000" not in before


# --- task 5: absence is never stated for the rules extractor ---------------------------------


def test_rules_briefings_and_summaries_say_none_found_not_none_reported() -> None:
    empty = gold_extraction(OCT_02).model_copy(
        update={"figures": [], "ceasefire_calls": [], "positions": []}
    )
    actors = ActorTable.load()
    model_made = build_briefing([empty], date="2020-10-02", actors=actors, conflict=NK)
    assert "No ceasefire calls were reported." in briefing_markdown(model_made)
    rules_made = build_briefing([by_rules(empty)], date="2020-10-02", actors=actors, conflict=NK)
    for text in (briefing_markdown(rules_made), html.unescape(briefing_html(rules_made, {}))):
        assert "were reported" not in text and "Nothing new" not in text
        assert f"Ceasefire calls: {RULES_ABSENCE}." in text
        assert f"Current figures: {RULES_ABSENCE}." in text
        assert f"Positions: {RULES_ABSENCE}." in text
    summary = extraction_markdown(by_rules(empty))
    assert "None found.\n" not in summary
    assert (
        summary.count("None found by the rules extractor (pattern matching; may miss items).") == 3
    )
    assert "None found.\n" in extraction_markdown(empty)


# --- task 6: Markdown injection ----------------------------------------------------------------


def payload(field: str) -> str:
    return (
        f"<script>alert('{field}')</script> <img src=x onerror=alert(1)> "
        f"[click {field}](javascript:alert(1)) ![i](http://evil.example/i.png) "
        "https://evil.example/x www.evil.example mail@evil.example\n"
        f"# Heading {field}\n| a | b |\n- item {field}\n1. first\n> quote `code` *em* _u_ "
        "~~s~~ &#60;b&#62;"
    )


def hostile_extraction() -> Extraction:
    extraction = gold_extraction(SEPT_30)
    article = extraction.article.model_copy(
        update={
            "title": payload("title"),
            "outlet": payload("outlet"),
            "dateline": payload("dateline"),
            "source": payload("source"),
            "event_date": payload("event_date"),  # validated on input; here it slips past
            "conflict": payload("conflict"),
            "quality_notes": [payload("note")],
        }
    )
    provenance = Provenance(
        extractor="replay",
        model=payload("model"),
        prompt_version=payload("prompt"),
        live=False,
        recorded_at=payload("recorded_at"),
        usage=Usage(),
    )
    party = extraction.parties[0].model_copy(
        update={"name": payload("party"), "surface_forms": [payload("surface")]}
    )
    person = extraction.people[0].model_copy(
        update={
            "canonical_name": payload("person"),
            "name_as_written": payload("written"),
            "title": payload("person_title"),
        }
    )
    position = extraction.positions[0].model_copy(
        update={
            "holder": payload("holder"),
            "targets": [payload("target")],
            "speaker": payload("speaker"),
            "topic": payload("topic"),
            "summary": payload("summary"),
        }
    )
    call = extraction.ceasefire_calls[0].model_copy(
        update={
            "actors": [payload("actor")],
            "addressees": [payload("addressee")],
            "mediators": [payload("mediator")],
            "conditions": payload("conditions"),
        }
    )
    figure = extraction.figures[0].model_copy(
        update={
            "claimant": None,
            "source_as_written": payload("source_as_written"),
            "raw_text": payload("raw_text"),
            "equipment_class": payload("equipment"),
            "subjects": [payload("subject")],
        }
    )
    return extraction.model_copy(
        update={
            "article": article,
            "provenance": provenance,
            "parties": [party, *extraction.parties[1:]],
            "people": [person, *extraction.people[1:]],
            "positions": [position, *extraction.positions[1:]],
            "ceasefire_calls": [call, *extraction.ceasefire_calls[1:]],
            "figures": [figure, *extraction.figures[1:]],
        }
    )


def assert_inert(markdown: str, fields: list[str]) -> None:
    """The Markdown shows every payload as text: no HTML, link, heading, list, code or table."""
    rendered = rendered_html_of_markdown(markdown)
    for field in fields:
        assert f"alert('{field}')" in html.unescape(rendered), f"{field} not shown"
    for tag in (
        "<script",
        "<img",
        "<a ",
        "<code>",
        "<em>u</em>",
        "<em>em</em>",
        "<del>",
        "<li>item",
        "<li>first",
    ):
        assert tag not in rendered, tag
    headings = re.findall(r"<h\d>(.*?)</h\d>", rendered)
    assert not any(h.startswith("Heading") for h in headings)
    assert len(re.findall(r"<h1>", rendered)) == 1
    assert "https://evil" not in markdown and "www.evil" not in markdown
    assert "mail@evil" not in markdown
    assert "&amp;#60;b&amp;#62;" in rendered  # an entity stays literal text
    for table in re.findall(r"<table>(.*?)</table>", rendered, re.S):
        header = len(re.findall(r"<th[ >]", table))
        for row in re.findall(r"<tbody>.*?</tbody>", table, re.S)[0].split("</tr>")[:-1]:
            assert len(re.findall(r"<td[ >]", row)) == header


def test_markdown_briefing_shows_hostile_values_literally() -> None:
    actors = ActorTable.load()
    extraction = hostile_extraction()
    previous = build_briefing(
        [gold_extraction(SEPT_30)],
        date="2020-09-29",
        actors=actors,
        conflict=extraction.article.conflict,
    )
    briefing = build_briefing(
        [extraction],
        date=payload("date"),
        actors=actors,
        conflict=extraction.article.conflict,
        previous=previous.model_copy(update={"date": payload("previous_date")}),
    )
    markdown = briefing_markdown(briefing)
    fields = [
        "title", "outlet", "dateline", "source", "event_date", "conflict", "note", "model",
        "recorded_at", "summary", "conditions", "actor",
        "addressee", "mediator", "source_as_written", "raw_text", "equipment", "date",
        "previous_date",
    ]  # fmt: skip
    assert_inert(markdown, fields)


def test_markdown_extraction_summary_shows_hostile_values_literally() -> None:
    markdown = extraction_markdown(hostile_extraction())
    fields = [
        "title", "outlet", "dateline", "source", "event_date", "conflict", "note", "model",
        "prompt", "recorded_at", "party", "surface", "person", "written", "person_title",
        "holder", "target", "speaker", "topic", "summary", "actor", "addressee", "mediator",
        "conditions", "source_as_written", "raw_text", "equipment", "subject",
    ]  # fmt: skip
    assert_inert(markdown, fields)


def test_md_escape_is_idempotent_and_keeps_plain_text() -> None:
    once = md_escape("Armenia: 5 [killed] <b>")
    assert md_escape(once) == once
    assert md_escape("Armenia said 54 soldiers died") == "Armenia said 54 soldiers died"
    assert md_escape("- 1. # x") == r"\- 1. \# x"
    assert md_escape("12. item") == r"12\. item"


def test_briefing_files_are_named_by_conflict_and_day(briefing: Briefing) -> None:
    assert briefing_filename(briefing, "md") == "briefing-nagorno-karabakh-2020-09-30.md"
    unknown = briefing.model_copy(update={"conflict": None, "date": None})
    assert briefing_filename(unknown, "json") == "briefing-unknown-conflict-undated.json"


# --- issue 12: parties and people in Markdown, singular and plural -----------------------------


def test_markdown_briefing_lists_parties_and_people_literally() -> None:
    actors = ActorTable.load()
    extraction = hostile_extraction()
    briefing = build_briefing(
        [extraction], date="2020-09-30", actors=actors, conflict=extraction.article.conflict
    )
    markdown = briefing_markdown(briefing)
    assert "\n## Parties and people\n" in markdown
    section = markdown.split("\n## Parties and people\n")[1].split("\n## Sources\n")[0]
    assert "- **European Union** (international organisation, observer) [1]" in section
    assert "- **Jeyhun Bayramov**, Foreign Minister, Azerbaijan [1]" in section
    assert "alert('party')" in section and "alert('person')" in section
    assert_inert(markdown, ["party", "person", "person_title"])
    # The HTML page had the section all along, escaped.
    page = briefing_html(briefing, {})
    assert "<h2>Parties and people</h2>" in page and "<script>alert('party')" not in page


def test_briefings_count_articles_in_the_singular_and_the_plural(briefing: Briefing) -> None:
    for text in (briefing_markdown(briefing), briefing_html(briefing, {})):
        assert "article(s)" not in text
        assert ", 1 article." in text
    two = briefing.model_copy(
        update={"provenance": [briefing.provenance[0].model_copy(update={"articles": 2})]}
    )
    assert ", 2 articles." in briefing_markdown(two)
    assert ", 2 articles." in briefing_html(two, {})


def test_index_page_escapes_every_label() -> None:
    from summarize.index import index_html

    extraction = hostile_extraction()
    figure = extraction.figures[0].model_copy(
        update={"scope": "cumulative", "metric": "killed", "value": 12, "time_scope": "current"}
    )
    briefing = build_briefing(
        [extraction.model_copy(update={"figures": [figure]})],
        date="2020-09-30",
        actors=ActorTable.load(),
        conflict=extraction.article.conflict,
    )
    page = index_html([briefing], "html")
    reader = PageReader()
    reader.feed(page)
    assert "script" not in reader.tags and "img" not in reader.tags and "a" in reader.tags
    assert reader.external == []
    assert "&lt;script&gt;alert(&#39;conflict&#39;)" in page
    assert "&lt;script&gt;alert(&#39;source_as_written&#39;)" in page  # the claimant's label
    assert page.count('class="series"') == 1
