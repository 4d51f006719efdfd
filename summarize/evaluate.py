"""Evaluate: score extractions against gold annotations, field by field, and gate regressions.

Matching is one-to-one between sets (not by position): names through the actor table, figures by
metric and value (and, reported separately, with claimant and subject also right), ceasefire
calls by caller and addressees, positions by holder and stance. A predicted item whose span does
not point at its own evidence in the article counts against precision and never matches.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from rapidfuzz import fuzz

from summarize.actors import ActorTable
from summarize.errors import GateError, InputError, ModelError, ReplayMissError
from summarize.extract import Extractor
from summarize.ingest import load_article
from summarize.schema import (
    ArticleDraft,
    CeasefireCall,
    ClaimedFigure,
    Extraction,
    Party,
    Person,
    Position,
    Provenance,
    Span,
)

# Each scored field: the item list it reads (same name in the extraction and in gold), and the
# Matcher rule that says two items are the same.
FIELD_ITEMS = {
    "parties": ("parties", "same_party"),
    "people": ("people", "same_person"),
    "positions": ("positions", "same_position"),
    "ceasefire_calls": ("ceasefire_calls", "same_ceasefire_call"),
    "figures": ("figures", "same_figure"),
    "figures_attributed": ("figures", "same_attributed_figure"),
}
FIELDS = tuple(FIELD_ITEMS)
DEFAULT_TOLERANCE = 0.02
SPAN_MATCH_THRESHOLD = 85.0

T = TypeVar("T", bound=BaseModel)


@dataclass
class FieldScore:
    true_positives: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else float(self.gold == 0)

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold if self.gold else float(self.predicted == 0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: FieldScore) -> None:
        self.true_positives += other.true_positives
        self.predicted += other.predicted
        self.gold += other.gold

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "true_positives": self.true_positives,
            "predicted": self.predicted,
            "gold": self.gold,
        }


@dataclass
class ArticleScore:
    article_id: str
    fields: dict[str, FieldScore]
    grounded_items: int
    ungrounded_items: int
    rejected_items: int
    error: str | None = None

    @property
    def grounding_rate(self) -> float:
        total = self.grounded_items + self.ungrounded_items + self.rejected_items
        return self.grounded_items / total if total else 1.0


@dataclass
class EvalReport:
    articles: list[ArticleScore]
    provenance: list[Provenance]
    overall: dict[str, FieldScore] = field(init=False)

    def __post_init__(self) -> None:
        self.overall = {name: FieldScore() for name in FIELDS}
        for article in self.articles:
            for name, score in article.fields.items():
                self.overall[name].add(score)

    @property
    def grounding_rate(self) -> float:
        grounded = sum(a.grounded_items for a in self.articles)
        total = sum(a.grounded_items + a.ungrounded_items + a.rejected_items for a in self.articles)
        return grounded / total if total else 1.0

    @property
    def rejected_items(self) -> int:
        return sum(a.rejected_items for a in self.articles)

    @property
    def failures(self) -> dict[str, str]:
        return {a.article_id: a.error for a in self.articles if a.error is not None}

    def f1_by_field(self) -> dict[str, float]:
        return {name: round(score.f1, 4) for name, score in self.overall.items()}

    def provenance_line(self) -> str:
        return describe_provenance(self.provenance)

    def as_dict(self) -> dict[str, Any]:
        return {
            "provenance": self.provenance_line(),
            "extractors": [p.model_dump() for p in _unique_provenance(self.provenance)],
            "overall": {name: score.as_dict() for name, score in self.overall.items()},
            "grounding_rate": round(self.grounding_rate, 4),
            "rejected_items": self.rejected_items,
            "failed_articles": self.failures,
            "articles": [
                {
                    "id": a.article_id,
                    "fields": {name: s.as_dict() for name, s in a.fields.items()},
                    "grounding_rate": round(a.grounding_rate, 4),
                    "rejected_items": a.rejected_items,
                }
                for a in self.articles
            ],
        }


def _unique_provenance(provenance: Sequence[Provenance]) -> list[Provenance]:
    seen: dict[tuple[object, ...], Provenance] = {}
    for p in provenance:
        recorded_on = p.recorded_at[:10] if p.recorded_at else None  # one line per day, not call
        key = (p.extractor, p.model, p.prompt_version, p.schema_version, p.live, recorded_on)
        seen.setdefault(key, p)
    return list(seen.values())


def describe_provenance(provenance: Sequence[Provenance]) -> str:
    """One line a reader cannot misread: which extractor, which model, live or replayed."""
    parts = []
    for p in _unique_provenance(provenance):
        if p.extractor == "rules":
            text = "rules extractor (no LLM)"
        else:
            text = f"{p.extractor} extractor, model {p.model or 'unknown'}"
            if p.prompt_version:
                text += f", prompt {p.prompt_version}"
            if p.live:
                text += ", live"
            else:
                recorded_on = p.recorded_at[:10] if p.recorded_at else "an unknown date"
                text += f", replay of responses recorded on {recorded_on}"
        parts.append(f"{text}, schema {p.schema_version}")
    return "; ".join(parts) or "no extractions"


# --- loading -----------------------------------------------------------------------------


def load_gold(folder: Path) -> dict[str, ArticleDraft]:
    """Gold files are `<article id>.json`, each an ArticleDraft."""
    if not folder.is_dir():
        raise InputError(f"gold folder not found: {folder}")
    gold: dict[str, ArticleDraft] = {}
    for path in sorted(folder.glob("*.json")):
        try:
            gold[path.stem] = ArticleDraft.model_validate_json(path.read_text(encoding="utf-8"))
        except ValidationError as error:
            raise InputError(f"gold file {path} does not match the schema: {error}") from None
    if not gold:
        raise InputError(f"no gold files (*.json) in {folder}")
    return gold


# --- matching ----------------------------------------------------------------------------


def _match_count(predicted: Sequence[T], gold: Sequence[T], same: Callable[[T, T], bool]) -> int:
    """Greedy one-to-one matching: each gold item is used at most once."""
    unused = list(gold)
    matched = 0
    for item in predicted:
        for index, candidate in enumerate(unused):
            if same(item, candidate):
                del unused[index]
                matched += 1
                break
    return matched


class Matcher:
    """Field-by-field equality rules, with names resolved through the actor table."""

    def __init__(self, actors: ActorTable) -> None:
        self.actors = actors

    def name(self, name: str | None) -> str | None:
        if name is None:
            return None
        return self.actors.canonical(name).casefold()

    def side(self, name: str | None) -> str | None:
        """A person rolls up to the party they speak for; a party stays itself."""
        if name is None:
            return None
        party = self.actors.party_of(name)
        return (party or self.actors.canonical(name)).casefold()

    def person(self, person: Person) -> str:
        for candidate in (person.canonical_name, person.name_as_written):
            if candidate and self.actors.resolve_person(candidate):
                return self.actors.canonical(candidate).casefold()
        return (person.canonical_name or person.name_as_written).strip().casefold()

    def same_party(self, a: Party, b: Party) -> bool:
        return self.name(a.name) == self.name(b.name)

    def same_person(self, a: Person, b: Person) -> bool:
        return self.person(a) == self.person(b)

    def same_holder(self, a: str | None, b: str | None) -> bool:
        return self.name(a) == self.name(b) or self.side(a) == self.side(b)

    def same_position(self, a: Position, b: Position) -> bool:
        return a.stance == b.stance and self.same_holder(a.holder, b.holder)

    def same_ceasefire_call(self, a: CeasefireCall, b: CeasefireCall) -> bool:
        return self.same_holder(a.caller, b.caller) and {self.side(x) for x in a.addressees} == {
            self.side(x) for x in b.addressees
        }

    @staticmethod
    def same_figure(a: ClaimedFigure, b: ClaimedFigure) -> bool:
        if a.metric != b.metric:
            return False
        if a.value is None and b.value is None:
            return (a.low, a.high) == (b.low, b.high) and "vague" == a.qualifier == b.qualifier
        return a.value == b.value

    def same_attributed_figure(self, a: ClaimedFigure, b: ClaimedFigure) -> bool:
        return (
            self.same_figure(a, b)
            and self.side(a.claimant) == self.side(b.claimant)
            and self.side(a.subject) == self.side(b.subject)
        )


def span_points_at_evidence(text: str, span: Span | None, evidence: str) -> bool:
    """The scorer re-checks grounding itself instead of trusting the producer's span."""
    if span is None or not 0 <= span.start < span.end <= len(text):
        return False
    found = text[span.start : span.end]
    return found == evidence or fuzz.ratio(found, evidence) >= SPAN_MATCH_THRESHOLD


