"""What the extractor saw but could not place: capitalised names and counts left unused."""

from __future__ import annotations

import re

from summarize.schema import Coverage

from .speech import Doc

METHOD = "pattern matching; may miss items"
_NAME = re.compile(
    r"(?<![\w-])[A-Z][a-z]+(?:[-'’][A-Za-z]+)*(?:[ ]+[A-Z][a-z]+(?:[-'’][A-Za-z]+)*){0,3}"
)


def coverage(doc: Doc, numbers_seen: int, numbers_unplaced: int, examples: list[str]) -> Coverage:
    names: dict[str, bool] = {}
    skip = doc.lexicon.not_name_words | doc.lexicon.leading_words
    for window in doc.windows:
        doc.budget.check()
        covered = [(r.start, r.end) for r in doc.refs[window.index]]
        for match in _NAME.finditer(window.text):
            name = match.group()
            if name in skip or (match.start() == 0 and " " not in name):
                continue
            start, end = window.start + match.start(), window.start + match.end()
            placed = any(s < end and start < e for s, e in covered)
            names[name] = names.get(name, False) or placed
    unplaced = [name for name, placed in names.items() if not placed]
    return Coverage(
        method=METHOD,
        names_seen=len(names),
        names_unplaced=len(unplaced),
        numbers_seen=numbers_seen,
        numbers_unplaced=numbers_unplaced,
        unplaced_examples=[*unplaced[:10], *examples][:20],
    )
