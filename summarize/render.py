"""Render extractions and briefings for people: Markdown, JSON, and one self-contained HTML page.

Templates live in `summarize/templates/`. HTML templates are autoescaped (article text is
untrusted); Markdown output escapes the characters that would turn text into markup.
"""

from __future__ import annotations

import heapq
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Literal

import jinja2
from markupsafe import Markup, escape

from summarize.merge import describe_group, format_claim
from summarize.schema import (
    Briefing,
    EvidenceRef,
    Extraction,
    ExtractorUse,
    FigureClaim,
    FigureGroup,
    Provenance,
    SourceRef,
    Span,
)

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")
_WHITESPACE = re.compile(r"\s+")


def md_inline(text: object) -> str:
    """One line of Markdown showing `text` literally (no markup, no line breaks)."""
    flat = _WHITESPACE.sub(" ", str(text)).strip()
    return _MARKDOWN_SPECIAL.sub(r"\\\1", flat)


def label(value: str) -> str:
    """An enum value as words: 'violation_alleged' -> 'violation alleged'."""
    return value.replace("_", " ")


def quoted(text: str) -> str:
    return f'"{text}"'


def provenance_label(provenance: Provenance) -> str:
    """Who produced an extraction, stated so that a rules result is never mistaken for a model's."""
    if provenance.extractor == "rules":
        who = "rules extractor, offline, no model"
    elif provenance.extractor == "gold":
        who = "gold annotation"
    else:
        who = f"{provenance.extractor} backend, model {provenance.model or 'unknown'}"
    details = [f"prompt {provenance.prompt_version}"] if provenance.prompt_version else []
    if provenance.extractor == "replay" or not provenance.live:
        recorded = provenance.recorded_at or "an unknown date"
        details.append(f"replay of answers recorded {recorded}")
    details.append(f"schema {provenance.schema_version}")
    return f"{who} ({'; '.join(details)})"


def span_label(span: Span) -> str:
    if span.status == "exact":
        return f"(chars {span.start}-{span.end})"
    return f"(chars {span.start}-{span.end}, {span.status} match {span.score:.2f})"


def _evidence_line(item: object) -> str:
    evidence = getattr(item, "evidence", "")
    span: Span = getattr(item, "span")  # noqa: B009  (every grounded item has one)
    return f'> "{md_inline(evidence)}" {span_label(span)}'


def _metric_label(figure: object) -> str:
    metric = label(str(getattr(figure, "metric", "")))
    equipment = getattr(figure, "equipment_class", None)
    return f"{metric} ({equipment})" if equipment else metric


def _value_label(figure: object) -> str:
    value, low, high = (getattr(figure, name, None) for name in ("value", "low", "high"))
    qualifier = label(str(getattr(figure, "qualifier", "")))
    if low is not None and high is not None and low != high:
        return f"{low:,}-{high:,} ({qualifier})"
    if value is None:
        return qualifier
    return f"{value:,} ({qualifier})"


@cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("summarize", "templates"),
        autoescape=jinja2.select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters.update(
        md_inline=md_inline,
        md_cell=md_inline,
        label=label,
        quoted=quoted,
        provenance_label=provenance_label,
        span_label=span_label,
        evidence_line=_evidence_line,
        metric_label=_metric_label,
        value_label=_value_label,
        anchor=evidence_anchor,
        claim_tags=claim_tags,
        format_claim=format_claim,
        describe_group=describe_group,
        extractor_label=extractor_label,
        source_refs=source_refs,
    )
    env.globals.update(figure_table=figure_table, briefing_title=briefing_title)
    return env


def _tidy(markdown: str) -> str:
    """No trailing spaces, no runs of blank lines, one final newline."""
    lines = "\n".join(line.rstrip() for line in markdown.splitlines())
    return re.sub(r"\n{3,}", "\n\n", lines).strip() + "\n"


def extraction_markdown(extraction: Extraction) -> str:
    """A readable Markdown summary of one article's extraction, every item with its evidence."""
    return _tidy(environment().get_template("extraction.md").render(extraction=extraction))


# --- briefings -----------------------------------------------------------------------------

BriefingFormat = Literal["md", "html", "json"]
FORMATS: tuple[BriefingFormat, ...] = ("md", "html", "json")
UNDATED = "undated"


@dataclass(frozen=True)
class FigureRow:
    """One figure group as a table row: a cell (list of claims) per claimant column."""

    group: FigureGroup
    label: str
    cells: list[list[FigureClaim]]


def figure_table(groups: Sequence[FigureGroup]) -> tuple[list[str], list[FigureRow]]:
    """Claimant columns (first-seen order) and one row per group; claims are never combined."""
    claimants = list(dict.fromkeys(claim.claimant for g in groups for claim in g.claims))
    rows = [
        FigureRow(group=group, label=describe_group(group), cells=_cells(group, claimants))
        for group in groups
    ]
    return claimants, rows


