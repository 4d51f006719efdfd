"""The rules extractor's lexicon (`summarize/data/lexicon.toml`), validated and compiled once."""

from __future__ import annotations

import functools
import hashlib
import os
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, get_args

from pydantic import BaseModel, ConfigDict, ValidationError

from summarize.actors import plain
from summarize.errors import InputError
from summarize.phrases import PhraseMatcher, flexible_spaces
from summarize.schema import CeasefireAct, CeasefireType, Metric, PartyKind, Stance

from .patterns import WordScan, WordScans, regexes

LEXICON_PATH = Path(__file__).resolve().parents[2] / "data" / "lexicon.toml"


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class _Sentences(_Section):
    abbreviations: list[str]


class _Speech(_Section):
    verbs: list[str]
    pronouns: list[str]
    state_pronouns: list[str]
    group_pronouns: list[str]
    sources: list[str]
    state_sources: list[str]
    naming: list[str]
    reporting: list[str]
    numbered_documents: list[str]
    numbered_document_author: str


class _Scope(_Section):
    daily_after: list[str]
    cumulative: list[str]
    daily: list[str]


class _History(_Section):
    phrases: list[str]
    years_before: int


class _Words(_Section):
    words: list[str]


class _Nouns(_Section):
    nouns: list[str]


class _Population(_Section):
    military: list[str]
    civilian: list[str]
    unstated_people: list[str] = []
    own_side: list[str]
    regular_forces: list[str]


class _Figures(_Section):
    window_after: int
    window_before: int
    not_counts: list[str]
    loss_verbs: list[str] = []
    single_nouns: list[str] = []
    spelling_variants: list[tuple[str, str]] = []
    skipped_vague: list[str] = []
    metrics: dict[str, list[str]]
    equipment: dict[str, list[str]]
    other: _Nouns
    destruction: _Words
    population: _Population
    scope: _Scope
    history: _History


class _Ceasefire(_Section):
    triggers: list[str]
    violation_alleged: list[str]
    reject: list[str]
    agree: list[str]
    accept: list[str]
    declare: list[str]
    offer: list[str]
    call: list[str]
    humanitarian: list[str]
    extension: list[str]
    observance: list[str]
    permanent: list[str]
    conditions: list[str]
    mediated_by: list[str]
    mediating: list[str]
    hosted_gathering: list[str] = []
    declining: list[str] = []
    refusing: list[str] = []
    documents: list[str] = []
    authoring: list[str] = []
    both_sides: list[str]
    historical: list[str]
    references: list[str] = []


class _People(_Section):
    titles: list[str]
    unaffiliated_titles: list[str]
    institute_titles: list[str] = []
    named_place_heads: list[str] = []
    state_office_words: list[str]
    local_office_words: list[str] = []
    group_office_words: list[str] = []
    organisation_office_words: list[str] = []
    particles: list[str]
    not_name_words: list[str]
    honorifics: list[str] = []
    body_owners: list[str] = []
    unarmed_body_owners: list[str] = []


class _Actors(_Section):
    name_words: list[str] = []
    lowercase_heads: list[str]
    organisation_heads: list[str]
    group_adjectives: list[str] = []
    generic_modifiers: list[str]
    site_heads: list[str] = []
    land_nouns: list[str] = []
    back_reference_heads: list[str] = []
    surface_back_reference_heads: list[str] = []
    civil_heads: list[str] = []
    civil_markers: list[str] = []
    civil_society_markers: list[str] = []
    party_heads: list[str] = []
    media_words: list[str]
    media_heads: list[str] = []
    ruling_heads: list[str] = []
    state_forces: list[str]
    group_forces: list[str]
    health_authorities: list[str]
    local_authorities: list[str] = []
    state_media: list[str] = []
    body_references: list[str] = []
    state_force_words: list[str]
    federal_states: list[str] = []
    leading_words: list[str]
    heads: dict[str, list[str]]
    leading_heads: dict[str, list[str]] = {}
    for_heads: dict[str, list[str]] = {}
    apposed_heads: dict[str, list[str]] = {}
    peoples: list[str] = []


