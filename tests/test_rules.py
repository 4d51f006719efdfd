"""The rules extractor at its library boundary, on the real seed articles."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from summarize.actors import ActorTable
from summarize.errors import InputError
from summarize.extract.rules import RulesExtractor, load_lexicon
from summarize.ground import ground_draft
from summarize.ingest import Article, article_from_text, load_article
from summarize.numbers import quote_supports_figure
from summarize.schema import ArticleDraft, Extraction, GroundedFigure

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))


def _seed(prefix: str) -> Path:
    return next(path for path in SEEDS if path.name.startswith(prefix))


@pytest.fixture(scope="module")
def extractor() -> RulesExtractor:
    return RulesExtractor()


@pytest.fixture(scope="module")
def extractions(extractor: RulesExtractor) -> dict[str, tuple[Article, Extraction]]:
    found = {}
    for path in SEEDS:
        article = load_article(path)
        found[path.name[:3]] = (article, extractor.extract(article))
    return found


def _figure(extraction: Extraction, raw_text: str) -> GroundedFigure:
    matches = [f for f in extraction.figures if f.raw_text == raw_text]
    assert len(matches) == 1, [f.raw_text for f in extraction.figures]
    return matches[0]


def _all_items(extraction: Extraction) -> list[object]:
    return [
        *extraction.parties,
        *extraction.people,
        *extraction.positions,
        *extraction.ceasefire_calls,
        *extraction.figures,
    ]


def test_every_item_is_grounded_exactly_outside_boilerplate(
    extractions: dict[str, tuple[Article, Extraction]],
) -> None:
    for article, extraction in extractions.values():
        items = _all_items(extraction)
        assert items
        for item in items:
            span = item.span  # type: ignore[attr-defined]
            assert article.text[span.start : span.end] == item.evidence  # type: ignore[attr-defined]
            assert (span.status, span.score) == ("exact", 1.0)
            assert not article.in_boilerplate(span.start, span.end)
        for figure in extraction.figures:
            assert quote_supports_figure(
                figure.evidence, figure.value, figure.low, figure.high, figure.raw_text
            )
        assert extraction.rejected == []


# The aligner takes a quote's first occurrence; 001 repeats its headline inside the page's
# breadcrumb (boilerplate), so re-aligning lands there. Reported to summarize.ground's owner.
@pytest.mark.parametrize("seed", [p.name[:3] for p in SEEDS])
def test_the_grounding_stage_accepts_every_item(
    extractions: dict[str, tuple[Article, Extraction]], seed: str
) -> None:
    """Re-grounding the extractor's output through the shared aligner rejects nothing."""
    article, extraction = extractions[seed]
    lists = ("parties", "people", "positions", "ceasefire_calls", "figures")
    items = extraction.model_dump(
        include=set(lists), exclude={name: {"__all__": {"span"}} for name in lists}
    )
    meta: dict[str, object] = {"title": None, "event_date": None, "quality_notes": []}
    draft = ArticleDraft.model_validate({"meta": meta, **items})
    assert ground_draft(article, draft).rejected == []


def test_provenance_says_rules_not_a_model(
    extractions: dict[str, tuple[Article, Extraction]],
) -> None:
    for article, extraction in extractions.values():
        provenance = extraction.provenance
        assert provenance.extractor == "rules"
        assert provenance.model is None
        assert provenance.usage.total_tokens == 0
        assert provenance.prompt_version == f"lexicon-{load_lexicon().version}"
        assert extraction.article.id == article.id
        assert extraction.article.sha256 == article.sha256


def test_armenian_ministry_claims_azerbaijani_soldiers_killed(
    extractions: dict[str, tuple[Article, Extraction]],
) -> None:
    _, extraction = extractions["001"]
    killed = _figure(extraction, "790")
    assert (killed.metric, killed.value, killed.qualifier) == ("killed", 790, "exact")
    assert (killed.claimant, killed.subject, killed.population) == (
        "Armenia",
        "Azerbaijan",
        "military",
    )
    assert killed.time_scope == "current"
    wounded = _figure(extraction, "1900")
    assert (wounded.metric, wounded.claimant) == ("wounded", "Armenia")


