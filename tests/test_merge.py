"""Merging extractions into briefings, at the library API, on the gold annotations of the seeds."""

from __future__ import annotations

import hashlib
import random

import pytest
from briefing_data import all_gold, gold_extraction, seed_text

from summarize.actors import ActorTable
from summarize.merge import (
    FIGURE_RULE,
    NO_INDEPENDENT_FIGURE,
    RULES_ABSENCE,
    UNKNOWN_CONFLICT,
    briefings_by_conflict,
    build_briefing,
    comparable_value,
    dateline_date,
    display_figure,
    event_day,
)
from summarize.merge.copies import copy_groups, is_copy
from summarize.render import briefing_html, briefing_markdown
from summarize.schema import (
    Briefing,
    Coverage,
    Extraction,
    FigureClaim,
    FigureGroup,
    GroundedFigure,
    Provenance,
    Usage,
)

SEPT_30 = "001_990586bad01a896b"  # the defence ministries' equipment claims
OCT_02 = "000_c735fb7cf9ea1e8e"  # separatists' death toll; the 1990s war and 1994 truce as history
OCT_09 = "002_6ae619f761b75cd4"
OCT_22 = "003_c0c4d196a7e6769a"  # Putin's death tolls against the outlet's own figure
NK = "Nagorno-Karabakh"


@pytest.fixture(scope="module")
def actors() -> ActorTable:
    return ActorTable.load()


def reprinted(extraction: Extraction, outlet: str, **meta: object) -> Extraction:
    """The same story as another outlet printed it: another article, the same claims."""
    sha = hashlib.sha256(f"{extraction.article.sha256}{outlet}".encode()).hexdigest()
    article = extraction.article.model_copy(
        update={"id": f"{extraction.article.id}-{outlet}", "sha256": sha, "outlet": outlet, **meta}
    )
    return extraction.model_copy(update={"article": article})


def with_figures(extraction: Extraction, figures: list[GroundedFigure]) -> Extraction:
    return extraction.model_copy(update={"figures": figures})


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


def brief(extractions: list[Extraction], day: str, actors: ActorTable, **kw: object) -> Briefing:
    return build_briefing(extractions, date=day, actors=actors, conflict=NK, **kw)  # type: ignore[arg-type]


def groups_claimed_by(briefing: Briefing, claimant: str) -> list[FigureGroup]:
    return [g for g in briefing.figures if any(c.claimant == claimant for c in g.claims)]


def find_group(briefing: Briefing, subject: str, equipment: str) -> FigureGroup:
    (group,) = [
        g for g in briefing.figures if g.subjects == [subject] and g.equipment_class == equipment
    ]
    return group


def test_defence_ministry_claims_sit_side_by_side_by_claimant(actors: ActorTable) -> None:
    briefing = brief([gold_extraction(SEPT_30)], "2020-09-30", actors)

    by_azerbaijan = groups_claimed_by(briefing, "Azerbaijan")
    by_armenia = groups_claimed_by(briefing, "Armenia")
    assert by_azerbaijan and by_armenia
    # Whose losses, where the claim names them: always the other side.
    assert {s for g in by_azerbaijan for s in g.subjects} == {"Armenia"}
    assert {s for g in by_armenia for s in g.subjects} == {"Azerbaijan"}
    for group in by_azerbaijan + by_armenia:
        for claim in group.claims:
            assert claim.partisan and claim.verification == "unverified"
    tanks = find_group(briefing, "Armenia", "tanks and armoured vehicles")
    assert [(c.claimant, c.value, c.raw_texts) for c in tanks.claims] == [
        ("Azerbaijan", 200, ["about 200"])
    ]
    assert any("only partisan claims" in gap for gap in briefing.gaps)


# --- task 3: the headline rule ---------------------------------------------------------------


