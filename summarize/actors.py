"""The actor table: canonical parties and people, and how the press names them.

Built from `summarize/data/actors.toml`, then `summarize/data/actors/*.toml` (in name order), then
files listed in `SUMMARIZE_ACTORS` (os.pathsep-separated), then files passed explicitly; a later
entry with the same canonical name replaces an earlier one. Sovereign states come from a
`[states]` table keyed by ISO alpha-3 code, completed from pycountry (alpha-2 code, ISO and
official names) and given generated forms ("Sudanese government", "Sudan's army").

Names resolve exactly (case- and accent-insensitive) first, then by a name-aware fuzzy match meant
for machine-translated spellings ("Zhihun Piramov"). In running text (`find_mentions`) a surface
written with capitals counts only where the text capitalises it too, acronyms only where written
exactly so, and `ambiguous` surfaces only where no other capitalised word touches them.
"""

from __future__ import annotations

import functools
import itertools
import operator
import os
import re
import tomllib
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pycountry
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator
from rapidfuzz import fuzz, process

from summarize.errors import InputError
from summarize.schema import PartyKind, PartyRole

ACTORS_ENV = "SUMMARIZE_ACTORS"
BUILTIN_ACTORS = Path(__file__).resolve().parent / "data" / "actors.toml"
BUILTIN_ACTOR_DIR = BUILTIN_ACTORS.parent / "actors"

# The role a party has where the table gives none, by kind.
_DEFAULT_ROLE: dict[str, PartyRole] = {
    "armed_group": "belligerent",
    "de_facto_authority": "belligerent",
    "coalition": "belligerent",
    "humanitarian_organisation": "humanitarian",
}


class _Entry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PartyEntry(_Entry):
    name: str = Field(min_length=1)
    kind: PartyKind
    # The role where no conflict-specific one is known; `roles` maps a conflict name (as in
    # data/conflicts.toml) to the party's role in that conflict.
    # Omitted: "belligerent" for armed groups, de facto authorities and coalitions,
    # "humanitarian" for humanitarian organisations, "observer" otherwise.
    role: PartyRole = "observer"
    roles: tuple[tuple[str, PartyRole], ...] = ()
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()
    # Surfaces that count in running text only where no other capitalised word touches them.
    ambiguous: tuple[str, ...] = ()
    # ISO 3166 alpha-2 and alpha-3 codes of a state (looked up with `ActorTable.by_code`, never
    # matched in text: "IT", "CAN" and "AND" are words).
    codes: tuple[str, ...] = ()
    # Forms made from the data ("Sudanese government", ISO names); any explicit surface of any
    # party wins over them.
    generated: tuple[str, ...] = ()

    @model_validator(mode="before")
    @classmethod
    def _default_role_by_kind(cls, data: Any) -> Any:
        if isinstance(data, dict) and "role" not in data and data.get("kind") in _DEFAULT_ROLE:
            return {**data, "role": _DEFAULT_ROLE[data["kind"]]}
        return data

    def explicit_surfaces(self) -> tuple[str, ...]:
        return (self.name, *self.aliases, *self.demonyms, *self.metonyms, *self.ambiguous)

    def surfaces(self) -> tuple[str, ...]:
        return (*self.explicit_surfaces(), *self.generated)

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

    def explicit_surfaces(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)

    def surfaces(self) -> tuple[str, ...]:
        return self.explicit_surfaces()


Entry = PartyEntry | PersonEntry


class StateSpec(_Entry):
    """One sovereign state in a `[states]` table, keyed by ISO alpha-3 code."""

    name: str = Field(min_length=1)
    alpha2: str | None = None  # only for codes pycountry does not know (Kosovo)
    capitals: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    ambiguous: tuple[str, ...] = ()
    role: PartyRole = "observer"
    roles: dict[str, PartyRole] = {}


class DerivedForms(_Entry):
    """Suffixes that make a state's generated forms: "<name|name's|demonym> <suffix>"."""

    suffixes: tuple[str, ...] = ()


class NotActors(_Entry):
    """Phrases that contain an actor's name without naming it ("Niger Delta")."""

    phrases: tuple[str, ...] = ()


