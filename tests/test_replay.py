"""Record and replay at the library API: recordings are keyed by everything that shapes an
answer, replay needs no network, and any change is a loud miss."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from conftest import FAST_RETRIES, TEST_API_KEY
from fake_openai import FakeOpenAI, answer
from seed_drafts import INVENTED_QUOTE, draft, party, seed_article

from summarize.config import Settings
from summarize.errors import InputError, ReplayMissError
from summarize.extract import make_extractor
from summarize.extract.llm import LLMExtractor
from summarize.extract.replay import MISS_MESSAGE, RequestIdentity, request_key
from summarize.ingest import article_from_text
from summarize.schema import Extraction, schema_hash

MESSAGES = [{"role": "user", "content": "article"}]
IDENTITY = RequestIdentity(
    model="gpt-4o-mini",
    endpoint="https://api.openai.com/v1",
    prompt_version="extract.v1",
    schema_hash=schema_hash(),
    mode="json_schema_strict",
    temperature=0.0,
    max_tokens=4096,
)


def settings_for(base_url: str, **overrides: Any) -> Settings:
    return Settings(base_url=base_url, api_key=TEST_API_KEY, **(FAST_RETRIES | overrides))


def without_provenance(extraction: Extraction) -> dict[str, Any]:
    return extraction.model_dump(exclude={"provenance"})


def record(directory: Path) -> tuple[Extraction, Settings]:
    """Record a whole conversation (answer, grounding re-ask, fixed answer), then stop."""
    with FakeOpenAI() as server:
        server.push(answer(draft(parties=[party(INVENTED_QUOTE)])), answer(draft()))
        settings = settings_for(server.base_url)
        recorded = LLMExtractor.for_openai(settings, record_dir=directory).extract(seed_article())
        assert len(server.requests) == 2
    return recorded, settings


def test_record_then_replay_gives_the_same_extraction_without_a_server(tmp_path: Path) -> None:
    recorded, settings = record(tmp_path)

    extractor, notice = make_extractor("replay", settings, replay_dir=tmp_path)
    replayed = extractor.extract(seed_article())

    assert without_provenance(replayed) == without_provenance(recorded)
    assert len(list(tmp_path.glob("*.json"))) == 2
    provenance = replayed.provenance
    assert (provenance.extractor, provenance.live) == ("replay", False)
    assert provenance.recorded_at is not None
    assert provenance.usage == recorded.provenance.usage
    assert notice is not None and str(tmp_path) in notice


def test_recordings_hold_no_api_key(tmp_path: Path) -> None:
    record(tmp_path)

    for path in tmp_path.iterdir():
        text = path.read_text()
        assert TEST_API_KEY not in text
        assert json.loads(text)["identity"]["schema_hash"] == schema_hash()


@pytest.mark.parametrize(
    "change",
    [
        {"model": "another-model"},
        {"max_tokens": 2048},
        {"mode": "tools"},
    ],
)
def test_changed_settings_are_a_replay_miss(tmp_path: Path, change: dict[str, Any]) -> None:
    _, settings = record(tmp_path)
    changed = settings.model_copy(update=change)

    with pytest.raises(ReplayMissError, match=r"no recording for this request \(prompt, schema"):
        LLMExtractor.replaying(tmp_path, changed).extract(seed_article())


def test_changed_article_is_a_replay_miss(tmp_path: Path) -> None:
    _, settings = record(tmp_path)
    article = seed_article()
    edited = article_from_text(article.text.replace("54", "55"), id=article.id)

    with pytest.raises(ReplayMissError, match="no recording for this request"):
        LLMExtractor.replaying(tmp_path, settings).extract(edited)


@pytest.mark.parametrize(
    "change",
    [
        {"prompt_version": "extract.v2"},
        {"schema_hash": "0" * 16},
        {"endpoint": "http://127.0.0.1:8080/v1"},
        {"temperature": 0.7},
    ],
)
def test_prompt_schema_endpoint_and_parameters_are_part_of_the_key(change: dict[str, Any]) -> None:
    assert request_key(replace(IDENTITY, **change), MESSAGES) != request_key(IDENTITY, MESSAGES)
    assert request_key(IDENTITY, MESSAGES) == request_key(replace(IDENTITY), list(MESSAGES))


def test_miss_message_names_the_likely_causes() -> None:
    assert "prompt, schema, model or article changed?" in MISS_MESSAGE


def test_replay_from_a_missing_directory_is_bad_input(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="replay directory not found"):
        make_extractor("replay", Settings(), replay_dir=tmp_path / "absent")


def test_replay_backend_without_a_directory_is_bad_input() -> None:
    with pytest.raises(InputError, match="--replay DIR"):
        make_extractor("replay", Settings())


def test_auto_without_an_endpoint_uses_rules_with_a_notice() -> None:
    extractor, notice = make_extractor("auto", Settings())

    assert type(extractor).__name__ == "RulesExtractor"
    assert notice is not None and "using the rules extractor, not an LLM" in notice
