"""Scorer self-tests and gold-file checks, at the library boundary (summarize.evaluate)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summarize.actors import ActorTable
from summarize.errors import GateError
from summarize.evaluate import (
    FIELDS,
    EvalReport,
    check_gate,
    load_gold,
    report_markdown,
    score,
    updated_baseline,
)
from summarize.ground import build_extraction, ground_draft
from summarize.ingest import Article, load_article
from summarize.schema import ArticleDraft, Extraction, Provenance, Usage

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT / "evals" / "gold"
SEEDS_DIR = ROOT / "seeds"
BEYOND_DIR = ROOT / "evals" / "articles"
ARTICLE_DIRS = (SEEDS_DIR, BEYOND_DIR)


def article_path(article_id: str) -> Path:
    [path] = [p for d in ARTICLE_DIRS for p in d.glob(f"{article_id}.txt")]
    return path


GOLD_PROVENANCE = Provenance(
    extractor="gold", model=None, prompt_version=None, live=True, recorded_at=None, usage=Usage()
)


@pytest.fixture(scope="module")
def actors() -> ActorTable:
    return ActorTable.load()


@pytest.fixture(scope="module")
def gold() -> dict[str, ArticleDraft]:
    return load_gold(GOLD_DIR)


@pytest.fixture(scope="module")
def articles(gold: dict[str, ArticleDraft]) -> dict[str, Article]:
    return {article_id: load_article(article_path(article_id)) for article_id in gold}


def gold_as_extractions(
    gold: dict[str, ArticleDraft], articles: dict[str, Article]
) -> list[Extraction]:
    """Gold run through the real grounding stage, as if an extractor had produced it."""
    extractions = []
    for article_id, draft in gold.items():
        article = articles[article_id]
        grounding = ground_draft(article, draft)
        extractions.append(build_extraction(article, draft, grounding, GOLD_PROVENANCE))
    return extractions


def run_score(
    extractions: list[Extraction],
    gold: dict[str, ArticleDraft],
    articles: dict[str, Article],
    actors: ActorTable,
) -> EvalReport:
    return score(extractions, gold, {i: a.text for i, a in articles.items()}, actors)


def test_every_article_has_a_gold_file(gold: dict[str, ArticleDraft]) -> None:
    articles = {p.stem for d in ARTICLE_DIRS for p in d.glob("*.txt")}
    assert articles == set(gold)


def test_the_eval_set_covers_eight_conflicts_besides_the_seeds(
    gold: dict[str, ArticleDraft],
) -> None:
    beyond = {p.stem for p in BEYOND_DIR.glob("*.txt")}
    conflicts = {gold[i].meta.conflict for i in beyond}
    assert len(gold) >= 25
    assert len(conflicts - {None, "Nagorno-Karabakh"}) >= 8, conflicts


@pytest.mark.parametrize("path", sorted(GOLD_DIR.glob("*.json")), ids=lambda p: p.stem)
def test_gold_quotes_are_verbatim_substrings_of_their_seed(path: Path) -> None:
    draft = ArticleDraft.model_validate_json(path.read_text(encoding="utf-8"))
    text = article_path(path.stem).read_text(encoding="utf-8")
    items = [
        *draft.parties,
        *draft.people,
        *draft.positions,
        *draft.ceasefire_calls,
        *draft.figures,
    ]
    assert items, "a gold file with no items"
    missing = [item.evidence for item in items if item.evidence not in text]
    assert missing == []


def test_gold_grounds_completely(
    gold: dict[str, ArticleDraft], articles: dict[str, Article]
) -> None:
    for article_id, draft in gold.items():
        grounding = ground_draft(articles[article_id], draft)
        assert [r.reason for r in grounding.rejected] == [], article_id


def test_gold_against_itself_scores_one_everywhere(
    gold: dict[str, ArticleDraft], articles: dict[str, Article], actors: ActorTable
) -> None:
    report = run_score(gold_as_extractions(gold, articles), gold, articles, actors)
    assert report.f1_by_field() == {name: 1.0 for name in FIELDS}
    assert report.grounding_rate == 1.0
    assert report.rejected_items == 0


def _changed(extraction: Extraction, **lists: list[object]) -> Extraction:
    return extraction.model_copy(update=lists)


def _first_with(extractions: list[Extraction], field: str) -> int:
    return next(i for i, e in enumerate(extractions) if len(getattr(e, field)) >= 2)


def test_dropping_a_figure_lowers_only_figure_recall(
    gold: dict[str, ArticleDraft], articles: dict[str, Article], actors: ActorTable
) -> None:
    extractions = gold_as_extractions(gold, articles)
    i = _first_with(extractions, "figures")
    extractions[i] = _changed(extractions[i], figures=extractions[i].figures[1:])
    report = run_score(extractions, gold, articles, actors)
    assert report.overall["figures"].recall < 1.0
    assert report.overall["figures"].precision == 1.0
    assert report.overall["figures_attributed"].recall < 1.0
    for name in ("parties", "people", "positions", "ceasefire_calls"):
        assert report.overall[name].f1 == 1.0, name


def test_duplicating_a_party_lowers_only_party_precision(
    gold: dict[str, ArticleDraft], articles: dict[str, Article], actors: ActorTable
) -> None:
    extractions = gold_as_extractions(gold, articles)
    i = _first_with(extractions, "parties")
    extractions[i] = _changed(
        extractions[i], parties=[*extractions[i].parties, extractions[i].parties[0]]
    )
    report = run_score(extractions, gold, articles, actors)
    assert report.overall["parties"].precision < 1.0
    assert report.overall["parties"].recall == 1.0
    for name in ("people", "positions", "ceasefire_calls", "figures", "figures_attributed"):
        assert report.overall[name].f1 == 1.0, name


def test_corrupting_a_value_and_a_claimant_lower_the_fields_concerned(
    gold: dict[str, ArticleDraft], articles: dict[str, Article], actors: ActorTable
) -> None:
    extractions = gold_as_extractions(gold, articles)
    i = _first_with(extractions, "figures")
    figures = list(extractions[i].figures)
    figures[0] = figures[0].model_copy(update={"value": (figures[0].value or 0) + 1000003})
    extractions[i] = _changed(extractions[i], figures=figures)
    report = run_score(extractions, gold, articles, actors)
    assert report.overall["figures"].f1 < 1.0
    assert report.overall["parties"].f1 == 1.0

    extractions = gold_as_extractions(gold, articles)
    figures = list(extractions[i].figures)
    figures[0] = figures[0].model_copy(update={"claimant": "Nobody In Particular"})
    extractions[i] = _changed(extractions[i], figures=figures)
    report = run_score(extractions, gold, articles, actors)
    assert report.overall["figures"].f1 == 1.0
    assert report.overall["figures_attributed"].f1 < 1.0


def test_an_ungrounded_prediction_is_penalised(
    gold: dict[str, ArticleDraft], articles: dict[str, Article], actors: ActorTable
) -> None:
    extractions = gold_as_extractions(gold, articles)
    i = _first_with(extractions, "figures")
    figures = list(extractions[i].figures)
    wrong_span = figures[0].span.model_copy(update={"start": 0, "end": 5})
    figures[0] = figures[0].model_copy(update={"span": wrong_span})
    extractions[i] = _changed(extractions[i], figures=figures)
    report = run_score(extractions, gold, articles, actors)
    assert report.overall["figures"].precision < 1.0
    assert report.overall["figures"].recall < 1.0
    assert report.grounding_rate < 1.0


def test_gate_fails_below_tolerance_and_update_rewrites(
    gold: dict[str, ArticleDraft], articles: dict[str, Article], actors: ActorTable
) -> None:
    report = run_score(gold_as_extractions(gold, articles), gold, articles, actors)
    baseline = updated_baseline({"tolerance": 0.02, "baselines": {}}, "rules", report)
    check_gate(report, baseline, "rules")  # equal to the baseline: passes

    extractions = gold_as_extractions(gold, articles)
    extractions = [_changed(e, figures=[]) for e in extractions]
    worse = run_score(extractions, gold, articles, actors)
    with pytest.raises(GateError, match="figures"):
        check_gate(worse, baseline, "rules")
    assert "figures" in json.dumps(updated_baseline(baseline, "rules", worse))


def test_markdown_report_states_provenance(
    gold: dict[str, ArticleDraft], articles: dict[str, Article], actors: ActorTable
) -> None:
    report = run_score(gold_as_extractions(gold, articles), gold, articles, actors)
    text = report_markdown(report)
    assert "gold extractor" in text
    assert "| figures |" in text


def test_a_failed_article_scores_as_nothing_predicted_and_is_reported(
    gold: dict[str, ArticleDraft], articles: dict[str, Article], actors: ActorTable
) -> None:
    extractions = gold_as_extractions(gold, articles)
    failed_id = extractions[0].article.id
    report = score(
        extractions[1:],
        gold,
        {i: a.text for i, a in articles.items()},
        actors,
        failures={failed_id: "the model's reply was cut off"},
    )
    assert report.failures == {failed_id: "the model's reply was cut off"}
    assert report.overall["figures"].recall < 1.0
    assert report.overall["figures"].precision == 1.0
    assert "failed: the model's reply was cut off" in report_markdown(report)


def test_the_gate_fails_on_grounding_alone(
    gold: dict[str, ArticleDraft], articles: dict[str, Article], actors: ActorTable
) -> None:
    report = run_score(gold_as_extractions(gold, articles), gold, articles, actors)
    baseline = updated_baseline({"tolerance": 0.02, "baselines": {}}, "x", report)
    for split in baseline["baselines"]["x"]["splits"].values():
        split["f1"] = {}  # F1 cannot fail this gate
    extractions = [
        _changed(
            e,
            figures=[
                f.model_copy(update={"span": f.span.model_copy(update={"start": 0, "end": 3})})
                for f in e.figures
            ],
        )
        for e in gold_as_extractions(gold, articles)
    ]
    worse = run_score(extractions, gold, articles, actors)
    assert worse.grounding_rate < report.grounding_rate - 0.1
    with pytest.raises(GateError, match="grounding rate"):
        check_gate(worse, baseline, "x")


def test_an_extractor_bug_on_one_article_is_reported_and_the_rest_scored(
    tmp_path: Path, actors: ActorTable
) -> None:
    """A rules-extractor bug on one article (once, a KeyError) fails that article with its
    reason, as `summarize brief` does; the eval neither stops with a traceback nor hides it."""
    from summarize.evaluate import evaluate
    from summarize.extract.rules import RulesExtractor

    articles, gold_dir = tmp_path / "articles", tmp_path / "gold"
    articles.mkdir()
    gold_dir.mkdir()
    texts = {
        "a1": "Clashes\n\nKenya said 12 soldiers were killed near the border on Monday.\n",
        "a2": "Talks\n\nUganda called for a ceasefire on Tuesday.\n",
    }
    for article_id, text in texts.items():
        (articles / f"{article_id}.txt").write_text(text, encoding="utf-8")
        empty = ArticleDraft.model_validate(
            {
                "meta": {
                    "title": text.split("\n")[0],
                    "conflict": None,
                    "event_date": None,
                    "quality_notes": [],
                },
                "parties": [],
                "people": [],
                "positions": [],
                "ceasefire_calls": [],
                "figures": [],
            }
        )
        (gold_dir / f"{article_id}.json").write_text(empty.model_dump_json(), encoding="utf-8")

    class Crashing:
        def __init__(self) -> None:
            self.inner = RulesExtractor(actors=actors)

        def extract(self, article: Article) -> Extraction:
            if article.id == "a1":
                raise KeyError("Baloch insurgents")
            return self.inner.extract(article)

        def cache_identity(self) -> str:
            return "crashing"

    report = evaluate(Crashing(), gold_dir, articles, actors)
    assert report.failures == {"a1": "unexpected KeyError: 'Baloch insurgents'"}
    assert report.overall["ceasefire_calls"].predicted == 1  # a2 was still extracted
