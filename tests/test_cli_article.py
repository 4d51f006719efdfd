"""`summarize article` in-process through typer's CliRunner: output streams and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import TEST_API_KEY
from fake_openai import FakeOpenAI, answer, closed_port_url, error
from seed_drafts import SEED_PATH, draft
from typer.testing import CliRunner, Result

from summarize.cli import app
from summarize.schema import Extraction

SEED = str(SEED_PATH)


def flat(text: str) -> str:
    """Messages as words: the console may wrap long lines."""
    return " ".join(text.split())


def run(*args: str, stdin: str | None = None) -> Result:
    result = CliRunner().invoke(app, ["article", *args], input=stdin)
    everything = result.stdout + result.stderr
    assert TEST_API_KEY not in everything
    assert "Traceback" not in everything
    return result


def test_prints_the_extraction_as_json(fake_env: FakeOpenAI) -> None:
    fake_env.push(answer(draft()))

    result = run(SEED)

    assert result.exit_code == 0, result.stderr
    extraction = Extraction.model_validate_json(result.stdout)
    assert extraction.article.id == SEED_PATH.stem
    assert extraction.provenance.extractor == "openai"
    assert [p.name for p in extraction.parties] == ["Azerbaijan"]
    # One line on stderr: the calls made and what they cost.
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("1 model call; estimated cost $")


def test_reads_stdin(fake_env: FakeOpenAI) -> None:
    fake_env.push(answer(draft()))

    result = run("-", stdin=SEED_PATH.read_text(encoding="utf-8"))

    assert result.exit_code == 0, result.stderr
    assert Extraction.model_validate_json(result.stdout).article.source == "-"


def test_markdown_format(fake_env: FakeOpenAI) -> None:
    fake_env.push(answer(draft()))

    result = run(SEED, "--format", "md")

    assert result.exit_code == 0, result.stderr
    assert "Azerbaijan" in result.stdout
    with pytest.raises(ValueError):
        json.loads(result.stdout)


def test_without_an_endpoint_falls_back_to_rules_with_a_notice() -> None:
    result = run(SEED)

    assert result.exit_code == 0, result.stderr
    assert "using the rules extractor, not an LLM" in flat(result.stderr)
    assert Extraction.model_validate_json(result.stdout).provenance.extractor == "rules"


@pytest.mark.parametrize(
    "args",
    [
        [SEED, "--format", "xml"],
        [SEED, "--backend", "gpt"],
        [SEED, "--max-tokens", "1000000"],
        [SEED, "--record", "a", "--replay", "b"],
        [SEED, "--backend", "openai"],  # no key, no base URL
        ["does-not-exist.txt"],
    ],
)
def test_bad_input_or_usage_exits_2(args: list[str]) -> None:
    result = run(*args)

    assert result.exit_code == 2
    assert result.stdout == ""


def test_server_errors_until_give_up_exit_1(fake_env: FakeOpenAI) -> None:
    fake_env.push(*[error(500) for _ in range(5)])

    result = run(SEED)

    assert result.exit_code == 1
    assert "failed after 3 attempt(s): HTTP 500: fake error" in flat(result.stderr)
    assert len(fake_env.requests) == 3
    assert result.stdout == ""


def test_unreachable_endpoint_exits_1_with_a_clear_message(fake_env: FakeOpenAI) -> None:
    result = run(SEED, "--base-url", closed_port_url())

    assert result.exit_code == 1
    assert "failed after 3 attempt(s): could not connect" in flat(result.stderr)
    assert fake_env.requests == []


def test_record_then_replay_without_network(fake_env: FakeOpenAI, tmp_path: Path) -> None:
    fake_env.push(answer(draft()))
    recorded = run(SEED, "--record", str(tmp_path))
    assert recorded.exit_code == 0, recorded.stderr

    replayed = run(SEED, "--replay", str(tmp_path))

    assert replayed.exit_code == 0, replayed.stderr
    assert len(fake_env.requests) == 1  # the replay made no request
    before = Extraction.model_validate_json(recorded.stdout)
    after = Extraction.model_validate_json(replayed.stdout)
    assert after.model_dump(exclude={"provenance"}) == before.model_dump(exclude={"provenance"})
    assert (after.provenance.extractor, after.provenance.live) == ("replay", False)
    assert all(TEST_API_KEY not in path.read_text() for path in tmp_path.iterdir())


def test_replay_miss_exits_1(fake_env: FakeOpenAI, tmp_path: Path) -> None:
    fake_env.push(answer(draft()))
    assert run(SEED, "--record", str(tmp_path)).exit_code == 0

    result = run(SEED, "--replay", str(tmp_path), "--model", "another-model")

    assert result.exit_code == 1
    assert "no recording for this request" in flat(result.stderr)


def test_low_coverage_is_said_on_stderr(tmp_path: Path) -> None:
    """A text full of names the rules extractor cannot place gets a warning; a plain one not."""
    murky = tmp_path / "murky.txt"
    murky.write_text(
        "Harbour talks drift on\n\nZorvan Klept met Ilsa Marrow, Tobin Quell and Vesna Dral "
        "while Brannic Oske and Telmar Voss waited; Odrin Pell and Maelis Thorne left early.\n",
        encoding="utf-8",
    )
    plain = tmp_path / "plain.txt"
    plain.write_text(
        "Truce holds in Darfur\n\nThe Rapid Support Forces said on Tuesday that 12 of its "
        "fighters were killed near El Fasher. The Sudanese army denied the claim.\n",
        encoding="utf-8",
    )
    low = CliRunner().invoke(app, ["article", str(murky), "--backend", "rules"])
    fine = CliRunner().invoke(app, ["article", str(plain), "--backend", "rules"])
    assert low.exit_code == 0 and fine.exit_code == 0
    assert "low coverage (pattern matching; may miss items): 8 of 8 names" in low.stderr
    assert "low coverage" not in fine.stderr
