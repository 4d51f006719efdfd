"""Synthetic inputs for the benchmarks: distinct article files, and stored extractions.

Everything is built through the schema (`summarize.schema`), so a benchmark never measures data
the pipeline could not have produced. Generation is seeded: the same seed gives the same data.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import get_args

from summarize.actors import ActorTable, PartyEntry, PersonEntry
from summarize.schema import (
    ArticleMeta,
    CeasefireKind,
    Extraction,
    FigureScope,
    GroundedCeasefireCall,
    GroundedFigure,
    GroundedParty,
    GroundedPerson,
    GroundedPosition,
    Metric,
    Population,
    Provenance,
    Qualifier,
    Span,
    Stance,
    Usage,
)

SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"
SYNTHETIC_DATE = "2020-10-12"
TOPICS = ("ceasefire", "peace talks", "shelling of civilians", "foreign fighters", "drone strikes")
EQUIPMENT = ("tanks", "drones", "artillery", "armoured vehicles", None)
# Values per (subject, metric) are drawn from a few candidates, so outlets often repeat the same
# claim (corroborated) and claimants often disagree (contested), as in real coverage.
FIGURE_VALUES = (12, 40, 54, 158, 200, 370, 400, 710, 5000)


# --- synthetic extractions -----------------------------------------------------------------


@dataclass
class _Writer:
    """Builds an article's text sentence by sentence and hands back each sentence's span."""

    parts: list[str]
    length: int = 0

    def sentence(self, text: str) -> tuple[str, Span]:
        if self.parts:
            self.parts.append(" ")
            self.length += 1
        start = self.length
        self.parts.append(text)
        self.length += len(text)
        return text, Span(start=start, end=self.length, status="exact", score=1.0)

    def text(self) -> str:
        return "".join(self.parts)


@dataclass(frozen=True)
class _Cast:
    belligerents: tuple[PartyEntry, ...]
    others: tuple[PartyEntry, ...]
    people: tuple[PersonEntry, ...]


def _cast(actors: ActorTable) -> _Cast:
    belligerents = tuple(p for p in actors.parties if p.role == "belligerent")
    others = tuple(p for p in actors.parties if p.role != "belligerent")
    return _Cast(belligerents, others, actors.people)


def _misspelt(name: str, rng: random.Random) -> str:
    """A machine-translation style misspelling now and then ("Lavrov" -> "Lavro")."""
    if rng.random() > 0.15 or len(name) < 6:
        return name
    cut = rng.randrange(1, len(name) - 1)
    return name[:cut] + name[cut + 1 :]


def _parties(cast: _Cast, rng: random.Random, writer: _Writer) -> list[GroundedParty]:
    chosen = rng.sample(cast.belligerents, k=min(2, len(cast.belligerents)))
    chosen += rng.sample(cast.others, k=rng.randint(0, 3))
    parties = []
    for party in chosen:
        surface = rng.choice(party.surfaces())
        quote, span = writer.sentence(f"{surface} issued a statement on the fighting.")
        parties.append(
            GroundedParty(
                name=party.name,
                surface_forms=[surface],
                kind=party.kind,
                role=party.role,
                evidence=quote,
                span=span,
            )
        )
    if rng.random() < 0.2:  # a party the actor table does not know
        name = f"Volunteer Battalion {rng.randint(1, 40)}"
        quote, span = writer.sentence(f"{name} said it had joined the fighting.")
        parties.append(
            GroundedParty(
                name=name,
                surface_forms=[name],
                kind="armed_group",
                role="belligerent",
                evidence=quote,
                span=span,
            )
        )
    return parties


def _people(cast: _Cast, rng: random.Random, writer: _Writer) -> list[GroundedPerson]:
    people = []
    for person in rng.sample(cast.people, k=rng.randint(0, 3)):
        written = _misspelt(person.name, rng)
        quote, span = writer.sentence(f"{written}, {person.title or 'an official'}, spoke today.")
        people.append(
            GroundedPerson(
                name_as_written=written,
                canonical_name=person.name if written != person.name else None,
                affiliation=person.affiliation,
                title=person.title,
                evidence=quote,
                span=span,
            )
        )
    return people


def _positions(cast: _Cast, rng: random.Random, writer: _Writer) -> list[GroundedPosition]:
    positions = []
    speakers = [p.name for p in (*cast.belligerents, *cast.others)] + [p.name for p in cast.people]
    for _ in range(rng.randint(1, 4)):
        holder = rng.choice(speakers)
        target = rng.choice(cast.belligerents).name
        stance: Stance = rng.choice(get_args(Stance))
        topic = rng.choice(TOPICS)
        quote, span = writer.sentence(f"{holder} took a position on {topic} towards {target}.")
        positions.append(
            GroundedPosition(
                holder=holder,
                target=target,
                topic=topic,
                stance=stance,
                summary=f"{holder} {stance}s {target} over {topic}",
                evidence=quote,
                span=span,
            )
        )
    return positions


def _ceasefire_calls(
    cast: _Cast, rng: random.Random, writer: _Writer
) -> list[GroundedCeasefireCall]:
    calls = []
    for _ in range(rng.randint(0, 2)):
        caller = rng.choice(cast.others).name
        kind: CeasefireKind = rng.choice(get_args(CeasefireKind))
        conditions = "only if troops withdraw" if kind == "conditional" else None
        quote, span = writer.sentence(f"{caller} called for a {kind} ceasefire.")
        calls.append(
            GroundedCeasefireCall(
                caller=caller,
                addressees=[p.name for p in cast.belligerents],
                kind=kind,
                conditions=conditions,
                evidence=quote,
                span=span,
            )
        )
    return calls


def _figures(cast: _Cast, rng: random.Random, writer: _Writer) -> list[GroundedFigure]:
    figures = []
    claimants: list[str | None] = [*(p.name for p in cast.belligerents), None, "ICRC"]
    for _ in range(rng.randint(1, 5)):
        metric: Metric = rng.choice(get_args(Metric))
        population: Population = rng.choice(get_args(Population))
        value = rng.choice(FIGURE_VALUES)
        qualifier: Qualifier = rng.choice(("exact", "at_least", "approximately"))
        scope: FigureScope = rng.choice(get_args(FigureScope))
        claimant = rng.choice(claimants)
        subject = rng.choice(cast.belligerents).name
        equipment = rng.choice(EQUIPMENT) if metric == "equipment_destroyed" else None
        raw = f"{value:,}"
        quote, span = writer.sentence(f"{claimant or 'Officials'} reported {raw} {metric}.")
        figures.append(
            GroundedFigure(
                claimant=claimant,
                subject=subject,
                metric=metric,
                equipment_class=equipment,
                population=population,
                raw_text=raw,
                value=value,
                low=None,
                high=None,
                qualifier=qualifier,
                scope=scope,
                time_scope="historical" if rng.random() < 0.05 else "current",
                evidence=quote,
                span=span,
            )
        )
    return figures


def synthetic_extraction(
    index: int, cast: _Cast, rng: random.Random, outlets: Sequence[str]
) -> tuple[Extraction, str]:
    """One article's extraction and the article text every span points into."""
    writer = _Writer(parts=[])
    writer.sentence(f"Synthetic report number {index}.")
    parties = _parties(cast, rng, writer)
    people = _people(cast, rng, writer)
    positions = _positions(cast, rng, writer)
    calls = _ceasefire_calls(cast, rng, writer)
    figures = _figures(cast, rng, writer)
    text = writer.text()
    article = ArticleMeta(
        id=f"synthetic_{index:05d}",
        source=f"synthetic/{index:05d}.txt",
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        title=f"Synthetic report number {index}",
        outlet=rng.choice(outlets),
        dateline=None,
        event_date=SYNTHETIC_DATE,
        quality_notes=[],
    )
    provenance = Provenance(
        extractor="rules",
        model=None,
        prompt_version=None,
        live=True,
        recorded_at=None,
        usage=Usage(),
    )
    extraction = Extraction(
        article=article,
        parties=parties,
        people=people,
        positions=positions,
        ceasefire_calls=calls,
        figures=figures,
        rejected=[],
        provenance=provenance,
    )
    return extraction, text


def synthetic_extractions(
    count: int, actors: ActorTable, seed: int = 7
) -> Iterator[tuple[Extraction, str]]:
    """`count` extractions with realistic mixes of parties, people, figures and claimants."""
    rng = random.Random(seed)
    cast = _cast(actors)
    outlets = [f"Outlet {number}" for number in range(1, 41)]
    for index in range(count):
        yield synthetic_extraction(index, cast, rng, outlets)