def test_azerbaijani_ministry_claims_destroyed_armenian_tanks(
    extractions: dict[str, tuple[Article, Extraction]],
) -> None:
    _, extraction = extractions["001"]
    tanks = _figure(extraction, "about 200")
    assert tanks.metric == "equipment_destroyed"
    assert tanks.equipment_class == "tanks"
    assert (tanks.claimant, tanks.subject) == ("Azerbaijan", "Armenia")
    assert (tanks.value, tanks.qualifier, tanks.scope) == (200, "approximately", "cumulative")
    classes = {f.equipment_class for f in extraction.figures if f.claimant == "Armenia"}
    assert {"tanks", "drones", "helicopters"} <= classes


def test_historical_vague_and_running_totals(
    extractions: dict[str, tuple[Article, Extraction]],
) -> None:
    _, extraction = extractions["000"]
    war = _figure(extraction, "Some 30,000")
    assert (war.time_scope, war.value, war.qualifier) == ("historical", 30000, "approximately")
    dozens = _figure(extraction, "Dozens")
    assert (dozens.qualifier, dozens.value, dozens.claimant) == ("vague", None, None)
    assert dozens.metric == "killed"
    daily = _figure(extraction, "54")
    total = _figure(extraction, "158")
    assert (daily.scope, total.scope) == ("daily", "cumulative")
    assert daily.claimant == total.claimant == "Nagorno-Karabakh authorities"
    assert all(f.time_scope == "current" for f in (dozens, daily, total))


def test_a_quoted_figure_is_attributed_to_the_speaker_after_it(
    extractions: dict[str, tuple[Article, Extraction]],
) -> None:
    _, extraction = extractions["003"]
    total = _figure(extraction, "close to 5, 000")
    assert (total.claimant, total.value, total.metric) == ("Vladimir Putin", 5000, "killed")
    unattributed = _figure(extraction, "less than 1,000")
    assert (unattributed.claimant, unattributed.qualifier) == (None, "up_to")


def test_garbled_names_resolve_and_are_noted(
    extractions: dict[str, tuple[Article, Extraction]],
) -> None:
    _, extraction = extractions["001"]
    people = {p.name_as_written: p for p in extraction.people}
    assert people["Zhihun Piramov"].canonical_name == "Jeyhun Bayramov"
    assert people["Zurab Manatsakyanian"].canonical_name == "Zohrab Mnatsakanyan"
    assert people["Zurab Manatsakyanian"].affiliation == "Armenia"
    assert people["Omar Khashram"].canonical_name is None
    notes = " ".join(extraction.article.quality_notes)
    assert "Zhihun Piramov" in notes and "Zurab Manatsakyanian" in notes


def test_untitled_speaker_is_a_person_with_the_organisation_he_heads(
    extractions: dict[str, tuple[Article, Extraction]],
) -> None:
    _, extraction = extractions["003"]
    people = {p.name_as_written: p for p in extraction.people}
    assert people["Gerardo Moloeznik"].canonical_name is None
    assert people["Gerardo Moloeznik"].affiliation == "International Committee of the Red Cross"


def test_nothing_comes_from_boilerplate_or_other_stories(
    extractions: dict[str, tuple[Article, Extraction]],
) -> None:
    _, korea = extractions["002"]
    _, cricket = extractions["003"]
    for extraction, foreign in ((korea, "North Korea"), (cricket, "Sunrisers")):
        dumped = extraction.model_dump_json()
        assert foreign not in dumped
    assert all(p.name != "North Korea" for p in korea.parties)


