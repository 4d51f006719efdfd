"""The contract between the pipeline stages: one module, one version.

Two layers:
- *draft* models (`ArticleDraft` and its items) are what an extractor returns. They are kept
  portable for strict structured outputs: every field required (nullable where optional),
  Literal enums, bounded lists, no free-form dicts.
- *grounded* models (`Extraction` and `Grounded*` items) add what the tool itself computes:
  character spans aligned back to the article, rejected items, provenance.

Bump SCHEMA_VERSION on any change to a model below; `schemas/` is exported from here
(`python -m summarize.schema`) and a test fails when the export is stale.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Annotated, Literal, Protocol

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

SCHEMA_VERSION = "2.0.0"

MAX_ITEMS = 60
MAX_ACTORS_PER_ITEM = 10
# Above 2**53 a JSON number loses precision in most readers; no real count comes near it.
MAX_FIGURE = 2**53
# No string length limits: OpenAI strict mode rejects minLength/maxLength.
# The conventions for filling every field are in prompts/conventions.md (rendered into the prompt,
# followed by the gold annotations and the scorer); the descriptions below are short reminders.
Quote = Annotated[
    str, Field(description="Verbatim quote copied character for character from the article.")
]
ActorRef = Annotated[
    str, Field(description="The canonical `name` of a party declared in `parties`.")
]
ActorRefs = Annotated[list[ActorRef], Field(max_length=MAX_ACTORS_PER_ITEM)]
PersonRef = Annotated[
    str | None,
    Field(
        description="The `canonical_name` of a person declared in `people` who said it, or null."
    ),
]

PartyKind = Literal[
    "state",
    "armed_group",
    "de_facto_authority",
    "international_organisation",
    "coalition",
    "ngo",
    "humanitarian_organisation",
    "media",
    "other",
]
PartyRole = Literal[
    "belligerent", "backer", "mediator", "observer", "humanitarian", "regional_power", "other"
]
Stance = Literal[
    "accuse",
    "deny",
    "demand",
    "reject",
    "offer",
    "threaten",
    "condemn",
    "support",
    "claim",
    "concern",
]
CeasefireAct = Literal["call", "offer", "accept", "agree", "declare", "reject", "violation_alleged"]
CeasefireType = Literal[
    "immediate", "humanitarian", "permanent", "conditional", "extension", "observance"
]
Metric = Literal[
    "killed",
    "wounded",
    "casualties",
    "missing",
    "captured",
    "detained",
    "held",
    "released",
    "displaced",
    "refugees",
    "equipment_destroyed",
    "other",
]
Population = Literal["military", "civilian", "unknown"]
Qualifier = Literal["exact", "at_least", "up_to", "approximately", "range", "vague"]
FigureScope = Literal["incident", "daily", "cumulative"]
TimeScope = Literal["current", "historical"]
AlignmentStatus = Literal["exact", "normalized", "fuzzy"]
ItemKind = Literal["party", "person", "position", "ceasefire_call", "figure"]
ExtractorName = Literal["rules", "openai", "local", "replay", "gold"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


# --- draft layer: what an extractor (model or rules) returns -------------------------------


class ArticleMetaDraft(_Strict):
    title: str | None = Field(description="The article's own headline, or null.")
    conflict: str | None = Field(
        description="Short, stable name of the conflict the article is about, from the list in "
        "the conventions (e.g. 'Nagorno-Karabakh', 'Sudan: SAF-RSF war'); null if none."
    )
    event_date: str | None = Field(
        description="ISO date (YYYY-MM-DD) of the latest day of the main events reported; may "
        "differ from the page's date line. Null when it cannot be determined."
    )
    quality_notes: list[str] = Field(
        max_length=10,
        description="Problems with the text: machine translation, garbled names, boilerplate, "
        "misleading date line, contradictory figures.",
    )

    @model_validator(mode="after")
    def _date_or_note(self) -> ArticleMetaDraft:
        # A model's event_date that is not a calendar date is dropped with a note rather than
        # failing the article (and never reaches a briefing as free text).
        try:
            self.event_date = iso_date_or_none(self.event_date)
        except ValueError:
            shown = repr(self.event_date[:40]) if self.event_date else "?"
            self.event_date = None
            self.quality_notes = [*self.quality_notes, f"event_date {shown} is not a date"]
        return self


def iso_date_or_none(value: str | None) -> str | None:
    """A date is a real calendar date written YYYY-MM-DD, never free text (it reaches Markdown)."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat() if len(value) == 10 else _bad_date(value)
    except ValueError:
        return _bad_date(value)