class _Restated(_Section):
    verbs: list[str]
    owners: list[str]
    nouns: dict[str, list[str]]


class _Raw(_Section):
    version: str
    sentences: _Sentences
    speech: _Speech
    figures: _Figures
    ceasefire: _Ceasefire
    positions: dict[str, list[str]]
    restated: _Restated
    people: _People
    actors: _Actors


def phrases(words: Iterable[str]) -> PhraseMatcher:
    """Plain phrases, case-insensitive, whole words (not glued by hyphens), longest first."""
    return PhraseMatcher(words, joined_by_hyphen=False)


def _with_spellings(words: Iterable[str], variants: Iterable[tuple[str, str]]) -> list[str]:
    """`words`, each also in the other spelling of every pair it holds a word of."""
    found = list(words)
    for one, other in variants:
        for spelling, respelled in ((one, other), (other, one)):
            found += [w.replace(spelling, respelled) for w in found if spelling in w.split()]
    return list(dict.fromkeys(found))


def words_regex(words: Iterable[str]) -> re.Pattern[str]:
    """Like `phrases`, as one compiled pattern: faster on short texts searched once."""
    return re.compile(phrases(words).pattern, re.IGNORECASE)


def _quote_tolerant(phrase: str) -> str:
    """Like `flexible_spaces`, and a quotation may open before any word after the first
    ('will be "severely punished"', 'would "respond firmly"') or close after any word but the
    last ('had "nothing to do" with')."""
    return r"[\"”]?\s+[\"“]?".join(re.escape(word) for word in phrase.split())


def unquoted(text: str) -> str:
    """A stance phrase as found, without the quotation marks `_quote_tolerant` let in."""
    return text.replace('"', "").replace("“", "").replace("”", "")


def _with_restated(positions: dict[str, list[str]], restated: _Restated) -> dict[str, list[str]]:
    """Each stance's phrases plus its nouns restated ("reiterated its demand")."""
    unknown = set(restated.nouns) - set(positions)
    if unknown:
        raise ValueError(f"unknown stance names in [restated.nouns]: {sorted(unknown)}")
    return {
        stance: [
            *phrases_,
            *(
                f"{verb} {owner} {noun}"
                for verb in restated.verbs
                for owner in restated.owners
                for noun in restated.nouns.get(stance, [])
            ),
        ]
        for stance, phrases_ in positions.items()
    }


def _keyed(
    groups: dict[str, list[str]], quotes: bool = False
) -> tuple[PhraseMatcher, dict[str, str]]:
    """One matcher over every phrase of every group, and plain(phrase) -> group; with
    `quotes`, a quotation may open inside a phrase (see `_quote_tolerant`)."""
    owner = {plain(p): key for key, group in groups.items() for p in group}
    matcher = PhraseMatcher(
        (p for group in groups.values() for p in group),
        joined_by_hyphen=False,
        to_pattern=_quote_tolerant if quotes else flexible_spaces,
    )
    return matcher, owner


ACTS: tuple[CeasefireAct, ...] = (
    "violation_alleged", "reject", "agree", "accept", "declare", "offer", "call"
)  # fmt: skip
TYPES: tuple[CeasefireType, ...] = ("humanitarian", "extension", "observance", "permanent")


