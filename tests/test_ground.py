"""Aligning quotes and grounding drafts, at the library boundary (summarize.ground)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from summarize.ground import REASON_BOILERPLATE, align_quote, build_extraction, ground_draft
from summarize.ingest import Article, article_from_text, load_article
from summarize.schema import (
    ArticleDraft,
    ArticleMetaDraft,
    ClaimedFigure,
    Party,
    Person,
    Position,
    Provenance,
    Usage,
)

SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"


def seed(prefix: str) -> Article:
    [path] = SEEDS_DIR.glob(f"{prefix}_*.txt")
    return load_article(path)


def figure(evidence: str, raw_text: str, value: int | None, **overrides: Any) -> ClaimedFigure:
    fields: dict[str, Any] = {
        "claimant": None,
        "speaker": None,
        "source_as_written": None,
        "subjects": [],
        "metric": "killed",
        "equipment_class": None,
        "population": "unknown",
        "raw_text": raw_text,
        "value": value,
        "low": None,
        "high": None,
        "qualifier": "exact",
        "scope": "cumulative",
        "time_scope": "current",
        "evidence": evidence,
    }
    return ClaimedFigure(**{**fields, **overrides})


def party(name: str, evidence: str) -> Party:
    return Party(
        name=name, surface_forms=[name], kind="state", role="belligerent", evidence=evidence
    )


def draft(**items: Any) -> ArticleDraft:
    lists: dict[str, Any] = {
        "parties": [],
        "people": [],
        "positions": [],
        "ceasefire_calls": [],
        "figures": [],
    }
    meta = ArticleMetaDraft(
        title="Draft title", conflict=None, event_date="2020-01-01", quality_notes=["noisy"]
    )
    return ArticleDraft(meta=meta, **{**lists, **items})


# --- align_quote -----------------------------------------------------------------------------


def test_exact_quote_lands_on_its_text() -> None:
    text = seed("000").text
    quote = "Baku says it will keep fighting until Armenian forces “fully” withdraw"
    span = align_quote(text, quote)
    assert span is not None
    assert (span.status, span.score) == ("exact", 1.0)
    assert text[span.start : span.end] == quote


def test_repeated_mentions_land_on_successive_occurrences() -> None:
    text = seed("002").text
    quote = "Moscow discusses Armenia-Azerbaijan conflict"
    first = align_quote(text, quote)
    assert first is not None
    second = align_quote(text, quote, taken=[(first.start, first.end)])
    assert second is not None
    assert second.start > first.end
    assert text[second.start : second.end] == quote
    # Once every occurrence is taken, the quote still aligns (to the first one).
    both = [(first.start, first.end), (second.start, second.end)]
    assert align_quote(text, quote, taken=both) == first


def test_straight_quotes_and_reflowed_whitespace_are_normalised() -> None:
    text = seed("000").text
    printed = (
        "“There are many wounded among civilian population, civilian infrastructure is damaged,”"
    )
    quote = (
        '"There are many  wounded among civilian population,\ncivilian infrastructure is damaged,"'
    )
    span = align_quote(text, quote)
    assert span is not None
    assert span.status == "normalized"
    assert text[span.start : span.end] == printed


def test_dashes_and_case_are_normalised() -> None:
    text = "The Turkish Foreign Minister – in an interview with Anadolu Agency – renewed support."
    span = align_quote(text, "the turkish foreign minister - in an interview")
    assert span is not None
    assert span.status == "normalized"
    assert text[span.start : span.end] == "The Turkish Foreign Minister – in an interview"


def test_small_slips_align_fuzzily_to_whole_words() -> None:
    text = seed("002").text
    printed = (
        "the new fighting had displaced about 140,000 Karabakh residents and forced 90 percent of "
        "its women and children out of their homes"
    )
    quote = printed.replace("had displaced", "has displaced").replace("140,000", "140000")
    span = align_quote(text, quote)
    assert span is not None
    assert span.status == "fuzzy"
    assert 0.9 <= span.score < 1.0
    assert text[span.start : span.end] == printed


@pytest.mark.parametrize(
    "quote",
    [
        "The quick brown fox jumps over the lazy dog near the riverbank today",
        "Azerbaijan and Armenia signed a lasting peace treaty in Paris on Monday",
        "(.*)+[ab]{2,}\\d?$",
        "",
        "   \n ",
    ],
)
def test_junk_and_empty_quotes_do_not_align(quote: str) -> None:
    assert align_quote(seed("002").text, quote) is None


def test_quotes_with_regex_characters_align_literally() -> None:
    text = seed("002").text
    quote = "the famous Ghazanchetsots (Holy Saver) church"
    span = align_quote(text, quote)
    assert span is not None
    assert text[span.start : span.end] == quote


def test_min_coverage_is_honoured() -> None:
    text = seed("002").text
    quote = "Both sides have rejected the growing calls for an end of the fighting"
    lenient = align_quote(text, quote, min_coverage=0.8)
    assert lenient is not None and lenient.status == "fuzzy"
    assert align_quote(text, quote, min_coverage=0.99) is None


# --- ground_draft and build_extraction ------------------------------------------------------


def test_ground_draft_keeps_grounded_items_and_rejects_the_rest() -> None:
    article = seed("002")
    good_figure = figure(
        "which has claimed the lives of nearly 400 people",
        "nearly 400",
        400,
        qualifier="approximately",
    )
    wrong_number = figure("which has claimed the lives of nearly 400 people", "nearly 500", 500)
    vague = figure(
        "Dozens of civilians have been confirmed’ dead", "Dozens", None, qualifier="vague"
    )
    invented = party("France", "France declared war on Azerbaijan on Friday morning")
    furniture = party("North Korea", 'North Korea joins military parade to "demonstrate strength')
    grounding = ground_draft(
        article,
        draft(
            parties=[party("Russia", "Russia said on Friday"), invented, furniture],
            figures=[good_figure, wrong_number, vague],
        ),
    )
    assert [p.name for p in grounding.parties] == ["Russia"]
    assert [f.raw_text for f in grounding.figures] == ["nearly 400", "Dozens"]
    spans = [(p.span, p.evidence) for p in grounding.parties]
    spans += [(f.span, f.evidence) for f in grounding.figures]
    for span, evidence in spans:
        assert article.text[span.start : span.end] == evidence
    reasons = {rejected.item.evidence: rejected.reason for rejected in grounding.rejected}
    assert "not found" in reasons[invented.evidence]
    assert "furniture" in reasons[furniture.evidence]
    assert "500" in reasons[wrong_number.evidence]
    assert not grounding.is_complete()
    feedback = grounding.feedback()
    for rejected in grounding.rejected:
        assert rejected.item.evidence in feedback
        assert rejected.reason in feedback


def test_same_quote_twice_grounds_on_both_occurrences() -> None:
    article = seed("002")
    quote = "Moscow discusses Armenia-Azerbaijan conflict"
    grounding = ground_draft(article, draft(parties=[party("Russia", quote)] * 2))
    first, second = (p.span for p in grounding.parties)
    assert first.start < second.start
    assert grounding.is_complete()
    assert grounding.feedback() == ""


def test_people_are_grounded_through_normalisation() -> None:
    article = seed("000")
    person = Person(
        name_as_written="Artsrun Hovhannisyan",
        canonical_name="Artsrun Hovhannisyan",
        affiliation=None,
        title="spokesman",
        evidence="Armenian defense ministry spokesman Artsrun Hovhannisyan said on Facebook",
    )
    grounding = ground_draft(article, draft(people=[person]))
    assert grounding.is_complete()
    assert grounding.people[0].span.status == "exact"


def test_build_extraction_takes_meta_from_article_and_draft() -> None:
    article = seed("000")
    draft_ = draft(figures=[figure("bringing the death toll to 158", "158", 158)])
    provenance = Provenance(
        extractor="rules", model=None, prompt_version=None, live=True, recorded_at=None,
        usage=Usage(),
    )  # fmt: skip
    extraction = build_extraction(article, draft_, ground_draft(article, draft_), provenance)
    meta = extraction.article
    assert (meta.id, meta.sha256, meta.source) == (article.id, article.sha256, article.source)
    assert meta.title == article.title
    assert meta.dateline == "Thursday, November 30, 2023"
    assert meta.event_date == article.event_date  # the manifest wins over the draft's guess
    assert meta.event_date != draft_.meta.event_date
    assert "noisy" in meta.quality_notes
    assert [f.value for f in extraction.figures] == [158]
    assert extraction.provenance == provenance


def test_build_extraction_falls_back_to_the_draft_without_a_manifest() -> None:
    text = "Clashes went on overnight, officials said, and 12 soldiers were killed.\n"
    article = Article(id="t", source="-", text=text, sha256="0", warnings=("decoded as cp1252",))
    draft_ = draft()
    provenance = Provenance(
        extractor="rules", model=None, prompt_version=None, live=True, recorded_at=None,
        usage=Usage(),
    )  # fmt: skip
    meta = build_extraction(article, draft_, ground_draft(article, draft_), provenance).article
    assert (meta.title, meta.event_date) == ("Draft title", "2020-01-01")
    assert meta.quality_notes == ["noisy", "decoded as cp1252"]


def test_a_quote_also_in_boilerplate_lands_in_the_body_for_every_mention() -> None:
    headline = "Talks resume in Geneva"
    text = f"Home / news / {headline}\n\n{headline}\n\nBoth sides said {headline.lower()}.\n"
    body_start = text.index(headline, 20)
    boilerplate = ((0, len(f"Home / news / {headline}")),)
    first = align_quote(text, headline, avoid=boilerplate)
    assert first is not None and first.start == body_start
    again = align_quote(text, headline, taken=[(first.start, first.end)], avoid=boilerplate)
    assert again is not None and again.start == body_start  # never falls back into boilerplate


# --- hostile replies -------------------------------------------------------------------------


def test_quoting_furniture_printed_thousands_of_times_aligns_in_linear_time() -> None:
    """Red-team issue 15: a 270 KB page with 4,000 "Advertisement" lines and a reply quoting it
    took 77 s; occurrences are now found once per quote and taken ones are skipped."""
    import time

    body = "Officials said the talks would resume on Monday after a week of shelling.\n"
    text = "Talks to resume\n\n" + ("Advertisement\n" + body) * 4_000
    article = article_from_text(text, id="ads")
    assert len(article.boilerplate) == 4_000
    items = [party(f"Party {n}", "Advertisement") for n in range(5)]
    items += [party(f"Body {n}", body.strip()) for n in range(50)]
    started = time.monotonic()
    grounding = ground_draft(article, draft(parties=items))
    elapsed = time.monotonic() - started
    assert elapsed < 2.0, f"grounding took {elapsed:.1f}s"
    assert [r.item.name for r in grounding.rejected] == [f"Party {n}" for n in range(5)]
    assert {r.reason for r in grounding.rejected} == {REASON_BOILERPLATE}
    # Repeats land on successive copies of the body sentence, never on furniture.
    starts = [p.span.start for p in grounding.parties]
    assert starts == sorted(set(starts)) and len(starts) == 50
    assert all(text[s : s + len(body) - 1] == body.strip() for s in starts)


def test_aligning_against_overlapping_taken_spans_matches_the_simple_rule() -> None:
    text = "a b a b a b a b"
    first = align_quote(text, "a b a")
    assert first is not None and (first.start, first.end) == (0, 5)
    second = align_quote(text, "b a b", taken=[(0, 5)])
    assert second is not None and (second.start, second.end) == (6, 11)
    third = align_quote(text, "a b", taken=[(0, 5), (2, 7), (4, 9)])
    assert third is not None and (third.start, third.end) == (8, 11)


def test_an_item_naming_an_undeclared_party_is_rejected_with_the_reason() -> None:
    quote = "Khartoum says it will not negotiate until the paramilitaries leave the capital"
    article = article_from_text(f"Talks stall\n\n{quote}.\n", id="undeclared")
    position = Position(
        holder="Sudan",
        speaker=None,
        targets=["Atlantis"],
        stance="demand",
        topic="withdrawal",
        summary="Sudan demands a withdrawal.",
        evidence=quote,
    )
    grounding = ground_draft(
        article,
        draft(parties=[party("Sudan", quote)], positions=[position]),
    )
    assert [p.name for p in grounding.parties] == ["Sudan"]
    assert grounding.positions == []
    [rejected] = grounding.rejected
    assert rejected.reason == "'Atlantis' is not the name of a party declared in parties"
    assert "Atlantis" in grounding.feedback()  # handed back to the model in the re-ask