ITEM_LISTS = ("parties", "people", "positions", "ceasefire_calls", "figures")


def score_article(
    extraction: Extraction, gold: ArticleDraft, article_text: str, matcher: Matcher
) -> ArticleScore:
    def grounded(items: Sequence[Any]) -> list[Any]:
        return [i for i in items if span_points_at_evidence(article_text, i.span, i.evidence)]

    kept = {name: grounded(getattr(extraction, name)) for name in ITEM_LISTS}
    fields = {}
    for field_name, (items, rule) in FIELD_ITEMS.items():
        predicted, expected = getattr(extraction, items), getattr(gold, items)
        # Ungrounded items still count as predictions: they cost precision and never match.
        matched = _match_count(kept[items], expected, getattr(matcher, rule))
        fields[field_name] = FieldScore(matched, len(predicted), len(expected))
    grounded_count = sum(len(items) for items in kept.values())
    predicted_count = sum(len(getattr(extraction, name)) for name in ITEM_LISTS)
    return ArticleScore(
        article_id=extraction.article.id,
        fields=fields,
        grounded_items=grounded_count,
        ungrounded_items=predicted_count - grounded_count,
        rejected_items=len(extraction.rejected),
    )


def failed_article(article_id: str, gold: ArticleDraft, error: str) -> ArticleScore:
    """An article the extractor could not do: nothing predicted, everything in gold missed."""
    fields = {
        name: FieldScore(gold=len(getattr(gold, items))) for name, (items, _) in FIELD_ITEMS.items()
    }
    return ArticleScore(article_id, fields, 0, 0, 0, error=error)


