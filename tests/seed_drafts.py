"""Hand-written model answers for seed 000, for the fake server to serve. Plumbing only."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from summarize.ingest import Article, load_article
from summarize.schema import ArticleDraft

SEED_PATH = Path(__file__).resolve().parent.parent / "seeds" / "000_c735fb7cf9ea1e8e.txt"

PARTY_QUOTE = "Azerbaijan and Armenia continue fighting in the South Caucasus breakaway region"
FIGURE_QUOTE = "the Armenian-backed forces reported 54 more military casualties"
INVENTED_QUOTE = "Azerbaijan announced a unilateral ceasefire on Sunday"


def seed_article() -> Article:
    return load_article(SEED_PATH)


def party(evidence: str = PARTY_QUOTE) -> dict[str, Any]:
    return {
        "name": "Azerbaijan",
        "surface_forms": ["Baku", "Azeri"],
        "kind": "state",
        "role": "belligerent",
        "evidence": evidence,
    }


def figure(evidence: str = FIGURE_QUOTE) -> dict[str, Any]:
    return {
        "claimant": None,
        "speaker": None,
        "source_as_written": "Armenian-backed forces",
        "subjects": [],
        "metric": "casualties",
        "equipment_class": None,
        "population": "military",
        "raw_text": "54",
        "value": 54,
        "low": None,
        "high": None,
        "qualifier": "exact",
        "scope": "daily",
        "time_scope": "current",
        "evidence": evidence,
    }


def draft(
    parties: list[dict[str, Any]] | None = None,
    figures: list[dict[str, Any]] | None = None,
    positions: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """A schema-valid ArticleDraft as JSON-ready data (checked, so typos fail loudly here)."""
    data: dict[str, Any] = {
        "meta": {"title": None, "conflict": None, "event_date": None, "quality_notes": []},
        "parties": [party()] if parties is None else parties,
        "people": [],
        "positions": positions or [],
        "ceasefire_calls": [],
        "figures": [figure()] if figures is None else figures,
    }
    ArticleDraft.model_validate(data)
    return data
