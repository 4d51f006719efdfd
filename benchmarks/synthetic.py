"""Synthetic stored extractions for the merge and render benchmark (benchmarks/merge_bench.py).

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
from summarize.conflicts import find_conflict
from summarize.schema import (
    ArticleMeta,
    CeasefireAct,
    CeasefireType,
    Extraction,
    FigureScope,
    GroundedCeasefireCall,
    GroundedFigure,
    GroundedParty,
    GroundedPerson,
    GroundedPosition,
    Metric,
    PartyKind,
    PartyRole,
    Population,
    Provenance,
    Qualifier,
    Span,
    Stance,
    Usage,
)

SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"
SYNTHETIC_DATE = "2020-10-12"
# Every synthetic article is about one conflict, as a day's briefing is: its belligerents come
# from data/conflicts.toml, the other parties from those with a role in it and a few bodies
# that comment on any war.
SYNTHETIC_CONFLICT = "Nagorno-Karabakh"
BYSTANDERS = (
    "United Nations",
    "OSCE Minsk Group",
    "European Union",
    "International Committee of the Red Cross",
    "Human Rights Watch",
)
ICRC = "International Committee of the Red Cross"
TOPICS = ("ceasefire", "peace talks", "shelling of civilians", "foreign fighters", "drone strikes")
EQUIPMENT = ("tanks", "drones", "artillery", "armoured vehicles", None)
# Values per (subjects, metric) are drawn from a few candidates, so outlets often repeat the
# same claim (corroborated) and claimants often disagree (contested), as in real coverage.
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
    conflict: str
    belligerents: tuple[PartyEntry, ...]
    others: tuple[PartyEntry, ...]
    people: tuple[PersonEntry, ...]


def _cast(actors: ActorTable, conflict_name: str = SYNTHETIC_CONFLICT) -> _Cast:
    """The conflict's belligerents, the parties around it, and the people who speak for them."""
    conflict = find_conflict(conflict_name)
    if conflict is None:
        raise ValueError(f"no conflict {conflict_name!r} in data/conflicts.toml")
    belligerents = tuple(
        party for name in conflict.belligerents if (party := actors.resolve_party(name))
    )
    named = {party.name for party in belligerents}
    others = tuple(
        party
        for party in actors.parties
        if party.name not in named
        and (dict(party.roles).get(conflict.name) or party.name in BYSTANDERS)
    )
    speaking = named | {party.name for party in others}
    people = tuple(person for person in actors.people if person.affiliation in speaking)
    if not belligerents or not others or not people:
        raise ValueError(f"the actor table has too few actors around {conflict.name!r}")
    return _Cast(conflict.name, belligerents, others, people)


def _misspelt(name: str, rng: random.Random) -> str:
    """A machine-translation style misspelling now and then ("Lavrov" -> "Lavov")."""
    if rng.random() > 0.15 or len(name) < 6:
        return name
    cut = rng.randrange(1, len(name) - 1)
    return name[:cut] + name[cut + 1 :]


def _party(
    writer: _Writer, name: str, surface: str, kind: PartyKind, role: PartyRole
) -> GroundedParty:
    quote, span = writer.sentence(f"{surface} issued a statement on the fighting.")
    return GroundedParty(
        name=name, surface_forms=[surface], kind=kind, role=role, evidence=quote, span=span
    )


def _parties(cast: _Cast, rng: random.Random, writer: _Writer) -> list[GroundedParty]:
    """Every belligerent, 0-3 other parties, and now and then one the actor table lacks."""
    chosen = [*cast.belligerents, *rng.sample(cast.others, k=rng.randint(0, 3))]
    parties = [
        _party(writer, p.name, rng.choice(p.surfaces()), p.kind, p.role_in(cast.conflict))
        for p in chosen
    ]
    if rng.random() < 0.2:  # a party the actor table does not know
        name = f"Volunteer Battalion {rng.randint(1, 40)}"
        parties.append(_party(writer, name, name, "armed_group", "belligerent"))
    return parties


def _people(
    cast: _Cast, rng: random.Random, writer: _Writer, declared: set[str]
) -> list[GroundedPerson]:
    """0-3 people who speak for a declared party, the name sometimes misspelt as written."""
    pool = [person for person in cast.people if person.affiliation in declared]
    people = []
    for person in rng.sample(pool, k=min(rng.randint(0, 3), len(pool))):
        written = _misspelt(person.name, rng)
        quote, span = writer.sentence(f"{written}, {person.title or 'an official'}, spoke today.")
        people.append(
            GroundedPerson(
                name_as_written=written,
                canonical_name=person.name,
                affiliation=person.affiliation,
                title=person.title,
                evidence=quote,
                span=span,
            )
        )
    return people


def _speaker(party: str, people: Sequence[GroundedPerson], rng: random.Random) -> str | None:
    """Half the time, a declared person who speaks for `party` (if any) voiced it."""
    voices = [person.canonical_name for person in people if person.affiliation == party]
    return rng.choice(voices) if voices and rng.random() < 0.5 else None