def test_ceasefire_calls_have_callers_addressees_and_kinds(
    extractions: dict[str, tuple[Article, Extraction]],
) -> None:
    _, extraction = extractions["001"]
    calls = {(c.caller, c.kind): c for c in extraction.ceasefire_calls}
    lavrov = calls[("Sergei Lavrov", "immediate")]
    assert sorted(lavrov.addressees) == ["Armenia", "Azerbaijan"]
    assert ("Vladimir Putin", "immediate") in calls and ("Emmanuel Macron", "immediate") in calls
    aliyev = calls[("Ilham Aliyev", "conditional")]
    assert aliyev.conditions is not None and "withdrawal" in aliyev.conditions
    _, humanitarian = extractions["002"]
    assert any(
        c.caller == "Vladimir Putin" and c.kind == "humanitarian"
        for c in humanitarian.ceasefire_calls
    )


def test_positions_have_holder_target_and_stance(
    extractions: dict[str, tuple[Article, Extraction]],
) -> None:
    _, extraction = extractions["002"]
    accusations = [p for p in extraction.positions if p.stance == "accuse"]
    assert any(p.holder == "Armenia" and p.target == "Azerbaijan" for p in accusations)
    _, with_passive = extractions["003"]
    denial = [p for p in with_passive.positions if p.stance == "deny" and p.holder == "Armenia"]
    assert denial and denial[0].target == "Ilham Aliyev"
    for _, any_extraction in extractions.values():
        assert all("\n" not in p.summary for p in any_extraction.positions)


def test_parties_carry_surface_forms_kind_and_role(
    extractions: dict[str, tuple[Article, Extraction]],
) -> None:
    _, extraction = extractions["000"]
    parties = {p.name: p for p in extraction.parties}
    assert {"Baku", "Azeri", "Republic of Azerbaijan"} <= set(parties["Azerbaijan"].surface_forms)
    karabakh = parties["Nagorno-Karabakh authorities"]
    assert (karabakh.kind, karabakh.role) == ("de_facto_authority", "belligerent")
    assert parties["Iran"].role == "regional_power"


def test_output_is_deterministic(extractor: RulesExtractor) -> None:
    article = load_article(_seed("001"))
    first = extractor.extract(article).model_dump_json()
    assert RulesExtractor().extract(article).model_dump_json() == first


def test_a_new_actor_from_an_extra_file_is_picked_up(tmp_path: Path) -> None:
    extra = tmp_path / "actors.toml"
    extra.write_text(
        '[[party]]\nname = "Republic of Ruritania"\nkind = "state"\nrole = "belligerent"\n'
        'aliases = ["Ruritania"]\ndemonyms = ["Ruritanian"]\nmetonyms = ["Strelsau"]\n\n'
        '[[person]]\nname = "Rudolf Elphberg"\naffiliation = "Republic of Ruritania"\n'
        'title = "King"\naliases = ["Elphberg"]\n'
    )
    text = (
        "Ruritania clashes with Azerbaijan\n\n"
        "Ruritanian King Rudolf Elphberg called on both sides to observe an immediate ceasefire.\n"
        "Strelsau said 12 Ruritanian soldiers were killed on Monday.\n"
    )
    article = article_from_text(text, id="ruritania")
    plain_table = RulesExtractor().extract(article)
    assert all(p.name != "Republic of Ruritania" for p in plain_table.parties)

    extraction = RulesExtractor(ActorTable.load([extra])).extract(article)
    assert "Republic of Ruritania" in {p.name for p in extraction.parties}
    (king,) = [p for p in extraction.people if p.canonical_name == "Rudolf Elphberg"]
    assert king.affiliation == "Republic of Ruritania"
    (call,) = extraction.ceasefire_calls
    assert (call.caller, call.kind) == ("Rudolf Elphberg", "immediate")
    assert call.addressees == ["Azerbaijan"]
    (figure,) = extraction.figures
    assert (figure.claimant, figure.subject, figure.value) == (
        "Republic of Ruritania",
        "Republic of Ruritania",
        12,
    )
    assert figure.population == "military"


