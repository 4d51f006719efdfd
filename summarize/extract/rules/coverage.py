"""What the extractor saw but could not place: capitalised names and counts left unused."""

from __future__ import annotations

import re

from summarize.schema import Coverage

from .speech import Doc

METHOD = "pattern matching; may miss items"
_NAME = re.compile(
    r"(?<![\w-])[A-Z][a-z]+(?:[-'’][A-Za-z]+)*(?:[ ]+[A-Z][a-z]+(?:[-'’][A-Za-z]+)*){0,3}"
)
# A name right after one of these is a place or a time, which no field records: not a miss.
_PLACE_OR_TIME_BEFORE = re.compile(
    r"\b(?:in|near|at|from|into|outside|around|across|towards?|via|through|between|of|on|"
    r"by|since|until|last|next|this|early|late)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_CALENDAR = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|"
    r"August|September|October|November|December"
)
# Menus, bylines and headings that boilerplate rules did not catch are short and verbless;
# a window this short is not reporting.
_MIN_WORDS = 8


def coverage(doc: Doc, numbers_seen: int, numbers_unplaced: int, examples: list[str]) -> Coverage:
    names: dict[str, bool] = {}
    skip = doc.lexicon.not_name_words | doc.lexicon.leading_words
    for window in doc.windows:
        doc.budget.check()
        if len(window.text.split()) < _MIN_WORDS:
            continue
        covered = [(r.start, r.end) for r in doc.refs[window.index]]
        for match in _NAME.finditer(window.text):
            name = match.group()
            first, _, rest = name.partition(" ")
            if rest and (first in skip or first in ("On", "The", "In", "At", "By")):
                name = rest  # "On Friday", "The Jeddah talks": the name is what follows
            if name in skip or (match.start() == 0 and " " not in name):
                continue
            if _CALENDAR.fullmatch(name.split()[0]):
                continue
            before = window.text[max(0, match.start() - 20) : match.start()]
            if _PLACE_OR_TIME_BEFORE.search(before):
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