class MatchingRules(_Entry):
    """How fuzzy person matching folds spellings; see `[matching]` in actors.toml."""

    variants: tuple[tuple[str, str], ...] = ()
    surname_min: float = Field(default=0.8, ge=0, le=1)
    given_min: float = Field(default=0.6, ge=0, le=1)
    mean_min: float = Field(default=0.8, ge=0, le=1)
    joined_min: float = Field(default=0.85, ge=0, le=1)
    party_min: float = Field(default=0.9, ge=0, le=1)
    # Capitalised words that may stand before an ambiguous surface ("In Jordan", "But Chad").
    function_words: frozenset[str] = frozenset()

    @field_validator("function_words", mode="before")
    @classmethod
    def _casefold(cls, value: Any) -> Any:
        return frozenset(word.casefold() for word in value) if isinstance(value, list) else value


class _ActorFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    party: list[PartyEntry] = []
    person: list[PersonEntry] = []
    matching: MatchingRules | None = None
    states: dict[str, StateSpec] = {}
    derived: DerivedForms | None = None
    not_actors: NotActors | None = None


@dataclass(frozen=True)
class Mention:
    """One place in a text where an actor is named."""

    start: int
    end: int
    surface: str
    entry: Entry


# a capitalised word (not a possessive) right before a name
_LONGER_NAME = re.compile(r"\b[A-Z][\w-]*[A-Za-z]\s+$")


@functools.lru_cache(maxsize=65536)
def plain(name: str) -> str:
    """Casefolded, accents stripped, apostrophes, hyphens and runs of space normalised."""
    decomposed = unicodedata.normalize("NFKD", name.replace("’", "'").replace("-", " "))
    stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(stripped.casefold().split())


# letters that carry no combining accent to strip ("Yıldırım", "Wałęsa", "Søren")
_PLAIN_LETTERS = str.maketrans(
    {
        "ı": "i",
        "İ": "I",
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ß": "ss",
        "æ": "ae",
        "Æ": "Ae",
        "œ": "oe",
        "Œ": "Oe",
        "þ": "th",
        "Þ": "Th",
        "ð": "d",
        "Ð": "D",
    }
)


def anglicised(name: str) -> str:
    """A name in plain Latin letters, its case kept: "Binali Yıldırım" is "Binali Yildirim" (the
    conventions' canonical names carry no diacritics)."""
    decomposed = unicodedata.normalize("NFKD", name.translate(_PLAIN_LETTERS))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


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


PLACES = BUILTIN_ACTORS.parent / "places.tsv"


@functools.cache
def _city_states() -> dict[str, str]:
    """places.tsv (scripts/build_places.py): a city's folded name to its state's alpha-3 code."""
    found: dict[str, str] = {}
    for line in PLACES.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, _, code = line.partition("\t")
            found[name] = code
    return found


def city_state_code(city: str) -> str | None:
    """The ISO alpha-3 code of the state a city is in ("PESHAWAR" is PAK), None when the city
    is unknown or its name is shared by cities of several states."""
    name = plain(city)
    states = _city_states()
    return states.get(name) or states.get(name.removesuffix(" city"))


def builtin_actor_files() -> list[Path]:
    """actors.toml, then data/actors/*.toml in name order."""
    return [BUILTIN_ACTORS, *sorted(BUILTIN_ACTOR_DIR.glob("*.toml"))]


def _iso_names(code: str) -> tuple[str | None, tuple[str, ...]]:
    """pycountry's alpha-2 code and its names for a state usable as aliases (no "X, Y of")."""
    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return None, ()
    names = (getattr(country, key, None) for key in ("name", "official_name", "common_name"))
    usable = tuple(n for n in names if n and "," not in n and "(" not in n)
    return country.alpha_2, usable


