"""Merge one day's extractions into a Briefing: canonical actors, one item per claim, sources.

`build_briefing` is a pure function of its arguments. Figures are grouped by what they count and
laid side by side by claimant; they are never summed or averaged. The headline of a group is the
conservative figure: the lowest claim that is not a belligerent's claim about someone else's
losses (those only when nothing else is there).
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date as Date
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import TypeVar, get_args

from rapidfuzz import fuzz

from summarize.actors import ActorTable, PartyEntry, PersonEntry
from summarize.schema import (
    Briefing,
    BriefingParty,
    BriefingPerson,
    CeasefireEntry,
    Change,
    EvidenceRef,
    Extraction,
    ExtractorUse,
    FigureClaim,
    FigureGroup,
    GroundedFigure,
    MergedPosition,
    Metric,
    PartyKind,
    PartyRole,
    PositionGroup,
    PositionGroupName,
    SourceRef,
    Span,
    Takeaway,
)

BRIEFING_DATA = Path(__file__).resolve().parent / "data" / "briefing.toml"
SAME_POSITION_MIN = 75  # rapidfuzz token_set_ratio of two summaries that say the same thing
MAX_FIGURE_TAKEAWAYS = 5
MAX_CEASEFIRE_TAKEAWAYS = 4

GROUP_TITLES: dict[PositionGroupName, str] = {
    "belligerents": "Belligerents",
    "mediators": "Mediators",
    "regional_powers_and_backers": "Regional powers and backers",
    "international_organisations": "International organisations",
    "others": "Others",
}
METRIC_ORDER: tuple[str, ...] = get_args(Metric)  # the schema's order: killed first

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


# --- names -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Voice:
    """Who said something: the party it rolls up to, and the person when one spoke."""

    party: str
    speaker: str | None


class _Names:
    """Resolves names through the actor table, falling back on what the extractions say."""

    def __init__(self, actors: ActorTable, extractions: Sequence[Extraction]) -> None:
        self.actors = actors
        # A day repeats the same few names thousands of times: resolve each name once.
        self._party_entries: dict[str, PartyEntry | None] = {}
        self._person_entries: dict[str, PersonEntry | None] = {}
        self._voices: dict[str, Voice] = {}
        self.affiliations: dict[str, str] = {}
        self.extracted_roles: dict[str, tuple[PartyKind, PartyRole]] = {}
        for extraction in extractions:
            for person in extraction.people:
                if person.affiliation:
                    for name in (person.name_as_written, person.canonical_name):
                        if name:
                            self.affiliations.setdefault(name.strip(), person.affiliation)
            for party in extraction.parties:
                self.extracted_roles.setdefault(self.party(party.name), (party.kind, party.role))

    def party_entry(self, name: str) -> PartyEntry | None:
        if name not in self._party_entries:
            self._party_entries[name] = self.actors.resolve_party(name)
        return self._party_entries[name]

    def person_entry(self, name: str) -> PersonEntry | None:
        if name not in self._person_entries:
            self._person_entries[name] = self.actors.resolve_person(name)
        return self._person_entries[name]

    def party(self, name: str) -> str:
        """Canonical party name for a party-like name, else the name as written."""
        entry = self.party_entry(name)
        return entry.name if entry else " ".join(name.split())

    def voice(self, name: str) -> Voice:
        """Who a holder, caller or claimant name stands for (the affiliations must be known)."""
        if name not in self._voices:
            self._voices[name] = self._resolve_voice(name)
        return self._voices[name]

    def _resolve_voice(self, name: str) -> Voice:
        person = self.person_entry(name)
        if person is not None:
            return Voice(
                self.party(person.affiliation) if person.affiliation else person.name, person.name
            )
        party = self.party_entry(name)
        if party is not None:
            return Voice(party.name, None)
        written = " ".join(name.split())
        affiliation = self.affiliations.get(written)
        if affiliation:
            return Voice(self.party(affiliation), written)
        return Voice(written, None)

    def kind_role(self, party: str) -> tuple[PartyKind, PartyRole] | None:
        entry = self.actors.get(party)
        if isinstance(entry, PartyEntry):
            return entry.kind, entry.role
        return self.extracted_roles.get(party)

    def is_belligerent(self, party: str) -> bool:
        kind_role = self.kind_role(party)
        return kind_role is not None and kind_role[1] == "belligerent"


def position_group(kind_role: tuple[PartyKind, PartyRole] | None) -> PositionGroupName:
    if kind_role is None:
        return "others"
    kind, role = kind_role
    if role == "belligerent":
        return "belligerents"
    if role == "mediator":
        return "mediators"
    if role in ("backer", "regional_power"):
        return "regional_powers_and_backers"
    if kind in ("international_organisation", "ngo"):
        return "international_organisations"
    return "others"


# --- small helpers -----------------------------------------------------------------------


def _unique(items: Iterable[T]) -> list[T]:
    """Items in first-seen order without repeats."""
    return list(dict.fromkeys(items))


@dataclass
class _Evidence:
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


def _sources_of(evidence: Iterable[EvidenceRef]) -> list[int]:
    return sorted({ref.source for ref in evidence})


def comparable_value(claim: FigureClaim) -> int | None:
    """The number a claim is compared by: its value, else its bounds."""
    for candidate in (claim.value, claim.low, claim.high):
        if candidate is not None:
            return candidate
    return None


def format_claim(claim: FigureClaim) -> str:
    """'about 200' style text of one claim, the figure as written first."""
    return " / ".join(claim.raw_texts) if claim.raw_texts else str(comparable_value(claim))


def describe_group(group: FigureGroup) -> str:
    """'Armenia: military equipment destroyed (tanks)' for a figure group."""
    whose = group.subject or "unspecified side"
    population = "" if group.population == "unknown" else f"{group.population} "
    metric = group.metric.replace("_", " ")
    equipment = f" ({group.equipment_class})" if group.equipment_class else ""
    return f"{whose}: {population}{metric}{equipment}"


# --- dates -------------------------------------------------------------------------------

_MONTH_DAY_YEAR = re.compile(r"\b([A-Z][a-z]{2,8})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b")
_DAY_MONTH_YEAR = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)? ([A-Z][a-z]{2,8})\.?,? (\d{4})\b")
_ISO_DATE = re.compile(r"(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)")


def _iso(text: str | None) -> str | None:
    try:
        return Date.fromisoformat(text).isoformat() if text else None
    except ValueError:
        return None


def dateline_date(dateline: str | None) -> str | None:
    """ISO date printed in a date line ('Thursday, November 30, 2023'), if any."""
    if not dateline:
        return None
    iso = _ISO_DATE.search(dateline)
    if iso:
        return _iso(iso.group())
    found = _MONTH_DAY_YEAR.search(dateline)
    day_month_year = (found.group(2), found.group(1), found.group(3)) if found else None
    if day_month_year is None and (found := _DAY_MONTH_YEAR.search(dateline)):
        day_month_year = (found.group(1), found.group(2), found.group(3))
    if day_month_year is None:
        return None
    day, month, year = day_month_year
    try:
        return datetime.strptime(f"{day} {month[:3]} {year}", "%d %b %Y").date().isoformat()
    except ValueError:
        return None


def event_day(extraction: Extraction) -> str | None:
    """The day a briefing files an article under: its event date, else its date line's date."""
    article = extraction.article
    return _iso(article.event_date) or dateline_date(article.dateline)


