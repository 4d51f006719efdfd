"""Merging extractions into a briefing, at the library API, on the gold annotations of the seeds."""

from __future__ import annotations

import hashlib

import pytest
from briefing_data import all_gold, gold_extraction

from summarize.actors import ActorTable
from summarize.merge import (
    briefings_by_date,
    build_briefing,
    comparable_value,
    dateline_date,
    event_day,
)
from summarize.schema import Briefing, Extraction, FigureGroup, GroundedFigure, Provenance, Usage

SEPT_30 = "001_990586bad01a896b"  # the defence ministries' equipment claims
OCT_02 = "000_c735fb7cf9ea1e8e"  # separatists' death toll; the 1990s war as history
OCT_09 = "002_6ae619f761b75cd4"
OCT_22 = "003_c0c4d196a7e6769a"  # Putin's death tolls against the outlet's own figure


@pytest.fixture(scope="module")
def actors() -> ActorTable:
    return ActorTable.load()


def reprinted(extraction: Extraction, outlet: str) -> Extraction:
    """The same story as another outlet printed it: another article, the same claims."""
    sha = hashlib.sha256(f"{extraction.article.sha256}{outlet}".encode()).hexdigest()
    article = extraction.article.model_copy(
        update={"id": f"{extraction.article.id}-{outlet}", "sha256": sha, "outlet": outlet}
    )
    return extraction.model_copy(update={"article": article})


def with_figures(extraction: Extraction, figures: list[GroundedFigure]) -> Extraction:
    return extraction.model_copy(update={"figures": figures})


def groups_claimed_by(briefing: Briefing, claimant: str) -> list[FigureGroup]:
    return [g for g in briefing.figures if any(c.claimant == claimant for c in g.claims)]


def find_group(briefing: Briefing, subject: str, equipment: str) -> FigureGroup:
    (group,) = [
        g for g in briefing.figures if g.subject == subject and g.equipment_class == equipment
    ]
    return group


def test_defence_ministry_claims_sit_side_by_side_by_claimant(actors: ActorTable) -> None:
    briefing = build_briefing([gold_extraction(SEPT_30)], date="2020-09-30", actors=actors)

    by_azerbaijan = groups_claimed_by(briefing, "Azerbaijan")
    by_armenia = groups_claimed_by(briefing, "Armenia")
    assert by_azerbaijan and by_armenia
    assert {g.subject for g in by_azerbaijan} == {"Armenia"}
    assert {g.subject for g in by_armenia} == {"Azerbaijan"}
    # One side's claims about the other's losses, confirmed by nobody.
    for group in by_azerbaijan + by_armenia:
        for claim in group.claims:
            assert claim.partisan and claim.verification == "unverified"
    tanks = find_group(briefing, "Armenia", "tanks and armoured vehicles")
    assert [(c.claimant, c.value, c.raw_texts) for c in tanks.claims] == [
        ("Azerbaijan", 200, ["about 200"])
    ]
    assert any("only partisan claims" in gap for gap in briefing.gaps)