def _bad_date(value: str) -> str:
    raise ValueError(f"event_date must be an ISO date YYYY-MM-DD or null, not {value[:40]!r}")


class Party(_Strict):
    name: str = Field(
        description="Canonical English name, e.g. 'Azerbaijan', 'Rapid Support Forces'. Every "
        "reference elsewhere uses exactly this string."
    )
    surface_forms: list[str] = Field(
        max_length=20,
        description="How the text refers to it, as written: 'Baku', 'Azeri', 'the RSF'.",
    )
    kind: PartyKind
    role: PartyRole
    evidence: Quote


class Person(_Strict):
    name_as_written: str
    canonical_name: str = Field(
        description="Full correct spelling when recognisable, else the name as written."
    )
    affiliation: ActorRef | None = Field(
        description="Declared party the person speaks or acts for, or null."
    )
    title: str | None
    evidence: Quote


class Position(_Strict):
    holder: ActorRef = Field(description="Declared party whose stance it is.")
    speaker: PersonRef
    targets: ActorRefs = Field(description="Declared parties it is directed at; may be empty.")
    stance: Stance
    topic: str = Field(description="A few words: 'withdrawal from Goma', 'aid access'.")
    summary: str = Field(description="One line, in English.")
    evidence: Quote


class CeasefireCall(_Strict):
    act: CeasefireAct
    type: CeasefireType
    actors: ActorRefs = Field(
        description="Declared parties performing the act: who calls, offers, accepts, declares, "
        "rejects or alleges; for 'agree', every side that agreed."
    )
    speaker: PersonRef
    addressees: ActorRefs = Field(
        description="Declared parties the act is addressed to or binds; for "
        "'violation_alleged', the party accused."
    )
    mediators: ActorRefs = Field(description="Declared parties that brokered or host it.")
    conditions: str | None = Field(description="Conditions attached, in a few words, or null.")
    time_scope: TimeScope
    evidence: Quote


class ClaimedFigure(_Strict):
    claimant: ActorRef | None = Field(
        description="Declared party making the claim; null when the outlet states it in its own "
        "voice or the source is not a party."
    )
    speaker: PersonRef
    source_as_written: str | None = Field(
        description="The source when it is not a party: 'witnesses', 'medical sources'; else null."
    )
    subjects: ActorRefs = Field(
        description="Declared parties whose losses these are; may be empty."
    )
    metric: Metric
    equipment_class: str | None = Field(description="For equipment_destroyed: 'tanks', 'drones'...")
    population: Population
    raw_text: str = Field(description="The figure as written: 'nearly 400', 'dozens', '5, 000'.")
    value: int | None = Field(description="Best single value; null for ranges and vague amounts.")
    low: int | None
    high: int | None
    qualifier: Qualifier
    scope: FigureScope
    time_scope: TimeScope
    evidence: Quote


class ArticleDraft(_Strict):
    """What an extractor returns for one article, before grounding."""

    meta: ArticleMetaDraft
    parties: list[Party] = Field(max_length=MAX_ITEMS)
    people: list[Person] = Field(max_length=MAX_ITEMS)
    positions: list[Position] = Field(max_length=MAX_ITEMS)
    ceasefire_calls: list[CeasefireCall] = Field(max_length=MAX_ITEMS)
    figures: list[ClaimedFigure] = Field(max_length=MAX_ITEMS)


class _Items(Protocol):
    @property
    def parties(self) -> Sequence[Party]: ...
    @property
    def people(self) -> Sequence[Person]: ...
    @property
    def positions(self) -> Sequence[Position]: ...
    @property
    def ceasefire_calls(self) -> Sequence[CeasefireCall]: ...
    @property
    def figures(self) -> Sequence[ClaimedFigure]: ...


