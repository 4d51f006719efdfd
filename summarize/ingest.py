"""Ingest: read an article (plain text, HTML, stdin), decode it, and mark page boilerplate.

The article's `text` is never rewritten after decoding: every offset in the pipeline points into
it. Boilerplate is recorded as character ranges; `content()` is what an extractor gets to read.
Boilerplate rules live in `summarize/data/boilerplate.toml`.
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import os
import re
import stat
import sys
import threading
import tomllib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import BinaryIO
from urllib.parse import urlsplit

import charset_normalizer
from pydantic import BaseModel, ConfigDict, TypeAdapter, ValidationError

from summarize.errors import InputError
from summarize.numbers import MONTHS

DEFAULT_MAX_BYTES = 5_000_000
BOILERPLATE_PATH = Path(__file__).resolve().parent / "data" / "boilerplate.toml"
MANIFEST_NAME = "manifest.json"
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
# Legacy encodings we are willing to guess when a file is not UTF-8.
LEGACY_ENCODINGS = ("cp1252", "latin_1", "iso8859_15", "cp1251", "koi8_r")
MAX_DECODE_CHAOS = 0.2
MIN_DECODE_COHERENCE = 0.1
MAX_CONTROL_SHARE = 0.1
TITLE_MAX_CHARS = 250
TITLE_MAX_WORDS = 40
HEADER_LINES = 4  # a date line or title is looked for among the first few non-blank lines
DECORATIONS = " \t\u00a0-–—•·›»«‹|*>#"
CLOSING_MARKS = "\"'”’»)]"
SENTENCE_END = ".!?:;,…"

_DATELINE = re.compile(
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    rf"(?:(?:{MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTHS}),?\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2})"
    r"(?:\s*[,|-]?\s*\d{1,2}:\d{2}(?:\s*[AP]M)?(?:\s+[A-Z]{2,4})?)?",
)


@dataclass(frozen=True)
class Article:
    id: str
    source: str
    text: str
    sha256: str
    boilerplate: tuple[tuple[int, int], ...] = ()
    title: str | None = None
    outlet: str | None = None
    dateline: str | None = None
    warnings: tuple[str, ...] = field(default=())
    event_date: str | None = None
    date_note: str | None = None
    published: str | None = None  # the page's own publication date (HTML metadata), ISO
    language: str | None = None  # ISO 639-1, detected from the content (summarize.language)

    def content(self) -> str:
        """The text with boilerplate ranges removed (what an extractor reads)."""
        kept, position = [], 0
        for start, end in self.boilerplate:
            kept.append(self.text[position:start])
            position = end
        kept.append(self.text[position:])
        return "".join(kept)

    def in_boilerplate(self, start: int, end: int) -> bool:
        """True when the span `start:end` lies mostly (over half) inside boilerplate."""
        # The ranges are sorted and disjoint: look only at those that can overlap the span.
        ranges = self.boilerplate
        index = max(bisect.bisect_right(ranges, (start, len(self.text) + 1)) - 1, 0)
        if end <= start:
            return any(low <= start < high for low, high in ranges[index : index + 1])
        overlap = 0
        while index < len(ranges) and ranges[index][0] < end:
            low, high = ranges[index]
            overlap += max(0, min(end, high) - max(start, low))
            index += 1
        return overlap * 2 > end - start


# --- reading and decoding ------------------------------------------------------------------


def read_limited(path: Path | str, max_bytes: int) -> bytes:
    """A regular file's bytes, never more than `max_bytes` read: devices (`/dev/zero`), FIFOs
    and sockets are refused before they are opened for reading, even behind a symlink.
    Raises InputError (OSError problems included) with the path in the message."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise InputError(f"{path}: not a regular file (a device, FIFO or socket)")
        # O_NONBLOCK: should a FIFO replace the file after the check, open must not block.
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(descriptor, "rb") as file:
            if not stat.S_ISREG(os.fstat(file.fileno()).st_mode):
                raise InputError(f"{path}: not a regular file (a device, FIFO or socket)")
            data = file.read(max_bytes + 1)
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory, expected an article file") from None
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror})") from None
    if len(data) > max_bytes:
        raise InputError(f"{path}: over the {max_bytes:,}-byte limit")
    return data