def test_a_broken_lexicon_is_an_input_error_naming_the_file(tmp_path: Path) -> None:
    broken = tmp_path / "my_lexicon.toml"
    broken.write_text('version = "x"\n')
    with pytest.raises(InputError, match=r"my_lexicon\.toml"):
        load_lexicon(broken)


# --- general patterns, on sentences written for the tests (not taken from the seeds) --------


def _extract(text: str, event_date: str | None = "2020-10-05") -> Extraction:
    article = replace(article_from_text(text, id="made-up"), event_date=event_date)
    return RulesExtractor().extract(article)


def _positions(extraction: Extraction) -> set[tuple[str, str, str | None]]:
    return {(p.holder, p.stance, p.target) for p in extraction.positions}


def test_a_lone_article_counts_one_destroyed_item_but_not_a_modifier() -> None:
    extraction = _extract(
        "Yerevan said its air defences shot down an Azerbaijani helicopter near the border.\n"
        "Armenian officials said a drone strike destroyed a school in the village.\n"
    )
    helicopter = _figure(extraction, "an Azerbaijani helicopter")
    assert (helicopter.metric, helicopter.equipment_class, helicopter.value) == (
        "equipment_destroyed",
        "helicopters",
        1,
    )
    assert (helicopter.claimant, helicopter.subject) == ("Armenia", "Azerbaijan")
    school = _figure(extraction, "a school")
    assert (school.metric, school.equipment_class, school.value) == ("other", "school", 1)
    assert all(f.raw_text != "a drone" for f in extraction.figures)


def test_casualties_are_deaths_only_when_a_death_toll_follows() -> None:
    extraction = _extract(
        "Baku reported 12 new casualties, bringing the death toll to 40.\n"
        "Yerevan reported 30 casualties among its troops on Sunday.\n"
    )
    assert _figure(extraction, "12").metric == "killed"
    assert (_figure(extraction, "40").metric, _figure(extraction, "40").scope) == (
        "killed",
        "cumulative",
    )
    assert _figure(extraction, "30").metric == "casualties"


def test_an_elided_noun_shares_the_first_figures_population_and_side() -> None:
    extraction = _extract("Baku said 15 Armenian soldiers were killed and 40 wounded.\n")
    wounded = _figure(extraction, "40")
    assert (wounded.metric, wounded.population) == ("wounded", "military")
    assert (wounded.claimant, wounded.subject) == ("Azerbaijan", "Armenia")


def test_a_month_before_the_events_marks_an_earlier_episode() -> None:
    text = (
        "Armenia and Azerbaijan traded fire on Monday.\n"
        "A flare-up in July killed 17 soldiers on the border.\n"
        "Fighting in this month killed 20 soldiers, Baku said.\n"
    )
    assert _figure(_extract(text), "17").time_scope == "historical"
    assert _figure(_extract(text), "20").time_scope == "current"
    assert _figure(_extract(text, event_date=None), "17").time_scope == "current"


def test_a_past_ceasefire_without_named_parties_was_agreed_by_both_sides() -> None:
    extraction = _extract(
        "Armenia and Azerbaijan fought again on Sunday, Baku said.\n"
        "The war killed 30,000 people and ended with a ceasefire in 1994, Yerevan said.\n"
    )
    agreed = [c for c in extraction.ceasefire_calls if c.kind == "agreed"]
    assert sorted(c.caller for c in agreed) == ["Armenia", "Azerbaijan"]
    assert all(sorted(c.addressees) == ["Armenia", "Azerbaijan"] for c in agreed)


def test_stopping_the_shelling_of_civilians_is_a_demand_not_a_ceasefire() -> None:
    extraction = _extract(
        "Armenia and Azerbaijan traded fire on Monday.\n"
        "The head of the ICRC called on the parties to stop shelling civilians.\n"
    )
    assert extraction.ceasefire_calls == []
    assert ("International Committee of the Red Cross", "demand") in {
        (holder, stance) for holder, stance, _ in _positions(extraction)
    }


