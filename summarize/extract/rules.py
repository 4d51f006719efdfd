"""The rules extractor: the offline default backend, deterministic, no model at all.

It reads the article body (boilerplate ranges skipped) sentence by sentence and fills the same
schema as the model backends from the actor table (`summarize.actors`) and the lexicon
(`summarize/data/lexicon.toml`). Every item's evidence is the sentence it came from, so every
span is exact by construction. Its provenance says `extractor="rules"`: it is not an LLM.
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import itertools
import os
import re
import tomllib
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar, get_args

from pydantic import BaseModel, ConfigDict, ValidationError

from summarize.actors import ActorTable, Entry, Mention, PartyEntry, PersonEntry, plain
from summarize.errors import InputError
from summarize.ground import Grounding, build_extraction
from summarize.ingest import Article
from summarize.numbers import QuantityMatch, find_quantities
from summarize.phrases import PhraseMatch, PhraseMatcher
from summarize.schema import (
    MAX_ITEMS,
    ArticleDraft,
    ArticleMetaDraft,
    CeasefireCall,
    CeasefireKind,
    ClaimedFigure,
    Extraction,
    FigureScope,
    GroundedCeasefireCall,
    GroundedFigure,
    GroundedParty,
    GroundedPerson,
    GroundedPosition,
    Metric,
    Party,
    Person,
    Population,
    Position,
    Provenance,
    Span,
    Stance,
    TimeScope,
    Usage,
)

DraftT = TypeVar("DraftT", bound=BaseModel)

LEXICON_PATH = Path(__file__).resolve().parent.parent / "data" / "lexicon.toml"

_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s)")
_CLAUSE_BREAK = re.compile(r"[,;:()\u2013\u2014]|\s-\s|\b(?:that|who|which)\b")
_NAME = re.compile(
    r"(?<![\w-])[A-Z][a-z]+(?:[-'’][A-Za-z]+)?(?:[ \t]+[A-Z][a-z]+(?:[-'’][A-Za-z]+)?){1,2}"
)
_YEAR = re.compile(r"(?<![\d,.])(?:1[89]|20)\d\d(?![\d,])")
_PARTICIPLE_LEAD = re.compile(r"(?:,|\b(?:as|while|by|after|before|when))\s*$", re.IGNORECASE)
_PHRASE_AFTER = re.compile(
    r"^(?:[ \t]+(?!(?:following|after|in|on|as|from|by|since|during|when|while|amid)\b)"
    r"[\w’'-]+){0,3}",
    re.IGNORECASE,
)
_CASUALTY_METRICS: frozenset[str] = frozenset({"killed", "wounded", "casualties", "missing"})


# --- the lexicon ---------------------------------------------------------------------------


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class _SentencesRaw(_Section):
    abbreviations: list[str]


class _SpeechRaw(_Section):
    verbs: list[str]
    according_to: list[str]
    pronouns: list[str]
    own_loss_verbs: list[str]


class _ScopeRaw(_Section):
    daily_after: list[str]
    cumulative: list[str]
    daily: list[str]


class _HistoryRaw(_Section):
    phrases: list[str]
    years_before: int


class _DestructionRaw(_Section):
    words: list[str]


class _PopulationRaw(_Section):
    military: list[str]
    civilian: list[str]


class _FiguresRaw(_Section):
    window_after: int
    window_before: int
    inherit_metric: list[str]
    not_counts: list[str] = []
    origin_suffixes: list[str] = []
    metrics: dict[str, list[str]]
    equipment: dict[str, list[str]]
    destruction: _DestructionRaw
    population: _PopulationRaw
    scope: _ScopeRaw
    history: _HistoryRaw


class _CeasefireRaw(_Section):
    triggers: list[str]
    acts: list[str]
    immediate: list[str]
    humanitarian: list[str]
    conditional: list[str]
    agreed: list[str]
    violation: list[str]
    both_sides: list[str]


class _PeopleRaw(_Section):
    titles: list[str]
    media_titles: list[str]
    leader_of: list[str]
    not_name_words: list[str]


class _LexiconRaw(_Section):
    version: str
    sentences: _SentencesRaw
    speech: _SpeechRaw
    figures: _FiguresRaw
    ceasefire: _CeasefireRaw
    positions: dict[str, list[str]]
    people: _PeopleRaw


def _phrases(phrases: Iterable[str]) -> PhraseMatcher:
    """Plain phrases, case-insensitive, whole words (not glued by hyphens), longest first."""
    return PhraseMatcher(phrases, joined_by_hyphen=False)


def _regexes(patterns: Iterable[str]) -> re.Pattern[str]:
    body = "|".join(f"(?:{pattern})" for pattern in patterns) or r"(?!x)x"
    return re.compile(body, re.IGNORECASE)


def _keyed(groups: dict[str, list[str]]) -> tuple[PhraseMatcher, dict[str, str]]:
    """One pattern over every phrase of every group, and phrase -> group."""
    owner = {plain(phrase): key for key, phrases in groups.items() for phrase in phrases}
    return _phrases(phrase for phrases in groups.values() for phrase in phrases), owner


@dataclass(frozen=True)
class Lexicon:
    """The lexicon file, compiled once."""

    version: str
    fingerprint: str
    abbreviations: frozenset[str]
    speech: PhraseMatcher
    according_to: PhraseMatcher
    pronouns: re.Pattern[str]
    own_loss: frozenset[str]
    window_after: int
    window_before: int
    inherit_metric: PhraseMatcher
    origin_suffix: re.Pattern[str]
    not_counts: re.Pattern[str]
    metric_words: PhraseMatcher
    metric_of: dict[str, str]
    equipment_after: re.Pattern[str]
    equipment_words: PhraseMatcher
    equipment_of: dict[str, str]
    destruction: PhraseMatcher
    military: PhraseMatcher
    civilian: PhraseMatcher
    daily_after: re.Pattern[str]
    cumulative: re.Pattern[str]
    daily: re.Pattern[str]
    history: re.Pattern[str]
    years_before: int
    cease_triggers: re.Pattern[str]
    cease_acts: re.Pattern[str]
    cease_kinds: tuple[tuple[CeasefireKind, re.Pattern[str]], ...]
    conditional: re.Pattern[str]
    both_sides: PhraseMatcher
    stances: PhraseMatcher
    stance_of: dict[str, str]
    titles: PhraseMatcher
    media_titles: frozenset[str]
    leader_of: PhraseMatcher
    not_name_words: frozenset[str]

    @classmethod
    def from_raw(cls, raw: _LexiconRaw) -> Lexicon:
        figures, cease = raw.figures, raw.ceasefire
        unknown = set(figures.metrics) - set(get_args(Metric))
        unknown |= set(raw.positions) - set(get_args(Stance))
        if unknown:
            raise ValueError(f"unknown metric or stance names: {sorted(unknown)}")
        metric_words, metric_of = _keyed(figures.metrics)
        equipment_words, equipment_of = _keyed(figures.equipment)
        stances, stance_of = _keyed(raw.positions)
        equipment_body = equipment_words.pattern
        return cls(
            fingerprint=hashlib.sha256(raw.model_dump_json().encode()).hexdigest(),
            version=raw.version,
            abbreviations=frozenset(a.casefold() for a in raw.sentences.abbreviations),
            speech=_phrases(raw.speech.verbs),
            according_to=_phrases(raw.speech.according_to),
            pronouns=re.compile(rf"^\W*(?:{_phrases(raw.speech.pronouns).pattern})", re.IGNORECASE),
            own_loss=frozenset(plain(v) for v in raw.speech.own_loss_verbs),
            window_after=figures.window_after,
            window_before=figures.window_before,
            inherit_metric=_phrases(figures.inherit_metric),
            origin_suffix=re.compile("|".join(re.escape(x) for x in figures.origin_suffixes)),
            not_counts=re.compile(
                rf"^[\s\"'“”‘’]*(?:\w+\s+)?{_phrases(figures.not_counts).pattern}", re.IGNORECASE
            ),
            metric_words=metric_words,
            metric_of=metric_of,
            # The equipment noun comes right after the number, past at most three modifiers.
            equipment_after=re.compile(
                rf"^(?:[ \t]+[\w’'-]+){{0,3}}?[ \t]+(?P<noun>{equipment_body})", re.IGNORECASE
            ),
            equipment_words=equipment_words,
            equipment_of=equipment_of,
            destruction=_phrases(figures.destruction.words),
            military=_phrases(figures.population.military),
            civilian=_phrases(figures.population.civilian),
            daily_after=_regexes(figures.scope.daily_after),
            cumulative=_regexes(figures.scope.cumulative),
            daily=_regexes(figures.scope.daily),
            history=_regexes(figures.history.phrases),
            years_before=figures.history.years_before,
            cease_triggers=_regexes(cease.triggers),
            cease_acts=_regexes(cease.acts),
            cease_kinds=(
                ("violation_alleged", _regexes(cease.violation)),
                ("humanitarian", _regexes(cease.humanitarian)),
                ("conditional", _regexes(cease.conditional)),
                ("immediate", _regexes(cease.immediate)),
                ("agreed", _regexes(cease.agreed)),
            ),
            conditional=_regexes(cease.conditional),
            both_sides=_phrases(cease.both_sides),
            stances=stances,
            stance_of=stance_of,
            titles=_phrases(raw.people.titles),
            media_titles=frozenset(plain(t) for t in raw.people.media_titles),
            leader_of=_phrases(raw.people.leader_of),
            not_name_words=frozenset(raw.people.not_name_words),
        )


@functools.cache
def lexicon_path() -> Path:
    """The lexicon in use: SUMMARIZE_LEXICON names a replacement file, else the built-in one."""
    override = os.environ.get("SUMMARIZE_LEXICON", "").strip()
    return Path(override) if override else LEXICON_PATH


def load_lexicon(path: Path = LEXICON_PATH) -> Lexicon:
    """Read and compile a lexicon file; a bad file is an InputError naming it."""
    try:
        raw: dict[str, Any] = tomllib.loads(path.read_text(encoding="utf-8"))
        return Lexicon.from_raw(_LexiconRaw.model_validate(raw))
    except OSError as error:
        raise InputError(f"cannot read lexicon {path}: {error.strerror or error}") from None
    except (tomllib.TOMLDecodeError, ValueError, re.error) as error:
        detail = error.errors()[0] if isinstance(error, ValidationError) else error
        raise InputError(f"lexicon {path} is invalid: {detail}") from None


# --- reading the article -------------------------------------------------------------------


@dataclass(frozen=True)
class Sentence:
    """A sentence of the article body; `start:end` index `article.text`."""

    start: int
    end: int
    text: str


def content_regions(article: Article) -> list[tuple[int, int]]:
    """The parts of `article.text` outside boilerplate, as (start, end)."""
    regions, position = [], 0
    for start, end in sorted(article.boilerplate):
        if start > position:
            regions.append((position, start))
        position = max(position, end)
    if position < len(article.text):
        regions.append((position, len(article.text)))
    return regions


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split_sentences(
    text: str, regions: Sequence[tuple[int, int]], abbreviations: frozenset[str]
) -> list[Sentence]:
    """Sentences (and headline lines) inside `regions`, with offsets into `text`."""
    sentences = []
    for region_start, region_end in regions:
        for line in re.finditer(r"[^\n]+", text[region_start:region_end]):
            line_start = region_start + line.start()
            cuts = [line_start]
            for stop in _SENTENCE_END.finditer(line.group()):
                before = re.search(r"([\w.]+)[.!?…]*$", line.group()[: stop.start() + 1])
                word = before.group(1).rstrip(".").casefold() if before else ""
                if word in abbreviations or re.fullmatch(r"[a-z]", word):
                    continue
                cuts.append(line_start + stop.end())
            cuts.append(region_start + line.end())
            for cut_start, cut_end in itertools.pairwise(cuts):
                start, end = _trimmed(text, cut_start, cut_end)
                if re.search(r"\w", text[start:end]):
                    sentences.append(Sentence(start, end, text[start:end]))
    return sentences


def _one_line(text: str, limit: int = 200) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


# --- per-article working state -------------------------------------------------------------


@dataclass
class _Doc:
    text: str
    sentences: list[Sentence]
    mentions: list[list[Mention]]  # per sentence, absolute offsets
    quantities: list[list[QuantityMatch]]  # per sentence, counts only, absolute offsets
    years: list[list[int]]  # per sentence, the years it names
    reference_year: int | None
    belligerents: list[str]  # in the order of how often the article names them
    speakers: list[Entry | None]  # who speaks in each sentence (for "he said" in the next)


def _person_first(mentions: Sequence[Mention], text: str = "") -> list[Entry]:
    """The subject among mentions: the first person (and people joined to it by 'and'),
    else the first party."""
    people = [m for m in mentions if isinstance(m.entry, PersonEntry)]
    if not people:
        return [mentions[0].entry] if mentions else []
    joined = [people[0]]
    for person in people[1:]:
        between = text[joined[-1].end : person.start] if text else ""
        if not re.fullmatch(r"\s+and\s+(?:\w+\s+){0,4}", between):
            break
        joined.append(person)
    return [m.entry for m in joined]


class RulesExtractor:
    """Deterministic extraction from the actor table and lexicon; no model involved."""

    def __init__(self, actors: ActorTable | None = None, lexicon: Lexicon | None = None) -> None:
        self.actors = actors or ActorTable.load()
        self.lexicon = lexicon or load_lexicon(lexicon_path())

    # --- entry point ---------------------------------------------------------------------

    def cache_identity(self) -> str:
        # The rules, the lexicon and the actor table decide the answers; hash all three.
        digest = hashlib.sha256(Path(__file__).read_bytes())
        digest.update(self.lexicon.fingerprint.encode())
        for entry in self.actors.entries:
            digest.update(entry.model_dump_json().encode())
        return f"rules:{digest.hexdigest()[:16]}"

    def extract(self, article: Article) -> Extraction:
        doc = self._read(article)
        notes: list[str] = []
        people = self._people(doc, notes)
        draft_items: dict[str, list[Any]] = {
            "parties": self._parties(doc),
            "people": people,
            "positions": self._positions(doc),
            "ceasefire_calls": self._ceasefire_calls(doc),
            "figures": self._figures(doc),
        }
        for key, items in draft_items.items():
            draft_items[key] = items[:MAX_ITEMS]
        draft = ArticleDraft(
            meta=ArticleMetaDraft(
                title=article.title, event_date=article.event_date, quality_notes=notes[:10]
            ),
            parties=_drafts(Party, draft_items["parties"]),
            people=_drafts(Person, draft_items["people"]),
            positions=_drafts(Position, draft_items["positions"]),
            ceasefire_calls=_drafts(CeasefireCall, draft_items["ceasefire_calls"]),
            figures=_drafts(ClaimedFigure, draft_items["figures"]),
        )
        grounding = Grounding(
            parties=draft_items["parties"],
            people=draft_items["people"],
            positions=draft_items["positions"],
            ceasefire_calls=draft_items["ceasefire_calls"],
            figures=draft_items["figures"],
        )
        provenance = Provenance(
            extractor="rules",
            model=None,
            prompt_version=f"lexicon-{self.lexicon.version}",
            live=True,
            recorded_at=None,
            usage=Usage(),
        )
        return build_extraction(article, draft, grounding, provenance)

    def _read(self, article: Article) -> _Doc:
        text = article.text
        regions = content_regions(article)
        sentences = split_sentences(text, regions, self.lexicon.abbreviations)
        starts = [s.start for s in sentences]
        mentions: list[list[Mention]] = [[] for _ in sentences]
        quantities: list[list[QuantityMatch]] = [[] for _ in sentences]
        years: list[list[int]] = [[] for _ in sentences]
        for region_start, region_end in regions:
            chunk = text[region_start:region_end]
            for m in self.actors.find_mentions(chunk):
                shifted = Mention(m.start + region_start, m.end + region_start, m.surface, m.entry)
                _place(sentences, starts, mentions, shifted.start, shifted.end, shifted)
        for index, sentence in enumerate(sentences):
            if not self._may_hold_figures(sentence.text):
                continue  # reading numbers is the costly part: only where a figure can be
            for q in find_quantities(sentence.text):
                q_start, q_end = q.start + sentence.start, q.end + sentence.start
                if q.kind == "year" and q.quantity.value is not None:
                    years[index].append(q.quantity.value)
                if q.kind == "count":
                    quantities[index].append(
                        QuantityMatch(q_start, q_end, q.raw, q.quantity, q.kind)
                    )
        article_years = [
            int(year) for start, end in regions for year in _YEAR.findall(text, start, end)
        ]
        doc = _Doc(
            text=text,
            sentences=sentences,
            mentions=mentions,
            quantities=quantities,
            years=years,
            reference_year=_reference_year(article.event_date, article_years),
            belligerents=self._belligerents(mentions),
            speakers=[],
        )
        doc.speakers = self._speakers(doc)
        return doc

    def _may_hold_figures(self, text: str) -> bool:
        lex = self.lexicon
        return bool(lex.metric_words.search(text) or lex.equipment_words.search(text))

    def _belligerents(self, mentions: Sequence[Sequence[Mention]]) -> list[str]:
        counts = Counter(
            m.entry.name
            for sentence in mentions
            for m in sentence
            if isinstance(m.entry, PartyEntry) and m.entry.role == "belligerent"
        )
        return [name for name, _ in counts.most_common()]

    # --- who is speaking -----------------------------------------------------------------

    def _subjects(self, doc: _Doc, index: int, position: int) -> list[Entry]:
        """The actor(s) doing what the verb at `position` says: its clause's subject."""
        sentence = doc.sentences[index]
        before = [m for m in doc.mentions[index] if m.end <= position]
        previous = doc.speakers[index - 1] if 0 < index <= len(doc.speakers) else None
        verb = re.match(r"\w+", doc.text[position:])
        lead = doc.text[sentence.start : position]
        if verb and verb.group().endswith("ing") and _PARTICIPLE_LEAD.search(lead):
            if lead.rstrip().lower().endswith(" as") and before:
                return [before[-1].entry]  # "quoted the Prime Minister as welcoming"
            # A participle ("..., calling on the parties") shares the sentence's subject.
            return _person_first(before, doc.text) or self._pronoun(sentence.text, previous)
        clause_start = self._clause_start(doc.text, sentence.start, position)
        in_clause = [m for m in before if m.start >= clause_start]
        return (
            self._pronoun(doc.text[clause_start:position], previous)
            or _person_first(in_clause, doc.text)
            or self._pronoun(sentence.text, previous)
            or _person_first(before, doc.text)
        )

    def _pronoun(self, text: str, previous: Entry | None) -> list[Entry]:
        if previous is not None and self.lexicon.pronouns.search(text):
            return [previous]
        return []

    @staticmethod
    def _clause_start(text: str, sentence_start: int, position: int) -> int:
        """Start of the clause holding `position`, skipping appositive commas ("X, Y, said")."""
        breaks = [b.end() for b in _CLAUSE_BREAK.finditer(text, sentence_start, position)]
        for start in reversed(breaks):
            if re.search(r"\w", text[start:position]):
                return start
        return sentence_start

    def _speakers(self, doc: _Doc) -> list[Entry | None]:
        speakers: list[Entry | None] = []
        for index, sentence in enumerate(doc.sentences):
            doc.speakers = speakers
            speaker = None
            for verb_start in self._speech_acts(sentence):
                subjects = self._subjects(doc, index, verb_start)
                if subjects:
                    speaker = subjects[0]
                    break
            speakers.append(
                speaker or (speakers[-1] if speakers and not doc.mentions[index] else None)
            )
        return speakers

    def _speech_acts(self, sentence: Sentence) -> list[int]:
        """Where speech, stance and ceasefire verbs start, in order, as absolute offsets."""
        lex, text = self.lexicon, sentence.text
        starts = [
            *(match.start() for match in lex.speech.finditer(text)),
            *(match.start() for match in lex.stances.finditer(text)),
            *(match.start() for match in lex.cease_acts.finditer(text)),
        ]
        return sorted(sentence.start + start for start in starts)

    # --- parties and people --------------------------------------------------------------

    def _parties(self, doc: _Doc) -> list[GroundedParty]:
        first: dict[str, Sentence] = {}
        surfaces: dict[str, dict[str, None]] = {}
        entries: dict[str, PartyEntry] = {}
        for sentence, mentions in zip(doc.sentences, doc.mentions, strict=True):
            for mention in mentions:
                if not isinstance(mention.entry, PartyEntry):
                    continue
                name = mention.entry.name
                entries[name] = mention.entry
                first.setdefault(name, sentence)
                surfaces.setdefault(name, {})[" ".join(mention.surface.split())] = None
        return [
            GroundedParty(
                name=name,
                surface_forms=list(surfaces[name])[:20],
                kind=entry.kind,
                role=entry.role,
                evidence=first[name].text,
                span=_span(first[name]),
            )
            for name, entry in entries.items()
        ]

    def _people(self, doc: _Doc, notes: list[str]) -> list[GroundedPerson]:
        found: dict[str, GroundedPerson] = {}
        for index, sentence in enumerate(doc.sentences):
            known = [m for m in doc.mentions[index] if isinstance(m.entry, PersonEntry)]
            for mention in known:
                self._add_known(found, mention, sentence)
            for gap_start, gap_end in _gaps(sentence, doc.mentions[index]):
                for name in _NAME.finditer(doc.text, gap_start, gap_end):
                    person = self._name_candidate(doc, index, name, notes)
                    if person is not None and person.name_as_written not in found:
                        found[person.name_as_written] = person
        return list(found.values())

    def _add_known(
        self, found: dict[str, GroundedPerson], mention: Mention, sentence: Sentence
    ) -> None:
        entry = mention.entry
        assert isinstance(entry, PersonEntry)
        written = " ".join(mention.surface.split())
        existing = found.get(entry.name)
        if existing is not None:
            if len(written) > len(existing.name_as_written):
                found[entry.name] = existing.model_copy(update={"name_as_written": written})
            return
        found[entry.name] = GroundedPerson(
            name_as_written=written,
            canonical_name=entry.name,
            affiliation=entry.affiliation,
            title=entry.title,
            evidence=sentence.text,
            span=_span(sentence),
        )

    def _name_candidate(
        self, doc: _Doc, index: int, name: re.Match[str], notes: list[str]
    ) -> GroundedPerson | None:
        """A capitalised name the table does not list verbatim: garbled known, or titled."""
        words = name.group().split()
        while words and words[0] in self.lexicon.not_name_words:
            words = words[1:]
        if len(words) < 2 or any(w in self.lexicon.not_name_words for w in words):
            return None
        written = " ".join(words)
        start = name.start() + name.group().index(words[0])
        sentence = doc.sentences[index]
        known = self.actors.resolve_person(written)
        if known is not None:
            notes.append(f"garbled name: {written!r} read as {known.name}")
            return GroundedPerson(
                name_as_written=written,
                canonical_name=known.name,
                affiliation=known.affiliation,
                title=known.title,
                evidence=sentence.text,
                span=_span(sentence),
            )
        if self.actors.resolve_party(written) is not None:
            return None
        lead = doc.text[max(sentence.start, start - 40) : start]
        title = re.search(rf"(?:{self.lexicon.titles.pattern})\s*,?\s*$", lead, re.IGNORECASE)
        said = re.search(rf"(?:{self.lexicon.speech.pattern})\s*$", lead, re.IGNORECASE)
        if title is None and said is None:
            return None
        title_text = title.group().strip(" ,") if title else None
        return GroundedPerson(
            name_as_written=written,
            canonical_name=None,
            affiliation=self._unknown_affiliation(doc, index, lead, title_text),
            title=title_text,
            evidence=sentence.text,
            span=_span(sentence),
        )

    def _unknown_affiliation(
        self, doc: _Doc, index: int, lead: str, title: str | None
    ) -> str | None:
        if title is not None and plain(title) in self.lexicon.media_titles:
            outlet = re.search(r"([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)\s+\S+\s*$", lead)
            return outlet.group(1) if outlet else None
        if title is not None:
            before = self.actors.find_mentions(lead)
            if before and isinstance(before[-1].entry, PartyEntry):
                return before[-1].entry.name
        # "the head of the ICRC ... " in the sentence before "..., said NAME."
        for sentence_index in (index, index - 1):
            if sentence_index < 0:
                continue
            sentence = doc.sentences[sentence_index]
            leader = self.lexicon.leader_of.search(sentence.text)
            if leader is None:
                continue
            after = [
                m for m in doc.mentions[sentence_index] if m.start >= sentence.start + leader.end()
            ]
            if after and isinstance(after[0].entry, PartyEntry):
                return after[0].entry.name
        return None

    # --- figures -------------------------------------------------------------------------

    def _figures(self, doc: _Doc) -> list[GroundedFigure]:
        figures: list[GroundedFigure] = []
        for index, quantities in enumerate(doc.quantities):
            previous_metric: Metric | None = None
            for position in range(len(quantities)):
                figure = self._figure(doc, index, quantities, position, previous_metric)
                previous_metric = figure.metric if figure else None
                if figure is not None:
                    figures.append(figure)
        return figures

    def _figure(
        self,
        doc: _Doc,
        index: int,
        quantities: Sequence[QuantityMatch],
        position: int,
        previous_metric: Metric | None,
    ) -> GroundedFigure | None:
        lex, text, sentence = self.lexicon, doc.text, doc.sentences[index]
        quantity = quantities[position]
        next_start = (
            quantities[position + 1].start if position + 1 < len(quantities) else sentence.end
        )
        prev_end = quantities[position - 1].end if position > 0 else sentence.start
        after = text[quantity.end : min(next_start, quantity.end + lex.window_after)]
        before = text[max(prev_end, quantity.start - lex.window_before) : quantity.start]
        if lex.not_counts.match(after):
            return None
        metric, equipment, phrase_end = self._metric(sentence, quantity, after, before)
        if metric is None and previous_metric is not None and lex.inherit_metric.search(before):
            metric, phrase_end = previous_metric, quantity.end + len(after.split(",")[0])
        if metric is None:
            return None
        phrase = text[quantity.end : phrase_end]
        claimant = self._claimant(doc, index, quantity)
        return GroundedFigure(
            claimant=claimant.name if claimant else None,
            subject=self._loss_subject(doc, index, quantity, phrase, after, metric, claimant),
            metric=metric,
            equipment_class=equipment,
            population=self._population(metric, phrase + re.split(r"[;.]|,\s", after)[0]),
            raw_text=quantity.raw,
            value=quantity.quantity.value,
            low=quantity.quantity.low,
            high=quantity.quantity.high,
            qualifier=quantity.quantity.qualifier,
            scope=self._scope(sentence, after, before),
            time_scope=self._time_scope(doc, index),
            evidence=sentence.text,
            span=_span(sentence),
        )

    def _metric(
        self, sentence: Sentence, quantity: QuantityMatch, after: str, before: str
    ) -> tuple[Metric | None, str | None, int]:
        """The metric (and equipment class) of a number, and where its noun phrase ends."""
        lex = self.lexicon
        noun = lex.equipment_after.match(after)
        if noun is not None and lex.destruction.search(sentence.text):
            equipment = lex.equipment_of[plain(noun.group("noun"))]
            return "equipment_destroyed", equipment, quantity.end + noun.end()
        clause_after = re.split(r"[;.]|,\s", after, maxsplit=1)[0]
        forward = lex.metric_words.search(clause_after)
        if forward is not None:
            metric = lex.metric_of[plain(forward.group())]
            return _as_metric(metric), None, quantity.end + forward.end()
        backward = list(lex.metric_words.finditer(before))
        if backward:
            metric = lex.metric_of[plain(backward[-1].group())]
            noun_phrase_end = _PHRASE_AFTER.match(after).end()  # type: ignore[union-attr]
            return _as_metric(metric), None, quantity.end + noun_phrase_end
        return None, None, quantity.end

    def _claimant(self, doc: _Doc, index: int, quantity: QuantityMatch) -> Entry | None:
        """Who states the figure: the speaker before it, 'according to X', or '..., X said'."""
        sentence = doc.sentences[index]
        stances = [sentence.start + m.start() for m in self.lexicon.stances.finditer(sentence.text)]
        verbs = sorted(
            v
            for v in (*(v for v, _ in self._speech_verbs(sentence)), *stances)
            if v < quantity.start
        )
        for verb_start in reversed(verbs):
            subjects = self._subjects(doc, index, verb_start)
            if subjects:
                return subjects[0]
        mentions = doc.mentions[index]
        for according in self.lexicon.according_to.finditer(sentence.text):
            source_start = sentence.start + according.end()
            after = [m for m in mentions if source_start <= m.start <= source_start + 30]
            if after:
                return after[0].entry
        for verb_start, verb_end in self._speech_verbs(sentence):
            if verb_start <= quantity.end:
                continue
            for mention in mentions:
                between = doc.text[mention.end : verb_start]
                tail = doc.text[verb_end : mention.start]
                quoted = re.search(r"[,\"”’]", doc.text[quantity.end : mention.start])
                just_before = quantity.end < mention.start and mention.end <= verb_start
                if just_before and not between.strip() and quoted:
                    return mention.entry
                if mention.start >= verb_end and not tail.strip():
                    return mention.entry
        return None

    def _speech_verbs(self, sentence: Sentence) -> list[tuple[int, int]]:
        """Speech verbs in the sentence ('claimed the lives of' is not speech)."""
        return [
            (sentence.start + m.start(), sentence.start + m.end())
            for m in self.lexicon.speech.finditer(sentence.text)
            if not re.match(r"\s+(?:the\s+)?lives\b", sentence.text[m.end() :])
        ]

    def _loss_subject(
        self,
        doc: _Doc,
        index: int,
        quantity: QuantityMatch,
        phrase: str,
        after: str,
        metric: Metric,
        claimant: Entry | None,
    ) -> str | None:
        """Whose losses: a party in the figure's phrase, 'of the X army', or the claimant's own."""
        phrase_start, phrase_end = quantity.end, quantity.end + len(phrase)
        mentions = doc.mentions[index]
        if re.search(r"\b(both|two|all) sides\b", after, re.IGNORECASE):
            return None
        in_phrase = [m for m in mentions if phrase_start <= m.start and m.end <= phrase_end]
        owner = re.match(r"\s+of\s+(?:the\s+)?", doc.text[phrase_end : phrase_end + 15])
        if owner is not None:
            in_phrase += [m for m in mentions if m.start == phrase_end + owner.end()]
        parties = [
            self._party_name(m.entry)
            for m in in_phrase
            if not self.lexicon.origin_suffix.match(doc.text, m.end)
        ]
        if parties and parties[0]:
            return parties[0]
        claimant_party = self._party_name(claimant) if claimant else None
        if metric == "equipment_destroyed" and claimant_party:
            return self._other_belligerent(doc, index, claimant_party)
        sentence = doc.sentences[index]
        verbs = self.lexicon.speech.finditer(doc.text, sentence.start, quantity.start)
        own_loss = any(plain(v.group()) in self.lexicon.own_loss for v in verbs)
        # A belligerent's casualty report naming no other belligerent is about its own losses.
        alone = claimant_party in doc.belligerents and not self._other_belligerent_named(
            doc, index, claimant_party
        )
        if metric in _CASUALTY_METRICS and claimant_party and (own_loss or alone):
            return claimant_party
        return None

    def _other_belligerent_named(self, doc: _Doc, index: int, party: str) -> bool:
        return any(
            isinstance(m.entry, PartyEntry)
            and m.entry.role == "belligerent"
            and m.entry.name != party
            for m in doc.mentions[index]
        )

    def _other_belligerent(self, doc: _Doc, index: int, party: str) -> str | None:
        others = {
            m.entry.name
            for m in doc.mentions[index]
            if isinstance(m.entry, PartyEntry)
            and m.entry.role == "belligerent"
            and m.entry.name != party
        }
        return others.pop() if len(others) == 1 else None

    @staticmethod
    def _party_name(entry: Entry | None) -> str | None:
        if isinstance(entry, PersonEntry):
            return entry.affiliation
        return entry.name if entry else None

    def _population(self, metric: Metric, phrase: str) -> Population:
        if metric == "equipment_destroyed":
            return "military"
        if self.lexicon.civilian.search(phrase):
            return "civilian"
        if self.lexicon.military.search(phrase):
            return "military"
        return "unknown"

    def _scope(self, sentence: Sentence, after: str, before: str) -> FigureScope:
        lex = self.lexicon
        if lex.daily_after.search(after):
            return "daily"
        clause_after = re.split(r"[;.]|,\s", after, maxsplit=1)[0]
        if lex.cumulative.search(before) or lex.cumulative.search(clause_after):
            return "cumulative"
        if lex.cumulative.search(sentence.text):
            return "cumulative"
        if lex.daily.search(sentence.text):
            return "daily"
        return "incident"

    def _time_scope(self, doc: _Doc, index: int) -> TimeScope:
        if self.lexicon.history.search(doc.sentences[index].text):
            return "historical"
        if doc.reference_year is not None:
            cutoff = doc.reference_year - self.lexicon.years_before
            if any(year < cutoff for year in doc.years[index]):
                return "historical"
        return "current"

    # --- ceasefire calls -----------------------------------------------------------------

    def _ceasefire_calls(self, doc: _Doc) -> list[GroundedCeasefireCall]:
        calls: list[GroundedCeasefireCall] = []
        for index, sentence in enumerate(doc.sentences):
            lex = self.lexicon
            trigger = lex.cease_triggers.search(sentence.text)
            act = lex.cease_acts.search(sentence.text) if trigger else None
            if trigger is None or act is None:
                continue
            act_position = sentence.start + min(act.start(), trigger.start())
            callers = self._subjects(doc, index, act_position)
            kind = next((k for k, p in lex.cease_kinds if p.search(sentence.text)), "immediate")
            for caller in dict.fromkeys(callers):
                calls.append(
                    GroundedCeasefireCall(
                        caller=caller.name,
                        addressees=self._addressees(doc, index, caller, act_position),
                        kind=kind,
                        conditions=self._conditions(sentence) if kind == "conditional" else None,
                        evidence=sentence.text,
                        span=_span(sentence),
                    )
                )
        return calls

    def _addressees(self, doc: _Doc, index: int, caller: Entry, position: int) -> list[str]:
        sentence = doc.sentences[index]
        own = self._party_name(caller)
        named = [
            party
            for party in (self._party_name(m.entry) for m in doc.mentions[index])
            if party is not None and party != own and party in doc.belligerents
        ]
        if self.lexicon.both_sides.search(sentence.text) or not named:
            pool = list(dict.fromkeys(named)) or doc.belligerents
            both = re.search(r"\b(two|both)\b", sentence.text, re.IGNORECASE)
            return [name for name in pool if name != own][: 2 if both else 10]
        return list(dict.fromkeys(named))[:10]

    def _conditions(self, sentence: Sentence) -> str | None:
        match = self.lexicon.conditional.search(sentence.text)
        if match is None:
            return None
        return _one_line(sentence.text[match.start() :].rstrip(" ."), 300)

    # --- positions -----------------------------------------------------------------------

    def _positions(self, doc: _Doc) -> list[GroundedPosition]:
        positions: list[GroundedPosition] = []
        for index, sentence in enumerate(doc.sentences):
            seen: set[tuple[str, str]] = set()
            for match in self.lexicon.stances.finditer(sentence.text):
                position = self._position(doc, index, match)
                if position is not None and (position.holder, position.stance) not in seen:
                    seen.add((position.holder, position.stance))
                    positions.append(position)
        return positions

    def _position(self, doc: _Doc, index: int, match: PhraseMatch) -> GroundedPosition | None:
        sentence = doc.sentences[index]
        stance = _as_stance(self.lexicon.stance_of[plain(match.group())])
        verb_start, verb_end = sentence.start + match.start(), sentence.start + match.end()
        clause_end = _clause_end(doc.text, verb_end, sentence.end)
        rest = doc.text[verb_end:clause_end]
        if stance == "demand" and self.lexicon.cease_triggers.search(rest):
            return None  # a plain ceasefire call is recorded as a ceasefire call only
        agent = re.match(r"\s+by\s+(?:the\s+)?", rest)
        by_agent = [m for m in doc.mentions[index] if agent and m.start == verb_end + agent.end()]
        if by_agent:  # passive: "supported by Yerevan", "denied by Armenia"
            holder: Entry = by_agent[0].entry
            subjects = self._subjects(doc, index, verb_start)
            target = subjects[0].name if subjects and subjects[0] != holder else None
        else:
            holders = self._subjects(doc, index, verb_start)
            if not holders:
                return None
            holder = holders[0]
            target = self._target(doc, index, holder, verb_start, clause_end)
        return GroundedPosition(
            holder=holder.name,
            target=target,
            topic=_topic(rest),
            stance=stance,
            summary=_one_line(doc.text[sentence.start : clause_end]),
            evidence=sentence.text,
            span=_span(sentence),
        )

    def _target(
        self, doc: _Doc, index: int, holder: Entry, verb_start: int, clause_end: int
    ) -> str | None:
        holder_party = self._party_name(holder)
        mentions = doc.mentions[index]
        after = [m for m in mentions if verb_start < m.start < clause_end]
        clause_start = self._clause_start(doc.text, doc.sentences[index].start, verb_start)
        before = [m for m in mentions if clause_start <= m.start < verb_start]
        for mention in (*after, *before):
            party = self._party_name(mention.entry)
            if mention.entry.name != holder.name and party != holder_party:
                return mention.entry.name
        return None


