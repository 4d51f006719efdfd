"""The rules extractor at its library boundary: schema 2 output on fresh sentences about many
conflicts (none paraphrase the seeds), grounding on the seed articles, hostile input."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from summarize.actors import ActorTable
from summarize.errors import InputError, TimeBudgetError
from summarize.extract.rules import RulesExtractor, load_lexicon
from summarize.extract.rules.text import unwrapped
from summarize.ingest import Article, article_from_text, load_article
from summarize.numbers import quote_supports_figure
from summarize.schema import Extraction, contract_problems

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
# Test-only parties, so the tests do not depend on what the shared actor table holds today.
TEST_ACTORS = """
[[party]]
name = "Ukraine"
kind = "state"
role = "belligerent"
demonyms = ["Ukrainian"]
metonyms = ["Kyiv"]

[[party]]
name = "Israel"
kind = "state"
role = "belligerent"
aliases = ["Israeli military", "IDF"]
demonyms = ["Israeli"]

[[party]]
name = "Hamas"
kind = "de_facto_authority"
role = "belligerent"
aliases = ["Gaza health ministry"]

[[party]]
name = "United Nations"
kind = "international_organisation"
role = "observer"
aliases = ["UN", "U.N."]

[[party]]
name = "Qatar"
kind = "state"
role = "mediator"
metonyms = ["Doha"]

[[party]]
name = "Norway"
kind = "state"
role = "observer"
demonyms = ["Norwegian"]
metonyms = ["Oslo"]

