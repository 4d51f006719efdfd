"""Ingest: read an article (plain text, HTML, stdin), decode it, and mark page boilerplate.

The article's `text` is never rewritten after decoding: every offset in the pipeline points into
it. Boilerplate is recorded as character ranges; `content()` is what an extractor gets to read.
"""

from __future__ import annotations

from dataclasses import dataclass, field


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

    def content(self) -> str:
        """The text with boilerplate ranges removed (what an extractor reads)."""
        raise NotImplementedError  # built in the ingest issue work

    def in_boilerplate(self, start: int, end: int) -> bool:
        raise NotImplementedError


def load_article(path: str) -> Article:
    """Read a file path or '-' (stdin). Raises InputError with a clear message on bad input."""
    raise NotImplementedError