def _read_file(path: Path, max_bytes: int) -> bytes:
    if path.is_dir():
        raise InputError(f"{path}: is a directory, expected an article file")
    return read_limited(path, max_bytes)


def _read_stream(stream: BinaryIO | None, max_bytes: int) -> bytes:
    if stream is None or getattr(stream, "closed", False):
        raise InputError("stdin: standard input is closed; pipe an article in, or give a file")
    try:
        data = stream.read(max_bytes + 1)
    except (OSError, ValueError) as error:  # ValueError: read of a closed file
        raise InputError(f"stdin: cannot read standard input ({error})") from None
    if data is None:
        raise InputError("stdin: nothing to read yet (non-blocking input); pipe an article in")
    if len(data) > max_bytes:
        raise InputError(f"stdin: input is over the {max_bytes:,}-byte limit")
    return data


_NOT_CONTROL_BYTES = bytes(
    byte for byte in range(256) if (32 <= byte != 127) or byte in b"\t\n\r\f\v"
)


def _check_is_text(data: bytes, source: str) -> None:
    if not data.strip():
        raise InputError(f"{source}: input is empty")
    if b"\x00" in data:
        raise InputError(
            f"{source}: looks binary (contains NUL bytes); if it is UTF-16 text, "
            "convert it to UTF-8"
        )
    controls = len(data.translate(None, _NOT_CONTROL_BYTES))  # the control bytes alone
    if controls > MAX_CONTROL_SHARE * len(data):
        raise InputError(f"{source}: looks binary ({controls} control characters)")


def decode_bytes(data: bytes, source: str) -> tuple[str, tuple[str, ...]]:
    """UTF-8 text as is; a legacy encoding when one fits with confidence (with a warning)."""
    try:
        return data.decode("utf-8-sig"), ()
    except UnicodeDecodeError:
        pass
    guess = charset_normalizer.from_bytes(data, cp_isolation=list(LEGACY_ENCODINGS)).best()
    if guess is None or guess.chaos > MAX_DECODE_CHAOS or guess.coherence < MIN_DECODE_COHERENCE:
        raise InputError(
            f"{source}: cannot decode: not UTF-8 and no legacy encoding fits; convert it to UTF-8"
        )
    warning = f"input was not UTF-8: decoded as {guess.encoding}; non-ASCII characters may be wrong"
    return str(guess), (warning,)


def _looks_like_html(path: Path | None, text: str) -> bool:
    if path is not None and path.suffix.lower() in HTML_SUFFIXES:
        return True
    head = text[:2048].lstrip().lower()
    return head.startswith("<!doctype html") or "<html" in head or "<body" in head


@dataclass(frozen=True)
class _HtmlPage:
    text: str
    title: str | None
    site_name: str | None
    published: str | None = None


def _iso_day(value: str | None) -> str | None:
    """The YYYY-MM-DD day at the start of a metadata date, if it is a real date."""
    try:
        return date.fromisoformat(value[:10]).isoformat() if value else None
    except ValueError:
        return None


# Elements whose content is never article text; dropped before parsing, with comments.
_HTML_DROPPED = ("script", "style", "noscript", "template", "svg", "math", "iframe", "object")
_HTML_DROP_START = re.compile(rf"<!--|<({'|'.join(_HTML_DROPPED)})(?=[\s/>])", re.IGNORECASE)
_HTML_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9:-]*)[^<>]*?(/?)>")
# Elements that close themselves or are closed implicitly: they never deepen the tree.
_HTML_FLAT = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "source",
        "track",
        "wbr",
        "p",
        "li",
        "dt",
        "dd",
        "tr",
        "td",
        "th",
        "option",
        "optgroup",
        "thead",
        "tbody",
        "tfoot",
        "colgroup",
        "rp",
        "rt",
    ]
)
MAX_HTML_CHARS = 1_500_000  # of markup left after dropping scripts, styles and comments
MAX_HTML_DEPTH = 400  # nesting a browser would render; real pages stay far below