# --- sources -----------------------------------------------------------------------------


def _article_key(extraction: Extraction) -> tuple[str, str]:
    return extraction.article.sha256, extraction.provenance.extractor


def _ordered_unique(extractions: Sequence[Extraction]) -> list[Extraction]:
    """One extraction per article text, in a stable order (outlet, then article id)."""
    unique: dict[tuple[str, str], Extraction] = {}
    for extraction in extractions:
        unique.setdefault(_article_key(extraction), extraction)
    return sorted(
        unique.values(),
        key=lambda e: (e.article.outlet or "", e.article.id, e.article.source, e.article.sha256),
    )


def _source_ref(number: int, extraction: Extraction) -> SourceRef:
    article, provenance = extraction.article, extraction.provenance
    return SourceRef(
        number=number,
        article_id=article.id,
        sha256=article.sha256,
        location=article.source,
        title=article.title,
        outlet=article.outlet,
        dateline=article.dateline,
        event_date=article.event_date,
        extractor=provenance.extractor,
        model=provenance.model,
        prompt_version=provenance.prompt_version,
        live=provenance.live,
        recorded_at=provenance.recorded_at,
    )


def _provenance(extractions: Sequence[Extraction]) -> list[ExtractorUse]:
    counts = Counter(
        (p.extractor, p.model, p.prompt_version, p.live, p.recorded_at)
        for p in (e.provenance for e in extractions)
    )
    return [
        ExtractorUse(
            extractor=extractor,
            model=model,
            prompt_version=prompt,
            live=live,
            recorded_at=recorded,
            articles=count,
        )
        for (extractor, model, prompt, live, recorded), count in sorted(
            counts.items(), key=lambda item: tuple(str(part) for part in item[0])
        )
    ]


