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
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0.0"

MAX_ITEMS = 60
# No string length limits: OpenAI strict mode rejects minLength/maxLength.
Quote = Annotated[
    str, Field(description="Verbatim quote copied character for character from the article.")
]

PartyKind = Literal[
    "state",
    "armed_group",
    "de_facto_authority",
    "international_organisation",
    "ngo",
    "media",
    "other",
]
PartyRole = Literal[
    "belligerent", "backer", "mediator", "observer", "humanitarian", "regional_power", "other"
]
Stance = Literal[
    "support",
    "reject",
    "accuse",
    "deny",
    "demand",
    "offer",
    "refuse",
    "threaten",
    "condemn",
    "concern",
    "claim",
    "other",
]
CeasefireKind = Literal["immediate", "humanitarian", "conditional", "agreed", "violation_alleged"]
Metric = Literal[
    "killed",
    "wounded",
    "casualties",
    "missing",
    "captured",
    "displaced",
    "equipment_destroyed",
    "other",
]
Population = Literal["military", "civilian", "unknown"]
Qualifier = Literal["exact", "at_least", "up_to", "approximately", "vague"]
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
    event_date: str | None = Field(
        description="ISO date (YYYY-MM-DD) of the events reported, inferred from the text; "
        "may differ from the page's date line. Null when it cannot be determined."
    )
    quality_notes: list[str] = Field(
        max_length=10,
        description="Problems with the text: machine translation, garbled names, boilerplate, "
        "misleading date line, contradictory figures.",
    )


class Party(_Strict):
    name: str = Field(
        description="Canonical name, e.g. 'Azerbaijan', 'Nagorno-Karabakh authorities'."
    )
    surface_forms: list[str] = Field(
        max_length=20, description="How the text refers to it: 'Baku', 'Azeri', 'Azerbaijani army'."
    )
    kind: PartyKind
    role: PartyRole
    evidence: Quote


class Person(_Strict):
    name_as_written: str
    canonical_name: str | None = Field(description="Correct spelling when recognisable, else null.")
    affiliation: str | None = Field(
        description="Canonical name of the party the person speaks for."
    )
    title: str | None
    evidence: Quote


class Position(_Strict):
    holder: str = Field(description="Party or person taking the position.")
    target: str | None = Field(description="Party or person it is directed at, or null.")
    topic: str
    stance: Stance
    summary: str = Field(description="One line.")
    evidence: Quote


class CeasefireCall(_Strict):
    caller: str
    addressees: list[str] = Field(max_length=10)
    kind: CeasefireKind
    conditions: str | None
    evidence: Quote


class ClaimedFigure(_Strict):
    claimant: str | None = Field(
        description="Who makes the claim; null when the outlet states it in its own voice."
    )
    subject: str | None = Field(description="Whose losses: a party name, or null if unclear.")
    metric: Metric
    equipment_class: str | None = Field(description="For equipment_destroyed: 'tanks', 'drones'...")
    population: Population
    raw_text: str = Field(description="The figure as written: 'nearly 400', 'dozens', '5, 000'.")
    value: int | None = Field(description="Best single value; null for vague quantities.")
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
    quality_notes: list[str]


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
    role: PartyRole
    known: bool = Field(description="True when the name resolved to the actor table.")
    surface_forms: list[str]
    evidence: list[EvidenceRef]


class BriefingPerson(_Strict):
    name: str
    names_as_written: list[str]
    title: str | None
    party: str | None = Field(description="Canonical party the person speaks for.")
    evidence: list[EvidenceRef]


class MergedPosition(_Strict):
    holder: str = Field(description="Canonical party; a person's statement rolls up to it.")
    speakers: list[str] = Field(description="People or bodies who voiced it, as canonical names.")
    target: str | None
    topic: str
    stance: Stance
    summary: str
    evidence: list[EvidenceRef]


class PositionGroup(_Strict):
    group: PositionGroupName
    title: str
    positions: list[MergedPosition]


class CeasefireEntry(_Strict):
    caller: str = Field(description="Canonical party that called; people roll up to it.")
    speakers: list[str]
    addressees: list[str]
    kind: CeasefireKind
    conditions: list[str]
    evidence: list[EvidenceRef]


class FigureClaim(_Strict):
    """One claimant's figure, however many outlets reported it (never summed or averaged)."""

    claimant: str = Field(description="Canonical claimant, or 'unattributed' (outlet's voice).")
    claimed_as: list[str] = Field(description="The claimant's names as extracted.")
    raw_texts: list[str]
    value: int | None
    low: int | None
    high: int | None
    qualifier: Qualifier
    scope: FigureScope
    verification: Verification = Field(
        description="'corroborated' when another, independent claimant states the same figure."
    )
    partisan: bool = Field(description="A belligerent's claim about another party's losses.")
    evidence: list[EvidenceRef]


class FigureGroup(_Strict):
    """Claims about one quantity: whose losses, what, among whom, which equipment."""

    key: str
    subject: str | None
    metric: Metric
    population: Population
    equipment_class: str | None
    time_scope: TimeScope
    claims: list[FigureClaim]
    headline: FigureClaim | None = Field(
        description="The conservative figure: the lowest credible claim (partisan claims only "
        "when nothing else is there)."
    )
    contested: bool = Field(description="True when claimants give different figures.")


class Takeaway(_Strict):
    kind: TakeawayKind
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


class Briefing(_Strict):
    """One day's merged briefing across articles; every item cites numbered sources."""

    schema_version: str = SCHEMA_VERSION
    date: str | None = Field(description="ISO date of the events; null for undated articles.")
    previous_date: str | None = Field(description="The briefing `changes` compares against.")
    provenance: list[ExtractorUse]
    takeaways: list[Takeaway]
    figures: list[FigureGroup] = Field(description="Current figures: the day's tallies.")
    context_figures: list[FigureGroup] = Field(
        description="Historical figures: context, kept out of the day's tallies."
    )
    ceasefire_calls: list[CeasefireEntry]
    positions: list[PositionGroup]
    parties: list[BriefingParty]
    people: list[BriefingPerson]
    changes: list[Change]
    gaps: list[str] = Field(description="Information gaps and quality problems in the sources.")
    sources: list[SourceRef]


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