@dataclass(frozen=True)
class Lexicon:
    """The lexicon file, compiled once."""

    version: str
    fingerprint: str
    abbreviations: frozenset[str]
    speech: PhraseMatcher
    pronoun: re.Pattern[str]
    pronoun_kinds: dict[str, bool]  # a pronoun's words -> True: only a state's, False: a group's
    sources: re.Pattern[str]
    state_sources: frozenset[str]
    state_source_words: frozenset[str]  # every word of them ("senior", "security", ...)
    naming: frozenset[str]
    reporting: frozenset[str]
    numbered_document: re.Pattern[str]
    numbered_document_author: str
    window_after: int
    window_before: int
    not_counts: re.Pattern[str]
    loss_verb: re.Pattern[str]
    single_item: re.Pattern[str]
    skipped_vague: frozenset[str]
    metric_words: PhraseMatcher
    metric_of: dict[str, str]
    equipment_after: re.Pattern[str]
    equipment_of: dict[str, str]
    other_after: re.Pattern[str]
    destruction: WordScan
    military: re.Pattern[str]
    civilian: re.Pattern[str]
    unstated_people: frozenset[str]
    own_side: re.Pattern[str]
    regular_forces: re.Pattern[str]
    daily_after: re.Pattern[str]
    cumulative: re.Pattern[str]
    daily: re.Pattern[str]
    history: re.Pattern[str]
    years_before: int
    cease_triggers: WordScan
    cease_acts: tuple[tuple[CeasefireAct, WordScan], ...]
    cease_act_scans: WordScans  # the act verbs' scans, looked for in one pass
    cease_types: tuple[tuple[CeasefireType, re.Pattern[str]], ...]
    conditions: re.Pattern[str]
    mediated_by: re.Pattern[str]
    declining: re.Pattern[str]
    refusing: re.Pattern[str]
    document_calling: re.Pattern[str]
    authoring: re.Pattern[str]
    mediating: re.Pattern[str]
    hosted_gathering: re.Pattern[str]
    both_sides: re.Pattern[str]
    cease_historical: re.Pattern[str]
    cease_references: WordScan
    stances: PhraseMatcher
    stance_of: dict[str, str]
    titles: PhraseMatcher
    unaffiliated_titles: frozenset[str]
    institute_titles: frozenset[str]
    named_place_after: re.Pattern[str]
    state_office: re.Pattern[str]
    local_office: re.Pattern[str]
    group_office: re.Pattern[str]
    organisation_office: re.Pattern[str]
    particles: frozenset[str]
    not_name_words: frozenset[str]
    honorifics: frozenset[str]
    body_owner: re.Pattern[str]
    body_after: re.Pattern[str]
    unarmed_bodies: frozenset[str]
    heads: dict[str, PartyKind]
    leading_heads: dict[str, PartyKind]
    for_heads: dict[str, PartyKind]
    apposed_heads: dict[str, PartyKind]
    lowercase_heads: re.Pattern[str]
    forces: PhraseMatcher
    forces_of: dict[str, str]
    state_force_words: frozenset[str]
    federal_states: frozenset[str]
    leading_words: frozenset[str]
    organisation_heads: frozenset[str]
    group_adjectives: tuple[str, ...]
    peoples: frozenset[str]
    generic_modifiers: frozenset[str]
    name_words: frozenset[str]
    site_heads: frozenset[str]
    land_nouns: frozenset[str]
    back_reference_heads: frozenset[str]
    surface_back_reference_heads: frozenset[str]
    civil_heads: frozenset[str]
    civil_markers: frozenset[str]  # (the civil society's included)
    civil_society_markers: frozenset[str]
    party_heads: frozenset[str]
    media_words: frozenset[str]
    media_heads: tuple[str, ...]
    media_after: re.Pattern[str]  # a media head right after a name: " News Agency"
    ruling_heads: frozenset[str]

    @classmethod
    def from_raw(cls, raw: _Raw) -> Lexicon:
        figures, cease = raw.figures, raw.ceasefire
        single_nouns = phrases(_with_spellings(figures.single_nouns, figures.spelling_variants))
        unknown = set(figures.metrics) - set(get_args(Metric))
        # "<stance>_quoted": phrases whose holder is the statement's speaker, not their subject;
        # "<stance>_outright": the same, whoever is named right before them
        unknown |= {
            k.removesuffix("_quoted").removesuffix("_outright") for k in raw.positions
        } - set(get_args(Stance))
        unknown |= set(raw.actors.heads) - set(get_args(PartyKind))
        unknown |= set(raw.actors.leading_heads) - set(get_args(PartyKind))
        unknown |= set(raw.actors.for_heads) - set(get_args(PartyKind))
        unknown |= set(raw.actors.apposed_heads) - set(get_args(PartyKind))
        if unknown:
            raise ValueError(f"unknown metric, stance or kind names: {sorted(unknown)}")
        bodies = "|".join(map(re.escape, raw.people.body_owners)) or "(?!x)x"
        metric_words, metric_of = _keyed(figures.metrics)
        equipment, equipment_of = _keyed(figures.equipment)
        stances, stance_of = _keyed(_with_restated(raw.positions, raw.restated), quotes=True)
        other = phrases(figures.other.nouns)
        forces, forces_of = _keyed(
            {
                "state": raw.actors.state_forces,
                "group": raw.actors.group_forces,
                "health": raw.actors.health_authorities,
                "local": raw.actors.local_authorities,
                "media": raw.actors.state_media,
                "body": raw.actors.body_references,
            }
        )
        # up to three words before an equipment noun: "12 Russian T-72 battle tanks", "a U.S.
        # MQ-9 Reaper drone" (an abbreviation's dots included)
        word = r"(?:(?:[A-Z]\.){2,}|[\w’'-]+)"
        # (words that open a clause or a phrase describe no noun: "20 wounded when their vehicle
        # hit a mine" counts no vehicle)
        modifiers = (
            r"(?:[ \t]+(?!(?:and|or|when|while|as|after|before|because|who|which|that|in|on|at|"
            r"during|amid|by|from|near|with|following|under|since|across)\b)"
            rf"{word}){{0,3}}?"
        )
        return cls(
            fingerprint=hashlib.sha256(raw.model_dump_json().encode()).hexdigest(),
            version=raw.version,
            abbreviations=frozenset(a.casefold() for a in raw.sentences.abbreviations),
            speech=phrases(raw.speech.verbs),
            pronoun=re.compile(
                rf"^\W*(?:{phrases(raw.speech.pronouns).pattern})\W*$", re.IGNORECASE
            ),
            pronoun_kinds={
                **{" ".join(p.casefold().split()): True for p in raw.speech.state_pronouns},
                **{" ".join(p.casefold().split()): False for p in raw.speech.group_pronouns},
            },
            sources=words_regex(raw.speech.sources),
            state_sources=frozenset(
                " ".join(v.casefold().split()) for v in raw.speech.state_sources
            ),
            state_source_words=frozenset(
                word for v in raw.speech.state_sources for word in v.casefold().split()
            ),
            naming=frozenset(v.casefold() for v in raw.speech.naming),
            reporting=frozenset(v.casefold() for v in raw.speech.reporting),
            numbered_document=regexes(raw.speech.numbered_documents),
            numbered_document_author=raw.speech.numbered_document_author,
            window_after=figures.window_after,
            window_before=figures.window_before,
            not_counts=re.compile(
                rf"^[\s\"'“”‘’]*(?:[\w-]+\s+)?{phrases(figures.not_counts).pattern}", re.IGNORECASE
            ),
            loss_verb=re.compile(
                # 'lost "fewer than 20" fighters', 'lost "only four"': a quote may open the count
                rf"{phrases(figures.loss_verbs).pattern}[ \t]+[\"“']?(?:(?:only|just|some|"
                r"about|nearly|around|almost|over|at least|more than|as many as)[ \t]+){0,2}"
                r"[\"“']?$",
                re.IGNORECASE,
            ),
            single_item=re.compile(
                # "a Cambodian soldier", "a U.S. MQ-9 Reaper drone": at most three words between
                # (not "according to a doctor at the hospital": the source of the count)
                rf"(?<![\w'’-])(?<!according to )(?<!told )(?P<article>[Aa]n?)[ \t]+"
                rf"(?:{word}[ \t]+){{0,3}}?"
                rf"(?:{single_nouns.pattern})"
                # the noun ends its phrase: "a soldier was killed", not "a soldier's family"
                r"(?=[ \t]*(?:[,.;:)–—]|$|[ \t]-|(?:was|were|is|are|has|had|have|and|or|who|"
                r"whose|in|on|at|near|from|during|after|while|when|by|with|to|of|died|dies|"
                r"killed|wounded|injured|shot|hurt|later|also|too|as|over|above|into|inside|"
                r"outside|overnight|yesterday|today|last|this|early|late|off|"
                # a participle that places it: "a warship docked in Odesa", "a drone launched
                # from Yemen"
                r"docked|parked|stationed|deployed|moored|based|positioned|flying|carrying|"
                r"launched|fired|sent|bound|heading|headed|operated|belonging)\b))",
                re.IGNORECASE,
            ),
            skipped_vague=frozenset(w.casefold() for w in figures.skipped_vague),
            metric_words=metric_words,
            metric_of=metric_of,
            equipment_after=re.compile(
                rf"^{modifiers}[ \t]+(?P<noun>{equipment.pattern})", re.IGNORECASE
            ),
            equipment_of=equipment_of,
            other_after=re.compile(rf"^{modifiers}[ \t]+(?P<noun>{other.pattern})", re.IGNORECASE),
            destruction=WordScan.of_phrases(figures.destruction.words),
            military=words_regex(figures.population.military),
            civilian=words_regex(figures.population.civilian),
            unstated_people=frozenset(figures.population.unstated_people),
            own_side=re.compile(
                rf"(?:{phrases(figures.population.own_side).pattern})", re.IGNORECASE
            ),
            regular_forces=words_regex(figures.population.regular_forces),
            daily_after=regexes(figures.scope.daily_after),
            cumulative=regexes(figures.scope.cumulative),
            daily=regexes(figures.scope.daily),
            history=regexes(figures.history.phrases),
            years_before=figures.history.years_before,
            cease_triggers=WordScan.of_patterns(cease.triggers),
            cease_acts=(acts := tuple((a, WordScan.of_patterns(getattr(cease, a))) for a in ACTS)),
            cease_act_scans=WordScans([scan for _, scan in acts]),
            cease_types=tuple((kind, regexes(getattr(cease, kind))) for kind in TYPES),
            conditions=regexes(cease.conditions),
            mediated_by=regexes(cease.mediated_by),
            hosted_gathering=regexes(cease.hosted_gathering),
            declining=regexes(cease.declining),
            refusing=regexes(cease.refusing),
            document_calling=re.compile(
                # "a UN resolution calling", "Resolution 598, which demands"
                r"\b(?P<verb>[\w-]+\s+)?(?:(?:an?|the)\s+(?:[\w.-]+\s+){0,3}?(?:"
                + ("|".join(map(re.escape, cease.documents)) or r"(?!x)x")
                + r")|(?:[A-Z][\w.-]*\s+){0,3}?Resolution\s+\d+)(?:,?\s+(?:which|that))?\s+$",
                re.IGNORECASE,
            ),
            authoring=regexes(cease.authoring),
            mediating=regexes(cease.mediating),
            both_sides=words_regex(cease.both_sides),
            cease_historical=regexes(cease.historical),
            cease_references=WordScan.of_patterns(cease.references),
            stances=stances,
            stance_of=stance_of,
            titles=phrases(raw.people.titles),
            unaffiliated_titles=frozenset(plain(t) for t in raw.people.unaffiliated_titles),
            institute_titles=frozenset(plain(t) for t in raw.people.institute_titles),
            named_place_after=re.compile(
                rf"[ ](?i:{'|'.join(map(re.escape, raw.people.named_place_heads)) or '(?!x)x'})\b"
            ),
            state_office=words_regex(raw.people.state_office_words),
            local_office=words_regex(raw.people.local_office_words),
            group_office=words_regex(raw.people.group_office_words),
            organisation_office=words_regex(raw.people.organisation_office_words),
            particles=frozenset(raw.people.particles),
            not_name_words=frozenset(raw.people.not_name_words),
            honorifics=frozenset(raw.people.honorifics),
            body_owner=re.compile(
                rf"\b[Tt]he[ ]+(?P<body>{bodies})['’]s[ ]+(?:[\w.-]+,?[ ]+){{0,5}}?[\w.-]+,?[ ]*$"
                # "The leader of the organization X": the body after the title, before X
                rf"|\b(?:of|for|at)[ ]+the[ ]+(?P<of>{bodies}),?[ ]*$"
            ),
            # ", a spokeswoman for the organization,": the same bodies after the name
            # (or ", the organisation's regional director,")
            body_after=re.compile(
                r",[ ]+(?:a|an|the)[ ]+(?:[\w.-]+[ ]+){0,3}?(?:for|of|at|with)[ ]+the[ ]+"
                rf"(?P<body>{bodies})\b(?!['’-])"
                rf"|,[ ]+the[ ]+(?P<owning>{bodies})['’]s[ ]"
            ),
            unarmed_bodies=frozenset(raw.people.unarmed_body_owners),
            heads={
                head: kind  # type: ignore[misc]
                for kind, words in raw.actors.heads.items()
                for head in words
            },
            leading_heads={
                head: kind  # type: ignore[misc]
                for kind, words in raw.actors.leading_heads.items()
                for head in words
            },
            for_heads={
                head: kind  # type: ignore[misc]
                for kind, words in raw.actors.for_heads.items()
                for head in words
            },
            apposed_heads={
                head: kind  # type: ignore[misc]
                for kind, words in raw.actors.apposed_heads.items()
                for head in words
            },
            lowercase_heads=words_regex(raw.actors.lowercase_heads),
            forces=forces,
            forces_of=forces_of,
            state_force_words=frozenset(raw.actors.state_force_words),
            federal_states=frozenset(raw.actors.federal_states),
            leading_words=frozenset(raw.actors.leading_words),
            organisation_heads=frozenset(raw.actors.organisation_heads),
            group_adjectives=tuple(raw.actors.group_adjectives),
            peoples=frozenset(raw.actors.peoples),
            generic_modifiers=frozenset(raw.actors.generic_modifiers),
            name_words=frozenset(raw.actors.name_words),
            site_heads=frozenset(raw.actors.site_heads),
            land_nouns=frozenset(raw.actors.land_nouns),
            back_reference_heads=frozenset(raw.actors.back_reference_heads),
            surface_back_reference_heads=frozenset(raw.actors.surface_back_reference_heads),
            civil_heads=frozenset(raw.actors.civil_heads),
            civil_markers=frozenset([*raw.actors.civil_markers, *raw.actors.civil_society_markers]),
            civil_society_markers=frozenset(raw.actors.civil_society_markers),
            party_heads=frozenset(raw.actors.party_heads),
            media_words=frozenset(raw.actors.media_words),
            media_heads=tuple(raw.actors.media_heads),
            media_after=re.compile(
                "[ ](?:" + ("|".join(map(re.escape, raw.actors.media_heads)) or "(?!x)x") + ")"
            ),
            ruling_heads=frozenset(raw.actors.ruling_heads),
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
        return Lexicon.from_raw(_Raw.model_validate(raw))
    except OSError as error:
        raise InputError(f"cannot read lexicon {path}: {error.strerror or error}") from None
    except (tomllib.TOMLDecodeError, ValueError, re.error) as error:
        detail = error.errors()[0] if isinstance(error, ValidationError) else error
        raise InputError(f"lexicon {path} is invalid: {detail}") from None