def trim_html(html: str) -> str:
    """The page without comments, scripts, styles and other never-text elements: one linear
    pass (an unclosed one runs to the end of the page, as in a browser)."""
    kept: list[str] = []
    position = 0
    while (found := _HTML_DROP_START.search(html, position)) is not None:
        kept.append(html[position : found.start()])
        name = found.group(1)
        if name is None:
            close = html.find("-->", found.end())
            position = len(html) if close == -1 else close + 3
        else:
            ending = re.compile(rf"</{name}\s*>", re.IGNORECASE).search(html, found.end())
            position = len(html) if ending is None else ending.end()
    kept.append(html[position:])
    return "".join(kept)


def html_depth(html: str) -> int:
    """How deeply the page's elements nest, counting only elements that need a closing tag."""
    depth = deepest = 0
    for tag in _HTML_TAG.finditer(html):
        closing, name, self_closing = tag.groups()
        if self_closing or name.lower() in _HTML_FLAT:
            continue
        depth = max(depth - 1, 0) if closing else depth + 1
        deepest = max(deepest, depth)
    return deepest


def _check_html_shape(html: str, source: str) -> str:
    """Trimmed HTML that is safe to hand to the parser, or InputError for tag soup that would
    stall it (parsing time grows much faster than the page for some malformed markup)."""
    trimmed = trim_html(html)
    if len(trimmed) > MAX_HTML_CHARS:
        raise InputError(
            f"{source}: {len(trimmed):,} characters of HTML markup (without scripts and styles) "
            f"is over the {MAX_HTML_CHARS:,}-character limit: save the article text instead"
        )
    depth = html_depth(trimmed)
    if depth > MAX_HTML_DEPTH:
        raise InputError(
            f"{source}: HTML elements nest {depth:,} levels deep (limit {MAX_HTML_DEPTH}): "
            "this is not a page a browser would show; save the article text instead"
        )
    return trimmed


def _extract_html(html: str, source: str) -> _HtmlPage:
    import trafilatura  # slow to import; only HTML input needs it

    html = _check_html_shape(html, source)
    body = trafilatura.extract(html, include_comments=False, include_tables=True)
    if not body or not body.strip():
        raise InputError(f"{source}: no article text found in the HTML")
    metadata = trafilatura.extract_metadata(html)
    title = metadata.title if metadata is not None else None
    site_name = metadata.sitename if metadata is not None else None
    published = _iso_day(metadata.date) if metadata is not None else None
    return _HtmlPage(text=body, title=title, site_name=site_name, published=published)


# --- boilerplate -----------------------------------------------------------------------------


@dataclass(frozen=True)
class BoilerplateRules:
    exact: frozenset[str]
    prefixes: tuple[str, ...]
    patterns: tuple[re.Pattern[str], ...]
    related_markers: frozenset[str]
    headline_max_chars: int
    headline_max_words: int
    line_max_chars: int = 400
    fragments: tuple[re.Pattern[str], ...] = ()
    max_sentence_chars: int = 300

    @functools.cached_property
    def line_pattern(self) -> re.Pattern[str] | None:
        """The line patterns as one alternation: one `fullmatch` per line instead of one per
        pattern (a page has dozens of short lines). None when they cannot be joined alike (a
        pattern with a global inline flag, or with groups, whose numbers would shift): each is
        then tried alone."""
        if not self.patterns or any(pattern.groups for pattern in self.patterns):
            return None
        joined = "|".join(f"(?:{pattern.pattern})" for pattern in self.patterns)
        try:
            return re.compile(joined, re.IGNORECASE)
        except re.error:
            return None


@functools.cache
def load_boilerplate_rules(path: Path = BOILERPLATE_PATH) -> BoilerplateRules:
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    lines, headline, fragments = raw["lines"], raw["headline"], raw["fragments"]
    return BoilerplateRules(
        exact=frozenset(line.casefold() for line in lines["exact"]),
        prefixes=tuple(prefix.casefold() for prefix in lines["prefixes"]),
        patterns=tuple(re.compile(pattern, re.IGNORECASE) for pattern in lines["patterns"]),
        related_markers=frozenset(marker.casefold() for marker in raw["related"]["markers"]),
        headline_max_chars=headline["max_chars"],
        headline_max_words=headline["max_words"],
        line_max_chars=lines["max_chars"],
        fragments=tuple(re.compile(rule, re.IGNORECASE) for rule in fragments["sentences"]),
        max_sentence_chars=fragments["max_sentence_chars"],
    )


