"""Claimed figures: grouped by what they count, side by side by claimant, never summed.

A group holds claims about one quantity only: the same subjects, metric, population, equipment
class and scope (an incident's toll is never set against a war's running total, the displaced
never against refugees). Its headline follows FIGURE_RULE, which every format shows as its legend.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import get_args

from summarize.merge.common import Evidence, briefing_rules, unique
from summarize.merge.names import Names
from summarize.schema import (
    Extraction,
    FigureClaim,
    FigureGroup,
    GroundedFigure,
    Metric,
    Qualifier,
    TimeScope,
)

METRIC_ORDER: tuple[str, ...] = get_args(Metric)  # the schema's order: killed first
NO_INDEPENDENT_FIGURE = "no independent figure"
FIGURE_RULE = (
    "Headline figure: the lowest claim that is not partisan, with its qualifier as written "
    "(a vague one such as 'dozens' only when no such claim gives a number). "
    "Partisan: claimed by a belligerent of this conflict about any side's losses, its own "
    "included (a side has reasons to inflate the other's losses and to play down its own). "
    f"When only partisan claims exist, the headline is '{NO_INDEPENDENT_FIGURE}'. "
    "Corroborated: another independent voice (another claimant, or another outlet in its own "
    "voice) states the same figure; otherwise unverified. Claims are compared only within one "
    "metric, population, equipment class and scope, and are never summed or averaged."
)

_QUALIFIER_WORDS: dict[Qualifier, str] = {
    "at_least": "at least",
    "up_to": "up to",
    "approximately": "about",
}
# A thousands separator written with spaces ("5, 000", "5 000"): the digits after it are 3.
_SPACED_THOUSANDS = re.compile(r"(?<=\d)(?:\s*,\s*|[ \u00a0\u202f])(?=\d{3}(?!\d))")
_LONG_NUMBER = re.compile(r"(?<![\d,.])\d{4,}(?![\d,.]*\d)")
_BARE_NUMBER = re.compile(r"[\d,]+")

ClaimKey = tuple[str, int | None, int | None, int | None]


def normalise_number_text(raw: str) -> str:
    """The figure as written with its numbers tidied: '5, 000' -> '5,000', '1900' -> '1,900'."""
    text = " ".join(raw.split())
    text = _SPACED_THOUSANDS.sub(",", text)
    return _LONG_NUMBER.sub(lambda match: f"{int(match.group()):,}", text)


def display_figure(raw_texts: Sequence[str], qualifier: Qualifier, value: int | None) -> str:
    """How a claim is shown: each distinct wording normalised, the qualifier never dropped."""
    shown = unique(normalise_number_text(raw) for raw in raw_texts if raw.strip())
    if not shown:
        return f"{value:,}" if value is not None else "unknown"
    word = _QUALIFIER_WORDS.get(qualifier)
    if word and len(shown) == 1 and _BARE_NUMBER.fullmatch(shown[0]):
        shown = [f"{word} {shown[0]}"]
    return " / ".join(shown)


def comparable_value(claim: FigureClaim) -> int | None:
    """The number a claim is compared by: its value, else its bounds."""
    for candidate in (claim.value, claim.low, claim.high):
        if candidate is not None:
            return candidate
    return None


def describe_group(group: FigureGroup) -> str:
    """'Armenia: military equipment destroyed (tanks), cumulative' for a figure group."""
    whose = " and ".join(group.subjects) or "unspecified side"
    population = "" if group.population == "unknown" else f"{group.population} "
    metric = group.metric.replace("_", " ")
    equipment = f" ({group.equipment_class})" if group.equipment_class else ""
    return f"{whose}: {population}{metric}{equipment}, {group.scope}"


def claim_phrase(claim: FigureClaim) -> str:
    """'about 200 (Azerbaijan; partisan; unverified)'."""
    tags = [claim.claimant, *(["partisan"] if claim.partisan else []), claim.verification]
    return f"{claim.display} ({'; '.join(tags)})"


@dataclass
class _GroupDraft:
    subjects: list[str]
    figure: GroundedFigure
    equipment_class: str | None
    claims: dict[ClaimKey, FigureClaim] = field(default_factory=dict)
    evidence: dict[ClaimKey, Evidence] = field(default_factory=dict)
    voices: dict[ClaimKey, set[str]] = field(default_factory=dict)


def _equipment_class(figure: GroundedFigure) -> str | None:
    if figure.equipment_class is None:
        return None
    written = " ".join(figure.equipment_class.lower().split())
    return briefing_rules().equipment_classes.get(written, written)


def _group_key(subjects: Sequence[str], figure: GroundedFigure, equipment: str | None) -> str:
    parts = (
        "+".join(subjects) or "-",
        figure.metric,
        figure.population,
        equipment or "-",
        figure.scope,
    )
    return "|".join(parts)


def _claimant_label(figure: GroundedFigure, names: Names) -> tuple[str, str | None]:
    """The claimant column and the party behind it (None when no party claims it)."""
    if figure.claimant:
        party = names.voice(figure.claimant).party
        return party, party
    if figure.source_as_written and figure.source_as_written.strip():
        return " ".join(figure.source_as_written.lower().split()), None
    return briefing_rules().unattributed, None


def _finish_group(key: str, draft: _GroupDraft) -> FigureGroup:
    figure = draft.figure
    claims = list(draft.claims.values())
    voices_by_value: dict[int | None, set[str]] = {}
    for claim_key, claim in draft.claims.items():
        voices_by_value.setdefault(comparable_value(claim), set()).update(draft.voices[claim_key])
    for claim in claims:
        value = comparable_value(claim)
        independent = value is not None and len(voices_by_value[value]) > 1
        claim.verification = "corroborated" if independent else "unverified"
    ordered = sorted(claims, key=lambda c: (c.claimant, comparable_value(c) or 0))
    numeric = [c for c in ordered if comparable_value(c) is not None]
    independent_claims = [c for c in numeric if not c.partisan]
    headline = min(independent_claims, key=lambda c: comparable_value(c) or 0, default=None)
    if headline is None:  # no number from a non-partisan voice: its vague wording, if any
        headline = next((c for c in ordered if not c.partisan), None)
    return FigureGroup(
        key=key,
        subjects=draft.subjects,
        metric=figure.metric,
        population=figure.population,
        equipment_class=draft.equipment_class,
        scope=figure.scope,
        time_scope=figure.time_scope,
        claims=ordered,
        headline=headline.model_copy() if headline else None,
        headline_text=(
            f"{headline.display} ({headline.claimant})" if headline else NO_INDEPENDENT_FIGURE
        ),
        contested=len({comparable_value(c) for c in numeric}) > 1
        and len({c.claimant for c in numeric}) > 1,
    )


def merge_figures(
    numbered: Sequence[tuple[int, Extraction]],
    names: Names,
    time_scope: TimeScope,
    voice_of: Mapping[int, str] | None = None,
) -> list[FigureGroup]:
    """The figure groups of one time scope ('current' tallies or 'historical' context).

    `voice_of` maps a source number to the voice its outlet speaks in (copies of one story
    share one); by default each outlet is its own voice.
    """
    drafts: dict[str, _GroupDraft] = {}
    for number, extraction in numbered:
        for figure in extraction.figures:
            if figure.time_scope != time_scope:
                continue
            subjects = names.parties(figure.subjects)
            equipment = _equipment_class(figure)
            key = _group_key(subjects, figure, equipment)
            draft = drafts.setdefault(key, _GroupDraft(subjects, figure, equipment))
            label, party = _claimant_label(figure, names)
            claim_key = (label, figure.value, figure.low, figure.high)
            claim = draft.claims.get(claim_key)
            if claim is None:
                claim = draft.claims[claim_key] = FigureClaim(
                    claimant=label,
                    claimed_as=[],
                    speakers=[],
                    raw_texts=[],
                    display="",
                    value=figure.value,
                    low=figure.low,
                    high=figure.high,
                    qualifier=figure.qualifier,
                    scope=figure.scope,
                    verification="unverified",
                    partisan=party is not None and names.is_belligerent(party),
                    evidence=[],
                )
                draft.evidence[claim_key] = Evidence(claim.evidence)
                draft.voices[claim_key] = set()
            if figure.claimant:
                claim.claimed_as = unique([*claim.claimed_as, " ".join(figure.claimant.split())])
            speaker = names.speaker(figure.speaker)
            if speaker:
                claim.speakers = unique([*claim.speakers, speaker])
            claim.raw_texts = unique([*claim.raw_texts, figure.raw_text.strip()])
            claim.display = display_figure(claim.raw_texts, claim.qualifier, claim.value)
            draft.evidence[claim_key].add(number, figure.evidence, figure.span)
            if party is None:  # the outlets' own reporting (or their sources): one voice each
                outlet = (voice_of or {}).get(number) or (
                    extraction.article.outlet or extraction.article.id
                )
                draft.voices[claim_key].add(f"{label}@{outlet}")
            else:
                draft.voices[claim_key].add(party)
    groups = [_finish_group(key, draft) for key, draft in drafts.items()]
    return sorted(
        groups,
        key=lambda g: (
            not g.contested,
            METRIC_ORDER.index(g.metric),
            g.subjects,
            g.equipment_class or "",
            g.population,
            g.scope,
        ),
    )
