"""Render extractions and briefings for people: Markdown, JSON, and one self-contained HTML page.

Templates live in `summarize/templates/`. Every value a template prints is untrusted (article
text, model output, file names): HTML templates are autoescaped, and Markdown templates escape
every printed value by default (`md_escape` is the environment's `finalize`), so a title, name,
quote, date or model name can never open HTML, a link, a heading, a list or a table cell.
"""

from __future__ import annotations

import heapq
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

import jinja2
from markupsafe import Markup, escape

from summarize.merge import RULES_ABSENCE, ceasefire_phrase, conflict_label, describe_group
from summarize.merge.ceasefires import TYPE_PHRASES
from summarize.schema import (
    Briefing,
    CeasefireEntry,
    CopyGroup,
    EvidenceRef,
    Extraction,
    ExtractorUse,
    FigureClaim,
    FigureGroup,
    Provenance,
    SourceRef,
    Span,
)

# Backslash-escapable punctuation that can start markup anywhere in a line: emphasis, code,
# links and images, raw HTML and entities, table cells, strike-through, headings.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~&!])")
# What only starts markup at the beginning of a line: lists, quotes, rules, setext headings.
_LINE_START = re.compile(r"^(\d+)([.)])|^([-+=])")
# Extended autolinks (GFM): 'https:', 'mailto:', 'www.', and bare e-mail addresses.
_AUTOLINK = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*)(:)(?=\S)|\b(www)(\.)|(@)")
_WHITESPACE = re.compile(r"\s+")


class MdText(str):
    """Text already escaped for Markdown (printing it again leaves it as it is)."""


def md_escape(text: object) -> str:
    """One line of Markdown showing `text` literally (no markup, no line breaks)."""
    if isinstance(text, MdText):
        return text
    if text is None:
        return MdText("")
    flat = _WHITESPACE.sub(" ", str(text)).strip()
    escaped = _MARKDOWN_SPECIAL.sub(r"\\\1", flat)
    escaped = _AUTOLINK.sub(
        lambda m: m.group().replace(":", "\\:").replace(".", "\\.").replace("@", "\\@"), escaped
    )
    escaped = _LINE_START.sub(
        lambda m: f"{m.group(1)}\\{m.group(2)}" if m.group(1) else f"\\{m.group(3)}", escaped
    )
    return MdText(escaped)


md_inline = md_escape  # the filter name the templates use


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


def _evidence_line(item: object) -> MdText:
    evidence = getattr(item, "evidence", "")
    span: Span = getattr(item, "span")  # noqa: B009  (every grounded item has one)
    return MdText(f'> "{md_escape(evidence)}" {md_escape(span_label(span))}')


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
        return qualifier if low is None else f"{qualifier}, {low:,} or more"
    return f"{value:,} ({qualifier})"


def _names(values: Iterable[str]) -> str:
    return ", ".join(values)


def none_found(what: str, absence: str | None) -> str:
    """What an empty section says: never an absence when a pattern matcher did the reading."""
    return f"{what}: {absence}." if absence else f"No {what.lower()} were reported."


def _filters() -> dict[str, object]:
    return {
        "md_inline": md_escape,
        "md_cell": md_escape,
        "label": label,
        "quoted": quoted,
        "provenance_label": provenance_label,
        "span_label": span_label,
        "evidence_line": _evidence_line,
        "metric_label": _metric_label,
        "value_label": _value_label,
        "anchor": evidence_anchor,
        "claim_tags": claim_tags,
        "describe_group": describe_group,
        "extractor_label": extractor_label,
        "source_refs": source_refs,
        "names": _names,
        "ceasefire_what": ceasefire_what,
        "ceasefire_phrase": ceasefire_phrase,
        "plural": plural,
        "evidence_sources": evidence_sources,
        "copies_line": copies_line,
    }


def _globals() -> dict[str, object]:
    return {
        "figure_table": figure_table,
        "briefing_title": briefing_title,
        "none_found": none_found,
        "conflict_label": conflict_label,
        "rules_absence": RULES_ABSENCE,
        "item_extractors": item_extractors,
    }


def _environment(**escaping: Any) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("summarize", "templates"),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
        **escaping,
    )
    env.filters.update(_filters())
    env.globals.update(_globals())
    return env


@cache
def markdown_environment() -> jinja2.Environment:
    """Markdown templates: every printed value goes through `md_escape`."""
    return _environment(autoescape=False, finalize=md_escape)


