"""Evaluate: score extractions against gold annotations, field by field, and gate regressions.

Matching is one-to-one between sets (not by position), and every content item must also point at
the same place in the article as its gold item: the predicted evidence must overlap the gold
evidence (characters, or at least half of the shorter quote's words).

- parties: the same actor (through the actor table);
- people: the same person;
- positions: holder and stance, plus evidence;
- ceasefire calls: act and acting parties, plus evidence;
- figures: metric and quantity (the value; a range's low and high; a vague amount's word), plus
  evidence; `figures_attributed` also needs the claimant and the subjects.

Attributes that are not part of an item's identity (a call's type and addressees, a position's
targets, a figure's subjects, scope, qualifier, population and time scope) are reported as
accuracy over matched pairs. A predicted item whose span does not point at its own evidence counts
against precision and never matches. Articles are reported per split: `seeds` (the five articles
the project started from), `karabakh` (other articles on the seeds' war) and `beyond` (articles
about other conflicts), so that one war's score never hides the rest.
"""

from __future__ import annotations

import json
import re
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
from summarize.numbers import parse_quantity
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
# Attributes compared on matched pairs: field -> attribute -> Matcher rule name.
ATTRIBUTES: dict[str, dict[str, str]] = {
    "people": {"affiliation": "same_affiliation"},
    "positions": {"targets": "same_targets"},
    "ceasefire_calls": {
        "type": "same_call_type",
        "addressees": "same_addressees",
        "mediators": "same_mediators",
        "time_scope": "same_time_scope",
    },
    "figures": {
        "claimant": "same_claimant",
        "subjects": "same_subjects",
        "scope": "same_scope",
        "qualifier": "same_qualifier",
        "population": "same_population",
        "time_scope": "same_time_scope",
    },
}
SPLITS = ("seeds", "karabakh", "beyond")
DEFAULT_TOLERANCE = 0.02
SPAN_MATCH_THRESHOLD = 85.0
_WORD = re.compile(r"\w+")

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
class AttributeScore:
    """Accuracy of one attribute over the matched pairs of a field."""

    correct: int = 0
    total: int = 0

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.total if self.total else None

    def add(self, other: AttributeScore) -> None:
        self.correct += other.correct
        self.total += other.total


AttributeScores = dict[str, dict[str, AttributeScore]]


def _empty_attributes() -> AttributeScores:
    return {f: {a: AttributeScore() for a in attrs} for f, attrs in ATTRIBUTES.items()}


@dataclass
class ArticleScore:
    article_id: str
    fields: dict[str, FieldScore]
    grounded_items: int
    ungrounded_items: int
    rejected_items: int
    error: str | None = None
    split: str = "seeds"
    attributes: AttributeScores = field(default_factory=_empty_attributes)

    @property
    def grounding_rate(self) -> float:
        total = self.grounded_items + self.ungrounded_items + self.rejected_items
        return self.grounded_items / total if total else 1.0


@dataclass
class Summary:
    """Scores summed over a set of articles (all of them, or one split)."""

    articles: list[ArticleScore]
    fields: dict[str, FieldScore] = field(init=False)
    attributes: AttributeScores = field(init=False)

    def __post_init__(self) -> None:
        self.fields = {name: FieldScore() for name in FIELDS}
        self.attributes = _empty_attributes()
        for article in self.articles:
            for name, score in article.fields.items():
                self.fields[name].add(score)
            for field_name, attrs in article.attributes.items():
                for attr, value in attrs.items():
                    self.attributes[field_name][attr].add(value)

    @property
    def grounding_rate(self) -> float:
        grounded = sum(a.grounded_items for a in self.articles)
        total = sum(a.grounded_items + a.ungrounded_items + a.rejected_items for a in self.articles)
        return grounded / total if total else 1.0

    def f1_by_field(self) -> dict[str, float]:
        return {name: round(score.f1, 4) for name, score in self.fields.items()}

    def attribute_accuracy(self) -> dict[str, dict[str, float | None]]:
        return {
            f: {a: None if s.accuracy is None else round(s.accuracy, 4) for a, s in attrs.items()}
            for f, attrs in self.attributes.items()
        }

    def as_dict(self) -> dict[str, Any]:
        return {
            "articles": len(self.articles),
            "fields": {name: score.as_dict() for name, score in self.fields.items()},
            "attribute_accuracy": self.attribute_accuracy(),
            "grounding_rate": round(self.grounding_rate, 4),
        }