def test_the_headline_is_the_lowest_non_partisan_claim(actors: ActorTable) -> None:
    sept_30 = gold_extraction(SEPT_30)
    (azerbaijan_tanks,) = [f for f in sept_30.figures if f.raw_text == "about 200"]
    observer = azerbaijan_tanks.model_copy(
        update={"claimant": "Russia", "raw_text": "150", "value": 150, "qualifier": "exact"}
    )
    high_observer = observer.model_copy(update={"claimant": "OSCE Minsk Group", "value": 400})
    briefing = brief(
        [
            sept_30,
            with_figures(reprinted(sept_30, "Wire B"), [observer]),
            with_figures(reprinted(sept_30, "Wire C"), [high_observer]),
        ],
        "2020-09-30",
        actors,
    )
    group = find_group(briefing, "Armenia", "tanks and armoured vehicles")
    assert group.contested
    assert {c.claimant: comparable_value(c) for c in group.claims} == {
        "Azerbaijan": 200,
        "Russia": 150,
        "OSCE Minsk Group": 400,
    }
    assert group.headline is not None
    assert (group.headline.claimant, group.headline.value) == ("Russia", 150)
    assert group.headline_text == "150 (Russia)"
    # The independent figure leads the takeaways, before any partisan-only item.
    first = briefing.takeaways[0]
    assert first.kind == "figure" and first.basis == "independent" and "contested" in first.text
    bases = [t.basis for t in briefing.takeaways]
    assert bases == sorted(
        bases, key=["corroborated", "independent", "statement", "partisan"].index
    )
    assert "partisan" in bases


def test_only_partisan_claims_give_no_headline(actors: ActorTable) -> None:
    briefing = brief([gold_extraction(SEPT_30)], "2020-09-30", actors)
    group = find_group(briefing, "Azerbaijan", "tanks")
    assert group.headline is None
    assert group.headline_text == NO_INDEPENDENT_FIGURE
    assert briefing.figure_rule == FIGURE_RULE
    assert "its own included" in FIGURE_RULE and NO_INDEPENDENT_FIGURE in FIGURE_RULE


def test_a_belligerents_claim_about_its_own_losses_is_partisan(actors: ActorTable) -> None:
    briefing = brief([gold_extraction(OCT_02)], "2020-10-02", actors)
    (toll,) = [
        g
        for g in briefing.figures
        if g.metric == "killed"
        and g.subjects == ["Nagorno-Karabakh authorities"]
        and g.scope == "cumulative"
    ]
    assert [(c.claimant, c.value, c.partisan) for c in toll.claims] == [
        ("Nagorno-Karabakh authorities", 158, True)
    ]
    assert toll.headline is None and toll.headline_text == NO_INDEPENDENT_FIGURE


def test_contested_death_tolls_are_never_summed_and_show_normalised(actors: ActorTable) -> None:
    briefing = brief([gold_extraction(OCT_22)], "2020-10-22", actors)
    (tolls,) = [g for g in briefing.figures if g.metric == "killed" and not g.subjects]
    values = sorted(comparable_value(c) or 0 for c in tolls.claims)
    assert values == [1000, 2000, 5000]
    assert {c.claimant for c in tolls.claims} == {"Russia", "unattributed"}
    assert tolls.contested and tolls.headline is not None
    assert (tolls.headline.claimant, tolls.headline.value) == ("unattributed", 1000)
    assert tolls.headline_text == "less than 1,000 (unattributed)"  # the qualifier stays
    (putin_5000,) = [c for c in tolls.claims if c.value == 5000]
    assert putin_5000.raw_texts == ["close to 5, 000"]  # as written, for the evidence
    assert putin_5000.display == "close to 5,000"  # normalised for the table
    assert putin_5000.speakers == ["Vladimir Putin"]
    assert len(putin_5000.evidence) == 1


def test_figures_are_displayed_normalised_with_their_qualifier() -> None:
    assert display_figure(["close to 5, 000"], "approximately", 5000) == "close to 5,000"
    assert display_figure(["1900"], "exact", 1900) == "1,900"
    assert display_figure(["60"], "at_least", 60) == "at least 60"  # qualifier not in the text
    assert display_figure(["confirmed 12"], "at_least", 12) == "confirmed 12"
    assert display_figure(["5 000"], "exact", 5000) == "5,000"