def state_entry(code: str, spec: StateSpec, suffixes: Sequence[str]) -> PartyEntry:
    """The party for one `[states]` row: the data's names plus pycountry's and generated forms."""
    alpha2, iso_names = _iso_names(code)
    alpha2 = spec.alpha2 or alpha2
    if alpha2 is None:
        raise ValueError(f"{code} is not an ISO 3166 alpha-3 code; give alpha2")
    possessive = f"{spec.name}'s"
    prefixes = (spec.name, possessive, *spec.demonyms)
    explicit = {plain(s) for s in (spec.name, *spec.aliases, *spec.demonyms, *spec.capitals)}
    generated = [name for name in iso_names if plain(name) not in explicit]
    generated += [f"{prefix} {suffix}" for prefix in prefixes for suffix in suffixes]
    # "The Iraqis said", "the Russians": a state's people taken together speak for its side
    generated += [f"the {d}s" for d in spec.demonyms if d[-1:] in ("i", "n")]
    return PartyEntry(
        name=spec.name,
        kind="state",
        role=spec.role,
        roles=tuple(spec.roles.items()),
        aliases=spec.aliases,
        demonyms=(*spec.demonyms, possessive),
        metonyms=spec.capitals,
        ambiguous=spec.ambiguous,
        codes=(alpha2, code),
        generated=tuple(dict.fromkeys(generated)),
    )


@dataclass(frozen=True, slots=True)
class _Surface:
    """One way of writing an entry (None: a phrase that hides an actor's name), as matched."""

    entry: Entry | None
    tokens: tuple[str, ...]  # as written in the table
    acronym: bool  # every token must match exactly, case included
    capitals: tuple[int, ...]  # tokens whose first letter must be a capital in the text
    ambiguous: bool


# Words, and every other non-space character but the hyphen on its own: hyphens and spaces are
# interchangeable separators ("Armenian-backed" matches "Armenian backed").
_TOKEN = re.compile(r"\w+|[^\w\s-]")


@functools.lru_cache(maxsize=65536)
def _fold(token: str) -> str:
    return plain(token) if not token.isascii() else token.lower()