# --- parties and people ------------------------------------------------------------------


def _merge_parties(
    numbered: Sequence[tuple[int, Extraction]], names: _Names
) -> list[BriefingParty]:
    merged: dict[str, BriefingParty] = {}
    evidence: dict[str, _Evidence] = {}
    for number, extraction in numbered:
        for party in extraction.parties:
            entry = names.party_entry(party.name)
            name = entry.name if entry else names.party(party.name)
            current = merged.get(name)
            if current is None:
                current = merged[name] = BriefingParty(
                    name=name,
                    kind=entry.kind if entry else party.kind,
                    role=entry.role if entry else party.role,
                    known=entry is not None,
                    surface_forms=[],
                    evidence=[],
                )
                evidence[name] = _Evidence(current.evidence)
            current.surface_forms = _unique([*current.surface_forms, *party.surface_forms])
            evidence[name].add(number, party.evidence, party.span)
    return sorted(merged.values(), key=lambda p: (position_group((p.kind, p.role)), p.name))


def _merge_people(
    numbered: Sequence[tuple[int, Extraction]], names: _Names
) -> list[BriefingPerson]:
    merged: dict[str, BriefingPerson] = {}
    evidence: dict[str, _Evidence] = {}
    for number, extraction in numbered:
        for person in extraction.people:
            written = person.canonical_name or person.name_as_written
            entry = names.person_entry(written) or names.person_entry(person.name_as_written)
            name = entry.name if entry else " ".join(written.split())
            current = merged.get(name)
            if current is None:
                affiliation = (entry.affiliation if entry else None) or person.affiliation
                current = merged[name] = BriefingPerson(
                    name=name,
                    names_as_written=[],
                    title=(entry.title if entry else None) or person.title,
                    party=names.party(affiliation) if affiliation else None,
                    evidence=[],
                )
                evidence[name] = _Evidence(current.evidence)
            current.names_as_written = _unique([*current.names_as_written, person.name_as_written])
            evidence[name].add(number, person.evidence, person.span)
    return sorted(merged.values(), key=lambda p: (p.party or "~", p.name))


# --- positions and ceasefire calls -------------------------------------------------------


def _merge_positions(
    numbered: Sequence[tuple[int, Extraction]], names: _Names
) -> list[PositionGroup]:
    # Only positions with the same holder, target and stance can be the same position.
    buckets: dict[tuple[str, str | None, str], list[tuple[MergedPosition, _Evidence]]] = {}
    merged: list[MergedPosition] = []  # first-seen order, for a stable sort below
    for number, extraction in numbered:
        for position in extraction.positions:
            voice = names.voice(position.holder)
            target = names.voice(position.target).party if position.target else None
            bucket = buckets.setdefault((voice.party, target, position.stance), [])
            same = next(
                (
                    (known, evidence)
                    for known, evidence in bucket
                    if fuzz.token_set_ratio(known.summary, position.summary) >= SAME_POSITION_MIN
                ),
                None,
            )
            if same is None:
                known = MergedPosition(
                    holder=voice.party,
                    speakers=[],
                    target=target,
                    topic=position.topic,
                    stance=position.stance,
                    summary=position.summary,
                    evidence=[],
                )
                same = (known, _Evidence(known.evidence))
                bucket.append(same)
                merged.append(known)
            known, evidence = same
            if voice.speaker:
                known.speakers = _unique([*known.speakers, voice.speaker])
            evidence.add(number, position.evidence, position.span)
    groups: dict[PositionGroupName, list[MergedPosition]] = {}
    for merged_position in merged:
        group = position_group(names.kind_role(merged_position.holder))
        groups.setdefault(group, []).append(merged_position)
    return [
        PositionGroup(
            group=name,
            title=title,
            positions=sorted(groups[name], key=lambda p: (p.holder, -len(p.evidence), p.summary)),
        )
        for name, title in GROUP_TITLES.items()
        if name in groups
    ]