def test_unlike_figures_are_never_set_against_each_other(actors: ActorTable) -> None:
    story = gold_extraction(OCT_09)
    (displaced,) = [f for f in story.figures if f.raw_text == "about 140,000"]
    refugees = displaced.model_copy(update={"metric": "refugees", "value": 90000})
    incident = displaced.model_copy(update={"scope": "incident", "value": 300})
    (tanks,) = [f for f in gold_extraction(SEPT_30).figures if f.raw_text == "137"]
    drones = tanks.model_copy(update={"equipment_class": "drones", "value": 5})
    briefing = brief(
        [with_figures(story, [displaced, refugees, incident, tanks, drones])], "2020-10-09", actors
    )
    for group in briefing.figures:
        assert len({(c.value, c.claimant) for c in group.claims}) == len(group.claims)
        assert not group.contested
    keys = {(g.metric, g.scope, g.equipment_class) for g in briefing.figures}
    assert ("displaced", "cumulative", None) in keys and ("refugees", "cumulative", None) in keys
    assert ("displaced", "incident", None) in keys
    assert ("equipment_destroyed", "cumulative", "tanks") in keys
    assert ("equipment_destroyed", "cumulative", "drones") in keys


# --- task 2: history is context ----------------------------------------------------------------


def test_history_is_context_never_news(actors: ActorTable) -> None:
    quiet_day = gold_extraction(SEPT_30).model_copy(update={"ceasefire_calls": []})
    previous = brief([quiet_day], "2020-09-30", actors)
    briefing = brief([gold_extraction(OCT_02)], "2020-10-02", actors, previous=previous)
    current = {comparable_value(c) for g in briefing.figures for c in g.claims}
    context = {comparable_value(c) for g in briefing.context_figures for c in g.claims}
    assert 30000 in context and 30000 not in current
    assert {158, 54} <= current
    assert all(g.time_scope == "historical" for g in briefing.context_figures)
    # The 1994 truce: context, not the tracker, the takeaways or the changes.
    assert [(e.act, e.actors) for e in briefing.context_ceasefires] == [
        ("agree", ["Armenia", "Azerbaijan"])
    ]
    assert all(e.time_scope == "current" for e in briefing.ceasefire_calls)
    assert all(e.act != "agree" for e in briefing.ceasefire_calls)
    news = [t.text for t in briefing.takeaways] + [c.text for c in briefing.changes]
    assert not any("agreed" in text or "30,000" in text or "110" in text for text in news)
    (new_call,) = [c for c in briefing.changes if c.kind == "new_ceasefire_call"]
    assert "conditional" in new_call.text  # the current call is news; the 1994 truce is not


# --- task 4: one briefing per conflict and day ----------------------------------------------


def test_one_briefing_per_conflict_and_day(actors: ActorTable) -> None:
    sept_30, oct_02 = gold_extraction(SEPT_30), gold_extraction(OCT_02)
    sudan = reprinted(oct_02, "Sudan Wire", conflict="Sudan: SAF-RSF war", event_date="2020-10-01")
    stray = reprinted(oct_02, "Unknown Wire", conflict=None)
    briefings = briefings_by_conflict(
        [sept_30, oct_02, sudan, stray], actors=actors, date_of=event_day
    )
    assert [(b.conflict, b.date, b.previous_date) for b in briefings] == [
        (NK, "2020-09-30", None),
        (NK, "2020-10-02", "2020-09-30"),  # not the Sudan day in between
        ("Sudan: SAF-RSF war", "2020-10-01", None),
        (None, "2020-10-02", None),
    ]
    assert [len(b.sources) for b in briefings] == [1, 1, 1, 1]
    only = briefings_by_conflict(
        [sept_30, oct_02, sudan, stray],
        actors=actors,
        date_of=event_day,
        only_conflict=UNKNOWN_CONFLICT,
    )
    assert [(b.conflict, b.date) for b in only] == [(None, "2020-10-02")]
    with pytest.raises(ValueError, match="previous briefing"):
        build_briefing(
            [sudan],
            date="2020-10-03",
            actors=actors,
            conflict="Sudan: SAF-RSF war",
            previous=briefings[0],
        )