@functools.lru_cache(maxsize=65536)
def _word_tokens(word: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The tokens of one space-free piece of a surface, as written and folded."""
    written = tuple(_TOKEN.findall(word))
    return written, tuple(_fold(token) for token in written)


_SHORT_ACRONYM = re.compile(r"(?<![\w.])([A-Z])([A-Z])(?![\w.])")
_ACRONYM_WORD = re.compile(r"[A-Z]{2,6}")


def _dotted(surface: str) -> str:
    """A name as older and American papers print it: a many-word name with its two-letter
    acronyms written with dots ("UN aid office": "U.N. aid office"), an acronym alone with
    dots ("OAU": "O.A.U."); the name itself when it has none."""
    if " " not in surface:
        return ".".join(surface) + "." if _ACRONYM_WORD.fullmatch(surface) else surface
    return _SHORT_ACRONYM.sub(r"\1.\2.", surface)


_DOTTED_LETTER = re.compile(r"[A-Z]\.")


def _spelled_out(surface: str) -> tuple[str, ...]:
    """A body named "UN ..." in the other ways news writes it: "United Nations ...", "UN's
    ...", "U.N.'s ..." (none for "UN" alone, nor for a name already spelled out)."""
    if not surface.startswith("UN ") or surface.count(" ") < 1:
        return ()
    rest = surface[3:]
    return (f"United Nations {rest}", f"UN's {rest}", f"U.N.'s {rest}")


def _tokens(text: str) -> tuple[list[tuple[int, int]], list[str]]:
    """The spans of `text`'s tokens and their words (built by `map` and `findall`, not a Python
    step per token). Spans, not match objects: a tuple of two ints leaves the garbage
    collector's lists at its first pass, so a text of 80,000 commas costs linear time."""
    return list(map(_span, _TOKEN.finditer(text))), _TOKEN.findall(text)


_span: Callable[[re.Match[str]], tuple[int, int]] = operator.methodcaller("span")


def _consonants(token: str) -> str:
    return re.sub(r"[aeiouy]", "", token)


class ActorTable:
    """Parties and people with their surface forms; resolves and finds names."""

    def __init__(
        self,
        parties: Iterable[PartyEntry],
        people: Iterable[PersonEntry],
        matching: MatchingRules | None = None,
        not_actors: Iterable[str] = (),
    ) -> None:
        self.parties: tuple[PartyEntry, ...] = tuple(parties)
        self.people: tuple[PersonEntry, ...] = tuple(people)
        self.matching = matching or MatchingRules()
        self.entries: tuple[Entry, ...] = (*self.parties, *self.people)
        self.not_actors: tuple[str, ...] = tuple(not_actors)
        self._exact: dict[str, Entry] = {}
        self._exact_cased: dict[str, Entry] = {}  # acronyms: "US" is a party, "us" is not
        # Explicit surfaces of every entry first, so they win over generated forms.
        explicit = ((e, s) for e in self.entries for s in e.explicit_surfaces())
        generated = ((p, s) for p in self.parties for s in p.generated)
        for entry, surface in (*explicit, *generated):
            if _is_acronym(surface):
                self._exact_cased.setdefault(surface, entry)
            else:
                self._exact.setdefault(plain(surface), entry)
        self._by_name: dict[str, Entry] = {e.name: e for e in self.entries}
        self._by_code: dict[str, PartyEntry] = {
            code.upper(): p for p in self.parties for code in p.codes
        }
        self._party_keys = {
            self._fold_token(plain(s)): p for p in self.parties for s in p.explicit_surfaces()
        }
        # each full name as written, then with two neighbouring parts written as one (True)
        self._person_names = [
            (form, person, joined)
            for person in self.people
            for surface in person.surfaces()
            if len(surface.split()) >= 2
            for joined, forms in (
                (False, [self._fold_name(surface)]),
                (True, _joined_forms(self._fold_name(surface))),
            )
            for form in forms
        ]
        self._surnames = [known[-1] for known, _, _ in self._person_names]
        # the last word of every person's name, particle dropped ("Sadr" of "Moqtada al-Sadr")
        self._surname_words = frozenset(
            surface.split()[-1].split("-")[-1].casefold()
            for person in self.people
            for surface in person.surfaces()
        )
        self._phrases: dict[tuple[str, ...], list[_Surface]] = {}
        self._prefixes: set[tuple[str, ...]] = set()
        self._first_tokens: set[str] = set()  # where a surface can start
        self._compile_mentions()

    # --- loading -------------------------------------------------------------------------

    @classmethod
    def load(cls, extra: Sequence[Path] = ()) -> ActorTable:
        """The built-in table, then SUMMARIZE_ACTORS files, then `extra`; later names win."""
        parties: dict[str, PartyEntry] = {}
        people: dict[str, PersonEntry] = {}
        matching: MatchingRules | None = None
        suffixes: tuple[str, ...] = ()
        not_actors: list[str] = []
        for path in (*builtin_actor_files(), *env_actor_files(), *extra):
            actor_file = _read_actor_file(Path(path))
            suffixes = actor_file.derived.suffixes if actor_file.derived else suffixes
            for code, spec in actor_file.states.items():
                try:
                    parties[spec.name] = state_entry(code, spec, suffixes)
                except ValueError as error:
                    raise InputError(f"actor file {path}: states.{code}: {error}") from None
            parties.update((p.name, p) for p in actor_file.party)
            people.update((p.name, p) for p in actor_file.person)
            matching = actor_file.matching or matching
            if actor_file.not_actors:
                not_actors.extend(actor_file.not_actors.phrases)
        return cls(parties.values(), people.values(), matching, not_actors)

    # --- resolving names -----------------------------------------------------------------

    def get(self, canonical_name: str) -> Entry | None:
        return self._by_name.get(canonical_name)

    def by_code(self, code: str) -> PartyEntry | None:
        """The state with this ISO 3166 alpha-2 or alpha-3 code ("SD", "SDN")."""
        return self._by_code.get(code.strip().upper())

    def _lookup(self, surface: str) -> Entry | None:
        return self._exact.get(plain(surface)) or self._exact_cased.get(surface.strip())

    def resolve_party(self, name: str) -> PartyEntry | None:
        """Exact alias, then the only party named inside the phrase, then a close spelling."""
        exact = self._lookup(name)
        if isinstance(exact, PartyEntry):
            return exact
        if isinstance(exact, PersonEntry):
            return None
        mentions = list(self._scan(name, strict=False))
        if any(
            " " in m.surface
            and (word := _LONGER_NAME.search(name, 0, m.start)) is not None
            and not any(o.start <= word.start() < o.end for o in mentions)
            for m in mentions
        ):
            # "West Papua National Liberation Army" is not the ELN: capitalised words run on
            # into a known name to make another one
            return None
        named = {m.entry.name: m.entry for m in mentions}
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

    def _name_score(
        self, query: tuple[str, ...], known: tuple[str, ...], joined: bool = False
    ) -> float:
        """How close two folded names are (0 when not close enough). `joined`: one of them has
        two parts written as one, so every part must be at least `joined_min` close ("Mohammed
        Salam" is no "Mohammedabdul Salam", "Hassan Mohamud" no "Hassan Sheikhmohamud")."""
        if len(query) != len(known) or len(query) < 2:
            return 0.0
        scores = [fuzz.ratio(a, b) / 100 for a, b in zip(query, known, strict=True)]
        rules = self.matching
        if joined and min(scores) < rules.joined_min:
            return 0.0
        if scores[-1] < rules.surname_min or min(scores[:-1]) < rules.given_min:
            return 0.0
        if any(a[:1] != b[:1] for a, b in zip(query[:-1], known[:-1], strict=True)):
            return 0.0  # a given name garbled keeps its first letter: 'Ahmed' is no 'Mahmoud'
        if fuzz.ratio(_consonants(query[-1]), _consonants(known[-1])) / 100 < rules.surname_min:
            return 0.0  # vowels move between spellings, consonants stay: 'Mahmoud' is no 'Massoud'
        mean = sum(scores) / len(scores)
        return mean if mean >= rules.mean_min else 0.0

    def spelled_alike(self, one: str, other: str) -> bool:
        """Whether two full names are spellings of one name ("Nuri Mahmud", "Nouri Mahmoud",
        "Yasser Abdul Rahim", "Yasser Abdulrahim"): every part as close as a surname must be
        (stricter than a match to the table: "Mohamed Hassan" is no "Mahmoud Hassan")."""
        first, second = self._fold_name(one), self._fold_name(other)
        if len(first) < 2 or len(second) < 2:
            return False
        pairs = [(first, second)]
        pairs += [(form, second) for form in _joined_forms(first)]
        pairs += [(first, form) for form in _joined_forms(second)]
        least = self.matching.surname_min * 100
        return any(
            self._name_score(a, b) > 0
            and all(fuzz.ratio(x, y) >= least for x, y in zip(a, b, strict=True))
            for a, b in pairs
            if len(a) == len(b)
        )

    def _fuzzy_person(self, name: str) -> PersonEntry | None:
        written = self._fold_name(name)
        if len(written) < 2:
            return None
        best: tuple[float, PersonEntry | None] = (0.0, None)
        # "Mohammad Abdul Salam" for "Mohammed Abdulsalam": a name's parts written apart or
        # together (the table's names are indexed both ways too)
        for query, joined in ((written, False), *((f, True) for f in _joined_forms(written))):
            # Only names whose surname is close enough can match: find those first, in C.
            close = process.extract(
                query[-1],
                self._surnames,
                scorer=fuzz.ratio,
                score_cutoff=self.matching.surname_min * 100,
                limit=None,
            )
            for _, _, position in sorted(close, key=lambda found: found[2]):
                known, person, known_joined = self._person_names[position]
                score = self._name_score(query, known, joined or known_joined)
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
        if match is None:
            return None
        first = self._fold_token(key.split(" ", 1)[0])
        entry = self._party_keys[match[0]]
        if (
            first != folded
            and not any(plain(s).endswith(f" {key}") for s in entry.explicit_surfaces())
            and fuzz.ratio(first, match[0][: len(first)]) < self.matching.party_min * 100
        ):
            # "Abkhaz separatists" is not "Papua separatists": a shared common word is no
            # spelling of the name, its own first word must be one (or the name the known
            # one's end: "State Emergency Management Agency" of the Borno one)
            return None
        return entry

    # --- finding mentions in text --------------------------------------------------------

    def _compile_mentions(self) -> None:
        """One dictionary of folded token sequences; explicit surfaces before generated ones."""
        for entry in self.entries:
            ambiguous = set(entry.ambiguous) if isinstance(entry, PartyEntry) else set()
            for surface in entry.explicit_surfaces():
                self._add_surface(surface, entry, surface in ambiguous)
                dotted = _dotted(surface)
                if dotted != surface:  # "UN refugee agency" is also written "U.N. refugee agency"
                    self._add_surface(dotted, entry, surface in ambiguous)
                for variant in _spelled_out(surface):
                    # "UN humanitarian office": "United Nations humanitarian office", "the UN's
                    # humanitarian office"
                    self._add_surface(variant, entry, surface in ambiguous)
        for phrase in self.not_actors:
            self._add_surface(phrase, None, False)
        for party in self.parties:
            for surface in party.generated:
                self._add_surface(surface, party, False)

    def _add_surface(self, surface: str, entry: Entry | None, ambiguous: bool) -> None:
        tokens: tuple[str, ...] = ()
        key: tuple[str, ...] = ()
        for word in surface.replace("’", "'").split():
            written, folded = _word_tokens(word)
            tokens += written
            key += folded
        if not tokens:
            return
        acronym = entry is not None and _is_acronym(surface)
        capitals = (
            tuple(i for i, token in enumerate(tokens) if token[0].isupper())
            if entry is not None
            else ()
        )
        self._phrases.setdefault(key, []).append(
            _Surface(entry, tokens, acronym, capitals, ambiguous)
        )
        self._first_tokens.add(key[0])
        for length in range(1, len(key)):
            self._prefixes.add(key[:length])

    def find_mentions(self, text: str) -> list[Mention]:
        """Every actor named in `text`, longest match first, no overlaps, in text order."""
        return list(self._scan(text, strict=True))

    def _scan(self, text: str, *, strict: bool) -> Iterator[Mention]:
        tokens, words = _tokens(text.replace("’", "'") if "’" in text else text)
        folded = list(map(_fold, words))
        phrases, prefixes, count = self._phrases, self._prefixes, len(tokens)
        resume = 0
        # Most tokens start no surface: look only at those that do.
        starting = map(self._first_tokens.__contains__, folded)
        for i in itertools.compress(range(count), starting):
            if i < resume:
                continue
            key: tuple[str, ...] = (folded[i],)
            candidates: list[tuple[int, list[_Surface]]] = []
            j = i
            while True:
                found = phrases.get(key)
                if found is not None:
                    candidates.append((j + 1, found))
                j += 1
                if j >= count or key not in prefixes:
                    break
                key = (*key, folded[j])
            chosen = (
                self._choose(text, tokens, words, i, candidates, strict) if candidates else None
            )
            if chosen is None:
                continue
            end, surface = chosen
            if surface.entry is not None:
                start, stop = tokens[i][0], tokens[end - 1][1]
                yield Mention(start, stop, text[start:stop], surface.entry)
            resume = end

    def _choose(
        self,
        text: str,
        tokens: list[tuple[int, int]],
        words: list[str],
        first: int,
        candidates: list[tuple[int, list[_Surface]]],
        strict: bool,
    ) -> tuple[int, _Surface] | None:
        """The longest candidate written as the table requires, else None."""
        for end, surfaces in reversed(candidates):
            written = words[first:end]
            for surface in surfaces:
                if surface.acronym:
                    start = tokens[first][0]
                    if tuple(written) != surface.tokens and not (
                        _title_cased(text, start, written, surface.tokens)
                        # (not "Sadr City", "the Civic Alliance", nor "Sadr said": a name)
                        and not self._touches_name(text, tokens, words, first, end)
                        and written[0].casefold() not in self._surname_words
                        and not _surname_in(text, written[0])
                    ):
                        continue
                    if text[start + 1 : start + 2] == "." and _DOTTED_LETTER.fullmatch(
                        text, max(0, start - 2), start
                    ):
                        continue  # "P.L.A." inside "S.P.L.A."
                elif strict and not all(written[k][:1].isupper() for k in surface.capitals):
                    continue
                if (
                    strict
                    and surface.ambiguous
                    and self._touches_name(text, tokens, words, first, end)
                ):
                    continue
                return end, surface
        return None

    def _touches_name(
        self, text: str, tokens: list[tuple[int, int]], words: list[str], first: int, end: int
    ) -> bool:
        """True when a capitalised word (for an acronym: an all-capitals word) stands right
        before or after tokens[first:end] on the same line, so the match is part of a longer
        name ("Jim Jordan", "Niger State", a headline in capitals). Function words do not
        count ("In Jordan")."""
        acronym = all(word.isupper() for word in words[first:end])
        neighbours = []
        if end < len(tokens):
            neighbours.append((tokens[end - 1][1], tokens[end][0], words[end]))
        if first > 0:
            neighbours.append((tokens[first - 1][1], tokens[first][0], words[first - 1]))
        for gap_start, gap_end, word in neighbours:
            gap = text[gap_start:gap_end]
            if not gap or gap.strip(" \t") or not _is_capitalised_word(word, acronym):
                continue
            if word.casefold() not in self.matching.function_words:
                return True
        return False

    def __len__(self) -> int:
        return len(self.entries)


def _is_capitalised_word(token: str, acronym_only: bool) -> bool:
    if not token[:1].isalpha():
        return False
    return token.isupper() and len(token) > 1 if acronym_only else token[:1].isupper()


def _title_cased(text: str, start: int, written: list[str], tokens: tuple[str, ...]) -> bool:
    """'Nato', 'Ecowas', 'Unicef': an acronym of four letters or more that house styles write as
    a name, inside a sentence; opening one only when the text writes it so inside one too (at a
    sentence's start "Care" may be a common word)."""
    if len(tokens) != 1 or len(written) != 1:
        return False
    acronym = tokens[0]
    if len(acronym) < 4 or not acronym.isalpha() or not acronym.isupper():
        return False
    if written[0] != acronym.capitalize():
        return False
    before = text[max(0, start - 40) : start].rstrip()  # (not a copy of the whole text)
    if before.endswith("-"):
        return False
    if before and before[-1] not in '.!?:"\u201c\n':
        return True
    return _cased_inside(text, written[0])  # at a sentence's start: as the text writes it inside


@functools.lru_cache(maxsize=64)
def _cased_inside(text: str, word: str) -> bool:
    """The text writes the word capitalised inside a sentence too ("said Nato"): its house
    style, so the word opening a sentence is the acronym as well."""
    return re.search(rf"[^\s.!?:\"\u201c-][ \t]+{re.escape(word)}\b", text) is not None


@functools.lru_cache(maxsize=64)  # (once per text and word, however often the word stands)
def _surname_in(text: str, word: str) -> bool:
    """The word ends a person's name somewhere in the text ("Moqtada al-Sadr" before "Sadr
    announced"): a surname, not an acronym written as a name."""
    return (
        re.search(
            rf"(?:\b[a-z]{{1,3}}-|\b(?!(?:The|A|An|In|On|At|By|For|Of|And|But)\b)[A-Z][a-z]+[ ])"
            rf"{re.escape(word)}\b",
            text,
        )
        is not None
    )


def _is_acronym(surface: str) -> bool:
    """'US', 'U.N.', 'UNICEF', and short mixed-case codes ('LeT', 'FAMa'): matched case and all."""
    letters = surface.replace(".", "")
    if len(letters) > 6:
        return False
    return letters.isupper() or (" " not in surface and any(c.isupper() for c in surface[1:]))


@functools.cache
def default_table() -> ActorTable:
    """The built-in table plus SUMMARIZE_ACTORS files, loaded once per process."""
    return ActorTable.load()


def resolve_party(name: str) -> PartyEntry | None:
    return default_table().resolve_party(name)


def _joined_forms(folded: tuple[str, ...]) -> list[tuple[str, ...]]:
    """A name of three or more parts with two neighbouring parts written as one ("Abdul Salam"
    as "Abdulsalam", "Abdel Fattah" as "Abdelfattah"): each such form."""
    if len(folded) < 3:
        return []
    return [
        (*folded[:at], folded[at] + folded[at + 1], *folded[at + 2 :])
        for at in range(len(folded) - 1)
    ]


def resolve_person(name: str) -> PersonEntry | None:
    return default_table().resolve_person(name)


def canonical(name: str) -> str:
    return default_table().canonical(name)


def party_of(name: str) -> str | None:
    return default_table().party_of(name)


def find_mentions(text: str) -> list[Mention]:
    return default_table().find_mentions(text)
