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
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, get_args

from pydantic import BaseModel, ConfigDict, ValidationError

from summarize.actors import ActorTable, Entry, Mention, PartyEntry, PersonEntry, plain
from summarize.errors import InputError
from summarize.ground import Grounding, build_extraction
from summarize.ingest import Article
from summarize.numbers import SCALES, TENS, UNITS, Quantity, QuantityMatch, find_quantities
from summarize.numbers import load_lexicon as number_lexicon
from summarize.phrases import PhraseMatch, PhraseMatcher
from summarize.schema import (
    MAX_ITEMS,
    ArticleDraft,
    ArticleMetaDraft,
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
    Span,
    Stance,
    TimeScope,
    Usage,
)

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
_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
_MONTH_NUMBER = {name.lower(): number for number, name in enumerate(_MONTHS, start=1)}
# "in July" (no day, no year): a month of an earlier episode when it is before the events'.
_MONTH_WITHOUT_DAY = re.compile(
    rf"\b(?:in|since|during|last)\s+({'|'.join(_MONTHS)})\b(?![\s,]*\d)", re.IGNORECASE
)
# The words between two figures when the second one's noun is left out ("killed and").
_ELLIPSIS = re.compile(r"^[^;:.]{0,60}\b(?:and|,)\s*$")
_CLOSING = re.compile(r"[.!?…:;][\"'”’)\]]*\s*$|[\"”]\s*$")
# A passive auxiliary right before a stance verb ("were accused of", "has been denied").
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|be)\s+(?:\w+ly\s+)?$")
_LINE = re.compile(r"[^\n]+")
_WORD_BEFORE_STOP = re.compile(r"([\w.]+)[.!?…]*$")
# A year, also before a comma ("in 1994, with ..."), but not inside "1,994" or "2020,000".
_YEAR_IN_PROSE = re.compile(r"(?<![\d,.])(?:1[89]|20)\d\d(?!\d|,\d)")
_AS_PARTICIPLE = re.compile(r"\bas\s+\w+ing\b", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_WORD_AT = re.compile(r"\w+")
_HAS_WORD = re.compile(r"\w")
_CLAUSE_AFTER = re.compile(r"[;.]|,\s")
_CLAUSE_END = re.compile(r"[;.]|,\s+(?:and|but|while|as|stressing|adding|saying)\b")
_JOINED_BY_AND = re.compile(r"\s+and\s+(?:\w+\s+){0,4}")
_LIVES = re.compile(r"\s+(?:the\s+)?lives\b")
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
    month_before_events: bool = False


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
    casualties_as_deaths: list[str] = []
    compound_heads: list[str] = []
    metrics: dict[str, list[str]]
    equipment: dict[str, list[str]]
    infrastructure: dict[str, list[str]] = {}
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
    past_agreed: list[str] = []
    both_sides: list[str]


class _ReportsRaw(_Section):
    both_sides: list[str] = []
    acts: list[str] = []
    held_by: list[str] = []
    own_side: list[str] = []
    speaker_stances: list[str] = []


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
    reports: _ReportsRaw = _ReportsRaw()
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
    infrastructure_classes: frozenset[str]
    lone_item: re.Pattern[str]
    casualties_as_deaths: PhraseMatcher
    paired_metrics: re.Pattern[str]
    number_words: PhraseMatcher
    destruction: PhraseMatcher
    military: PhraseMatcher
    civilian: PhraseMatcher
    daily_after: re.Pattern[str]
    cumulative: re.Pattern[str]
    daily: re.Pattern[str]
    history: re.Pattern[str]
    years_before: int
    month_before_events: bool
    cease_triggers: re.Pattern[str]
    cease_acts: re.Pattern[str]
    cease_kinds: tuple[tuple[CeasefireKind, re.Pattern[str]], ...]
    conditional: re.Pattern[str]
    past_agreed: re.Pattern[str]
    both_sides: PhraseMatcher
    stances: PhraseMatcher
    stance_of: dict[str, str]
    both_sides_subject: PhraseMatcher
    report_acts: re.Pattern[str]
    held_by: re.Pattern[str]
    own_side: re.Pattern[str]
    own_side_after: re.Pattern[str]
    speaker_stances: frozenset[str]
    titles: PhraseMatcher
    title_before: re.Pattern[str]
    said_before: re.Pattern[str]
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
        # Infrastructure nouns are read like equipment nouns; their metric is "other".
        equipment_words, equipment_of = _keyed({**figures.equipment, **figures.infrastructure})
        stances, stance_of = _keyed(raw.positions)
        equipment_body = equipment_words.pattern
        compound_heads = _phrases(figures.compound_heads).pattern
        own_side = _phrases(raw.reports.own_side).pattern
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
            infrastructure_classes=frozenset(figures.infrastructure),
            # "an Azeri warplane", "a bridge": one item, past at most two modifiers.
            lone_item=re.compile(
                rf"\b(?P<article>an?)(?:[ \t]+[\w’'-]+){{0,2}}?[ \t]+(?P<noun>{equipment_body})"
                rf"(?![ \t]+{compound_heads})",
                re.IGNORECASE,
            ),
            casualties_as_deaths=_phrases(figures.casualties_as_deaths),
            # "a number of dead and wounded": two metric words joined right after the number.
            paired_metrics=re.compile(
                rf"^[ \t]+(?:[\w’'-]+[ \t]+){{0,2}}?(?P<first>{metric_words.pattern})"
                rf"[ \t]+and[ \t]+(?P<second>{metric_words.pattern})",
                re.IGNORECASE,
            ),
            # Words that can spell a figure: a sentence without them or digits has none.
            number_words=PhraseMatcher(
                [*UNITS, *TENS, *SCALES, *number_lexicon().vague_phrases],
                joined_by_hyphen=True,
            ),
            destruction=_phrases(figures.destruction.words),
            military=_phrases(figures.population.military),
            civilian=_phrases(figures.population.civilian),
            daily_after=_regexes(figures.scope.daily_after),
            cumulative=_regexes(figures.scope.cumulative),
            daily=_regexes(figures.scope.daily),
            history=_regexes(figures.history.phrases),
            years_before=figures.history.years_before,
            month_before_events=figures.history.month_before_events,
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
            past_agreed=_regexes(cease.past_agreed),
            both_sides=_phrases(cease.both_sides),
            stances=stances,
            stance_of=stance_of,
            both_sides_subject=_phrases(raw.reports.both_sides),
            report_acts=_regexes(raw.reports.acts),
            held_by=_regexes(raw.reports.held_by),
            own_side=re.compile(own_side, re.IGNORECASE),
            own_side_after=re.compile(rf"^\s*(?:{own_side})", re.IGNORECASE),
            speaker_stances=frozenset(plain(phrase) for phrase in raw.reports.speaker_stances),
            titles=_phrases(raw.people.titles),
            title_before=re.compile(
                rf"(?:{_phrases(raw.people.titles).pattern})\s*,?\s*$", re.IGNORECASE
            ),
            said_before=re.compile(rf"(?:{_phrases(raw.speech.verbs).pattern})\s*$", re.IGNORECASE),
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
        for line in _LINE.finditer(text, region_start, region_end):
            cuts = [line.start()]
            for stop in _SENTENCE_END.finditer(text, line.start(), line.end()):
                # The word before the stop, read from a short window (not the whole line).
                before = _WORD_BEFORE_STOP.search(
                    text, max(line.start(), stop.start() - 40), stop.start() + 1
                )
                word = before.group(1).rstrip(".").casefold() if before else ""
                if word in abbreviations or (len(word) == 1 and "a" <= word <= "z"):
                    continue
                cuts.append(stop.end())
            cuts.append(line.end())
            for cut_start, cut_end in itertools.pairwise(cuts):
                start, end = _trimmed(text, cut_start, cut_end)
                if _HAS_WORD.search(text, start, end):
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
    reference_month: int | None
    belligerents: list[str]  # in the order of how often the article names them
    sides: list[str]  # the two warring sides that "both sides" means (states first)
    speech: list[list[tuple[int, int]]]  # per sentence, speech verbs, absolute offsets
    stances: list[list[tuple[int, int, Stance]]]  # per sentence, stance phrases, absolute
    cease_triggers: list[int | None]  # per sentence, where a ceasefire is first named
    cease_acts: list[list[int]]  # per sentence with a ceasefire, where its acts start
    speakers: list[Entry | None]  # who speaks in each sentence (for "he said" in the next)
    scopes: dict[int, FigureScope] = field(default_factory=dict)  # per sentence, when read


def _person_first(mentions: Sequence[Mention], text: str = "") -> list[Entry]:
    """The subject among mentions: the first person (and people joined to it by 'and'),
    else the first party."""
    people = [m for m in mentions if isinstance(m.entry, PersonEntry)]
    if not people:
        return [mentions[0].entry] if mentions else []
    joined = [people[0]]
    for person in people[1:]:
        between = text[joined[-1].end : person.start] if text else ""
        if not _JOINED_BY_AND.fullmatch(between):
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
        calls = self._ceasefire_calls(doc)
        draft_items: dict[str, list[Any]] = {
            "parties": self._parties(doc),
            "people": people,
            "ceasefire_calls": calls,
            "positions": self._positions(doc, calls),
            "figures": self._figures(doc),
        }
        for key, items in draft_items.items():
            draft_items[key] = items[:MAX_ITEMS]
        # Grounded items are draft items with a span: no copy needed (nor a second validation).
        draft = ArticleDraft(
            meta=ArticleMetaDraft(
                title=article.title, event_date=article.event_date, quality_notes=notes[:10]
            ),
            **draft_items,
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
            has_metric = self.lexicon.metric_words.search(sentence.text) is not None
            has_equipment = self.lexicon.equipment_words.search(sentence.text) is not None
            if not (has_metric or has_equipment):
                continue  # reading numbers is the costly part: only where a figure can be
            printed = _DIGIT.search(sentence.text) or self.lexicon.number_words.search(
                sentence.text
            )
            found = find_quantities(sentence.text) if printed else []
            for q in found:
                q_start, q_end = q.start + sentence.start, q.end + sentence.start
                if q.kind == "year" and q.quantity.value is not None:
                    years[index].append(q.quantity.value)
                if q.kind == "count":
                    quantities[index].append(
                        QuantityMatch(q_start, q_end, q.raw, q.quantity, q.kind)
                    )
            if has_equipment:
                quantities[index].extend(self._lone_items(sentence, found))
                quantities[index].sort(key=lambda q: q.start)
        article_years = [
            int(year) for start, end in regions for year in _YEAR.findall(text, start, end)
        ]
        belligerents = self._belligerents(mentions)
        triggers = [_start_in(s, self.lexicon.cease_triggers.search(s.text)) for s in sentences]
        doc = _Doc(
            text=text,
            sentences=sentences,
            mentions=mentions,
            quantities=quantities,
            years=years,
            reference_year=_reference_year(article.event_date, article_years),
            reference_month=_reference_month(article.event_date),
            belligerents=belligerents,
            sides=self._sides(belligerents),
            speech=[self._absolute(s, self.lexicon.speech.finditer(s.text)) for s in sentences],
            stances=[self._stances(s) for s in sentences],
            cease_triggers=triggers,
            cease_acts=[
                [s.start + m.start() for m in self.lexicon.cease_acts.finditer(s.text)]
                if trigger is not None
                else []
                for s, trigger in zip(sentences, triggers, strict=True)
            ],
            speakers=[],
        )
        doc.speakers = self._speakers(doc)
        return doc

    @staticmethod
    def _absolute(sentence: Sentence, matches: Iterable[PhraseMatch]) -> list[tuple[int, int]]:
        return [(sentence.start + m.start(), sentence.start + m.end()) for m in matches]

    def _stances(self, sentence: Sentence) -> list[tuple[int, int, Stance]]:
        return [
            (
                sentence.start + m.start(),
                sentence.start + m.end(),
                _as_stance(self.lexicon.stance_of[plain(m.group())]),
            )
            for m in self.lexicon.stances.finditer(sentence.text)
        ]

    def _lone_items(
        self, sentence: Sentence, numbers: Sequence[QuantityMatch]
    ) -> Iterator[QuantityMatch]:
        """'an Azeri warplane', 'a bridge': one destroyed item counted by its article.

        The match covers the article only, so the noun is read like a number's noun."""
        if self.lexicon.destruction.search(sentence.text) is None:
            return
        for item in self.lexicon.lone_item.finditer(sentence.text):
            start, end = item.span()
            if _DIGIT.search(item.group()) or any(q.start < end and start < q.end for q in numbers):
                continue  # "an estimated 200 tanks" is a number's phrase
            yield QuantityMatch(
                sentence.start + start,
                sentence.start + item.end("article"),
                item.group(),
                Quantity(1, None, None, "exact"),
                "count",
            )

    def _sides(self, belligerents: Sequence[str]) -> list[str]:
        """The two sides a text means by 'both sides': the most-named warring states."""
        states = [
            name
            for name in belligerents
            if isinstance(entry := self.actors.get(name), PartyEntry) and entry.kind == "state"
        ]
        return (states if len(states) >= 2 else list(belligerents))[:2]

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
        verb = _WORD_AT.match(doc.text, position)
        lead = doc.text[sentence.start : position]
        if verb and verb.group().endswith("ing") and _PARTICIPLE_LEAD.search(lead):
            if lead.rstrip().lower().endswith(" as") and before:
                return [before[-1].entry]  # "quoted the Prime Minister as welcoming"
            quoted_as = list(_AS_PARTICIPLE.finditer(lead))
            said_by = [
                m for m in before if quoted_as and m.end <= sentence.start + quoted_as[-1].start()
            ]
            if said_by:  # "quoted X as welcoming ..., warning ...": still X
                return [said_by[-1].entry]
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
            if _HAS_WORD.search(text, start, position):
                return start
        return sentence_start

    def _speakers(self, doc: _Doc) -> list[Entry | None]:
        speakers: list[Entry | None] = []
        for index in range(len(doc.sentences)):
            doc.speakers = speakers
            speaker = None
            for verb_start in self._speech_acts(doc, index):
                subjects = self._subjects(doc, index, verb_start)
                if subjects:
                    speaker = subjects[0]
                    break
            speakers.append(
                speaker or (speakers[-1] if speakers and not doc.mentions[index] else None)
            )
        return speakers

    @staticmethod
    def _speech_acts(doc: _Doc, index: int) -> list[int]:
        """Where speech, stance and ceasefire verbs start, in order, as absolute offsets."""
        return sorted(
            [
                *(start for start, _ in doc.speech[index]),
                *(start for start, _, _ in doc.stances[index]),
                *doc.cease_acts[index],
            ]
        )

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
        title = self.lexicon.title_before.search(lead)
        said = self.lexicon.said_before.search(lead)
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
            previous: GroundedFigure | None = None
            for position in range(len(quantities)):
                previous_metric = previous.metric if previous else None
                figure = self._figure(doc, index, quantities, position, previous_metric)
                if figure is not None and previous is not None:
                    between = doc.text[quantities[position - 1].end : quantities[position].start]
                    figure = _elided(figure, previous, between)
                previous = figure
                if figure is not None:
                    figures.append(figure)
                    figures.extend(self._paired(doc, quantities[position], figure))
        return figures

    def _paired(
        self, doc: _Doc, quantity: QuantityMatch, figure: GroundedFigure
    ) -> list[GroundedFigure]:
        """'dozens of dead and wounded': one number, two casualty figures."""
        after = doc.text[quantity.end : quantity.end + self.lexicon.window_after]
        pair = self.lexicon.paired_metrics.match(after)
        if pair is None:
            return []
        first, second = (self.lexicon.metric_of[plain(pair.group(g))] for g in ("first", "second"))
        if figure.metric != first or second == first or second not in _CASUALTY_METRICS:
            return []
        return [figure.model_copy(update={"metric": _as_metric(second)})]

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
        deaths = lex.casualties_as_deaths.search(sentence.text, quantity.end - sentence.start)
        if metric == "casualties" and deaths is not None:
            metric = "killed"  # "54 more casualties, bringing the death toll to 158"
        phrase = text[quantity.end : phrase_end]
        claimant = self._claimant(doc, index, quantity)
        return GroundedFigure(
            claimant=claimant.name if claimant else None,
            subject=self._loss_subject(doc, index, quantity, phrase, after, metric, claimant),
            metric=metric,
            equipment_class=equipment,
            population=self._population(metric, phrase + _CLAUSE_AFTER.split(after, maxsplit=1)[0]),
            raw_text=quantity.raw,
            value=quantity.quantity.value,
            low=quantity.quantity.low,
            high=quantity.quantity.high,
            qualifier=quantity.quantity.qualifier,
            scope=self._scope(self._sentence_scope(doc, index), after, before),
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
            # Infrastructure (a bridge) is an "other" loss, not military equipment.
            lost: Metric = (
                "other" if equipment in lex.infrastructure_classes else "equipment_destroyed"
            )
            return lost, equipment, quantity.end + noun.end()
        clause_after = _CLAUSE_AFTER.split(after, maxsplit=1)[0]
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
        speech = self._speech_verbs(doc, index)
        verbs = sorted(
            v
            for v in (*(v for v, _ in speech), *(v for v, _, _ in doc.stances[index]))
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
        for verb_start, verb_end in speech:
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

    @staticmethod
    def _speech_verbs(doc: _Doc, index: int) -> list[tuple[int, int]]:
        """Speech verbs in the sentence ('claimed the lives of' is not speech)."""
        return [(start, end) for start, end in doc.speech[index] if not _LIVES.match(doc.text, end)]

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
            names_a_side = any(self._party_name(m.entry) in doc.belligerents for m in mentions)
            if index > 0 and not names_a_side:  # "It indicated ...": the list goes on
                return self._other_belligerent(doc, index - 1, claimant_party)
            return self._other_belligerent(doc, index, claimant_party)
        own_loss = any(
            plain(doc.text[start:end]) in self.lexicon.own_loss
            for start, end in doc.speech[index]
            if start < quantity.start
        )
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

    def _scope(self, sentence_scope: FigureScope, after: str, before: str) -> FigureScope:
        lex = self.lexicon
        if lex.daily_after.search(after):
            return "daily"
        clause_after = _CLAUSE_AFTER.split(after, maxsplit=1)[0]
        if lex.cumulative.search(before) or lex.cumulative.search(clause_after):
            return "cumulative"
        return sentence_scope

    def _sentence_scope(self, doc: _Doc, index: int) -> FigureScope:
        """The scope a sentence's wording gives every figure in it (read once per sentence)."""
        if index not in doc.scopes:
            text = doc.sentences[index].text
            doc.scopes[index] = (
                "cumulative"
                if self.lexicon.cumulative.search(text)
                else "daily"
                if self.lexicon.daily.search(text)
                else "incident"
            )
        return doc.scopes[index]

    def _time_scope(self, doc: _Doc, index: int) -> TimeScope:
        text = doc.sentences[index].text
        if self.lexicon.history.search(text):
            return "historical"
        if self.lexicon.month_before_events and doc.reference_month is not None:
            months = (_MONTH_NUMBER[m.group(1).lower()] for m in _MONTH_WITHOUT_DAY.finditer(text))
            if any(month < doc.reference_month for month in months):
                return "historical"  # "a flare-up in July", told in October
        if doc.reference_year is not None:
            cutoff = doc.reference_year - self.lexicon.years_before
            if any(year < cutoff for year in doc.years[index]):
                return "historical"
        return "current"

    # --- ceasefire calls -----------------------------------------------------------------

    def _ceasefire_calls(self, doc: _Doc) -> list[GroundedCeasefireCall]:
        calls: list[GroundedCeasefireCall] = []
        lex = self.lexicon
        for index, sentence in enumerate(doc.sentences):
            trigger = doc.cease_triggers[index]
            if trigger is None:
                continue
            if not doc.cease_acts[index]:
                calls.extend(self._past_ceasefire(doc, index))
                continue
            act_position = min(doc.cease_acts[index][0], trigger)
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

    def _past_ceasefire(self, doc: _Doc, index: int) -> list[GroundedCeasefireCall]:
        """'which ended with a ceasefire in 1994': an earlier ceasefire naming nobody who agreed
        to it was agreed by both sides, each addressing both."""
        sentence = doc.sentences[index]
        earlier_year = doc.reference_year is not None and any(
            int(year) < doc.reference_year for year in _YEAR_IN_PROSE.findall(sentence.text)
        )
        if not earlier_year or self.lexicon.past_agreed.search(sentence.text) is None:
            return []
        return [
            GroundedCeasefireCall(
                caller=side,
                addressees=list(doc.sides),
                kind="agreed",
                conditions=None,
                evidence=sentence.text,
                span=_span(sentence),
            )
            for side in doc.sides
        ]

    def _addressees(self, doc: _Doc, index: int, caller: Entry, position: int) -> list[str]:
        sentence = doc.sentences[index]
        own = self._party_name(caller)
        warring = [
            (mention.start, party)
            for mention in doc.mentions[index]
            if (party := self._party_name(mention.entry)) is not None
            and party != own
            and party in doc.belligerents
        ]
        # Whoever is named after the call is addressed; names before it are context.
        after = [party for start, party in warring if start >= position]
        named = list(dict.fromkeys(after or [party for _, party in warring]))
        if self.lexicon.both_sides.search(sentence.text) or not named:
            pool = named or doc.sides or doc.belligerents
            both = re.search(r"\b(two|both)\b", sentence.text, re.IGNORECASE)
            return [name for name in pool if name != own][: 2 if both else 10]
        return named[:10]

    def _conditions(self, sentence: Sentence) -> str | None:
        match = self.lexicon.conditional.search(sentence.text)
        if match is None:
            return None
        return _one_line(sentence.text[match.start() :].rstrip(" ."), 300)

    # --- positions -----------------------------------------------------------------------

    def _positions(
        self, doc: _Doc, calls: Sequence[GroundedCeasefireCall]
    ) -> list[GroundedPosition]:
        by_sentence: list[list[GroundedPosition]] = [[] for _ in doc.sentences]
        starts = [sentence.start for sentence in doc.sentences]
        for index, sentence in enumerate(doc.sentences):
            if self.lexicon.history.search(sentence.text):
                continue  # an earlier war's stances are context, not today's positions
            found = [
                *(
                    position
                    for stance_match in doc.stances[index]
                    for position in self._stance_positions(doc, index, *stance_match)
                ),
                *self._reported_acts(doc, index),
            ]
            seen: set[tuple[str, str]] = set()
            for position in found:
                if (position.holder, position.stance) not in seen:
                    seen.add((position.holder, position.stance))
                    by_sentence[index].append(position)
        for call in calls:
            if call.kind == "conditional" and call.conditions:
                index = bisect.bisect_right(starts, call.span.start) - 1
                by_sentence[index].append(_condition_as_demand(call))
        return _without_repeated_headlines(doc, by_sentence)

    def _stance_positions(
        self, doc: _Doc, index: int, verb_start: int, verb_end: int, stance: Stance
    ) -> list[GroundedPosition]:
        sentence = doc.sentences[index]
        clause_end = _clause_end(doc.text, verb_end, sentence.end)
        rest = doc.text[verb_end:clause_end]
        if stance == "demand" and self.lexicon.cease_triggers.search(rest):
            return []  # a plain ceasefire call is recorded as a ceasefire call only
        agent = re.match(r"\s+by\s+(?:the\s+)?", rest)
        by_agent = [m for m in doc.mentions[index] if agent and m.start == verb_end + agent.end()]
        if by_agent:  # passive: "supported by Yerevan", "denied by Armenia"
            holder: Entry = by_agent[0].entry
            subjects = self._subjects(doc, index, verb_start)
            target = subjects[0].name if subjects and subjects[0] != holder else None
            return [self._new_position(doc, index, holder.name, target, stance, rest, clause_end)]
        if _PASSIVE_BEFORE.search(doc.text, sentence.start, verb_start):
            return []  # "both sides were accused of": the accuser is not named
        sides = self._both_sides_subject(doc, index, verb_start)
        if sides:  # "both sides accused each other": one position per side
            return [
                self._new_position(doc, index, side, other, stance, rest, clause_end)
                for side, other in zip(sides, reversed(sides), strict=True)
            ]
        holders = self._subjects(doc, index, verb_start)
        if plain(doc.text[verb_start:verb_end]) in self.lexicon.speaker_stances:
            # "X said the plan is unacceptable": the judgement is the speaker's.
            said = [start for start, end in self._speech_verbs(doc, index) if end <= verb_start]
            holders = (self._subjects(doc, index, said[-1]) if said else []) or holders
        return [
            self._new_position(
                doc,
                index,
                holder.name,
                self._target(doc, index, holder, verb_start, clause_end),
                stance,
                rest,
                clause_end,
            )
            for holder in dict.fromkeys(holders)
        ]

    def _both_sides_subject(self, doc: _Doc, index: int, verb_start: int) -> list[str]:
        """The two sides when the verb's subject is 'both sides' / 'the two sides'."""
        sentence = doc.sentences[index]
        clause_start = self._clause_start(doc.text, sentence.start, verb_start)
        found = list(
            self.lexicon.both_sides_subject.finditer(
                sentence.text, clause_start - sentence.start, verb_start - sentence.start
            )
        )
        if not found or len(doc.sides) != 2:
            return []
        subject_end = sentence.start + found[-1].end()
        named_after = any(subject_end <= m.start < verb_start for m in doc.mentions[index])
        return [] if named_after else list(doc.sides)

    def _reported_acts(self, doc: _Doc, index: int) -> Iterator[GroundedPosition]:
        """'X said it destroyed ...' is X's claim; 'X said Y struck ...' accuses Y."""
        lex, sentence = self.lexicon, doc.sentences[index]
        speech = self._speech_verbs(doc, index)
        if not speech or doc.speakers[index] is None:
            return  # nobody speaks here
        acts = [(m, False) for m in lex.report_acts.finditer(sentence.text)]
        acts += [(m, True) for m in lex.held_by.finditer(sentence.text)]
        for act, held in acts:
            act_start, act_end = sentence.start + act.start(), sentence.start + act.end()
            said = [(start, end) for start, end in speech if end <= act_start]
            if not said:
                continue
            verb_start, verb_end = said[-1]
            speakers = self._subjects(doc, index, verb_start)
            speaker_party = self._party_name(speakers[0]) if speakers else None
            if speaker_party not in doc.belligerents:
                continue
            actor = self._act_actor(doc, index, verb_end, act_start, act_end, held)
            other = actor if actor not in (None, speaker_party) else None
            target = other or self._other_belligerent(doc, index, str(speaker_party))
            clause_end = _clause_end(doc.text, act_end, sentence.end)
            rest = doc.text[act_start:clause_end]
            stance: Stance = "accuse" if other else "claim"
            yield self._new_position(doc, index, speakers[0].name, target, stance, rest, clause_end)

    def _act_actor(
        self, doc: _Doc, index: int, said_end: int, act_start: int, act_end: int, held: bool
    ) -> str | None:
        """The warring party doing a reported act; None for the speaker's own side."""
        lex = self.lexicon
        if held:  # "under the control of our forces": the owner comes after
            if lex.own_side_after.match(doc.text, act_end):
                return None
            owners = [m for m in doc.mentions[index] if act_end <= m.start <= act_end + 20]
            return self._party_name(owners[0].entry) if owners else None
        named = [m for m in doc.mentions[index] if said_end <= m.start and m.end <= act_start]
        warring = [m for m in named if self._party_name(m.entry) in doc.belligerents]
        if not warring or lex.own_side.search(doc.text, warring[-1].end, act_start):
            return None
        return self._party_name(warring[-1].entry)

    def _new_position(
        self,
        doc: _Doc,
        index: int,
        holder: str,
        target: str | None,
        stance: Stance,
        rest: str,
        clause_end: int,
    ) -> GroundedPosition:
        sentence = doc.sentences[index]
        return GroundedPosition(
            holder=holder,
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


def _gaps(sentence: Sentence, mentions: Sequence[Mention]) -> Iterator[tuple[int, int]]:
    """The stretches of a sentence between actor mentions."""
    position = sentence.start
    for mention in mentions:
        yield position, mention.start
        position = mention.end
    yield position, sentence.end


def _span(sentence: Sentence) -> Span:
    return Span(start=sentence.start, end=sentence.end, status="exact", score=1.0)


def _elided(figure: GroundedFigure, previous: GroundedFigure, between: str) -> GroundedFigure:
    """'790 soldiers were killed and 1900 wounded': the second figure's noun is elided, so it
    shares the first one's population, subject and claimant."""
    casualties = {figure.metric, previous.metric} <= _CASUALTY_METRICS
    if not casualties or figure.population != "unknown" or not _ELLIPSIS.search(between):
        return figure
    return figure.model_copy(
        update={
            "population": previous.population,
            "subject": figure.subject or previous.subject,
            "claimant": figure.claimant or previous.claimant,
        }
    )


def _condition_as_demand(call: GroundedCeasefireCall) -> GroundedPosition:
    """A conditional ceasefire's condition ("only if they withdraw") is also a demand."""
    return GroundedPosition(
        holder=call.caller,
        target=call.addressees[0] if call.addressees else None,
        topic=_one_line(call.conditions or "", 80),
        stance="demand",
        summary=_one_line(call.conditions or ""),
        evidence=call.evidence,
        span=call.span,
    )


def _without_repeated_headlines(
    doc: _Doc, by_sentence: Sequence[Sequence[GroundedPosition]]
) -> list[GroundedPosition]:
    """A headline's position that the body states again is listed once, from the body."""
    in_body = {
        (position.holder, position.stance)
        for sentence, positions in zip(doc.sentences, by_sentence, strict=True)
        if not _is_headline(sentence)
        for position in positions
    }
    return [
        position
        for sentence, positions in zip(doc.sentences, by_sentence, strict=True)
        for position in positions
        if not (_is_headline(sentence) and (position.holder, position.stance) in in_body)
    ]


def _is_headline(sentence: Sentence) -> bool:
    """A line without closing punctuation: a headline or subheading."""
    return _CLOSING.search(sentence.text, max(0, len(sentence.text) - 6)) is None


def _start_in(sentence: Sentence, match: re.Match[str] | None) -> int | None:
    return None if match is None else sentence.start + match.start()


def _reference_month(event_date: str | None) -> int | None:
    match = re.match(r"\d{4}-(\d{2})", event_date or "")
    return int(match.group(1)) if match else None


def _reference_year(event_date: str | None, years: Sequence[int]) -> int | None:
    if event_date and re.match(r"\d{4}", event_date):
        return int(event_date[:4])
    return max(years) if years else None


def _clause_end(text: str, start: int, sentence_end: int) -> int:
    match = _CLAUSE_END.search(text, start, sentence_end)
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