def test_changes_compare_only_comparable_figures(actors: ActorTable) -> None:
    before = gold_extraction(OCT_02)
    (toll,) = [f for f in before.figures if f.value == 158]
    previous = brief([before], "2020-10-02", actors)
    changed = toll.model_copy(update={"value": 198, "raw_text": "198"})
    other_scope = toll.model_copy(update={"value": 7, "raw_text": "7", "scope": "incident"})
    other_claimant = toll.model_copy(update={"claimant": "Armenia", "value": 300})
    civilians = toll.model_copy(update={"population": "civilian", "value": 12})
    after = with_figures(
        reprinted(before, "Next day"), [changed, other_scope, other_claimant, civilians]
    )
    briefing = brief([after], "2020-10-03", actors, previous=previous)
    changed_figures = [c.text for c in briefing.changes if c.kind == "changed_figure"]
    assert len(changed_figures) == 1
    assert "198" in changed_figures[0] and "(was 158)" in changed_figures[0]
    new_claims = [c.text for c in briefing.changes if c.kind == "new_claim"]
    assert len(new_claims) == 3 and not any("was" in text for text in new_claims)


def test_a_changed_figure_names_an_earlier_vague_claim_as_written(actors: ActorTable) -> None:
    before = gold_extraction(OCT_02)
    (toll,) = [f for f in before.figures if f.value == 158]
    vague = toll.model_copy(
        update={"value": None, "low": 24, "qualifier": "vague", "raw_text": "dozens"}
    )
    previous = brief([with_figures(before, [vague])], "2020-10-02", actors)
    counted = toll.model_copy(update={"value": 61, "raw_text": "61"})
    briefing = brief(
        [with_figures(reprinted(before, "Next day"), [counted])],
        "2020-10-03",
        actors,
        previous=previous,
    )
    (changed,) = [c.text for c in briefing.changes if c.kind == "changed_figure"]
    assert "61" in changed and changed.endswith("(was dozens)")


# --- task 5: absence honesty ----------------------------------------------------------------


def test_rules_briefings_never_state_absence(actors: ActorTable) -> None:
    empty = gold_extraction(OCT_02).model_copy(
        update={"figures": [], "ceasefire_calls": [], "positions": []}
    )
    model_made = build_briefing([empty], date="2020-10-02", actors=actors, conflict=NK)
    assert model_made.absence_note is None
    assert "No current casualty or equipment figures were reported." in model_made.gaps
    rules_made = build_briefing([by_rules(empty)], date="2020-10-02", actors=actors, conflict=NK)
    assert rules_made.absence_note == RULES_ABSENCE
    assert not any("were reported" in gap for gap in rules_made.gaps)
    assert f"Current casualty or equipment figures: {RULES_ABSENCE}." in rules_made.gaps


def test_low_rules_coverage_is_a_gap(actors: ActorTable) -> None:
    coverage = Coverage(
        method="pattern matching; may miss items",
        names_seen=20,
        names_unplaced=12,
        numbers_seen=10,
        numbers_unplaced=6,
        unplaced_examples=["Stepanakert", "1,200"],
    )
    low = by_rules(gold_extraction(OCT_02)).model_copy(update={"coverage": coverage})
    good = low.model_copy(
        update={
            "coverage": coverage.model_copy(update={"names_unplaced": 0, "numbers_unplaced": 1})
        }
    )
    gaps = build_briefing([low], date="2020-10-02", actors=actors, conflict=NK).gaps
    (note,) = [gap for gap in gaps if "coverage" in gap]
    assert note.startswith("[1] low coverage (pattern matching; may miss items)")
    assert "12 of 20 names" in note and "6 of 10 counts" in note and "Stepanakert" in note
    quiet = build_briefing([good], date="2020-10-02", actors=actors, conflict=NK).gaps
    assert not any("coverage" in gap for gap in quiet)


# --- merging -----------------------------------------------------------------------------------