DraftItem = Party | Person | Position | CeasefireCall | ClaimedFigure


def _figure_problems(figure: ClaimedFigure) -> list[str]:
    problems = []
    numbers = [n for n in (figure.value, figure.low, figure.high) if n is not None]
    if any(not 0 <= n <= MAX_FIGURE for n in numbers):
        problems.append(f"numbers must be between 0 and {MAX_FIGURE}")
    if figure.qualifier == "range":
        if figure.low is None or figure.high is None:
            problems.append("qualifier 'range' needs both low and high")
        elif figure.low > figure.high:
            problems.append(f"low ({figure.low}) is above high ({figure.high})")
    if figure.qualifier == "vague" and figure.value is not None:
        problems.append("a vague figure has value null")
    return problems


# The fields of each item that name a declared party (a name, or a list of names).
_PARTY_FIELDS: dict[type[BaseModel], tuple[str, ...]] = {
    Person: ("affiliation",),
    Position: ("holder", "targets"),
    CeasefireCall: ("actors", "addressees", "mediators"),
    ClaimedFigure: ("claimant", "subjects"),
}


def _party_fields(item: DraftItem) -> tuple[str, ...]:
    return next((f for kind, f in _PARTY_FIELDS.items() if isinstance(item, kind)), ())


def party_references(item: DraftItem) -> list[str | None]:
    """The party names `item` refers to, in field order (None where a field is empty)."""
    found: list[str | None] = []
    for field in _party_fields(item):
        value = getattr(item, field)
        found.extend(value if isinstance(value, list) else [value])
    return found


def rename_parties(item: DraftItem, renamed: dict[str, str]) -> None:
    """Replace, in place, each party name `item` refers to that `renamed` maps to another."""
    for field in _party_fields(item):
        value = getattr(item, field)
        if isinstance(value, list):
            setattr(item, field, [renamed.get(name, name) for name in value])
        elif value is not None:
            setattr(item, field, renamed.get(value, value))


def item_problems(item: DraftItem, parties: set[str], people: set[str]) -> list[str]:
    """What in one item breaks the conventions' hard rules: a reference to a party or person not
    declared in the same answer (`parties` / `people` are the declared names), impossible
    numbers. The grounding stage rejects such an item with these reasons (and re-asks once)."""
    speaker: str | None = None
    problems: list[str] = []
    if isinstance(item, (Position, CeasefireCall, ClaimedFigure)):
        speaker = item.speaker
    if isinstance(item, CeasefireCall) and not item.actors:
        problems.append("actors must name at least one party")
    if isinstance(item, ClaimedFigure):
        problems += _figure_problems(item)
    problems += [
        f"{name!r} is not the name of a party declared in parties"
        for name in party_references(item)
        if name is not None and name not in parties
    ]
    if speaker is not None and speaker not in people:
        problems.append(f"speaker {speaker!r} is not the canonical_name of a declared person")
    return problems


def contract_problems(draft: _Items) -> list[str]:
    """Every item's `item_problems`, located ("figures[2]: ..."). Works on drafts and on
    grounded extractions alike; gold annotations and the rules extractor must have none."""
    parties = {party.name for party in draft.parties}
    people = {person.canonical_name for person in draft.people}
    found: list[str] = []
    lists: tuple[tuple[str, Sequence[DraftItem]], ...] = (
        ("people", draft.people),
        ("positions", draft.positions),
        ("ceasefire_calls", draft.ceasefire_calls),
        ("figures", draft.figures),
    )
    for name, items in lists:
        for index, item in enumerate(items):
            found += [f"{name}[{index}]: {p}" for p in item_problems(item, parties, people)]
    return found


# --- grounded layer: what the tool stores and hands on -------------------------------------


class Span(_Strict):
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    status: AlignmentStatus
    score: float = Field(ge=0, le=1, description="Alignment coverage; 1.0 for exact matches.")


class GroundedParty(Party):
    span: Span


class GroundedPerson(Person):
    span: Span


