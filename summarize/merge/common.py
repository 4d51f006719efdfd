"""Small pieces every part of the merge shares: evidence lists, first-seen order, rules data."""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TypeVar

from summarize.schema import EvidenceRef, Span

BRIEFING_DATA = Path(__file__).resolve().parent.parent / "data" / "briefing.toml"
UNKNOWN_CONFLICT = "unknown conflict"
# What an empty section means when a pattern-matching extractor read some of the sources.
RULES_ABSENCE = "none found by the rules extractor (pattern matching; may miss items)"

T = TypeVar("T")


@dataclass(frozen=True)
class BriefingRules:
    """The data-driven part of merging (summarize/data/briefing.toml)."""

    equipment_classes: dict[str, str]  # lowercased surface form -> class name
    unattributed: str


@cache
def briefing_rules(path: Path = BRIEFING_DATA) -> BriefingRules:
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    classes = {
        " ".join(form.lower().split()): name
        for name, forms in raw.get("equipment_classes", {}).items()
        for form in [name, *forms]
    }
    return BriefingRules(classes, str(raw.get("labels", {}).get("unattributed", "unattributed")))


def unique(items: Iterable[T]) -> list[T]:
    """Items in first-seen order without repeats."""
    return list(dict.fromkeys(items))


def sources_of(evidence: Iterable[EvidenceRef]) -> list[int]:
    return sorted({ref.source for ref in evidence})


@dataclass
class Evidence:
    """An item's evidence list (appended to in place) and the quotes already in it."""

    refs: list[EvidenceRef]
    seen: set[tuple[int, int, int]] = field(default_factory=set)

    def add(self, source: int, quote: str, span: Span) -> None:
        """Append the quote unless the same quote from the same source is already there."""
        key = (source, span.start, span.end)
        if key not in self.seen:
            self.seen.add(key)
            self.refs.append(
                EvidenceRef(
                    source=source, quote=quote, start=span.start, end=span.end, status=span.status
                )
            )