def test_the_same_story_from_several_outlets_appears_once(actors: ActorTable) -> None:
    story = gold_extraction(OCT_09, outlet="AFP")
    once = brief([story], "2020-10-09", actors)
    twice = brief([story, reprinted(story, "France 24")], "2020-10-09", actors)
    assert len(twice.sources) == 2
    claims_once = [c for g in once.figures for c in g.claims]
    claims_twice = [c for g in twice.figures for c in g.claims]
    assert len(claims_twice) == len(claims_once) > 0
    assert all({ref.source for ref in claim.evidence} == {1, 2} for claim in claims_twice)
    assert len(twice.ceasefire_calls) == len(once.ceasefire_calls) > 0
    assert all({r.source for r in e.evidence} == {1, 2} for e in twice.ceasefire_calls)
    positions = [p for g in twice.positions for p in g.positions]
    assert len(positions) == sum(len(g.positions) for g in once.positions)
    # Two outlets stating a figure in their own voice corroborate each other.
    own_voice = [c for c in claims_twice if c.claimant == "unattributed" and c.value is not None]
    assert own_voice and all(c.verification == "corroborated" for c in own_voice)
    assert twice.takeaways[0].basis == "corroborated"


def test_people_roll_up_to_their_party_and_garbled_names_resolve(actors: ActorTable) -> None:
    briefing = brief([gold_extraction(SEPT_30)], "2020-09-30", actors)
    russia = [e for e in briefing.ceasefire_calls if e.actors == ["Russia"]]
    assert russia and "Sergei Lavrov" in russia[0].speakers
    joint = [e for e in briefing.ceasefire_calls if set(e.actors) == {"Russia", "France"}]
    assert joint, "the Putin-Macron call is one record with both parties"
    assert all("Sergei Lavrov" not in e.actors for e in briefing.ceasefire_calls)
    people = {person.name: person for person in briefing.people}
    assert people["Jeyhun Bayramov"].names_as_written == ["Zhihun Piramov"]
    assert people["Jeyhun Bayramov"].affiliation == "Azerbaijan"
    assert people["Sergei Lavrov"].names_as_written == ["Sergey Lavrov"]
    conditional = [e for e in briefing.ceasefire_calls if e.type == "conditional"]
    assert conditional[0].actors == ["Azerbaijan"] and conditional[0].conditions


def test_positions_are_grouped_by_role(actors: ActorTable) -> None:
    briefing = brief([gold_extraction(SEPT_30)], "2020-09-30", actors)
    holders = {g.group: {p.holder for p in g.positions} for g in briefing.positions}
    assert {"Armenia", "Azerbaijan"} <= holders["belligerents"]
    assert {"Russia", "France"} <= holders["mediators"]
    assert {"Turkey", "Iran"} <= holders["regional_powers_and_backers"]
    assert "European Union" in holders["international_organisations"]


def test_days_follow_event_dates_and_report_changes(actors: ActorTable) -> None:
    briefings = briefings_by_conflict(all_gold(), actors=actors, date_of=event_day)
    assert [(b.conflict, b.date) for b in briefings] == [
        (NK, "2020-09-30"),
        (NK, "2020-10-02"),
        (NK, "2020-10-09"),
        (NK, "2020-10-22"),
        (NK, "2023-09-19"),
    ]
    first, second, third = briefings[0], briefings[1], briefings[2]
    assert first.previous_date is None and first.changes == []
    assert second.previous_date == "2020-09-30"
    assert {"new_claim", "new_position"} <= {change.kind for change in second.changes}
    # Azerbaijan's conditional call was already there on 30 September: not new on 2 October.
    assert not any(change.kind == "new_ceasefire_call" for change in second.changes)
    assert "new_ceasefire_call" in {change.kind for change in third.changes}
    assert all(change.sources for change in second.changes + third.changes)


def test_the_briefing_names_its_extractors(actors: ActorTable) -> None:
    gold = gold_extraction(SEPT_30)
    model_made = reprinted(gold, "Other").model_copy(
        update={
            "provenance": Provenance(
                extractor="replay",
                model="gpt-4o-mini",
                prompt_version="extract.v1",
                live=False,
                recorded_at="2026-01-05",
                usage=Usage(),
            )
        }
    )
    briefing = brief([gold, model_made], "2020-09-30", actors)
    assert {(p.extractor, p.model, p.articles) for p in briefing.provenance} == {
        ("gold", None, 1),
        ("replay", "gpt-4o-mini", 1),
    }
    assert {s.extractor for s in briefing.sources} == {"gold", "replay"}


