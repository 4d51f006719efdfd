"""Hand-made grounded extractions for the briefing tests, built from the gold annotations.

The gold files are ArticleDrafts whose quotes are verbatim substrings of the seeds; here each
quote is located with `str.find`, which is all a test needs. Nothing here calls the pipeline's
own grounding code.

Gold files still written to schema 1 are upgraded here to schema 2 (`upgrade_v1`), the way the
conventions say: references name parties, people go to `speaker`, ceasefire kinds become an act
and a type, a truce of the past is historical. Once the gold is rewritten, files load as they are.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any

from summarize.schema import (
    ArticleDraft,
    ArticleMeta,
    Extraction,
    GroundedCeasefireCall,
    GroundedFigure,
    GroundedParty,
    GroundedPerson,
    GroundedPosition,
    Provenance,
    Span,
    Usage,
)

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = ROOT / "evals" / "gold"
CONFLICT = "Nagorno-Karabakh"
_V1_STANCES = {"refuse": "reject", "other": "concern"}
_PAST_YEAR = re.compile(r"\b(19\d\d)\b")


def manifest() -> dict[str, dict[str, Any]]:
    entries = json.loads((SEEDS / "manifest.json").read_text(encoding="utf-8"))
    return {entry["id"]: entry for entry in entries}


def seed_ids() -> list[str]:
    return sorted(path.stem for path in SEEDS.glob("*.txt"))


def seed_text(article_id: str) -> str:
    return (SEEDS / f"{article_id}.txt").read_text(encoding="utf-8")


def _span(text: str, quote: str) -> Span:
    start = text.find(quote)
    assert start >= 0, f"quote not in article: {quote!r}"
    return Span(start=start, end=start + len(quote), status="exact", score=1.0)


def upgrade_v1(raw: dict[str, Any]) -> dict[str, Any]:
    """A schema-1 gold draft as schema 2 (returned unchanged when it already is)."""
    if not any("caller" in c for c in raw["ceasefire_calls"]) and not any(
        "subject" in f for f in raw["figures"]
    ):
        return raw
    parties = {p["name"] for p in raw["parties"]}
    people: dict[str, dict[str, Any]] = {}
    for person in raw["people"]:
        person["canonical_name"] = person["canonical_name"] or person["name_as_written"]
        if person["affiliation"] not in parties:
            person["affiliation"] = None
        people[person["canonical_name"]] = person

    def party(name: str | None) -> str | None:
        if name in parties:
            return name
        return people[name]["affiliation"] if name in people else None

    def speaker(name: str | None) -> str | None:
        return name if name in people else None

    def refs(names: list[str | None]) -> list[str]:
        return sorted({p for p in map(party, names) if p})

    positions = []
    for position in raw["positions"]:
        holder = party(position["holder"])
        if holder is None:
            continue
        positions.append(
            {
                "holder": holder,
                "speaker": speaker(position["holder"]),
                "targets": refs([position["target"]]),
                "stance": _V1_STANCES.get(position["stance"], position["stance"]),
                "topic": position["topic"],
                "summary": position["summary"],
                "evidence": position["evidence"],
            }
        )
    calls = []
    for call in raw["ceasefire_calls"]:
        kind, caller = call["kind"], call["caller"]
        historical = kind == "agreed" and _PAST_YEAR.search(call["evidence"]) is not None
        if kind == "agreed" and historical:
            act, type_ = "agree", "permanent"
        elif kind == "agreed":  # "urged both parties to adhere to the 2020 agreement"
            act, type_ = "call", "observance"
        elif kind == "violation_alleged":
            act, type_ = "violation_alleged", "observance"
        else:
            act, type_ = "call", kind
        actors = refs([caller])
        if not actors:
            continue
        calls.append(
            {
                "act": act,
                "type": type_,
                "actors": refs(call["addressees"]) if act == "agree" else actors,
                "speaker": speaker(caller),
                "addressees": refs(call["addressees"]),
                "mediators": [],
                "conditions": call["conditions"],
                "time_scope": "historical" if historical else "current",
                "evidence": call["evidence"],
            }
        )
    figures = []
    for figure in raw["figures"]:
        claimant = figure["claimant"]
        upgraded = {k: v for k, v in figure.items() if k not in ("subject", "claimant")}
        upgraded |= {
            "claimant": party(claimant),
            "speaker": speaker(claimant),
            "source_as_written": claimant if claimant and party(claimant) is None else None,
            "subjects": refs([figure["subject"]]),
        }
        figures.append(upgraded)
    meta = {"conflict": CONFLICT, **raw["meta"]}
    meta["conflict"] = meta["conflict"] or CONFLICT
    return {
        **raw,
        "meta": meta,
        "positions": positions,
        "ceasefire_calls": calls,
        "figures": figures,
    }


def gold_draft(article_id: str) -> ArticleDraft:
    raw = json.loads((GOLD / f"{article_id}.json").read_text("utf-8"))
    return ArticleDraft.model_validate(upgrade_v1(raw))


def gold_extraction(article_id: str, *, outlet: str | None = None) -> Extraction:
    """The gold annotation of one seed as an Extraction (extractor 'gold')."""
    text = seed_text(article_id)
    draft = gold_draft(article_id)
    entry = manifest()[article_id]

    def grounded(kind: Any, item: Any) -> Any:
        return kind(**item.model_dump(), span=_span(text, item.evidence))

    return Extraction(
        article=ArticleMeta(
            id=article_id,
            source=str(SEEDS / f"{article_id}.txt"),
            sha256=hashlib.sha256(text.encode()).hexdigest(),
            title=entry.get("title"),
            outlet=outlet or entry.get("outlet"),
            dateline=entry.get("dateline"),
            event_date=entry.get("event_date"),
            conflict=draft.meta.conflict,
            quality_notes=draft.meta.quality_notes,
        ),
        parties=[grounded(GroundedParty, p) for p in draft.parties],
        people=[grounded(GroundedPerson, p) for p in draft.people],
        positions=[grounded(GroundedPosition, p) for p in draft.positions],
        ceasefire_calls=[grounded(GroundedCeasefireCall, c) for c in draft.ceasefire_calls],
        figures=[grounded(GroundedFigure, f) for f in draft.figures],
        rejected=[],
        provenance=Provenance(
            extractor="gold",
            model=None,
            prompt_version=None,
            live=True,
            recorded_at=None,
            usage=Usage(),
        ),
    )


def all_gold() -> list[Extraction]:
    return [gold_extraction(article_id) for article_id in seed_ids()]


def stored(db: Path, extractions: list[Extraction]) -> Path:
    """A store holding `extractions` as if `summarize run` had made them (texts from the seeds)."""
    from summarize.store import Store

    with Store(db) as store:
        for extraction in extractions:
            base = extraction.article.id.split("-")[0]
            store.save_success(
                source=f"{extraction.article.source}#{extraction.article.id}",
                text=seed_text(base),
                extraction=extraction,
                extractor_key=f"test:{extraction.provenance.extractor}",
            )
    return db
