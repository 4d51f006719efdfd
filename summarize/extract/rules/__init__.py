"""The rules extractor: the offline default backend, deterministic, no model at all.

It reads the article body (boilerplate skipped) as bounded sentence windows and fills schema 2
from the actor table (`summarize.actors`), the parties and people the text itself introduces,
and the lexicon (`summarize/data/lexicon.toml`). Every item's evidence is the window it came
from, so every span is exact by construction. Work is linear in the article's length, and a
per-article time budget stops pathological input with a clear error.

Modules: `text` (windows, clauses, budget), `lexicon`, `mentions` (parties), `people`,
`speech` (who says what), `figures`, `ceasefires`, `positions`, `coverage`.
"""

from __future__ import annotations

import datetime
import hashlib
import itertools
import re
from collections.abc import Callable, Collection, Sequence
from pathlib import Path
from typing import Any

from summarize.actors import PLACES, ActorTable, PartyEntry, anglicised, plain
from summarize.conflicts import Conflict, detect_conflict, find_conflict
from summarize.dates import DateInference, infer_article_date
from summarize.ground import Dating, Grounding, build_extraction
from summarize.ingest import Article
from summarize.language import decline_unless_english
from summarize.schema import (
    MAX_ITEMS,
    ArticleDraft,
    ArticleMetaDraft,
    DraftItem,
    Extraction,
    GroundedCeasefireCall,
    GroundedFigure,
    GroundedParty,
    GroundedPerson,
    GroundedPosition,
    Provenance,
    Span,
    Usage,
    rename_parties,
)

from .ceasefires import CeasefireReader
from .coverage import coverage
from .figures import FigureReader
from .lexicon import Lexicon, lexicon_path, load_lexicon
from .mentions import MentionFinder, PartyInfo, Ref
from .people import PeopleFinder, affiliate, person_refs
from .positions import PositionReader
from .speech import Doc, build_frames
from .text import Budget, Window, content_regions, reading_copy, split_windows, window_at

__all__ = ["DEFAULT_TIME_BUDGET", "Lexicon", "RulesExtractor", "load_lexicon"]