def _cells(group: FigureGroup, claimants: Sequence[str]) -> list[list[FigureClaim]]:
    by_claimant: dict[str, list[FigureClaim]] = defaultdict(list)
    for claim in group.claims:
        by_claimant[claim.claimant].append(claim)
    return [by_claimant.get(who, []) for who in claimants]


def evidence_anchor(evidence: EvidenceRef) -> str:
    """The HTML id of an evidence span: unique per source and offsets."""
    return f"ev-{evidence.source}-{evidence.start}-{evidence.end}"


def claim_tags(claim: FigureClaim) -> list[str]:
    return ([claim.verification] if claim.verification == "unverified" else []) + (
        ["partisan"] if claim.partisan else []
    )


def extractor_label(use: ExtractorUse | SourceRef) -> str:
    if use.extractor == "rules":
        return "rules extractor (offline, no model)"
    if use.extractor == "gold":
        return "gold annotation (hand-made)"
    mode = "live" if use.live else f"replay of answers recorded {use.recorded_at or '(unknown)'}"
    prompt = f", prompt {use.prompt_version}" if use.prompt_version else ""
    return f"{use.extractor} model {use.model or '(unknown)'}{prompt}, {mode}"


def source_refs(numbers: Iterable[int]) -> str:
    return "".join(f"[{number}]" for number in numbers)


def briefing_title(briefing: Briefing) -> str:
    return f"Daily briefing: {briefing.date or 'undated articles'}"


def briefing_filename(briefing: Briefing, fmt: BriefingFormat) -> str:
    return f"briefing-{briefing.date or UNDATED}.{fmt}"


def marked_text(text: str, evidence: Iterable[EvidenceRef]) -> Markup:
    """The article text, escaped, with a `<mark>` around every evidence span.

    Nested and disjoint spans become nested `<mark id=...>` elements; a span crossing another is
    split into pieces that share `data-ev` (the first piece carries the id).
    """
    spans = {
        (ref.start, ref.end, evidence_anchor(ref))
        for ref in evidence
        if 0 <= ref.start < ref.end <= len(text)
    }
    queue = [(start, -end, anchor, True) for start, end, anchor in spans]
    heapq.heapify(queue)
    out: list[str] = []
    open_marks: list[int] = []  # end offsets; innermost last
    position = 0

    def close_until(limit: int) -> None:
        nonlocal position
        while open_marks and open_marks[-1] <= limit:
            end = open_marks.pop()
            out.append(str(escape(text[position:end])) + "</mark>")
            position = end

    while queue:
        start, negative_end, anchor, first = heapq.heappop(queue)
        end = -negative_end
        close_until(start)
        if open_marks and open_marks[-1] < end:  # crosses the enclosing mark: split
            heapq.heappush(queue, (open_marks[-1], -end, anchor, False))
            end = open_marks[-1]
        out.append(str(escape(text[position:start])))
        position = start
        anchor_id = f' id="{anchor}"' if first else ""
        out.append(f'<mark class="ev"{anchor_id} data-ev="{anchor}">')
        open_marks.append(end)
    close_until(len(text))
    out.append(str(escape(text[position:])))
    return Markup("".join(out))


def _evidence_by_source(briefing: Briefing) -> dict[int, list[EvidenceRef]]:
    """Every evidence reference in the briefing, grouped by source number (one pass)."""
    grouped: dict[int, list[EvidenceRef]] = defaultdict(list)
    for ref in _all_evidence(briefing):
        grouped[ref.source].append(ref)
    return grouped


def _all_evidence(briefing: Briefing) -> list[EvidenceRef]:
    found: list[EvidenceRef] = []
    for group in (*briefing.figures, *briefing.context_figures):
        found += [ref for claim in group.claims for ref in claim.evidence]
    found += [ref for entry in briefing.ceasefire_calls for ref in entry.evidence]
    found += [ref for g in briefing.positions for p in g.positions for ref in p.evidence]
    found += [ref for party in briefing.parties for ref in party.evidence]
    found += [ref for person in briefing.people for ref in person.evidence]
    return found


def briefing_markdown(briefing: Briefing) -> str:
    return _tidy(environment().get_template("briefing.md").render(briefing=briefing))


def briefing_json(briefing: Briefing) -> str:
    return briefing.model_dump_json(indent=2) + "\n"


def briefing_html(briefing: Briefing, texts: Mapping[str, str]) -> str:
    """One self-contained page; `texts` maps each source's sha256 to its article text."""
    evidence = _evidence_by_source(briefing)
    articles = [
        (
            source,
            marked_text(texts.get(source.sha256, ""), evidence.get(source.number, [])),
            source.sha256 in texts,
        )
        for source in briefing.sources
    ]
    return environment().get_template("briefing.html").render(briefing=briefing, articles=articles)


def render_briefing(
    briefing: Briefing, fmt: BriefingFormat, texts: Mapping[str, str] | None = None
) -> str:
    if fmt == "md":
        return briefing_markdown(briefing)
    if fmt == "json":
        return briefing_json(briefing)
    return briefing_html(briefing, texts or {})