def test_reported_acts_of_war_are_claims_or_accusations() -> None:
    positions = _positions(
        _extract(
            "Azerbaijan's defence ministry said it repelled an attack near Fuzuli.\n"
            "Yerevan said Azerbaijani forces shelled Stepanakert overnight.\n"
        )
    )
    assert ("Azerbaijan", "claim") in {(h, s) for h, s, _ in positions}
    assert ("Armenia", "accuse", "Azerbaijan") in positions
    assert ("Armenia", "claim") not in {(h, s) for h, s, _ in positions}


def test_both_sides_and_joint_holders_give_one_position_each() -> None:
    positions = _positions(
        _extract(
            "Armenia and Azerbaijan fought on Monday.\n"
            "Both sides accused each other of targeting villages.\n"
            "Vladimir Putin and Emmanuel Macron condemned the shelling of towns.\n"
        )
    )
    assert {("Armenia", "accuse", "Azerbaijan"), ("Azerbaijan", "accuse", "Armenia")} <= positions
    assert {("Vladimir Putin", "condemn"), ("Emmanuel Macron", "condemn")} <= {
        (h, s) for h, s, _ in positions
    }


def test_passive_and_historical_stances_have_no_holder() -> None:
    positions = _extract(
        "Armenia and Azerbaijan fought on Monday, Baku said.\n"
        "Both sides were accused of war crimes.\n"
        "Armenia backed the separatists after the collapse of the Soviet Union.\n"
    ).positions
    assert [p for p in positions if p.stance in ("accuse", "support")] == []


def test_judgements_conditions_and_headlines() -> None:
    extraction = _extract(
        "Iran offers to mediate\n\n"
        "Iran offered to mediate between Armenia and Azerbaijan on Monday.\n"
        "Hassan Rouhani said that war between Armenia and Azerbaijan is not a solution.\n"
        "Ilham Aliyev said the only condition for a ceasefire is the withdrawal of Armenian "
        "forces.\n"
    )
    positions = _positions(extraction)
    assert [p.stance for p in extraction.positions if p.holder == "Iran"] == ["offer"]
    assert ("Hassan Rouhani", "reject") in {(h, s) for h, s, _ in positions}
    assert ("Ilham Aliyev", "demand", "Armenia") in positions


def test_a_lexicon_without_the_newer_sections_still_loads(tmp_path: Path) -> None:
    builtin = Path(__file__).resolve().parent.parent / "summarize" / "data" / "lexicon.toml"
    text = builtin.read_text(encoding="utf-8")
    older = tmp_path / "lexicon.toml"
    older.write_text(text[: text.index("[reports]")] + text[text.index("[people]") :])
    article = article_from_text("Yerevan said Azerbaijani forces shelled Stepanakert.\n", id="x")
    extraction = RulesExtractor(lexicon=load_lexicon(older)).extract(article)
    assert extraction.positions == []  # reported acts are read only with [reports]
    assert RulesExtractor().extract(article).positions


def test_one_vague_number_of_dead_and_wounded_is_two_figures() -> None:
    figures = _extract("Baku said there were dozens of dead and wounded in Tartar.\n").figures
    assert sorted(f.metric for f in figures if f.raw_text.lower() == "dozens") == [
        "killed",
        "wounded",
    ]


def test_a_participle_after_quoted_as_keeps_the_quoted_speaker() -> None:
    positions = _positions(
        _extract(
            "Armenia and Azerbaijan fought on Monday.\n"
            "Tehran quoted the Armenian Prime Minister as welcoming any initiative, "
            "warning against foreign interference.\n"
        )
    )
    assert ("Armenia", "concern") in {(h, s) for h, s, _ in positions}
    assert ("Iran", "concern") not in {(h, s) for h, s, _ in positions}
