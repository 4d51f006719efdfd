"""benchmarks/synthetic.py builds valid schema-2 extractions (so the merge benchmark cannot rot)."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
if str(BENCHMARKS) not in sys.path:
    sys.path.insert(0, str(BENCHMARKS))

from synthetic import SYNTHETIC_CONFLICT, synthetic_extractions  # noqa: E402

from summarize.actors import ActorTable  # noqa: E402
from summarize.conflicts import find_conflict  # noqa: E402
from summarize.schema import SCHEMA_VERSION, Extraction, contract_problems  # noqa: E402

COUNT = 40


def test_synthetic_extractions_are_valid_schema_2_with_the_described_mix() -> None:
    actors = ActorTable.load()
    conflict = find_conflict(SYNTHETIC_CONFLICT)
    assert conflict is not None
    belligerents = {actors.canonical(name) for name in conflict.belligerents}
    built = list(synthetic_extractions(COUNT, actors))
    assert len(built) == COUNT
    misspelt = claimants = 0
    for extraction, text in built:
        # Valid against the schema as stored and read back (JSON round trip), at this version.
        again = Extraction.model_validate_json(extraction.model_dump_json())
        assert again == extraction
        assert extraction.schema_version == SCHEMA_VERSION
        assert extraction.provenance.schema_version == SCHEMA_VERSION
        # Every reference names a declared party or person; every span is the quote, exactly.
        assert contract_problems(extraction) == [], contract_problems(extraction)
        items = [
            *extraction.parties,
            *extraction.people,
            *extraction.positions,
            *extraction.ceasefire_calls,
            *extraction.figures,
        ]
        for item in items:
            assert text[item.span.start : item.span.end] == item.evidence
        # The distribution the benchmark describes.
        names = {party.name for party in extraction.parties}
        assert belligerents <= names
        assert extraction.article.conflict == SYNTHETIC_CONFLICT
        assert len(extraction.people) <= 3
        assert 1 <= len(extraction.positions) <= 4
        assert len(extraction.ceasefire_calls) <= 2
        assert 1 <= len(extraction.figures) <= 5
        misspelt += sum(p.name_as_written != p.canonical_name for p in extraction.people)
        claimants += len({figure.claimant for figure in extraction.figures})
    assert misspelt > 0, "no misspelt person in the sample"
    # Values repeat across articles, so claims corroborate and conflict in the merge.
    values = Counter(figure.value for extraction, _ in built for figure in extraction.figures)
    assert values.most_common(1)[0][1] >= 5
    assert claimants > COUNT