[[party]]
name = "Canada"
kind = "state"
role = "observer"
demonyms = ["Canadian"]
metonyms = ["Ottawa"]
"""


@pytest.fixture(scope="module")
def extractor(tmp_path_factory: pytest.TempPathFactory) -> RulesExtractor:
    path = tmp_path_factory.mktemp("actors") / "actors.toml"
    path.write_text(TEST_ACTORS)
    return RulesExtractor(actors=ActorTable.load([path]))


def _run(extractor: RulesExtractor, text: str) -> Extraction:
    extraction = extractor.extract(article_from_text(text, id="t"))
    assert contract_problems(extraction) == []
    return extraction


def _all_items(extraction: Extraction) -> list[object]:
    return [
        *extraction.parties,
        *extraction.people,
        *extraction.positions,
        *extraction.ceasefire_calls,
        *extraction.figures,
    ]


# --- on the seed articles: grounding and the contract ---------------------------------------


@pytest.mark.parametrize("path", SEEDS, ids=[p.name[:3] for p in SEEDS])
def test_seed_items_are_grounded_exactly_and_declared(
    extractor: RulesExtractor, path: Path
) -> None:
    article = load_article(path)
    extraction = extractor.extract(article)
    assert _all_items(extraction)
    assert contract_problems(extraction) == []
    for item in _all_items(extraction):
        span = item.span  # type: ignore[attr-defined]
        assert article.text[span.start : span.end] == item.evidence  # type: ignore[attr-defined]
        assert not article.in_boilerplate(span.start, span.end)
    for figure in extraction.figures:
        assert quote_supports_figure(
            figure.evidence, figure.value, figure.low, figure.high, figure.raw_text
        )
    assert extraction.provenance.extractor == "rules"
    assert extraction.coverage is not None
    assert extraction.coverage.method == "pattern matching; may miss items"


def test_output_is_deterministic(extractor: RulesExtractor) -> None:
    article: Article = load_article(SEEDS[0])
    assert extractor.extract(article) == extractor.extract(article)


# --- actors the table does not know ----------------------------------------------------------


def test_an_acronym_defined_in_the_text_is_a_party_with_both_forms(
    extractor: RulesExtractor,
) -> None:
    text = (
        "Fighters of the Alliance for Northern Liberty (ANL) overran two border posts on Friday.\n"
        "The ANL said it would hold the posts until talks resume.\n"
    )
    extraction = _run(extractor, text)
    party = next(p for p in extraction.parties if p.name == "Alliance for Northern Liberty")
    assert "ANL" in party.surface_forms
    assert party.kind == "coalition"


def test_a_headed_name_is_an_armed_group(extractor: RulesExtractor) -> None:
    text = "The Kivu Patriotic Front said its fighters had repelled an attack near the lake.\n"
    extraction = _run(extractor, text)
    party = next(p for p in extraction.parties if p.name == "Kivu Patriotic Front")
    assert (party.kind, party.role) == ("armed_group", "belligerent")


def test_a_state_named_as_a_place_is_not_a_party(extractor: RulesExtractor) -> None:
    text = "Aid convoys crossed into Ukraine on Monday, officials at the border post said.\n"
    assert "Ukraine" not in {p.name for p in _run(extractor, text).parties}


# --- people ------------------------------------------------------------------------------------


def test_people_keep_full_names_with_particles_titles_and_affiliation(
    extractor: RulesExtractor,
) -> None:
    text = (
        "Hamas spokesman Abu Khalil al-Rashidi said the group had received the proposal.\n"
        '"We will not sign," said Omar bin Yusuf, a spokesman for Hamas.\n'
        "Brigadier General Tomas de la Vega told reporters the column had stopped.\n"
    )
    people = {p.canonical_name: p for p in _run(extractor, text).people}
    assert people["Abu Khalil al-Rashidi"].affiliation == "Hamas"
    assert people["Abu Khalil al-Rashidi"].title == "spokesman"
    assert people["Omar bin Yusuf"].affiliation == "Hamas"
    assert "Tomas de la Vega" in people
    assert "Brigadier General Tomas de la Vega" not in people


def test_a_place_after_a_preposition_is_not_a_person(extractor: RulesExtractor) -> None:
    text = "The envoy said Monday that talks in Port Blanca would resume.\n"
    assert not _run(extractor, text).people or all(
        p.canonical_name != "Port Blanca" for p in _run(extractor, text).people
    )


# --- figures -----------------------------------------------------------------------------------


def test_a_figure_is_claimed_by_the_speaker_about_the_other_side(
    extractor: RulesExtractor,
) -> None:
    text = "Kyiv said its drones killed 140 Russian soldiers near the river on Tuesday.\n"
    (figure,) = _run(extractor, text).figures
    assert (figure.claimant, figure.subjects) == ("Ukraine", ["Russia"])
    assert (figure.metric, figure.value, figure.population) == ("killed", 140, "military")


def test_an_unattributed_figure_has_no_claimant_and_a_source_stays_as_written(
    extractor: RulesExtractor,
) -> None:
    text = (
        "At least 31 people were killed in the market strike.\n"
        "Witnesses said dozens more were wounded.\n"
    )
    first, second = _run(extractor, text).figures
    assert (first.claimant, first.value, first.qualifier) == (None, 31, "at_least")
    assert (second.metric, second.value, second.qualifier) == ("wounded", None, "vague")
    assert second.source_as_written == "Witnesses"


def test_a_health_authority_is_the_party_that_runs_it(extractor: RulesExtractor) -> None:
    text = (
        "Hamas fighters and Israeli troops clashed again near the crossing.\n"
        "Israeli shelling killed 27 people in Khan Younis overnight, according to Gaza health "
        "officials.\n"
    )
    (figure,) = _run(extractor, text).figures
    assert (figure.claimant, figure.value) == ("Hamas", 27)
    text = (
        "Ukrainian units pushed back an assault near the bridge.\n"
        "The health ministry said 12 civilians died when a shell hit the bus station.\n"
    )
    (figure,) = _run(extractor, text).figures
    assert (figure.claimant, figure.value) == ("Ukraine", 12)


def test_the_parties_after_a_speech_verb_agree_not_the_speaker(
    extractor: RulesExtractor,
) -> None:
    text = "A Norwegian mediator told reporters that Israel and Hamas had agreed to a truce.\n"
    (call,) = _run(extractor, text).ceasefire_calls
    assert call.act == "agree"
    assert set(call.actors) == {"Israel", "Hamas"}


def test_an_agreed_truce_between_two_parties_binds_those_two(
    extractor: RulesExtractor,
) -> None:
    text = (
        "A Canadian diplomat said the truce between Israel and Hamas was agreed in Doha after "
        "a week of talks.\n"
    )
    calls = [c for c in _run(extractor, text).ceasefire_calls if c.act == "agree"]
    assert [set(c.actors) for c in calls] == [{"Israel", "Hamas"}]


def test_ranges_detention_release_and_refugees(extractor: RulesExtractor) -> None:
    text = (
        "Between 40 and 60 fighters were killed, a monitoring group said.\n"
        "Police arrested 212 protesters overnight.\n"
        "Hamas released 17 hostages on Sunday.\n"
        "More than 90,000 refugees have crossed the border since the war began.\n"
    )
    figures = {f.metric: f for f in _run(extractor, text).figures}
    assert (figures["killed"].qualifier, figures["killed"].low, figures["killed"].high) == (
        "range",
        40,
        60,
    )
    assert figures["killed"].value is None
    assert figures["detained"].value == 212
    assert figures["released"].value == 17
    assert figures["refugees"].scope == "cumulative"


def test_destroyed_equipment_has_a_class(extractor: RulesExtractor) -> None:
    text = "The Israeli military said it destroyed 9 launchers and 3 armoured vehicles.\n"
    (figure,) = _run(extractor, text).figures
    assert (figure.metric, figure.equipment_class, figure.claimant) == (
        "equipment_destroyed",
        "armoured vehicles",
        "Israel",
    )


# --- ceasefires --------------------------------------------------------------------------------


def test_a_brokered_agreement_names_sides_and_mediators(extractor: RulesExtractor) -> None:
    text = "Israel and Hamas agreed to a six-week truce brokered by Qatar and the United States.\n"
    (call,) = _run(extractor, text).ceasefire_calls
    assert call.act == "agree"
    assert set(call.actors) == {"Israel", "Hamas"}
    assert set(call.mediators) == {"Qatar", "United States"}
    assert call.time_scope == "current"


def test_a_third_party_call_for_a_humanitarian_pause(extractor: RulesExtractor) -> None:
    text = (
        "The United Nations called on both sides to agree a humanitarian pause in Gaza so "
        "that aid can reach the north.\n"
        "Israel and Hamas exchanged fire through the night.\n"
    )
    calls = _run(extractor, text).ceasefire_calls
    assert calls and calls[0].act == "call" and calls[0].type == "humanitarian"
    assert set(calls[0].addressees) == {"Israel", "Hamas"}


def test_a_rejection_with_a_condition(extractor: RulesExtractor) -> None:
    text = (
        "Kyiv rejected a Russian offer of a truce, saying it would only agree if Russian "
        "troops withdraw from occupied land.\n"
    )
    offer, call = _run(extractor, text).ceasefire_calls
    assert (offer.act, offer.actors, offer.conditions) == ("offer", ["Russia"], None)
    assert (call.act, call.actors) == ("reject", ["Ukraine"])
    assert call.conditions is not None and "withdraw" in call.conditions


def test_a_truce_named_by_its_year_is_historical(extractor: RulesExtractor) -> None:
    text = (
        "Fighting resumed on 3 May 2024.\n"
        "The 2014 ceasefire between Russia and Ukraine collapsed within weeks.\n"
    )
    calls = _run(extractor, text).ceasefire_calls
    assert calls and calls[0].time_scope == "historical"


# --- positions ---------------------------------------------------------------------------------


def test_positions_have_holder_targets_and_one_per_stance_and_topic(
    extractor: RulesExtractor,
) -> None:
    # conventions: one position per actor per distinct stance and topic; repeats merge
    text = (
        "Hamas accused Israel of blocking fuel deliveries to hospitals.\n"
        "Hamas also accused Israel of targeting ambulances.\n"
        "Hamas again accused Israel of blocking fuel deliveries.\n"
        "Israel denied the allegation.\n"
        "At least 12 people were killed in the strikes.\n"
    )
    positions = _run(extractor, text).positions
    assert [(p.holder, p.stance, p.targets) for p in positions] == [
        ("Hamas", "accuse", ["Israel"]),
        ("Hamas", "accuse", ["Israel"]),
        ("Israel", "deny", []),
    ]
    assert "ambulances" in positions[1].topic


def test_a_passive_stance_and_narration_are_no_positions(extractor: RulesExtractor) -> None:
    text = "Both armies were accused of shelling villages.\nUkrainian troops captured the hill.\n"
    assert _run(extractor, text).positions == []


def test_joint_holders_and_a_relative_clause_before_the_verb(extractor: RulesExtractor) -> None:
    text = (
        "Canada and Norway expressed concern over the shelling of the power plant.\n"
        "Qatar, which has hosted talks between Israel and Hamas for months, said it was "
        "following the raids with deep concern.\n"
    )
    held = {(p.holder, p.stance) for p in _run(extractor, text).positions}
    assert {("Canada", "concern"), ("Norway", "concern"), ("Qatar", "concern")} <= held
    assert not any(holder in ("Israel", "Hamas") for holder, _ in held)


def test_a_punitive_warning_is_the_speakers_threat(extractor: RulesExtractor) -> None:
    text = "An Israeli army spokesman warned that Hamas would pay a heavy price for the raid.\n"
    held = {(p.holder, p.stance) for p in _run(extractor, text).positions}
    assert held == {("Israel", "threaten")}


def test_a_call_for_de_escalation_is_a_demand_not_a_truce(extractor: RulesExtractor) -> None:
    text = "Qatar urged restraint and de-escalation after the overnight raids on Gaza.\n"
    extraction = _run(extractor, text)
    assert extraction.ceasefire_calls == []
    assert [(p.holder, p.stance) for p in extraction.positions] == [("Qatar", "demand")]


def test_two_acts_in_one_sentence_and_mutual_violation_claims(
    extractor: RulesExtractor,
) -> None:
    text = (
        "Israel declared a unilateral truce on Friday, which Hamas rejected within hours.\n"
        "By Sunday the truce was fraying, with each side accusing the other of violations.\n"
    )
    calls = {(c.act, tuple(c.actors)) for c in _run(extractor, text).ceasefire_calls}
    assert {("declare", ("Israel",)), ("reject", ("Hamas",))} <= calls
    assert {("violation_alleged", ("Israel",)), ("violation_alleged", ("Hamas",))} <= calls


def test_a_capital_naming_an_accord_is_no_party(extractor: RulesExtractor) -> None:
    text = (
        "The new plan borrows heavily from the Oslo accords, officials said.\n"
        "Israel and Hamas have not commented.\n"
    )
    names = {p.name for p in _run(extractor, text).parties}
    assert "Norway" not in names


# --- lexicon, budget and hostile input -----------------------------------------------------------


def test_a_broken_lexicon_is_an_input_error_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "lexicon.toml"
    path.write_text('version = "x"\n')
    with pytest.raises(InputError, match=r"lexicon\.toml"):
        load_lexicon(path)


def test_the_time_budget_stops_extraction_with_a_clear_error() -> None:
    extractor = RulesExtractor(time_budget=0.0)
    text = "The ministry said 5 soldiers were killed. " * 200
    with pytest.raises(TimeBudgetError, match="time budget"):
        extractor.extract(article_from_text(text, id="slow"))


def _seconds(extractor: RulesExtractor, text: str) -> float:
    article = Article(id="h", source="-", text=text, sha256="0" * 64)
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        extractor.extract(article)
        best = min(best, time.perf_counter() - start)
    return best


@pytest.mark.parametrize(
    "pattern",
    [
        "the ministry said 5 soldiers were killed and 6 wounded, ",
        ", ",
        "called on Armenia and Azerbaijan to cease fire and ",
    ],
    ids=["figures", "commas", "ceasefire"],
)
def test_time_grows_linearly_on_crafted_text(extractor: RulesExtractor, pattern: str) -> None:
    """8x the input takes well under 20x the time: linear work takes ~8x, a quadratic step 64x,
    so a loaded CI machine's noise cannot fail it and a quadratic step cannot pass it."""
    small = (pattern * (8_000 // len(pattern) + 1))[:8_000]
    large = (pattern * (64_000 // len(pattern) + 1))[:64_000]
    baseline = max(_seconds(extractor, small), 0.002)  # below 2 ms the ratio is only noise
    assert _seconds(extractor, large) / baseline < 20


def test_parties_that_broker_a_truce_are_mediators_not_sides(extractor: RulesExtractor) -> None:
    text = "Qatar and the United States brokered a truce between Israel and Hamas on Friday.\n"
    (call,) = _run(extractor, text).ceasefire_calls
    assert call.act == "agree"
    assert set(call.mediators) == {"Qatar", "United States"}
    assert set(call.actors) == {"Israel", "Hamas"}


def test_freed_captives_are_releases_and_glued_numbers_are_not_counts(
    extractor: RulesExtractor,
) -> None:
    text = (
        "The rebels said 18 prisoners of war were freed at a border crossing on Monday, "
        "during a three-day lull.\n"
    )
    figures = _run(extractor, text).figures
    assert [(f.metric, f.value) for f in figures] == [("released", 18)]


def test_a_breakdown_after_a_colon_keeps_the_toll_metric(extractor: RulesExtractor) -> None:
    text = (
        "A monitoring group said 95 people had been killed: 60 fighters, 20 policemen "
        "and 15 civilians.\n"
    )
    values = {(f.metric, f.value) for f in _run(extractor, text).figures}
    assert {("killed", 95), ("killed", 60), ("killed", 20), ("killed", 15)} <= values


def test_a_dateline_city_is_no_actor(extractor: RulesExtractor) -> None:
    text = "KYIV - Turkey urged both sides to agree a ceasefire on Tuesday.\n"
    calls = _run(extractor, text).ceasefire_calls
    assert calls and calls[0].actors == ["Turkey"]


def test_an_appeal_to_accept_a_truce_is_a_call(extractor: RulesExtractor) -> None:
    text = "Kenya called on the rebels to accept a truce before the rains.\n"
    calls = _run(extractor, text).ceasefire_calls
    assert calls and calls[0].act == "call" and calls[0].actors == ["Kenya"]


# --- round 4: scope, places in lists, headlines, nationalities ------------------------------


def test_a_toll_since_a_date_and_its_breakdown_are_cumulative(extractor: RulesExtractor) -> None:
    text = (
        "The United Nations said 640 people have been killed since early March, including "
        "212 children.\n"
    )
    figures = {f.raw_text: f for f in _run(extractor, text).figures}
    assert figures["640"].scope == "cumulative"
    assert figures["212"].scope == "cumulative"


def test_states_listed_after_into_are_places(extractor: RulesExtractor) -> None:
    text = "Families fled into Norway, Canada and beyond after Hamas fighters shelled the valley.\n"
    names = {p.name for p in _run(extractor, text).parties}
    assert "Canada" not in names and "Norway" not in names
    assert "Hamas" in names


def test_a_party_named_only_in_a_related_link_is_no_party(extractor: RulesExtractor) -> None:
    text = (
        "Hamas said on Tuesday that it had accepted the proposal for a pause.\n"
        "- Norway hosts fisheries summit in Tromso\n"
    )
    assert "Norway" not in {p.name for p in _run(extractor, text).parties}


def test_a_nationality_of_freed_civilians_is_no_subject(extractor: RulesExtractor) -> None:
    text = "Hamas said 7 Canadian civilians were freed at the crossing on Friday.\n"
    figures = [f for f in _run(extractor, text).figures if f.metric == "released"]
    assert figures and figures[0].subjects == []


def test_a_headline_count_the_body_repeats_is_one_figure(extractor: RulesExtractor) -> None:
    text = (
        "Strike kills 14 in border village\n"
        "An Israeli strike killed 14 people in a border village, the United Nations said.\n"
    )
    killed = [f for f in _run(extractor, text).figures if f.metric == "killed"]
    assert len(killed) == 1 and killed[0].claimant == "United Nations"


def test_a_stance_word_used_as_an_adjective_is_no_position(extractor: RulesExtractor) -> None:
    text = (
        "Border talks resume\n\n"
        "Ethiopia's foreign minister met his Eritrean counterpart to discuss the disputed "
        "border town of Badme. Eritrea disputed the account of the talks on Monday.\n"
    )
    extraction = extractor.extract(article_from_text(text, id="adjective"))
    denials = [p for p in extraction.positions if p.stance == "deny"]
    assert [p.holder for p in denials] == ["Eritrea"]
    assert all("disputed border" not in p.evidence for p in denials)


def test_lexicon_patterns_match_the_same_with_their_first_letter_lookahead() -> None:
    from summarize.extract.rules.patterns import regexes

    patterns = [
        r"\bcease[- ]?fires?\b",
        r"\b(stop|halt)(s|ed)? (the )?fighting\b",
        r"\bno (truce|ceasefire)\b|\bwill not (accept|agree)\b",
        r"\b(1[89]|20)\d\d (truce|accord)\b",
        r"(the )?armistice",  # an optional first group: no lookahead, same matches
        r"[Tt]ruce",
    ]
    text = (
        "The 1994 truce held; no ceasefire came. They will not agree. The armistice and a "
        "cease-fire; the army Halted fighting. THE TRUCE, truces, Stopped the fighting."
    )
    for group in (patterns[:4], patterns):
        fast = regexes(group)
        plain_alternation = re.compile("|".join(f"(?:{p})" for p in group), re.IGNORECASE)
        assert [m.span() for m in fast.finditer(text)] == [
            m.span() for m in plain_alternation.finditer(text)
        ]
    assert regexes(patterns[:4]).pattern.startswith("(?=[")  # the lookahead is there
    assert not regexes(patterns).pattern.startswith("(?=[")  # and left out when unsafe


def test_unwrapping_keeps_offsets_lists_and_unwrapped_pages() -> None:
    prose = (
        "Fighting in the hills east of the border town went on through the\n"
        "night, residents said, and a column of trucks carrying wounded\n"
        "fighters was seen heading north before dawn on Thursday morning.\n"
    )
    listing = (
        "- Ministers meet in Addis Ababa to discuss the transition timetable\n"
        "- Aid convoy reaches the besieged district after a two-week delay\n"
    )
    page = "Headline of the day\n\n" + prose * 3 + "\nMore news\n" + listing
    flat = unwrapped(page)
    assert len(flat) == len(page)
    assert "the\nnight" not in flat and "the night" in flat
    assert flat.endswith(listing)  # list items keep their lines
    assert "Headline of the day\n\n" in flat
    # paragraphs already on one line each: nothing to unwrap
    long_lines = "\n".join(" ".join(prose.split()) for _ in range(6))
    assert unwrapped(long_lines) == long_lines