def _merge_ceasefire_calls(
    numbered: Sequence[tuple[int, Extraction]], names: _Names
) -> list[CeasefireEntry]:
    merged: dict[tuple[str, str, tuple[str, ...]], CeasefireEntry] = {}
    evidence: dict[tuple[str, str, tuple[str, ...]], _Evidence] = {}
    for number, extraction in numbered:
        for call in extraction.ceasefire_calls:
            voice = names.voice(call.caller)
            addressees = sorted({names.voice(name).party for name in call.addressees})
            key = (voice.party, call.kind, tuple(addressees))
            entry = merged.get(key)
            if entry is None:
                entry = merged[key] = CeasefireEntry(
                    caller=voice.party,
                    speakers=[],
                    addressees=addressees,
                    kind=call.kind,
                    conditions=[],
                    evidence=[],
                )
                evidence[key] = _Evidence(entry.evidence)
            if voice.speaker:
                entry.speakers = _unique([*entry.speakers, voice.speaker])
            if call.conditions:
                entry.conditions = _unique([*entry.conditions, call.conditions.strip()])
            evidence[key].add(number, call.evidence, call.span)
    return sorted(merged.values(), key=lambda e: (-len(_sources_of(e.evidence)), e.caller, e.kind))


# --- figures -----------------------------------------------------------------------------


@dataclass
class _GroupDraft:
    subject: str | None
    figure: GroundedFigure
    equipment_class: str | None
    claims: dict[tuple[str, int | None, int | None, int | None, str], FigureClaim] = field(
        default_factory=dict
    )
    evidence: dict[tuple[str, int | None, int | None, int | None, str], _Evidence] = field(
        default_factory=dict
    )
    outlets: dict[tuple[str, int | None, int | None, int | None, str], set[str]] = field(
        default_factory=dict
    )


def _equipment_class(figure: GroundedFigure) -> str | None:
    if figure.equipment_class is None:
        return None
    written = " ".join(figure.equipment_class.lower().split())
    return briefing_rules().equipment_classes.get(written, written)


def _group_key(subject: str | None, figure: GroundedFigure, equipment: str | None) -> str:
    parts = (subject or "-", figure.metric, figure.population, equipment or "-")
    return "|".join(parts)


def _finish_group(key: str, draft: _GroupDraft, names: _Names) -> FigureGroup:
    figure = draft.figure
    claims = list(draft.claims.values())
    claimants_by_value: dict[int | None, set[str]] = {}
    for claim in claims:
        claimants_by_value.setdefault(comparable_value(claim), set()).add(claim.claimant)
    for claim_key, claim in draft.claims.items():
        value = comparable_value(claim)
        voices = claimants_by_value[value] - {briefing_rules().unattributed}
        voices |= draft.outlets[claim_key]  # the outlets' own reporting, one voice each
        claim.verification = (
            "corroborated" if value is not None and len(voices) > 1 else ("unverified")
        )
    ordered = sorted(claims, key=lambda c: (c.claimant, comparable_value(c) or 0))
    numeric = [c for c in ordered if comparable_value(c) is not None]
    credible = [c for c in numeric if not c.partisan] or numeric
    headline = min(credible, key=lambda c: comparable_value(c) or 0, default=None)
    distinct_values = {comparable_value(c) for c in numeric}
    distinct_claimants = {c.claimant for c in numeric}
    return FigureGroup(
        key=key,
        subject=draft.subject,
        metric=figure.metric,
        population=figure.population,
        equipment_class=draft.equipment_class,
        time_scope=figure.time_scope,
        claims=ordered,
        headline=headline.model_copy() if headline else None,
        contested=len(distinct_values) > 1 and len(distinct_claimants) > 1,
    )