class GroundedPosition(Position):
    span: Span


class GroundedCeasefireCall(CeasefireCall):
    span: Span


class GroundedFigure(ClaimedFigure):
    span: Span


class RejectedItem(_Strict):
    kind: ItemKind
    item: Party | Person | Position | CeasefireCall | ClaimedFigure
    reason: str


class ArticleMeta(_Strict):
    id: str
    source: str = Field(description="File path or URL the article was read from ('-' for stdin).")
    sha256: str
    title: str | None
    outlet: str | None
    dateline: str | None = Field(description="The page's own date line as printed, if any.")
    event_date: str | None
    conflict: str | None = Field(
        default=None, description="Conflict the article is about (briefings group by it)."
    )
    quality_notes: list[str]
    language: str | None = Field(
        default=None, description="ISO 639-1 code of the article's language, when detected."
    )

    @field_validator("event_date")
    @classmethod
    def _iso_date(cls, value: str | None) -> str | None:
        return iso_date_or_none(value)


# Below this share of the body's names and counts placed, a pattern-matching extraction is said
# to have low coverage (a warning on stderr, a gap in the briefing).
LOW_COVERAGE = 0.6


class Coverage(_Strict):
    """What an extractor that reads by patterns could not place: a measure of what it missed."""

    method: str = Field(
        description="How items were found, e.g. 'pattern matching; may miss items'."
    )
    names_seen: int = Field(ge=0, description="Capitalised names in the article body.")
    names_unplaced: int = Field(ge=0, description="Of those, names the extractor did not resolve.")
    numbers_seen: int = Field(ge=0, description="Counts (not years or dates) in the article body.")
    numbers_unplaced: int = Field(ge=0, description="Of those, counts not used by any figure.")
    unplaced_examples: list[str] = Field(max_length=20)

    @property
    def share_placed(self) -> float:
        seen = self.names_seen + self.numbers_seen
        return 1.0 - (self.names_unplaced + self.numbers_unplaced) / seen if seen else 1.0

    @property
    def low(self) -> bool:
        return self.share_placed < LOW_COVERAGE

    def warning(self, source: str) -> str:
        """One line for stderr."""
        return (
            f"warning: {source}: low coverage ({self.method}): {self.names_unplaced} of "
            f"{self.names_seen} names and {self.numbers_unplaced} of {self.numbers_seen} counts "
            "were not placed; items may be missing"
        )


class Usage(_Strict):
    prompt_tokens: int = 0
    completion_tokens: int = 0
    attempts: int = 0

    @property
    def total_tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens


class Provenance(_Strict):
    extractor: ExtractorName
    model: str | None
    prompt_version: str | None
    schema_version: str = SCHEMA_VERSION
    live: bool = Field(description="False when answers were replayed from a recording.")
    recorded_at: str | None = Field(description="For replays: when the answers were recorded.")
    usage: Usage


class Extraction(_Strict):
    """One article's grounded extraction: the unit that is stored, merged and scored."""

    schema_version: str = SCHEMA_VERSION
    article: ArticleMeta
    parties: list[GroundedParty]
    people: list[GroundedPerson]
    positions: list[GroundedPosition]
    ceasefire_calls: list[GroundedCeasefireCall]
    figures: list[GroundedFigure]
    rejected: list[RejectedItem]
    coverage: Coverage | None = Field(
        default=None, description="Set by the rules extractor: what it could not place."
    )
    provenance: Provenance


# --- briefing layer: the merge stage's output (see summarize.merge) ------------------------

PositionGroupName = Literal[
    "belligerents",
    "mediators",
    "regional_powers_and_backers",
    "international_organisations",
    "others",
]
Verification = Literal["corroborated", "unverified"]
ChangeKind = Literal["new_claim", "changed_figure", "new_ceasefire_call", "new_position"]
TakeawayKind = Literal["figure", "ceasefire", "position"]
# How far a takeaway can be relied on, in ranking order: figures stated by two independent
# voices, figures from a non-belligerent, statements (ceasefire acts, positions), and figures
# that only belligerents claim.
TakeawayBasis = Literal["corroborated", "independent", "statement", "partisan"]