def test_the_conservative_figure_is_the_lowest_non_partisan_claim(actors: ActorTable) -> None:
    sept_30 = gold_extraction(SEPT_30)
    (azerbaijan_tanks,) = [f for f in sept_30.figures if f.raw_text == "about 200"]
    observer = azerbaijan_tanks.model_copy(
        update={"claimant": "Russian Foreign Ministry", "raw_text": "150", "value": 150}
    )
    high_observer = observer.model_copy(update={"claimant": "OSCE", "value": 400})
    briefing = build_briefing(
        [
            sept_30,
            with_figures(reprinted(sept_30, "Wire B"), [observer]),
            with_figures(reprinted(sept_30, "Wire C"), [high_observer]),
        ],
        date="2020-09-30",
        actors=actors,
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
    assert not group.headline.partisan
    assert briefing.takeaways[0].kind == "figure" and "contested" in briefing.takeaways[0].text


def test_only_partisan_claims_still_give_a_headline(actors: ActorTable) -> None:
    briefing = build_briefing([gold_extraction(SEPT_30)], date="2020-09-30", actors=actors)
    group = find_group(briefing, "Azerbaijan", "tanks")
    assert group.headline is not None and group.headline.partisan


def test_contested_death_tolls_are_never_summed_or_averaged(actors: ActorTable) -> None:
    briefing = build_briefing([gold_extraction(OCT_22)], date="2020-10-22", actors=actors)
    (tolls,) = [g for g in briefing.figures if g.metric == "killed" and g.subject is None]
    values = sorted(comparable_value(c) or 0 for c in tolls.claims)
    assert values == [1000, 2000, 5000]  # "5,000" and "close to 5, 000" are one claim
    assert {c.claimant for c in tolls.claims} == {"Russia", "unattributed"}
    assert tolls.contested and tolls.headline is not None
    assert (tolls.headline.claimant, tolls.headline.value) == ("unattributed", 1000)
    (putin_5000,) = [c for c in tolls.claims if c.value == 5000]
    assert set(putin_5000.raw_texts) == {"5,000", "close to 5, 000"}
    assert len(putin_5000.evidence) == 2


def test_historical_figures_stay_out_of_the_days_tallies(actors: ActorTable) -> None:
    briefing = build_briefing([gold_extraction(OCT_02)], date="2020-10-02", actors=actors)
    current = {comparable_value(c) for g in briefing.figures for c in g.claims}
    context = {comparable_value(c) for g in briefing.context_figures for c in g.claims}
    assert 30000 in context and 30000 not in current
    assert {158, 54} <= current
    assert all(g.time_scope == "historical" for g in briefing.context_figures)


def test_the_same_story_from_several_outlets_appears_once(actors: ActorTable) -> None:
    story = gold_extraction(OCT_09, outlet="AFP")
    once = build_briefing([story], date="2020-10-09", actors=actors)
    twice = build_briefing([story, reprinted(story, "France 24")], date="2020-10-09", actors=actors)
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


def test_people_roll_up_to_their_party_and_garbled_names_resolve(actors: ActorTable) -> None:
    briefing = build_briefing([gold_extraction(SEPT_30)], date="2020-09-30", actors=actors)
    russia = [e for e in briefing.ceasefire_calls if e.caller == "Russia"]
    assert russia and {"Vladimir Putin", "Sergei Lavrov"} <= set(russia[0].speakers)
    assert all(e.caller != "Sergei Lavrov" for e in briefing.ceasefire_calls)
    people = {person.name: person for person in briefing.people}
    assert people["Jeyhun Bayramov"].names_as_written == ["Zhihun Piramov"]
    assert people["Jeyhun Bayramov"].party == "Azerbaijan"
    assert people["Sergei Lavrov"].names_as_written == ["Sergey Lavrov"]
    conditional = [e for e in briefing.ceasefire_calls if e.kind == "conditional"]
    assert conditional[0].caller == "Azerbaijan" and conditional[0].conditions


def test_positions_are_grouped_by_role(actors: ActorTable) -> None:
    briefing = build_briefing([gold_extraction(SEPT_30)], date="2020-09-30", actors=actors)
    holders = {g.group: {p.holder for p in g.positions} for g in briefing.positions}
    assert {"Armenia", "Azerbaijan"} <= holders["belligerents"]
    assert {"Russia", "France"} <= holders["mediators"]
    assert {"Turkey", "Iran"} <= holders["regional_powers_and_backers"]
    assert "European Union" in holders["international_organisations"]


def test_days_follow_event_dates_and_report_changes(actors: ActorTable) -> None:
    briefings = briefings_by_date(all_gold(), actors=actors, date_of=event_day)
    assert [b.date for b in briefings] == [
        "2020-09-30",
        "2020-10-02",
        "2020-10-09",
        "2020-10-22",
        "2023-09-19",
    ]
    first, second = briefings[0], briefings[1]
    assert first.previous_date is None and first.changes == []
    assert second.previous_date == "2020-09-30"
    kinds = {change.kind for change in second.changes}
    assert {"new_claim", "new_ceasefire_call"} <= kinds
    assert all(change.sources for change in second.changes)


def test_a_changed_figure_is_reported(actors: ActorTable) -> None:
    before = gold_extraction(OCT_02)
    (toll,) = [f for f in before.figures if f.value == 158]
    after = with_figures(
        reprinted(before, "Next day"),
        [toll.model_copy(update={"value": 198, "raw_text": "198"})],
    )
    previous = build_briefing([before], date="2020-10-02", actors=actors)
    briefing = build_briefing([after], date="2020-10-03", actors=actors, previous=previous)
    changed = [c for c in briefing.changes if c.kind == "changed_figure"]
    assert len(changed) == 1 and "198" in changed[0].text and "(was 158)" in changed[0].text


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
    briefing = build_briefing([gold, model_made], date="2020-09-30", actors=actors)
    assert {(p.extractor, p.model, p.articles) for p in briefing.provenance} == {
        ("gold", None, 1),
        ("replay", "gpt-4o-mini", 1),
    }
    assert {s.extractor for s in briefing.sources} == {"gold", "replay"}


def test_merging_is_pure_and_order_independent(actors: ActorTable) -> None:
    day = [gold_extraction(SEPT_30), reprinted(gold_extraction(SEPT_30), "B")]
    forward = build_briefing(day, date="2020-09-30", actors=actors)
    backward = build_briefing(day[::-1], date="2020-09-30", actors=actors)
    assert forward == backward
    assert day[0] == gold_extraction(SEPT_30)  # inputs untouched


def test_dates_fall_back_to_the_date_line() -> None:
    gold = gold_extraction(OCT_02)
    undated = gold.article.model_copy(update={"event_date": None})
    assert event_day(gold.model_copy(update={"article": undated})) == "2023-11-30"
    no_dates = undated.model_copy(update={"dateline": None})
    assert event_day(gold.model_copy(update={"article": no_dates})) is None
    assert dateline_date("Posted 2 October 2020, 10:45") == "2020-10-02"
    assert dateline_date("Updated yesterday") is None


def test_repeated_items_keep_each_quote_once_and_other_targets_apart(actors: ActorTable) -> None:
    story = gold_extraction(SEPT_30)
    position = story.positions[0]
    retargeted = position.model_copy(update={"target": "Freedonia"})
    repeated = story.model_copy(
        update={
            "parties": [*story.parties, *story.parties],
            "people": [*story.people, *story.people],
            "positions": [*story.positions, position, retargeted],
        }
    )
    once = build_briefing([story], date="2020-09-30", actors=actors)
    again = build_briefing([repeated], date="2020-09-30", actors=actors)

    assert [p.evidence for p in again.parties] == [p.evidence for p in once.parties]
    assert [p.evidence for p in again.people] == [p.evidence for p in once.people]
    positions_once = [p for g in once.positions for p in g.positions]
    positions_again = [p for g in again.positions for p in g.positions]
    assert len(positions_again) == len(positions_once) + 1
    apart = [p for p in positions_again if p.target == "Freedonia"]
    assert [(p.summary, len(p.evidence)) for p in apart] == [(position.summary, 1)]