def _merge_figures(
    numbered: Sequence[tuple[int, Extraction]], names: _Names, time_scope: str
) -> list[FigureGroup]:
    rules = briefing_rules()
    drafts: dict[str, _GroupDraft] = {}
    for number, extraction in numbered:
        for figure in extraction.figures:
            if figure.time_scope != time_scope:
                continue
            subject = names.voice(figure.subject).party if figure.subject else None
            equipment = _equipment_class(figure)
            key = _group_key(subject, figure, equipment)
            draft = drafts.setdefault(key, _GroupDraft(subject, figure, equipment))
            claimant = names.voice(figure.claimant).party if figure.claimant else None
            label = claimant or rules.unattributed
            claim_key = (label, figure.value, figure.low, figure.high, figure.scope)
            claim = draft.claims.get(claim_key)
            if claim is None:
                claim = draft.claims[claim_key] = FigureClaim(
                    claimant=label,
                    claimed_as=[],
                    raw_texts=[],
                    value=figure.value,
                    low=figure.low,
                    high=figure.high,
                    qualifier=figure.qualifier,
                    scope=figure.scope,
                    verification="unverified",
                    partisan=claimant is not None
                    and subject is not None
                    and claimant != subject
                    and names.is_belligerent(claimant),
                    evidence=[],
                )
                draft.evidence[claim_key] = _Evidence(claim.evidence)
            if figure.claimant:
                claim.claimed_as = _unique([*claim.claimed_as, " ".join(figure.claimant.split())])
            claim.raw_texts = _unique([*claim.raw_texts, figure.raw_text.strip()])
            draft.evidence[claim_key].add(number, figure.evidence, figure.span)
            if claimant is None:
                outlet = extraction.article.outlet or extraction.article.id
                draft.outlets.setdefault(claim_key, set()).add(f"outlet:{outlet}")
            else:
                draft.outlets.setdefault(claim_key, set())
    groups = [_finish_group(key, draft, names) for key, draft in drafts.items()]
    return sorted(
        groups,
        key=lambda g: (
            not g.contested,
            METRIC_ORDER.index(g.metric),
            g.subject or "~",
            g.equipment_class or "",
            g.population,
        ),
    )


# --- takeaways, changes, gaps ------------------------------------------------------------


def _claim_phrase(claim: FigureClaim) -> str:
    tags = [
        claim.claimant,
        claim.scope,
        *(["partisan"] if claim.partisan else []),
        claim.verification,
    ]
    return f"{format_claim(claim)} ({'; '.join(tags)})"


def _figure_takeaways(groups: Sequence[FigureGroup]) -> list[Takeaway]:
    takeaways = []
    for group in groups[:MAX_FIGURE_TAKEAWAYS]:
        if group.headline is None:
            continue
        sources = _sources_of(ref for claim in group.claims for ref in claim.evidence)
        headline = _claim_phrase(group.headline)
        if group.contested:
            others = [_claim_phrase(c) for c in group.claims if c != group.headline]
            text = (
                f"{describe_group(group)}: contested; conservative figure {headline}; "
                f"also claimed: {'; '.join(others)}"
            )
        else:
            text = f"{describe_group(group)}: {headline}"
        takeaways.append(Takeaway(kind="figure", text=text, sources=sources))
    return takeaways


def _ceasefire_phrase(entry: CeasefireEntry) -> str:
    who = entry.caller + (f" ({', '.join(entry.speakers)})" if entry.speakers else "")
    whom = ", ".join(entry.addressees)
    conditions = f", on condition: {'; '.join(entry.conditions)}" if entry.conditions else ""
    if entry.kind == "violation_alleged":
        return f"{who} alleged a ceasefire violation" + (f" by {whom}" if whom else "")
    if entry.kind == "agreed":
        return f"{who}: ceasefire agreed" + (f" with {whom}" if whom else "") + conditions
    article = "an" if entry.kind == "immediate" else "a"
    on_whom = f" on {whom}" if whom else ""
    return f"{who} called{on_whom} for {article} {entry.kind} ceasefire{conditions}"


def _takeaways(
    figures: Sequence[FigureGroup],
    calls: Sequence[CeasefireEntry],
    positions: Sequence[PositionGroup],
) -> list[Takeaway]:
    takeaways = _figure_takeaways(figures)
    takeaways += [
        Takeaway(kind="ceasefire", text=_ceasefire_phrase(e), sources=_sources_of(e.evidence))
        for e in calls[:MAX_CEASEFIRE_TAKEAWAYS]
    ]
    for group in positions:
        best = max(group.positions, key=lambda p: len(_sources_of(p.evidence)))
        text = f"{group.title}: {best.holder} ({best.stance}): {best.summary}"
        takeaways.append(Takeaway(kind="position", text=text, sources=_sources_of(best.evidence)))
    return takeaways


