"""Which conflict an article is about, from the parties it names and the places it mentions.

The conflicts, their canonical names (the ones `prompts/conventions.md` lists for
`meta.conflict`), their belligerents and the place names that point at them live in
`summarize/data/conflicts.toml`, so users extend them without code.
"""

from __future__ import annotations

import functools
import tomllib
from collections import defaultdict
from collections.abc import Collection, Sequence
from datetime import date
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, model_validator

from summarize.phrases import PhraseMatcher

CONFLICTS_PATH = Path(__file__).resolve().parent / "data" / "conflicts.toml"
# Stories of the build-up before a war's first day (troops massing, ultimatums) still belong to it.
PRE_WAR_DAYS = 92
# Stories of a war's aftermath (the truce's first months, prisoner swaps) still belong to it.
POST_WAR_DAYS = 365


class Phase(BaseModel):
    """One major escalation of a conflict: first day, last day (None while it goes on)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1)
    start: date
    end: date | None = None
    places: tuple[str, ...] = ()  # when set, the phase applies only to texts naming one of them
    cues: tuple[str, ...] = ()  # names particular to this phase ("Operation Sindoor")

    @model_validator(mode="after")
    def _ordered(self) -> Phase:
        if self.end is not None and self.end < self.start:
            raise ValueError(f"phase {self.name!r} ends before it starts")
        return self


class Conflict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1)
    belligerents: tuple[str, ...] = ()
    # Who fights whom: parties in one camp (belligerents and their allies) fight on one side.
    camps: tuple[tuple[str, ...], ...] = ()
    places: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    phases: tuple[Phase, ...] = ()
    # The first and last day of the conflict as tabled (its belligerents and camps): a story of
    # earlier or later events (Darfur in 2004, not the SAF-RSF war of 2023) is about another war.
    since: date | None = None
    until: date | None = None

    @model_validator(mode="after")
    def _phases_inside(self) -> Conflict:
        if self.since is not None and any(p.start < self.since for p in self.phases):
            raise ValueError(f"{self.name}: a phase starts before the conflict ({self.since})")
        if self.until is not None and any(p.end is None or p.end > self.until for p in self.phases):
            raise ValueError(f"{self.name}: a phase ends after the conflict ({self.until})")
        return self

    def out_of_time(self, earliest: date, latest: date) -> bool:
        """Whether events of `earliest` to `latest` fall well outside the conflict: more than a
        pre-war season before its first day, or more than a year after its last."""
        before = self.since is not None and (self.since - latest).days > PRE_WAR_DAYS
        after = self.until is not None and (earliest - self.until).days > POST_WAR_DAYS
        return before or after

    @model_validator(mode="after")
    def _one_camp_each(self) -> Conflict:
        seen: set[str] = set()
        for camp in self.camps:
            for name in camp:
                if name in seen:
                    raise ValueError(f"{self.name}: {name!r} is in two camps")
                seen.add(name)
        return self

    @functools.cached_property
    def camp_of(self) -> dict[str, int]:
        """Each party of a camp, and which camp it is in."""
        return {name: at for at, camp in enumerate(self.camps) for name in camp}

    def opposed(self, first: str, second: str) -> bool | None:
        """Whether the two fight on opposite sides; None when a camp is unknown."""
        if first not in self.camp_of or second not in self.camp_of:
            return None
        return self.camp_of[first] != self.camp_of[second]


class _ConflictFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    conflict: list[Conflict] = []


@functools.cache
def load_conflicts(path: Path = CONFLICTS_PATH) -> tuple[Conflict, ...]:
    data = _ConflictFile.model_validate(tomllib.loads(path.read_text(encoding="utf-8")))
    return tuple(data.conflict)


def find_conflict(name: str | None, conflicts: Sequence[Conflict] | None = None) -> Conflict | None:
    """The conflict called `name` (its canonical name, case-insensitive), if the table has it."""
    if not name:
        return None
    table = conflicts if conflicts is not None else load_conflicts()
    wanted = name.casefold()
    return next((conflict for conflict in table if conflict.name.casefold() == wanted), None)


def _key(cue: str) -> str:
    return " ".join(cue.casefold().replace("-", " ").split())


_CueIndex = tuple[PhraseMatcher, dict[str, frozenset[int]]]


@functools.cache
def _shipped_cue_index() -> _CueIndex:
    """The shipped table's index, built once: looking it up by the table itself would hash a
    tuple of pydantic models on every article, which cost more than reading the article's cues."""
    return _build_cue_index(load_conflicts())


