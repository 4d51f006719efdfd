"""Extract: turn an Article into a grounded Extraction, through one of several backends."""

from __future__ import annotations

from typing import Protocol

from summarize.ingest import Article
from summarize.schema import Extraction


class Extractor(Protocol):
    """Every backend: same input, same grounded output, provenance filled in."""

    def extract(self, article: Article) -> Extraction: ...