class SourceRef(_Strict):
    """One numbered source of a briefing: an article and what extracted it."""

    number: int = Field(ge=1)
    article_id: str
    sha256: str
    location: str = Field(description="File path or URL the article was read from.")
    title: str | None
    outlet: str | None
    dateline: str | None
    event_date: str | None
    extractor: ExtractorName
    model: str | None
    prompt_version: str | None
    live: bool
    recorded_at: str | None


class EvidenceRef(_Strict):
    """Where an item is stated: a verbatim quote and its span in the numbered source's text."""

    source: int = Field(ge=1, description="SourceRef.number")
    quote: Quote
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    status: AlignmentStatus


class BriefingParty(_Strict):
    name: str = Field(description="Canonical name (actor table), or the name as extracted.")
    kind: PartyKind
    role: PartyRole = Field(description="The party's role in the briefing's conflict.")
    known: bool = Field(description="True when the name resolved to the actor table.")
    surface_forms: list[str]
    evidence: list[EvidenceRef]


class BriefingPerson(_Strict):
    name: str
    names_as_written: list[str]
    title: str | None
    affiliation: str | None = Field(description="Canonical party the person speaks for.")
    evidence: list[EvidenceRef]


class MergedPosition(_Strict):
    holder: str = Field(description="Canonical party whose stance it is.")
    speakers: list[str] = Field(description="People who voiced it, as canonical names.")
    targets: list[str]
    topic: str
    stance: Stance
    summary: str
    evidence: list[EvidenceRef]


class PositionGroup(_Strict):
    group: PositionGroupName
    title: str
    positions: list[MergedPosition]


class CeasefireEntry(_Strict):
    act: CeasefireAct
    type: CeasefireType
    actors: list[str] = Field(description="Canonical parties performing the act.")
    speakers: list[str]
    addressees: list[str]
    mediators: list[str]
    conditions: list[str]
    time_scope: TimeScope
    evidence: list[EvidenceRef]


class FigureClaim(_Strict):
    """One claimant's figure, however many outlets reported it (never summed or averaged)."""

    claimant: str = Field(
        description="Canonical claimant party; the source as written ('witnesses') when the "
        "source is not a party; 'unattributed' for the outlet's own voice."
    )
    claimed_as: list[str] = Field(description="The claimant's names as extracted.")
    speakers: list[str] = Field(description="People who stated it, as canonical names.")
    raw_texts: list[str] = Field(description="The figure as written in the articles.")
    display: str = Field(
        description="The figure as shown: the text as written with its numbers normalised "
        "('close to 5,000'), qualifier kept."
    )
    value: int | None
    low: int | None
    high: int | None
    qualifier: Qualifier
    scope: FigureScope
    verification: Verification = Field(
        description="'corroborated' when another, independent voice states the same figure."
    )
    partisan: bool = Field(
        description="Claimed by a belligerent of the briefing's conflict, about any side's losses "
        "(its own included)."
    )
    evidence: list[EvidenceRef]


class FigureGroup(_Strict):
    """Claims about one quantity: whose losses, what, among whom, which equipment, what scope.

    Only like is compared with like: a group never mixes metrics (displaced vs refugees),
    equipment classes or scopes (incident vs cumulative)."""

    key: str
    subjects: list[str]
    metric: Metric
    population: Population
    equipment_class: str | None
    scope: FigureScope
    time_scope: TimeScope
    claims: list[FigureClaim]
    headline: FigureClaim | None = Field(
        description="The lowest claim that is not partisan; null when only partisan claims exist."
    )
    headline_text: str = Field(
        description="The headline as every format shows it, or 'no independent figure'."
    )
    contested: bool = Field(description="True when claimants give different figures.")


class Takeaway(_Strict):
    kind: TakeawayKind
    basis: TakeawayBasis
    text: str
    sources: list[int]


class Change(_Strict):
    kind: ChangeKind
    text: str
    sources: list[int]


class ExtractorUse(_Strict):
    """Which extractor produced how many of the briefing's extractions."""

    extractor: ExtractorName
    model: str | None
    prompt_version: str | None
    live: bool
    recorded_at: str | None
    articles: int = Field(ge=1)