@dataclass
class EvalReport:
    articles: list[ArticleScore]
    provenance: list[Provenance]
    overall: dict[str, FieldScore] = field(init=False)

    def __post_init__(self) -> None:
        self.overall = self.summary().fields

    def summary(self, split: str | None = None) -> Summary:
        return Summary([a for a in self.articles if split is None or a.split == split])

    @property
    def splits(self) -> dict[str, Summary]:
        """Each split that has articles, in a fixed order."""
        present = {a.split for a in self.articles}
        return {
            s: self.summary(s) for s in (*SPLITS, *sorted(present - set(SPLITS))) if s in present
        }

    @property
    def grounding_rate(self) -> float:
        return self.summary().grounding_rate

    @property
    def rejected_items(self) -> int:
        return sum(a.rejected_items for a in self.articles)

    @property
    def failures(self) -> dict[str, str]:
        return {a.article_id: a.error for a in self.articles if a.error is not None}

    def f1_by_field(self) -> dict[str, float]:
        return self.summary().f1_by_field()

    def provenance_line(self) -> str:
        return describe_provenance(self.provenance)

    def as_dict(self) -> dict[str, Any]:
        overall = self.summary()
        return {
            "provenance": self.provenance_line(),
            "extractors": [p.model_dump() for p in _unique_provenance(self.provenance)],
            "overall": {name: score.as_dict() for name, score in overall.fields.items()},
            "attribute_accuracy": overall.attribute_accuracy(),
            "splits": {name: summary.as_dict() for name, summary in self.splits.items()},
            "grounding_rate": round(self.grounding_rate, 4),
            "rejected_items": self.rejected_items,
            "failed_articles": self.failures,
            "articles": [
                {
                    "id": a.article_id,
                    "split": a.split,
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


def _match_pairs(
    predicted: Sequence[T], gold: Sequence[T], same: Callable[[T, T], bool]
) -> list[tuple[T, T]]:
    """Greedy one-to-one matching: each gold item is used at most once."""
    unused = list(gold)
    pairs = []
    for item in predicted:
        for index, candidate in enumerate(unused):
            if same(item, candidate):
                pairs.append((item, unused.pop(index)))
                break
    return pairs


def _words(text: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(text)}


def _occurrences(text: str, quote: str) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    start = text.find(quote)
    while start != -1 and len(found) < 50:
        found.append((start, start + len(quote)))
        start = text.find(quote, start + 1)
    return found


class Matcher:
    """Field-by-field equality rules, with names resolved through the actor table.

    `text` is the article both sides were extracted from: evidence is compared by place.
    """

    def __init__(self, actors: ActorTable, text: str = "") -> None:
        self.actors = actors
        self.text = text

    # names

    def name(self, name: str | None) -> str | None:
        if name is None:
            return None
        return self.actors.canonical(name).casefold()

    def actor(self, predicted: str | None, gold: str | None) -> bool:
        """The same party; a predicted person counts for the party gold names, never the reverse."""
        if self.name(predicted) == self.name(gold):
            return True
        if predicted is None or gold is None or self.actors.resolve_person(predicted) is None:
            return False
        party = self.actors.party_of(predicted)
        return party is not None and party.casefold() == self.name(gold)

    def actor_set(self, predicted: Sequence[str], gold: Sequence[str]) -> bool:
        return {self.name(x) for x in predicted} == {self.name(x) for x in gold}

    def person(self, person: Person) -> str:
        for candidate in (person.canonical_name, person.name_as_written):
            if candidate and self.actors.resolve_person(candidate):
                return self.actors.canonical(candidate).casefold()
        return (person.canonical_name or person.name_as_written).strip().casefold()

    # evidence

    def same_place(self, predicted: str, gold: str) -> bool:
        """The two quotes point at the same passage: overlapping characters in the article, or at
        least half of the shorter quote's words in common."""
        if self.text:
            gold_spans = _occurrences(self.text, gold)
            for start, end in _occurrences(self.text, predicted):
                if any(start < g_end and g_start < end for g_start, g_end in gold_spans):
                    return True
        a, b = _words(predicted), _words(gold)
        shorter = min(len(a), len(b))
        return shorter > 0 and len(a & b) * 2 >= shorter

    # fields

    def same_party(self, a: Party, b: Party) -> bool:
        return self.name(a.name) == self.name(b.name)

    def same_person(self, a: Person, b: Person) -> bool:
        return self.person(a) == self.person(b)

    def same_position(self, a: Position, b: Position) -> bool:
        return (
            a.stance == b.stance
            and self.actor(a.holder, b.holder)
            and self.same_place(a.evidence, b.evidence)
        )

    def same_ceasefire_call(self, a: CeasefireCall, b: CeasefireCall) -> bool:
        return (
            a.act == b.act
            and self.actor_set(a.actors, b.actors)
            and self.same_place(a.evidence, b.evidence)
        )

    @staticmethod
    def quantity(figure: ClaimedFigure) -> tuple[object, ...]:
        """What a figure counts: its value, a range's bounds, or a vague amount's word."""
        if figure.value is not None:
            return ("value", figure.value)
        if figure.low is not None and figure.high is not None:
            return ("range", figure.low, figure.high)
        parsed = parse_quantity(figure.raw_text)
        if parsed is not None and parsed.low is not None:
            return ("vague", parsed.low)
        return ("vague", figure.low, " ".join(sorted(_words(figure.raw_text))))

    def same_figure(self, a: ClaimedFigure, b: ClaimedFigure) -> bool:
        return (
            a.metric == b.metric
            and self.quantity(a) == self.quantity(b)
            and self.same_place(a.evidence, b.evidence)
        )

    def same_attributed_figure(self, a: ClaimedFigure, b: ClaimedFigure) -> bool:
        return self.same_figure(a, b) and self.same_claimant(a, b) and self.same_subjects(a, b)

    # attributes of matched pairs

    def same_claimant(self, a: ClaimedFigure, b: ClaimedFigure) -> bool:
        return self.actor(a.claimant, b.claimant)

    def same_subjects(self, a: ClaimedFigure, b: ClaimedFigure) -> bool:
        return self.actor_set(a.subjects, b.subjects)

    def same_affiliation(self, a: Person, b: Person) -> bool:
        return self.actor(a.affiliation, b.affiliation)

    def same_targets(self, a: Position, b: Position) -> bool:
        return self.actor_set(a.targets, b.targets)

    def same_addressees(self, a: CeasefireCall, b: CeasefireCall) -> bool:
        return self.actor_set(a.addressees, b.addressees)

    def same_mediators(self, a: CeasefireCall, b: CeasefireCall) -> bool:
        return self.actor_set(a.mediators, b.mediators)

    @staticmethod
    def same_call_type(a: CeasefireCall, b: CeasefireCall) -> bool:
        return a.type == b.type

    @staticmethod
    def same_time_scope(a: CeasefireCall | ClaimedFigure, b: CeasefireCall | ClaimedFigure) -> bool:
        return a.time_scope == b.time_scope

    @staticmethod
    def same_scope(a: ClaimedFigure, b: ClaimedFigure) -> bool:
        return a.scope == b.scope

    @staticmethod
    def same_qualifier(a: ClaimedFigure, b: ClaimedFigure) -> bool:
        return a.qualifier == b.qualifier

    @staticmethod
    def same_population(a: ClaimedFigure, b: ClaimedFigure) -> bool:
        return a.population == b.population


def span_points_at_evidence(text: str, span: Span | None, evidence: str) -> bool:
    """The scorer re-checks grounding itself instead of trusting the producer's span."""
    if span is None or not 0 <= span.start < span.end <= len(text):
        return False
    found = text[span.start : span.end]
    return found == evidence or fuzz.ratio(found, evidence) >= SPAN_MATCH_THRESHOLD


ITEM_LISTS = ("parties", "people", "positions", "ceasefire_calls", "figures")


def score_article(
    extraction: Extraction,
    gold: ArticleDraft,
    article_text: str,
    matcher: Matcher,
    split: str = "seeds",
) -> ArticleScore:
    def grounded(items: Sequence[Any]) -> list[Any]:
        return [i for i in items if span_points_at_evidence(article_text, i.span, i.evidence)]

    matcher = Matcher(matcher.actors, article_text)
    kept = {name: grounded(getattr(extraction, name)) for name in ITEM_LISTS}
    fields = {}
    attributes = _empty_attributes()
    for field_name, (items, rule) in FIELD_ITEMS.items():
        predicted, expected = getattr(extraction, items), getattr(gold, items)
        # Ungrounded items still count as predictions: they cost precision and never match.
        pairs = _match_pairs(kept[items], expected, getattr(matcher, rule))
        fields[field_name] = FieldScore(len(pairs), len(predicted), len(expected))
        for attr, attr_rule in ATTRIBUTES.get(field_name, {}).items():
            same = getattr(matcher, attr_rule)
            correct = sum(1 for a, b in pairs if same(a, b))
            attributes[field_name][attr] = AttributeScore(correct, len(pairs))
    grounded_count = sum(len(items) for items in kept.values())
    predicted_count = sum(len(getattr(extraction, name)) for name in ITEM_LISTS)
    return ArticleScore(
        article_id=extraction.article.id,
        fields=fields,
        grounded_items=grounded_count,
        ungrounded_items=predicted_count - grounded_count,
        rejected_items=len(extraction.rejected),
        split=split,
        attributes=attributes,
    )


def failed_article(
    article_id: str, gold: ArticleDraft, error: str, split: str = "seeds"
) -> ArticleScore:
    """An article the extractor could not do: nothing predicted, everything in gold missed."""
    fields = {
        name: FieldScore(gold=len(getattr(gold, items))) for name, (items, _) in FIELD_ITEMS.items()
    }
    return ArticleScore(article_id, fields, 0, 0, 0, error=error, split=split)


def score(
    extractions: Sequence[Extraction],
    gold: dict[str, ArticleDraft],
    texts: dict[str, str],
    actors: ActorTable,
    failures: Mapping[str, str] | None = None,
    splits: Mapping[str, str] | None = None,
) -> EvalReport:
    """Score each gold article; `failures` maps the ids the extractor failed on to the error,
    `splits` maps ids to their split (default `seeds`)."""
    failures = failures or {}
    splits = splits or {}
    matcher = Matcher(actors)
    by_id = {e.article.id: e for e in extractions}
    missing = sorted(set(gold) - set(by_id) - set(failures))
    if missing:
        raise InputError(f"no extraction for gold article(s): {', '.join(missing)}")
    articles = [
        failed_article(i, gold[i], failures[i], splits.get(i, "seeds"))
        if i in failures
        else score_article(by_id[i], gold[i], texts[i], matcher, splits.get(i, "seeds"))
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
    """What fell more than the tolerance below the baseline for `key`, per split: each field's F1
    and the grounding rate."""
    entry = baseline["baselines"].get(key)
    if entry is None:
        return []
    if not isinstance(entry.get("splits"), dict):
        # An entry from before the seeds/beyond split gates nothing: refuse rather than pass.
        raise InputError(f"baseline '{key}' has no per-split scores: rerun with --update-baseline")
    tolerance = float(baseline.get("tolerance", DEFAULT_TOLERANCE))
    splits = report.splits
    failures = []
    for split, expected in entry.get("splits", {}).items():
        summary = splits.get(split)
        if summary is None:
            failures.append(f"{split}: no articles scored (baseline has {split})")
            continue
        current = summary.f1_by_field()
        for name, value in expected["f1"].items():
            got = current.get(name, 0.0)
            if got < float(value) - tolerance:
                failures.append(
                    f"{split} {name}: F1 {got:.3f} < baseline {value:.3f} - {tolerance}"
                )
        floor = float(expected.get("grounding_rate", 0.0))
        if summary.grounding_rate < floor - tolerance:
            failures.append(
                f"{split} grounding rate {summary.grounding_rate:.3f} < baseline {floor:.3f} "
                f"- {tolerance}"
            )
    return failures


def check_gate(report: EvalReport, baseline: dict[str, Any], key: str) -> None:
    failures = gate(report, baseline, key)
    if failures:
        raise GateError("regression gate failed for " + key + ": " + "; ".join(failures))


def updated_baseline(baseline: dict[str, Any], key: str, report: EvalReport) -> dict[str, Any]:
    entry = {
        "provenance": report.provenance_line(),
        "splits": {
            name: {
                "articles": len(summary.articles),
                "f1": summary.f1_by_field(),
                "grounding_rate": round(summary.grounding_rate, 4),
            }
            for name, summary in report.splits.items()
        },
    }
    return {
        "tolerance": baseline.get("tolerance", DEFAULT_TOLERANCE),
        "baselines": {**baseline["baselines"], key: entry},
    }


# --- reports -----------------------------------------------------------------------------


def _fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def report_markdown(report: EvalReport) -> str:
    lines = ["# Evaluation report", "", f"Extractor: {report.provenance_line()}", ""]
    for name, summary in {"all": report.summary(), **report.splits}.items():
        lines += [
            f"## {name} ({len(summary.articles)} articles)",
            "",
            "| field | precision | recall | F1 | TP | predicted | gold |",
            "|---|---:|---:|---:|---:|---:|---:|",
        ]
        for field_name, s in summary.fields.items():
            lines.append(
                f"| {field_name} | {s.precision:.3f} | {s.recall:.3f} | {s.f1:.3f} | "
                f"{s.true_positives} | {s.predicted} | {s.gold} |"
            )
        lines += ["", "| attribute (matched pairs) | accuracy | pairs |", "|---|---:|---:|"]
        for field_name, attrs in summary.attributes.items():
            for attr, attr_score in attrs.items():
                accuracy = _fmt(attr_score.accuracy)
                lines.append(f"| {field_name}.{attr} | {accuracy} | {attr_score.total} |")
        lines += ["", f"Grounding rate: {summary.grounding_rate:.3f}", ""]
    lines += [
        f"Rejected items: {report.rejected_items}; failed articles: {len(report.failures)}",
        *(f"- {article_id} failed: {error}" for article_id, error in report.failures.items()),
        "",
        "## Per article (F1)",
        "",
        "| article | split | " + " | ".join(FIELDS) + " | grounding |",
        "|---|---|" + "---:|" * (len(FIELDS) + 1),
    ]
    for a in report.articles:
        cells = " | ".join(f"{a.fields[name].f1:.3f}" for name in FIELDS)
        lines.append(f"| {a.article_id} | {a.split} | {cells} | {a.grounding_rate:.3f} |")
    return "\n".join(lines) + "\n"


# --- running -----------------------------------------------------------------------------


def evaluate(
    extractor: Extractor,
    gold_dir: Path,
    article_dirs: Sequence[Path] | Path,
    actors: ActorTable,
    only: set[str] | None = None,
) -> EvalReport:
    """Extract every gold article (found in `article_dirs`) with `extractor` and score it.

    An article's split is `seeds` when its folder is named `seeds`, `karabakh` for the other
    articles on the seeds' war, else `beyond` (see `split_of`). `only`
    restricts the run to those gold ids.
    """
    folders = [article_dirs] if isinstance(article_dirs, Path) else list(article_dirs)
    gold = load_gold(gold_dir)
    if only is not None:
        gold = {i: draft for i, draft in gold.items() if i in only}
        if not gold:
            raise InputError(f"none of the selected ids has a gold file in {gold_dir}")
    extractions = []
    texts = {}
    failures = {}
    splits = {}
    for article_id in sorted(gold):
        path = _article_path(folders, article_id)
        splits[article_id] = split_of(path, gold[article_id])
        article = load_article(path)
        texts[article_id] = article.text
        try:
            extractions.append(extractor.extract(article))
        except ReplayMissError:
            raise  # a changed prompt, schema or article must never pass on old answers
        except ModelError as error:
            failures[article_id] = str(error)
        except Exception as error:  # a bug on one article must not hide the others
            # (as `summarize brief` does: the article is reported failed, scored as nothing)
            failures[article_id] = f"unexpected {type(error).__name__}: {error}"
    return score(extractions, gold, texts, actors, failures, splits)


def split_of(path: Path, gold: ArticleDraft) -> str:
    """`seeds` for the seed pages; `karabakh` for other articles on the seeds' war (new text on
    the same actors); `beyond` for every other conflict."""
    if path.parent.name == "seeds":
        return "seeds"
    return "karabakh" if gold.meta.conflict == "Nagorno-Karabakh" else "beyond"


def _article_path(folders: Sequence[Path], article_id: str) -> Path:
    for folder in folders:
        matches = sorted(p for p in folder.glob(f"{article_id}.*") if p.suffix != ".json")
        if matches:
            return matches[0]
    where = ", ".join(str(f) for f in folders)
    raise InputError(f"no article file for gold id {article_id} in {where}")
