"""The actor table: canonical parties and people, and how the press names them.

Built from `summarize/data/actors.toml`, then files listed in `SUMMARIZE_ACTORS`
(os.pathsep-separated), then files passed explicitly; a later entry with the same canonical name
replaces an earlier one. Names resolve exactly (case- and accent-insensitive) first, then by a
name-aware fuzzy match meant for machine-translated spellings ("Zhihun Piramov").
"""

from __future__ import annotations

import functools
import os
import re
import tomllib
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from rapidfuzz import fuzz, process

from summarize.errors import InputError
from summarize.phrases import PhraseMatcher
from summarize.schema import PartyKind, PartyRole

ACTORS_ENV = "SUMMARIZE_ACTORS"
BUILTIN_ACTORS = Path(__file__).resolve().parent / "data" / "actors.toml"


class _Entry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PartyEntry(_Entry):
    name: str = Field(min_length=1)
    kind: PartyKind
    # The role where no conflict-specific one is known; `roles` maps a conflict name (as in
    # data/conflicts.toml) to the party's role in that conflict.
    role: PartyRole = "observer"
    roles: tuple[tuple[str, PartyRole], ...] = ()
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()

    def surfaces(self) -> tuple[str, ...]:
        return (self.name, *self.aliases, *self.demonyms, *self.metonyms)

    @field_validator("roles", mode="before")
    @classmethod
    def _roles_from_table(cls, value: Any) -> Any:
        # TOML writes them as an inline table; kept as pairs so the entry stays hashable.
        return tuple(value.items()) if isinstance(value, dict) else value

    def role_in(self, conflict: str | None) -> PartyRole:
        """The party's role in `conflict`, else its default role."""
        return dict(self.roles).get(conflict or "", self.role)