DEFAULT_TIME_BUDGET = 10.0  # seconds per article
# "clashes between A and B", "a truce between A and B", "A and B clashed": two parties the text
# itself tells are at war, when the conflict table names fewer than two belligerents
_FIGHTING_BETWEEN = re.compile(
    r"\b(?:fighting|clashes|clash|war|hostilities|battles?|truce|cease-?fire|armistice|"
    r"cessation of hostilities)\s+(?:[\w-]+\s+){0,3}?between\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# ("Somaliland forces and SSC-Khatumo agreed a truce": a side's men named by its name)
_AND_THE = re.compile(
    r"(?:\s+(?:forces|troops|army|fighters|militias?|government))?\s+and\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "A and B clashed", "A and B agreed a truce" (not "signed a trade deal")
_FOUGHT_OR_TRUCE = re.compile(
    r"\s+(?:have\s+|had\s+|has\s+)?(?:clashed|fought|battled|"
    r"(?:agreed|signed|reached)\s+(?:(?:on|to)\s+)?(?:an?|the)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:truce|cease-?fire|armistice|cessation))\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?<![\d,.])(?:19[5-9]|20[0-9])\d(?!\d|,\d)")


def _span(window: Window) -> Span:
    return Span(start=window.start, end=window.end, status="exact", score=1.0)


class RulesExtractor:
    """Deterministic extraction from the actor table and lexicon; no model involved."""

    def __init__(
        self,
        actors: ActorTable | None = None,
        lexicon: Lexicon | None = None,
        time_budget: float | None = DEFAULT_TIME_BUDGET,
    ) -> None:
        self.actors = actors or ActorTable.load()
        self.lexicon = lexicon or load_lexicon(lexicon_path())
        self.time_budget = time_budget
        self._mentions = MentionFinder(self.actors, self.lexicon)
        self._people = PeopleFinder(self.actors, self.lexicon)
        self._capitals = frozenset(plain(c) for p in self.actors.parties for c in p.metonyms)

    def cache_identity(self) -> str:
        # The rules, the lexicon and the actor table decide the answers; hash all three.
        digest = hashlib.sha256()
        for path in sorted(Path(__file__).resolve().parent.glob("*.py")):
            digest.update(path.read_bytes())
        digest.update(self.lexicon.fingerprint.encode())
        digest.update(PLACES.read_bytes())
        for entry in self.actors.entries:
            digest.update(entry.model_dump_json().encode())
        return f"rules:{digest.hexdigest()[:16]}"

    def read(self, article: Article, budget: Budget) -> Doc:
        text = reading_copy(article.text)
        regions = content_regions(article)
        windows = split_windows(text, regions, self.lexicon.abbreviations, budget)
        refs, parties, table_people = self._mentions.refs(text, regions, windows, budget)
        people = self._people.find(windows, refs, table_people, budget)
        written = {text[s:e]: entry.name for s, e, entry in table_people if entry.name in people}
        named = person_refs(text, regions, windows, people, self.actors, self.lexicon, written)
        for index, found in enumerate(named):
            if found:
                merged = sorted([*refs[index], *found], key=lambda r: (r.start, r.start - r.end))
                kept: list[Ref] = []
                for ref in merged:
                    if not kept or ref.start >= kept[-1].end:
                        kept.append(ref)
                refs[index] = kept
        acting = [name for name, info in parties.items() if info.window is not None]
        # (a state, or a group named only by words any movement's name has, needs a second cue)
        common = self.lexicon.name_words
        namesakes = {
            name
            for name in acting
            if parties[name].surfaces
            and all(set(surface.split()) <= common for surface in parties[name].surfaces)
        }
        states = {name for name in acting if parties[name].kind == "state"}
        years = [int(y) for start, end in regions for y in _YEAR.findall(text, start, end)]
        conflict, dating = _of_its_time(
            article,
            lambda ruled_out: detect_conflict(
                text, acting, regions=regions, states=states | namesakes, exclude=ruled_out
            ),
            years,
        )
        moved = self._mentions.government_forces(text, windows, refs, parties, conflict)
        for person in people.values():
            if person.affiliation in moved:
                person.affiliation = moved[person.affiliation]
        stands_for = self._mentions.generic_refs(
            text, regions, windows, refs, parties, conflict, moved
        )
        self._mentions.head_refs(text, regions, windows, refs, parties)
        home = stands_for.get("home")
        affiliate(
            people,
            windows,
            refs,
            stands_for.get("state"),
            self.lexicon,
            home=home,
            group=stands_for.get("group"),
            # the dateline's state fights when the conflict table says so or its forces are
            # in the story ("Afghan forces"), whatever war the table matched
            home_warring=home is not None
            and (parties[home].role(conflict) == "belligerent" or parties[home].fights),
            names={
                name: frozenset(plain(n) for n in (name, *info.entry.aliases, *info.entry.metonyms))
                for name, info in parties.items()
                if info.kind == "state" and info.entry is not None
            },
            organisations={
                name for name, info in parties.items() if info.kind == "international_organisation"
            },
            warring={
                name for name, info in parties.items() if info.role(conflict) == "belligerent"
            },
        )
        reference = int(article.event_date[:4]) if article.event_date else max(years, default=0)
        doc = Doc(
            text=text,
            lexicon=self.lexicon,
            windows=windows,
            regions=regions,
            refs=refs,
            parties=parties,
            people=people,
            conflict=conflict,
            reference_year=reference or None,
            reference_day=article.event_date,
            dating=dating,
            stands_for=stands_for,
            budget=budget,
            capitals=self._capitals,
        )
        counts: dict[str, int] = {}
        for window_refs in refs:
            for ref in window_refs:
                if not ref.person and not ref.place:
                    counts[ref.name] = counts.get(ref.name, 0) + 1
        doc.belligerents = sorted(
            (n for n in counts if parties[n].role(conflict) == "belligerent"),
            key=lambda n: -counts[n],
        )
        known = find_conflict(conflict)
        doc.sides = warring_sides(doc.belligerents, known)
        if len(doc.sides) < 2:
            organisations = {
                n for n, info in parties.items() if info.kind == "international_organisation"
            }
            doc.sides = told_sides(text, windows, refs, organisations) or doc.sides
        camped = [b for b in doc.belligerents if known is not None and b in known.camp_of]
        past = warring_sides(camped, known)
        opposed = len(past) == 2 and known is not None and known.opposed(*past)
        doc.past_sides = past if opposed else doc.sides
        build_frames(doc)
        return doc

    def extract(self, article: Article) -> Extraction:
        decline_unless_english(article.language, article.source)
        budget = Budget(self.time_budget)
        doc = self.read(article, budget)
        dated = doc.dating
        if dated is not None:
            doc.reference_day = dated.event_date
        figures, seen, unplaced, examples = FigureReader(doc).read()
        calls = CeasefireReader(doc).read()
        position_reader = PositionReader(doc)
        positions = position_reader.read(calls)
        if position_reader.breaches:
            # attacks blamed on another side while a truce holds: alleged breaches of it
            calls = sorted([*calls, *position_reader.breaches], key=lambda c: c.span.start)
        people = [
            GroundedPerson(
                name_as_written=p.as_written,
                canonical_name=p.canonical,
                affiliation=p.affiliation,
                title=p.title,
                evidence=p.window.text,
                span=_span(p.window),
            )
            for p in doc.people.values()
        ]
        referenced: dict[str, Window] = {}
        for person in doc.people.values():
            if person.affiliation:
                referenced.setdefault(person.affiliation, person.window)
        uses: list[tuple[int, list[str | None]]] = [
            *((f.span.start, [f.claimant, *f.subjects]) for f in figures[:MAX_ITEMS]),
            *((p.span.start, [p.holder, *p.targets, None]) for p in positions[:MAX_ITEMS]),
            *(
                (c.span.start, [*c.actors, *c.addressees, *c.mediators, None])
                for c in calls[:MAX_ITEMS]
            ),
        ]
        for start, names in uses:
            window = window_at(doc.windows, start)
            for name in names:
                if name:
                    referenced.setdefault(name, window)
        # a party that only brokers the truces told ("talks brokered by Togo") mediates
        brokers = {m for c in calls for m in c.mediators} - {a for c in calls for a in c.actors}
        parties = self._parties(doc, referenced, brokers)
        _anglicise_found(parties, people, positions, calls, figures, self.actors)
        if doc.text != article.text:  # read as a plain copy; quoted as written
            quoted: list[
                GroundedParty
                | GroundedPerson
                | GroundedPosition
                | GroundedCeasefireCall
                | GroundedFigure
            ] = [*parties, *people, *positions, *calls, *figures]
            for item in quoted:
                item.evidence = article.text[item.span.start : item.span.end]
        draft_items: dict[str, list[Any]] = {
            "parties": parties[:MAX_ITEMS],
            "people": people[:MAX_ITEMS],
            "positions": positions[:MAX_ITEMS],
            "ceasefire_calls": calls[:MAX_ITEMS],
            "figures": figures[:MAX_ITEMS],
        }
        draft = ArticleDraft(
            meta=ArticleMetaDraft(
                title=article.title,
                conflict=doc.conflict,
                event_date=dated.event_date if dated else article.event_date,
                quality_notes=[dated.note] if dated and dated.note else [],
            ),
            parties=draft_items["parties"],
            people=draft_items["people"],
            positions=draft_items["positions"],
            ceasefire_calls=draft_items["ceasefire_calls"],
            figures=draft_items["figures"],
        )
        grounding = Grounding(
            parties=parties[:MAX_ITEMS],
            people=people[:MAX_ITEMS],
            positions=positions[:MAX_ITEMS],
            ceasefire_calls=calls[:MAX_ITEMS],
            figures=figures[:MAX_ITEMS],
        )
        provenance = Provenance(
            extractor="rules",
            model=None,
            prompt_version=f"lexicon-{self.lexicon.version}",
            live=True,
            recorded_at=None,
            usage=Usage(),
        )
        # the date read above, not read a second time when it found none
        dating = Dating(dated.event_date, dated.note) if dated is not None else None
        extraction = build_extraction(article, draft, grounding, provenance, dating)
        extraction.coverage = coverage(doc, seen, unplaced, examples)
        return extraction

    def _parties(
        self, doc: Doc, referenced: dict[str, Window], brokers: set[str]
    ) -> list[GroundedParty]:
        parties = []
        order = [n for n, info in doc.parties.items() if info.window is not None]
        order += [n for n in referenced if n not in order]
        speaking = {
            f.actor.party for frames in doc.frames for f in frames if f.actor and f.actor.party
        }
        in_body = {
            ref.name
            for window, refs in zip(doc.windows, doc.refs, strict=True)
            if not window.is_headline
            for ref in refs
        }
        for name in order:
            info = doc.parties.get(name)
            if name not in in_body and name not in referenced and name not in speaking:
                continue  # named only in headlines, menus and links: "- Japan hosts G7 leaders"
            if (
                info is not None
                and name not in referenced
                and name not in speaking
                and info.kind == "state"
                and info.entry is not None
                and info.role(doc.conflict) in ("observer", "regional_power", "other")
                and not info.fights  # "Burundian soldiers crossed": its forces act
                and _only_adjectives(info)
            ):
                continue  # "the Kenyan president", "the Minsk agreements": the state does nothing
            if info is None:
                entry = self.actors.get(name)
                if isinstance(entry, PartyEntry):
                    info = PartyInfo(name, entry.kind, entry)
                else:
                    info = PartyInfo(name, "other", None)
            window = info.window or referenced[name]
            role = info.role(doc.conflict)
            if name in brokers and role in ("observer", "other"):
                role = "mediator"
            parties.append(
                GroundedParty(
                    name=name,
                    surface_forms=list(info.surfaces)[:20] or [name],
                    kind=info.kind,
                    role=role,
                    evidence=window.text,
                    span=_span(window),
                )
            )
        return parties


def _anglicise_found(
    parties: list[GroundedParty],
    people: list[GroundedPerson],
    positions: list[GroundedPosition],
    calls: list[GroundedCeasefireCall],
    figures: list[GroundedFigure],
    actors: ActorTable,
) -> None:
    """A party the table does not know is named in plain letters, as the conventions' canonical
    names are ("Diocese of Culiacan"); its surface forms keep the text's spelling."""
    taken = {p.name for p in parties}
    renamed: dict[str, str] = {}
    for party in parties:
        plain_name = anglicised(party.name)
        # (two spellings of one unknown name, "Comité" and "Comite", keep their own names)
        if plain_name != party.name and actors.get(party.name) is None and plain_name not in taken:
            renamed[party.name] = plain_name
            taken.add(plain_name)
    if not renamed:
        return
    for party in parties:
        party.name = renamed.get(party.name, party.name)
    items: list[DraftItem] = [*people, *positions, *calls, *figures]
    for item in items:
        rename_parties(item, renamed)


def _of_its_time(
    article: Article, detect: Callable[[set[str]], str | None], years: Sequence[int]
) -> tuple[str | None, DateInference | None]:
    """The conflict `detect` finds, passing over those the story's events fall well outside, and
    the article's inferred date (None when it carries one). The events' time is the event
    date, else the latest year the body names: "the 2004 ceasefire in Darfur" is not news of
    the SAF-RSF war of 2023, nor a 2024 border strike news of the Afghanistan war."""
    ruled_out: set[str] = set()
    while True:
        conflict = detect(ruled_out)
        dating = infer_article_date(article, conflict) if article.event_date is None else None
        known = find_conflict(conflict)
        if known is None or (known.since is None and known.until is None):
            return conflict, dating
        day = article.event_date or (dating.event_date if dating else None)
        if day is not None:
            earliest = latest = datetime.date.fromisoformat(day[:10])
        elif years:
            # (a page's update stamp or copyright year may be later than its events: the latest
            # year named can rule out a war that began after it, not one that ended before it)
            earliest, latest = datetime.date.min, datetime.date(max(years), 12, 31)
        else:
            return conflict, dating
        if not known.out_of_time(earliest, latest):
            return conflict, dating
        ruled_out.add(known.name)


def _only_adjectives(info: PartyInfo) -> bool:
    """Every surface of a state is its demonym or its capital, never its name."""
    assert info.entry is not None
    weak = {plain(w) for w in (*info.entry.demonyms, *info.entry.metonyms)}
    return all(plain(s).removesuffix("'s") in weak for s in info.surfaces)


def told_sides(
    text: str,
    windows: Sequence[Window],
    refs: Sequence[Sequence[Ref]],
    organisations: Collection[str] = frozenset(),
) -> list[str]:
    """The pair of parties the text most often tells as fighting or making a truce together
    ("clashes between A and B", "A and B agreed"); none when it tells no such pair, and none
    with one of `organisations` (peacekeepers are no side)."""
    pairs: dict[tuple[str, str], int] = {}
    no_sides = set(organisations)
    for window in windows:
        parties = [r for r in refs[window.index] if not r.person and not r.place]
        for first, second in itertools.pairwise(parties):
            if (
                first.name == second.name
                or not _AND_THE.fullmatch(text, first.end, second.start)
                or {first.name, second.name} & no_sides
            ):
                continue
            if _FIGHTING_BETWEEN.search(
                text, max(window.start, first.start - 80), first.start
            ) or _FOUGHT_OR_TRUCE.match(text, second.end):
                pair = (first.name, second.name)
                pairs[pair] = pairs.get(pair, 0) + 1
    if not pairs:
        return []
    named, _ = max(pairs.items(), key=lambda item: item[1])
    return list(named)


def warring_sides(belligerents: Sequence[str], conflict: Conflict | None) -> list[str]:
    """The two sides that "both sides" and "the warring parties" mean: the most-named belligerent
    and the most-named one that fights it. The conflict's camps tell who fights whom, so an ally
    named often (a state's militia, a coalition partner) is not taken for the other side."""
    if len(belligerents) < 2 or conflict is None:
        return list(belligerents[:2])
    first, rest = belligerents[0], belligerents[1:]
    relation = [conflict.opposed(first, other) for other in rest]
    for wanted in (True, None):
        for other, opposed in zip(rest, relation, strict=True):
            if opposed is wanted:
                return [first, other]
    return list(belligerents[:2])