def test_merging_is_pure_and_order_independent(actors: ActorTable) -> None:
    day = [gold_extraction(SEPT_30), reprinted(gold_extraction(SEPT_30), "B")]
    forward = brief(day, "2020-09-30", actors)
    backward = brief(day[::-1], "2020-09-30", actors)
    assert forward == backward
    assert day[0] == gold_extraction(SEPT_30)  # inputs untouched


def test_an_undated_article_is_not_filed_under_its_date_line() -> None:
    # Seed 000's date line (2023-11-30) contradicts its 2020 events: an extraction left undated
    # (summarize/dates.py already uses the date line when it fits) must stay undated.
    gold = gold_extraction(OCT_02)
    undated = gold.article.model_copy(update={"event_date": None})
    assert event_day(gold.model_copy(update={"article": undated})) is None
    no_dates = undated.model_copy(update={"dateline": None})
    assert event_day(gold.model_copy(update={"article": no_dates})) is None
    assert dateline_date("Posted 2 October 2020, 10:45") == "2020-10-02"
    assert dateline_date("Updated yesterday") is None


def test_repeated_items_keep_each_quote_once_and_other_targets_apart(actors: ActorTable) -> None:
    story = gold_extraction(SEPT_30)
    position = story.positions[0]
    retargeted = position.model_copy(update={"targets": ["Turkey"]})
    repeated = story.model_copy(
        update={
            "parties": [*story.parties, *story.parties],
            "people": [*story.people, *story.people],
            "positions": [*story.positions, position, retargeted],
        }
    )
    once = brief([story], "2020-09-30", actors)
    again = brief([repeated], "2020-09-30", actors)

    assert [p.evidence for p in again.parties] == [p.evidence for p in once.parties]
    assert [p.evidence for p in again.people] == [p.evidence for p in once.people]
    positions_once = [p for g in once.positions for p in g.positions]
    positions_again = [p for g in again.positions for p in g.positions]
    assert len(positions_again) == len(positions_once) + 1
    apart = [
        p for p in positions_again if p.targets == ["Turkey"] and p.summary == position.summary
    ]
    assert [len(p.evidence) for p in apart] == [1]


# --- copies of one story count as one source (issue 12) ------------------------------------


def lightly_edited(text: str) -> str:
    """The same wire story as another outlet ran it: its own headline, a few words changed."""
    lines = text.splitlines()
    edited = "\n".join(["Russia hosts Armenia and Azerbaijan for talks", *lines[1:]])
    return (
        edited.replace("Russia said on Friday", "Moscow said on Friday")
        .replace("fierce fighting", "heavy fighting")
        .replace("told AFP", "told reporters")
    )


def own_voice_claims(briefing: Briefing) -> list[FigureClaim]:
    return [
        c
        for g in briefing.figures
        for c in g.claims
        if c.claimant == "unattributed" and c.value is not None
    ]


def test_copies_of_one_wire_story_do_not_corroborate_each_other(actors: ActorTable) -> None:
    story = gold_extraction(OCT_09, outlet="AFP")
    copy = reprinted(story, "France 24")
    text = seed_text(OCT_09)
    texts = {story.article.sha256: text, copy.article.sha256: lightly_edited(text)}
    assert texts[copy.article.sha256] != text
    briefing = brief([story, copy], "2020-10-09", actors, texts=texts)
    assert [(g.sources, g.outlets) for g in briefing.copies] == [([1, 2], ["AFP", "France 24"])]
    assert 0.6 <= briefing.copies[0].similarity < 1
    claims = own_voice_claims(briefing)
    assert claims and all(c.verification == "unverified" for c in claims)
    assert all({ref.source for ref in c.evidence} == {1, 2} for c in claims)
    assert briefing.takeaways[0].basis != "corroborated"
    markdown = briefing_markdown(briefing)
    assert "**Copies merged:** \\[1\\] AFP, \\[2\\] France 24: copies of one story" in markdown
    assert "Copies merged:</strong> [1] AFP, [2] France 24" in briefing_html(briefing, texts)
    # Without the texts nothing tells the copies apart from two reports: they corroborate.
    blind = brief([story, copy], "2020-10-09", actors)
    assert blind.copies == [] and all(
        c.verification == "corroborated" for c in own_voice_claims(blind)
    )