@dataclass(frozen=True)
class _Line:
    start: int
    end: int  # without the line break
    text: str

    @property
    def bare(self) -> str:
        """The line without surrounding spaces and decorations ("- Advertisement -")."""
        return self.text.strip(DECORATIONS)


def _lines(text: str) -> Iterator[_Line]:
    position = 0
    for raw_line in text.splitlines(keepends=True):
        content = raw_line.rstrip("\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
        yield _Line(position, position + len(content), content)
        position += len(raw_line)


def _is_furniture(line: _Line, rules: BoilerplateRules) -> bool:
    """A whole line of furniture: only short lines qualify (see _furniture_fragments)."""
    if len(line.text) > rules.line_max_chars:
        return False
    bare = line.bare.casefold()
    if bare in rules.exact or bare.startswith(rules.prefixes):
        return True
    joined = rules.line_pattern
    if joined is not None:
        return joined.fullmatch(bare) is not None
    return any(pattern.fullmatch(bare) for pattern in rules.patterns)


_SENTENCE_BREAK = re.compile(r"[.!?…][\"'”’)\]]*\s")


def _furniture_fragments(line: _Line, rules: BoilerplateRules) -> list[tuple[int, int]]:
    """In a long line (article text, maybe a whole page on one line), the sentences that carry
    furniture: each fragment rule's match widened to its sentence, or left as it is when that
    sentence is too long to be furniture. Linear: sentences are looked for near each match."""
    found: list[tuple[int, int]] = []
    text, reach = line.text, rules.max_sentence_chars
    for rule in rules.fragments:
        for match in rule.finditer(text):
            before = text[max(match.start() - reach, 0) : match.start()]
            breaks = list(_SENTENCE_BREAK.finditer(before))
            start = match.start() - len(before) + breaks[-1].end() if breaks else 0
            after = _SENTENCE_BREAK.search(text, match.end(), match.end() + reach + 1)
            end = after.end() if after else len(text)
            if end - start > reach:
                start, end = match.start(), match.end()
            found.append((line.start + start, line.start + end))
    return found


def is_headline_like(line: str, rules: BoilerplateRules) -> bool:
    """A short line without sentence punctuation at its end (closing quotes do not count)."""
    stripped = line.strip()
    if not stripped or len(stripped) > rules.headline_max_chars:
        return False
    if len(stripped.split()) > rules.headline_max_words:
        return False
    ending = stripped.rstrip(CLOSING_MARKS).rstrip()
    return bool(ending) and ending[-1] not in SENTENCE_END


def _related_block(lines: Sequence[_Line], marker_index: int, rules: BoilerplateRules) -> list[int]:
    """The marker line and the headline-like lines after it, up to the next body paragraph."""
    block = [marker_index]
    for index in range(marker_index + 1, len(lines)):
        line = lines[index]
        if not line.text.strip():
            continue
        if _is_furniture(line, rules) or not is_headline_like(line.text, rules):
            break
        block.append(index)
    return block


def _stray_trailing_headline(
    lines: Sequence[_Line], marked: set[int], rules: BoilerplateRules
) -> int | None:
    """A lone headline between the end of the body and the trailing footer block, if any."""
    kept = [i for i, line in enumerate(lines) if line.text.strip() and i not in marked]
    if len(kept) < 2 or not any(i > kept[-1] for i in marked):
        return None
    last, before = lines[kept[-1]], lines[kept[-2]]
    if is_headline_like(last.text, rules) and not is_headline_like(before.text, rules):
        return kept[-1]
    return None


def _merge_ranges(text: str, ranges: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """Sort and join ranges, swallowing the blank space between neighbours and after each one."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        while end < len(text) and text[end].isspace():
            end += 1
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)


def find_boilerplate(
    text: str, rules: BoilerplateRules | None = None
) -> tuple[tuple[int, int], ...]:
    """Character ranges of page furniture in `text`: sorted, non-overlapping."""
    rules = rules or load_boilerplate_rules()
    lines = list(_lines(text))
    marked: set[int] = set()
    fragments: list[tuple[int, int]] = []
    for index, line in enumerate(lines):
        if len(line.text) > rules.line_max_chars:
            fragments += _furniture_fragments(line, rules)
        elif line.bare.casefold() in rules.related_markers:
            marked.update(_related_block(lines, index, rules))
        elif _is_furniture(line, rules):
            marked.add(index)
    stray = _stray_trailing_headline(lines, marked, rules)
    if stray is not None:
        marked.add(stray)
    return _merge_ranges(text, [(lines[i].start, lines[i].end) for i in marked] + fragments)


# --- metadata --------------------------------------------------------------------------------


def _header_lines(text: str, boilerplate: Sequence[tuple[int, int]]) -> list[str]:
    """The first few non-blank lines that are not boilerplate, stripped."""
    header = []
    for line in _lines(text):
        inside = any(low <= line.start < high for low, high in boilerplate)
        if line.text.strip() and not inside:
            header.append(line.text.strip())
        if len(header) == HEADER_LINES:
            break
    return header


def find_dateline(header: Sequence[str]) -> str | None:
    """A date printed on its own line at the top ("Thursday, November 30, 2023"), as printed."""
    return next((line for line in header if _DATELINE.fullmatch(line)), None)


def find_title(header: Sequence[str]) -> str | None:
    """The first header line that is not a date line, when it is short enough to be a headline."""
    for line in header:
        if _DATELINE.fullmatch(line):
            continue
        short = len(line) <= TITLE_MAX_CHARS and len(line.split()) <= TITLE_MAX_WORDS
        return line if short else None
    return None


class ManifestEntry(BaseModel):
    model_config = ConfigDict(extra="ignore")

    file: str
    id: str | None = None
    title: str | None = None
    outlet: str | None = None
    dateline: str | None = None
    event_date: str | None = None
    date_note: str | None = None


_MANIFEST = TypeAdapter(list[ManifestEntry])


def read_manifest_entry(article_path: Path) -> ManifestEntry | None:
    """The entry for `article_path` in its folder's manifest.json, if the folder has one.
    Each manifest is parsed once (again only when it changes), not once per article."""
    manifest_path = article_path.parent / MANIFEST_NAME
    try:
        info = os.stat(manifest_path)
    except OSError:
        return None
    if not stat.S_ISREG(info.st_mode):
        return None
    with _MANIFEST_LOCK:  # loader threads would otherwise all parse it at once on a cold cache
        entries = _manifest_entries(str(manifest_path), info.st_mtime_ns, info.st_size)
    return entries.get(article_path.name)


_MANIFEST_LOCK = threading.Lock()


@functools.lru_cache(maxsize=16)
def _manifest_entries(manifest_path: str, mtime_ns: int, size: int) -> dict[str, ManifestEntry]:
    """A manifest's entries by file name; the modification time and size key the cache."""
    try:
        data = read_limited(manifest_path, DEFAULT_MAX_BYTES)
        entries = _MANIFEST.validate_json(data)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise InputError(f"invalid manifest {manifest_path}: {where}: {first['msg']}") from None
    except InputError as error:
        raise InputError(f"cannot read manifest: {error}") from None
    found: dict[str, ManifestEntry] = {}
    for entry in entries:
        found.setdefault(entry.file, entry)  # the first entry for a file wins, as before
    return found


def manifest_digest(source: str) -> str | None:
    """A fingerprint of the sidecar metadata (manifest.json entry) that goes into an article's
    extraction, for cache keys: None when the article has none (stdin, no manifest)."""
    if source == "-":
        return None
    try:
        entry = read_manifest_entry(Path(source))
    except InputError:
        return None  # reported when the article is loaded
    if entry is None:
        return None
    return _sha256(entry.model_dump_json().encode())[:16]


# --- public entry points ---------------------------------------------------------------------


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def file_sha256(source: str, max_bytes: int = DEFAULT_MAX_BYTES) -> str | None:
    """`Article.sha256` of a file without decoding or parsing it (for cache lookups); None when
    it cannot be read here, so that `load_article` reports why."""
    if source == "-":
        return None
    try:
        return _sha256(read_limited(source, max_bytes))
    except InputError:  # missing, a directory, not a regular file, unreadable, too large
        return None


def article_id(source: str, sha256: str) -> str:
    """A file's article id is its name without the suffix; stdin's is its hash prefix; a URL's
    is its last path segment without the suffix (else its host)."""
    if source.startswith(("http://", "https://")):
        from urllib.parse import urlsplit

        parts = urlsplit(source)
        name = Path(parts.path.rstrip("/")).stem or parts.hostname or sha256[:16]
        return re.sub(r"[^\w.-]+", "-", name).strip("-") or sha256[:16]
    return sha256[:16] if source == "-" else Path(source).stem


def _build_article(
    text: str,
    *,
    id: str,
    source: str,
    sha256: str,
    title: str | None = None,
    outlet: str | None = None,
    warnings: tuple[str, ...] = (),
) -> Article:
    label = "stdin" if source == "-" else source
    if not text.strip():
        raise InputError(f"{label}: input is empty (whitespace only)")
    boilerplate = find_boilerplate(text)
    header = _header_lines(text, boilerplate)
    article = Article(
        id=id,
        source=source,
        text=text,
        sha256=sha256,
        boilerplate=boilerplate,
        title=title or find_title(header),
        outlet=outlet,
        dateline=find_dateline(header),
        warnings=warnings,
    )
    if not article.content().strip():
        raise InputError(f"{label}: no article text found, only page furniture")
    from summarize.language import detect_language

    return replace(article, language=detect_language(article.content()))


def article_from_text(text: str, *, id: str, source: str = "-") -> Article:
    """An Article from text already in memory (plain text: kept exactly as given)."""
    return _build_article(text, id=id, source=source, sha256=_sha256(text.encode("utf-8")))


def _with_manifest(article: Article, entry: ManifestEntry | None) -> Article:
    if entry is None:
        return article
    return replace(
        article,
        title=entry.title or article.title,
        outlet=entry.outlet or article.outlet,
        dateline=entry.dateline or article.dateline,
        event_date=entry.event_date,
        date_note=entry.date_note,
    )


def _stdin_buffer() -> BinaryIO | None:
    """sys.stdin's bytes, or None when the process has no standard input (closed: `<&-`)."""
    stream = sys.stdin
    return None if stream is None else getattr(stream, "buffer", None)


def load_article(
    path: str | Path, *, stdin: BinaryIO | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Article:
    """Read a file path, '-' (stdin) or an http(s) URL (fetched: see summarize.fetch). Raises
    InputError with a clear message on bad input."""
    if str(path).startswith(("http://", "https://")):
        return load_url(str(path), max_bytes=max_bytes)
    from_stdin = str(path) == "-"
    file_path = None if from_stdin else Path(path)
    source = "-" if from_stdin else str(path)
    if file_path is None:
        data = _read_stream(stdin if stdin is not None else _stdin_buffer(), max_bytes)
    else:
        data = _read_file(file_path, max_bytes)
    label = "stdin" if from_stdin else source
    _check_is_text(data, label)
    text, warnings = decode_bytes(data, label)
    sha256 = _sha256(data)
    title = outlet = published = None
    if _looks_like_html(file_path, text):
        page = _extract_html(text, label)
        text, title, outlet, published = page.text, page.title, page.site_name, page.published
    article = _build_article(
        text,
        id=article_id(source, sha256),
        source=source,
        sha256=sha256,
        title=title,
        outlet=outlet,
        warnings=warnings,
    )
    article = replace(article, published=published)
    return _with_manifest(article, read_manifest_entry(file_path) if file_path else None)


def load_url(url: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """Fetch `url` (politely, cached: summarize.fetch) and read it as an article: HTML through
    trafilatura (title, outlet and the page's date kept), plain text as it is. The article's
    source is the URL as given; the final URL and fetch time are kept by the fetch cache."""
    from summarize.fetch import fetch_page

    page = fetch_page(url)
    data = page.body
    if len(data) > max_bytes:
        raise InputError(f"{url}: over the {max_bytes:,}-byte limit")
    _check_is_text(data, url)
    text, warnings = decode_bytes(data, url)
    sha256 = _sha256(data)
    title = outlet = published = None
    content_type = (page.content_type or "").lower()
    if "html" in content_type or _looks_like_html(None, text):
        parsed = _extract_html(text, url)
        text, title, outlet = parsed.text, parsed.title, parsed.site_name
        published = parsed.published
    article = _build_article(
        text,
        id=article_id(url, sha256),
        source=url,
        sha256=sha256,
        title=title,
        outlet=outlet or urlsplit(page.final_url).hostname,
        warnings=warnings,
    )
    return replace(article, published=published)