class CopyGroup(_Strict):
    """Articles that are copies of one story (the same wire report in several outlets)."""

    sources: list[int] = Field(description="SourceRef.number of every copy, the first kept.")
    outlets: list[str] = Field(description="The copies' outlets as printed, in source order.")
    similarity: float = Field(
        ge=0, le=1, description="The lowest pairwise text similarity (word-shingle overlap)."
    )


class NarrativeSentence(_Strict):
    """One sentence of a briefing's summary, citing the numbered key takeaways it rests on."""

    text: str = Field(description="One sentence in English; only numbers the cited items state.")
    items: list[int] = Field(description="Numbers of the key takeaways this sentence rests on.")


class NarrativeDraft(_Strict):
    """What the model returns for `brief --narrative`: three to six cited sentences."""

    sentences: list[NarrativeSentence] = Field(max_length=6)


class Briefing(_Strict):
    """One conflict's merged briefing for one day; every item cites numbered sources."""

    schema_version: str = SCHEMA_VERSION
    conflict: str | None = Field(description="The conflict this briefing covers; null if unknown.")
    date: str | None = Field(description="ISO date of the events; null for undated articles.")
    previous_date: str | None = Field(
        description="The same conflict's earlier briefing that `changes` compares against."
    )
    provenance: list[ExtractorUse]
    figure_rule: str = Field(
        description="How the headline figure is chosen and what 'partisan' means; every format "
        "shows this text as its legend."
    )
    absence_note: str | None = Field(
        description="Set when an extractor that may miss items (rules) read some sources: what "
        "an empty section means. Null when empty sections mean nothing was reported."
    )
    takeaways: list[Takeaway]
    figures: list[FigureGroup] = Field(description="Current figures: the day's tallies.")
    context_figures: list[FigureGroup] = Field(
        description="Historical figures: context, kept out of the day's tallies."
    )
    ceasefire_calls: list[CeasefireEntry] = Field(description="Current ceasefire acts.")
    context_ceasefires: list[CeasefireEntry] = Field(
        description="Historical ceasefires mentioned as background: context, never news."
    )
    positions: list[PositionGroup]
    parties: list[BriefingParty]
    people: list[BriefingPerson]
    changes: list[Change]
    gaps: list[str] = Field(description="Information gaps and quality problems in the sources.")
    sources: list[SourceRef]
    copies: list[CopyGroup] = Field(
        default_factory=list,
        description="Near-duplicate articles merged as one source: they count as one voice "
        "for 'corroborated'.",
    )
    narrative: list[NarrativeSentence] = Field(
        default_factory=list,
        description="`brief --narrative`: a model-written summary whose sentences cite "
        "takeaways (numbered from 1) and state only their numbers; empty when not asked for.",
    )
    narrative_note: str | None = Field(
        default=None, description="Why a narrative asked for is missing (dropped or failed)."
    )


EXPORTED_MODELS: dict[str, type[BaseModel]] = {
    "article_draft": ArticleDraft,
    "extraction": Extraction,
    "briefing": Briefing,
}


def json_schema(model: type[BaseModel]) -> dict[str, object]:
    return model.model_json_schema()


def schema_hash() -> str:
    """Stable hash of the draft schema; part of every cache and recording key."""
    text = json.dumps(ArticleDraft.model_json_schema(), sort_keys=True)
    return hashlib.sha256(f"{SCHEMA_VERSION}\n{text}".encode()).hexdigest()[:16]


def export_schemas(folder: Path) -> list[Path]:
    """Write every exported model's JSON Schema into `folder`; return the paths written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, model in EXPORTED_MODELS.items():
        path = folder / f"{name}.v{SCHEMA_VERSION.split('.')[0]}.json"
        path.write_text(json.dumps(json_schema(model), indent=2, sort_keys=True) + "\n")
        written.append(path)
    return written


if __name__ == "__main__":
    for written_path in export_schemas(Path(__file__).resolve().parent.parent / "schemas"):
        print(written_path)
