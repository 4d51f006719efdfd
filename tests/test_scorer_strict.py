"""The scorer notices a worse extractor: each corruption below lowers the score it should, and
each loosened scorer (a mutant) lets at least one corruption through, so these tests fail on it.

The article is written for this test (not from the seeds or the eval articles).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from summarize.actors import ActorTable
from summarize.evaluate import EvalReport, Matcher, score
from summarize.ground import build_extraction, ground_draft
from summarize.ingest import Article, article_from_text
from summarize.schema import ArticleDraft, Extraction, Provenance, Usage

TEXT = (
    "Fighting in Darfur: truce talks stall\n\n"
    "The Rapid Support Forces (RSF) said on Tuesday it had killed 120 army soldiers near El "
    "Fasher, a claim the army did not confirm. Army spokesman Nabil Abdallah said dozens of "
    "militiamen were killed and accused the RSF of shelling a market. The UN refugee agency "
    "said thousands of people had fled across the border into Chad. Between 10 and 15 civilians "
    "died in the market attack, according to local doctors. The United States urged both sides "
    "to agree to a humanitarian truce, and Saudi Arabia offered to host new talks. The RSF "
    "rejected the proposal. In 2023 the two sides briefly observed a truce brokered in Jeddah.\n"
)
SAF, RSF, US, KSA, UNHCR = (
    "Sudanese Armed Forces",
    "Rapid Support Forces",
    "United States",
    "Saudi Arabia",
    "UNHCR",
)


def _party(name: str, evidence: str, kind: str = "state", role: str = "observer") -> dict[str, Any]:
    return {"name": name, "surface_forms": [name], "kind": kind, "role": role, "evidence": evidence}


def _figure(**fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "claimant": None,
        "speaker": None,
        "source_as_written": None,
        "subjects": [],
        "metric": "killed",
        "equipment_class": None,
        "population": "unknown",
        "value": None,
        "low": None,
        "high": None,
        "qualifier": "exact",
        "scope": "incident",
        "time_scope": "current",
    }
    return {**base, **fields}


def gold_dict() -> dict[str, Any]:
    return {
        "meta": {
            "title": "Fighting in Darfur: truce talks stall",
            "conflict": "Sudan: SAF-RSF war",
            "event_date": None,
            "quality_notes": [],
        },
        "parties": [
            _party(RSF, "The Rapid Support Forces (RSF)", "armed_group", "belligerent"),
            _party(SAF, "the army did not confirm", "state", "belligerent"),
            _party(UNHCR, "The UN refugee agency", "international_organisation", "humanitarian"),
            _party(US, "The United States urged both sides"),
            _party(KSA, "Saudi Arabia offered to host new talks", "state", "mediator"),
        ],
        "people": [
            {
                "name_as_written": "Nabil Abdallah",
                "canonical_name": "Nabil Abdallah",
                "affiliation": SAF,
                "title": "army spokesman",
                "evidence": "Army spokesman Nabil Abdallah",
            },
        ],
        "positions": [
            {
                "holder": SAF,
                "speaker": "Nabil Abdallah",
                "targets": [RSF],
                "stance": "accuse",
                "topic": "shelling of a market",
                "summary": "The army accuses the RSF of shelling a market.",
                "evidence": "accused the RSF of shelling a market",
            },
            {
                "holder": KSA,
                "speaker": None,
                "targets": [SAF, RSF],
                "stance": "offer",
                "topic": "hosting talks",
                "summary": "Saudi Arabia offers to host new talks.",
                "evidence": "Saudi Arabia offered to host new talks",
            },
        ],
        "ceasefire_calls": [
            {
                "act": "call",
                "type": "humanitarian",
                "actors": [US],
                "speaker": None,
                "addressees": [SAF, RSF],
                "mediators": [],
                "conditions": None,
                "time_scope": "current",
                "evidence": "The United States urged both sides to agree to a humanitarian truce",
            },
            {
                "act": "reject",
                "type": "humanitarian",
                "actors": [RSF],
                "speaker": None,
                "addressees": [US],
                "mediators": [],
                "conditions": None,
                "time_scope": "current",
                "evidence": "The RSF rejected the proposal.",
            },
            {
                "act": "agree",
                "type": "immediate",
                "actors": [SAF, RSF],
                "speaker": None,
                "addressees": [SAF, RSF],
                "mediators": [KSA],
                "conditions": None,
                "time_scope": "historical",
                "evidence": "In 2023 the two sides briefly observed a truce brokered in Jeddah.",
            },
        ],
        "figures": [
            _figure(
                claimant=RSF,
                subjects=[SAF],
                population="military",
                raw_text="120",
                value=120,
                evidence="it had killed 120 army soldiers near El Fasher",
            ),
            _figure(
                claimant=SAF,
                speaker="Nabil Abdallah",
                subjects=[RSF],
                population="military",
                raw_text="dozens",
                low=24,
                qualifier="vague",
                evidence="Nabil Abdallah said dozens of militiamen were killed",
            ),
            _figure(
                claimant=UNHCR,
                metric="refugees",
                population="civilian",
                raw_text="thousands",
                low=2000,
                qualifier="vague",
                scope="cumulative",
                evidence="thousands of people had fled across the border into Chad",
            ),
            _figure(
                source_as_written="local doctors",
                population="civilian",
                raw_text="Between 10 and 15",
                low=10,
                high=15,
                qualifier="range",
                evidence="Between 10 and 15 civilians died in the market attack",
            ),
        ],
    }


GOLD_PROVENANCE = Provenance(
    extractor="gold", model=None, prompt_version=None, live=True, recorded_at=None, usage=Usage()
)


@pytest.fixture(scope="module")
def actors() -> ActorTable:
    return ActorTable.load()


@pytest.fixture(scope="module")
def article() -> Article:
    return article_from_text(TEXT, id="scorer-test", source="scorer-test")


def extraction_of(article: Article, draft: dict[str, Any]) -> Extraction:
    model = ArticleDraft.model_validate(draft)
    grounding = ground_draft(article, model)
    assert not grounding.rejected, grounding.rejected
    return build_extraction(article, model, grounding, GOLD_PROVENANCE)


def run(actors: ActorTable, article: Article, predicted: dict[str, Any]) -> EvalReport:
    gold = {article.id: ArticleDraft.model_validate(gold_dict())}
    extraction = extraction_of(article, predicted)
    return score([extraction], gold, {article.id: article.text}, actors)


def run_against(
    actors: ActorTable, article: Article, predicted: dict[str, Any], gold: dict[str, Any]
) -> EvalReport:
    """Like `run`, with a gold that may not ground (its quotes are only compared, not aligned)."""
    extraction = extraction_of(article, predicted)
    gold_model = ArticleDraft.model_validate(gold)
    return score([extraction], {article.id: gold_model}, {article.id: article.text}, actors)


# --- the corruptions: each returns True when the scorer noticed it -------------------------


def _noticed_wrong_metric(actors: ActorTable, article: Article) -> bool:
    predicted = gold_dict()
    predicted["figures"][0]["metric"] = "wounded"
    return run(actors, article, predicted).overall["figures"].true_positives == 3


def _noticed_wrong_stance(actors: ActorTable, article: Article) -> bool:
    predicted = gold_dict()
    predicted["positions"][0]["stance"] = "condemn"
    return run(actors, article, predicted).overall["positions"].true_positives == 1


def _noticed_wrong_addressees(actors: ActorTable, article: Article) -> bool:
    predicted = gold_dict()
    predicted["ceasefire_calls"][0]["addressees"] = [SAF]
    report = run(actors, article, predicted)
    accuracy = report.summary().attribute_accuracy()["ceasefire_calls"]["addressees"]
    return accuracy is not None and accuracy < 1.0


def _noticed_wrong_person(actors: ActorTable, article: Article) -> bool:
    predicted = gold_dict()
    predicted["people"][0]["canonical_name"] = "Hemedti Dagalo"
    predicted["people"][0]["name_as_written"] = "Hemedti Dagalo"
    for item in predicted["positions"] + predicted["figures"]:
        if item["speaker"] == "Nabil Abdallah":
            item["speaker"] = "Hemedti Dagalo"
    return run(actors, article, predicted).overall["people"].true_positives == 0


def _noticed_wrong_affiliation(actors: ActorTable, article: Article) -> bool:
    predicted = gold_dict()
    predicted["people"][0]["affiliation"] = RSF
    report = run(actors, article, predicted)
    accuracy = report.summary().attribute_accuracy()["people"]["affiliation"]
    return accuracy is not None and accuracy < 1.0


def _noticed_wrong_subject(actors: ActorTable, article: Article) -> bool:
    predicted = gold_dict()
    predicted["figures"][0]["subjects"] = [RSF]
    return run(actors, article, predicted).overall["figures_attributed"].true_positives == 3


def _noticed_quotes_moved(actors: ActorTable, article: Article) -> bool:
    gold = gold_dict()
    head = TEXT[:40]
    for name in ("positions", "ceasefire_calls", "figures"):
        for item in gold[name]:
            item["evidence"] = head
    report = run_against(actors, article, gold_dict(), gold)
    return all(report.overall[name].true_positives == 0 for name in ("positions", "figures"))


def _noticed_other_vague_amount(actors: ActorTable, article: Article) -> bool:
    predicted = gold_dict()
    figure = predicted["figures"][1]
    figure["raw_text"], figure["low"] = "dozens", 24
    figure["evidence"] = "Nabil Abdallah said dozens of militiamen were killed"
    gold = gold_dict()
    gold["figures"][1]["raw_text"], gold["figures"][1]["low"] = "hundreds", 200
    report = run_against(actors, article, predicted, gold)
    return report.overall["figures"].true_positives == 3


CORRUPTIONS: dict[str, Callable[[ActorTable, Article], bool]] = {
    "wrong metric": _noticed_wrong_metric,
    "wrong stance": _noticed_wrong_stance,
    "wrong addressees": _noticed_wrong_addressees,
    "wrong person": _noticed_wrong_person,
    "wrong affiliation": _noticed_wrong_affiliation,
    "wrong subject": _noticed_wrong_subject,
    "quotes moved to the first 40 characters": _noticed_quotes_moved,
    "dozens scored as hundreds": _noticed_other_vague_amount,
}


def test_gold_against_itself_is_perfect(actors: ActorTable, article: Article) -> None:
    report = run(actors, article, gold_dict())
    assert all(s.f1 == 1.0 for s in report.overall.values()), report.f1_by_field()
    accuracy = report.summary().attribute_accuracy()
    assert all(v == 1.0 for attrs in accuracy.values() for v in attrs.values()), accuracy


@pytest.mark.parametrize("name", list(CORRUPTIONS))
def test_scorer_notices(name: str, actors: ActorTable, article: Article) -> None:
    assert CORRUPTIONS[name](actors, article), f"the scorer did not notice: {name}"


def test_a_range_matches_itself_and_not_another(actors: ActorTable, article: Article) -> None:
    assert run(actors, article, gold_dict()).overall["figures"].true_positives == 4
    gold = gold_dict()
    gold["figures"][3]["high"] = 14
    assert run_against(actors, article, gold_dict(), gold).overall["figures"].true_positives == 3


def test_historical_truce_scored_on_time_scope(actors: ActorTable, article: Article) -> None:
    predicted = gold_dict()
    predicted["ceasefire_calls"][2]["time_scope"] = "current"
    accuracy = run(actors, article, predicted).summary().attribute_accuracy()
    assert accuracy["ceasefire_calls"]["time_scope"] == pytest.approx(2 / 3, abs=1e-3)


# --- mutants: loosened scorers; each must let some corruption through ----------------------


@contextmanager
def patched(monkeypatch: pytest.MonkeyPatch, name: str, rule: Any) -> Iterator[None]:
    with monkeypatch.context() as patch:
        patch.setattr(Matcher, name, rule)
        yield


def _ignore_metric(self: Matcher, a: Any, b: Any) -> bool:
    return self.quantity(a) == self.quantity(b) and self.same_place(a.evidence, b.evidence)


def _ignore_stance(self: Matcher, a: Any, b: Any) -> bool:
    return self.actor(a.holder, b.holder) and self.same_place(a.evidence, b.evidence)


def _ignore_addressees(self: Matcher, a: Any, b: Any) -> bool:
    return True


def _every_person_matches(self: Matcher, a: Any, b: Any) -> bool:
    return True


def _ignore_subjects(self: Matcher, a: Any, b: Any) -> bool:
    return True


def _ignore_place(self: Matcher, predicted: str, gold: str) -> bool:
    return True


def _vague_by_metric(self: Matcher, a: Any, b: Any) -> bool:
    if a.value is None and b.value is None:
        return bool(a.metric == b.metric)
    return bool(a.metric == b.metric and a.value == b.value)


MUTANTS = {
    "figure metric ignored": ("same_figure", _ignore_metric),
    "position stance ignored": ("same_position", _ignore_stance),
    "call addressees ignored": ("same_addressees", _ignore_addressees),
    "every pair of people matches": ("same_person", _every_person_matches),
    "figure subject ignored": ("same_subjects", _ignore_subjects),
    "evidence place ignored": ("same_place", _ignore_place),
    "vague figures match on metric": ("same_figure", _vague_by_metric),
}


@pytest.mark.parametrize("mutant", list(MUTANTS))
def test_each_loosened_scorer_is_caught(
    mutant: str, monkeypatch: pytest.MonkeyPatch, actors: ActorTable, article: Article
) -> None:
    name, rule = MUTANTS[mutant]
    with patched(monkeypatch, name, rule):
        missed = [c for c, noticed in CORRUPTIONS.items() if not noticed(actors, article)]
    assert missed, f"no corruption slipped past the mutant '{mutant}': the tests cannot see it"