class PersonEntry(_Entry):
    name: str = Field(min_length=1)
    affiliation: str | None = None
    title: str | None = None
    aliases: tuple[str, ...] = ()

    def surfaces(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


Entry = PartyEntry | PersonEntry


class MatchingRules(_Entry):
    """How fuzzy person matching folds spellings; see `[matching]` in actors.toml."""

    variants: tuple[tuple[str, str], ...] = ()
    surname_min: float = Field(default=0.8, ge=0, le=1)
    given_min: float = Field(default=0.6, ge=0, le=1)
    mean_min: float = Field(default=0.8, ge=0, le=1)
    party_min: float = Field(default=0.9, ge=0, le=1)


class _ActorFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    party: list[PartyEntry] = []
    person: list[PersonEntry] = []
    matching: MatchingRules | None = None


@dataclass(frozen=True)
class Mention:
    """One place in a text where an actor is named."""

    start: int
    end: int
    surface: str
    entry: Entry


@functools.lru_cache(maxsize=65536)
def plain(name: str) -> str:
    """Casefolded, accents stripped, apostrophes, hyphens and runs of space normalised."""
    decomposed = unicodedata.normalize("NFKD", name.replace("’", "'").replace("-", " "))
    stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(stripped.casefold().split())


def _read_actor_file(path: Path) -> _ActorFile:
    try:
        raw: dict[str, Any] = tomllib.loads(path.read_text(encoding="utf-8"))
        return _ActorFile.model_validate(raw)
    except OSError as error:
        raise InputError(f"cannot read actor file {path}: {error.strerror or error}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise InputError(f"actor file {path} is not valid TOML: {error}") from None
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise InputError(f"actor file {path}: {where}: {first['msg']}") from None


def env_actor_files() -> list[Path]:
    value = os.environ.get(ACTORS_ENV, "")
    return [Path(part) for part in value.split(os.pathsep) if part.strip()]


class ActorTable:
    """Parties and people with their surface forms; resolves and finds names."""

    def __init__(
        self,
        parties: Iterable[PartyEntry],
        people: Iterable[PersonEntry],
        matching: MatchingRules | None = None,
    ) -> None:
        self.parties: tuple[PartyEntry, ...] = tuple(parties)
        self.people: tuple[PersonEntry, ...] = tuple(people)
        self.matching = matching or MatchingRules()
        self.entries: tuple[Entry, ...] = (*self.parties, *self.people)
        self._exact: dict[str, Entry] = {}
        self._exact_cased: dict[str, Entry] = {}  # acronyms: "US" is a party, "us" is not
        for entry in self.entries:
            for surface in entry.surfaces():
                if _is_acronym(surface):
                    self._exact_cased.setdefault(surface, entry)
                else:
                    self._exact.setdefault(plain(surface), entry)
        self._by_name: dict[str, Entry] = {e.name: e for e in self.entries}
        self._party_keys = {
            self._fold_token(plain(s)): p for p in self.parties for s in p.surfaces()
        }
        self._person_names = [
            (self._fold_name(surface), person)
            for person in self.people
            for surface in person.surfaces()
            if len(surface.split()) >= 2
        ]
        self._surnames = [known[-1] for known, _ in self._person_names]
        self._mention_patterns = self._compile_mentions()

    # --- loading -------------------------------------------------------------------------

    @classmethod
    def load(cls, extra: Sequence[Path] = ()) -> ActorTable:
        """The built-in table, then SUMMARIZE_ACTORS files, then `extra`; later names win."""
        parties: dict[str, PartyEntry] = {}
        people: dict[str, PersonEntry] = {}
        matching: MatchingRules | None = None
        for path in (BUILTIN_ACTORS, *env_actor_files(), *extra):
            actor_file = _read_actor_file(Path(path))
            parties.update((p.name, p) for p in actor_file.party)
            people.update((p.name, p) for p in actor_file.person)
            matching = actor_file.matching or matching
        return cls(parties.values(), people.values(), matching)

    # --- resolving names -----------------------------------------------------------------

    def get(self, canonical_name: str) -> Entry | None:
        return self._by_name.get(canonical_name)

    def _lookup(self, surface: str) -> Entry | None:
        return self._exact.get(plain(surface)) or self._exact_cased.get(surface.strip())

    def resolve_party(self, name: str) -> PartyEntry | None:
        """Exact alias, then the only party named inside the phrase, then a close spelling."""
        exact = self._lookup(name)
        if isinstance(exact, PartyEntry):
            return exact
        if isinstance(exact, PersonEntry):
            return None
        named = {m.entry.name: m.entry for m in self.find_mentions(name)}
        if len(named) == 1:
            (only,) = named.values()
            return only if isinstance(only, PartyEntry) else None
        if named:
            return None
        return self._fuzzy_party(plain(name))

    def resolve_person(self, name: str) -> PersonEntry | None:
        """Exact alias, then a token-by-token fuzzy match of full names (never a lone surname)."""
        exact = self._lookup(name)
        if isinstance(exact, PersonEntry):
            return exact
        if exact is not None:
            return None
        return self._fuzzy_person(name)

    def resolve(self, name: str) -> Entry | None:
        return self.resolve_person(name) or self.resolve_party(name)

    def canonical(self, name: str) -> str:
        entry = self.resolve(name)
        return entry.name if entry else name.strip()

    def party_of(self, name: str) -> str | None:
        """A person's affiliation, a party's own canonical name, None when unknown."""
        entry = self.resolve(name)
        if isinstance(entry, PersonEntry):
            return entry.affiliation
        return entry.name if entry else None

    # --- fuzzy matching ------------------------------------------------------------------

    def _fold_token(self, token: str) -> str:
        """Collapse transliteration variants so 'Zhihun' and 'Jeyhun' come close."""
        letters = "".join(char for char in token if char.isalpha())
        for written, folded in self.matching.variants:
            letters = letters.replace(written, folded)
        # 'h' after the first letter is the least stable letter across transliterations.
        letters = letters[:1] + letters[1:].replace("h", "")
        return re.sub(r"(.)\1+", r"\1", letters)

    def _fold_name(self, name: str) -> tuple[str, ...]:
        return tuple(self._fold_token(token) for token in plain(name).split())

    def _name_score(self, query: tuple[str, ...], known: tuple[str, ...]) -> float:
        if len(query) != len(known) or len(query) < 2:
            return 0.0
        scores = [fuzz.ratio(a, b) / 100 for a, b in zip(query, known, strict=True)]
        rules = self.matching
        if scores[-1] < rules.surname_min or min(scores[:-1]) < rules.given_min:
            return 0.0
        mean = sum(scores) / len(scores)
        return mean if mean >= rules.mean_min else 0.0

    def _fuzzy_person(self, name: str) -> PersonEntry | None:
        query = self._fold_name(name)
        if len(query) < 2:
            return None
        best: tuple[float, PersonEntry | None] = (0.0, None)
        # Only names whose surname is close enough can match: find those first, in C.
        close = process.extract(
            query[-1],
            self._surnames,
            scorer=fuzz.ratio,
            score_cutoff=self.matching.surname_min * 100,
            limit=None,
        )
        for _, _, position in sorted(close, key=lambda found: found[2]):
            known, person = self._person_names[position]
            score = self._name_score(query, known)
            if score > best[0]:
                best = (score, person)
        return best[1]

    def _fuzzy_party(self, key: str) -> PartyEntry | None:
        folded = self._fold_token(key)
        if len(folded) < 5:
            return None
        match = process.extractOne(
            folded,
            self._party_keys.keys(),
            scorer=fuzz.ratio,
            score_cutoff=self.matching.party_min * 100,
        )
        return self._party_keys[match[0]] if match else None

    # --- finding mentions in text --------------------------------------------------------

    def _compile_mentions(self) -> tuple[PhraseMatcher, PhraseMatcher]:
        """One case-insensitive pattern, one case-sensitive for acronyms ('US' is not 'us')."""
        folded: list[str] = []
        acronyms: list[str] = []
        for entry in self.entries:
            for surface in entry.surfaces():
                (acronyms if _is_acronym(surface) else folded).append(surface)
        return (
            PhraseMatcher(folded, to_pattern=_surface_pattern),
            PhraseMatcher(acronyms, ignore_case=False, to_pattern=_surface_pattern),
        )

    def find_mentions(self, text: str) -> list[Mention]:
        """Every actor named in `text`, longest match first, no overlaps, in text order."""
        found: list[Mention] = []
        for pattern in self._mention_patterns:
            for match in pattern.finditer(text):
                entry = self._lookup(match.group())
                if entry is not None:
                    found.append(Mention(match.start(), match.end(), match.group(), entry))
        found.sort(key=lambda m: (m.start, m.start - m.end))
        kept: list[Mention] = []
        for mention in found:
            if not kept or mention.start >= kept[-1].end:
                kept.append(mention)
        return kept


def _is_acronym(surface: str) -> bool:
    return len(surface) <= 6 and surface.replace(".", "").isupper()


def _surface_pattern(surface: str) -> str:
    """Escaped, tolerant of curly apostrophes and of hyphen/space swaps."""
    parts = re.split(r"(['’]|[-\s]+)", surface)
    out = []
    for part in parts:
        if part in ("'", "’"):
            out.append("['’]")
        elif part and (part.isspace() or set(part) <= {"-", " "}):
            out.append(r"[-\s]+")
        else:
            out.append(re.escape(part))
    return "".join(out)


@functools.cache
def default_table() -> ActorTable:
    """The built-in table plus SUMMARIZE_ACTORS files, loaded once per process."""
    return ActorTable.load()


def resolve_party(name: str) -> PartyEntry | None:
    return default_table().resolve_party(name)


def resolve_person(name: str) -> PersonEntry | None:
    return default_table().resolve_person(name)


def canonical(name: str) -> str:
    return default_table().canonical(name)


def party_of(name: str) -> str | None:
    return default_table().party_of(name)


def find_mentions(text: str) -> list[Mention]:
    return default_table().find_mentions(text)