# --- small helpers -------------------------------------------------------------------------


def _place(
    sentences: Sequence[Sentence],
    starts: Sequence[int],
    buckets: list[list[Any]],
    start: int,
    end: int,
    item: object,
) -> None:
    """Put `item` into the bucket of the sentence that contains `start:end`, if any."""
    index = bisect.bisect_right(starts, start) - 1
    if index >= 0 and end <= sentences[index].end:
        buckets[index].append(item)


def _drafts(draft_type: type[DraftT], items: Iterable[BaseModel]) -> list[DraftT]:
    """The draft-layer copy of grounded items (what the extractor 'said', without spans)."""
    return [draft_type.model_validate(item.model_dump(exclude={"span"})) for item in items]


def _gaps(sentence: Sentence, mentions: Sequence[Mention]) -> Iterator[tuple[int, int]]:
    """The stretches of a sentence between actor mentions."""
    position = sentence.start
    for mention in mentions:
        yield position, mention.start
        position = mention.end
    yield position, sentence.end


def _span(sentence: Sentence) -> Span:
    return Span(start=sentence.start, end=sentence.end, status="exact", score=1.0)


def _reference_year(event_date: str | None, years: Sequence[int]) -> int | None:
    if event_date and re.match(r"\d{4}", event_date):
        return int(event_date[:4])
    return max(years) if years else None


def _clause_end(text: str, start: int, sentence_end: int) -> int:
    match = re.compile(r"[;.]|,\s+(?:and|but|while|as|stressing|adding|saying)\b").search(
        text, start, sentence_end
    )
    return match.start() if match else sentence_end


def _topic(clause: str) -> str:
    words = re.sub(r"^\W*(?:of|that|to|for|on|about|the)\b\s*", "", clause.strip()).split()
    return " ".join(words[:10]).strip(' ,.;:"“”') or "unspecified"


def _as_metric(name: str) -> Metric:
    assert name in get_args(Metric)
    return name  # type: ignore[return-value]


def _as_stance(name: str) -> Stance:
    assert name in get_args(Stance)
    return name  # type: ignore[return-value]