@cache
def html_environment() -> jinja2.Environment:
    return _environment(autoescape=True)


def _tidy(markdown: str) -> str:
    """No trailing spaces, no runs of blank lines, one final newline."""
    lines = "\n".join(line.rstrip() for line in markdown.splitlines())
    return re.sub(r"\n{3,}", "\n\n", lines).strip() + "\n"


def extraction_markdown(extraction: Extraction) -> str:
    """A readable Markdown summary of one article's extraction, every item with its evidence."""
    absence = RULES_ABSENCE if extraction.provenance.extractor == "rules" else None
    template = markdown_environment().get_template("extraction.md")
    return _tidy(template.render(extraction=extraction, absence=absence))


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


def plural(count: int, word: str, many: str | None = None) -> str:
    """'1 article', '2 articles'."""
    return f"{count} {word if count == 1 else (many or word + 's')}"


def short_extractor(source: SourceRef) -> str:
    """A source's extractor in a few words: 'rules', 'gold', 'openai gpt-4o-mini'."""
    if source.extractor in ("rules", "gold"):
        return source.extractor
    return f"{source.extractor} {source.model or '(unknown model)'}"


def item_extractors(numbers: Iterable[int], labels: Mapping[int, str]) -> str:
    """Which extractors produced the sources an item cites: 'rules', 'openai gpt-4o; rules'."""
    return "; ".join(dict.fromkeys(labels[n] for n in sorted(set(numbers)) if n in labels))


def extractor_labels(briefing: Briefing) -> dict[int, str]:
    """Each source number's extractor label, computed once per render (a briefing cites
    thousands of items: scanning every source for each made rendering quadratic)."""
    return {s.number: short_extractor(s) for s in briefing.sources}


def evidence_sources(evidence: Iterable[EvidenceRef]) -> list[int]:
    return sorted({ref.source for ref in evidence})


def copies_line(group: CopyGroup) -> str:
    """'[1] AFP, [3] France 24: copies of one story (similarity 0.93), counted as one source'."""
    copies = ", ".join(
        f"[{n}] {outlet}" for n, outlet in zip(group.sources, group.outlets, strict=True)
    )
    return (
        f"{copies}: copies of one story (text similarity {group.similarity:.2f}), counted as "
        "one source for corroboration"
    )


def source_refs(numbers: Iterable[int]) -> str:
    """'[1][3]': made of integers only, so safe as Markdown (no value can define a link)."""
    return MdText("".join(f"[{int(number)}]" for number in numbers))


def briefing_title(briefing: Briefing) -> str:
    day = briefing.date or "undated articles"
    return f"Daily briefing: {conflict_label(briefing.conflict)}, {day}"


def conflict_slug(conflict: str | None) -> str:
    """A file-name part for a conflict: 'Sudan: SAF-RSF war' -> 'sudan-saf-rsf-war'."""
    slug = re.sub(r"[^a-z0-9]+", "-", conflict_label(conflict).lower()).strip("-")
    return slug[:60].strip("-") or "conflict"


def briefing_filename(briefing: Briefing, fmt: BriefingFormat) -> str:
    return f"briefing-{conflict_slug(briefing.conflict)}-{briefing.date or UNDATED}.{fmt}"


def ceasefire_what(entry: CeasefireEntry) -> str:
    """The act and its type in words: 'call: humanitarian truce'."""
    return f"{label(entry.act)}: {TYPE_PHRASES[entry.type].split(' ', 1)[1]}"


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
    for entry in (*briefing.ceasefire_calls, *briefing.context_ceasefires):
        found += entry.evidence
    found += [ref for g in briefing.positions for p in g.positions for ref in p.evidence]
    found += [ref for party in briefing.parties for ref in party.evidence]
    found += [ref for person in briefing.people for ref in person.evidence]
    return found


def briefing_markdown(briefing: Briefing) -> str:
    template = markdown_environment().get_template("briefing.md")
    return _tidy(template.render(briefing=briefing, labels=extractor_labels(briefing)))


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
    template = html_environment().get_template("briefing.html")
    return template.render(briefing=briefing, articles=articles, labels=extractor_labels(briefing))


def render_briefing(
    briefing: Briefing, fmt: BriefingFormat, texts: Mapping[str, str] | None = None
) -> str:
    if fmt == "md":
        return briefing_markdown(briefing)
    if fmt == "json":
        return briefing_json(briefing)
    return briefing_html(briefing, texts or {})