def score(
    extractions: Sequence[Extraction],
    gold: dict[str, ArticleDraft],
    texts: dict[str, str],
    actors: ActorTable,
    failures: Mapping[str, str] | None = None,
) -> EvalReport:
    """Score each gold article; `failures` maps the ids the extractor failed on to the error."""
    failures = failures or {}
    matcher = Matcher(actors)
    by_id = {e.article.id: e for e in extractions}
    missing = sorted(set(gold) - set(by_id) - set(failures))
    if missing:
        raise InputError(f"no extraction for gold article(s): {', '.join(missing)}")
    articles = [
        failed_article(i, gold[i], failures[i])
        if i in failures
        else score_article(by_id[i], gold[i], texts[i], matcher)
        for i in sorted(gold)
    ]
    return EvalReport(articles=articles, provenance=[e.provenance for e in extractions])


# --- regression gate ---------------------------------------------------------------------


def load_baseline(path: Path) -> dict[str, Any]:
    if not path.exists():
        return {"tolerance": DEFAULT_TOLERANCE, "baselines": {}}
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise InputError(f"baseline {path} is not valid JSON: {error}") from None
    if not isinstance(data.get("baselines"), dict):
        raise InputError(f"baseline {path} has no 'baselines' object")
    return data


def gate(report: EvalReport, baseline: dict[str, Any], key: str) -> list[str]:
    """Fields whose F1 fell more than the tolerance below the baseline for `key`."""
    entry = baseline["baselines"].get(key)
    if entry is None:
        return []
    tolerance = float(baseline.get("tolerance", DEFAULT_TOLERANCE))
    current = report.f1_by_field()
    failures = []
    for name, expected in entry["f1"].items():
        got = current.get(name, 0.0)
        if got < float(expected) - tolerance:
            failures.append(f"{name}: F1 {got:.3f} < baseline {expected:.3f} - {tolerance}")
    return failures


def check_gate(report: EvalReport, baseline: dict[str, Any], key: str) -> None:
    failures = gate(report, baseline, key)
    if failures:
        raise GateError("regression gate failed for " + key + ": " + "; ".join(failures))


def updated_baseline(baseline: dict[str, Any], key: str, report: EvalReport) -> dict[str, Any]:
    entry = {
        "provenance": report.provenance_line(),
        "f1": report.f1_by_field(),
        "grounding_rate": round(report.grounding_rate, 4),
    }
    return {
        "tolerance": baseline.get("tolerance", DEFAULT_TOLERANCE),
        "baselines": {**baseline["baselines"], key: entry},
    }


# --- reports -----------------------------------------------------------------------------


def report_markdown(report: EvalReport) -> str:
    lines = [
        "# Evaluation report",
        "",
        f"Extractor: {report.provenance_line()}",
        "",
        "| field | precision | recall | F1 | TP | predicted | gold |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for name, s in report.overall.items():
        lines.append(
            f"| {name} | {s.precision:.3f} | {s.recall:.3f} | {s.f1:.3f} | "
            f"{s.true_positives} | {s.predicted} | {s.gold} |"
        )
    lines += [
        "",
        f"Grounding rate: {report.grounding_rate:.3f}; rejected items: {report.rejected_items}; "
        f"failed articles: {len(report.failures)}",
        *(f"- {article_id} failed: {error}" for article_id, error in report.failures.items()),
        "",
        "## Per article (F1)",
        "",
        "| article | " + " | ".join(FIELDS) + " | grounding |",
        "|---|" + "---:|" * (len(FIELDS) + 1),
    ]
    for a in report.articles:
        cells = " | ".join(f"{a.fields[name].f1:.3f}" for name in FIELDS)
        lines.append(f"| {a.article_id} | {cells} | {a.grounding_rate:.3f} |")
    return "\n".join(lines) + "\n"


# --- running -----------------------------------------------------------------------------


def evaluate(
    extractor: Extractor, gold_dir: Path, seeds_dir: Path, actors: ActorTable
) -> EvalReport:
    """Extract every gold article from `seeds_dir` with `extractor` and score it."""
    gold = load_gold(gold_dir)
    extractions = []
    texts = {}
    failures = {}
    for article_id in sorted(gold):
        article = load_article(_seed_path(seeds_dir, article_id))
        texts[article_id] = article.text
        try:
            extractions.append(extractor.extract(article))
        except ReplayMissError:
            raise  # a changed prompt, schema or article must never pass on old answers
        except ModelError as error:
            failures[article_id] = str(error)
    return score(extractions, gold, texts, actors, failures)


def _seed_path(seeds_dir: Path, article_id: str) -> Path:
    matches = sorted(p for p in seeds_dir.glob(f"{article_id}.*") if p.suffix != ".json")
    if not matches:
        raise InputError(f"no article file for gold id {article_id} in {seeds_dir}")
    return matches[0]