def _positions(
    cast: _Cast,
    rng: random.Random,
    writer: _Writer,
    parties: Sequence[GroundedParty],
    people: Sequence[GroundedPerson],
) -> list[GroundedPosition]:
    positions = []
    for _ in range(rng.randint(1, 4)):
        holder = rng.choice(parties).name
        targets = [p.name for p in cast.belligerents if p.name != holder][: rng.randint(0, 2)]
        stance: Stance = rng.choice(get_args(Stance))
        topic = rng.choice(TOPICS)
        towards = f" towards {', '.join(targets)}" if targets else ""
        quote, span = writer.sentence(f"{holder} took a position on {topic}{towards}.")
        positions.append(
            GroundedPosition(
                holder=holder,
                speaker=_speaker(holder, people, rng),
                targets=targets,
                stance=stance,
                topic=topic,
                summary=f"{holder}: {stance} on {topic}",
                evidence=quote,
                span=span,
            )
        )
    return positions


def _ceasefire_calls(
    cast: _Cast,
    rng: random.Random,
    writer: _Writer,
    parties: Sequence[GroundedParty],
    people: Sequence[GroundedPerson],
) -> list[GroundedCeasefireCall]:
    calls = []
    belligerents = [p.name for p in cast.belligerents]
    outsiders = [p.name for p in parties if p.name not in belligerents] or belligerents
    mediators = [p.name for p in parties if p.role == "mediator"]
    for _ in range(rng.randint(0, 2)):
        act: CeasefireAct = rng.choice(get_args(CeasefireAct))
        kind: CeasefireType = rng.choice(get_args(CeasefireType))
        if act in ("call", "offer"):
            actors, addressees = [rng.choice(outsiders)], belligerents
        elif act == "violation_alleged":
            actors = [rng.choice(belligerents)]
            addressees = [name for name in belligerents if name != actors[0]][:1]
        elif act == "agree":
            actors, addressees = belligerents, []
        else:  # accept, declare, reject: one side
            actors, addressees = [rng.choice(belligerents)], []
        conditions = "only if troops withdraw" if kind == "conditional" else None
        quote, span = writer.sentence(f"{actors[0]} ({act}) a {kind} ceasefire.")
        calls.append(
            GroundedCeasefireCall(
                act=act,
                type=kind,
                actors=actors,
                speaker=_speaker(actors[0], people, rng),
                addressees=addressees,
                mediators=mediators[:1] if act == "agree" else [],
                conditions=conditions,
                time_scope="historical" if rng.random() < 0.05 else "current",
                evidence=quote,
                span=span,
            )
        )
    return calls


def _figures(
    cast: _Cast,
    rng: random.Random,
    writer: _Writer,
    parties: list[GroundedParty],
    people: Sequence[GroundedPerson],
) -> list[GroundedFigure]:
    """1-5 figures claimed by a belligerent, stated in the outlet's own voice, or by the ICRC
    (declared as a party of the article when it is first quoted)."""
    figures = []
    claimants: list[str | None] = [*(p.name for p in cast.belligerents), None, ICRC]
    for _ in range(rng.randint(1, 5)):
        metric: Metric = rng.choice(get_args(Metric))
        population: Population = rng.choice(get_args(Population))
        value = rng.choice(FIGURE_VALUES)
        qualifier: Qualifier = rng.choice(("exact", "at_least", "approximately"))
        scope: FigureScope = rng.choice(get_args(FigureScope))
        claimant = rng.choice(claimants)
        if claimant == ICRC and all(party.name != ICRC for party in parties):
            parties.append(
                _party(writer, ICRC, "ICRC", "humanitarian_organisation", "humanitarian")
            )
        subject = rng.choice(cast.belligerents).name
        equipment = rng.choice(EQUIPMENT) if metric == "equipment_destroyed" else None
        raw = f"{value:,}"
        quote, span = writer.sentence(f"{claimant or 'Officials'} reported {raw} {metric}.")
        figures.append(
            GroundedFigure(
                claimant=claimant,
                speaker=_speaker(claimant, people, rng) if claimant else None,
                source_as_written=None,
                subjects=[subject],
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
    people = _people(cast, rng, writer, {party.name for party in parties})
    positions = _positions(cast, rng, writer, parties, people)
    calls = _ceasefire_calls(cast, rng, writer, parties, people)
    figures = _figures(cast, rng, writer, parties, people)
    text = writer.text()
    article = ArticleMeta(
        id=f"synthetic_{index:05d}",
        source=f"synthetic/{index:05d}.txt",
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        title=f"Synthetic report number {index}",
        outlet=rng.choice(outlets),
        dateline=None,
        event_date=SYNTHETIC_DATE,
        conflict=cast.conflict,
        quality_notes=[],
        language="en",
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