def _changes(
    figures: Sequence[FigureGroup],
    calls: Sequence[CeasefireEntry],
    positions: Sequence[PositionGroup],
    previous: Briefing,
) -> list[Change]:
    changes: list[Change] = []
    before: dict[tuple[str, str, str], set[int | None]] = {}
    for group in previous.figures:
        for claim in group.claims:
            key = (group.key, claim.claimant, claim.scope)
            before.setdefault(key, set()).add(comparable_value(claim))
    for group in figures:
        for claim in group.claims:
            sources = _sources_of(claim.evidence)
            earlier = before.get((group.key, claim.claimant, claim.scope))
            phrase = (
                f"{describe_group(group)}: {claim.claimant} claims {format_claim(claim)} "
                f"({claim.scope})"
            )
            if earlier is None:
                changes.append(Change(kind="new_claim", text=phrase, sources=sources))
            elif comparable_value(claim) not in earlier:
                was = ", ".join(str(value) for value in sorted(v for v in earlier if v is not None))
                changes.append(
                    Change(kind="changed_figure", text=f"{phrase} (was {was})", sources=sources)
                )
    known_calls = {(e.caller, e.kind, tuple(e.addressees)) for e in previous.ceasefire_calls}
    changes += [
        Change(
            kind="new_ceasefire_call", text=_ceasefire_phrase(e), sources=_sources_of(e.evidence)
        )
        for e in calls
        if (e.caller, e.kind, tuple(e.addressees)) not in known_calls
    ]
    known_positions = {
        (p.holder, p.target, p.stance) for g in previous.positions for p in g.positions
    }
    changes += [
        Change(
            kind="new_position",
            text=f"{p.holder} ({p.stance}): {p.summary}",
            sources=_sources_of(p.evidence),
        )
        for g in positions
        for p in g.positions
        if (p.holder, p.target, p.stance) not in known_positions
    ]
    return changes


def _gaps(numbered: Sequence[tuple[int, Extraction]], figures: Sequence[FigureGroup]) -> list[str]:
    gaps: list[str] = []
    for number, extraction in numbered:
        article = extraction.article
        gaps += [f"[{number}] {note}" for note in article.quality_notes]
        if article.event_date is None:
            gaps.append(f"[{number}] the date of the events is not known")
        if extraction.rejected:
            gaps.append(
                f"[{number}] {len(extraction.rejected)} extracted item(s) could not be found in "
                "the text and were left out"
            )
    for group in figures:
        if group.claims and all(claim.partisan for claim in group.claims):
            gaps.append(f"{describe_group(group)}: only partisan claims, no independent figure")
    if not figures:
        gaps.append("No current casualty or equipment figures were reported.")
    return gaps


# --- the briefing ------------------------------------------------------------------------


def build_briefing(
    extractions: Sequence[Extraction],
    *,
    date: str | None,
    actors: ActorTable,
    previous: Briefing | None = None,
) -> Briefing:
    """Merge one day's extractions (any order) into a briefing; compare with `previous`."""
    ordered = _ordered_unique(extractions)
    numbered = list(enumerate(ordered, start=1))
    names = _Names(actors, ordered)
    figures = _merge_figures(numbered, names, "current")
    calls = _merge_ceasefire_calls(numbered, names)
    positions = _merge_positions(numbered, names)
    return Briefing(
        date=date,
        previous_date=previous.date if previous else None,
        provenance=_provenance(ordered),
        takeaways=_takeaways(figures, calls, positions),
        figures=figures,
        context_figures=_merge_figures(numbered, names, "historical"),
        ceasefire_calls=calls,
        positions=positions,
        parties=_merge_parties(numbered, names),
        people=_merge_people(numbered, names),
        changes=_changes(figures, calls, positions, previous) if previous else [],
        gaps=_gaps(numbered, figures),
        sources=[_source_ref(number, extraction) for number, extraction in numbered],
    )


def briefings_by_date(
    extractions: Sequence[Extraction],
    *,
    actors: ActorTable,
    date_of: Callable[[Extraction], str | None],
    only: str | None = None,
) -> list[Briefing]:
    """One briefing per date (undated last), each compared with the previous dated day."""
    by_date: dict[str | None, list[Extraction]] = {}
    for extraction in extractions:
        by_date.setdefault(date_of(extraction), []).append(extraction)
    dates = sorted(d for d in by_date if d is not None)
    briefings: list[Briefing] = []
    previous: Briefing | None = None
    for day in dates:
        briefing = build_briefing(by_date[day], date=day, actors=actors, previous=previous)
        if only is None or day == only:
            briefings.append(briefing)
        previous = briefing
    if None in by_date and only is None:
        briefings.append(build_briefing(by_date[None], date=None, actors=actors))
    return briefings