def test_two_different_articles_stating_one_figure_corroborate_it(actors: ActorTable) -> None:
    story = gold_extraction(OCT_09, outlet="AFP")
    (toll,) = [f for f in story.figures if f.value == 400]
    other = with_figures(gold_extraction(OCT_22, outlet="Reuters"), [toll])
    texts = {story.article.sha256: seed_text(OCT_09), other.article.sha256: seed_text(OCT_22)}
    briefing = brief([story, other], "2020-10-09", actors, texts=texts)
    assert briefing.copies == []
    (claim,) = [c for c in own_voice_claims(briefing) if c.value == 400]
    assert {ref.source for ref in claim.evidence} == {1, 2}
    assert claim.verification == "corroborated"


def test_copy_detection_needs_real_overlap() -> None:
    text = seed_text(OCT_09)
    assert is_copy(text, lightly_edited(text))
    assert not is_copy(text, seed_text(OCT_22))
    assert not is_copy(text, "")
    half = " ".join(text.split()[: len(text.split()) // 2])
    assert is_copy(text, half)  # a copy cut short is still a copy


def test_copies_are_found_among_many_articles_sharing_stock_phrases() -> None:
    """The search pairs articles through rarer shingles: a boilerplate paragraph every article
    prints (a newsletter plug, a cookie notice) neither hides copies nor makes articles copies."""
    rng = random.Random(7)
    words = [f"w{i}" for i in range(3000)]
    boilerplate = (
        "Sign up for our daily briefing and get the stories that matter delivered to your inbox "
        "every morning before the markets open. "
    ) * 3

    def story() -> str:
        return " ".join(rng.choice(words) for _ in range(220))

    texts = [boilerplate + story() for _ in range(80)]
    edited = texts[3].split()
    edited[40:43] = ["as", "another", "outlet", "put", "it"]
    texts[10] = "Reprinted headline\n" + " ".join(edited)  # a wire story with light edits
    texts[55] = " ".join(texts[20].split()[:150])  # and one cut short
    template = boilerplate * 4  # and three pages holding nothing but the boilerplate
    texts[70], texts[71], texts[72] = template, template + " Updated.", template + " Read more."
    numbered = [(n, _extraction_with_text(f"a{n}", text)) for n, text in enumerate(texts, 1)]
    by_sha = {e.article.sha256: t for (_, e), t in zip(numbered, texts, strict=True)}
    groups = copy_groups(numbered, by_sha)
    assert [g.sources for g in groups] == [[4, 11], [21, 56], [71, 72, 73]]


def _extraction_with_text(article_id: str, text: str) -> Extraction:
    story = gold_extraction(OCT_09)
    sha = hashlib.sha256(text.encode()).hexdigest()
    article = story.article.model_copy(update={"id": article_id, "sha256": sha, "outlet": None})
    return story.model_copy(update={"article": article})


def test_a_story_printed_by_many_outlets_with_their_own_footers_is_one_group() -> None:
    """More copies than any fixed threshold on shared wording: each outlet adds its own
    footer, and the story's wording is shared by all of them."""
    rng = random.Random(11)
    words = [f"w{i}" for i in range(4000)]
    story = " ".join(rng.choice(words) for _ in range(300))
    texts = [f"{story} Updated {n}. Outlet {n} footer {rng.random()}" for n in range(60)]
    texts += [" ".join(rng.choice(words) for _ in range(300)) for _ in range(20)]  # unrelated
    numbered = [(n, _extraction_with_text(f"a{n}", text)) for n, text in enumerate(texts, 1)]
    by_sha = {e.article.sha256: t for (_, e), t in zip(numbered, texts, strict=True)}
    groups = copy_groups(numbered, by_sha)
    assert [g.sources for g in groups] == [list(range(1, 61))]
    assert 0.9 <= groups[0].similarity < 1