@functools.cache
def _build_cue_index(conflicts: tuple[Conflict, ...]) -> _CueIndex:
    """One matcher for every conflict's places and keywords, and which conflicts each points at."""
    owners: dict[str, set[int]] = defaultdict(set)
    for index, conflict in enumerate(conflicts):
        for cue in (*conflict.places, *conflict.keywords):
            owners[_key(cue)].add(index)
    cues = [cue for conflict in conflicts for cue in (*conflict.places, *conflict.keywords)]
    return PhraseMatcher(cues), {key: frozenset(found) for key, found in owners.items()}


def conflict_scores(
    text: str,
    party_names: Sequence[str],
    conflicts: Sequence[Conflict] | None = None,
    *,
    regions: Sequence[tuple[int, int]] | None = None,
) -> dict[str, int]:
    """Each conflict's score: 2 per belligerent named, 1 per distinct place or keyword found in
    `regions` of the text (start, end; default: all of it)."""
    evidence = _evidence(text, party_names, (), conflicts, regions)
    return {name: score for name, (score, _) in evidence}


def _evidence(
    text: str,
    party_names: Sequence[str],
    states: Collection[str],
    conflicts: Sequence[Conflict] | None,
    regions: Sequence[tuple[int, int]] | None,
) -> list[tuple[str, tuple[int, int]]]:
    """Each conflict's (score, cues): its score as in conflict_scores, and its cues, where a
    belligerent named counts 2 (1 when it is one of `states`) and a place or keyword 1."""
    table = tuple(conflicts) if conflicts is not None else load_conflicts()
    named = set(party_names)
    places = [0] * len(table)
    matcher, owners = _shipped_cue_index() if conflicts is None else _build_cue_index(table)
    seen = {
        _key(match.group())
        for start, end in (regions if regions is not None else [(0, len(text))])
        for match in matcher.finditer(text, start, end)
    }
    for cue in seen:
        for index in owners.get(cue, ()):
            places[index] += 1
    found = []
    for conflict, place_count in zip(table, places, strict=True):
        sides = [party for party in conflict.belligerents if party in named]
        side_cues = sum(1 if party in states else 2 for party in sides)
        found.append((conflict.name, (2 * len(sides) + place_count, side_cues + place_count)))
    return found


def detect_conflict(
    text: str,
    party_names: Sequence[str],
    conflicts: Sequence[Conflict] | None = None,
    *,
    regions: Sequence[tuple[int, int]] | None = None,
    states: Collection[str] = (),
    exclude: Collection[str] = (),
) -> str | None:
    """The conflict whose belligerents and places the text names most; None when nothing fits.

    A belligerent named counts 2, each place or keyword mention 1 (once per cue), so one
    passing mention of another war does not win over the story's own. A belligerent named
    decides alone, unless it is one of `states`: a state that fights in one listed war (India,
    Russia, the United States) is named in stories about many others, so it needs a second
    cue. Ties go to the conflict listed first in the data file. Conflicts in `exclude` (ruled
    out by the story's date) are passed over.
    """
    best: tuple[int, str] | None = None
    for name, (score, cues) in _evidence(text, party_names, states, conflicts, regions):
        if cues >= 2 and name not in exclude and (best is None or score > best[0]):
            best = (score, name)
    return best[1] if best else None
